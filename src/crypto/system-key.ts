// The instance secret protects what must be readable before any user has signed in
// (login e-mail lookup, TOTP secrets, journal MACs). It lives outside the database,
// so a database dump alone reveals nothing.
import { readFile } from 'node:fs/promises';
import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { FieldCipher } from './field.ts';
import { subKey } from './derive.ts';

export class SystemKeys {
  readonly cipher: FieldCipher;
  private readonly macKey: Buffer;
  private readonly journalKey: Buffer;

  constructor(secret: Uint8Array) {
    if (secret.length < 32) throw new Error('instance secret must be at least 32 bytes');
    this.cipher = new FieldCipher(subKey(secret, 'system-fields'));
    this.macKey = subKey(secret, 'system-mac');
    this.journalKey = subKey(secret, 'journal-chain');
  }

  /** Keyed hash for lookups and for secrets we only need to compare (tokens, recovery codes). */
  mac(purpose: string, value: string): string {
    return createHmac('sha256', this.macKey).update(`${purpose}\u001f${value}`, 'utf8').digest('base64url');
  }

  /** Each tenant's chain key, derived once: checking a journal of 300 000 entries derived it 300 000 times. */
  private readonly journalKeys = new Map<string, Buffer>();

  journalMac(tenantId: string, payload: string): string {
    let key = this.journalKeys.get(tenantId);
    if (!key) this.journalKeys.set(tenantId, (key = subKey(this.journalKey, 'tenant', tenantId)));
    return createHmac('sha256', key).update(payload, 'utf8').digest('hex');
  }
}

export async function loadOrCreateSystemKeys(dataDir: string, envSecret = process.env.REMPART_SECRET): Promise<SystemKeys> {
  if (envSecret) return new SystemKeys(Buffer.from(envSecret, 'base64'));
  const path = join(dataDir, 'rempart.key');
  try {
    return new SystemKeys(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(32);
  await writeFileAtomic(path, secret.toString('base64') + '\n', 0o600);
  return new SystemKeys(secret);
}
