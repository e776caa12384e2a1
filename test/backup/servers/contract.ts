// The behaviour every destination must have, run against each real server.
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Destination } from '../../../src/backup/destination.ts';

export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(Buffer.from(p));
  return Buffer.concat(parts);
}

/** A stream that sends some bytes then fails, as a cut connection or a crash would. */
export function failingStream(bytes: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(randomBytes(bytes));
      } else {
        this.destroy(new Error('coupure simulée'));
      }
    },
  });
}

export function destinationContract(name: string, make: () => Destination) {
  it(`${name}: put, get, exists, list, delete`, async () => {
    const dest = make();
    try {
      const body = randomBytes(300_000);
      await dest.put('chunks/ab/abcdef', body);
      await dest.put('generations/2026-12-01T00-00-00Z-x.age', Readable.from([Buffer.from('manifeste')]), 9);
      await dest.put('generations/2026-12-02T00-00-00Z-y.age', Readable.from([Buffer.from('sans taille')]));
      expect(await dest.exists('chunks/ab/abcdef')).toBe(true);
      expect(await dest.exists('chunks/ab/absent')).toBe(false);
      expect((await readAll(await dest.get('chunks/ab/abcdef'))).equals(body)).toBe(true);
      expect(await dest.list('generations/')).toEqual([
        { key: 'generations/2026-12-01T00-00-00Z-x.age', size: 9 },
        { key: 'generations/2026-12-02T00-00-00Z-y.age', size: 11 },
      ]);
      expect((await dest.list('chunks/')).map((o) => o.key)).toEqual(['chunks/ab/abcdef']);
      expect(await dest.list('nulle-part/')).toEqual([]);
      // Replacing an object is atomic too (retention rewrites nothing, but a retried run may).
      await dest.put('chunks/ab/abcdef', Buffer.from('v2'));
      expect((await readAll(await dest.get('chunks/ab/abcdef'))).toString()).toBe('v2');
      await dest.delete('chunks/ab/abcdef');
      expect(await dest.exists('chunks/ab/abcdef')).toBe(false);
      await expect(dest.get('chunks/ab/abcdef')).rejects.toMatchObject({ code: 'DESTINATION_CHEMIN_INTROUVABLE' });
    } finally {
      await dest.close();
    }
  });

  it(`${name}: concurrent uploads into the same new folder`, async () => {
    const dest = make();
    try {
      await Promise.all(Array.from({ length: 8 }, (_, i) => dest.put(`chunks/nouveau/${i}`, Buffer.from(String(i)))));
      expect((await dest.list('chunks/nouveau/')).map((o) => o.key)).toEqual(Array.from({ length: 8 }, (_, i) => `chunks/nouveau/${i}`));
    } finally {
      await dest.close();
    }
  });

  it(`${name}: an interrupted upload leaves no object`, async () => {
    const dest = make();
    try {
      await expect(dest.put('generations/coupee.age', failingStream(200_000), 400_000)).rejects.toThrow();
      expect(await dest.exists('generations/coupee.age')).toBe(false);
      expect((await dest.list('generations/')).map((o) => o.key)).not.toContain('generations/coupee.age');
    } finally {
      await dest.close();
    }
  });

  it(`${name}: the connection test passes and leaves nothing behind`, async () => {
    const dest = make();
    try {
      const before = await dest.list('');
      await dest.test();
      expect(await dest.list('')).toEqual(before);
    } finally {
      await dest.close();
    }
  });
}
