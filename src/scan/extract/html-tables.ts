// The tables of an HTML page (a booking site's « export Excel », a saved web page, a CRM's list): their
// cells by row and column, read from the page's tags, block after block, so that a column headed
// « Nom » or « Prénom » is read as a CSV file's is. The masked text (tags blanked, same length) gives
// the headers' words; the detectors then read each cell under its header (core/scan/tables.ts).
import type { HtmlTable } from '../../core/scan/types.ts';

interface OpenTable {
  /** The header's cells, once a row of two filled cells at least was met (a title row spanning the table is not one). */
  header: string[] | null;
  /** The rows looked at for a header so far. */
  seen: number;
  col: number;
  /** The open cell's start in this block (0: it started in an earlier one), or -1. */
  cell: number;
  cellCol: number;
  /** The header row being read: its cells' words, by column. */
  heading: string[];
  row: Array<readonly [number, number, number]>;
  rows: Array<ReadonlyArray<readonly [number, number, number]>>;
}

const TAG_RE = /<(\/?)(table|tr|td|th)(?=[\s>/])[^<>]*>/gi;
const COLSPAN_RE = /colspan\s*=\s*["']?(\d{1,3})/i;
/** Tables nested in a page's layout deeper than this are not followed (a hostile page's thousands of « <table> »). */
const MAX_DEPTH = 16;
const MAX_COLUMNS = 200;
/** A header is looked for in the table's first rows only. */
const HEADER_ROWS = 3;
/** Longer than any heading (typesOf reads 60 characters at most): a hostile cell's megabytes are not kept. */
const MAX_HEADING = 200;

/** The returned function reads one block (its raw text and its masked text, of the same length). */
export function htmlTableReader(): (raw: string, masked: string) => HtmlTable[] {
  const stack: OpenTable[] = [];
  /** A tag cut by the previous block's end, read again with this block. */
  let pending = '';

  return (raw, masked) => {
    const out: OpenTable[] = [];
    const shift = pending.length;
    const text = pending + raw;
    pending = '';
    const cut = text.lastIndexOf('<');
    const end = cut >= 0 && text.indexOf('>', cut) < 0 && text.length - cut < 1024 ? cut : text.length;
    if (end < text.length) pending = text.slice(end);
    const at = (i: number) => Math.max(0, i - shift);
    const closeCell = (t: OpenTable, i: number) => {
      if (t.cell < 0) return;
      const s = t.cell;
      const e = at(i);
      t.cell = -1;
      if (t.header === null) {
        if (t.cellCol < MAX_COLUMNS) t.heading[t.cellCol] = heading(t.heading[t.cellCol], masked, s, e);
      } else if (t.header.length > 0 && t.cellCol < MAX_COLUMNS && e > s) t.row.push([t.cellCol, s, e]);
    };
    const closeRow = (t: OpenTable, i: number) => {
      closeCell(t, i);
      if (t.header === null) {
        if (t.heading.length > 0 || t.col > 0) {
          t.seen++;
          // (a title row, « Clients 2026 » across the table, is passed over; a row with a digit is no header: a form's
          // « Date de naissance | 12/03/1980 », a first record)
          if (t.heading.filter((w) => w !== '').length >= 2) t.header = t.heading.some((w) => /\d/.test(w)) ? [] : Array.from(t.heading, (w) => w ?? '');
          else if (t.seen >= HEADER_ROWS) t.header = [];
          t.heading = [];
        }
      } else if (t.row.length > 0) {
        t.rows.push(t.row);
        t.row = [];
      }
      t.col = 0;
    };
    const done = (t: OpenTable) => {
      if (t.header !== null && t.header.length > 0 && t.rows.length > 0 && !out.includes(t)) out.push(t);
    };
    TAG_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAG_RE.exec(text)) !== null && m.index < end) {
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      const top = stack[stack.length - 1];
      if (name === 'table') {
        if (!closing) {
          if (stack.length < MAX_DEPTH) stack.push({ header: null, seen: 0, col: 0, cell: -1, cellCol: 0, heading: [], row: [], rows: [] });
        } else if (top) {
          closeRow(top, m.index);
          done(top);
          stack.pop();
        }
      } else if (!top) continue;
      else if (name === 'tr') closeRow(top, m.index);
      else if (closing) closeCell(top, m.index);
      else {
        closeCell(top, m.index);
        top.cell = at(m.index + m[0].length);
        top.cellCol = top.col;
        top.col += Math.max(1, Math.min(MAX_COLUMNS, Number(COLSPAN_RE.exec(m[0])?.[1] ?? 1)));
      }
    }
    // the tables still open go on in the next block: their rows read so far are this block's
    for (const t of stack) {
      // (a row cut by the block's end: its cells read so far are this block's, the next ones the next block's)
      if (t.row.length > 0) {
        t.rows.push(t.row);
        t.row = [];
      }
      done(t);
      if (t.cell >= 0) {
        // (a cell cut by the block's end: its words so far for a header; as a value it is read whole or not at all)
        if (t.header === null && t.cellCol < MAX_COLUMNS) t.heading[t.cellCol] = heading(t.heading[t.cellCol], masked, t.cell, masked.length);
        t.cell = 0;
      }
    }
    const tables = out.map((t) => ({ header: t.header!, rows: t.rows }));
    for (const t of out) t.rows = [];
    return tables;
  };
}

/** A header cell's words, after its words in an earlier block: blanks, line breaks and tags made one space; a heading's length at most. */
function heading(before: string | undefined, masked: string, s: number, e: number): string {
  const words = masked.slice(s, Math.min(e, s + MAX_HEADING)).replace(/[\s\u2028\u2029]+/g, ' ');
  return `${before ?? ''} ${words}`.trim().slice(0, MAX_HEADING);
}
