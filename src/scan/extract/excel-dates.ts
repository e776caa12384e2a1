// Excel keeps a date as a number of days (« 31118 ») that its cell's style shows as a date
// (« 12/03/1985 »): read as stored, a birth date under « Date de naissance » was no date at all.
// These helpers tell the date styles of a workbook and write such a number as the sheet shows it.
import { attr, xmlTokens } from './xml.ts';

// Built-in number formats that are dates (ECMA-376 §18.8.30: 14–17 and 22; 27–36, 50–54 and 57–58
// the East Asian ones); 18–21, 45–47 and 55–56 are times of day.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** Whether a built-in number format (a style's numFmtId below 164) shows a date. */
export function isBuiltInDate(id: number): boolean {
  return BUILT_IN_DATES.has(id);
}

/**
 * Whether a custom number format shows a date: a day or a year token (« dd/mm/yyyy », « d mmmm
 * yyyy », « mmm-yy »), once quoted text, escaped characters and bracketed sections (« [$-40C] »,
 * « [Red] », « [h] ») are set aside; « mm:ss » and « 0.00 » are none.
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[dy]/i.test(bare);
}

/** The indexes of the cell styles (a cell's « s ») that show a date, from xl/styles.xml. */
export function dateStyles(stylesXml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!stylesXml) return out;
  const custom = new Map<number, boolean>();
  let inCellXfs = false;
  let index = 0;
  for (const t of xmlTokens(stylesXml)) {
    if (t.tag === 'numFmt' && !t.closing) {
      const id = Number(attr(t.attrs, 'numFmtId'));
      if (Number.isInteger(id)) custom.set(id, isDateFormat(attr(t.attrs, 'formatCode') ?? ''));
    } else if (t.tag === 'cellXfs') {
      inCellXfs = !t.closing && !t.selfClosing;
    } else if (t.tag === 'xf' && inCellXfs && !t.closing) {
      const id = Number(attr(t.attrs, 'numFmtId') ?? '0');
      if (custom.get(id) ?? isBuiltInDate(id)) out.add(index);
      index++;
    }
  }
  return out;
}

/** Whether the workbook counts its days from 1904 (old Mac workbooks), from xl/workbook.xml. */
export function uses1904(workbookXml: string | undefined): boolean {
  return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml ?? '');
}

const DAY_MS = 86_400_000;
// Day 0 of the 1900 system is 1899-12-31, and Excel counts a 29 February 1900 that never was
// (day 60): from day 61 on, days count from 1899-12-30.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** « 31118 » → « 12/03/1985 » (the time of day dropped); null for what is no date in any sheet. */
export function serialToDate(raw: string, date1904: boolean): string | null {
  const serial = Number(raw);
  // up to 31/12/9999, the last day Excel knows
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(serial);
  const ms = date1904 ? EPOCH_1904 + days * DAY_MS : EPOCH_1900 + (days < 61 ? days + 1 : days) * DAY_MS;
  if (!date1904 && days === 60) return '29/02/1900';
  const d = new Date(ms);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}
