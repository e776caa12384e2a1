// The client file through the real HTTP server, on SQLite and PostgreSQL: create, read,
// change, delete, list, search; roles; journal entries without personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, journalSince, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { clientBody, createClient } from './support.ts';

describe.each(DIALECTS)('client file routes (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;
  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('creates, reads, updates and deletes a client, journaling each step', async () => {
    const before = await journal(owner.client);
    const created = await createClient(owner.client);
    expect(created).toMatchObject({ nom: 'Lefèvre', prenom: 'Amélie', emails: ['amelie.lefevre@exemple.fr'], phones: ['+33612345678'], status: 'client', hasInvoices: false });

    const read = await owner.client.get(`/api/clients/${created.id}`);
    expect(read.status, read.text).toBe(200);
    expect(read.body.client).toMatchObject({ id: created.id, address: { lignes: ['3 rue des Tanneurs'], codePostal: '69001', ville: 'Lyon', pays: 'France' }, notes: 'Préfère être appelée le matin.' });
    expect(read.body.documents).toEqual([]);

    const put = await owner.client.put(`/api/clients/${created.id}`, clientBody({ nom: 'Lefèvre-Martin', emails: ['amelie@nouveau.fr'] }));
    expect(put.status, put.text).toBe(200);
    expect(put.body.client).toMatchObject({ nom: 'Lefèvre-Martin', emails: ['amelie@nouveau.fr'] });
    expect(put.body.client.updatedAt >= created.updatedAt).toBe(true);

    // The old e-mail no longer finds the record; the new one does.
    expect((await owner.client.get('/api/clients?q=amelie.lefevre@exemple.fr')).body.total).toBe(0);
    expect((await owner.client.get('/api/clients?q=AMELIE@nouveau.fr')).body.clients.map((c: { id: string }) => c.id)).toEqual([created.id]);

    expect((await owner.client.delete(`/api/clients/${created.id}`)).status).toBe(204);
    expectError(await owner.client.get(`/api/clients/${created.id}`), 404, 'INTROUVABLE', /Client introuvable/);

    const added = await journalSince(owner.client, before);
    const actions = added.map((e) => e.action).reverse();
    expect(actions).toEqual(['client.cree', 'client.lecture', 'client.modifie', 'clients.recherche', 'clients.recherche', 'client.supprime', 'securite.acces_refuse']);
    expect(added.find((e) => e.action === 'client.modifie')?.details).toEqual({ champs: 'nom,emails' });
    for (const e of added.filter((x) => x.action.startsWith('client'))) expect(e.recordType).toBe('client');
    // No personal data in the journal, not even the searched terms.
    // (The owner of the test account is called Jean Dupont: compare the entries, not the actor names.)
    const text = JSON.stringify(added.map((e) => [e.details, e.recordId]));
    for (const secret of ['amelie', 'Lefèvre', 'nouveau.fr', '612345678']) expect(text).not.toContain(secret);
  });

  it('validates input in French and refuses a malformed id', async () => {
    const res = await owner.client.post('/api/clients', clientBody({ emails: ['pas-une-adresse'], nom: null, company: null }));
    expectError(res, 400, 'DONNEES_INVALIDES', /adresse e-mail invalide \(« pas-une-adresse »\)/);
    expectError(await owner.client.get('/api/clients/pas-un-uuid'), 400, 'DONNEES_INVALIDES');
    expectError(await owner.client.post('/api/clients', clientBody({ collectedAt: '2999-01-01' })), 400, 'DONNEES_INVALIDES', /futur/);
  });

  it('lists 50 per page, most recently changed first, with a cursor to the next page', async () => {
    const other = await newOwner(env.url);
    const ids: string[] = [];
    for (let i = 0; i < 53; i++) ids.push((await createClient(other.client, { nom: `Client${String(i).padStart(2, '0')}`, emails: [`c${i}@liste.fr`], phones: [] })).id);
    // Touch the first one: it becomes the most recent.
    expect((await other.client.put(`/api/clients/${ids[0]}`, clientBody({ nom: 'Client00', emails: ['c0@liste.fr'], phones: [], notes: 'modifié' }))).status).toBe(200);
    expect((await other.client.get('/api/clients?total=0')).body.total).toBeNull();
    const first = await other.client.get('/api/clients');
    expect(first.status, first.text).toBe(200);
    expect(first.body.total).toBe(53);
    expect(first.body.clients).toHaveLength(50);
    expect(first.body.clients[0].id).toBe(ids[0]);
    expect(first.body.clients[1].id).toBe(ids[52]);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await other.client.get(`/api/clients?before=${encodeURIComponent(first.body.next)}`);
    expect(second.body.total).toBeNull();
    expect((await other.client.get(`/api/clients?before=${encodeURIComponent(first.body.next)}&total=1`)).body.total).toBe(53);
    expect(second.body.clients.map((c: { id: string }) => c.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(second.body.next).toBeNull();
    const seen = new Set([...first.body.clients, ...second.body.clients].map((c: { id: string }) => c.id));
    expect(seen.size).toBe(53);
    expectError(await other.client.get('/api/clients?before=nimportequoi'), 400, 'CURSEUR_INVALIDE');
    const entries = (await journal(other.client)).filter((e) => e.action === 'clients.liste');
    expect(entries).toHaveLength(4);
    expect(entries.map((e) => e.details.nombre)).toEqual([3, 3, 50, 50]);
  });

  it('searches by e-mail, phone (any writing), exact name and name prefixes', async () => {
    const o = await newOwner(env.url);
    const jean = await createClient(o.client, { civilite: 'M.', prenom: 'Jean', nom: 'Dupont-Moretti', emails: ['Jean.Dupont@Exemple.FR'], phones: ['+33 6 98 76 54 32'] });
    const jeanne = await createClient(o.client, { prenom: 'Jeanne', nom: 'Moreau', emails: ['jeanne@exemple.fr'], phones: ['01 23 45 67 89'] });
    const societe = await createClient(o.client, { prenom: null, nom: null, company: 'Boulangerie Œuvre', emails: [], phones: [] });
    const longName = await createClient(o.client, { prenom: 'Anne', nom: 'Schwarzenegger', emails: [], phones: [] });
    const ids = async (q: string) => {
      const res = await o.client.get(`/api/clients?q=${encodeURIComponent(q)}`);
      expect(res.status, res.text).toBe(200);
      return { type: res.body.type, ids: (res.body.clients as { id: string }[]).map((c) => c.id).sort() };
    };
    expect(await ids(' jean.dupont@exemple.fr ')).toEqual({ type: 'email', ids: [jean.id] });
    expect(await ids('0698765432')).toEqual({ type: 'telephone', ids: [jean.id] });
    expect(await ids('+33 1 23 45 67 89')).toEqual({ type: 'telephone', ids: [jeanne.id] });
    expect(await ids('Jean Dupont Moretti')).toEqual({ type: 'nom', ids: [jean.id] });
    expect(await ids('dupont-moretti')).toEqual({ type: 'nom', ids: [jean.id] });
    expect((await ids('jea')).ids).toEqual([jean.id, jeanne.id].sort());
    expect((await ids('MOR')).ids).toEqual([jean.id, jeanne.id].sort());
    expect((await ids('mor jeanne')).ids).toEqual([jeanne.id]);
    expect((await ids('oeuvre')).ids).toEqual([societe.id]);
    expect((await ids('boulangerie oeuvre')).ids).toEqual([societe.id]);
    // Beyond the 4 letters the index keeps, the rest of the word is still checked.
    expect((await ids('dupont')).ids).toEqual([jean.id]);
    expect((await ids('dupond')).ids).toEqual([]);
    expect((await ids('morea')).ids).toEqual([jeanne.id]); // « more » is in both names; the check keeps Moreau
    expect((await ids('schwarzenegger')).ids).toEqual([longName.id]);
    expect((await ids('schwarzeneggerx')).ids).toEqual([]);
    expect((await ids('inconnu@exemple.fr')).ids).toEqual([]);
    expectError(await o.client.get('/api/clients?q=j'), 400, 'RECHERCHE_TROP_COURTE');
    const searches = (await journal(o.client)).filter((e) => e.action === 'clients.recherche');
    expect(searches.length).toBeGreaterThanOrEqual(13);
    expect(JSON.stringify(searches.map((e) => [e.details, e.recordId]))).not.toMatch(/jean|dupont|moretti|oeuvre|schwarz|698765432/i);
    expect(searches.map((e) => e.details.type)).toContain('telephone');
  });

  it('lets the accountant read but not write; a collaborator writes', async () => {
    const o = await newOwner(env.url);
    const target = await createClient(o.client);
    const email = `compta-${Date.now()}@clients.example`;
    await addUser(o.client, 'accountant', email, OTHER_STRONG_PASSWORD, 'Comptable');
    const accountant = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expect((await accountant.get(`/api/clients/${target.id}`)).status).toBe(200);
    expect((await accountant.get('/api/clients?total=1')).body.total).toBe(1);
    expect((await accountant.get('/api/clients?q=lefevre')).body.total).toBe(1);
    expectError(await accountant.post('/api/clients', clientBody()), 403, 'ROLE_INSUFFISANT', /lecture seule/);
    expectError(await accountant.put(`/api/clients/${target.id}`, clientBody({ nom: 'Piraté' })), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.delete(`/api/clients/${target.id}`), 403, 'ROLE_INSUFFISANT');
    expect((await o.client.get(`/api/clients/${target.id}`)).body.client.nom).toBe('Lefèvre');
    expect((await journal(o.client)).filter((e) => e.action === 'securite.role_refuse')).toHaveLength(3);

    const collabEmail = `collab-${Date.now()}@clients.example`;
    await addUser(o.client, 'collaborator', collabEmail, OTHER_STRONG_PASSWORD, 'Collaboratrice');
    const collab = await loginOk(env.url, collabEmail, OTHER_STRONG_PASSWORD);
    expect((await collab.post('/api/clients', clientBody({ nom: 'Ajouté par collab' }))).status).toBe(201);
  });

  it('answers 403 ACCES_EN_ATTENTE while the user has no data key', async () => {
    const o = await newOwner(env.url);
    const email = `attente-${Date.now()}@clients.example`;
    const user = await addUser(o.client, 'collaborator', email, OTHER_STRONG_PASSWORD, 'En Attente');
    await env.t.app.repos.users(o.tenantId).update(user.id, { wrapped_data_key: null });
    const pending = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expectError(await pending.get('/api/clients'), 403, 'ACCES_EN_ATTENTE', /propriétaire/);
    expectError(await pending.post('/api/clients', clientBody()), 403, 'ACCES_EN_ATTENTE');
    expectError(await pending.get('/api/clients/export?format=json'), 403, 'ACCES_EN_ATTENTE');
  });

  it('requires a session and a CSRF token', async () => {
    const { Client } = await import('../helpers/http.ts');
    const anonymous = new Client(env.url);
    expectError(await anonymous.get('/api/clients'), 401, 'NON_CONNECTE');
    expectError(await owner.client.post('/api/clients', clientBody(), { csrf: 'faux' }), 403, 'CSRF_INVALIDE');
  });
});
