// Sign-up, sign-in, lockout, sign-out, and the HTTP hygiene around them (CSRF, JSON, body size, headers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { Client, signupBody, STRONG_PASSWORD, OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { advance, countRows, freeze, expectError, journal, journalSince, login, loginOk, newOwner, startEnv, stopEnv, tenantBody, tenantProfile, tenantRow, userRow, type Env } from './support.ts';

const RECOVERY_KEY = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;
const BAD_CREDENTIALS = 'E-mail ou mot de passe incorrect.';

function sessionSetCookie(headers: Headers): string {
  const line = headers.getSetCookie().find((l) => l.startsWith('rempart_session='));
  expect(line, 'no rempart_session cookie set').toBeDefined();
  return line!;
}

describe.each(DIALECTS)('sign-up and sign-in (%s)', (dialect) => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv(dialect);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('signs up: 201, recovery key, hardened session cookie, journaled compte.cree', async () => {
    const client = new Client(env.url);
    const body = signupBody({ email: `  Claire.Lune-${dialect}@Sophro.example ` });
    const tenantsBefore = await countRows(env.t, 'tenants');
    const res = await client.post('/api/auth/signup', body);
    expect(res.status, res.text).toBe(201);
    expect(res.body.recoveryKey).toMatch(RECOVERY_KEY);
    expect(res.body.recoveryKey.split('-')).toHaveLength(8);
    expect(res.body.user).toMatchObject({ email: `claire.lune-${dialect}@sophro.example`, nom: body.nom, role: 'owner', totpEnabled: false, accessPending: false });
    expect(res.body.tenant).toMatchObject({ raisonSociale: body.raisonSociale, siren: '732829320', activite: 'artisan_batiment', passwordRenewalDays: 90 });
    // Nothing secret leaks in the answer.
    expect(res.text).not.toMatch(/argon2|password_hash|wrapped|kek_salt/i);
    expect(await countRows(env.t, 'tenants')).toBe(tenantsBefore + 1);

    const cookie = sessionSetCookie(res.headers);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);

    await client.refreshCsrf();
    const me = await client.get('/api/auth/me');
    expect(me.status, me.text).toBe(200);
    expect(me.body.user).toMatchObject({ id: res.body.user.id, role: 'owner', passwordRenewalDue: false, recoveryCodesLeft: 0 });
    expect(me.body.tenant.id).toBe(res.body.tenant.id);

    const entries = await journal(client);
    const created = entries.find((e) => e.action === 'compte.cree');
    expect(created).toMatchObject({ seq: 1, actorId: res.body.user.id, recordType: 'tenant', recordId: res.body.tenant.id, actionLabel: 'Compte et entreprise créés' });
  });

  it('refuses a weak password with French feedback and creates nothing', async () => {
    const tenantsBefore = await countRows(env.t, 'tenants');
    const usersBefore = await countRows(env.t, 'users');
    const body = signupBody({ password: 'azerty123' });
    const client = new Client(env.url);
    const res = await client.post('/api/auth/signup', body);
    expectError(res, 400, 'MOT_DE_PASSE_FAIBLE', /^Mot de passe trop faible/);
    expect(Array.isArray(res.body.details?.suggestions)).toBe(true);
    expect(res.body.details.suggestions.length).toBeGreaterThan(0);
    expect(res.body.details.suggestions.join(' ')).toMatch(/[a-zé]{3,}/);
    expect(res.body.details.suggestions.join(' ')).not.toMatch(/\b(Add|Use|Avoid)\b/);
    expect(res.headers.getSetCookie().some((l) => l.startsWith('rempart_session='))).toBe(false);
    expect(await countRows(env.t, 'tenants')).toBe(tenantsBefore);
    expect(await countRows(env.t, 'users')).toBe(usersBefore);
    // Neither the weak nor a strong password opens an account for that e-mail.
    const attempt = await login(env.url, body.email, 'azerty123');
    expectError(attempt.res, 401, 'IDENTIFIANTS_INCORRECTS', /^E-mail ou mot de passe incorrect\.$/);
  });

  it('refuses a duplicate e-mail with 409, whatever its case, and creates nothing', async () => {
    const first = await newOwner(env.url);
    const rowBefore = await userRow(env.t, first.tenantId, first.userId);
    const tenantsBefore = await countRows(env.t, 'tenants');
    const usersBefore = await countRows(env.t, 'users');
    for (const email of [first.email, ` ${first.email.toUpperCase()} `]) {
      const res = await new Client(env.url).post('/api/auth/signup', signupBody({ email, password: OTHER_STRONG_PASSWORD }));
      expectError(res, 409, 'EMAIL_UTILISE', /existe déjà/);
    }
    expect(await countRows(env.t, 'tenants')).toBe(tenantsBefore);
    expect(await countRows(env.t, 'users')).toBe(usersBefore);
    // The original account is untouched (same password hash, same key material).
    expect(await userRow(env.t, first.tenantId, first.userId)).toEqual(rowBefore);
  });

  it('signs in; a wrong password and an unknown e-mail get the same 401, journaled connexion.echec', async () => {
    const owner = await newOwner(env.url);
    const before = await journal(owner.client);

    const wrong = await login(env.url, owner.email, OTHER_STRONG_PASSWORD);
    expectError(wrong.res, 401, 'IDENTIFIANTS_INCORRECTS');
    expect(wrong.res.body.erreur).toBe(BAD_CREDENTIALS);
    expect(wrong.client.cookie('rempart_session')).toBeUndefined();

    const unknown = await login(env.url, `inconnu-${Date.now()}@nulle-part.example`, STRONG_PASSWORD);
    expectError(unknown.res, 401, 'IDENTIFIANTS_INCORRECTS');
    expect(unknown.res.body).toEqual(wrong.res.body);
    expect(unknown.client.cookie('rempart_session')).toBeUndefined();

    const ok = await login(env.url, owner.email.toUpperCase(), STRONG_PASSWORD);
    expect(ok.res.status, ok.res.text).toBe(200);
    expect(ok.res.body).toMatchObject({ etape: 'termine', user: { id: owner.userId, role: 'owner' } });
    const cookie = sessionSetCookie(ok.res.headers);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await ok.client.get('/api/auth/me')).status).toBe(200);

    const added = await journalSince(owner.client, before);
    const failure = added.find((e) => e.action === 'connexion.echec');
    expect(failure).toMatchObject({ actorId: owner.userId, recordId: owner.userId, details: { echecs: 1 }, actionLabel: 'Échec de connexion (mot de passe incorrect)' });
    expect(added.map((e) => e.action)).toContain('connexion.reussie');
    // The failed count is reset by the successful sign-in.
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.failed_logins).toBe(0);
  });

  it('locks the account after 5 wrong passwords (423 even with the right one), then lets it in after the lock', async () => {
    const owner = await newOwner(env.url);
    freeze(env.t);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(env.url, owner.email, `${OTHER_STRONG_PASSWORD} ${i}`)).res.status);
    // The 5th failure already locks (and says so); the first four are plain refusals.
    expect(statuses).toEqual([401, 401, 401, 401, 423]);

    const sixth = await login(env.url, owner.email, STRONG_PASSWORD);
    expectError(sixth.res, 423, 'COMPTE_VERROUILLE', /verrouillé/);
    expect(sixth.res.body.erreur).toMatch(/Réessayez dans 1 minute/);
    expect(sixth.client.cookie('rempart_session')).toBeUndefined();

    const entries = await journal(owner.client);
    const actions = entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'connexion.echec')).toHaveLength(5);
    expect(actions).toContain('compte.verrouille');
    expect(actions).toContain('connexion.refusee_verrouillage');
    expect(actions).not.toContain('connexion.reussie');
    const lock = entries.find((e) => e.action === 'compte.verrouille')!;
    expect(lock.recordId).toBe(owner.userId);

    // Still locked 59 s later, open after the minute.
    advance(env.t, 59_000);
    expectError((await login(env.url, owner.email, STRONG_PASSWORD)).res, 423, 'COMPTE_VERROUILLE');
    advance(env.t, 2_000);
    await loginOk(env.url, owner.email, STRONG_PASSWORD);
    const row = await userRow(env.t, owner.tenantId, owner.userId);
    expect(row).toMatchObject({ failed_logins: 0, locked_until: null });
    // The owner's dashboard tells about the lockout.
    const me = await owner.client.get('/api/auth/me');
    expect(me.body.notices.map((n: { type: string }) => n.type)).toContain('verrouillage');
  });

  it('counts wrong passwords sent in parallel: the account still locks', async () => {
    const owner = await newOwner(env.url);
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, i) => login(env.url, owner.email, `${OTHER_STRONG_PASSWORD} ${i}`)));
    for (const a of attempts) expect([401, 423]).toContain(a.res.status);
    // Requests that arrive once the lock is set are refused before any password check
    // (423, not counted); all the others must be counted, each with its own number.
    const refused = attempts.filter((a) => a.res.status === 423).length;
    const row = await userRow(env.t, owner.tenantId, owner.userId);
    expect(row?.failed_logins).toBeGreaterThanOrEqual(5);
    expect(row?.failed_logins).toBeLessThanOrEqual(8);
    expect(refused).toBeGreaterThanOrEqual(8 - row!.failed_logins);
    expect(row?.locked_until).not.toBeNull();
    expectError((await login(env.url, owner.email, STRONG_PASSWORD)).res, 423, 'COMPTE_VERROUILLE', /verrouillé/);
    const echecs = (await journal(owner.client)).filter((e) => e.action === 'connexion.echec').map((e) => Number(e.details.echecs));
    expect(echecs.sort((a, b) => a - b)).toEqual(Array.from({ length: row!.failed_logins }, (_, i) => i + 1));
  });

  it('signs out: 204, the session is gone server-side, journaled deconnexion', async () => {
    const owner = await newOwner(env.url);
    const other = await loginOk(env.url, owner.email, STRONG_PASSWORD);
    const token = other.cookie('rempart_session')!;
    const before = await journal(owner.client);

    const res = await other.post('/api/auth/logout');
    expect(res.status, res.text).toBe(204);
    expect(other.cookie('rempart_session')).toBeUndefined();
    expectError(await other.get('/api/auth/me'), 401, 'NON_CONNECTE');
    // Replaying the old cookie does not bring the session back.
    const replay = new Client(env.url);
    replay.setCookie('rempart_session', token);
    expectError(await replay.get('/api/auth/me'), 401, 'NON_CONNECTE');

    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['deconnexion']);
    expect(added[0]).toMatchObject({ actorId: owner.userId, recordType: 'session', actionLabel: 'Déconnexion' });
    // The owner's other session is untouched.
    expect((await owner.client.get('/api/auth/me')).status).toBe(200);
  });
});

describe('HTTP hygiene (sqlite)', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('answers 400 JSON_INVALIDE to malformed JSON and creates nothing', async () => {
    const tenants = await countRows(env.t, 'tenants');
    const client = new Client(env.url);
    for (const raw of ['{"email": ', '{raisonSociale: "x"}', 'null,']) {
      const res = await client.request('POST', '/api/auth/signup', undefined, { rawBody: raw });
      expectError(res, 400, 'JSON_INVALIDE', /n’est pas un JSON valide/);
    }
    expect(await countRows(env.t, 'tenants')).toBe(tenants);
  });

  it('answers 413 to a body over 64 KiB and creates nothing', async () => {
    const tenants = await countRows(env.t, 'tenants');
    const client = new Client(env.url);
    const raw = JSON.stringify(signupBody({ adresse: 'x'.repeat(65 * 1024) }));
    expect(Buffer.byteLength(raw)).toBeGreaterThan(64 * 1024);
    const res = await client.request('POST', '/api/auth/signup', undefined, { rawBody: raw });
    expectError(res, 413, 'REQUETE_TROP_VOLUMINEUSE', /trop volumineuse/);
    expect(await countRows(env.t, 'tenants')).toBe(tenants);
    // Just under the limit is parsed (then refused by validation, not by size).
    const small = await client.request('POST', '/api/auth/signup', undefined, { rawBody: JSON.stringify(signupBody({ adresse: 'x'.repeat(60 * 1024) })) });
    expectError(small, 400, 'DONNEES_INVALIDES', /adresse/);
  });

  it('refuses a state-changing request without a CSRF header, or with a forged token (403)', async () => {
    const tenants = await countRows(env.t, 'tenants');
    const client = new Client(env.url);
    await client.refreshCsrf();
    const missing = await client.post('/api/auth/signup', signupBody(), { csrf: false });
    expectError(missing, 403, 'CSRF_INVALIDE', /CSRF/);
    const forged = await client.post('/api/auth/signup', signupBody(), { csrf: 'pas-un-vrai-jeton' });
    expectError(forged, 403, 'CSRF_INVALIDE', /Jeton de sécurité/);
    // A client that never fetched the CSRF cookie has no secret at all.
    const bare = new Client(env.url);
    expectError(await bare.post('/api/auth/login', { email: 'a@b.example', password: 'x' }, { csrf: client.csrf! }), 403, 'CSRF_INVALIDE');
    expect(await countRows(env.t, 'tenants')).toBe(tenants);
  });

  it('journals a forged request riding on a live session (securite.csrf_refuse) and changes nothing', async () => {
    const owner = await newOwner(env.url);
    const tenantBefore = await tenantProfile(env.t, owner.tenantId);
    const before = await journal(owner.client);

    const noHeader = await owner.client.request('PUT', '/api/tenant', tenantBody(), { csrf: false });
    expectError(noHeader, 403, 'CSRF_INVALIDE');
    const badToken = await owner.client.request('PUT', '/api/tenant', tenantBody(), { csrf: 'jeton-forge' });
    expectError(badToken, 403, 'CSRF_INVALIDE');
    // What a cross-site page can do: the browser sends the session cookie, never the CSRF cookie's token.
    const attacker = new Client(env.url);
    await attacker.refreshCsrf();
    const riding = new Client(env.url);
    riding.setCookie('rempart_session', owner.client.cookie('rempart_session')!);
    expectError(await riding.request('PUT', '/api/tenant', tenantBody(), { csrf: attacker.csrf! }), 403, 'CSRF_INVALIDE');
    const forgedLogout = await riding.request('POST', '/api/auth/logout', {}, { csrf: false });
    expectError(forgedLogout, 403, 'CSRF_INVALIDE');
    // The router decodes percent-escapes: /%61pi/tenant is /api/tenant and must be checked too.
    const encoded = await owner.client.request('PUT', '/%61pi/tenant', tenantBody(), { csrf: false });
    expectError(encoded, 403, 'CSRF_INVALIDE');

    expect(await tenantProfile(env.t, owner.tenantId)).toEqual(tenantBefore);
    expect((await owner.client.get('/api/auth/me')).status).toBe(200);
    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(Array(5).fill('securite.csrf_refuse'));
    expect(added.every((e) => /Propriétaire/.test(e.actor))).toBe(true);
    expect(added.every((e) => e.actorId === owner.userId)).toBe(true);
    expect(added.map((e) => e.details.route)).toEqual(['/%61pi/tenant', '/api/auth/logout', '/api/tenant', '/api/tenant', '/api/tenant']);
    expect(added[0]!.actionLabel).toBe('Requête refusée : jeton anti-CSRF invalide');

    // Control: the same body with the real token is accepted.
    const legit = await owner.client.put('/api/tenant', tenantBody());
    expect(legit.status, legit.text).toBe(200);
    expect((await tenantRow(env.t, owner.tenantId))?.raison_sociale).toBe('Nouvelle Raison Sociale');
  });

  it('sends the security headers on the web root and on the API', async () => {
    const client = new Client(env.url);
    for (const path of ['/', '/api/health', '/api/auth/me', '/api/route-inconnue']) {
      const res = await client.get(path);
      const csp = res.headers.get('content-security-policy');
      expect(csp, `${path}: no CSP`).toBeTruthy();
      const directives = new Map(
        csp!
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
      );
      expect(directives.get('script-src'), path).toEqual(["'self'"]);
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(directives.get('script-src')!.join(' ')).not.toMatch(/unsafe-inline/);
      expect(res.headers.get('x-frame-options'), path).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBeTruthy();
      // No HSTS over plain http.
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    const unknown = await client.get('/api/route-inconnue');
    expectError(unknown, 404, 'INTROUVABLE', /Route inconnue/);
  });
});
