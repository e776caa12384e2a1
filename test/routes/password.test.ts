// Password change, renewal reminder and reset by one-time link (+ recovery key for the owner).
// Across all of them the tenant's data key must survive: data encrypted before stays readable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, OTHER_STRONG_PASSWORD, STRONG_PASSWORD } from '../helpers/http.ts';
import { resolveSession } from '../../src/accounts/session-token.ts';
import { FieldCipher, type FieldContext } from '../../src/crypto/field.ts';
import type { App } from '../../src/app.ts';
import { addUser, advance, expectError, freeze, journal, journalSince, login, loginOk, newOwner, outboxFiles, outboxToken, startEnv, stopEnv, userRow, type Env } from './support.ts';

const THIRD_PASSWORD = 'Tortue bleue mange des cerises 7';

async function dataKeyOf(app: App, client: Client): Promise<Buffer> {
  const token = client.cookie('rempart_session');
  expect(token, 'no session cookie').toBeDefined();
  const auth = await resolveSession(app, token!);
  expect(auth?.stage).toBe('active');
  expect(auth?.dataKey, 'the session holds no data key').toBeTruthy();
  return auth!.dataKey!;
}

/** Encrypts a value with the session's data key, as a business record would be. */
async function sealWith(app: App, client: Client, tenantId: string) {
  const ctx: FieldContext = { tenantId, table: 'clients', column: 'nom', rowId: 'client-1' };
  const value = 'Mme Odile Martin, 06 12 34 56 78';
  const sealed = new FieldCipher(await dataKeyOf(app, client)).encrypt(ctx, value);
  return { ctx, value, sealed };
}

describe('password change (sqlite)', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('refuses a wrong current password or a weak new one (400) and changes nothing', async () => {
    const owner = await newOwner(env.url);
    const rowBefore = await userRow(env.t, owner.tenantId, owner.userId);
    const before = await journal(owner.client);

    const wrong = await owner.client.post('/api/auth/password', { currentPassword: OTHER_STRONG_PASSWORD, newPassword: THIRD_PASSWORD });
    expectError(wrong, 400, 'MOT_DE_PASSE_ACTUEL_INCORRECT', /^Le mot de passe actuel est incorrect\.$/);
    const weak = await owner.client.post('/api/auth/password', { currentPassword: STRONG_PASSWORD, newPassword: 'soleil2024' });
    expectError(weak, 400, 'MOT_DE_PASSE_FAIBLE', /^Mot de passe trop faible/);
    const same = await owner.client.post('/api/auth/password', { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD });
    expectError(same, 400, 'MOT_DE_PASSE_IDENTIQUE', /différent/);
    expectError(await new Client(env.url).post('/api/auth/password', { currentPassword: STRONG_PASSWORD, newPassword: THIRD_PASSWORD }), 401, 'NON_CONNECTE');

    expect(await userRow(env.t, owner.tenantId, owner.userId)).toEqual(rowBefore);
    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['mot_de_passe.echec_modification']);
    expect(added[0]).toMatchObject({ actorId: owner.userId, recordId: owner.userId });
  });

  it('changes the password: old one refused, new one accepted, other sessions revoked, current kept, data key intact', async () => {
    const owner = await newOwner(env.url);
    const other = await loginOk(env.url, owner.email, STRONG_PASSWORD);
    const record = await sealWith(env.t.app, owner.client, owner.tenantId);
    const before = await journal(owner.client);

    const res = await owner.client.post('/api/auth/password', { currentPassword: STRONG_PASSWORD, newPassword: THIRD_PASSWORD });
    expect(res.status, res.text).toBe(204);

    // Current session kept (and still holds the same data key); the other device is signed out.
    expect((await owner.client.get('/api/auth/me')).status).toBe(200);
    expectError(await other.get('/api/auth/me'), 401, 'NON_CONNECTE');
    expect(new FieldCipher(await dataKeyOf(env.t.app, owner.client)).decrypt(record.ctx, record.sealed)).toBe(record.value);

    expectError((await login(env.url, owner.email, STRONG_PASSWORD)).res, 401, 'IDENTIFIANTS_INCORRECTS');
    const fresh = await loginOk(env.url, owner.email, THIRD_PASSWORD);
    // A new session opened with the new password unwraps the same data key.
    expect(new FieldCipher(await dataKeyOf(env.t.app, fresh)).decrypt(record.ctx, record.sealed)).toBe(record.value);

    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['connexion.reussie', 'connexion.echec', 'mot_de_passe.modifie']);
    const sessions = (await owner.client.get('/api/sessions')).body.sessions as { current: boolean }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
  });
});

describe('password renewal reminder (sqlite)', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
    freeze(env.t);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('reminds after 90 days (policy of the tenant), not before, and stops once the password is changed', async () => {
    const owner = await newOwner(env.url);
    let me = await owner.client.get('/api/auth/me');
    expect(me.body.user.passwordRenewalDue).toBe(false);
    expect(me.body.notices.map((n: { type: string }) => n.type)).not.toContain('renouvellement');

    advance(env.t, 89 * 86_400_000);
    // The old session has long expired (idle timeout): sign in again.
    expectError(await owner.client.get('/api/auth/me'), 401, 'NON_CONNECTE');
    let client = await loginOk(env.url, owner.email, STRONG_PASSWORD);
    me = await client.get('/api/auth/me');
    expect(me.body.user.passwordRenewalDue).toBe(false);
    expect(me.body.notices.map((n: { type: string }) => n.type)).not.toContain('renouvellement');

    advance(env.t, 2 * 86_400_000);
    client = await loginOk(env.url, owner.email, STRONG_PASSWORD);
    me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.passwordRenewalDue).toBe(true);
    const notice = me.body.notices.find((n: { type: string }) => n.type === 'renouvellement');
    expect(notice).toBeDefined();
    expect(notice.message).toMatch(/plus de 90 jours/);
    expect(notice.message).toMatch(/renouveler/);

    expect((await client.post('/api/auth/password', { currentPassword: STRONG_PASSWORD, newPassword: THIRD_PASSWORD })).status).toBe(204);
    me = await client.get('/api/auth/me');
    expect(me.body.user.passwordRenewalDue).toBe(false);
    expect(me.body.notices.map((n: { type: string }) => n.type)).not.toContain('renouvellement');
  });
});

describe('password reset by one-time link (sqlite)', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
    freeze(env.t);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('answers 202 alike for unknown and known e-mails; only a known one gets a message in the outbox', async () => {
    const owner = await newOwner(env.url);
    const anonymous = new Client(env.url);
    const filesBefore = outboxFiles(env.t).length;
    const unknown = await anonymous.post('/api/auth/reset/request', { email: `personne-${Date.now()}@nulle-part.example` });
    expect(unknown.status, unknown.text).toBe(202);
    expect(outboxFiles(env.t)).toHaveLength(filesBefore);

    const before = await journal(owner.client);
    const known = await anonymous.post('/api/auth/reset/request', { email: owner.email.toUpperCase() });
    expect(known.status, known.text).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.body.message).toMatch(/Si un compte existe/);
    expect(outboxFiles(env.t)).toHaveLength(filesBefore + 1);
    expect(outboxToken(env.t, owner.email)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['mot_de_passe.reinitialisation_demandee']);
    // Nothing else changed.
    expect((await owner.client.get('/api/auth/me')).status).toBe(200);
    expectError(await anonymous.post('/api/auth/reset/request', { email: 'pas-une-adresse' }), 400, 'DONNEES_INVALIDES', /e-mail/);
  });

  it('resets the owner password only with the recovery key; the token is single-use; the data key survives', async () => {
    const owner = await newOwner(env.url);
    const witness = await newOwner(env.url); // another tenant, for a well-formed but wrong key
    const record = await sealWith(env.t.app, owner.client, owner.tenantId);
    const anonymous = new Client(env.url);
    expect((await anonymous.post('/api/auth/reset/request', { email: owner.email })).status).toBe(202);
    const token = outboxToken(env.t, owner.email);
    const rowBefore = await userRow(env.t, owner.tenantId, owner.userId);
    const before = await journal(owner.client);

    const noKey = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: THIRD_PASSWORD });
    expectError(noKey, 400, 'CLE_RECUPERATION_INCORRECTE', /Clé de récupération incorrecte/);
    const wrongKey = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: THIRD_PASSWORD, recoveryKey: witness.res.recoveryKey });
    expectError(wrongKey, 400, 'CLE_RECUPERATION_INCORRECTE');
    const garbage = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: THIRD_PASSWORD, recoveryKey: 'ABCD-EFGH' });
    expectError(garbage, 400, 'CLE_RECUPERATION_INCORRECTE');
    const weak = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: 'azerty123', recoveryKey: owner.res.recoveryKey });
    expectError(weak, 400, 'MOT_DE_PASSE_FAIBLE');
    // None of these changed the account or burnt the token.
    expect(await userRow(env.t, owner.tenantId, owner.userId)).toEqual(rowBefore);
    expect((await owner.client.get('/api/auth/me')).status).toBe(200);
    let added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(Array(3).fill('mot_de_passe.cle_recuperation_refusee'));

    // The key as a person might type it: lower case, spaces instead of dashes.
    const typedKey = owner.res.recoveryKey.toLowerCase().replace(/-/g, ' ');
    const ok = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: THIRD_PASSWORD, recoveryKey: typedKey });
    expect(ok.status, ok.text).toBe(204);

    // Every session of the owner is closed; the old password is dead, the new one works.
    expectError(await owner.client.get('/api/auth/me'), 401, 'NON_CONNECTE');
    expectError((await login(env.url, owner.email, STRONG_PASSWORD)).res, 401, 'IDENTIFIANTS_INCORRECTS');
    const fresh = await loginOk(env.url, owner.email, THIRD_PASSWORD);
    expect(new FieldCipher(await dataKeyOf(env.t.app, fresh)).decrypt(record.ctx, record.sealed)).toBe(record.value);

    // The token cannot be used twice.
    const reuse = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: OTHER_STRONG_PASSWORD, recoveryKey: owner.res.recoveryKey });
    expectError(reuse, 400, 'JETON_INVALIDE', /invalide, expiré ou déjà utilisé/);
    expectError((await login(env.url, owner.email, OTHER_STRONG_PASSWORD)).res, 401, 'IDENTIFIANTS_INCORRECTS');
    expectError(await anonymous.post('/api/auth/reset/confirm', { token: 'x'.repeat(43), newPassword: OTHER_STRONG_PASSWORD, recoveryKey: owner.res.recoveryKey }), 400, 'JETON_INVALIDE');

    const entries = await journal(fresh);
    added = entries.filter((e) => e.seq > before[0]!.seq);
    const actions = added.map((e) => e.action);
    expect(actions).toContain('mot_de_passe.reinitialise');
    expect(actions[0]).toBe('connexion.echec');
    expect(actions[1]).toBe('mot_de_passe.jeton_refuse');
    expect(added.find((e) => e.action === 'mot_de_passe.jeton_refuse')).toMatchObject({ actorId: owner.userId, actionLabel: 'Lien de réinitialisation refusé (expiré ou déjà utilisé)' });

    // The owner is told about the reset on the dashboard.
    const me = await fresh.get('/api/auth/me');
    const notice = me.body.notices.find((n: { type: string }) => n.type === 'reinitialisation');
    expect(notice, JSON.stringify(me.body.notices)).toBeDefined();
    expect(notice.message).toMatch(/réinitialisé par lien/);
    expect(notice.message).toContain('127.0.0.1');
  });

  it('refuses an expired token (31 minutes) and changes nothing', async () => {
    const owner = await newOwner(env.url);
    const anonymous = new Client(env.url);
    expect((await anonymous.post('/api/auth/reset/request', { email: owner.email })).status).toBe(202);
    const token = outboxToken(env.t, owner.email);
    const rowBefore = await userRow(env.t, owner.tenantId, owner.userId);
    const before = await journal(owner.client);

    advance(env.t, 31 * 60_000);
    const late = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: THIRD_PASSWORD, recoveryKey: owner.res.recoveryKey });
    expectError(late, 400, 'JETON_INVALIDE', /expiré/);
    expect(await userRow(env.t, owner.tenantId, owner.userId)).toEqual(rowBefore);
    const again = await loginOk(env.url, owner.email, STRONG_PASSWORD);
    const added = (await journal(again)).filter((e) => e.seq > before[0]!.seq);
    expect(added.map((e) => e.action)).toEqual(['connexion.reussie', 'mot_de_passe.jeton_refuse']);
  });

  it('a successful reset kills every other outstanding link of that user', async () => {
    env.t.clock.now = null; // earlier tests froze the clock: outbox names must differ in time
    const owner = await newOwner(env.url);
    const anonymous = new Client(env.url);
    expect((await anonymous.post('/api/auth/reset/request', { email: owner.email })).status).toBe(202);
    const first = outboxToken(env.t, owner.email);
    await new Promise((r) => setTimeout(r, 5));
    expect((await anonymous.post('/api/auth/reset/request', { email: owner.email })).status).toBe(202);
    const second = outboxToken(env.t, owner.email);
    expect(second).not.toBe(first);
    const ok = await anonymous.post('/api/auth/reset/confirm', { token: second, newPassword: THIRD_PASSWORD, recoveryKey: owner.res.recoveryKey });
    expect(ok.status, ok.text).toBe(204);
    const stale = await anonymous.post('/api/auth/reset/confirm', { token: first, newPassword: OTHER_STRONG_PASSWORD, recoveryKey: owner.res.recoveryKey });
    expectError(stale, 400, 'JETON_INVALIDE');
    await loginOk(env.url, owner.email, THIRD_PASSWORD);
  });

  it('resets a collaborator without a recovery key; their data access then waits for the owner', async () => {
    const owner = await newOwner(env.url);
    const email = `collab-${Date.now()}@dupont.example`;
    const collab = await addUser(owner.client, 'collaborator', email, OTHER_STRONG_PASSWORD);
    const anonymous = new Client(env.url);
    expect((await anonymous.post('/api/auth/reset/request', { email })).status).toBe(202);
    const token = outboxToken(env.t, email);

    const ok = await anonymous.post('/api/auth/reset/confirm', { token, newPassword: THIRD_PASSWORD });
    expect(ok.status, ok.text).toBe(204);
    const client = await loginOk(env.url, email, THIRD_PASSWORD);
    const me = await client.get('/api/auth/me');
    expect(me.body.user.accessPending).toBe(true);
    expect(me.body.notices.map((n: { type: string }) => n.type)).toContain('acces_en_attente');
    const auth = await resolveSession(env.t.app, client.cookie('rempart_session')!);
    expect(auth?.dataKey).toBeNull();
    expect((await userRow(env.t, owner.tenantId, collab.id))?.wrapped_data_key).toBeNull();

    // The owner restores the access by setting a password; the collaborator then holds the data key again.
    const record = await sealWith(env.t.app, owner.client, owner.tenantId);
    expect((await owner.client.put(`/api/users/${collab.id}/password`, { password: OTHER_STRONG_PASSWORD })).status).toBe(204);
    expectError(await client.get('/api/auth/me'), 401, 'NON_CONNECTE');
    const restored = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expect((await restored.get('/api/auth/me')).body.user.accessPending).toBe(false);
    expect(new FieldCipher(await dataKeyOf(env.t.app, restored)).decrypt(record.ctx, record.sealed)).toBe(record.value);
    // The owner sees the reset in the notices.
    const ownerMe = await owner.client.get('/api/auth/me');
    expect(ownerMe.body.notices.map((n: { type: string }) => n.type)).toContain('reinitialisation');
  });
});
