// Spreadsheet cells grouped by column, so the detectors see each column once with its header.
import { decodeLetters } from './encoded-letters.ts';
import { columnType, HEADER_SEARCH_LINES, headerRowIndex, isCounterpartyHeader, tableTypes } from '../../core/scan/columns.ts';
import type { DetectHints, FindingType } from '../../core/scan/types.ts';
import type { Detect } from './text.ts';
import { addSegmentDetections, FieldColumns, type FindingSink } from './sink.ts';

export interface Cell {
  row: number;
  col: number;
  text: string;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B3" → { col: 2, row: 3 } */
export function parseRef(ref: string): { col: number; row: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/** A sheet's name as a cell reference writes it: « Clients », « 'Notes été' ». */
export function sheetPrefix(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * `notes`: the comments attached to cells (« Client diabétique » on B3), read as plain text about the
 * sheet's people, located « Clients!B3, commentaire ». `placeOf`: a cell's locator, when it is none of a sheet's
 * (a Word table's cell: its paragraph).
 */
export function detectSheet(sheetName: string, written: Cell[], detect: Detect, format: 'xlsx', sink: FindingSink, notes: readonly Cell[] = [], placeOf?: (c: Cell) => string): void {
  // a CSV export opened as « ANSI » then saved as a workbook keeps « QuÃ©rÃ© » in its cells (or a web application's
  // « H&eacute;l&egrave;ne »): read decoded
  const cells = written.map((c) => {
    const letters = decodeLetters(c.text, true);
    return letters === null ? c : { ...c, text: letters.text };
  });
  const byColumn = new Map<number, Cell[]>();
  for (const c of cells) {
    if (c.text === '') continue;
    // one cell, one line: the detectors see a column as its cells one below the other
    pushTo(byColumn, c.col, /[\r\n]/.test(c.text) ? { ...c, text: c.text.replace(/[\r\n]/g, ' ') } : c);
  }
  const prefix = sheetPrefix(sheetName);
  const place = placeOf ?? ((c: Cell) => `${prefix}!${columnLetters(c.col)}${c.row}`);
  const { labelled, labelColumns, answered } = labelledCells(byColumn);
  // The header row's cells that announce a type (« Nom », « DDN ») head their columns: each cell
  // below is then a finding of that type when plausible, and the header itself is no finding.
  const headerRow = findHeaderRow(cells);
  const headers = new Map<Cell[], { cell: Cell; type: FindingType; announced: boolean }>();
  // a card's labels (« Nom », then « Date de naissance » below it) head nothing
  const headed = [...byColumn.values()].filter((all) => !labelColumns.has(all)).map((all) => ({ all, cell: all.find((c) => c.row === headerRow) }));
  const types = tableTypes(headed.map(({ cell }) => cell?.text ?? ''));
  headed.forEach(({ all, cell }, i) => {
    // a bank export's other party: names among companies (detectCell keeps the persons')
    const type = cell ? (types[i] ?? (isCounterpartyHeader(cell.text) ? 'person_name' : null)) : null;
    // (what the table says of a column whose header says nothing alone: a patient table's « Motif »)
    if (cell && type) headers.set(all, { cell, type, announced: types[i] !== null && columnType(cell.text) === null });
  });
  // a sheet with a column of names, or a card with a « Nom », is about people: each row, each value
  const aboutPeople = [...headers.values()].some((h) => h.type === 'person_name' && !isCounterpartyHeader(h.cell.text)) || [...labelled.values()].some((label) => columnType(label) === 'person_name');
  const read = (list: Cell[], hints: DetectHints) => {
    if (labelled.size > 0) list = list.filter((c) => !labelled.has(c) && !answered.has(c));
    if (list.length > 0) addSegmentDetections(sink, list.map((c) => c.text), (text) => detect(text, hints), (i) => place(list[i]!));
  };
  for (const all of byColumn.values()) {
    const header = headers.get(all);
    if (header === undefined) {
      read(all, { format, aboutPeople });
      continue;
    }
    // a title above the table, read as any cell
    read(all.filter((c) => c.row < headerRow), { format, aboutPeople });
    read(all.filter((c) => c.row > headerRow), { format, columnHeader: header.cell.text, aboutPeople, ...(header.announced ? { columnAnnounces: header.type } : {}) });
  }
  // a form laid out down the sheet: each value read under the label on its left, as under a header
  const byLabel = new Map<string, Cell[]>();
  for (const [cell, label] of labelled) pushTo(byLabel, label, cell);
  for (const [label, list] of byLabel) {
    addSegmentDetections(sink, list.map((c) => c.text), (text) => detect(text, { format, columnHeader: label, aboutPeople }), (i) => place(list[i]!));
  }
  // the comments, as plain text about the sheet's people
  const comments = new FieldColumns(aboutPeople);
  for (const n of notes) if (n.text.trim() !== '') comments.add('', n.text, `${place(n)}, commentaire`);
  comments.detectInto(sink, detect);
}

/** The row that heads the sheet's table (headerRowIndex over its first rows, a title and group headings above it allowed). */
function findHeaderRow(cells: readonly Cell[]): number {
  const top = new Map<number, string[]>();
  for (const c of cells) if (c.row <= TOP_ROWS && c.text !== '') pushTo(top, c.row, c.text);
  const rows = [...top.keys()].sort((a, b) => a - b).slice(0, HEADER_SEARCH_LINES);
  return rows.length > 0 ? rows[headerRowIndex(rows.map((r) => top.get(r)!))]! : 1;
}
// Where a header may stand: a title and a few blank rows above it, no more
const TOP_ROWS = 50;

const isLabel = (c: Cell) => c.text.length <= 40 && columnType(c.text) !== null;

/**
 * A client's card written down a sheet — « Nom » | « Le Bihan Gwenaëlle », « Date de naissance » |
 * « 12/03/1980 » — has its labels in a column rather than in a first row: a column where at least
 * two cells, and half of them, announce a type (columnType) is such a column of labels, and the
 * first cell on the right of each label, in its row, is its value. Returns the values with their
 * labels, the columns of labels, and the labels that have a value: no one's data themselves (Calendly's
 * « Êtes-vous enceinte ? » beside « Non » says nothing of the invitee; a condition typed alone in a
 * questionnaire's cell, nothing beside it, is still read).
 */
function labelledCells(byColumn: Map<number, Cell[]>): { labelled: Map<Cell, string>; labelColumns: Set<Cell[]>; answered: Set<Cell> } {
  const labelled = new Map<Cell, string>();
  const labelColumns = new Set<Cell[]>();
  const answered = new Set<Cell>();
  let rows: Map<number, Cell[]> | undefined;
  for (const all of byColumn.values()) {
    // (a column of data, thousands of names or amounts, shows it in its first 40 cells: columnType
    // on every cell of a big sheet doubled the time of its detection)
    if (all.length > 40 && all.slice(0, 40).filter(isLabel).length < 10) continue;
    const labels = all.filter(isLabel);
    if (labels.length < 2 || labels.length * 2 < all.length) continue;
    labelColumns.add(all);
    if (!rows) {
      rows = new Map();
      for (const list of byColumn.values()) for (const c of list) pushTo(rows, c.row, c);
    }
    for (const label of labels) {
      let value: Cell | undefined;
      for (const c of rows.get(label.row)!) if (c.col > label.col && (!value || c.col < value.col)) value = c;
      if (value && columnType(value.text) === null && !labelled.has(value)) {
        labelled.set(value, label.text);
        answered.add(label);
      }
    }
  }
  return { labelled, labelColumns, answered };
}

/** Appends `value` to the list of `key`, made on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
