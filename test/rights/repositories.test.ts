// The rights and retention repositories on SQLite and on a real PostgreSQL server: tenant
// scoping, the link to a client that may disappear, upserts, and the purge transaction.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../helpers/app.ts';
import { STRONG_PASSWORD } from '../helpers/http.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import { appendJournal, verifyJournal } from '../../src/journal/journal.ts';
import type { ClientRow } from '../../src/db/repositories/clients.ts';
import type { RightsRequestRow } from '../../src/db/repositories/rights.ts';
import { allTenantIds } from '../../src/db/repositories/retention.ts';
import { applyPurge } from '../../src/retention/purge.ts';

async function newTenant(t: TestApp, tag: string) {
  const r = await signUp(
    t.app,
    { raisonSociale: `Atelier ${tag}`, activite: 'photographe', contactNom: 'Zoé Martin', contactEmail: `contact-${tag}@exemple.fr`, nom: 'Zoé Martin', email: `zoe-${tag}@exemple.fr`, password: STRONG_PASSWORD },
    CLI_META,
    { openSession: false },
  );
  return r.tenantId;
}

function clientRow(tenantId: string, over: Partial<ClientRow> = {}): ClientRow {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id: randomUUID(), tenant_id: tenantId, status: 'prospect', legal_basis: 'interet_legitime', collected_at: '2020-01-01', last_contact_at: null, relationship_ended_at: null,
    has_invoices: 0, last_invoice_at: null, civilite_enc: null, nom_enc: 'v1:sealed', prenom_enc: null, emails_enc: 'v1:sealed', phones_enc: null, address_enc: null,
    company_enc: null, notes_enc: null, source_enc: null, consent_enc: null, anonymised_at: null, created_at: at, updated_at: at, ...over,
  };
}

function requestRow(tenantId: string, over: Partial<RightsRequestRow> = {}): RightsRequestRow {
  const at = '2026-02-01T00:00:00.000Z';
  return {
    id: randomUUID(), tenant_id: tenantId, type: 'acces', channel: 'email', status: 'recue', about_marketing: 0, received_on: '2026-01-31', due_on: '2026-02-28',
    extended_on: null, extended_due_on: null, extension_reason_enc: null, identity_check_required: 0, identity_verified_on: null, answered_on: null, refusal_reason_enc: null,
    closed_on: null, client_id: null, requester_name_enc: 'v1:sealed', requester_contact_enc: null, message_enc: null, notes_enc: null, erased_on: null, erasure_report: null,
    created_at: at, created_by: 'someone', updated_at: at, ...over,
  };
}

describe.each(DIALECTS)('rights and retention repositories on %s', (dialect) => {
  let t: TestApp;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [a, b] = await Promise.all([newTenant(t, `a-${dialect}`), newTenant(t, `b-${dialect}`)]);
  });
  afterAll(async () => t?.cleanup());

  it('scopes requests by tenant for insert, get, list, open and update', async () => {
    const rightsA = t.app.repos.rights(a);
    const rightsB = t.app.repos.rights(b);
    const later = requestRow(a, { received_on: '2026-02-10', due_on: '2026-03-10' });
    const sooner = requestRow(a);
    const answered = requestRow(a, { received_on: '2026-01-02', due_on: '2026-02-02', status: 'repondue', answered_on: '2026-01-20' });
    for (const r of [later, sooner, answered]) await rightsA.insert(r);
    await expect(rightsB.insert(requestRow(a))).rejects.toThrow('tenant mismatch');
    expect((await rightsA.list()).map((r) => r.id)).toEqual([answered.id, sooner.id, later.id]);
    expect((await rightsA.open()).map((r) => r.id).sort()).toEqual([sooner.id, later.id].sort());
    expect(await rightsB.get(sooner.id)).toBeUndefined();
    expect(await rightsB.list()).toEqual([]);
    expect(await rightsB.update(sooner.id, { status: 'cloturee' })).toBe(0);
    expect(await rightsA.update(sooner.id, { status: 'en_cours', tenant_id: b, id: 'other' } as never)).toBe(1);
    expect((await rightsA.get(sooner.id))).toMatchObject({ status: 'en_cours', tenant_id: a });
  });

  it('keeps the request when its client is deleted, without the link', async () => {
    const client = clientRow(a);
    await t.app.repos.clients(a).insert(client);
    const r = requestRow(a, { client_id: client.id });
    await t.app.repos.rights(a).insert(r);
    expect(await t.app.repos.clients(a).delete(client.id)).toBe(1);
    expect((await t.app.repos.rights(a).get(r.id))?.client_id).toBeNull();
  });

  it('reads the journal of one record, in order, for its own tenant only', async () => {
    const id = randomUUID();
    await t.app.tx(async (repos) => {
      for (const [tenantId, action] of [[a, 'client.cree'], [b, 'client.lecture'], [a, 'client.lecture'], [a, 'client.modifie']] as const) {
        await appendJournal(t.app, repos, { tenantId, actorId: null, actorLabel: 'owner', action, recordType: 'client', recordId: id });
      }
    });
    expect((await t.app.repos.rights(a).journalOf('client', id)).map((e) => e.action)).toEqual(['client.cree', 'client.lecture', 'client.modifie']);
    expect((await t.app.repos.rights(b).journalOf('client', id)).map((e) => e.action)).toEqual(['client.lecture']);
    expect(await t.app.repos.rights(a).journalOf('droits', id)).toEqual([]);
  });

  it('upserts the policy and the last check, per tenant', async () => {
    const retA = t.app.repos.retention(a);
    expect(await retA.policy()).toBeUndefined();
    await retA.savePolicy('{"prospectMonths":24}', '2026-01-01T00:00:00Z');
    await retA.savePolicy('{"prospectMonths":12}', '2026-01-02T00:00:00Z');
    expect(await retA.policy()).toBe('{"prospectMonths":12}');
    expect(await t.app.repos.retention(b).policy()).toBeUndefined();
    const check = { checked_on: '2026-01-02', to_delete: 3, to_anonymise: 1, expiring_soon: 0, with_warnings: 2, checked_at: '2026-01-02T05:00:00Z' };
    await retA.saveCheck(check);
    await retA.saveCheck({ ...check, to_delete: 0 });
    expect(await retA.lastCheck()).toMatchObject({ tenant_id: a, to_delete: 0, to_anonymise: 1 });
    expect(await t.app.repos.retention(b).lastCheck()).toBeUndefined();
    expect(await allTenantIds(t.app.store.db)).toEqual(expect.arrayContaining([a, b]));
  });

  it('purges in one transaction: a stale preview changes nothing, a matching one deletes and anonymises', async () => {
    const expired = clientRow(b, { collected_at: '2020-01-01' });
    const withInvoice = clientRow(b, { status: 'ancien_client', relationship_ended_at: '2021-06-30', has_invoices: 1, last_invoice_at: '2021-06-01' });
    const kept = clientRow(b, { status: 'client' });
    for (const c of [expired, withInvoice, kept]) await t.app.repos.clients(b).insert(c, [{ kind: 'email', hash: `h-${c.id}` }]);
    const doc = (clientId: string, kind: string) => ({ id: randomUUID(), tenant_id: b, client_id: clientId, kind, filename_enc: 'v1:sealed', mime: 'application/pdf', size: 1, document_date: '2021-06-01', created_at: '2021-06-01T00:00:00Z', created_by: 'x' });
    const [gone, invoice, quote] = [doc(expired.id, 'devis'), doc(withInvoice.id, 'facture'), doc(withInvoice.id, 'devis')];
    for (const d of [gone, invoice, quote]) await t.app.repos.clientDocuments(b).insert(d);
    const who = { tenantId: b, actorId: null, actorLabel: 'system', ip: null };
    await expect(applyPurge(t.app, who, { supprimer: 2, anonymiser: 1 })).rejects.toThrow(/Rien n’a été supprimé/);
    expect(await t.app.repos.clients(b).count()).toBe(3);
    const done = await applyPurge(t.app, who, { supprimer: 1, anonymiser: 1 });
    expect(done).toMatchObject({ supprimees: 1, anonymisees: 1, documentsSupprimes: 2 });
    expect((await t.app.repos.clientDocuments(b).listAll()).map((d) => d.id)).toEqual([invoice.id]);
    expect(await t.app.repos.clients(b).get(expired.id)).toBeUndefined();
    expect(await t.app.repos.clients(b).get(withInvoice.id)).toMatchObject({ nom_enc: null, emails_enc: null, legal_basis: 'obligation_legale' });
    expect(await t.app.repos.clients(b).findByIndex('email', [`h-${withInvoice.id}`, `h-${kept.id}`])).toEqual([{ hash: `h-${kept.id}`, clientId: kept.id }]);
    expect(await t.app.repos.retention(b).lastCheck()).toMatchObject({ to_delete: 0, to_anonymise: 0 });
    expect((await verifyJournal(t.app, b)).ok).toBe(true);
    // Tenant A's clients were never looked at.
    expect((await t.app.repos.retention(a).subjects()).every((s) => s.id !== expired.id)).toBe(true);
  });
});
