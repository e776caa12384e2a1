// A consistent snapshot of the database.
// - SQLite, usually: the live file itself, frozen. A checkpoint empties the write-ahead log, then
//   a read transaction on a connection of our own keeps SQLite from copying later writes into the
//   file until release(): the app goes on writing (to the log) and the backup reads a consistent
//   file without copying it first (a copy cost a second of CPU and its size in disk writes).
// - SQLite, when the log cannot be emptied (another connection busy in it): the online backup
//   API from a read-only connection on a worker thread, into a temporary file. Unlike VACUUM INTO
//   both keep the page layout, so a day with few changes changes few 4 MiB pieces and
//   deduplication still works.
// - PostgreSQL: pg_dump (custom format) when a pg_dump at least as new as the server is installed;
//   otherwise (pg_dump refuses newer servers, e.g. Debian's 15 against a 17 server) a data-only
//   SQL file of COPY blocks read in one REPEATABLE READ transaction, loadable with psql into a
//   database whose schema Rempart's migrations created.
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { App } from '../app.ts';

const run = promisify(execFile);

export interface Snapshot {
  path: string;
  /** Name inside the backup. */
  name: string;
  format: 'sqlite' | 'pg_dump' | 'postgres-sql';
  /** Lets SQLite write into the live file again (a frozen snapshot); call once packed. */
  release?: () => void;
}

export async function snapshotDatabase(app: App, tmpDir: string): Promise<Snapshot> {
  if (app.store.dialect === 'sqlite') {
    const live = join(app.config.dataDir, 'rempart.sqlite');
    const release = freezeSqlite(live);
    if (release) return { path: live, name: 'rempart.sqlite', format: 'sqlite', release };
    const path = join(tmpDir, 'rempart.sqlite');
    await copySqlite(live, path);
    return { path, name: 'rempart.sqlite', format: 'sqlite' };
  }
  const url = app.config.databaseUrl!;
  const serverMajor = await postgresServerMajor(url);
  const pgDump = await findPgDump(serverMajor);
  if (pgDump) {
    const path = join(tmpDir, 'postgresql.dump');
    // The password goes through the environment, not the command line other users can see.
    const u = new URL(url);
    const password = decodeURIComponent(u.password);
    u.password = '';
    await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${path}`, `--dbname=${u.toString()}`], { env: { ...process.env, PGPASSWORD: password } });
    return { path, name: 'postgresql.dump', format: 'pg_dump' };
  }
  const path = join(tmpDir, 'postgresql-donnees.sql');
  await dumpPostgresData(url, path);
  return { path, name: 'postgresql-donnees.sql', format: 'postgres-sql' };
}

/**
 * Empties the write-ahead log into the file, then opens a read transaction that reads the file
 * alone (SQLite's read lock 0): no checkpoint copies anything into the file while it is held.
 * Null when that cannot be had at once (a writer or reader in the log): copy instead.
 */
export function freezeSqlite(file: string): (() => void) | null {
  // A short wait: a write of the app ends in milliseconds, a long read is not worth waiting for.
  const db = new Database(file, { fileMustExist: true, timeout: 250 });
  try {
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') return close(db);
    const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (!r || r.busy !== 0) return close(db);
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_master').get(); // the read transaction starts here
    // A write between the checkpoint and the read would have put the snapshot in the log.
    if (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size) {
      db.exec('COMMIT');
      return close(db);
    }
  } catch {
    return close(db);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    db.exec('COMMIT');
    db.close();
  };
}

function close(db: Database.Database): null {
  if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
  return null;
}

/** The online backup, on its own thread (see snapshot-worker.mjs). */
function copySqlite(source: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./snapshot-worker.mjs', import.meta.url), { workerData: { source, target } });
    let settled = false;
    w.once('message', (m: { ok?: true; error?: string }) => {
      settled = true;
      if (m.ok) resolve();
      else reject(new Error(`instantané de la base impossible : ${m.error}`));
    });
    w.once('error', (err) => {
      settled = true;
      reject(err);
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`instantané de la base interrompu (code ${code})`));
    });
  });
}

async function postgresServerMajor(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(r.rows[0]!.v) / 10000);
  } finally {
    await c.end();
  }
}

/** The first pg_dump whose major version is ≥ the server's (pg_dump refuses newer servers). */
export async function findPgDump(serverMajor: number): Promise<string | null> {
  const candidates = ['/usr/lib/postgresql']
    .filter(existsSync)
    .flatMap((d) => readdirSync(d).map((v) => join(d, v, 'bin', 'pg_dump')))
    .filter(existsSync);
  candidates.push('pg_dump');
  for (const c of candidates) {
    try {
      const { stdout } = await run(c, ['--version']);
      const major = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1]);
      if (major >= serverMajor) return c;
    } catch {
      // not installed there
    }
  }
  return null;
}

const copyText = (v: string | null): string =>
  v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Tables in an order where referenced tables come first. */
function dependencyOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t)) return;
    state.set(t, 'visiting');
    for (const e of edges) if (e.child === t && e.parent !== t && tables.includes(e.parent)) visit(e.parent);
    state.set(t, 'done');
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return out;
}

async function dumpPostgresData(url: string, path: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out = createWriteStream(path, { mode: 0o600 });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = (await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_migration%'`)).rows.map((r) => r.t);
    const edges = (
      await c.query<{ child: string; parent: string }>(
        `SELECT cl.relname AS child, pr.relname AS parent FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pr ON pr.oid = k.confrelid JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE k.contype = 'f' AND n.nspname = 'public'`,
      )
    ).rows;
    await write('-- Rempart : données PostgreSQL (COPY), à charger avec psql dans une base créée par les migrations de Rempart.\nSET client_encoding = \'UTF8\';\nBEGIN;\n');
    for (const t of dependencyOrder(tables, edges)) {
      const cols = (await c.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [t])).rows.map((r) => r.c);
      await write(`COPY public.${ident(t)} (${cols.map(ident).join(', ')}) FROM stdin;\n`);
      const select = `SELECT ctid::text AS "__ctid", ${cols.map((col) => `${ident(col)}::text`).join(', ')} FROM public.${ident(t)}`;
      // Pages of rows in physical order, all inside the same snapshot: memory stays bounded.
      let after = '(0,0)';
      for (;;) {
        const r = await c.query({ text: `${select} WHERE ctid > $1::tid ORDER BY ctid LIMIT 5000`, values: [after], rowMode: 'array' });
        for (const row of r.rows as (string | null)[][]) await write(row.slice(1).map(copyText).join('\t') + '\n');
        if (r.rows.length < 5000) break;
        after = (r.rows.at(-1) as string[])[0]!;
      }
      await write('\\.\n\n');
    }
    await write('COMMIT;\n');
    await c.query('COMMIT');
  } finally {
    await c.end();
    out.end();
    await once(out, 'close');
  }
}
