// The application context shared by the HTTP server, the CLI and the tests.
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { openStore, migrateToLatest, type Store } from './db/connect.ts';
import type { Database } from './db/schema.ts';
import { repositories, type Repositories } from './db/repositories/index.ts';
import { sealClearScanPaths } from './db/seal-scan-paths.ts';
import { loadOrCreateSystemKeys, type SystemKeys } from './crypto/system-key.ts';

export interface AppConfig {
  dataDir: string;
  databaseUrl?: string;
  /** Idle and absolute session lifetimes. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  resetTokenMinutes: number;
  /** Base URL written in reset e-mails. */
  publicUrl: string;
}

export interface App {
  config: AppConfig;
  store: Store;
  keys: SystemKeys;
  now(): Date;
  repos: Repositories;
  /** Runs fn in one transaction with repositories bound to it. */
  tx<T>(fn: (repos: Repositories, db: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function defaultConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    dataDir: resolve(env.REMPART_DATA ?? join(process.cwd(), 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: 120,
    sessionMaxHours: 12,
    resetTokenMinutes: 30,
    publicUrl: env.REMPART_PUBLIC_URL ?? 'http://127.0.0.1:3000',
  };
}

export async function createApp(config: AppConfig, options: { now?: () => Date } = {}): Promise<App> {
  const keys = await loadOrCreateSystemKeys(config.dataDir);
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(store.db);
  await sealClearScanPaths(store.db, keys.cipher);
  return {
    config,
    store,
    keys,
    now: options.now ?? (() => new Date()),
    repos: repositories(store.db, keys.cipher),
    tx: (fn) => store.db.transaction().execute((trx) => fn(repositories(trx, keys.cipher), trx)),
    close: () => store.close(),
  };
}
