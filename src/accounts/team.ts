// The business profile and its users. Only the owner changes them.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import { conflict, forbidden, invalid, notFound } from '../core/errors.ts';
import { kekFromRecoveryKey, normaliseRecoveryKey, unwrapDataKey } from '../crypto/keys.ts';
import type { TenantProfile, TenantRow } from '../db/repositories/tenants.ts';
import type { Role } from '../db/schema.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { emailIndex, newUserRow, publicUser } from './identity.ts';
import { passwordMaterial, requireStrongPassword } from './password-hash.ts';
import type { SessionAuth } from './session-token.ts';
import type { RequestMeta } from './meta.ts';

export interface Actor extends SessionAuth {
  role: Role;
}

export function publicTenant(t: TenantRow) {
  return {
    id: t.id,
    raisonSociale: t.raison_sociale,
    siren: t.siren,
    activite: t.activite,
    adresse: t.adresse,
    contactNom: t.contact_nom,
    contactEmail: t.contact_email,
    passwordRenewalDays: t.password_renewal_days,
  };
}

export async function requireOwner(app: App, actor: Actor, meta: RequestMeta): Promise<void> {
  if (actor.role === 'owner') return;
  await recordEvent(app, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'securite.role_refuse', ip: meta.ip });
  throw forbidden('ROLE_INSUFFISANT', 'Seul le propriétaire du compte peut faire cette action.');
}

export async function updateTenant(app: App, actor: Actor, profile: TenantProfile, meta: RequestMeta) {
  await requireOwner(app, actor, meta);
  await app.tx(async (repos) => {
    await repos.tenants.updateProfile(actor.tenantId, profile, app.now().toISOString());
    await appendJournal(app, repos, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'entreprise.modifiee', recordType: 'tenant', recordId: actor.tenantId, ip: meta.ip });
  });
  return publicTenant((await app.repos.tenants.get(actor.tenantId))!);
}

export async function listUsers(app: App, actor: Actor, meta: RequestMeta) {
  const rows = await app.repos.users(actor.tenantId).list();
  await recordEvent(app, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'utilisateurs.lecture', recordType: 'user', ip: meta.ip, details: { nombre: rows.length } });
  return rows.map((r) => publicUser(app, r));
}

function requireDataKey(actor: Actor): Buffer {
  if (!actor.dataKey) throw forbidden('ACCES_EN_ATTENTE', 'Votre accès au fichier chiffré attend d’être réactivé par le propriétaire.');
  return actor.dataKey;
}

export async function addUser(app: App, actor: Actor, input: { email: string; nom: string; role: 'collaborator' | 'accountant'; password: string }, meta: RequestMeta) {
  await requireOwner(app, actor, meta);
  const dataKey = requireDataKey(actor);
  requireStrongPassword(input.password, [input.email, input.nom]);
  if (await app.repos.authLookup.userByEmailIndex(emailIndex(app, input.email))) {
    throw conflict('EMAIL_UTILISE', 'Un compte existe déjà avec cette adresse e-mail.');
  }
  const id = randomUUID();
  const now = app.now().toISOString();
  const material = await passwordMaterial(input.password, id, dataKey);
  await app.tx(async (repos) => {
    await repos.users(actor.tenantId).insert(newUserRow(app, { id, tenantId: actor.tenantId, email: input.email, nom: input.nom, role: input.role, now, material, signedIn: false }));
    await appendJournal(app, repos, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'utilisateur.cree', recordType: 'user', recordId: id, ip: meta.ip, details: { role: input.role } });
  });
  return publicUser(app, (await app.repos.users(actor.tenantId).get(id))!);
}

/** Another tenant's id and a missing id answer the same 404, and the attempt is journaled. */
async function targetUser(app: App, actor: Actor, userId: string, meta: RequestMeta) {
  const user = await app.repos.users(actor.tenantId).get(userId);
  if (!user) {
    await recordEvent(app, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'securite.acces_refuse', recordType: 'user', recordId: userId.slice(0, 64), ip: meta.ip });
    throw notFound('Utilisateur introuvable.');
  }
  return user;
}

export async function removeUser(app: App, actor: Actor, userId: string, meta: RequestMeta): Promise<void> {
  await requireOwner(app, actor, meta);
  const user = await targetUser(app, actor, userId, meta);
  if (user.role === 'owner') throw invalid('PROPRIETAIRE', 'Le compte du propriétaire ne peut pas être supprimé.');
  await app.tx(async (repos) => {
    await repos.users(actor.tenantId).delete(user.id);
    await appendJournal(app, repos, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'utilisateur.supprime', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
}

/** The owner sets a new password for a collaborator, which also restores their access to the data key. */
export async function setUserPassword(app: App, actor: Actor, userId: string, password: string, meta: RequestMeta): Promise<void> {
  await requireOwner(app, actor, meta);
  const dataKey = requireDataKey(actor);
  const user = await targetUser(app, actor, userId, meta);
  if (user.role === 'owner') throw invalid('PROPRIETAIRE', 'Changez votre propre mot de passe depuis « Sécurité du compte ».');
  const who = publicUser(app, user);
  requireStrongPassword(password, [who.email, who.nom]);
  const material = await passwordMaterial(password, user.id, dataKey);
  await app.tx(async (repos) => {
    await repos.users(actor.tenantId).update(user.id, { ...material, password_changed_at: app.now().toISOString(), failed_logins: 0, locked_until: null });
    await repos.sessions.revokeAllForUser(actor.tenantId, user.id);
    await appendJournal(app, repos, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'utilisateur.mot_de_passe_defini', recordType: 'user', recordId: user.id, ip: meta.ip });
  });
}

/** Proves possession of the tenant's recovery key by unwrapping the data key with it. */
export async function unlockWithRecoveryKey(app: App, tenantId: string, recoveryKey: string): Promise<Buffer> {
  const tenant = await app.repos.tenants.get(tenantId);
  const key = normaliseRecoveryKey(recoveryKey);
  if (!tenant || !key) throw invalid('CLE_RECUPERATION_INCORRECTE', 'Clé de récupération incorrecte.');
  try {
    return unwrapDataKey(kekFromRecoveryKey(key, tenant.id), tenant.recovery_wrapped_key, `recovery:${tenant.id}`);
  } catch {
    throw invalid('CLE_RECUPERATION_INCORRECTE', 'Clé de récupération incorrecte.');
  }
}
