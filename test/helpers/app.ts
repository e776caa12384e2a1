// Real applications for tests: a SQLite file in a temporary folder, or a fresh database
// on the PostgreSQL server started by the global set-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, defaultConfig, type App } from '../../src/app.ts';

export type Dialect = 'sqlite' | 'postgres';
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export interface TestApp {
  app: App;
  dataDir: string;
  databaseUrl?: string;
  /** Lets tests move the clock (reset expiry, lockout, TOTP steps); null = real time. */
  clock: { now: Date | null };
  cleanup(): Promise<void>;
}

export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = base.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestApp(dialect: Dialect = 'sqlite'): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rempart-test-'));
  const pgdb = dialect === 'postgres' ? await createPostgresDatabase() : null;
  const clock: { now: Date | null } = { now: null };
  const app = await createApp({ ...defaultConfig({}), dataDir, databaseUrl: pgdb?.url }, { now: () => clock.now ?? new Date() });
  return {
    app,
    dataDir,
    databaseUrl: pgdb?.url,
    clock,
    cleanup: async () => {
      await app.close();
      await pgdb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
