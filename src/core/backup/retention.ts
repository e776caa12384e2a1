// Which generations to keep: the newest of each of the last N days, weeks and months that have
// a backup (the usual grandfather-father-son rotation), plus always the newest one.
// Days, weeks and months are counted on the Paris calendar, as the user sees them.
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface Dated {
  key: string;
  createdAt: Date;
}

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

function dayOf(d: Date): string {
  return parisDay.format(d);
}

/** ISO week 'YYYY-Www' of a 'YYYY-MM-DD' day. */
export function isoWeek(day: string): string {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, dd));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of that week decides its year
  const jan1 = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((date.getTime() - jan1) / 86_400_000 / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface RetentionDecision<T extends Dated> {
  keep: T[];
  remove: T[];
  /** Why each kept generation stays, e.g. ['quotidienne', 'mensuelle']. */
  reasons: Map<string, string[]>;
}

export function applyRetention<T extends Dated>(generations: readonly T[], policy: RetentionPolicy = DEFAULT_RETENTION): RetentionDecision<T> {
  const sorted = [...generations].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.key.localeCompare(a.key));
  const reasons = new Map<string, string[]>();
  const mark = (g: T, why: string) => reasons.set(g.key, [...(reasons.get(g.key) ?? []), why]);
  const bucket = (count: number, period: (g: T) => string, why: string) => {
    const seen = new Set<string>();
    for (const g of sorted) {
      if (seen.size >= count) break;
      const p = period(g);
      if (seen.has(p)) continue;
      seen.add(p);
      mark(g, why);
    }
  };
  if (sorted[0]) mark(sorted[0], 'la plus récente');
  bucket(policy.daily, (g) => dayOf(g.createdAt), 'quotidienne');
  bucket(policy.weekly, (g) => isoWeek(dayOf(g.createdAt)), 'hebdomadaire');
  bucket(policy.monthly, (g) => dayOf(g.createdAt).slice(0, 7), 'mensuelle');
  return { keep: sorted.filter((g) => reasons.has(g.key)), remove: sorted.filter((g) => !reasons.has(g.key)), reasons };
}
