// The register of rights requests through the real HTTP server: deadlines as the API shows
// them, the status machine and its French refusals, extension rules, roles and tenants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { move, newClient, newRequest } from './support.ts';

describe('rights requests', () => {
  let env: Env;
  let owner: Owner;

  beforeAll(async () => {
    env = await startEnv('sqlite');
    // Mid-February 2026: January 31st requests fall due at the end of February.
    env.t.clock.now = new Date('2026-02-10T10:00:00Z');
    owner = await newOwner(env.url);
  });
  afterAll(async () => stopEnv(env));

  it('shows the deadline through the API: received 31 January → due 28 February, days left', async () => {
    const r = await newRequest(owner.client, { type: 'acces', receivedAt: '2026-01-31' });
    expect(r).toMatchObject({ status: 'recue', dueDate: '2026-02-28', deadline: { status: 'ok', daysLeft: 18, dueDate: '2026-02-28' } });
    expect(r.deadline.message).toBe("18 jours pour répondre (jusqu'au 28 février 2026).");
    const got = await owner.client.get(`/api/rights/${r.id}`);
    expect(got.body.request).toMatchObject({ firstDueDate: '2026-02-28', extendedDueDate: null, extension: { possible: true }, typeLabel: "Droit d'accès (art. 15)" });
  });

  it('counts 29 February in a leap year', async () => {
    env.t.clock.now = new Date('2028-02-10T10:00:00Z');
    try {
      // Sessions follow the clock: sign in again two years later.
      const client = await loginOk(env.url, owner.email, owner.password);
      const r = await newRequest(client, { type: 'acces', receivedAt: '2028-01-31' });
      expect(r).toMatchObject({ dueDate: '2028-02-29', deadline: { daysLeft: 19 } });
    } finally {
      env.t.clock.now = new Date('2026-02-10T10:00:00Z');
    }
  });

  it('lists requests by deadline with the days left, and warns on the dashboard', async () => {
    const other = await newOwner(env.url);
    const late = await newRequest(other.client, { type: 'effacement', receivedAt: '2026-01-05' });
    const soon = await newRequest(other.client, { type: 'opposition', receivedAt: '2026-01-14' });
    const later = await newRequest(other.client, { type: 'rectification', receivedAt: '2026-02-01' });
    const list = await other.client.get('/api/rights');
    expect(list.status).toBe(200);
    expect(list.body.requests.map((r: { id: string }) => r.id)).toEqual([late.id, soon.id, later.id]);
    expect(list.body.requests.map((r: { deadline: { status: string; daysLeft: number } }) => [r.deadline.status, r.deadline.daysLeft])).toEqual([
      ['depassee', -5],
      ['bientot', 4],
      ['ok', 19],
    ]);
    expect(list.body.counts).toEqual({ total: 3, bientot: 1, depassee: 1 });
    expect(list.body.requests[0].requester).toEqual({ name: 'Paul Martin', contact: 'paul.martin@exemple.fr', message: null });
    const notices = (await other.client.get('/api/auth/me')).body.notices as Array<{ type: string; message: string }>;
    expect(notices.find((n) => n.type === 'droits_retard')?.message).toMatch(/^1 demande d’exercice des droits a dépassé le délai/);
    expect(notices.find((n) => n.type === 'droits_echeance')?.message).toMatch(/^1 demande .* dans les 7 jours/);
    // Answered: the notice goes away.
    expect((await move(other.client, late.id, { to: 'repondue' })).status).toBe(200);
    const after = (await other.client.get('/api/auth/me')).body.notices as Array<{ type: string }>;
    expect(after.map((n) => n.type)).not.toContain('droits_retard');
  });

  it('moves through the statuses and refuses forbidden moves in French (409)', async () => {
    const r = await newRequest(owner.client, { type: 'acces', channel: 'telephone', receivedAt: '2026-02-02', identityCheckRequired: undefined });
    const detail = (await owner.client.get(`/api/rights/${r.id}`)).body.request;
    // A phone call leaves a doubt: the check is suggested by default (art. 12.6).
    expect(detail.identityCheckRequired).toBe(true);
    expectError(await move(owner.client, r.id, { to: 'repondue' }), 409, 'TRANSITION_REFUSEE', /^Impossible de répondre avant d'avoir vérifié l'identité/);
    expectError(await move(owner.client, r.id, { to: 'cloturee' }), 409, 'TRANSITION_REFUSEE', /Répondez à la demande ou refusez-la avant de la clôturer/);
    expectError(await move(owner.client, r.id, { to: 'inconnu' }), 400, 'DONNEES_INVALIDES');
    const answered = await move(owner.client, r.id, { to: 'repondue', identityVerified: true });
    expect(answered.status, answered.text).toBe(200);
    expect(answered.body.request).toMatchObject({ status: 'repondue', answeredAt: '2026-02-10', identityVerifiedAt: '2026-02-10', deadline: { answered: true, status: 'ok' } });
    expect((await move(owner.client, r.id, { to: 'cloturee' })).body.request.closedAt).toBe('2026-02-10');
    expectError(await move(owner.client, r.id, { to: 'en_cours' }), 409, 'TRANSITION_REFUSEE', /^La demande est clôturée/);
  });

  it('extends once, with a reason, before the first deadline only', async () => {
    const r = await newRequest(owner.client, { type: 'portabilite', receivedAt: '2026-01-31' });
    expectError(await move(owner.client, r.id, { to: 'prolongee' }), 409, 'TRANSITION_REFUSEE', /motif de la prolongation/);
    const ok = await move(owner.client, r.id, { to: 'prolongee', reason: 'Dix ans de correspondance à rassembler.' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.request).toMatchObject({ status: 'prolongee', extendedAt: '2026-02-10', dueDate: '2026-04-30', extendedDueDate: '2026-04-30', extensionReason: 'Dix ans de correspondance à rassembler.', extension: { possible: false } });
    await move(owner.client, r.id, { to: 'verification_identite' });
    expect((await move(owner.client, r.id, { to: 'en_cours', identityVerified: true })).status).toBe(200);
    expectError(await move(owner.client, r.id, { to: 'prolongee', reason: 'Encore davantage de pièces.' }), 409, 'TRANSITION_REFUSEE', /une seule prolongation/);

    const old = await newRequest(owner.client, { type: 'acces', receivedAt: '2026-01-05' });
    expectError(await move(owner.client, old.id, { to: 'prolongee', reason: 'Dix ans de correspondance à rassembler.' }), 409, 'TRANSITION_REFUSEE', /^Trop tard pour prolonger : .*5 février 2026/);
    expect((await owner.client.get(`/api/rights/${old.id}`)).body.request.extension).toEqual({ possible: false, reason: expect.stringMatching(/^Trop tard/) });
  });

  it('refuses only with a reason, and never an objection to prospection', async () => {
    const r = await newRequest(owner.client, { type: 'opposition', aboutMarketing: true, receivedAt: '2026-02-03' });
    expectError(await move(owner.client, r.id, { to: 'refusee', reason: 'Nous tenons à vous écrire encore.' }), 409, 'TRANSITION_REFUSEE', /ne peut pas être refusée/);
    const other = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-02-03' });
    expectError(await move(owner.client, other.id, { to: 'refusee' }), 409, 'TRANSITION_REFUSEE', /^Indiquez le motif du refus/);
    const refused = await move(owner.client, other.id, { to: 'refusee', reason: 'Demande manifestement excessive, la dixième ce mois-ci.' });
    expect(refused.body.request).toMatchObject({ status: 'refusee', refusalReason: 'Demande manifestement excessive, la dixième ce mois-ci.' });
  });

  it('validates creation: future receipt, unknown type, missing requester, another tenant’s client', async () => {
    expectError(await owner.client.post('/api/rights', { type: 'acces', channel: 'email', receivedAt: '2026-02-11', requester: { name: 'X' } }), 400, 'DEMANDE_INVALIDE', /dans le futur/);
    expectError(await owner.client.post('/api/rights', { type: 'oubli', channel: 'email', receivedAt: '2026-02-01', requester: { name: 'X' } }), 400, 'DONNEES_INVALIDES', /type de demande inconnu/);
    expectError(await owner.client.post('/api/rights', { type: 'acces', channel: 'email', receivedAt: '2026-02-01', requester: {} }), 400, 'DONNEES_INVALIDES', /nom ou le contact/);
    const stranger = await newOwner(env.url);
    const theirs = await newClient(stranger.client, { nom: 'Secret', status: 'client' });
    expectError(await owner.client.post('/api/rights', { type: 'acces', channel: 'email', receivedAt: '2026-02-01', requester: { name: 'X' }, clientId: theirs }), 404, 'INTROUVABLE', /^Client introuvable/);
  });

  it('links a client, suggests matches by e-mail, journals without personal data and stores it sealed', async () => {
    const clientId = await newClient(owner.client, { nom: 'Lefèvre', prenom: 'Agnès', emails: ['agnes.lefevre@exemple.fr'], status: 'client' });
    const r = await newRequest(owner.client, { type: 'acces', receivedAt: '2026-02-09', requester: { name: 'Agnès Lefèvre', contact: 'Agnes.Lefevre@exemple.fr', message: 'Je veux mes données.' } });
    const detail = await owner.client.get(`/api/rights/${r.id}`);
    expect(detail.body.clientMatches).toEqual([{ id: clientId, label: 'Agnès Lefèvre', status: 'client' }]);
    const put = await owner.client.put(`/api/rights/${r.id}`, { channel: 'email', clientId, requester: { name: 'Agnès Lefèvre', contact: 'agnes.lefevre@exemple.fr', message: 'Je veux mes données.' }, notes: 'Cliente depuis 2019.' });
    expect(put.status, put.text).toBe(200);
    expect(put.body.request).toMatchObject({ clientId, notes: 'Cliente depuis 2019.' });
    expect((await owner.client.get(`/api/rights/${r.id}`)).body.client).toMatchObject({ id: clientId, label: 'Agnès Lefèvre' });
    const entries = await journal(owner.client);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['droits.demande_creee', 'droits.demande_modifiee', 'droits.lecture', 'droits.statut_modifie', 'droits.delai_prolonge']));
    expect(entries.find((e) => e.action === 'droits.demande_modifiee')).toMatchObject({ recordId: r.id, details: { champs: 'clientId,requester,notes' } });
    const text = JSON.stringify(entries);
    for (const secret of ['Agnès', 'Lefèvre', 'agnes.lefevre', 'Je veux mes données', 'Dix ans de correspondance']) expect(text).not.toContain(secret);
    const raw = JSON.stringify(await env.t.app.store.db.selectFrom('rights_requests').selectAll().execute());
    for (const secret of ['Agnès', 'agnes.lefevre', 'Paul Martin', 'Cliente depuis', 'Dix ans de correspondance']) expect(raw).not.toContain(secret);
  });

  it('lets the accountant read but not act (403), and answers 404 for another tenant’s request', async () => {
    const r = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-02-05' });
    const email = `compta-${Date.now()}@exemple.fr`;
    await addUser(owner.client, 'accountant', email, OTHER_STRONG_PASSWORD, 'Claire Compta');
    const acc = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expect((await acc.get('/api/rights')).status).toBe(200);
    expect((await acc.get(`/api/rights/${r.id}`)).status).toBe(200);
    expectError(await acc.post('/api/rights', { type: 'acces', channel: 'email', receivedAt: '2026-02-01', requester: { name: 'X' } }), 403, 'ROLE_INSUFFISANT', /lecture seule/);
    expectError(await move(acc, r.id, { to: 'en_cours' }), 403, 'ROLE_INSUFFISANT');
    expectError(await acc.put(`/api/rights/${r.id}`, { channel: 'email', requester: { name: 'X' } }), 403, 'ROLE_INSUFFISANT');
    expectError(await acc.post(`/api/rights/${r.id}/erase`, { confirm: true }), 403, 'ROLE_INSUFFISANT');
    expect((await owner.client.get(`/api/rights/${r.id}`)).body.request.status).toBe('recue');

    const stranger = await newOwner(env.url);
    expectError(await stranger.client.get(`/api/rights/${r.id}`), 404, 'INTROUVABLE', /^Demande introuvable\.$/);
    expectError(await move(stranger.client, r.id, { to: 'en_cours' }), 404, 'INTROUVABLE');
    expect((await stranger.client.get('/api/rights')).body.requests).toEqual([]);
    const refusals = (await journal(stranger.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === r.id);
    expect(refusals).toHaveLength(2);
  });
});
