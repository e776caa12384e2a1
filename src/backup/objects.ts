// Reading and writing the encrypted objects of a destination: generation manifests and chunks.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { invalid } from '../core/errors.ts';
import { generationsIn, type GenerationName } from '../core/backup/generation.ts';
import { parseManifest, serialiseManifest, type ChunkRef, type Manifest } from '../core/backup/manifest.ts';
import { AgeDecryptError, ageDecrypt, ageEncrypt } from './age-native.ts';
import type { Destination } from './destination.ts';
import { destinationError } from './errors.ts';

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A stored piece is the one its manifest wrote: same size, and same SHA-256 where the manifest (before 2026-12) kept one. */
export function storedAsWritten(data: Uint8Array, ref: Pick<ChunkRef, 'cipherSize' | 'cipherSha256'>): boolean {
  return data.length === ref.cipherSize && (!ref.cipherSha256 || sha256(data) === ref.cipherSha256);
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(p as Buffer);
  return Buffer.concat(parts);
}

export async function getObject(dest: Destination, key: string): Promise<Buffer> {
  try {
    return await readAll(await dest.get(key));
  } catch (err) {
    throw destinationError(err, dest.label);
  }
}

/** A decryption failure in French: wrong key, or a damaged object. */
function decryptError(err: unknown, what: string): Error {
  if (!(err instanceof AgeDecryptError)) return err as Error;
  if (err.message === 'clé ne correspondant pas') {
    return invalid('CLE_INCORRECTE', `Cette clé ne permet pas de déchiffrer ${what} : utilisez la clé de sauvegarde de cette instance ou la clé de secours imprimée (AGE-SECRET-KEY-1…).`);
  }
  return invalid('OBJET_CORROMPU', `${what} est endommagé (${err.message}).`);
}

async function decryptObject(data: Buffer, identities: readonly string[], what: string): Promise<Buffer> {
  try {
    return await ageDecrypt(data, identities);
  } catch (err) {
    throw decryptError(err, what);
  }
}

export async function readManifest(dest: Destination, key: string, identities: readonly string[]): Promise<Manifest> {
  const data = await getObject(dest, key);
  return parseManifest((await decryptObject(data, identities, `le manifeste ${key}`)).toString('utf8'));
}

export async function writeManifest(dest: Destination, key: string, m: Manifest, recipients: readonly string[]): Promise<void> {
  const body = await ageEncrypt(Buffer.from(serialiseManifest(m), 'utf8'), recipients);
  try {
    await dest.put(key, body, body.length);
  } catch (err) {
    throw destinationError(err, dest.label);
  }
}

export async function listGenerations(dest: Destination): Promise<GenerationName[]> {
  try {
    return generationsIn((await dest.list('generations/')).map((o) => o.key));
  } catch (err) {
    throw destinationError(err, dest.label);
  }
}
