// Deciding differently from the advice: allowed, but only with a written justification.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import { Choix, ZoneTexte } from './Champs.tsx';
import type { Violation } from './types.ts';

type Choix3 = 'recommande' | 'oui' | 'non';
const OPTIONS = [
  { value: 'recommande', label: 'Suivre la recommandation' },
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
] as const;
const MIN = 20;

const versChoix = (b: boolean | undefined): Choix3 => (b === undefined ? 'recommande' : b ? 'oui' : 'non');
const depuisChoix = (c: Choix3): boolean | undefined => (c === 'recommande' ? undefined : c === 'oui');

export function Derogation({ violation, remplacer }: Pick<EtapeProps, 'violation' | 'remplacer'>) {
  const actuelle = violation.derogation;
  const [cnil, setCnil] = useState<Choix3>(versChoix(actuelle?.notifyCnil));
  const [personnes, setPersonnes] = useState<Choix3>(versChoix(actuelle?.communicate));
  const [justification, setJustification] = useState(actuelle?.justification ?? '');
  const { busy, error, run } = useAction();

  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const res = await api.post<{ violation: Violation }>(`/api/breaches/${violation.id}/override`, { notifyCnil: depuisChoix(cnil), communicate: depuisChoix(personnes), justification });
      remplacer(res.violation);
    });
  };
  const annuler = () =>
    run(async () => {
      remplacer((await api.post<{ violation: Violation }>(`/api/breaches/${violation.id}/assess`, { dropOverride: true })).violation);
      setCnil('recommande');
      setPersonnes('recommande');
      setJustification('');
    });
  const restants = MIN - justification.trim().length;

  return (
    <details className="derogation" open={actuelle !== null}>
      <summary>Je décide autrement que la recommandation</summary>
      <form onSubmit={envoyer} className="formulaire" noValidate>
        <p className="aide">Vous restez responsable de la décision. Votre justification est conservée dans le registre et pourra être demandée par la CNIL.</p>
        <Choix legend="Prévenir la CNIL ?" options={OPTIONS} value={cnil} onValue={setCnil} />
        <Choix legend="Informer les personnes ?" options={OPTIONS} value={personnes} onValue={setPersonnes} />
        <ZoneTexte
          label="Justification"
          hint={restants > 0 ? `Au moins ${MIN} caractères (encore ${restants}).` : 'Merci, la justification est assez détaillée.'}
          value={justification}
          onValue={setJustification}
          rows={3}
        />
        <ErrorMessage message={error} />
        <p className="actions">
          <button type="submit" className="bouton secondaire" disabled={busy}>
            Enregistrer ma décision
          </button>
          {actuelle && (
            <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void annuler()}>
              Revenir à la recommandation
            </button>
          )}
        </p>
      </form>
    </details>
  );
}
