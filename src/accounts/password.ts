// Password change (re-wraps the data key, never re-encrypts data) and reset by one-time token.
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { App } from '../app.ts';
import { invalid, unauthenticated } from '../core/errors.ts';
import { kekFromPassword, kekFromRecoveryKey, normaliseRecoveryKey, unwrapDataKey } from '../crypto/keys.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { emailIndex, publicUser } from './identity.ts';
import { passwordMaterial, requireStrongPassword, verifyPassword } from './password-hash.ts';
import type { SessionAuth } from './session-token.ts';
import type { RequestMeta } from './meta.ts';

export async function changePassword(app: App, auth: SessionAuth, current: string, next: string, meta: RequestMeta): Promise<void> {
  const users = app.repos.users(auth.tenantId);
  const user = await users.get(auth.userId);
  if (!user) throw unauthenticated('SESSION_INVALIDE', 'Session expirée, reconnectez-vous.');
  if (!(await verifyPassword(user.password_hash, current))) {
    await recordEvent(app, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action: 'mot_de_passe.echec_modification', recordType: 'user', recordId: user.id, ip: meta.ip });
    throw invalid('MOT_DE_PASSE_ACTUEL_INCORRECT', 'Le mot de passe actuel est incorrect.');
  }
  if (current === next) throw invalid('MOT_DE_PASSE_IDENTIQUE', 'Le nouveau mot de passe doit être différent de l’actuel.');
  const who = publicUser(app, user);
  requireStrongPassword(next, [who.email, who.nom]);
  const dataKey = user.wrapped_data_key ? unwrapDataKey(await kekFromPassword(current, user.kek_salt), user.wrapped_data_key, `user:${user.id}`) : null;
  const material = await passwordMaterial(next, user.id, dataKey);
  await app.tx(async (repos) => {
    await repos.users(auth.tenantId).update(user.id, { ...material, password_changed_at: app.now().toISOString() });
    // Other devices must sign in again with the new password, and pending reset links die.
    await repos.sessions.revokeAllForUser(auth.tenantId, user.id, auth.sessionId);
    await repos.credentials.expireResetsForUser(auth.tenantId, user.id, app.now().toISOString());
    await appendJournal(app, repos, { tenantId: auth.tenantId, actorId: user.id, actorLabel: user.role, action: 'mot_de_passe.modifie', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
}

/**
 * Issues a one-time reset link. Rempart sends no e-mail itself yet: the message is written
 * to the outbox folder (and the server log) for the operator or a mail relay to deliver.
 * Returns the token only to callers that deliver it themselves (tests, CLI).
 */
export async function requestPasswordReset(app: App, email: string, meta: RequestMeta): Promise<string | null> {
  const user = await app.repos.authLookup.userByEmailIndex(emailIndex(app, email));
  if (!user) return null;
  const token = randomBytes(32).toString('base64url');
  const now = app.now();
  const id = randomUUID();
  await app.tx(async (repos) => {
    await repos.credentials.insertReset({
      id,
      tenant_id: user.tenant_id,
      user_id: user.id,
      token_mac: app.keys.mac('reset', token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + app.config.resetTokenMinutes * 60_000).toISOString(),
      used_at: null,
      ip: meta.ip,
    });
    await appendJournal(app, repos, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, action: 'mot_de_passe.reinitialisation_demandee', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
  const to = publicUser(app, user).email;
  const link = `${app.config.publicUrl}/#/reinitialisation?jeton=${token}`;
  const message = [
    `To: ${to}`,
    'Subject: =?UTF-8?Q?R=C3=A9initialisation_de_votre_mot_de_passe_Rempart?=',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Bonjour,',
    '',
    `Une réinitialisation du mot de passe de votre compte Rempart a été demandée. Ce lien est valable ${app.config.resetTokenMinutes} minutes et ne sert qu’une fois :`,
    link,
    '',
    'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
  ].join('\r\n');
  await writeFileAtomic(join(app.config.dataDir, 'outbox', `${now.toISOString().replace(/[:.]/g, '-')}-reinitialisation-${id}.eml`), message);
  return token;
}

export async function confirmPasswordReset(
  app: App,
  input: { token: string; newPassword: string; recoveryKey?: string | null },
  meta: RequestMeta,
): Promise<void> {
  const bad = invalid('JETON_INVALIDE', 'Lien de réinitialisation invalide, expiré ou déjà utilisé. Demandez-en un nouveau.');
  const reset = await app.repos.credentials.resetByTokenMac(app.keys.mac('reset', input.token));
  if (!reset) throw bad;
  const user = await app.repos.users(reset.tenant_id).get(reset.user_id);
  if (!user) throw bad;
  const event = { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, recordType: 'user', recordId: user.id, ip: meta.ip };
  if (reset.used_at || new Date(reset.expires_at) <= app.now()) {
    await recordEvent(app, { ...event, action: 'mot_de_passe.jeton_refuse' });
    throw bad;
  }
  const who = publicUser(app, user);
  requireStrongPassword(input.newPassword, [who.email, who.nom]);

  // The owner's data key can only be recovered with the recovery key; other users get their
  // access back when the owner sets their password again (their wrapped key is dropped).
  let dataKey: Buffer | null = null;
  if (user.role === 'owner') {
    const tenant = await app.repos.tenants.get(user.tenant_id);
    const key = input.recoveryKey ? normaliseRecoveryKey(input.recoveryKey) : null;
    try {
      if (!key || !tenant) throw new Error('missing');
      dataKey = unwrapDataKey(kekFromRecoveryKey(key, tenant.id), tenant.recovery_wrapped_key, `recovery:${tenant.id}`);
    } catch {
      await recordEvent(app, { ...event, action: 'mot_de_passe.cle_recuperation_refusee' });
      throw invalid('CLE_RECUPERATION_INCORRECTE', 'Clé de récupération incorrecte. Elle vous a été remise à la création du compte (format XXXX-XXXX-…).');
    }
  }
  const material = await passwordMaterial(input.newPassword, user.id, dataKey);
  await app.tx(async (repos) => {
    if (!(await repos.credentials.markResetUsed(reset.id, app.now().toISOString()))) throw bad;
    await repos.users(user.tenant_id).update(user.id, { ...material, password_changed_at: app.now().toISOString(), failed_logins: 0, locked_until: null });
    await repos.sessions.revokeAllForUser(user.tenant_id, user.id);
    await repos.credentials.expireResetsForUser(user.tenant_id, user.id, app.now().toISOString());
    await appendJournal(app, repos, { ...event, action: 'mot_de_passe.reinitialise' });
  });
}
