// The same cycle on PostgreSQL. The test server is PostgreSQL 17 and Debian's pg_dump is 15,
// which refuses a newer server: the snapshot is then Rempart's own data-only SQL (COPY blocks
// read in one REPEATABLE READ transaction), loaded with psql into a database whose tables
// Rempart's migrations created. Checked here end to end: the known client is found again.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, defaultConfig } from '../../src/app.ts';
import { findClients } from '../../src/clients/search.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { runDrill } from '../../src/backup/drill.ts';
import { backupKeys } from '../../src/backup/keys.ts';
import { restoreFull } from '../../src/backup/restore.ts';
import { runBackup } from '../../src/backup/run.ts';
import { instance, KNOWN_EMAIL, populate, tempDir, type Instance } from './support.ts';
import { startDebianPostgres, type DebianPostgres } from '../clients/debian-postgres.ts';

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: inject('postgresUrl') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

describe('backup and restore, PostgreSQL', () => {
  let inst: Instance;
  const dest = tempDir('pg-dest');
  const restored = tempDir('pg-restaure');
  const dbName = `r_${randomBytes(5).toString('hex')}`;

  beforeAll(async () => {
    inst = await instance('postgres');
  });
  afterAll(async () => {
    await inst.t.cleanup();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    dest.remove();
    restored.remove();
  });

  it('backs up, restores into an empty database with psql, and finds the known client', async () => {
    const d = new LocalDestination(dest.path);
    const r = await runBackup(inst.t.app, [d]);
    expect(r.ok, JSON.stringify(r.destinations)).toBe(true);
    expect(['pg_dump', 'postgres-sql']).toContain(r.databaseFormat);
    const identity = (await backupKeys(inst.t.app)).identity;
    const target = join(restored.path, 'donnees');
    const res = await restoreFull(d, r.generationKey, identity, target);
    expect(res.nextSteps.join('\n')).toMatch(/base VIDE/);

    const drill = await runDrill(d, identity);
    expect(drill.ok, drill.message).toBe(true);

    await admin(`CREATE DATABASE ${dbName}`);
    const url = inject('postgresUrl').replace(/\/[^/]*$/, `/${dbName}`);
    const dump = join(target, res.manifest.files.find((f) => f.role === 'database')!.path);
    if (r.databaseFormat === 'pg_dump') execFileSync('pg_restore', ['--no-owner', `--dbname=${url}`, dump]);
    else {
      // Step 2 of the printed procedure: Rempart's migrations create the tables; then psql.
      const fresh = await createApp({ ...defaultConfig({}), dataDir: target, databaseUrl: url });
      await fresh.close();
      execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', dump], { stdio: 'pipe' });
    }

    const app2 = await createApp({ ...defaultConfig({}), dataDir: target, databaseUrl: url });
    try {
      const found = await findClients(app2, new ClientVault(inst.tenantId, inst.actor.dataKey!), KNOWN_EMAIL);
      expect(found.clients.map((c) => c.nom)).toEqual(['Lefèvre']);
    } finally {
      await app2.close();
    }
  });
});

// Where the installed pg_dump is at least the server's version (the usual Debian set-up), the
// snapshot is a real pg_dump custom archive, restored with pg_restore into an empty database.
describe('backup and restore, PostgreSQL with pg_dump', () => {
  let server: DebianPostgres;
  const dirs = { data: tempDir('pgd-data'), dest: tempDir('pgd-dest'), out: tempDir('pgd-out') };

  beforeAll(async () => {
    server = await startDebianPostgres();
  });
  afterAll(() => {
    server?.stop();
    for (const d of Object.values(dirs)) d.remove();
  });

  it('uses pg_dump, and pg_restore brings the known client back', async () => {
    const app = await createApp({ ...defaultConfig({}), dataDir: dirs.data.path, databaseUrl: server.url });
    let known: Awaited<ReturnType<typeof populate>>;
    let r;
    try {
      known = await populate(app);
      r = await runBackup(app, [new LocalDestination(dirs.dest.path)]);
      expect(r.ok, JSON.stringify(r.destinations)).toBe(true);
      expect(r.databaseFormat).toBe('pg_dump');
      const res = await restoreFull(new LocalDestination(dirs.dest.path), r.generationKey, (await backupKeys(app)).identity, join(dirs.out.path, 'donnees'));
      expect(res.nextSteps.join('\n')).toMatch(/pg_restore/);
      const drill = await runDrill(new LocalDestination(dirs.dest.path), (await backupKeys(app)).identity);
      expect(drill.ok, drill.message).toBe(true);
    } finally {
      await app.close();
    }
    const url = server.url.replace(/\/[^/]*$/, '/restauree');
    execFileSync('psql', [server.url, '-q', '-c', 'CREATE DATABASE restauree']);
    execFileSync('pg_restore', ['--no-owner', `--dbname=${url}`, join(dirs.out.path, 'donnees', 'postgresql.dump')]);
    const app2 = await createApp({ ...defaultConfig({}), dataDir: join(dirs.out.path, 'donnees'), databaseUrl: url });
    try {
      const found = await findClients(app2, new ClientVault(known.tenantId, known.actor.dataKey!), KNOWN_EMAIL);
      expect(found.clients.map((c) => c.nom)).toEqual(['Lefèvre']);
    } finally {
      await app2.close();
    }
  });
});
