// The yearly review: records today's score so progress can be followed year after year.
import { api } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { useSession } from '../../session.tsx';
import { useState } from 'react';
import { GraphiqueProgression } from './GraphiqueProgression.tsx';
import { jourLocal, questionsSansReponse } from './libelles.ts';
import type { Hygiene, ReviewState, Writer } from './types.ts';

function etatRevue(review: ReviewState): { text: string; className: string } {
  const next = review.nextReviewAt ? jourLocal(review.nextReviewAt) : null;
  const last = review.lastCompletedAt ? jourLocal(review.lastCompletedAt) : null;
  if (!last) {
    return { text: 'Aucune revue enregistrée pour l’instant. Répondez à toutes les questions, puis enregistrez votre première revue : elle servira de point de départ.', className: 'message attention' };
  }
  if (review.status === 'due') return { text: `Votre revue annuelle est à faire : la dernière date du ${last}.`, className: 'message attention' };
  if (review.status === 'a-venir') return { text: `Dernière revue le ${last}. La prochaine est à faire avant le ${next}.`, className: 'message attention' };
  return { text: `Dernière revue le ${last}. Prochaine revue le ${next}.`, className: 'etat actif' };
}

export function Revue({ state, readOnly, write }: { state: Hygiene; readOnly: boolean; write: Writer }) {
  const { reload } = useSession();
  const { busy, error, run } = useAction();
  const [done, setDone] = useState(false);
  const etat = etatRevue(state.review);

  const record = () => {
    setDone(false);
    void run(async () => {
      await write(() => api.post<Hygiene>('/api/hygiene/reviews'));
      setDone(true);
      // The dashboard reminder about the review comes with the session.
      await reload().catch(() => undefined);
    });
  };

  return (
    <section aria-labelledby="titre-revue" className="section">
      <h2 id="titre-revue">Revue annuelle</h2>
      <p>
        Une fois par an, relisez vos réponses et enregistrez la revue : Rempart garde votre score du jour et vous montre vos progrès. Rempart vous le rappelle un mois avant l’échéance.
      </p>
      <p className={etat.className}>{etat.text}</p>
      {!readOnly && (
        <>
          {state.score.unanswered > 0 && <p className="aide">{questionsSansReponse(state.score.unanswered)} : la revue demande une réponse à chaque question.</p>}
          <ErrorMessage message={error} />
          {done && <SuccessMessage>Revue enregistrée avec un score de {state.progress.at(-1)?.score ?? state.score.score}/100.</SuccessMessage>}
          <div className="actions">
            <button type="button" className="bouton" disabled={busy} onClick={record}>
              Enregistrer la revue annuelle
            </button>
          </div>
        </>
      )}
      <h3>Évolution de votre score</h3>
      {state.progress.length === 0 ? <p className="aide">Le graphique apparaîtra après votre première revue.</p> : <GraphiqueProgression points={state.progress} />}
    </section>
  );
}
