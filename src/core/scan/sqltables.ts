// SQL dumps (a website's or an application's backup, from mysqldump, phpMyAdmin, pg_dump or
// SQLite's .dump): each table's rows read as a spreadsheet's, every value under its column —
// « INSERT INTO `wp_wc_customer_lookup` (…, `first_name`, `last_name`, …) VALUES (…,'Gwenaëlle','Le Bihan',…) »,
// the columns named by the statement itself, by a CREATE TABLE above it in the file, or by pg_dump's
// « COPY public.clients (id, nom, prenom) FROM stdin; » above its lines of tab-separated values. A
// table's rows and the file's tables go on from block to block (a dump is read whole: scan/parts.ts).
import type { FindingType } from './types.ts';
import { emit, type Detections } from './emit.ts';
import { namesOnlyPeople, needsPeople } from './columns.ts';
import { holdsPhrase, insertsRows, unescaped } from './sqldump.ts';
import { cellFits, typesOf } from './tables.ts';
import type { Span } from './spans.ts';

// A table's name, its schema or database before it: « `wp_users` », « public.clients », « "main"."clients" »
const NAME = String.raw`(?:(?:[\`"\[][^\`"\]\n]{1,64}[\`"\]]|[\w$]{1,64})\.)?(?:[\`"\[]([^\`"\]\n]{1,64})[\`"\]]|([\w$]{1,64}))`;
const INSERT_RE = new RegExp(String.raw`INSERT INTO\s+${NAME}\s*(?:\(([^()]{1,20000})\)\s*)?VALUES\s*`, 'y');
const COPY_RE = new RegExp(String.raw`COPY\s+${NAME}\s*\(([^()]{1,20000})\)\s+FROM stdin;\r?\n`, 'y');
const CREATE_RE = new RegExp(String.raw`CREATE TABLE\s+(?:IF NOT EXISTS\s+)?${NAME}\s*\(`, 'y');
// The tables whose rows are people even when their only name column is a general one (WordPress's
// « wp_users » and its « display_name »)
const PEOPLE_TABLE_RE = /user|customer|client|contact|patient|member|membre|adh[eé]rent|subscriber|abonn|[eé]l[eè]ve|student|employ|salari|person|people|guest|voyageur|lead|prospect|inscri|candidat|participant|b[eé]n[eé]ficiaire/i;
// The lines of a CREATE TABLE that define no column
const NOT_A_COLUMN_RE = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FULLTEXT|SPATIAL|FOREIGN|CHECK|PERIOD|EXCLUDE|LIKE)\b/i;
// (a value cut by a block's edge is read up to there when no longer than this: a name, an address, a note's start)
const MAX_CUT_VALUE = 300;
// (a CREATE TABLE longer than this is no table of clients: not read)
const MAX_DEFINITION = 64 * 1024;

/**
 * Where a table's rows stood when a block ended inside them: the next block goes on reading them
 * (a WooCommerce shop's customers fill a COPY or an INSERT longer than a block).
 */
export interface OpenStatement {
  kind: 'insert' | 'copy';
  types: ReadonlyArray<FindingType | null>;
  /** Whether the rows are people's (a column of names), for the special categories. */
  people: boolean;
  phase: Phase;
  /** The column of the row being read (Phase.BeforeValue and after). */
  col: number;
}

/** What an INSERT's reading expects next; a COPY is read in Phase.BeforeValue (a line's cell) or Phase.InValue (a cell cut by the block's edge). */
export const enum Phase { BeforeRow, AfterRow, BeforeValue, AfterValue, InValue, InQuoted }

/** A text file's SQL dump, as its blocks go: what each block reads on from, and leaves to the next. */
export interface SqlFile {
  /** The columns of the tables its blocks created (mysqldump's CREATE TABLE may end a block, its INSERT start the next), by lowercase name. */
  tables: Map<string, string[]>;
  /** The statement the block before ended in, read on from `at`: where the block's own text starts, past the lines carried as context. */
  open: OpenStatement | null;
  at: number;
  /** A block inserted rows: the file is a dump, its properties' pairs read in every block (detect.ts). */
  dump: boolean;
}

export function newSqlFile(): SqlFile {
  return { tables: new Map(), open: null, at: 0, dump: false };
}

/**
 * The values of a dump's rows under the columns that announce a type, in order of start; null when
 * the block writes no rows whose columns are known (its tables, Markdown or tabbed, are then looked
 * for as in any text); the rows of the tables of people otherwise, for the special categories.
 * `inserts`: whether the block holds « INSERT INTO » (insertsRows), when known; `file`: the file's dump
 * as the blocks before left it (the block's tables are added to it, the statement it ends in is left in it).
 */
export function detectSqlRows(text: string, out: Detections, inserts = insertsRows(text), file: SqlFile = newSqlFile()): Span[] | null {
  const { tables } = file;
  if (holdsPhrase(text, 'CREATE', ' TABLE')) addCreatedTables(text, tables);
  const copies = text.indexOf('COPY ') >= 0;
  const resume = file.open;
  if (!inserts && !copies && resume === null) return null;
  const people: Array<[number, number]> = [];
  let open: OpenStatement | null = null;
  let after = 0; // where the last statement read ended: one inside it is none (a value « INSERT INTO… »)
  if (resume !== null) {
    const r = readRows(text, file.at, resume, out);
    if (resume.people) people.push([file.at, r.end]);
    open = r.open;
    after = r.end;
  }
  const statements: Array<[at: number, kind: 'insert' | 'copy']> = [];
  if (inserts) for (let at = text.indexOf('INSERT INTO'); at >= 0; at = text.indexOf('INSERT INTO', at + 11)) statements.push([at, 'insert']);
  if (copies) for (let at = text.indexOf('COPY '); at >= 0; at = text.indexOf('COPY ', at + 5)) statements.push([at, 'copy']);
  if (inserts && copies) statements.sort((a, b) => a[0] - b[0]);
  let read = resume !== null;
  for (const [at, kind] of statements) {
    if (at < after) continue;
    const re = kind === 'insert' ? INSERT_RE : COPY_RE;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    const table = m[1] ?? m[2]!;
    let columns = m[3] === undefined ? undefined : columnNames(m[3]);
    if (columns === undefined) columns = tables.get(table.toLowerCase());
    const types = columns === undefined ? null : rowTypes(table, columns);
    if (types === null) continue;
    read = true;
    const start = re.lastIndex;
    const statement: OpenStatement = { kind, types, people: types.includes('person_name'), phase: kind === 'insert' ? Phase.BeforeRow : Phase.BeforeValue, col: 0 };
    const r = readRows(text, start, statement, out);
    if (statement.people) people.push([start, r.end]);
    open = r.open;
    after = r.end;
  }
  file.open = open;
  return read ? people : null;
}

/** A statement's rows from `at`, in the state `from`: where their reading stopped, and their state if the block's end stopped it. */
function readRows(text: string, at: number, from: OpenStatement, out: Detections): { end: number; open: OpenStatement | null } {
  return from.kind === 'insert' ? valueRows(text, at, from, out) : copyRows(text, at, from, out);
}

/**
 * What each column announces, as a table's header (typesOf), or null when none does. A general name
 * column (« name », « display_name ») names people only beside a specific one (« last_name ») or in a
 * table of people (« wp_users »): a dump holds tables of products, categories and shops too, whose
 * addresses and notes are no one's either.
 */
function rowTypes(table: string, columns: readonly string[]): Array<FindingType | null> | null {
  const types = typesOf(columns);
  if (types === null) return null;
  if (PEOPLE_TABLE_RE.test(table) || columns.some((c, i) => types[i] === 'person_name' && namesOnlyPeople(c))) return types;
  const kept = types.map((t) => (t === 'person_name' || t === 'postal_address' || needsPeople(t) ? null : t));
  return kept.some((t) => t !== null) ? kept : null;
}

/** « `ID`, `first_name` », « id, "Nom" »: the names of a column list. */
function columnNames(list: string): string[] {
  return list.split(',').map((c) => unquoted(c.trim()));
}

function unquoted(name: string): string {
  const c = name.charCodeAt(0);
  return (c === 96 || c === 34 || c === 91) && name.length >= 2 ? name.slice(1, -1) : name;
}

// (a file's tables are kept up to this many: a hostile file's endless CREATE TABLE must not grow the map without bound)
const MAX_TABLES = 1000;

/** The columns of the tables a block creates, added by table name (lowercase). */
function addCreatedTables(text: string, tables: Map<string, string[]>): void {
  // (each definition is read from where the one before ended: a hostile block's endless unclosed
  // « CREATE TABLE t ( » cannot make it quadratic)
  for (let at = text.indexOf('CREATE TABLE'), from = 0; at >= 0; at = text.indexOf('CREATE TABLE', Math.max(at + 12, from))) {
    CREATE_RE.lastIndex = at;
    const m = CREATE_RE.exec(text);
    if (m === null) continue;
    const columns: string[] = [];
    from = definedColumns(text, CREATE_RE.lastIndex, columns);
    const name = (m[1] ?? m[2]!).toLowerCase();
    if (columns.length > 0 && (tables.size < MAX_TABLES || tables.has(name))) tables.set(name, columns);
  }
}

/**
 * The columns a CREATE TABLE defines, from just past its « ( », pushed to `columns`: its items split
 * at the commas outside parentheses and quotes (none when it does not close). Returns where it was read to.
 */
function definedColumns(text: string, from: number, columns: string[]): number {
  const limit = Math.min(text.length, from + MAX_DEFINITION);
  let depth = 0;
  let item = from;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === 96) {
      // a quoted name, default value or comment: its commas and parentheses are text
      const close = text.indexOf(text[i]!, i + 1);
      if (close < 0 || close >= limit) break;
      i = close;
    } else if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
    else if ((c === 44 && depth === 0) || c === 41) {
      const name = columnOf(text.slice(item, i).trim());
      if (name !== null) columns.push(name);
      if (c === 41) return i;
      item = i + 1;
    }
  }
  columns.length = 0;
  return limit;
}

/** A CREATE TABLE item's column name: its first word, quoted or not, unless it defines a key or a constraint. */
function columnOf(item: string): string | null {
  const q = item.charCodeAt(0);
  if (q === 96 || q === 34 || q === 91) {
    const close = item.indexOf(q === 91 ? ']' : item[0]!, 1);
    return close > 1 ? item.slice(1, close) : null;
  }
  if (NOT_A_COLUMN_RE.test(item)) return null;
  return /^[\w$]+/.exec(item)?.[0] ?? null;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The rows « (…),(…); » of an INSERT from `at`, in the state `from` (past VALUES: Phase.BeforeRow):
 * each quoted value under a typed column is a cell. Stops at anything a row cannot hold (the
 * statement's « ; » included), or at the block's end — then in an open state.
 */
function valueRows(text: string, at: number, from: OpenStatement, out: Detections): { end: number; open: OpenStatement | null } {
  const n = text.length;
  const types = from.types;
  let phase = from.phase;
  let col = from.col;
  let i = at;
  for (;;) {
    if (phase === Phase.InQuoted || phase === Phase.InValue) {
      // the rest of a value the block before cut: not read
      const e = phase === Phase.InQuoted ? closingQuote(text, i) : valueEnd(text, i);
      if (e < 0) break;
      i = phase === Phase.InQuoted ? e + 1 : e;
      phase = Phase.AfterValue;
      continue;
    }
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (phase === Phase.BeforeRow) {
      if (c !== 40) return { end: i, open: null };
      i++;
      col = 0;
      phase = Phase.BeforeValue;
    } else if (phase === Phase.AfterRow) {
      if (c !== 44) return { end: i, open: null };
      i++;
      phase = Phase.BeforeRow;
    } else if (phase === Phase.AfterValue) {
      if (c === 44) {
        col++;
        phase = Phase.BeforeValue;
      } else if (c === 41) phase = Phase.AfterRow;
      else return { end: i, open: null };
      i++;
    } else if (c === 39) {
      const s = i + 1;
      const e = closingQuote(text, s);
      if (e < 0) {
        // cut by the block's edge: its start is read (a short value's), its rest skipped in the next block
        if (n - s <= MAX_CUT_VALUE) cell(text, s, n, types[col], out);
        phase = Phase.InQuoted;
        break;
      }
      cell(text, s, e, types[col], out);
      i = e + 1;
      phase = Phase.AfterValue;
    } else {
      // a number, NULL, or a function's call (« _binary 0x… », « ST_GeomFromText('POINT(1 2)') »)
      phase = Phase.InValue;
    }
  }
  return { end: n, open: { ...from, phase, col } };
}

/** The quote closing an SQL string that starts at `from` (« \' » and « '' » escape one), or -1. */
function closingQuote(text: string, from: number): number {
  for (let j = text.indexOf("'", from); j >= 0; j = text.indexOf("'", j + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 1) continue;
    if (text.charCodeAt(j + 1) !== 39) return j;
    j++;
  }
  return -1;
}

/** Where an unquoted value ends (at the comma or parenthesis closing it, outside the parentheses and strings it holds), or -1. */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39) {
      i = closingQuote(text, i + 1);
      if (i < 0) return -1;
    } else if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return i;
      depth--;
    } else if (c === 44 && depth === 0) return i;
    else if (c === 59 && depth === 0) return i;
  }
  return -1;
}

/** pg_dump's lines of tab-separated values from `at` up to « \\. », in the state `from`; open when the block ends first. */
function copyRows(text: string, at: number, from: OpenStatement, out: Detections): { end: number; open: OpenStatement | null } {
  const n = text.length;
  const types = from.types;
  let line = at;
  // a line the block before cut: the rest of its cell is not read, its next cells are
  let col = from.col;
  let cut = from.phase === Phase.InValue;
  while (line < n) {
    if (col === 0 && !cut && text.startsWith('\\.', line)) return { end: line, open: null };
    let end = text.indexOf('\n', line);
    const complete = end >= 0;
    if (!complete) end = n;
    const e = complete && end > line && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    for (let s = line; s <= e; col++) {
      let tab = text.indexOf('\t', s);
      if (tab < 0 || tab > e) {
        if (!complete) {
          // the block ends in this cell: its start is read, its rest skipped in the next block
          if (!cut && e - s <= MAX_CUT_VALUE) cell(text, s, e, types[col], out);
          return { end: n, open: { ...from, phase: Phase.InValue, col } };
        }
        tab = e;
      }
      // (« \N » is NULL)
      if (!cut && !(tab - s === 2 && text.charCodeAt(s) === 92 && text.charCodeAt(s + 1) === 78)) cell(text, s, tab, types[col], out);
      cut = false;
      s = tab + 1;
    }
    col = 0;
    line = end + 1;
  }
  return { end: n, open: { ...from, phase: Phase.BeforeValue, col: 0 } };
}

/** A value under its column's type, trimmed, when plausible (as a text table's cell; a name read with its quotes unescaped). */
function cell(text: string, s: number, e: number, type: FindingType | null | undefined, out: Detections): void {
  if (!type) return;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (cellFits(type, text, s, e, type === 'person_name' ? unescaped(text.slice(s, e)) : undefined)) emit(out, type, s, e);
}
