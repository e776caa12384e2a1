// The client repository and vault on SQLite and on a real PostgreSQL server.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClientInputSchema, type Client } from '../../src/core/clients/types.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { createTestApp, DIALECTS, type TestApp } from '../helpers/app.ts';
import { clientBody, vaultTenant } from './support.ts';

const NOW = new Date('2025-03-01T10:00:00Z');
const SCHEMA = makeClientInputSchema(NOW);
const client = (overrides: Record<string, unknown> = {}): Client => SCHEMA.parse(clientBody(overrides));

describe.each(DIALECTS)('client repository on %s', (dialect) => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof vaultTenant>>;
  let b: Awaited<ReturnType<typeof vaultTenant>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await vaultTenant(t, `a-${dialect}`);
    b = await vaultTenant(t, `b-${dialect}`);
  });
  afterAll(async () => t?.cleanup());

  it('round-trips a client through the vault, with every personal column sealed', async () => {
    const c = client({ marketingConsent: { given: true, at: '2024-01-05', channel: 'formulaire', textShown: 'J’accepte de recevoir la lettre.' }, legalBasis: 'consentement' });
    const id = randomUUID();
    const row = a.vault.newRow(id, c, { createdAt: NOW.toISOString() });
    await t.app.repos.clients(a.tenantId).insert(row, a.vault.indexes(c));
    const stored = (await t.app.repos.clients(a.tenantId).get(id))!;
    expect(a.vault.open(stored)).toMatchObject({ ...c, id, hasInvoices: false, createdAt: NOW.toISOString() });
    const raw = JSON.stringify(stored);
    for (const clear of ['Lefèvre', 'Amélie', 'amelie', '612345678', 'Tanneurs', 'Lyon', 'matin', 'oreille', 'lettre']) expect(raw).not.toContain(clear);
    for (const col of ['nom_enc', 'prenom_enc', 'emails_enc', 'phones_enc', 'address_enc', 'notes_enc', 'consent_enc'] as const) expect(stored[col]).toMatch(/^v1:/);
  });

  it('binds each ciphertext to its row, column and key', async () => {
    const [x, y] = [randomUUID(), randomUUID()];
    const repo = t.app.repos.clients(a.tenantId);
    await repo.insert(a.vault.newRow(x, client({ nom: 'Premier' }), { createdAt: NOW.toISOString() }));
    await repo.insert(a.vault.newRow(y, client({ nom: 'Second' }), { createdAt: NOW.toISOString() }));
    const rowX = (await repo.get(x))!;
    const rowY = (await repo.get(y))!;
    expect(() => a.vault.open({ ...rowY, nom_enc: rowX.nom_enc })).toThrow();
    expect(() => a.vault.open({ ...rowX, nom_enc: rowX.prenom_enc })).toThrow();
    expect(() => new ClientVault(a.tenantId, randomBytes(32)).open(rowX)).toThrow();
    expect(() => b.vault.open(rowX)).toThrow('tenant mismatch');
  });

  it('scopes get, update, delete, page and lookups by tenant', async () => {
    const id = randomUUID();
    const c = client({ emails: ['scope@exemple.fr'] });
    await t.app.repos.clients(a.tenantId).insert(a.vault.newRow(id, c, { createdAt: NOW.toISOString() }), a.vault.indexes(c));
    const repoB = t.app.repos.clients(b.tenantId);
    expect(await repoB.get(id)).toBeUndefined();
    expect(await repoB.getMany([id])).toEqual([]);
    expect(await repoB.update(id, { status: 'prospect' })).toBe(0);
    expect(await repoB.delete(id)).toBe(0);
    expect((await repoB.page(100)).map((r) => r.id)).not.toContain(id);
    expect(await repoB.findByIndex('email', [a.vault.hash('email', 'scope@exemple.fr')])).toEqual([]);
    expect((await t.app.repos.clients(a.tenantId).get(id))?.status).toBe('client');
    await expect(repoB.insert(a.vault.newRow(randomUUID(), c, { createdAt: NOW.toISOString() }))).rejects.toThrow('tenant mismatch');
    // The same e-mail in two tenants gives unrelated blind indexes.
    expect(a.vault.hash('email', 'scope@exemple.fr')).not.toBe(b.vault.hash('email', 'scope@exemple.fr'));
  });

  it('finds by blind index and replaces the indexes of a record', async () => {
    const repo = t.app.repos.clients(b.tenantId);
    const id = randomUUID();
    const before = client({ nom: 'Garnier', prenom: 'Hugo', emails: ['hugo@garnier.fr'], phones: ['0611223344'] });
    await repo.insert(b.vault.newRow(id, before, { createdAt: NOW.toISOString() }), b.vault.indexes(before));
    const h = (kind: 'email' | 'phone' | 'name' | 'prefix', v: string) => b.vault.hash(kind, v);
    expect(await repo.findByIndex('email', [h('email', 'hugo@garnier.fr')])).toEqual([{ hash: h('email', 'hugo@garnier.fr'), clientId: id }]);
    expect((await repo.findByIndex('phone', [h('phone', '+33611223344')])).map((m) => m.clientId)).toEqual([id]);
    expect((await repo.findByIndex('prefix', [h('prefix', 'gar')])).map((m) => m.clientId)).toEqual([id]);
    expect((await repo.findByIndex('prefix', [h('prefix', 'garn')])).map((m) => m.clientId)).toEqual([id]);
    expect(await repo.findByIndex('prefix', [h('prefix', 'garni')])).toEqual([]); // four letters at most
    // Prefixes of « hugo » and « garnier » (2 to 4 letters), the e-mail and the phone: no whole-name row.
    expect(b.vault.indexes(before).map((e) => e.kind).sort()).toEqual(['email', 'phone', ...Array(6).fill('prefix')]);
    const after = client({ nom: 'Garnier', prenom: 'Hugo', emails: ['hugo@ailleurs.fr'], phones: [] });
    await repo.replaceIndexes(id, b.vault.indexes(after));
    expect(await repo.findByIndex('email', [h('email', 'hugo@garnier.fr')])).toEqual([]);
    expect((await repo.findByIndex('email', [h('email', 'hugo@ailleurs.fr')])).map((m) => m.clientId)).toEqual([id]);
    expect(await repo.findByIndex('phone', [h('phone', '+33611223344')])).toEqual([]);
    // Deleting the record takes its indexes with it.
    expect(await repo.delete(id)).toBe(1);
    expect(await repo.findByIndex('email', [h('email', 'hugo@ailleurs.fr')])).toEqual([]);
  });

  it('bulk-inserts in chunks, pages newest first by (updated_at, id) through ties, all or nothing', async () => {
    const c = await vaultTenant(t, `c-${dialect}`);
    const repo = t.app.repos.clients(c.tenantId);
    const rows = Array.from({ length: 1234 }, (_, i) => {
      const cl = client({ nom: `Bulk${i}`, emails: [`bulk${i}@exemple.fr`], phones: [] });
      // Groups of 7 share a timestamp: the id must break the ties.
      const at = new Date(NOW.getTime() - Math.floor(i / 7) * 1000).toISOString();
      return { row: c.vault.newRow(randomUUID(), cl, { createdAt: at }), indexes: c.vault.indexes(cl) };
    });
    const progress: number[] = [];
    await t.app.tx((repos) => repos.clients(c.tenantId).insertMany(rows, (n) => void progress.push(n)));
    expect(progress).toEqual([400, 800, 1200, 1234]);
    expect(await repo.count()).toBe(1234);
    expect((await repo.findByIndex('email', [c.vault.hash('email', 'bulk1233@exemple.fr')])).map((m) => m.clientId)).toEqual([rows[1233]!.row.id]);

    const expected = rows.map((r) => r.row).sort((x, y) => y.updated_at.localeCompare(x.updated_at) || y.id.localeCompare(x.id)).map((r) => r.id);
    const seen: string[] = [];
    let cursor: { updatedAt: string; id: string } | undefined;
    for (;;) {
      const page = await repo.page(50, cursor);
      seen.push(...page.map((r) => r.id));
      if (page.length < 50) break;
      cursor = { updatedAt: page.at(-1)!.updated_at, id: page.at(-1)!.id };
    }
    expect(seen).toEqual(expected);

    const failing = [{ row: c.vault.newRow(randomUUID(), client(), { createdAt: NOW.toISOString() }), indexes: [] }, rows[0]!];
    await expect(t.app.tx((repos) => repos.clients(c.tenantId).insertMany(failing))).rejects.toThrow();
    expect(await repo.count()).toBe(1234);
  });

  it('keeps one age key per tenant and cascades documents with their client', async () => {
    const docs = t.app.repos.clientDocuments(a.tenantId);
    const first = await docs.saveAgeKeyOnce({ recipient: 'age1premier', identity_enc: 'v1:x', created_at: NOW.toISOString() });
    const second = await docs.saveAgeKeyOnce({ recipient: 'age1second', identity_enc: 'v1:y', created_at: NOW.toISOString() });
    expect(second.recipient).toBe(first.recipient);
    expect(await t.app.repos.clientDocuments(b.tenantId).ageKey()).toBeUndefined();

    const clientId = randomUUID();
    await t.app.repos.clients(a.tenantId).insert(a.vault.newRow(clientId, client(), { createdAt: NOW.toISOString() }));
    const docId = randomUUID();
    await docs.insert({ id: docId, tenant_id: a.tenantId, client_id: clientId, kind: 'devis', filename_enc: 'v1:z', mime: 'application/pdf', size: 3, document_date: null, created_at: NOW.toISOString(), created_by: a.userId });
    expect(await t.app.repos.clientDocuments(b.tenantId).get(clientId, docId)).toBeUndefined();
    expect(await t.app.repos.clientDocuments(b.tenantId).delete(clientId, docId)).toBe(0);
    expect((await docs.listFor(clientId)).map((d) => d.id)).toEqual([docId]);
    await t.app.repos.clients(a.tenantId).delete(clientId);
    expect(await docs.listFor(clientId)).toEqual([]);
  });
});
