// Tables inside text: a Markdown table (notes, a Notion or Obsidian export) and rows separated by
// tabs (a spreadsheet's cells pasted into a .txt). Under a header that announces a type, each cell
// is a finding of that type when plausible, as in a CSV file.
import { SPECIAL_CATEGORIES, type FindingType, type HtmlTable } from './types.ts';
import { emit, type Detections } from './emit.ts';
import { columnType, namesOnlyPeople, needsPeople, opensWithLabel, plausibleAt } from './columns.ts';
import { isNameShaped } from './names.ts';
import type { Span } from './spans.ts';

// A Markdown table's line under its header: « |---|:---:| », « --- | --- »
const MARKDOWN_RULE_RE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?$/gm;

/**
 * The cells of the tables of a text block, under headers that announce a type, in order of start.
 * Returns the tables with a column of names (sorted, disjoint): each row is about a person, as in
 * a CSV file, for the special categories.
 */
export function detectTextTables(text: string, out: Detections): Span[] {
  const found: number[] = []; // [type index, start, end]
  const people: Array<[number, number]> = [];
  if (text.includes('---') && text.includes('|')) markdownTables(text, found, people);
  if (text.includes('\t')) tabTables(text, found, people);
  // (the two kinds in one block are rare)
  return emitInOrder(found, people, out);
}

/** Emits the cells found ([type index, start, end]) in order of start, and returns the people's rows sorted. */
function emitInOrder(found: number[], people: Array<[number, number]>, out: Detections): Span[] {
  people.sort((a, b) => a[0] - b[0]);
  if (found.length === 0) return people;
  const order = Array.from({ length: found.length / 3 }, (_, i) => i * 3);
  if (!isSorted(found)) order.sort((a, b) => found[a + 1]! - found[b + 1]!);
  for (const i of order) emit(out, TYPES[found[i]!]!, found[i + 1]!, found[i + 2]!);
  return people;
}

const MAX_COLUMNS = 200;
const TYPES: readonly FindingType[] = ['person_name', 'birth_date', 'postal_address', 'phone', ...SPECIAL_CATEGORIES, 'nir'];

function isSorted(found: readonly number[]): boolean {
  for (let i = 4; i < found.length; i += 3) if (found[i]! < found[i - 3]!) return false;
  return true;
}

function markdownTables(text: string, found: number[], people: Array<[number, number]>): void {
  MARKDOWN_RULE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKDOWN_RULE_RE.exec(text)) !== null) {
    if (m.index < 2) continue;
    const headerEnd = m.index - 1;
    const headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
    const types = typesOf(pipeCells(text, headerStart, headerEnd).map(([s, e]) => text.slice(s, e)));
    if (types === null) continue;
    let at = m.index + m[0].length + 1;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = pipeCells(text, at, end);
      if (line.length < 2) break; // the table ends at a line without a « | »
      line.forEach(([s, e], col) => push(found, types[col], text, s, e));
      at = end + 1;
    }
    if (types.includes('person_name')) people.push([m.index, Math.min(at, text.length)]);
    MARKDOWN_RULE_RE.lastIndex = Math.max(MARKDOWN_RULE_RE.lastIndex, at);
  }
}

/** The cells of a Markdown table's line [from, to), spaces trimmed; its outer « | » are no separators. */
function pipeCells(text: string, from: number, to: number): Array<[number, number]> {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(s) === 124) s++;
  if (e > s && text.charCodeAt(e - 1) === 124) e--;
  const cells: Array<[number, number]> = [];
  for (let a = s; a <= e; ) {
    let b = text.indexOf('|', a);
    if (b < 0 || b > e) b = e;
    cells.push(trim(text, a, b));
    a = b + 1;
  }
  return cells;
}

/**
 * Rows separated by tabs: a block of lines with as many tabs each, whose first line is a header
 * (no digit, short cells, one announcing a type at least) — tabs elsewhere (an invoice's lines, an
 * indented text) head nothing.
 */
function tabTables(text: string, found: number[], people: Array<[number, number]>): void {
  for (let tab = text.indexOf('\t'); tab >= 0; ) {
    const start = text.lastIndexOf('\n', tab) + 1;
    let end = text.indexOf('\n', tab);
    if (end < 0) end = text.length;
    let at = end + 1;
    // (a line continuing a block of tabbed lines was looked at with the block's first)
    const tabs = hasDigit(text, start, end) ? -1 : countTabs(text, start, end);
    const types = tabs < 0 || (start >= 2 && countTabs(text, text.lastIndexOf('\n', start - 2) + 1, start - 1) === tabs) ? null : typesOf(text.slice(start, end).split('\t'));
    // (two columns whose next line opens with a label too are a form's fields: « Nom de famille⇥Blanc » above
    // « Prénom⇥Enora », each read by its line — « Prénom » was a name under « Nom de famille »)
    if (types !== null && !(tabs === 1 && opensWithLabel(text, at))) {
      while (at < text.length) {
        let e = text.indexOf('\n', at);
        if (e < 0) e = text.length;
        if (countTabs(text, at, e) !== tabs) break;
        let col = 0;
        for (let a = at; a <= e; col++) {
          let b = text.indexOf('\t', a);
          if (b < 0 || b > e) b = e;
          const [s, t] = trim(text, a, b);
          push(found, types[col], text, s, t);
          a = b + 1;
        }
        at = e + 1;
      }
      if (types.includes('person_name')) people.push([start, Math.min(at, text.length)]);
    }
    tab = at < text.length ? text.indexOf('\t', at) : -1;
  }
}

/**
 * What a header's cells announce, or null when it announces nothing or its cells are too long to
 * be headings. A general name heading (« Name », « Nom », « Client ») counts beside another that
 * announces something: a program's documentation has « | Name | Type | Description | » tables.
 */
export function typesOf(cells: readonly string[]): Array<FindingType | null> | null {
  // (a line of thousands of cells is no heading: each would be looked up)
  if (cells.length > MAX_COLUMNS) return null;
  let filled = 0;
  let general = 0;
  let typed = 0;
  const types = cells.map((c) => {
    const cell = c.trim();
    if (cell === '') return null;
    filled++;
    const type = cell.length <= 60 ? columnType(cell) : null;
    if (type !== null) typed++;
    if (type === 'person_name' && !namesOnlyPeople(cell)) general++;
    return type;
  });
  if (filled < 2 || typed === general) return null;
  // health only in a table of people, as in a CSV file (« Allergies » heads a menu's column too)
  return types.includes('person_name') ? types : types.map((t) => (needsPeople(t) ? null : t));
}

function push(found: number[], type: FindingType | null | undefined, text: string, s: number, e: number): void {
  if (type && cellFits(type, text, s, e)) found.push(TYPES.indexOf(type), s, e);
}

/** Whether a cell text[s, e) holds what its column announces; a name written as one (« Le Bihan », not « value » or « `level` »). */
export function cellFits(type: FindingType, text: string, s: number, e: number, value?: string): boolean {
  return e > s && plausibleAt(type, text, s, e) && (type !== 'person_name' || isNameShaped(value ?? text.slice(s, e)));
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function countTabs(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\t', from); i >= 0 && i < to; i = text.indexOf('\t', i + 1)) n++;
  return n;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0;
// (an HTML cell's: its line breaks too, a tag's U+2028 and a pretty-printed page's « \n »)
const isBlank = (c: number) => isSpace(c) || c === 10 || c === 0x2028 || c === 0x2029;

function trim(text: string, s: number, e: number, blank: (c: number) => boolean = isSpace): [number, number] {
  while (s < e && blank(text.charCodeAt(s))) s++;
  while (e > s && blank(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * The cells of an HTML page's tables (src/scan/extract/html-tables.ts), each under its header, as a
 * CSV file's: « DURAND » under « Nom ». Returns the tables' rows when they have a column of names.
 */
export function detectHtmlTables(text: string, tables: readonly HtmlTable[], out: Detections): Span[] {
  const found: number[] = [];
  const people: Array<[number, number]> = [];
  for (const table of tables) {
    const types = typesOf(table.header);
    if (types === null) continue;
    for (const row of table.rows) {
      for (const [col, a, b] of row) {
        const [s, e] = trim(text, a, b, isBlank);
        push(found, types[col], text, s, e);
      }
      if (types.includes('person_name') && row.length > 0) people.push([row[0]![1], row[row.length - 1]![2]]);
    }
  }
  // (nested tables' cells may interleave)
  return emitInOrder(found, people, out);
}
