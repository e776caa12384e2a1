// French formatting shared by the documents. Deterministic: no locale data beyond the
// Europe/Paris calendar day, month names written here.
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const PARIS_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The calendar day in France (parts, not a formatted string: no dependency on ICU's patterns). */
export function parisDay(date: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(PARIS_DAY.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** « 2 décembre 2026 », the calendar day in France. Accepts a Date or an ISO string. */
export function frenchDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const { year, month, day } = parisDay(date);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** « a, b et c » */
export function frenchList(items: readonly string[]): string {
  const list = items.filter((i) => i.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}`;
}

/** Unique, in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
