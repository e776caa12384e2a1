// Full cycle on a real instance (SQLite): back up to a local folder, restore into a new data
// folder, start Rempart on it and find the known client; the age CLI opens the objects.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, defaultConfig } from '../../src/app.ts';
import { findClients } from '../../src/clients/search.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import type { PutOptions } from '../../src/backup/destination.ts';
import type { Readable } from 'node:stream';
import { backupKeys, createRecoveryIdentity } from '../../src/backup/keys.ts';
import { listGenerations } from '../../src/backup/objects.ts';
import { restoreClientDocuments, restoreFull } from '../../src/backup/restore.ts';
import { runBackup } from '../../src/backup/run.ts';
import { runDrill } from '../../src/backup/drill.ts';
import { parseManifest } from '../../src/core/backup/manifest.ts';
import { instance, KNOWN_EMAIL, tempDir, type Instance } from './support.ts';

const AGE = '/usr/bin/age';

describe('backup and restore, SQLite', () => {
  let inst: Instance;
  const dest = tempDir('dest');
  const restored = tempDir('restaure');
  const work = tempDir('travail');
  let paperKey: string;

  beforeAll(async () => {
    inst = await instance('sqlite');
    paperKey = (await createRecoveryIdentity(inst.t.app)).identity;
  });
  afterAll(async () => {
    await inst.t.cleanup();
    dest.remove();
    restored.remove();
    work.remove();
  });

  it('makes every piece durable (one flush) before writing the manifest that references it', async () => {
    const events: string[] = [];
    class Recording extends LocalDestination {
      override async put(key: string, body: Buffer | Readable, size?: number, options: PutOptions = {}) {
        events.push(`${key.split('/')[0]}${options.flushLater ? ' plus tard' : ''}`);
        return super.put(key, body, size, options);
      }
      override async flush() {
        events.push('flush');
        return super.flush();
      }
    }
    const other = tempDir('ordre');
    try {
      const result = await runBackup(inst.t.app, [new Recording(other.path)]);
      expect(result.ok, JSON.stringify(result.destinations)).toBe(true);
      const manifest = events.findIndex((e) => e.startsWith('generations'));
      expect(manifest).toBeGreaterThan(3);
      // the run's lock on the destination comes first (see lock.test.ts), then the pieces
      expect(events[0]).toBe('locks');
      expect(events.slice(1, manifest - 1).every((e) => e === 'chunks plus tard')).toBe(true);
      expect(events[manifest - 1]).toBe('flush');
      expect(events[manifest]).toBe('generations'); // the manifest itself is fsynced at once
    } finally {
      other.remove();
    }
  });

  it('backs up, verifies, and restores with the paper key into a working instance', async () => {
    const d = new LocalDestination(dest.path);
    const result = await runBackup(inst.t.app, [d]);
    expect(result.ok, JSON.stringify(result.destinations)).toBe(true);
    expect(result.destinations[0]!.verify?.ok).toBe(true);
    const gens = await listGenerations(d);
    expect(gens.map((g) => g.key)).toEqual([result.generationKey]);

    // The paper key alone restores (the data folder, hence the instance key, may be lost).
    const target = join(restored.path, 'donnees');
    const r = await restoreFull(d, result.generationKey, paperKey, target);
    expect(r.written).toBe(result.files);
    expect(existsSync(join(target, 'rempart.sqlite'))).toBe(true);
    expect(existsSync(join(target, 'rempart.key'))).toBe(true);
    for (const id of inst.documentIds) expect(existsSync(join(target, 'documents', inst.tenantId, `${id}.age`))).toBe(true);

    const app2 = await createApp({ ...defaultConfig({}), dataDir: target });
    try {
      const vault = new ClientVault(inst.tenantId, inst.actor.dataKey!);
      const found = await findClients(app2, vault, KNOWN_EMAIL);
      expect(found.clients.map((c) => c.nom)).toEqual(['Lefèvre']);
    } finally {
      await app2.close();
    }
  });

  it('the age CLI decrypts the manifest and a chunk with the paper key', async () => {
    expect(existsSync(AGE), `${AGE} is missing: apt-get install -y age`).toBe(true);
    const d = new LocalDestination(dest.path);
    const [gen] = await listGenerations(d);
    const keyFile = join(work.path, 'cle.txt');
    writeFileSync(keyFile, paperKey + '\n', { mode: 0o600 });
    const manifest = parseManifest(execFileSync(AGE, ['-d', '-i', keyFile, join(dest.path, gen!.key)]).toString('utf8'));
    const doc = manifest.files.find((f) => f.path === `documents/${inst.tenantId}/${inst.documentIds[0]}.age`)!;
    expect(doc.chunks).toHaveLength(1);
    const plain = execFileSync(AGE, ['-d', '-i', keyFile, join(dest.path, 'chunks', doc.chunks[0]!.name)]);
    // The document itself is still an age file encrypted to the tenant's key, as on disk.
    expect(plain.equals(readFileSync(join(inst.t.dataDir, doc.path)))).toBe(true);
    // Chunk names reveal nothing: they are keyed hashes, not the plain SHA-256.
    expect(readdirSync(join(dest.path, 'chunks'))).not.toContain(doc.chunks[0]!.sha256);
  });

  it('the README’s manual procedure (age + jq, no Rempart) restores every file', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const script = /<!-- restauration-manuelle[^\n]*\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(script, 'README section with the manual restore script').toBeTruthy();
    const d = new LocalDestination(dest.path);
    const [gen] = await listGenerations(d);
    writeFileSync(join(work.path, 'restaurer.sh'), script!, { mode: 0o700 });
    writeFileSync(join(work.path, 'papier.txt'), paperKey + '\n', { mode: 0o600 });
    const out = join(work.path, 'manuel');
    execFileSync('sh', [join(work.path, 'restaurer.sh'), join(work.path, 'papier.txt'), dest.path, gen!.key.replace('generations/', ''), out]);
    expect(readFileSync(join(out, 'rempart.key')).equals(readFileSync(join(inst.t.dataDir, 'rempart.key')))).toBe(true);
    for (const id of inst.documentIds) {
      const p = join('documents', inst.tenantId, `${id}.age`);
      expect(readFileSync(join(out, p)).equals(readFileSync(join(inst.t.dataDir, p)))).toBe(true);
    }
    rmSync(out, { recursive: true, force: true });
    rmSync(join(work.path, 'restaurer.sh'));
  });

  it('restores one client’s documents only, with a dry-run listing first', async () => {
    const d = new LocalDestination(dest.path);
    const [gen] = await listGenerations(d);
    const keys = await backupKeys(inst.t.app);
    const target = join(restored.path, 'client');
    const dry = await restoreClientDocuments(d, gen!.key, keys.identity, target, { tenantId: inst.tenantId, clientId: inst.clientId }, { dryRun: true });
    expect(dry.plan.files.map((f) => f.path).sort()).toEqual(inst.documentIds.map((id) => `documents/${inst.tenantId}/${id}.age`).sort());
    expect(existsSync(target)).toBe(false);
    const r = await restoreClientDocuments(d, gen!.key, keys.identity, target, { tenantId: inst.tenantId, clientId: inst.clientId });
    expect(r.written).toBe(2);
    expect(readdirSync(join(target, 'documents', inst.tenantId)).sort()).toEqual(inst.documentIds.map((id) => `${id}.age`).sort());
  });

  it('the restore drill opens the restored database', async () => {
    const keys = await backupKeys(inst.t.app);
    const report = await runDrill(new LocalDestination(dest.path), keys.identity);
    expect(report.ok, report.message).toBe(true);
    expect(report).toMatchObject({ tenants: 1, clients: 2 });
  });

  it('refuses a non-empty target and a wrong key, in French, without writing', async () => {
    const d = new LocalDestination(dest.path);
    const [gen] = await listGenerations(d);
    const keys = await backupKeys(inst.t.app);
    writeFileSync(join(work.path, 'existant.txt'), 'à garder');
    await expect(restoreFull(d, gen!.key, keys.identity, work.path)).rejects.toThrow(/n’est pas vide.*--ecraser/);
    expect(readdirSync(work.path).sort()).toEqual(['cle.txt', 'existant.txt', 'papier.txt']);
    const wrong = execFileSync('age-keygen').toString().split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-1'))!;
    await expect(restoreFull(d, gen!.key, wrong, join(restored.path, 'autre'))).rejects.toThrow(/Cette clé ne permet pas de déchiffrer/);
    expect(existsSync(join(restored.path, 'autre'))).toBe(false);
  });

  it('creates the recovery key only once unless replaced', async () => {
    await expect(createRecoveryIdentity(inst.t.app)).rejects.toThrow(/Une clé de secours existe déjà.*--remplacer/);
  });

  it('the instance can unwrap its own key unattended after a restart', async () => {
    const again = await createApp({ ...defaultConfig({}), dataDir: inst.t.dataDir });
    try {
      expect((await backupKeys(again)).identity).toBe((await backupKeys(inst.t.app)).identity);
    } finally {
      await again.close();
    }
  });
});
