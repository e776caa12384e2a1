// Our age files are standard: the age CLI decrypts what we write (several recipients, sizes
// around the 64 KiB STREAM boundary) and we decrypt what it writes; damage and wrong keys fail.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AgeDecryptError, ageDecrypt, ageEncrypt } from '../../src/backup/age-native.ts';
import { tempDir } from './support.ts';

const AGE = '/usr/bin/age';
const dir = tempDir('age');
afterAll(() => dir.remove());

function keygen(name: string): { identity: string; recipient: string; file: string } {
  const file = join(dir.path, name);
  execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
  const identity = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-1'))!;
  return { identity, recipient: execFileSync('age-keygen', ['-y', file]).toString().trim(), file };
}

describe('age files', () => {
  const a = keygen('a.txt');
  const b = keygen('b.txt');

  it('the age CLI decrypts ours with either recipient, at every size boundary', async () => {
    for (const size of [0, 1, 65535, 65536, 65537, 2 * 65536, 300_000]) {
      const plain = randomBytes(size);
      const file = join(dir.path, `x${size}.age`);
      writeFileSync(file, await ageEncrypt(plain, [a.recipient, b.recipient]));
      for (const k of [a, b]) expect(execFileSync(AGE, ['-d', '-i', k.file, file], { maxBuffer: 1e7 }).equals(plain), `${size}`).toBe(true);
    }
  });

  it('decrypts what the age CLI writes', async () => {
    const plain = randomBytes(200_000);
    writeFileSync(join(dir.path, 'p'), plain);
    execFileSync(AGE, ['-r', a.recipient, '-o', join(dir.path, 'cli.age'), join(dir.path, 'p')]);
    expect((await ageDecrypt(readFileSync(join(dir.path, 'cli.age')), [a.identity])).equals(plain)).toBe(true);
  });

  it('refuses a wrong key, a flipped byte, a truncated file', async () => {
    const c = await ageEncrypt(randomBytes(150_000), [a.recipient]);
    await expect(ageDecrypt(c, [b.identity])).rejects.toThrow('clé ne correspondant pas');
    for (const at of [30, c.length - 100, 70_000]) {
      const bad = Buffer.from(c);
      bad[at]! ^= 1;
      await expect(ageDecrypt(bad, [a.identity]), `byte ${at}`).rejects.toBeInstanceOf(AgeDecryptError);
    }
    // Cut at a 64 KiB chunk boundary: the last chunk flag catches it.
    const header = c.indexOf('\n---') + c.subarray(c.indexOf('\n---') + 1).indexOf('\n') + 2;
    await expect(ageDecrypt(c.subarray(0, header + 16 + 65536 + 16), [a.identity])).rejects.toBeInstanceOf(AgeDecryptError);
    await expect(ageDecrypt(c.subarray(0, c.length - 1), [a.identity])).rejects.toBeInstanceOf(AgeDecryptError);
  });
});
