// The 72-hour clock of Art. 33(1) and the phased notification of Art. 33(4).
// The clock starts when the business became aware of the breach (awareAt), not when it
// happened: EDPB Guidelines 9/2022 define awareness as reasonable certainty that a breach occurred.

export const NOTIFICATION_DELAY_HOURS = 72;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface DeadlineStatus {
  deadline: Date;
  /** Time left before the deadline, 0 once it has passed. */
  remaining: { hours: number; minutes: number; ms: number };
  /** Time past the deadline, 0 before it. */
  late: { hours: number; minutes: number; ms: number };
  overdue: boolean;
  /** "Il reste 41 h 12 min" or "Délai dépassé de 3 h 05 min". */
  text: string;
  /**
   * Art. 33(1): a notification after 72 hours must give the reasons for the delay.
   * True when the notification was sent late, or is not sent yet and the deadline has passed.
   */
  lateReasonRequired: boolean;
}

export function deadlineFor(awareAt: Date): Date {
  return new Date(awareAt.getTime() + NOTIFICATION_DELAY_HOURS * HOUR);
}

function split(ms: number): { hours: number; minutes: number; ms: number } {
  // Whole minutes only: showing seconds would suggest a precision the awareness time lacks.
  const totalMinutes = Math.floor(ms / MINUTE);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60, ms };
}

const duration = (d: { hours: number; minutes: number }): string =>
  d.hours === 0 ? `${d.minutes} min` : `${d.hours} h ${String(d.minutes).padStart(2, '0')} min`;

/**
 * Where the clock stands at `now`. When `notifiedAt` is given, the clock stopped then:
 * the status tells whether that notification was on time.
 */
export function notificationDeadline(awareAt: Date, now: Date, notifiedAt: Date | null = null): DeadlineStatus {
  const deadline = deadlineFor(awareAt);
  const at = notifiedAt ?? now;
  const diff = deadline.getTime() - at.getTime();
  const remaining = split(Math.max(0, diff));
  const late = split(Math.max(0, -diff));
  const overdue = diff < 0;
  let text: string;
  if (notifiedAt !== null) text = overdue ? `Notification envoyée avec ${duration(late)} de retard` : 'Notification envoyée dans le délai de 72 h';
  else text = overdue ? `Délai dépassé de ${duration(late)}` : `Il reste ${duration(remaining)}`;
  return { deadline, remaining, late, overdue, text, lateReasonRequired: overdue };
}

export type NotificationPhase = 'complete' | 'initiale' | 'complementaire';

export interface PhaseStatus {
  phase: NotificationPhase;
  label: string;
  /** What to do next, in plain French. */
  advice: string;
}

/**
 * Art. 33(4): when everything is not known yet, notify what is known (initial notification),
 * then send the rest later (complementary notifications). The CNIL online form offers the same
 * three choices: complete, initial, complementary.
 */
export function notificationPhase(previousNotifications: number, missing: readonly string[]): PhaseStatus {
  if (previousNotifications > 0) {
    return {
      phase: 'complementaire',
      label: 'Notification complémentaire',
      advice:
        missing.length > 0
          ? `Complétez votre notification avec ce qui manquait encore : ${missing.join(' ; ')}.`
          : 'Envoyez les informations nouvelles ou corrigées ; votre dossier sera alors complet.',
    };
  }
  if (missing.length > 0) {
    return {
      phase: 'initiale',
      label: 'Notification initiale',
      advice: `N’attendez pas d’avoir tout : notifiez maintenant ce que vous savez, vous compléterez ensuite (${missing.join(' ; ')}).`,
    };
  }
  return { phase: 'complete', label: 'Notification complète', advice: 'Toutes les informations demandées sont prêtes : vous pouvez notifier en une fois.' };
}
