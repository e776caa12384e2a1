// SQLite databases (.sqlite, .sqlite3, .db: an application's client file, a CRM's local copy): each
// table read as a sheet, its columns' names as the header (« nom », « email », « date_naissance »);
// locator « clients!C12 », row 1 being the names, row N+1 the N-th record. The file is read from
// memory, never opened where it lies: nothing of it (journal, lock) is touched.
import Database from 'better-sqlite3';
import { fileErrors, ScanFileError } from '../errors.ts';
import { columnType } from '../../core/scan/columns.ts';
import { columnLetters, detectSheet, sheetPrefix, type Cell } from './sheet.ts';
import { FieldColumns, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

// SQLite copies the file into its own memory: a database this large is an application's, not a
// file kept by hand, and would exhaust the worker's heap
export const MAX_SQLITE_BYTES = 64 * 1024 * 1024;
// the cells read per database, all tables together (a log of millions of rows says no more; ~50 MB held)
const MAX_CELLS = 500_000;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether bytes start as a SQLite database (a « Thumbs.db » of Windows is none). */
export function isSqlite(data: Uint8Array): boolean {
  return data.byteLength >= 100 && Buffer.from(data.buffer, data.byteOffset, MAGIC.length).equals(MAGIC);
}

/** A « .db » that is no SQLite database: counted among the files not read, as before. */
export const notSqlite = () => new ScanFileError('PAS_SQLITE', 'Fichier .db qui n’est pas une base SQLite : non lu.');

export function scanSqlite(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  if (!isSqlite(data)) throw notSqlite();
  if (data.byteLength > MAX_SQLITE_BYTES) throw fileErrors.tooBig(MAX_SQLITE_BYTES / 1024 / 1024);
  // (bytes 18–19 say « WAL »: SQLite opens a copy in memory only in the rollback journal's mode)
  const copy = Buffer.from(data);
  copy[18] = 1;
  copy[19] = 1;
  let db: Database.Database;
  try {
    db = new Database(copy);
  } catch {
    throw fileErrors.corrupt('SQLite');
  }
  try {
    let tables: string[];
    try {
      // (« shadow » tables hold a full-text index's copy of another table's text: read once, in that table)
      tables = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    } catch {
      throw fileErrors.corrupt('SQLite');
    }
    let budget = MAX_CELLS;
    for (const table of tables) {
      if (budget <= 0) break;
      budget -= readTable(db, table, budget, detect, sink);
    }
  } finally {
    db.close();
  }
}

// A table of properties, one per row (Thunderbird's address book « properties »: card, name, value;
// WordPress's « wp_usermeta »: meta_key, meta_value): each value is read under its row's key
const KEY_COLUMN = /^(?:name|key|meta_key|property|prop|field|attribute|attr|nom|cle|champ)$/i;
const VALUE_COLUMN = /^(?:value|meta_value|val|data|valeur|contenu)$/i;

/** One table as a sheet; returns the cells read. A table SQLite cannot read (a module it lacks, a damaged page) is let go. */
function readTable(db: Database.Database, table: string, budget: number, detect: Detect, sink: FindingSink): number {
  const cells: Cell[] = [];
  let names: string[] = [];
  try {
    const stmt = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw(true);
    names = stmt.columns().map((c) => c.name);
    names.forEach((name, i) => cells.push({ row: 1, col: i + 1, text: name }));
    let row = 1;
    for (const values of stmt.iterate() as Iterable<unknown[]>) {
      row++;
      values.forEach((v, i) => {
        const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '';
        if (text) cells.push({ row, col: i + 1, text });
      });
      if (cells.length >= budget) break;
    }
  } catch {
    if (cells.length === 0) return 0;
  }
  const keyCol = names.findIndex((n) => KEY_COLUMN.test(n)) + 1;
  const valueCol = names.findIndex((n) => VALUE_COLUMN.test(n)) + 1;
  if (keyCol > 0 && valueCol > 0) {
    detectSheet(table, cells.filter((c) => c.col !== valueCol), detect, 'xlsx', sink);
    readProperties(table, cells, keyCol, valueCol, detect, sink);
  } else detectSheet(table, cells, detect, 'xlsx', sink);
  return cells.length;
}

/** The values of a table of properties, each under its row's key (« FirstName », « first_name », « billing_phone »). */
function readProperties(table: string, cells: readonly Cell[], keyCol: number, valueCol: number, detect: Detect, sink: FindingSink): void {
  const keys = new Map<number, string>();
  for (const c of cells) if (c.col === keyCol && c.row > 1) keys.set(c.row, c.text);
  const values = cells.filter((c) => c.col === valueCol && c.row > 1);
  // about people when some key names someone
  const columns = new FieldColumns([...new Set(keys.values())].some((k) => k.length <= 60 && columnType(k) === 'person_name'));
  const prefix = sheetPrefix(table);
  for (const v of values) {
    const key = keys.get(v.row) ?? '';
    columns.add(key.length <= 60 && columnType(key) !== null ? key : '', v.text, `${prefix}!${columnLetters(v.col)}${v.row}`);
  }
  columns.detectInto(sink, detect);
}
