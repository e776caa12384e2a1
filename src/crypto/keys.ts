// Key hierarchy: a random data key per tenant, wrapped by key-encryption keys
// (one per user password, one for the recovery key). Changing a password re-wraps
// the data key; data itself is never re-encrypted.
import { randomBytes } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { open, seal } from './aead.ts';
import { subKey } from './derive.ts';

/** OWASP minimum for argon2id: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function generateDataKey(): Buffer {
  return randomBytes(32);
}

export function newSalt(): string {
  return randomBytes(16).toString('base64');
}

export async function kekFromPassword(password: string, saltB64: string): Promise<Buffer> {
  return hashRaw(password.normalize('NFC'), { ...ARGON2_PARAMS, salt: Buffer.from(saltB64, 'base64'), outputLen: 32 });
}

export function wrapDataKey(kek: Uint8Array, dataKey: Uint8Array, context: string): string {
  return seal(kek, dataKey, `wrap:${context}`).toString('base64');
}

export function unwrapDataKey(kek: Uint8Array, wrapped: string, context: string): Buffer {
  return open(kek, Buffer.from(wrapped, 'base64'), `wrap:${context}`);
}

// Recovery keys are 160 random bits shown as Crockford-like base32 groups, easy to copy by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function generateRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts the key as typed by a person: lower case, spaces, O for 0, I/L for 1. */
export function normaliseRecoveryKey(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== 32 || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  return cleaned.match(/.{4}/g)!.join('-');
}

export function kekFromRecoveryKey(recoveryKey: string, tenantId: string): Buffer {
  const normalised = normaliseRecoveryKey(recoveryKey);
  if (!normalised) throw new Error('invalid recovery key');
  // The recovery key already carries 160 bits of entropy: HKDF is enough, no slow hash needed.
  return subKey(Buffer.from(normalised, 'utf8'), 'recovery-kek', tenantId);
}
