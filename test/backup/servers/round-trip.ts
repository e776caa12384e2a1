// A full backup → verify → restore through a remote destination, with a real app, then a byte
// flipped on the server that the verification must catch.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Destination } from '../../../src/backup/destination.ts';
import { backupKeys } from '../../../src/backup/keys.ts';
import { restoreFull } from '../../../src/backup/restore.ts';
import { runBackup } from '../../../src/backup/run.ts';
import { verifyGeneration } from '../../../src/backup/verify.ts';
import { createTestApp } from '../../helpers/app.ts';
import { readAll } from './contract.ts';

export function backupRoundTrip(name: string, make: () => Destination) {
  it(`${name}: full backup, verify and restore, and a flipped byte is detected`, async () => {
    const t = await createTestApp('sqlite');
    const target = mkdtempSync(join(tmpdir(), 'rempart-restaure-'));
    const dest = make();
    try {
      const docs = join(t.dataDir, 'documents', 'entreprise');
      mkdirSync(docs, { recursive: true });
      const big = randomBytes(600_000);
      writeFileSync(join(docs, 'devis.pdf.age'), big);
      writeFileSync(join(docs, 'facture.age'), 'facture');

      // Generation names have one-second precision: two runs in the same second would tie.
      t.clock.now = new Date('2026-12-01T09:00:00Z');
      const result = await runBackup(t.app, [dest]);
      expect(result.destinations[0]!.error).toBeNull();
      expect(result.ok).toBe(true);
      const generation = result.destinations[0]!.generation!;
      const keys = await backupKeys(t.app);
      expect((await verifyGeneration(dest, generation, keys.identity)).ok).toBe(true);

      // A second run with nothing changed sends no document chunk again (and, same day,
      // retention keeps only this newer generation).
      t.clock.now = new Date('2026-12-01T10:00:00Z');
      const second = await runBackup(t.app, [dest]);
      expect(second.destinations[0]!.reusedChunks).toBeGreaterThanOrEqual(2);
      const latest = second.destinations[0]!.generation!;
      expect(latest).not.toBe(generation);

      const restored = await restoreFull(dest, latest, keys.identity, join(target, 'donnees'));
      expect(restored.written).toBeGreaterThanOrEqual(3);
      expect(readFileSync(join(target, 'donnees', 'documents', 'entreprise', 'devis.pdf.age')).equals(big)).toBe(true);

      const chunk = (await dest.list('chunks/'))[0]!.key;
      const bytes = await readAll(await dest.get(chunk));
      bytes[bytes.length - 20]! ^= 0x01;
      await dest.put(chunk, bytes);
      const report = await verifyGeneration(dest, latest, keys.identity);
      expect(report.ok).toBe(false);
      expect(report.message).toMatch(/ÉCHOUÉE/);
    } finally {
      await dest.close();
      await t.cleanup();
      rmSync(target, { recursive: true, force: true });
    }
  });
}
