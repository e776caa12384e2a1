// The packing pipeline on real files bigger than a piece: buffers reused across many pieces,
// pieces repeated inside one run, the SQLite file frozen in place while the app keeps
// writing (and the copy when it cannot be frozen), and damage the age layer catches.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import type { PutOptions } from '../../src/backup/destination.ts';
import { backupKeys } from '../../src/backup/keys.ts';
import { readManifest, sha256, writeManifest } from '../../src/backup/objects.ts';
import { restoreFull } from '../../src/backup/restore.ts';
import { runBackup } from '../../src/backup/run.ts';
import { freezeSqlite, snapshotDatabase } from '../../src/backup/snapshot.ts';
import { verifyGeneration } from '../../src/backup/verify.ts';
import { createClient } from '../../src/clients/service.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import { CHUNK_SIZE } from '../../src/core/backup/manifest.ts';
import { chunkKey } from '../../src/core/backup/generation.ts';
import { client, instance, tempDir, type Instance } from './support.ts';

const fileSha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('backup pipeline', () => {
  let inst: Instance;
  let identity: string;
  const dest = tempDir('pipeline-dest');
  const out = tempDir('pipeline-out');
  const big = randomBytes(3 * CHUNK_SIZE + 12_345); // four pieces, the last one short

  beforeAll(async () => {
    inst = await instance('sqlite');
    identity = (await backupKeys(inst.t.app)).identity;
    const dir = join(inst.t.app.config.dataDir, 'documents', 'gros');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'original.bin'), big);
    writeFileSync(join(dir, 'copie.bin'), big); // same pieces: sealed and written once
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `petit-${i}.bin`), randomBytes(300_000 + i));
    writeFileSync(join(dir, 'vide.bin'), Buffer.alloc(0));
  });
  afterAll(async () => {
    await inst.t.cleanup();
    dest.remove();
    out.remove();
  });

  it('restores every file byte for byte, each repeated piece sent once', async () => {
    const d = new LocalDestination(dest.path);
    const r = await runBackup(inst.t.app, [d]);
    expect(r.destinations[0]).toMatchObject({ ok: true, error: null });
    const m = await readManifest(d, r.generationKey, [identity]);
    const original = m.files.find((f) => f.path === 'documents/gros/original.bin')!;
    const copy = m.files.find((f) => f.path === 'documents/gros/copie.bin')!;
    expect(original.chunks).toHaveLength(4);
    expect(copy.chunks).toEqual(original.chunks);
    expect(original.sha256).toBe(sha256(big));
    expect(original.chunks.every((c) => c.cipherSha256 === undefined)).toBe(true);
    const pieces = m.files.reduce((n, f) => n + f.chunks.length, 0);
    expect(r.destinations[0]!.uploadedChunks).toBe(pieces - 4);
    expect(r.destinations[0]!.reusedChunks).toBe(4);
    expect(readdirSync(join(dest.path, 'chunks'), { recursive: true }).filter((n) => /[0-9a-f]{64}$/.test(String(n)))).toHaveLength(pieces - 4);

    const target = join(out.path, 'complet');
    await restoreFull(d, r.generationKey, identity, target);
    const dataDir = inst.t.app.config.dataDir;
    for (const f of m.files.filter((x) => x.role === 'file')) expect(fileSha(join(target, f.path)), f.path).toBe(fileSha(join(dataDir, f.path)));
    const db = new Database(join(target, 'rempart.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('backs up the database as it was when the run began, while the app keeps writing', async () => {
    const file = join(inst.t.app.config.dataDir, 'rempart.sqlite');
    const writer = new Database(file);
    // A database of several pieces, so that writes land between the reading of its pieces.
    writer.exec('CREATE TABLE remplissage (id INTEGER PRIMARY KEY, v BLOB)');
    const fill = writer.prepare('INSERT INTO remplissage (v) VALUES (randomblob(4000))');
    writer.transaction(() => {
      for (let i = 0; i < 6000; i++) fill.run();
    })();
    const contentOf = (db: Database.Database) => {
      const h = createHash('sha256');
      for (const row of db.prepare('SELECT v FROM remplissage ORDER BY id').iterate() as Iterable<{ v: Buffer }>) h.update(row.v);
      return h.digest('hex');
    };
    const before = contentOf(writer);
    let writes = 0;
    // The database is packed first: its first upload happens while its last pieces are still to read.
    class WritingMeanwhile extends LocalDestination {
      override async put(key: string, body: Buffer | Readable, size?: number, options?: PutOptions): Promise<void> {
        if (key.startsWith('chunks/') && writes++ === 0) {
          writer.exec("UPDATE remplissage SET v = randomblob(4000); CREATE TABLE ecrit_pendant (v TEXT); INSERT INTO ecrit_pendant VALUES ('x');");
          writer.pragma('wal_checkpoint(PASSIVE)'); // what SQLite does by itself after enough writes
        }
        return super.put(key, body, size, options);
      }
    }
    const d = new WritingMeanwhile(join(dest.path, 'pendant'));
    mkdirSync(d.root);
    try {
      const r = await runBackup(inst.t.app, [d]);
      expect(r.ok).toBe(true);
      expect(writes).toBeGreaterThan(1);
      const target = join(out.path, 'pendant');
      await restoreFull(d, r.generationKey, identity, target);
      const db = new Database(join(target, 'rempart.sqlite'), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ecrit_pendant'").get()).toEqual({ n: 0 });
      expect(contentOf(db)).toBe(before);
      db.close();
      // The live file takes the writes in once the run let go of it.
      writer.pragma('wal_checkpoint(TRUNCATE)');
      const again = new Database(file, { readonly: true });
      expect(again.prepare('SELECT v FROM ecrit_pendant').get()).toEqual({ v: 'x' });
      expect(contentOf(again)).not.toBe(before);
      again.close();
    } finally {
      writer.exec('DROP TABLE IF EXISTS ecrit_pendant; DROP TABLE remplissage');
      writer.close();
    }
  });

  it('freezes the SQLite file: no checkpoint reaches it until released', () => {
    const file = join(out.path, 'gel.sqlite');
    const w = new Database(file);
    w.pragma('journal_mode = WAL');
    w.exec('CREATE TABLE t (v TEXT)');
    w.prepare('INSERT INTO t VALUES (?)').run('avant');
    const release = freezeSqlite(file);
    expect(release).not.toBeNull();
    const frozen = fileSha(file);
    for (let i = 0; i < 200; i++) w.prepare('INSERT INTO t VALUES (?)').run(randomBytes(2000).toString('hex'));
    w.pragma('wal_checkpoint(PASSIVE)'); // what SQLite runs by itself after writes
    expect(fileSha(file)).toBe(frozen);
    release!();
    w.pragma('wal_checkpoint(PASSIVE)');
    expect(fileSha(file)).not.toBe(frozen);
    w.close();
  });

  it('copies instead when a reader holds the log, and the copy is consistent', async () => {
    const app = inst.t.app;
    const reader = new Database(join(app.config.dataDir, 'rempart.sqlite'), { readonly: true });
    await createClient(app, inst.actor, client({ nom: 'Journal', emails: ['journal@exemple.fr'] }), CLI_META); // something in the log
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM clients').get(); // a read transaction in the log: the log cannot be emptied
    try {
      expect(freezeSqlite(join(app.config.dataDir, 'rempart.sqlite'))).toBeNull();
      const tmp = join(out.path, 'copie');
      mkdirSync(tmp);
      const snap = await snapshotDatabase(app, tmp);
      expect(snap.path).toBe(join(tmp, 'rempart.sqlite'));
      expect(snap.release).toBeUndefined();
      const db = new Database(snap.path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare("SELECT count(*) AS n FROM clients").get()).toEqual(reader.prepare('SELECT count(*) AS n FROM clients').get());
      db.close();
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }
  });

  it('calls a piece whose header or payload was altered « corrompu », and still checks the SHA-256 of older manifests', async () => {
    const d = new LocalDestination(join(dest.path, 'alteration'));
    mkdirSync(d.root);
    const r = await runBackup(inst.t.app, [d]);
    const m = await readManifest(d, r.generationKey, [identity]);
    const refs = m.files.flatMap((f) => f.chunks);
    // An older manifest carried the SHA-256 of each stored object: it is still honoured.
    const old = { ...m, files: m.files.map((f) => ({ ...f, chunks: f.chunks.map((c) => ({ ...c, cipherSha256: sha256(readFileSync(join(d.root, chunkKey(c.name)))) })) })) };
    await writeManifest(d, r.generationKey, old, (await backupKeys(inst.t.app)).recipients);
    expect((await verifyGeneration(d, r.generationKey, identity)).ok).toBe(true);
    const inHeader = join(d.root, chunkKey(refs[0]!.name));
    const a = readFileSync(inHeader);
    a[60]! ^= 0x01; // inside the X25519 stanza
    writeFileSync(inHeader, a);
    let report = await verifyGeneration(d, r.generationKey, identity);
    expect(report.problems).toEqual([expect.objectContaining({ object: chunkKey(refs[0]!.name), kind: 'corrompu', detail: expect.stringMatching(/SHA-256/) })]);
    // Without the stored objects' SHA-256 (today's manifests), the age layer refuses the piece.
    await writeManifest(d, r.generationKey, m, (await backupKeys(inst.t.app)).recipients);
    report = await verifyGeneration(d, r.generationKey, identity);
    expect(report.problems).toEqual([expect.objectContaining({ object: chunkKey(refs[0]!.name), kind: 'corrompu', detail: expect.stringMatching(/déchiffrement refusé/) })]);
    await expect(restoreFull(d, r.generationKey, identity, join(out.path, 'altere'))).rejects.toThrow(/Sauvegarde corrompue/);
  });
});
