// What can go wrong: a flipped byte or a truncated object (verify names it), an interrupted
// run (no generation appears), a full or unplugged destination (French error, the other
// destination still gets its backup), deduplication and the retention of generations.
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Destination } from '../../src/backup/destination.ts';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { backupKeys } from '../../src/backup/keys.ts';
import { listGenerations, readManifest } from '../../src/backup/objects.ts';
import { runBackup } from '../../src/backup/run.ts';
import { verifyGeneration } from '../../src/backup/verify.ts';
import { restoreFull } from '../../src/backup/restore.ts';
import { instance, tempDir, type Instance } from './support.ts';

/** A destination whose writes fail like a full disk, after `allowed` successful writes. */
class FullDisk implements Destination {
  readonly kind = 'local' as const;
  readonly label = 'disque plein de test';
  private writes = 0;
  put: (key: string, body: Buffer | Readable, size?: number) => Promise<void> = async (key, body, size) => {
    if (++this.writes > this.allowed) throw Object.assign(new Error('write failed'), { code: 'ENOSPC' });
    return this.inner.put(key, body, size);
  };
  constructor(
    private readonly inner: LocalDestination,
    private readonly allowed: number,
  ) {}
  test = () => this.inner.test();
  get = (k: string) => this.inner.get(k);
  exists = (k: string) => this.inner.exists(k);
  list = (p: string) => this.inner.list(p);
  delete = (k: string) => this.inner.delete(k);
  close = () => this.inner.close();
}

describe('backup faults', () => {
  let inst: Instance;
  let identity: string;
  const dirs = { a: tempDir('a'), b: tempDir('b'), c: tempDir('c'), out: tempDir('out') };

  beforeAll(async () => {
    inst = await instance('sqlite');
    identity = (await backupKeys(inst.t.app)).identity;
  });
  afterAll(async () => {
    await inst.t.cleanup();
    for (const d of Object.values(dirs)) d.remove();
  });

  it('verify reports a flipped byte and a truncated chunk, by object', async () => {
    const d = new LocalDestination(dirs.a.path);
    const r = await runBackup(inst.t.app, [d]);
    expect(r.ok).toBe(true);
    const chunks = readdirSync(join(dirs.a.path, 'chunks')).sort();
    const flipped = join(dirs.a.path, 'chunks', chunks[0]!);
    const bytes = readFileSync(flipped);
    bytes[bytes.length - 20]! ^= 0x01;
    writeFileSync(flipped, bytes);
    const cut = join(dirs.a.path, 'chunks', chunks[1]!);
    truncateSync(cut, readFileSync(cut).length - 7);

    const report = await verifyGeneration(d, r.generationKey, identity);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ object: `chunks/${chunks[0]}`, kind: 'corrompu' }),
        expect.objectContaining({ object: `chunks/${chunks[1]}`, kind: 'tronque' }),
      ]),
    );
    expect(report.message).toMatch(/^Vérification ÉCHOUÉE sur dossier .*corrompu/);
    await expect(restoreFull(d, r.generationKey, identity, join(dirs.out.path, 'x'))).rejects.toThrow(/Sauvegarde corrompue|modifié ou tronqué/);

    // A byte flipped in the manifest itself is caught too.
    const gen = join(dirs.a.path, r.generationKey);
    const m = readFileSync(gen);
    m[m.length - 3]! ^= 0x80;
    writeFileSync(gen, m);
    const again = await verifyGeneration(d, r.generationKey, identity);
    expect(again.ok).toBe(false);
    expect(again.problems[0]).toMatchObject({ object: r.generationKey, kind: 'corrompu' });
    expect(again.message).toMatch(/endommagé/);
  });

  it('an interrupted backup leaves no generation', async () => {
    const d = new LocalDestination(dirs.b.path);
    const abort = new AbortController();
    // Stops the run right after its first piece reached the disk: mid-way, deterministically.
    const interrupting = new FullDisk(d, Number.POSITIVE_INFINITY);
    const put = interrupting.put.bind(interrupting);
    interrupting.put = async (key, body, size) => {
      await put(key, body, size);
      if (key.startsWith('chunks/')) abort.abort();
    };
    await expect(runBackup(inst.t.app, [interrupting], { signal: abort.signal })).rejects.toThrow(/Sauvegarde interrompue : aucune nouvelle génération/);
    expect(readdirSync(join(dirs.b.path, 'chunks')).length).toBeGreaterThan(0);
    expect(await listGenerations(d)).toEqual([]);
    // The next run completes, and only then a generation exists; the leftovers are reused or swept.
    const ok = await runBackup(inst.t.app, [d]);
    expect(ok.ok).toBe(true);
    expect((await listGenerations(d)).map((g) => g.key)).toEqual([ok.generationKey]);
  });

  it('a full destination fails in French while the other one gets its backup', async () => {
    const good = new LocalDestination(dirs.c.path);
    const full = new FullDisk(new LocalDestination(dirs.out.path), 1);
    const r = await runBackup(inst.t.app, [full, good]);
    expect(r.ok).toBe(false);
    expect(r.destinations[0]).toMatchObject({ ok: false, generation: null });
    expect(r.destinations[0]!.error).toMatch(/^Destination pleine : plus de place sur disque plein de test/);
    expect(r.destinations[1]).toMatchObject({ ok: true, error: null });
    expect(await listGenerations(new LocalDestination(dirs.out.path))).toEqual([]);
  });

  it('an unplugged disk is reported, not recreated', async () => {
    const gone = join(dirs.out.path, 'disque-debranche');
    const r = await runBackup(inst.t.app, [new LocalDestination(gone)]);
    expect(r.destinations[0]!.error).toMatch(/Dossier introuvable : .*Le disque est-il branché/);
    await expect(new LocalDestination(gone).test()).rejects.toThrow(/Dossier introuvable/);
    expect(readdirSync(dirs.out.path)).not.toContain('disque-debranche');
  });

  it('a second backup sends only the changed chunks', async () => {
    const d = new LocalDestination(dirs.c.path);
    rmSync(dirs.c.path, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dirs.c.path);
    const first = await runBackup(inst.t.app, [d]);
    const firstChunks = readdirSync(join(dirs.c.path, 'chunks')).length;
    writeFileSync(join(inst.t.dataDir, 'documents', inst.tenantId, `${inst.documentIds[0]}.age`), 'contenu modifié');
    const second = await runBackup(inst.t.app, [d]);
    const s = second.destinations[0]!;
    expect(s.ok).toBe(true);
    // The changed document, and the database snapshot (its pages carry new timestamps).
    expect(s.uploadedChunks).toBeLessThanOrEqual(2);
    expect(s.reusedChunks).toBeGreaterThanOrEqual(firstChunks - 2);
    expect(s.uploadedBytes).toBeLessThan(first.destinations[0]!.uploadedBytes);
    expect(s.verify?.ok).toBe(true);
  });

  it('the retention keeps 7 daily generations and deletes unreferenced chunks', async () => {
    const dir = tempDir('retention');
    try {
      const d = new LocalDestination(dir.path);
      const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 1, 0, 0));
      const docPath = join(inst.t.dataDir, 'documents', inst.tenantId, `${inst.documentIds[1]}.age`);
      const results = [];
      for (let n = 0; n < 10; n++) {
        writeFileSync(docPath, `version du jour ${n}`); // each day a different document version
        results.push(await runBackup(inst.t.app, [d], { now: day(n), retention: { daily: 7, weekly: 0, monthly: 0 } }));
      }
      const kept = (await listGenerations(d)).map((g) => g.key);
      expect(kept).toEqual(results.slice(3).reverse().map((r) => r.generationKey));
      expect(results.at(-1)!.destinations[0]!.removedGenerations).toEqual([results[2]!.generationKey]);
      // No chunk left that no kept generation uses: day 0–2 versions of the document are gone.
      const used = new Set<string>();
      for (const k of kept) for (const f of (await readManifest(d, k, [identity])).files) for (const c of f.chunks) used.add(c.name);
      expect(new Set(readdirSync(join(dir.path, 'chunks')))).toEqual(used);
      // And every kept generation is still whole.
      for (const k of kept) expect((await verifyGeneration(d, k, identity)).ok).toBe(true);
    } finally {
      dir.remove();
    }
  });
});
