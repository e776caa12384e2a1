import type { App } from '../app.ts';
import type { UserRow } from '../db/repositories/users.ts';

const ctx = (userId: string) => ({ tenantId: 'system', table: 'users', column: 'totp_secret', rowId: userId });

export function encryptTotpSecret(app: App, userId: string, secret: string): string {
  return app.keys.cipher.encrypt(ctx(userId), secret);
}

export function decryptTotpSecret(app: App, user: UserRow): string {
  if (!user.totp_secret_enc) throw new Error('no TOTP secret');
  return app.keys.cipher.decrypt(ctx(user.id), user.totp_secret_enc);
}
