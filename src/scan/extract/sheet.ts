// Spreadsheet cells grouped by column, so the detectors see each column once with its header.
import { columnType } from '../../core/scan/columns.ts';
import type { Detect } from './text.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';

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

function sheetPrefix(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function detectSheet(sheetName: string, cells: Cell[], detect: Detect, format: 'xlsx', sink: FindingSink): void {
  const byColumn = new Map<number, Cell[]>();
  for (const c of cells) {
    if (c.text === '') continue;
    let list = byColumn.get(c.col);
    if (!list) byColumn.set(c.col, (list = []));
    // one cell, one line: the detectors see a column as its cells one below the other
    list.push(/[\r\n]/.test(c.text) ? { ...c, text: c.text.replace(/[\r\n]/g, ' ') } : c);
  }
  const prefix = sheetPrefix(sheetName);
  for (const [col, all] of byColumn) {
    // A first row that announces a type (« Nom », « DDN ») is the header: each cell below it
    // is then a finding of that type when plausible, and the header itself is no finding.
    const header = all[0]?.row === 1 && columnType(all[0].text) ? all[0].text : undefined;
    const list = header !== undefined ? all.slice(1) : all;
    if (list.length === 0) continue;
    const hints = header !== undefined ? { format, columnHeader: header } : { format };
    addSegmentDetections(sink, list.map((c) => c.text), (text) => detect(text, hints), (i) => `${prefix}!${columnLetters(col)}${list[i]!.row}`);
  }
}
