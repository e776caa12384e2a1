// User identity fields (login e-mail, name) are encrypted with the instance key: they are
// needed before the tenant's data key is available (at sign-in), yet must not sit in clear.
import type { App } from '../app.ts';
import type { UserRow } from '../db/repositories/users.ts';
import type { Role } from '../db/schema.ts';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailIndex(app: App, email: string): string {
  return app.keys.mac('login-email', normaliseEmail(email));
}

export function sealIdentity(app: App, userId: string, email: string, nom: string) {
  const c = app.keys.cipher;
  return {
    email_index: emailIndex(app, email),
    email_enc: c.encrypt({ tenantId: 'system', table: 'users', column: 'email', rowId: userId }, normaliseEmail(email)),
    nom_enc: c.encrypt({ tenantId: 'system', table: 'users', column: 'nom', rowId: userId }, nom.trim()),
  };
}

export interface PublicUser {
  id: string;
  email: string;
  nom: string;
  role: Role;
  totpEnabled: boolean;
  accessPending: boolean;
  passwordChangedAt: string;
  lastLoginAt: string | null;
}

export function publicUser(app: App, row: UserRow): PublicUser {
  const c = app.keys.cipher;
  return {
    id: row.id,
    email: c.decrypt({ tenantId: 'system', table: 'users', column: 'email', rowId: row.id }, row.email_enc),
    nom: c.decrypt({ tenantId: 'system', table: 'users', column: 'nom', rowId: row.id }, row.nom_enc),
    role: row.role,
    totpEnabled: row.totp_enabled === 1,
    accessPending: row.wrapped_data_key === null,
    passwordChangedAt: row.password_changed_at,
    lastLoginAt: row.last_login_at,
  };
}

/** A fresh user row: identity sealed, password material given, no 2FA, no failures. */
export function newUserRow(
  app: App,
  args: { id: string; tenantId: string; email: string; nom: string; role: Role; now: string; material: Pick<UserRow, 'password_hash' | 'kek_salt' | 'wrapped_data_key'>; signedIn: boolean },
): UserRow {
  return {
    id: args.id,
    tenant_id: args.tenantId,
    ...sealIdentity(app, args.id, args.email, args.nom),
    role: args.role,
    ...args.material,
    password_changed_at: args.now,
    failed_logins: 0,
    locked_until: null,
    totp_secret_enc: null,
    totp_enabled: 0,
    totp_last_step: 0,
    created_at: args.now,
    last_login_at: args.signedIn ? args.now : null,
  };
}
