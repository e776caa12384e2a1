// Sign-in: password, then TOTP or a recovery code when 2FA is on. Failures count towards
// a temporary lockout, per account and per IP address, and are journaled.
import type { App } from '../app.ts';
import { DomainError, unauthenticated } from '../core/errors.ts';
import { isLocked, lockUntilAfterFailure, minutesLeft } from '../core/auth/lockout.ts';
import { kekFromPassword, unwrapDataKey } from '../crypto/keys.ts';
import { matchTotp, normaliseRecoveryCode } from '../crypto/totp.ts';
import { recordEvent, appendJournal } from '../journal/journal.ts';
import type { UserRow } from '../db/repositories/users.ts';
import { emailIndex } from './identity.ts';
import { burnPasswordTime, verifyPassword } from './password-hash.ts';
import { openSession, type SessionAuth } from './session-token.ts';
import type { RequestMeta } from './meta.ts';
import { decryptTotpSecret } from './totp-secret.ts';

const BAD_CREDENTIALS = 'E-mail ou mot de passe incorrect.';
const IP_WINDOW_MINUTES = 15;
const IP_MAX_FAILURES = 30;

function lockedError(until: string, now: Date): DomainError {
  return new DomainError('locked', 'COMPTE_VERROUILLE', `Compte temporairement verrouillé après plusieurs échecs. Réessayez dans ${minutesLeft(until, now)} minute(s).`);
}

export async function checkIpThrottle(app: App, ip: string): Promise<void> {
  const row = await app.repos.credentials.throttle(`ip:${ip}`);
  if (row && isLocked(row.locked_until, app.now())) {
    throw new DomainError('throttled', 'TROP_DE_TENTATIVES', `Trop de tentatives depuis cette adresse. Réessayez dans ${minutesLeft(row.locked_until!, app.now())} minute(s).`);
  }
}

async function countIpFailure(app: App, ip: string): Promise<void> {
  const now = app.now();
  const key = `ip:${ip}`;
  const row = await app.repos.credentials.throttle(key);
  const fresh = !row || now.getTime() - new Date(row.window_start).getTime() > IP_WINDOW_MINUTES * 60_000;
  const failures = fresh ? 1 : row.failures + 1;
  await app.repos.credentials.saveThrottle({
    key,
    failures,
    window_start: fresh ? now.toISOString() : row.window_start,
    locked_until: failures >= IP_MAX_FAILURES ? new Date(now.getTime() + IP_WINDOW_MINUTES * 60_000).toISOString() : null,
  });
}

/** Counts a failed password or code against the account, locking it when the policy says so. */
async function countUserFailure(app: App, user: UserRow, action: string, meta: RequestMeta): Promise<void> {
  const now = app.now();
  await app.tx(async (repos) => {
    // Incremented in the database, not from the row read earlier: parallel attempts would
    // otherwise all write the same count and never reach the lock.
    const failures = await repos.users(user.tenant_id).incrementFailedLogins(user.id);
    const lockedUntil = lockUntilAfterFailure(failures, now);
    if (lockedUntil) await repos.users(user.tenant_id).update(user.id, { locked_until: lockedUntil.toISOString() });
    await appendJournal(app, repos, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, action, recordType: 'user', recordId: user.id, ip: meta.ip, details: { echecs: failures } });
    if (lockedUntil) {
      await appendJournal(app, repos, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, action: 'compte.verrouille', recordType: 'user', recordId: user.id, ip: meta.ip, details: { jusqua: lockedUntil.toISOString() } });
    }
  });
  await countIpFailure(app, meta.ip);
}

export type LoginResult = { etape: 'termine' | 'totp'; token: string; userId: string; tenantId: string };

export async function login(app: App, email: string, password: string, meta: RequestMeta): Promise<LoginResult> {
  await checkIpThrottle(app, meta.ip);
  const user = await app.repos.authLookup.userByEmailIndex(emailIndex(app, email));
  if (!user) {
    await burnPasswordTime(password);
    await countIpFailure(app, meta.ip);
    throw unauthenticated('IDENTIFIANTS_INCORRECTS', BAD_CREDENTIALS);
  }
  const now = app.now();
  if (isLocked(user.locked_until, now)) {
    await recordEvent(app, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, action: 'connexion.refusee_verrouillage', recordType: 'user', recordId: user.id, ip: meta.ip });
    throw lockedError(user.locked_until!, now);
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    await countUserFailure(app, user, 'connexion.echec', meta);
    const after = await app.repos.users(user.tenant_id).get(user.id);
    if (after && isLocked(after.locked_until, now)) throw lockedError(after.locked_until!, now);
    throw unauthenticated('IDENTIFIANTS_INCORRECTS', BAD_CREDENTIALS);
  }
  const dataKey = user.wrapped_data_key
    ? unwrapDataKey(await kekFromPassword(password, user.kek_salt), user.wrapped_data_key, `user:${user.id}`)
    : null;
  const stage = user.totp_enabled === 1 ? 'totp' : 'active';
  const session = await app.tx(async (repos) => {
    if (stage === 'active') {
      await repos.users(user.tenant_id).update(user.id, { failed_logins: 0, locked_until: null, last_login_at: now.toISOString() });
      await appendJournal(app, repos, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, action: 'connexion.reussie', recordType: 'user', recordId: user.id, ip: meta.ip });
    }
    return openSession(app, repos, { tenantId: user.tenant_id, userId: user.id, dataKey, stage, ip: meta.ip, userAgent: meta.userAgent });
  });
  return { etape: stage === 'totp' ? 'totp' : 'termine', token: session.token, userId: user.id, tenantId: user.tenant_id };
}

/** Second step: a 6-digit TOTP code (never twice the same time step) or a single-use recovery code. */
export async function completeTotp(app: App, auth: SessionAuth, code: string, meta: RequestMeta): Promise<void> {
  const user = await app.repos.users(auth.tenantId).get(auth.userId);
  if (!user || user.totp_enabled !== 1) throw unauthenticated('SESSION_INVALIDE', 'Session expirée, reconnectez-vous.');
  const now = app.now();
  if (isLocked(user.locked_until, now)) throw lockedError(user.locked_until!, now);

  const trimmed = code.replace(/\s/g, '');
  let action = 'connexion.reussie';
  if (/^\d{6}$/.test(trimmed)) {
    const step = matchTotp(decryptTotpSecret(app, user), trimmed, now);
    if (step !== null && step <= user.totp_last_step) {
      await countUserFailure(app, user, 'connexion.totp_rejoue', meta);
      throw unauthenticated('CODE_DEJA_UTILISE', 'Ce code a déjà été utilisé. Attendez le code suivant de votre application.');
    }
    if (step === null) {
      await countUserFailure(app, user, 'connexion.totp_echec', meta);
      throw unauthenticated('CODE_INCORRECT', 'Code de vérification incorrect.');
    }
    if (!(await app.repos.users(auth.tenantId).advanceTotpStep(user.id, step))) {
      await countUserFailure(app, user, 'connexion.totp_rejoue', meta);
      throw unauthenticated('CODE_DEJA_UTILISE', 'Ce code a déjà été utilisé. Attendez le code suivant de votre application.');
    }
  } else {
    const normalised = normaliseRecoveryCode(trimmed);
    const ok = normalised !== null && (await app.repos.credentials.consumeRecoveryCode(auth.tenantId, user.id, app.keys.mac('recovery-code', normalised), now.toISOString()));
    if (!ok) {
      await countUserFailure(app, user, 'connexion.totp_echec', meta);
      throw unauthenticated('CODE_INCORRECT', 'Code de vérification ou code de secours incorrect.');
    }
    action = 'connexion.code_secours';
  }
  await app.tx(async (repos) => {
    await repos.users(auth.tenantId).update(user.id, {
      failed_logins: 0,
      locked_until: null,
      last_login_at: now.toISOString(),
    });
    const expires = new Date(now.getTime() + app.config.sessionIdleMinutes * 60_000).toISOString();
    await repos.sessions.activate(auth.sessionId, now.toISOString(), expires);
    await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action, recordType: 'user', recordId: user.id, ip: meta.ip });
  });
}

export async function logout(app: App, auth: SessionAuth, meta: RequestMeta): Promise<void> {
  const user = await app.repos.users(auth.tenantId).get(auth.userId);
  await app.tx(async (repos) => {
    await repos.sessions.deleteById(auth.sessionId);
    if (auth.stage === 'active') {
      await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: auth.userId, actorLabel: user?.role ?? 'anonymous', action: 'deconnexion', recordType: 'session', recordId: auth.sessionId, ip: meta.ip });
    }
  });
}
