// TOTP enrolment, two-step sign-in, replay refusal, recovery codes, regeneration and disabling.
// The app clock is frozen; tick() moves it one TOTP step (30 s) so each code is fresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { Client, STRONG_PASSWORD } from '../helpers/http.ts';
import { currentTotp } from '../../src/crypto/totp.ts';
import { advance, expectError, freeze, journal, journalSince, login, newOwner, startEnv, stopEnv, userRow, wrongTotp, type Env, type Owner } from './support.ts';

const RECOVERY_CODE = /^[a-z2-9]{5}-[a-z2-9]{5}$/;

describe.each(DIALECTS)('two-factor authentication (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;
  let secret: string;
  let recoveryCodes: string[];
  /** The last code accepted by the server (its time step is now burnt). */
  let usedCode: string;

  const now = () => env.t.clock.now!;
  const tick = () => advance(env.t, 30_000);
  const code = () => currentTotp(secret, now());

  /** Password step only: returns a client whose session waits for the code. */
  async function halfOpen(): Promise<Client> {
    const { client, res } = await login(env.url, owner.email, STRONG_PASSWORD);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ etape: 'totp' });
    expect(client.cookie('rempart_session')).toBeDefined();
    return client;
  }

  async function me() {
    return (await owner.client.get('/api/auth/me')).body.user as { totpEnabled: boolean; recoveryCodesLeft: number };
  }

  beforeAll(async () => {
    env = await startEnv(dialect);
    freeze(env.t);
    owner = await newOwner(env.url);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('enrols: setup returns an SVG QR code, the otpauth URL and the secret', async () => {
    expectError(await new Client(env.url).post('/api/2fa/setup'), 401, 'NON_CONNECTE');
    const res = await owner.client.post('/api/2fa/setup');
    expect(res.status, res.text).toBe(200);
    expect(res.body.qrSvg.startsWith('<svg') || res.body.qrSvg.startsWith('<?xml')).toBe(true);
    expect(res.body.qrSvg).toContain('</svg>');
    expect(res.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    secret = res.body.secret;
    const url = new URL(res.body.otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Rempart');
    expect(decodeURIComponent(url.pathname)).toContain(owner.email);
    // Preparing is not enabling.
    expect(await me()).toMatchObject({ totpEnabled: false, recoveryCodesLeft: 0 });
    const { res: direct } = await login(env.url, owner.email, STRONG_PASSWORD);
    expect(direct.body.etape).toBe('termine');
    expect((await journal(owner.client)).map((e) => e.action)).toContain('2fa.preparee');
  });

  it('refuses to enable with a wrong code (400), then enables with the right one and returns 10 distinct recovery codes', async () => {
    const before = await journal(owner.client);
    const wrong = await owner.client.post('/api/2fa/enable', { code: wrongTotp(secret, now()) });
    expectError(wrong, 400, 'CODE_INCORRECT', /^Code de vérification incorrect\.$/);
    expectError(await owner.client.post('/api/2fa/enable', { code: '12345' }), 400, 'DONNEES_INVALIDES', /6 chiffres/);
    expect(await me()).toMatchObject({ totpEnabled: false, recoveryCodesLeft: 0 });
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.totp_enabled).toBe(0);

    usedCode = code();
    const res = await owner.client.post('/api/2fa/enable', { code: usedCode });
    expect(res.status, res.text).toBe(200);
    recoveryCodes = res.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(RECOVERY_CODE);
    expect(await me()).toMatchObject({ totpEnabled: true, recoveryCodesLeft: 10 });
    // Recovery codes are stored as MACs only.
    const stored = await env.t.app.store.db.selectFrom('recovery_codes').select('code_mac').where('user_id', '=', owner.userId).execute();
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!);

    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action).sort()).toEqual(['2fa.activee', '2fa.echec']);
    expectError(await owner.client.post('/api/2fa/setup'), 400, '2FA_DEJA_ACTIVE');
  });

  it('signs in in two steps: nothing is open before the code, a wrong code is 401, the right one completes', async () => {
    const client = await halfOpen();
    expectError(await client.get('/api/auth/me'), 401, 'NON_CONNECTE');
    expectError(await client.get('/api/tenant'), 401, 'NON_CONNECTE');
    expectError(await client.get('/api/journal'), 401, 'NON_CONNECTE');
    // A stolen password alone cannot switch 2FA off.
    expectError(await client.post('/api/2fa/disable', { code: wrongTotp(secret, now()) }), 401, 'NON_CONNECTE');
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.totp_enabled).toBe(1);

    const before = await journal(owner.client);
    const wrong = await client.post('/api/auth/login/totp', { code: wrongTotp(secret, now()) });
    expectError(wrong, 401, 'CODE_INCORRECT', /incorrect/);
    expectError(await client.get('/api/auth/me'), 401, 'NON_CONNECTE');

    tick();
    usedCode = code();
    const ok = await client.post('/api/auth/login/totp', { code: usedCode });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ etape: 'termine', user: { id: owner.userId, totpEnabled: true } });
    expect((await client.get('/api/auth/me')).status).toBe(200);

    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['connexion.reussie', 'connexion.totp_echec']);
    expect(added[1]!.actionLabel).toBe('Échec de connexion (code de vérification incorrect)');
  });

  it('refuses a replayed code on a new sign-in: 401 CODE_DEJA_UTILISE, journaled connexion.totp_rejoue', async () => {
    const client = await halfOpen();
    const before = await journal(owner.client);
    const replay = await client.post('/api/auth/login/totp', { code: usedCode });
    expectError(replay, 401, 'CODE_DEJA_UTILISE', /déjà été utilisé/);
    expectError(await client.get('/api/auth/me'), 401, 'NON_CONNECTE');
    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['connexion.totp_rejoue']);
    expect(added[0]).toMatchObject({ actorId: owner.userId, actionLabel: 'Code de vérification déjà utilisé (rejeu refusé)' });

    // The half-open session still accepts the next code.
    tick();
    usedCode = code();
    const ok = await client.post('/api/auth/login/totp', { code: usedCode });
    expect(ok.status, ok.text).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('accepts a code once even when two sign-ins send it at the same time', async () => {
    const [first, second] = [await halfOpen(), await halfOpen()];
    tick();
    usedCode = code();
    const answers = await Promise.all([first, second].map((c) => c.post('/api/auth/login/totp', { code: usedCode })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    expect(answers.find((a) => a.status === 401)!.body.code).toBe('CODE_DEJA_UTILISE');
    const statuses = await Promise.all([first, second].map(async (c) => (await c.get('/api/auth/me')).status));
    expect(statuses.sort()).toEqual([200, 401]);
    // The loser finishes with the next code, which also clears the failure it caused.
    const loser = answers[0]!.status === 401 ? first : second;
    tick();
    usedCode = code();
    expect((await loser.post('/api/auth/login/totp', { code: usedCode })).status).toBe(200);
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.failed_logins).toBe(0);
  });

  it('accepts a recovery code once; its second use fails', async () => {
    const first = await halfOpen();
    const before = await journal(owner.client);
    // Typed as a person would: capitals and a space instead of the dash.
    const typed = recoveryCodes[0]!.toUpperCase().replace('-', ' ');
    const ok = await first.post('/api/auth/login/totp', { code: typed });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.etape).toBe('termine');
    expect((await first.get('/api/auth/me')).body.user.recoveryCodesLeft).toBe(9);

    const second = await halfOpen();
    const again = await second.post('/api/auth/login/totp', { code: recoveryCodes[0]! });
    expectError(again, 401, 'CODE_INCORRECT', /code de secours incorrect/);
    expectError(await second.get('/api/auth/me'), 401, 'NON_CONNECTE');
    expect((await me()).recoveryCodesLeft).toBe(9);
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.failed_logins).toBe(1);

    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['connexion.totp_echec', 'connexion.code_secours']);

    // The refused code does not end the half-open session; a good code then clears the failure count.
    tick();
    usedCode = code();
    expect((await second.post('/api/auth/login/totp', { code: usedCode })).status).toBe(200);
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.failed_logins).toBe(0);
  });

  it('expires the half-open step after 5 minutes', async () => {
    const client = await halfOpen();
    advance(env.t, 5 * 60_000 + 1_000);
    const late = await client.post('/api/auth/login/totp', { code: code() });
    expectError(late, 401, 'ETAPE_TOTP_EXPIREE', /reconnectez-vous/);
    expectError(await client.get('/api/auth/me'), 401, 'NON_CONNECTE');
  });

  it('locks the account after 5 wrong codes (423 even with a right one), until the lock ends', async () => {
    const client = await halfOpen();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await client.post('/api/auth/login/totp', { code: wrongTotp(secret, now()) })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expectError(await client.post('/api/auth/login/totp', { code: code() }), 423, 'COMPTE_VERROUILLE', /verrouillé/);
    expectError(await client.get('/api/auth/me'), 401, 'NON_CONNECTE');
    expect((await journal(owner.client)).map((e) => e.action)).toContain('compte.verrouille');

    advance(env.t, 61_000);
    usedCode = code();
    const ok = await client.post('/api/auth/login/totp', { code: usedCode });
    expect(ok.status, ok.text).toBe(200);
    expect(await userRow(env.t, owner.tenantId, owner.userId)).toMatchObject({ failed_logins: 0, locked_until: null });
  });

  it('regenerates recovery codes with a fresh code only, and the old codes stop working', async () => {
    const reused = await owner.client.post('/api/2fa/recovery-codes', { code: usedCode });
    expectError(reused, 400, 'CODE_DEJA_UTILISE', /déjà été utilisé/);
    expect((await me()).recoveryCodesLeft).toBe(9);

    tick();
    usedCode = code();
    const res = await owner.client.post('/api/2fa/recovery-codes', { code: usedCode });
    expect(res.status, res.text).toBe(200);
    const fresh: string[] = res.body.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(new Set(fresh).size).toBe(10);
    expect(fresh.filter((c) => recoveryCodes.includes(c))).toEqual([]);
    expect((await me()).recoveryCodesLeft).toBe(10);
    expect((await journal(owner.client)).map((e) => e.action)).toContain('2fa.codes_regeneres');

    const old = await halfOpen();
    expectError(await old.post('/api/auth/login/totp', { code: recoveryCodes[1]! }), 401, 'CODE_INCORRECT');
    expectError(await old.get('/api/auth/me'), 401, 'NON_CONNECTE');
    const ok = await old.post('/api/auth/login/totp', { code: fresh[0]! });
    expect(ok.status, ok.text).toBe(200);
    recoveryCodes = fresh;
  });

  it('disables 2FA only with a fresh code: a reused one is refused, a fresh one accepted', async () => {
    const before = await journal(owner.client);
    const reused = await owner.client.post('/api/2fa/disable', { code: usedCode });
    expectError(reused, 400, 'CODE_DEJA_UTILISE');
    const wrong = await owner.client.post('/api/2fa/disable', { code: wrongTotp(secret, now()) });
    expectError(wrong, 400, 'CODE_INCORRECT');
    expect(await me()).toMatchObject({ totpEnabled: true, recoveryCodesLeft: 9 });
    expect((await userRow(env.t, owner.tenantId, owner.userId))?.totp_enabled).toBe(1);

    tick();
    const res = await owner.client.post('/api/2fa/disable', { code: code() });
    expect(res.status, res.text).toBe(204);
    expect(await me()).toMatchObject({ totpEnabled: false, recoveryCodesLeft: 0 });
    const row = await userRow(env.t, owner.tenantId, owner.userId);
    expect(row).toMatchObject({ totp_enabled: 0, totp_secret_enc: null });

    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(['2fa.desactivee', '2fa.echec', '2fa.echec']);
    expect(added.map((e) => e.details.rejeu)).toEqual([undefined, false, true]);

    // Sign-in is one step again.
    const { res: direct } = await login(env.url, owner.email, STRONG_PASSWORD);
    expect(direct.status).toBe(200);
    expect(direct.body.etape).toBe('termine');
    expectError(await owner.client.post('/api/2fa/disable', { code: code() }), 400, '2FA_INACTIVE');
  });
});
