// Calendar dates as 'YYYY-MM-DD' strings. Legal periods (RGPD answer deadlines, retention
// periods) are counted in whole days in France: working on plain dates instead of instants
// avoids the midnight-UTC off-by-one errors that a Date would bring.
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years < 100 literal.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Strict parse: the string must be a real calendar day between 1900 and 2999 (anything else is a typo in a client file). */
export function parseIsoDate(value: string): DateParts | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Date invalide : « ${date} » (format AAAA-MM-JJ attendu).`);
  return parts;
}

// One formatter for the whole process: building it is the costly part.
const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in France at instant `now` (a request received at 23:30 in Paris counts for that day). */
export function parisDate(now: Date): IsoDate {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('Instant invalide.');
  // An import checks 100 000 rows against the same instant: formatToParts is slow.
  if (lastParis?.time === time) return lastParis.date;
  const parts = PARIS.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  lastParis = { time, date };
  return date;
}
let lastParis: { time: number; date: IsoDate } | null = null;

/**
 * Accepts 'YYYY-MM-DD' or a full ISO 8601 instant (consent timestamps); instants are read as
 * the French calendar day they fall on. Returns null for anything else.
 */
export function toIsoDate(value: string): IsoDate | null {
  const trimmed = value.trim();
  if (parseIsoDate(trimmed)) return trimmed;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return null;
  const instant = new Date(trimmed);
  if (Number.isNaN(instant.getTime())) return null;
  const date = parisDate(instant);
  return parseIsoDate(date) ? date : null;
}

/**
 * Same day number `months` later; when that day does not exist, the last day of the month
 * (Regulation 1182/71, art. 3(2)(c)): 31 January + 1 month = 28 or 29 February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError('Nombre de mois entier attendu.');
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

function toUtcMs(date: IsoDate): number {
  const { year, month, day } = mustParse(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(toUtcMs(date) + days * DAY_MS);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Later of the given valid dates, ignoring null/undefined. */
export function latestDate(...dates: Array<IsoDate | null | undefined>): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 1er mars 2026 » — how dates read in French sentences shown to the user. */
export function formatFrenchDate(date: IsoDate): string {
  const { year, month, day } = mustParse(date);
  return `${day === 1 ? '1er' : day} ${MONTHS_FR[month - 1]} ${year}`;
}
