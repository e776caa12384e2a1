// TOTP enrolment, disabling (only with a fresh code) and recovery codes.
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { App } from '../app.ts';
import { invalid, unauthenticated } from '../core/errors.ts';
import { matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl } from '../crypto/totp.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import type { UserRow } from '../db/repositories/users.ts';
import { publicUser } from './identity.ts';
import { decryptTotpSecret, encryptTotpSecret } from './totp-secret.ts';
import type { SessionAuth } from './session-token.ts';
import type { RequestMeta } from './meta.ts';
import type { Repositories } from '../db/repositories/index.ts';

async function currentUser(app: App, auth: SessionAuth): Promise<UserRow> {
  const user = await app.repos.users(auth.tenantId).get(auth.userId);
  if (!user) throw unauthenticated('SESSION_INVALIDE', 'Session expirée, reconnectez-vous.');
  return user;
}

export async function setupTotp(app: App, auth: SessionAuth, meta: RequestMeta) {
  const user = await currentUser(app, auth);
  if (user.totp_enabled === 1) throw invalid('2FA_DEJA_ACTIVE', 'La double authentification est déjà activée.');
  const secret = newTotpSecret();
  const tenant = await app.repos.tenants.get(auth.tenantId);
  const label = `${tenant?.raison_sociale ?? 'Rempart'} (${publicUser(app, user).email})`;
  const url = otpauthUrl(secret, label);
  await app.tx(async (repos) => {
    await repos.users(auth.tenantId).update(user.id, { totp_secret_enc: encryptTotpSecret(app, user.id, secret), totp_last_step: 0 });
    await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action: '2fa.preparee', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl: url, qrSvg };
}

/** Checks a fresh TOTP code (never a reused time step) and records the step as used. */
async function requireFreshCode(app: App, user: UserRow, code: string, meta: RequestMeta): Promise<number> {
  if (!user.totp_secret_enc) throw invalid('2FA_NON_PREPAREE', 'Commencez par afficher le QR code à scanner.');
  const step = matchTotp(decryptTotpSecret(app, user), code.replace(/\s/g, ''), app.now());
  if (step === null || step <= user.totp_last_step) {
    await recordEvent(app, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, action: '2fa.echec', recordType: 'user', recordId: user.id, ip: meta.ip, details: { rejeu: step !== null } });
    throw invalid(step === null ? 'CODE_INCORRECT' : 'CODE_DEJA_UTILISE', step === null ? 'Code de vérification incorrect.' : 'Ce code a déjà été utilisé. Attendez le code suivant.');
  }
  return step;
}

async function storeRecoveryCodes(app: App, repos: Repositories, user: UserRow): Promise<string[]> {
  const codes = newRecoveryCodes(10);
  await repos.credentials.replaceRecoveryCodes(
    user.tenant_id,
    user.id,
    codes.map((c) => ({ id: randomUUID(), code_mac: app.keys.mac('recovery-code', c) })),
  );
  return codes;
}

export async function enableTotp(app: App, auth: SessionAuth, code: string, meta: RequestMeta): Promise<string[]> {
  const user = await currentUser(app, auth);
  if (user.totp_enabled === 1) throw invalid('2FA_DEJA_ACTIVE', 'La double authentification est déjà activée.');
  const step = await requireFreshCode(app, user, code, meta);
  return app.tx(async (repos) => {
    await repos.users(auth.tenantId).update(user.id, { totp_enabled: 1, totp_last_step: step });
    const codes = await storeRecoveryCodes(app, repos, user);
    await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action: '2fa.activee', recordType: 'user', recordId: user.id, ip: meta.ip });
    return codes;
  });
}

export async function disableTotp(app: App, auth: SessionAuth, code: string, meta: RequestMeta): Promise<void> {
  const user = await currentUser(app, auth);
  if (user.totp_enabled !== 1) throw invalid('2FA_INACTIVE', 'La double authentification n’est pas activée.');
  await requireFreshCode(app, user, code, meta);
  await app.tx(async (repos) => {
    await repos.users(auth.tenantId).update(user.id, { totp_enabled: 0, totp_secret_enc: null, totp_last_step: 0 });
    await repos.credentials.replaceRecoveryCodes(auth.tenantId, user.id, []);
    await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action: '2fa.desactivee', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
}

export async function regenerateRecoveryCodes(app: App, auth: SessionAuth, code: string, meta: RequestMeta): Promise<string[]> {
  const user = await currentUser(app, auth);
  if (user.totp_enabled !== 1) throw invalid('2FA_INACTIVE', 'La double authentification n’est pas activée.');
  const step = await requireFreshCode(app, user, code, meta);
  return app.tx(async (repos) => {
    await repos.users(auth.tenantId).update(user.id, { totp_last_step: step });
    const codes = await storeRecoveryCodes(app, repos, user);
    await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action: '2fa.codes_regeneres', recordType: 'user', recordId: user.id, ip: meta.ip });
    return codes;
  });
}

/** Admin path (CLI) for an owner who lost the phone and the codes: proof is the recovery key. */
export async function resetTotpWithRecoveryKey(app: App, user: UserRow, meta: RequestMeta): Promise<void> {
  await app.tx(async (repos) => {
    await repos.users(user.tenant_id).update(user.id, { totp_enabled: 0, totp_secret_enc: null, totp_last_step: 0, failed_logins: 0, locked_until: null });
    await repos.credentials.replaceRecoveryCodes(user.tenant_id, user.id, []);
    await appendJournal(app, repos, { tenantId: user.tenant_id, actorId: null, actorLabel: 'system', action: '2fa.reinitialisee_admin', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
}
