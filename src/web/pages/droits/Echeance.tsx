// The deadline of a request as a short badge: « J-5 », « Aujourd’hui », « En retard ».
import type { Deadline } from './types.ts';

export function echeanceCourte(d: Deadline): string {
  if (d.answered) return d.status === 'depassee' ? 'Répondue en retard' : 'Répondue';
  if (d.daysLeft < 0) return `En retard (${-d.daysLeft} j)`;
  if (d.daysLeft === 0) return 'Aujourd’hui';
  return `J-${d.daysLeft}`;
}

export function Echeance({ deadline }: { deadline: Deadline }) {
  const level = deadline.answered ? (deadline.status === 'depassee' ? 'depassee' : 'repondue') : deadline.status;
  return (
    <span className={`etiquette echeance echeance-${level}`} title={deadline.message}>
      {echeanceCourte(deadline)}
    </span>
  );
}
