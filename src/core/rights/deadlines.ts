// Answer deadlines for rights requests (art. 12.3 RGPD): one month from receipt, extendable
// once by two further months when the request is complex or requests are numerous, provided
// the person is told so, with the reasons, within the first month.
//
// Months are counted as Regulation 1182/71 art. 3 says and the EDPB applies it (guidelines
// 01/2022 on the right of access): the period ends on the same day number of the following
// month, or on the last day of that month when the day does not exist (31 January → 28 or
// 29 February, 31 March → 30 April).
// Deliberate choice: art. 3(4) of that regulation moves a deadline falling on a Saturday,
// Sunday or public holiday to the next working day; we do not, so the date shown is never
// later than the legal one and needs no holiday calendar. It errs on the safe side.
import { addMonths, daysBetween, formatFrenchDate, parisDate, type IsoDate } from '../clients/calendar.ts';
import { ANSWERED_STATUSES, type RightsRequest } from './types.ts';

export const DEADLINE_MONTHS = 1;
/** One month plus the two further months of art. 12.3. */
export const EXTENDED_DEADLINE_MONTHS = 3;
/** Below this many days left the deadline is shown as close. */
export const SOON_DAYS = 7;
export const MIN_REASON_LENGTH = 10;

export function dueDate(receivedAt: IsoDate): IsoDate {
  return addMonths(receivedAt, DEADLINE_MONTHS);
}

/**
 * Three months counted from receipt, not two months from the first deadline: from 31 January
 * that gives 30 April, where chaining from 28 February would steal two days from the business.
 */
export function extendedDueDate(receivedAt: IsoDate): IsoDate {
  return addMonths(receivedAt, EXTENDED_DEADLINE_MONTHS);
}

export function currentDueDate(request: Pick<RightsRequest, 'receivedAt' | 'extendedAt'>): IsoDate {
  return request.extendedAt !== null ? extendedDueDate(request.receivedAt) : dueDate(request.receivedAt);
}

export type Check = { ok: true } | { ok: false; error: string };

/**
 * Whether the deadline can still be extended at `now`: once, before the first deadline has
 * passed, on a request not yet answered. Pass `reason` to check it too (omit it to ask
 * whether the option should be offered at all).
 */
export function canExtend(
  request: Pick<RightsRequest, 'status' | 'receivedAt' | 'extendedAt'>,
  now: Date,
  reason?: string | null,
): Check {
  const today = parisDate(now);
  if (request.extendedAt !== null || request.status === 'prolongee') {
    return { ok: false, error: 'Le délai a déjà été prolongé : une seule prolongation de deux mois est possible (art. 12.3 RGPD).' };
  }
  if (ANSWERED_STATUSES.includes(request.status)) {
    return { ok: false, error: "La demande a déjà reçu une réponse : il n'y a plus de délai à prolonger." };
  }
  if (today < request.receivedAt) return { ok: false, error: 'La date du jour précède la réception de la demande.' };
  const due = dueDate(request.receivedAt);
  if (today > due) {
    return {
      ok: false,
      error: `Trop tard pour prolonger : la personne devait être prévenue au plus tard le ${formatFrenchDate(due)}, dans le mois suivant la réception (art. 12.3 RGPD).`,
    };
  }
  if (reason !== undefined && (reason ?? '').trim().length < MIN_REASON_LENGTH) {
    return {
      ok: false,
      error: 'Indiquez par écrit le motif de la prolongation (complexité de la demande, nombre de demandes) : il doit être communiqué à la personne.',
    };
  }
  return { ok: true };
}

export type DeadlineLevel = 'ok' | 'bientot' | 'depassee';

export interface DeadlineStatus {
  status: DeadlineLevel;
  /** Days from today (or from the answer, once answered) to the due date; negative when late. */
  daysLeft: number;
  dueDate: IsoDate;
  extended: boolean;
  answered: boolean;
  message: string;
}

const days = (n: number) => `${n} jour${n > 1 ? 's' : ''}`;

/**
 * Where a request stands against its deadline. The due date itself still counts as on time.
 * Once answered, the answer date is what is measured: a late answer stays marked as late.
 */
export function deadlineStatus(
  request: Pick<RightsRequest, 'status' | 'receivedAt' | 'extendedAt' | 'answeredAt'>,
  now: Date,
): DeadlineStatus {
  const due = currentDueDate(request);
  const extended = request.extendedAt !== null;
  const answered = request.answeredAt !== null || ANSWERED_STATUSES.includes(request.status);
  const reference = request.answeredAt ?? parisDate(now);
  const daysLeft = daysBetween(reference, due);
  const when = formatFrenchDate(due);
  if (answered) {
    return daysLeft < 0
      ? { status: 'depassee', daysLeft, dueDate: due, extended, answered, message: `Réponse envoyée avec ${days(-daysLeft)} de retard (échéance du ${when}).` }
      : { status: 'ok', daysLeft, dueDate: due, extended, answered, message: 'Réponse envoyée dans le délai.' };
  }
  if (daysLeft < 0) {
    return { status: 'depassee', daysLeft, dueDate: due, extended, answered, message: `Délai dépassé de ${days(-daysLeft)} (échéance du ${when}) : répondez sans attendre.` };
  }
  const message = daysLeft === 0 ? `Dernier jour pour répondre : aujourd'hui, ${when}.` : `${days(daysLeft)} pour répondre (jusqu'au ${when}).`;
  return { status: daysLeft <= SOON_DAYS ? 'bientot' : 'ok', daysLeft, dueDate: due, extended, answered, message };
}
