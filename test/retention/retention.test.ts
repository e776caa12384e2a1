// Retention through the HTTP server: the policy, the dry-run preview, the purge that only
// runs with the preview's counts, and the daily check that warns without purging.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { checkAllTenants, startRetentionJob } from '../../src/retention/daily.ts';
import { addDocument, newClient } from '../rights/support.ts';

describe('retention', () => {
  let env: Env;
  let owner: Owner;
  const ids = {} as Record<'oldProspect' | 'newProspect' | 'exWithInvoice' | 'exWithout' | 'active', string>;
  let invoice: string;
  let contract: string;
  const clientCount = async () => env.t.app.repos.clients(owner.tenantId).count();

  beforeAll(async () => {
    env = await startEnv('sqlite');
    // Fixed day so that « more than 3 years ago » does not drift with the real date.
    env.t.clock.now = new Date('2026-11-20T10:00:00Z');
    owner = await newOwner(env.url);
    ids.oldProspect = await newClient(owner.client, { nom: 'Ancien Prospect', emails: ['vieux@exemple.fr'], status: 'prospect', collectedAt: '2023-01-10', lastContactAt: '2023-06-01' });
    ids.newProspect = await newClient(owner.client, { nom: 'Nouveau Prospect', status: 'prospect', collectedAt: '2023-01-10', lastContactAt: '2024-02-01' });
    ids.exWithInvoice = await newClient(owner.client, { nom: 'Fauré', prenom: 'Hélène', emails: ['helene.faure@exemple.fr'], status: 'ancien_client', collectedAt: '2021-03-01', relationshipEndedAt: '2022-06-30' });
    invoice = await addDocument(owner.client, ids.exWithInvoice, { kind: 'facture', filename: 'Facture 2022.pdf', content: 'facture', documentDate: '2022-05-01' });
    contract = await addDocument(owner.client, ids.exWithInvoice, { kind: 'contrat', filename: 'Contrat Fauré.pdf', content: 'contrat', documentDate: '2021-03-01' });
    ids.exWithout = await newClient(owner.client, { nom: 'Sans Facture', status: 'ancien_client', collectedAt: '2020-01-01', relationshipEndedAt: '2023-01-15' });
    ids.active = await newClient(owner.client, { nom: 'Actif', status: 'client', collectedAt: '2019-01-01' });
  });
  afterAll(async () => stopEnv(env));

  it('serves the CNIL defaults and lets only the owner change them within the legal bounds', async () => {
    const got = await owner.client.get('/api/retention/policy');
    expect(got.body).toMatchObject({ custom: false, policy: { prospectMonths: 36, clientAfterEndMonths: 36, accountingMonths: 120, consentProofMonths: 60 } });
    expectError(await owner.client.put('/api/retention/policy', { prospectMonths: 48 }), 400, 'POLITIQUE_INVALIDE', /Prospects : entre 1 et 36 mois/);
    const email = `collab-${Date.now()}@exemple.fr`;
    await addUser(owner.client, 'collaborator', email, OTHER_STRONG_PASSWORD, 'Colette Collab');
    const collab = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expectError(await collab.put('/api/retention/policy', { prospectMonths: 24 }), 403, 'ROLE_INSUFFISANT');
    expectError(await collab.post('/api/retention/apply', { confirm: true, expected: { supprimer: 0, anonymiser: 0 } }), 403, 'ROLE_INSUFFISANT');
    expect((await collab.get('/api/retention/preview')).status).toBe(200);
    const put = await owner.client.put('/api/retention/policy', { prospectMonths: 24 });
    expect(put.body).toMatchObject({ custom: true, policy: { prospectMonths: 24 } });
    expect((await journal(owner.client)).find((e) => e.action === 'retention.politique_modifiee')?.details).toMatchObject({ prospectMonths: 24 });
    // Back to the defaults for the rest of the suite.
    expect((await owner.client.put('/api/retention/policy', {})).body.policy.prospectMonths).toBe(36);
  });

  it('previews without changing anything, with names and reasons', async () => {
    const res = await owner.client.get('/api/retention/preview');
    expect(res.status, res.text).toBe(200);
    const { report, expected } = res.body;
    expect(report.counts).toEqual({ supprimer: 2, anonymiser: 1, garder: 2 });
    expect(expected).toEqual({ supprimer: 2, anonymiser: 1 });
    const line = (id: string) => report.lines.find((l: { id: string }) => l.id === id);
    expect(line(ids.oldProspect)).toMatchObject({ action: 'supprimer', label: 'Ancien Prospect', expiresAt: '2026-06-01', reason: expect.stringMatching(/^Prospect : 3 ans après le dernier contact/) });
    expect(line(ids.exWithInvoice)).toMatchObject({ action: 'anonymiser', label: 'Hélène Fauré', accountingUntil: '2032-12-31', reason: expect.stringMatching(/factures restent telles qu'émises/) });
    expect(line(ids.exWithout)).toMatchObject({ action: 'supprimer', expiresAt: '2026-01-15' });
    expect(line(ids.newProspect)).toMatchObject({ action: 'garder', expiresAt: '2027-02-01' });
    expect(await clientCount()).toBe(5);
  });

  it('puts a dashboard notice from the daily check, which never purges', async () => {
    const job = startRetentionJob(env.t.app, 60_000);
    await job.first;
    await job.stop();
    const notice = ((await owner.client.get('/api/auth/me')).body.notices as Array<{ type: string; message: string }>).find((n) => n.type === 'conservation');
    expect(notice?.message).toMatch(/^3 fiches à supprimer ou anonymiser/);
    expect(await clientCount()).toBe(5);
    expect((await journal(owner.client)).map((e) => e.action)).not.toContain('retention.appliquee');
  });

  it('refuses to apply with counts that differ from a fresh preview (409), changing nothing', async () => {
    const before = await journal(owner.client);
    expectError(await owner.client.post('/api/retention/apply', { confirm: true, expected: { supprimer: 1, anonymiser: 1 } }), 409, 'APERCU_PERIME', /Rien n’a été supprimé/);
    expectError(await owner.client.post('/api/retention/apply', { expected: { supprimer: 2, anonymiser: 1 } }), 400, 'DONNEES_INVALIDES', /confirmez la purge/);
    expect(await clientCount()).toBe(5);
    expect((await env.t.app.repos.clients(owner.tenantId).get(ids.exWithInvoice))!.anonymised_at).toBeNull();
    expect((await journal(owner.client)).filter((e) => e.action === 'retention.appliquee')).toHaveLength(0);
    expect((await journal(owner.client)).length).toBeGreaterThanOrEqual(before.length);
  });

  it('applies: deletes expired prospects and ex-clients, anonymises those with invoices, keeps the invoices', async () => {
    const res = await owner.client.post('/api/retention/apply', { confirm: true, expected: { supprimer: 2, anonymiser: 1 } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.report).toMatchObject({ date: '2026-11-20', supprimees: 2, anonymisees: 1, documentsSupprimes: 1 });
    expect(res.body.report.lignes.map((l: { id: string; action: string }) => [l.id, l.action]).sort()).toEqual(
      [[ids.oldProspect, 'supprimer'], [ids.exWithout, 'supprimer'], [ids.exWithInvoice, 'anonymiser']].sort(),
    );
    expectError(await owner.client.get(`/api/clients/${ids.oldProspect}`), 404, 'INTROUVABLE');
    expectError(await owner.client.get(`/api/clients/${ids.exWithout}`), 404, 'INTROUVABLE');
    const anon = (await owner.client.get(`/api/clients/${ids.exWithInvoice}`)).body;
    expect(anon.client).toMatchObject({ nom: null, prenom: null, emails: [], hasInvoices: true, legalBasis: 'obligation_legale' });
    expect(anon.client.anonymisedAt).not.toBeNull();
    expect(anon.documents.map((d: { id: string }) => d.id)).toEqual([invoice]);
    expect(existsSync(join(env.t.dataDir, 'documents', owner.tenantId, `${invoice}.age`))).toBe(true);
    expect(existsSync(join(env.t.dataDir, 'documents', owner.tenantId, `${contract}.age`))).toBe(false);
    expect((await owner.client.get('/api/clients?q=helene.faure%40exemple.fr')).body.clients).toEqual([]);
    const entry = (await journal(owner.client)).find((e) => e.action === 'retention.appliquee');
    expect(entry?.details).toMatchObject({ supprimees: 2, anonymisees: 1, documentsSupprimes: 1, date: '2026-11-20' });

    // Nothing left to do, and the anonymised record is not counted again.
    const after = (await owner.client.get('/api/retention/preview')).body.report;
    expect(after.counts).toEqual({ supprimer: 0, anonymiser: 0, garder: 3 });
    expect(after.lines.find((l: { id: string }) => l.id === ids.exWithInvoice)).toMatchObject({ action: 'garder', label: 'Client anonymisé', reason: expect.stringMatching(/^Fiche anonymisée le 20 novembre 2026/) });
    expect(((await owner.client.get('/api/auth/me')).body.notices as Array<{ type: string }>).map((n) => n.type)).not.toContain('conservation');
    await checkAllTenants(env.t.app);
    expect(((await owner.client.get('/api/auth/me')).body.notices as Array<{ type: string }>).map((n) => n.type)).not.toContain('conservation');
  });

  it('keeps the accountant read-only', async () => {
    const email = `compta-${Date.now()}@exemple.fr`;
    await addUser(owner.client, 'accountant', email, OTHER_STRONG_PASSWORD, 'Claude Compta');
    const acc = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expect((await acc.get('/api/retention/policy')).status).toBe(200);
    expect((await acc.get('/api/retention/preview')).status).toBe(200);
    expectError(await acc.put('/api/retention/policy', { prospectMonths: 12 }), 403, 'ROLE_INSUFFISANT');
    expectError(await acc.post('/api/retention/apply', { confirm: true, expected: { supprimer: 0, anonymiser: 0 } }), 403, 'ROLE_INSUFFISANT');
  });
});
