// A Word document's tables of people (a client list typed in Word: « Nom | Prénom | Téléphone | Remarques »): read as
// a sheet's, each cell under its column's header, « DURAND » a name under « Nom », « diabétique » about that row's
// person. Read as paragraphs, one cell after the other, they said nothing of who was who.
import { typesOf } from '../../core/scan/tables.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import { detectSheet, pushTo, type Cell } from './sheet.ts';
import type { Detect } from './text.ts';
import type { TableCellAt } from './xml.ts';

/**
 * A document's paragraphs (Word's, Writer's): its tables of people read as sheets, then the rest as its text, each
 * located by its paragraph's number (a table's paragraphs left blank in the text keep the numbers of the others).
 */
export function readParagraphs(paragraphs: string[], cells: ReadonlyArray<TableCellAt | null>, detect: Detect, sink: FindingSink): void {
  const locator = (i: number) => `paragraphe ${i + 1}`;
  const tables = readWordTables(paragraphs, cells, detect, sink, locator);
  const hints = { format: 'docx' as const };
  addSegmentDetections(sink, tables.size > 0 ? paragraphs.map((p, i) => (tables.has(i) ? '' : p)) : paragraphs, (text) => detect(text, hints), locator);
}

/**
 * Reads the tables whose first full row names what a column holds (columnType), as a sheet; returns
 * their paragraphs, which the document's text then leaves out. A form laid in a table (« Nom » |
 * « Le Bihan », label beside value) names nothing in a row of its own: it stays with the text.
 */
function readWordTables(paragraphs: readonly string[], at: ReadonlyArray<TableCellAt | null>, detect: Detect, sink: FindingSink, locatorOf: (index: number) => string): Set<number> {
  const byTable = new Map<number, Map<string, { cell: Cell; first: number; indexes: number[] }>>();
  at.forEach((a, i) => {
    if (a === null) return;
    let cells = byTable.get(a.table);
    if (!cells) byTable.set(a.table, (cells = new Map()));
    const key = `${a.row},${a.col}`;
    const found = cells.get(key);
    const text = paragraphs[i]!.trim();
    if (found) {
      if (text !== '') found.cell.text = found.cell.text === '' ? text : `${found.cell.text} ${text}`;
      found.indexes.push(i);
    } else cells.set(key, { cell: { row: a.row, col: a.col, text }, first: i, indexes: [i] });
  });
  const read = new Set<number>();
  for (const cells of byTable.values()) {
    const list = [...cells.values()];
    const header = headerRow(list.map((c) => c.cell));
    if (header === null) continue;
    const firstOf = new Map(list.map((c) => [c.cell, c.first]));
    detectSheet('', list.map((c) => c.cell), detect, 'xlsx', sink, [], (c) => locatorOf(firstOf.get(c) ?? 0));
    for (const c of list) for (const i of c.indexes) read.add(i);
  }
  return read;
}

/**
 * The table's first row of two filled cells at least, when it names a column's type beside a name's (typesOf: « Nom » |
 * « Le Bihan » is a form's label and value) and holds no digit (a record's row), and rows follow it.
 */
function headerRow(cells: readonly Cell[]): number | null {
  const rows = new Map<number, string[]>();
  for (const c of cells) if (c.text !== '') pushTo(rows, c.row, c.text);
  const order = [...rows.keys()].sort((a, b) => a - b);
  const first = order.find((r) => rows.get(r)!.length >= 2);
  if (first === undefined || first === order[order.length - 1]) return null;
  const words = rows.get(first)!;
  if (words.some((w) => /\d/.test(w) || w.length > 60)) return null;
  return typesOf(words) !== null ? first : null;
}
