// Sub-keys are derived with HKDF so one secret never serves two purposes.
import { hkdfSync } from 'node:crypto';

export function subKey(secret: Uint8Array, purpose: string, salt = ''): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(salt, 'utf8'), Buffer.from(`rempart:${purpose}`, 'utf8'), 32));
}
