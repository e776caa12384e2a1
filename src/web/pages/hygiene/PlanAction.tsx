// The action plan, most useful first (big impact for little effort).
import { useState } from 'react';
import { ActionItem } from './ActionItem.tsx';
import { pluriel } from './libelles.ts';
import type { Hygiene, Writer } from './types.ts';

const FIRST = 10;

export function PlanAction({ state, readOnly, write }: { state: Hygiene; readOnly: boolean; write: Writer }) {
  const [all, setAll] = useState(false);
  const themeLabels = new Map(state.themes.map((t) => [t.id, t.label]));
  const { actions } = state;
  const shown = all ? actions : actions.slice(0, FIRST);
  const open = actions.filter((a) => a.status === 'a-faire' || a.status === 'en-cours').length;
  const done = actions.filter((a) => a.status === 'fait').length;

  return (
    <section aria-labelledby="titre-plan" className="section">
      <h2 id="titre-plan">Plan d’action</h2>
      {actions.length === 0 ? (
        <p>Rien à faire pour l’instant : toutes vos réponses sont « Oui » ou « Non concerné ». Bravo !</p>
      ) : (
        <>
          <p>
            {open === 0 ? 'Plus aucune action à mener' : `${pluriel(open, 'action')} à mener`}
            {done > 0 && `, ${pluriel(done, 'action faite', 'actions faites')}`}. Les actions sont classées de la plus utile à la moins urgente : commencez par le haut de la
            liste.{!readOnly && ' Indiquez où vous en êtes avec le statut, et changez l’échéance si besoin.'}
          </p>
          <ol className="plan" aria-label="Actions, de la plus prioritaire à la moins prioritaire">
            {shown.map((a) => (
              <ActionItem key={a.id} action={a} themeLabel={themeLabels.get(a.theme) ?? a.theme} statusLabels={state.statusLabels} readOnly={readOnly} write={write} />
            ))}
          </ol>
          {actions.length > FIRST && (
            <button type="button" className="bouton secondaire" aria-expanded={all} onClick={() => setAll((v) => !v)}>
              {all ? `N’afficher que les ${FIRST} premières actions` : `Afficher les ${actions.length - FIRST} autres actions`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
