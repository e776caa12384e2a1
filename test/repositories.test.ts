// The same repository suite against SQLite and a real PostgreSQL server.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, DIALECTS, type TestApp } from './helpers/app.ts';
import { migrateToLatest } from '../src/db/connect.ts';
import { signUp } from '../src/accounts/signup.ts';
import { CLI_META } from '../src/accounts/meta.ts';
import { appendJournal, verifyJournal } from '../src/journal/journal.ts';
import { publicUser } from '../src/accounts/identity.ts';
import { STRONG_PASSWORD } from './helpers/http.ts';

async function newTenant(t: TestApp, tag: string) {
  return signUp(
    t.app,
    { raisonSociale: `Atelier ${tag}`, activite: 'photographe', contactNom: 'Zoé Martin', contactEmail: `contact-${tag}@exemple.fr`, nom: `Zoé Martin ${tag}`, email: `zoe-${tag}@exemple.fr`, password: STRONG_PASSWORD },
    CLI_META,
    { openSession: false },
  );
}

describe.each(DIALECTS)('repositories on %s', (dialect) => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof newTenant>>;
  let b: Awaited<ReturnType<typeof newTenant>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [a, b] = await Promise.all([newTenant(t, `a-${dialect}`), newTenant(t, `b-${dialect}`)]);
  });
  afterAll(async () => t?.cleanup());

  it('migrations are idempotent', async () => {
    await migrateToLatest(t.app.store.db);
    await migrateToLatest(t.app.store.db);
    expect(t.app.store.dialect).toBe(dialect);
  });

  it('scopes users by tenant for get, list, update and delete', async () => {
    const usersA = t.app.repos.users(a.tenantId);
    const usersB = t.app.repos.users(b.tenantId);
    expect((await usersA.list()).map((u) => u.id)).toEqual([a.userId]);
    expect(await usersB.get(a.userId)).toBeUndefined();
    await usersB.update(a.userId, { failed_logins: 99 });
    expect((await usersA.get(a.userId))!.failed_logins).toBe(0);
    expect(await usersB.delete(a.userId)).toBe(0);
    expect(await usersA.get(a.userId)).toBeDefined();
    await expect(usersB.insert({ ...(await usersA.get(a.userId))!, id: randomUUID() })).rejects.toThrow('tenant mismatch');
  });

  it('stores user identity encrypted and finds it by blind index', async () => {
    const row = (await t.app.repos.users(a.tenantId).get(a.userId))!;
    expect(row.email_enc).not.toContain('@');
    expect(publicUser(t.app, row).email).toBe(`zoe-a-${dialect}@exemple.fr`);
  });

  it('keeps no readable personal data in the raw store', async () => {
    const tables = ['users', 'sessions', 'recovery_codes', 'password_resets', 'journal'] as const;
    let dump = '';
    for (const table of tables) {
      const rows = await t.app.store.db.selectFrom(table).selectAll().execute();
      dump += JSON.stringify(rows);
    }
    expect(dump.length).toBeGreaterThan(100);
    expect(dump).not.toMatch(/zoe-a-/i);
    expect(dump).not.toMatch(/Zoé Martin a-/);
  });

  it('consumes a recovery code exactly once, and only within its tenant', async () => {
    const creds = t.app.repos.credentials;
    await creds.replaceRecoveryCodes(a.tenantId, a.userId, [{ id: randomUUID(), code_mac: 'mac-1' }]);
    expect(await creds.consumeRecoveryCode(b.tenantId, a.userId, 'mac-1', new Date().toISOString())).toBe(false);
    const results = await Promise.all([1, 2, 3].map(() => creds.consumeRecoveryCode(a.tenantId, a.userId, 'mac-1', new Date().toISOString())));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await creds.countUnusedRecoveryCodes(a.tenantId, a.userId)).toBe(0);
  });

  it('upserts the login throttle row', async () => {
    const creds = t.app.repos.credentials;
    await creds.saveThrottle({ key: 'ip:test', failures: 1, window_start: 'w', locked_until: null });
    await creds.saveThrottle({ key: 'ip:test', failures: 2, window_start: 'w', locked_until: 'x' });
    expect(await creds.throttle('ip:test')).toMatchObject({ failures: 2, locked_until: 'x' });
    await creds.clearThrottle('ip:test');
    expect(await creds.throttle('ip:test')).toBeUndefined();
  });

  it('appends concurrent journal entries without forking the chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.tx((repos) => appendJournal(t.app, repos, { tenantId: b.tenantId, actorId: b.userId, actorLabel: 'owner', action: 'test.concurrent', recordId: String(i) })),
      ),
    );
    const rows = await t.app.repos.journal.all(b.tenantId);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect((await verifyJournal(t.app, b.tenantId)).ok).toBe(true);
    // Tenant A's chain is untouched by B's appends.
    expect((await t.app.repos.journal.all(a.tenantId)).every((r) => r.tenant_id === a.tenantId)).toBe(true);
  });

  it('rolls back a journal entry with the failed change it belongs to', async () => {
    const before = await t.app.repos.journal.count(a.tenantId);
    await expect(
      t.app.tx(async (repos) => {
        await appendJournal(t.app, repos, { tenantId: a.tenantId, actorId: null, actorLabel: 'system', action: 'test.rollback' });
        throw new Error('échec simulé');
      }),
    ).rejects.toThrow('échec simulé');
    expect(await t.app.repos.journal.count(a.tenantId)).toBe(before);
    expect((await verifyJournal(t.app, a.tenantId)).ok).toBe(true);
  });

  it('enforces foreign keys (deleting a tenant removes its users)', async () => {
    const c = await newTenant(t, `c-${dialect}`);
    await t.app.store.db.deleteFrom('tenants').where('id', '=', c.tenantId).execute();
    expect(await t.app.repos.users(c.tenantId).list()).toEqual([]);
    const orphan = sql`insert into users (id, tenant_id, email_index, email_enc, nom_enc, role, password_hash, kek_salt, password_changed_at, created_at) values ('x', 'nope', 'i', 'e', 'n', 'owner', 'h', 's', 'now', 'now')`;
    await expect(orphan.execute(t.app.store.db)).rejects.toThrow();
  });
});

describe('raw SQLite file', () => {
  it('contains no login e-mail or name in its bytes', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const t = await createTestApp('sqlite');
    try {
      await newTenant(t, 'raw-bytes-check');
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.app.store.db);
      const files = readdirSync(t.dataDir).filter((f) => f.startsWith('rempart.sqlite'));
      const bytes = Buffer.concat(files.map((f) => readFileSync(join(t.dataDir, f))));
      expect(bytes.length).toBeGreaterThan(4096);
      expect(bytes.includes(Buffer.from('zoe-raw-bytes-check'))).toBe(false);
      expect(bytes.includes(Buffer.from('Zoé Martin raw'))).toBe(false);
      // The business name is not personal data of clients and is stored as is: proves the grep works.
      expect(bytes.includes(Buffer.from('Atelier raw-bytes-check'))).toBe(true);
    } finally {
      await t.cleanup();
    }
  });
});
