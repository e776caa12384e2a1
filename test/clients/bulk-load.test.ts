// A large import on SQLite drops the blind-index lookup index inside its transaction and
// rebuilds it at the end (ClientRepository.bulkLoad); migration 011 made that index droppable.
// Real SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClientInputSchema } from '../../src/core/clients/types.ts';
import { normaliseEmail } from '../../src/core/clients/normalise.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { timeOrderedId } from '../../src/clients/ids.ts';
import { createMigrator } from '../../src/db/connect.ts';
import { BULK_LOAD_MIN } from '../../src/db/repositories/clients.ts';
import { createTestApp, DIALECTS, type TestApp } from '../helpers/app.ts';
import { clientBody, vaultTenant } from './support.ts';

const NOW = new Date('2025-03-01T10:00:00Z');
const SCHEMA = makeClientInputSchema(NOW);

function sealedClients(vault: ClientVault, n: number, tag: string) {
  const start = NOW.getTime();
  return Array.from({ length: n }, (_, i) => {
    const c = SCHEMA.parse(clientBody({ nom: `Nom${i}`, emails: [`${tag}${i}@exemple.fr`], phones: [] }));
    const id = timeOrderedId(start + i);
    return { row: vault.newRow(id, c, { createdAt: new Date(start + i).toISOString() }), indexes: vault.indexes(c) };
  });
}

async function lookupIndexSql(db: Kysely<Database>): Promise<string | undefined> {
  const r = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and name = 'client_index_lookup'`.execute(db);
  return r.rows[0]?.sql;
}

describe('bulk load of the client file on SQLite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => t?.cleanup());

  it('rebuilds the same lookup index after a large load, and restores it when the load fails', async () => {
    const a = await vaultTenant(t, 'bulk-a');
    const definition = await lookupIndexSql(t.app.store.db);
    expect(definition).toMatch(/create unique index client_index_lookup/i);
    const items = sealedClients(a.vault, BULK_LOAD_MIN, 'a');
    const seen: Array<string | undefined> = [];
    const result = await t.app.tx((repos, db) =>
      repos.clients(a.tenantId).bulkLoad(items.length, async () => {
        seen.push(await lookupIndexSql(db));
        await repos.clients(a.tenantId).insertMany(items);
        return 'chargé';
      }),
    );
    expect(result).toBe('chargé');
    expect(seen).toEqual([undefined]); // dropped during the load…
    expect(await lookupIndexSql(t.app.store.db)).toBe(definition); // …and back, identical
    expect((await sql<{ threads: number }>`pragma threads`.execute(t.app.store.db)).rows[0]).toEqual({ threads: 0 }); // the sorter's second thread was only borrowed
    const repo = t.app.repos.clients(a.tenantId);
    const hit = await repo.findByIndex('email', [a.vault.hash('email', normaliseEmail(`a4321@exemple.fr`))]);
    expect(hit.map((h) => h.clientId)).toEqual([items[4321]!.row.id]);
    // Unique again: the same index row cannot go in twice.
    const again = items[7]!.indexes[0]!;
    await expect(sql`insert into client_index (tenant_id, kind, hash, client_id) values (${a.tenantId}, ${again.kind}, ${again.hash}, ${items[7]!.row.id})`.execute(t.app.store.db)).rejects.toThrow(/UNIQUE/);
    const plan = await sql<{ detail: string }>`explain query plan select client_id from client_index where tenant_id = ${a.tenantId} and kind = 'email' and hash = ${again.hash}`.execute(t.app.store.db);
    expect(plan.rows.map((r) => r.detail).join(' ')).toMatch(/client_index_lookup/);

    // A load that fails half-way leaves neither its rows nor a missing index.
    const b = await vaultTenant(t, 'bulk-b');
    const more = sealedClients(b.vault, BULK_LOAD_MIN + 10, 'b');
    await expect(
      t.app.tx((repos) =>
        repos.clients(b.tenantId).bulkLoad(more.length, async () => {
          await repos.clients(b.tenantId).insertMany(more);
          throw new Error('coupure');
        }),
      ),
    ).rejects.toThrow('coupure');
    expect(await lookupIndexSql(t.app.store.db)).toBe(definition);
    expect(await t.app.repos.clients(b.tenantId).count()).toBe(0);
  });

  it('keeps feeding the index when the stored file is larger than the load, or the load small', async () => {
    const c = await vaultTenant(t, 'bulk-c');
    const seen: Array<string | undefined> = [];
    // The file holds BULK_LOAD_MIN records (previous test), one more now: rebuilding would cost more.
    const one = sealedClients(c.vault, 1, 'c')[0]!;
    await t.app.repos.clients(c.tenantId).insert(one.row, one.indexes);
    await t.app.tx((repos, db) =>
      repos.clients(c.tenantId).bulkLoad(BULK_LOAD_MIN, async () => {
        seen.push(await lookupIndexSql(db));
      }),
    );
    await t.app.tx((repos, db) =>
      repos.clients(c.tenantId).bulkLoad(BULK_LOAD_MIN - 1, async () => {
        seen.push(await lookupIndexSql(db));
      }),
    );
    expect(seen).toEqual([expect.stringMatching(/client_index_lookup/), expect.stringMatching(/client_index_lookup/)]);
  });

  it('migration 011 keeps every index row, down to the primary key and up again', async () => {
    const d = await vaultTenant(t, 'bulk-d');
    const c = SCHEMA.parse(clientBody({ nom: 'Migrée', emails: ['migree@exemple.fr'], phones: [] }));
    const id = timeOrderedId(Date.now());
    await t.app.repos.clients(d.tenantId).insert(d.vault.newRow(id, c, { createdAt: NOW.toISOString() }), d.vault.indexes(c));
    const count = async () => Number((await sql<{ n: number }>`select count(*) as n from client_index`.execute(t.app.store.db)).rows[0]!.n);
    const before = await count();
    const migrator = createMigrator(t.app.store.db);
    // down to the migration before 011 (the later ones first)
    const down = await migrator.migrateTo('010_scan_person_index');
    expect(down.error).toBeUndefined();
    expect(down.results?.at(-1)).toMatchObject({ migrationName: '011_client_index_lookup', direction: 'Down', status: 'Success' });
    const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'client_index'`.execute(t.app.store.db);
    expect(table.rows[0]!.sql).toMatch(/primary key \(tenant_id, kind, hash, client_id\)/i);
    expect(await count()).toBe(before);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await count()).toBe(before);
    expect(await lookupIndexSql(t.app.store.db)).toMatch(/create unique index client_index_lookup/i);
    const hit = await t.app.repos.clients(d.tenantId).findByIndex('email', [d.vault.hash('email', 'migree@exemple.fr')]);
    expect(hit.map((h) => h.clientId)).toEqual([id]);
    // Deleting the client still takes its index rows (foreign key, cascade).
    await t.app.repos.clients(d.tenantId).delete(id);
    expect(await t.app.repos.clients(d.tenantId).findByIndex('email', [d.vault.hash('email', 'migree@exemple.fr')])).toEqual([]);
  });
});

describe.each(DIALECTS.filter((d) => d === 'postgres'))('bulk load on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t?.cleanup());

  it('simply runs the load: the primary key stays', async () => {
    const a = await vaultTenant(t, 'bulk-pg');
    const items = sealedClients(a.vault, BULK_LOAD_MIN, 'pg');
    await t.app.tx((repos) => repos.clients(a.tenantId).bulkLoad(items.length, () => repos.clients(a.tenantId).insertMany(items)));
    const hit = await t.app.repos.clients(a.tenantId).findByIndex('email', [a.vault.hash('email', 'pg42@exemple.fr')]);
    expect(hit.map((h) => h.clientId)).toEqual([items[42]!.row.id]);
    const pk = await sql<{ n: number }>`select count(*) as n from pg_constraint where conname = 'client_index_pk'`.execute(t.app.store.db);
    expect(Number(pk.rows[0]!.n)).toBe(1);
  });
});
