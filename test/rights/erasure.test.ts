// Erasure for a request linked to a client: the person disappears from the client file and
// its search, except the invoices the law keeps, and the answer says what remains and why.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { expectError, journal, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { addDocument, move, newClient, newRequest } from './support.ts';

// Both dialects: the erasure leans on foreign keys (documents cascade, the request's link set to null).
describe.each(DIALECTS)('erasure (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;
  const file = (docId: string) => join(env.t.dataDir, 'documents', owner.tenantId, `${docId}.age`);
  const search = async (q: string) => (await owner.client.get(`/api/clients?q=${encodeURIComponent(q)}`)).body.clients as Array<{ id: string }>;

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url);
  });
  afterAll(async () => stopEnv(env));

  it('anonymises a client with invoices: search no longer finds them, the invoice stays with its reason', async () => {
    const clientId = await newClient(owner.client, { nom: 'Garnier', prenom: 'Lucie', emails: ['lucie.garnier@exemple.fr'], phones: ['0611223344'], notes: 'Code portail 1234', status: 'ancien_client', collectedAt: '2024-01-10', relationshipEndedAt: '2025-07-01' });
    const invoice = await addDocument(owner.client, clientId, { kind: 'facture', filename: 'Facture Garnier.pdf', content: 'facture', documentDate: '2025-06-15' });
    const quote = await addDocument(owner.client, clientId, { kind: 'devis', filename: 'Devis Garnier.pdf', content: 'devis', documentDate: '2025-05-01' });
    expect((await search('lucie.garnier@exemple.fr')).map((c) => c.id)).toEqual([clientId]);
    const r = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-10', clientId, requester: { name: 'Lucie Garnier', contact: 'lucie.garnier@exemple.fr' } });
    expectError(await owner.client.post(`/api/rights/${r.id}/erase`, {}), 400, 'DONNEES_INVALIDES', /confirmez l’effacement/);

    const res = await owner.client.post(`/api/rights/${r.id}/erase`, { confirm: true });
    expect(res.status, res.text).toBe(200);
    expect(res.body.erasure).toMatchObject({ mode: 'anonymisation', documentsRemoved: 1, documentsKept: 1 });
    expect(res.body.erasure.kept[0]).toMatchObject({ until: '31 décembre 2035', why: expect.stringContaining('article L123-22 du Code de commerce') });
    expect(res.body.erasure.summary).toMatch(/^Nous avons effacé les données que rien ne nous oblige à garder/);
    expect(res.body.request).toMatchObject({ erasedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), clientId });

    for (const q of ['lucie.garnier@exemple.fr', '06 11 22 33 44', 'Garnier', 'Lucie Garnier']) expect(await search(q)).toEqual([]);
    const row = (await env.t.app.repos.clients(owner.tenantId).get(clientId))!;
    expect(row).toMatchObject({ nom_enc: null, prenom_enc: null, emails_enc: null, phones_enc: null, notes_enc: null, legal_basis: 'obligation_legale', has_invoices: 1 });
    expect(row.anonymised_at).not.toBeNull();
    expect(await env.t.app.store.db.selectFrom('client_index').selectAll().where('client_id', '=', clientId).execute()).toEqual([]);
    const docs = await env.t.app.repos.clientDocuments(owner.tenantId).listFor(clientId);
    expect(docs.map((d) => d.id)).toEqual([invoice]);
    expect(existsSync(file(invoice))).toBe(true);
    expect(existsSync(file(quote))).toBe(false);

    const entry = (await journal(owner.client)).find((e) => e.action === 'droits.effacement')!;
    expect(entry).toMatchObject({ recordId: r.id, details: { client: clientId, mode: 'anonymisation', documentsSupprimes: 1, documentsConserves: 1 } });
    expect(JSON.stringify(entry)).not.toMatch(/Garnier|lucie/i);
    expectError(await owner.client.post(`/api/rights/${r.id}/erase`, { confirm: true }), 409, 'DEJA_EFFACE');
    // The answer stays readable on the request.
    expect((await owner.client.get(`/api/rights/${r.id}`)).body.request.erasure.mode).toBe('anonymisation');
  });

  it('deletes a client without invoices, with every document', async () => {
    const clientId = await newClient(owner.client, { nom: 'Perrin', emails: ['perrin@exemple.fr'], status: 'prospect' });
    const rib = await addDocument(owner.client, clientId, { kind: 'rib', filename: 'RIB.pdf', content: 'rib' });
    const r = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-10', clientId });
    const res = await owner.client.post(`/api/rights/${r.id}/erase`, { confirm: true });
    expect(res.status, res.text).toBe(200);
    expect(res.body.erasure).toMatchObject({ mode: 'suppression', documentsRemoved: 1, documentsKept: 0 });
    expect(res.body.erasure.summary).toMatch(/^Vos données ont été effacées/);
    // The request keeps its trace, no longer tied to a record that is gone.
    expect(res.body.request.clientId).toBeNull();
    expectError(await owner.client.get(`/api/clients/${clientId}`), 404, 'INTROUVABLE');
    expect(await search('perrin@exemple.fr')).toEqual([]);
    expect(existsSync(file(rib))).toBe(false);
  });

  it('keeps what an ongoing contract needs and removes the rest', async () => {
    const clientId = await newClient(owner.client, { nom: 'Roux', emails: ['roux@exemple.fr'], notes: 'Très bavard', source: 'Bouche à oreille', status: 'client' });
    const r = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-10', clientId });
    const res = await owner.client.post(`/api/rights/${r.id}/erase`, { confirm: true, ongoingContract: true });
    expect(res.body.erasure).toMatchObject({ mode: 'partielle', kept: [expect.objectContaining({ what: 'Les coordonnées et informations nécessaires au contrat en cours' }), expect.anything()] });
    const client = (await owner.client.get(`/api/clients/${clientId}`)).body.client;
    expect(client).toMatchObject({ nom: 'Roux', emails: ['roux@exemple.fr'], notes: null, source: null });
    expect((await search('roux@exemple.fr')).map((c) => c.id)).toEqual([clientId]);
  });

  it('refuses without a linked client, before the identity check, and on other kinds of request', async () => {
    const clientId = await newClient(owner.client, { nom: 'Blanc', status: 'prospect' });
    const unlinked = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-10' });
    expectError(await owner.client.post(`/api/rights/${unlinked.id}/erase`, { confirm: true }), 409, 'SANS_FICHE');
    const doubtful = await newRequest(owner.client, { type: 'effacement', channel: 'telephone', identityCheckRequired: true, receivedAt: '2026-01-10', clientId });
    expectError(await owner.client.post(`/api/rights/${doubtful.id}/erase`, { confirm: true }), 409, 'IDENTITE_NON_VERIFIEE');
    const access = await newRequest(owner.client, { type: 'acces', receivedAt: '2026-01-10', clientId });
    expectError(await owner.client.post(`/api/rights/${access.id}/erase`, { confirm: true }), 409, 'TYPE_DEMANDE');
    const refused = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-10', clientId });
    await move(owner.client, refused.id, { to: 'refusee', reason: 'Demande manifestement infondée, répétée.' });
    expectError(await owner.client.post(`/api/rights/${refused.id}/erase`, { confirm: true }), 409, 'DEMANDE_TERMINEE');
    expect((await owner.client.get(`/api/clients/${clientId}`)).status).toBe(200);
  });
});
