// The questions, theme by theme; answers are saved as they are clicked.
import { ErrorMessage } from '../../components/Messages.tsx';
import { pluriel } from './libelles.ts';
import { Question } from './Question.tsx';
import type { Hygiene, Writer } from './types.ts';
import { useAutoSave, type SaveStatus } from './useAutoSave.ts';

const ETATS: Record<SaveStatus, string> = {
  repos: '',
  enregistrement: 'Enregistrement…',
  enregistre: 'Enregistré',
  erreur: 'Non enregistré',
};

export function Questionnaire({ state, readOnly, write }: { state: Hygiene; readOnly: boolean; write: Writer }) {
  const { local, status, error, answer, retry } = useAutoSave(write);
  const byTheme = new Map(state.score.themes.map((t) => [t.theme, t]));

  return (
    <section aria-labelledby="titre-questionnaire" className="section">
      <h2 id="titre-questionnaire">Questionnaire</h2>
      <p className="aide">
        Répondez honnêtement : personne d’autre que vous ne voit ces réponses. Les questions marquées « Vérifié par Rempart » sont remplies automatiquement d’après vos réglages.
      </p>
      {state.themes.map((theme) => {
        const unanswered = byTheme.get(theme.id)?.unanswered ?? 0;
        return (
          <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="theme">
            <h3 id={`theme-${theme.id}`}>
              {theme.label}
              {unanswered > 0 && <span className="etiquette attention">{pluriel(unanswered, 'question')} sans réponse</span>}
            </h3>
            <p className="aide">{theme.description}</p>
            {theme.questions.map((q) => (
              <Question key={q.id} question={q} answer={state.answers[q.id]} localValue={local[q.id]} labels={state.answerLabels} readOnly={readOnly} onAnswer={answer} />
            ))}
          </section>
        );
      })}
      {!readOnly && (
        <div className={`enregistrement enregistrement-${status}`}>
          <p role="status">{ETATS[status]}</p>
          {status === 'erreur' && (
            <>
              <ErrorMessage message={error} />
              <button type="button" className="bouton petit" onClick={retry}>
                Réessayer
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
