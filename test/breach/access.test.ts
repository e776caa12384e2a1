// Who may do what with the breach register: the accountant reads everything and changes
// nothing; a collaborator records incidents; another business sees none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../helpers/http.ts';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, freeze, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { lostLaptop } from './fixtures.ts';

describe('breach register access', () => {
  let env: Env;
  let owner: Owner;
  let accountant: Client;
  let collaborator: Client;
  let id: string;
  let now: Date;

  beforeAll(async () => {
    env = await startEnv('sqlite');
    owner = await newOwner(env.url);
    await addUser(owner.client, 'accountant', `compta-${Date.now()}@exemple.fr`, OTHER_STRONG_PASSWORD, 'Comptable');
    const users = (await owner.client.get('/api/users')).body.users as { email: string; role: string }[];
    accountant = await loginOk(env.url, users.find((u) => u.role === 'accountant')!.email, OTHER_STRONG_PASSWORD);
    const collabEmail = `collab-${Date.now()}@exemple.fr`;
    await addUser(owner.client, 'collaborator', collabEmail, OTHER_STRONG_PASSWORD, 'Collaboratrice');
    collaborator = await loginOk(env.url, collabEmail, OTHER_STRONG_PASSWORD);
    now = freeze(env.t);
    id = (await owner.client.post('/api/breaches', lostLaptop(now))).body.violation.id;
    expect((await owner.client.post(`/api/breaches/${id}/assess`, {})).status).toBe(200);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('lets the accountant read the register, the incident and the CNIL content', async () => {
    const list = await accountant.get('/api/breaches');
    expect(list.status).toBe(200);
    expect(list.body.violations.map((v: { id: string }) => v.id)).toContain(id);
    const one = await accountant.get(`/api/breaches/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.violation.incident.description).toContain('Lucienne Bertrand');
    expect((await accountant.get(`/api/breaches/${id}/cnil?format=txt`)).status).toBe(200);
  });

  it('refuses every change to the accountant (403), journaled, changing nothing', async () => {
    const before = (await owner.client.get(`/api/breaches/${id}`)).body.violation;
    const count = (await owner.client.get('/api/breaches')).body.violations.length;
    const at = now.toISOString();
    const writes: [string, string, unknown][] = [
      ['POST', '/api/breaches', { titre: 'Par le comptable' }],
      ['PUT', `/api/breaches/${id}`, { titre: 'Modifié par le comptable' }],
      ['POST', `/api/breaches/${id}/assess`, {}],
      ['POST', `/api/breaches/${id}/override`, { notifyCnil: false, justification: 'Le comptable pense que ce n’est pas grave.' }],
      ['POST', `/api/breaches/${id}/notifications`, { kind: 'initiale', notifiedAt: at }],
      ['POST', `/api/breaches/${id}/timeline`, { at, action: 'Note du comptable' }],
      ['POST', `/api/breaches/${id}/close`, { closed: true }],
      ['POST', `/api/breaches/${id}/letters`, { recipients: [{ nom: 'Dupont' }], format: 'json' }],
    ];
    for (const [method, path, body] of writes) {
      expectError(await accountant.request(method, path, body), 403, 'ROLE_INSUFFISANT', /lecture seule/);
    }
    expect((await owner.client.get(`/api/breaches/${id}`)).body.violation).toEqual(before);
    expect((await owner.client.get('/api/breaches')).body.violations).toHaveLength(count);
    const refusals = (await journal(owner.client)).filter((e) => e.action === 'securite.role_refuse' && e.recordType === 'violation');
    expect(refusals).toHaveLength(writes.length);
  });

  it('lets a collaborator record and assess an incident', async () => {
    const created = await collaborator.post('/api/breaches', lostLaptop(now, { titre: 'Signalé par la collaboratrice' }));
    expect(created.status, created.text).toBe(201);
    expect((await collaborator.post(`/api/breaches/${created.body.violation.id}/assess`, {})).status).toBe(200);
    const [entry] = (await journal(owner.client)).filter((e) => e.action === 'violation.evaluee');
    expect(entry!.actor).toMatch(/Collaboratrice/);
  });

  it('answers 404 to another business, exactly like a missing id, and journals the attempt', async () => {
    const other = await newOwner(env.url);
    const paths: [string, string, unknown][] = [
      ['GET', `/api/breaches/${id}`, undefined],
      ['PUT', `/api/breaches/${id}`, { titre: 'Intrus' }],
      ['POST', `/api/breaches/${id}/assess`, {}],
      ['GET', `/api/breaches/${id}/cnil?format=pdf`, undefined],
      ['POST', `/api/breaches/${id}/letters`, { recipients: [{ nom: 'Intrus' }], format: 'pdf' }],
    ];
    for (const [method, path, body] of paths) expectError(await other.client.request(method, path, body), 404, 'INTROUVABLE', /^Violation introuvable\.$/);
    expect((await other.client.get('/api/breaches')).body.violations).toEqual([]);
    const refused = (await journal(other.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === id);
    expect(refused).toHaveLength(paths.length);
    expect((await owner.client.get(`/api/breaches/${id}`)).body.violation.titre).toBe('Ordinateur portable perdu dans le train');
  });
});
