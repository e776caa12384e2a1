// Opens the store: SQLite file under the data folder by default, PostgreSQL when DATABASE_URL says so.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider, type SqliteDatabase } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema.ts';
import * as m001 from './migrations/001_foundation.ts';
import * as m002 from './migrations/002_security_assessment.ts';
import * as m003 from './migrations/003_client_file.ts';
import * as m004 from './migrations/004_rights.ts';
import * as m005 from './migrations/005_breaches.ts';
import * as m006 from './migrations/006_scans.ts';
import * as m007 from './migrations/007_register.ts';
import * as m008 from './migrations/008_backups.ts';
import * as m009 from './migrations/009_breach_attachments.ts';
import * as m010 from './migrations/010_scan_person_index.ts';
import * as m011 from './migrations/011_client_index_lookup.ts';
import * as m012 from './migrations/012_scan_unread.ts';
import * as m013 from './migrations/013_scan_file_unread.ts';
import * as m014 from './migrations/014_scan_read_images.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// Migrations are imported statically so they work the same from tsx, tests and a bundle.
const migrations: Record<string, Migration> = { '001_foundation': m001, '002_security_assessment': m002, '003_client_file': m003, '004_rights': m004, '005_breaches': m005,
  '006_scans': m006,
  '007_register': m007,
  '008_backups': m008,
  '009_breach_attachments': m009,
  '010_scan_person_index': m010,
  '011_client_index_lookup': m011,
  '012_scan_unread': m012,
  '013_scan_file_unread': m013,
  '014_scan_read_images': m014,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// bigint columns come back as strings from pg by default; our counters fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

export function openStore(options: { databaseUrl?: string; dataDir: string }): Store {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (restart, admin) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.warn(`PostgreSQL : connexion inactive perdue (${err.message}).`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (url) throw new Error(`DATABASE_URL non reconnue : seules les adresses postgres:// sont acceptées.`);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const sqlite = new SQLite(join(options.dataDir, 'rempart.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const STATEMENT_CACHE = 256;

/**
 * Kysely prepares every query anew, and better-sqlite3 compiles SQL on each prepare: a bulk
 * insert would compile the same 1 000-parameter statement hundreds of times. Compiled
 * statements are kept by SQL text (least recently used out). Reuse is safe because Kysely
 * runs one query at a time on the single SQLite connection.
 */
export function withStatementCache(sqlite: SQLite.Database, size = STATEMENT_CACHE): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement) cache.delete(text);
      else statement = sqlite.prepare(text);
      cache.set(text, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

// 005 was written (and may have run on a development store) before 004: let a missing
// earlier migration run after later ones instead of refusing to start.
export function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider, allowUnorderedMigrations: true });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Échec de la migration ${failed?.migrationName ?? ''} : ${String(error)}`);
  }
}
