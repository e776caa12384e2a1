// Yearly review of the self-assessment, and the progress series for a chart.

export type ReviewStatus = 'ok' | 'a-venir' | 'due';

/** The reminder ("a-venir") starts this many days before the review date. */
export const REVIEW_REMINDER_DAYS = 30;
const DAY_MS = 86_400_000;

function toDate(value: Date | string): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(value.getTime());
  if (Number.isNaN(date.getTime())) throw new RangeError(`Date invalide : ${String(value)}`);
  return date;
}

/** Same day and time 12 months later (UTC); 29 February becomes 28 February. */
export function nextReviewDate(lastCompletedAt: Date | string): Date {
  const d = toDate(lastCompletedAt);
  const year = d.getUTCFullYear() + 1;
  const month = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  );
}

/** "due" if never done or 12 months have passed, "a-venir" in the 30 days before, "ok" otherwise. */
export function isReviewDue(lastCompletedAt: Date | string | null | undefined, now: Date): ReviewStatus {
  if (lastCompletedAt == null) return 'due';
  const next = nextReviewDate(lastCompletedAt).getTime();
  const t = now.getTime();
  if (t >= next) return 'due';
  if (t >= next - REVIEW_REMINDER_DAYS * DAY_MS) return 'a-venir';
  return 'ok';
}

export interface AssessmentSnapshot {
  completedAt: string;
  score: number;
  themeScores: Record<string, number>;
}

export interface ProgressPoint {
  completedAt: string;
  /** YYYY-MM-DD (UTC), for the chart axis. */
  date: string;
  score: number;
  /** Change since the previous point; null for the first one. */
  delta: number | null;
  themeScores: Record<string, number>;
  /** Per theme: change since the previous point; null if the theme was not scored before. */
  themeDeltas: Record<string, number | null>;
}

/** Points sorted by date (input left untouched), each with its change since the previous one. */
export function progressSeries(history: readonly AssessmentSnapshot[]): ProgressPoint[] {
  const sorted = history
    .map((h, index) => ({ h, index, time: toDate(h.completedAt).getTime() }))
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const points: ProgressPoint[] = [];
  let previous: AssessmentSnapshot | undefined;
  for (const { h, time } of sorted) {
    const themeDeltas: Record<string, number | null> = {};
    for (const [theme, score] of Object.entries(h.themeScores)) {
      const before = previous && Object.hasOwn(previous.themeScores, theme) ? previous.themeScores[theme] : undefined;
      themeDeltas[theme] = before === undefined ? null : score - before;
    }
    points.push({
      completedAt: h.completedAt,
      date: new Date(time).toISOString().slice(0, 10),
      score: h.score,
      delta: previous ? h.score - previous.score : null,
      themeScores: { ...h.themeScores },
      themeDeltas,
    });
    previous = h;
  }
  return points;
}
