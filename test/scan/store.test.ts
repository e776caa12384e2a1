// The scan store on SQLite and on a real PostgreSQL server: tenant scoping, batches, the
// per-folder summary, the register's latestSummary(), and no raw value anywhere at rest.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../helpers/app.ts';
import { STRONG_PASSWORD } from '../helpers/http.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import { verifyJournal } from '../../src/journal/journal.ts';
import { recordScan, ScanWriter } from '../../src/inventory/record.ts';
import { scanEngine } from '../../src/inventory/engine.ts';
import { saveScanForAccount } from '../../src/cli/scan-save.ts';
import { createApp, defaultConfig } from '../../src/app.ts';
import { sealClearScanPaths } from '../../src/db/seal-scan-paths.ts';
import { DecryptionError } from '../../src/crypto/aead.ts';
import type { FileReport } from '../../src/scan/contract.ts';
import { handReport, prepareFolder, rawValuesIn } from './inventory-support.ts';

async function newTenant(t: TestApp, tag: string) {
  const email = `zoe-${tag}@exemple.fr`;
  const r = await signUp(
    t.app,
    { raisonSociale: `Atelier ${tag}`, activite: 'photographe', contactNom: 'Zoé Martin', contactEmail: `contact-${tag}@exemple.fr`, nom: 'Zoé Martin', email, password: STRONG_PASSWORD },
    CLI_META,
    { openSession: false },
  );
  return { tenantId: r.tenantId, email };
}

const REPORTS: FileReport[] = [
  handReport('/srv/partage/Clients/liste.csv', { email: 2, phone: 1, iban: 1 }, { size: 300 }),
  handReport('/srv/partage/Clients/devis.docx', { person_name: 3 }, { size: 700 }),
  handReport('/srv/partage/Santé/bilan.txt', { health: 2, nir: 1 }, { size: 100 }),
  handReport('/srv/partage/Clients/abimé.xlsx', {}, { size: 50, error: { code: 'CORROMPU', message: 'Fichier Excel endommagé ou illisible.' } }),
];

async function allRows(t: TestApp) {
  const db = t.app.store.db;
  return JSON.stringify([
    await db.selectFrom('scans').selectAll().execute(),
    await db.selectFrom('scan_files').selectAll().execute(),
    await db.selectFrom('scan_folders').selectAll().execute(),
    await db.selectFrom('journal').selectAll().execute(),
  ]);
}

describe.each(DIALECTS)('scan store on %s', (dialect) => {
  let t: TestApp;
  let a: { tenantId: string; email: string };
  let b: { tenantId: string; email: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [a, b] = await Promise.all([newTenant(t, `a-${dialect}`), newTenant(t, `b-${dialect}`)]);
  });
  afterAll(async () => t?.cleanup());

  it('records a scan with its files, totals and per-folder summary, for its tenant only', async () => {
    expect(await t.app.repos.scans(a.tenantId).latestSummary()).toBeNull();
    const id = await recordScan(t.app, a.tenantId, ['/srv/partage'], REPORTS, '2026-03-02T08:00:00.000Z');
    const repoA = t.app.repos.scans(a.tenantId);
    const scan = (await repoA.get(id))!;
    expect(scan).toMatchObject({ status: 'finished', source: 'cli', started_at: '2026-03-02T08:00:00.000Z', files_count: 4, errors_count: 1, findings_count: 10, failure: null });
    expect(Number(scan.bytes)).toBe(1150);
    expect(JSON.parse(scan.totals)).toEqual({ email: 2, phone: 1, iban: 1, person_name: 3, health: 2, nir: 1 });
    expect((await repoA.folders(id)).map((f) => ({ folder: f.folder, files: f.files_count, errors: f.errors_count, bytes: Number(f.bytes), counts: JSON.parse(f.counts) }))).toEqual([
      { folder: '/srv/partage/Clients', files: 3, errors: 1, bytes: 1050, counts: { email: 2, phone: 1, iban: 1, person_name: 3 } },
      { folder: '/srv/partage/Santé', files: 1, errors: 0, bytes: 100, counts: { health: 2, nir: 1 } },
    ]);

    expect(await repoA.latestSummary()).toEqual({
      id,
      scannedAt: '2026-03-02T08:00:00.000Z',
      roots: ['/srv/partage'],
      totals: { email: 2, phone: 1, iban: 1, person_name: 3, health: 2, nir: 1 },
      files: [
        { path: '/srv/partage/Clients/liste.csv', folder: '/srv/partage/Clients', size: 300, modifiedAt: '2026-03-01T10:00:00.000Z', counts: { email: 2, phone: 1, iban: 1 } },
        { path: '/srv/partage/Clients/devis.docx', folder: '/srv/partage/Clients', size: 700, modifiedAt: '2026-03-01T10:00:00.000Z', counts: { person_name: 3 } },
        { path: '/srv/partage/Santé/bilan.txt', folder: '/srv/partage/Santé', size: 100, modifiedAt: '2026-03-01T10:00:00.000Z', counts: { health: 2, nir: 1 } },
        { path: '/srv/partage/Clients/abimé.xlsx', folder: '/srv/partage/Clients', size: 50, modifiedAt: '2026-03-01T10:00:00.000Z', counts: {}, error: 'Fichier Excel endommagé ou illisible.' },
      ],
    });

    // Tenant B sees nothing of A's scan.
    const repoB = t.app.repos.scans(b.tenantId);
    expect(await repoB.get(id)).toBeUndefined();
    expect(await repoB.list()).toEqual([]);
    expect(await repoB.files(id, { offset: 0, limit: 100 })).toEqual([]);
    expect(await repoB.countFiles(id)).toBe(0);
    expect(await repoB.folders(id)).toEqual([]);
    expect(await repoB.latestSummary()).toBeNull();
    expect(await repoB.finish(id, { status: 'failed', finished_at: 'x', totals: '{}', files_count: 0, errors_count: 0, findings_count: 0, bytes: 0, failure: null }, [])).toBe(false);
    expect((await repoA.get(id))!.status).toBe('finished');

    // The journal of A records the start and the end, with counts only.
    const journal = await t.app.repos.journal.all(a.tenantId);
    const entries = journal.filter((e) => e.record_id === id);
    expect(entries.map((e) => e.action)).toEqual(['inventaire.analyse_demarree', 'inventaire.analyse_terminee']);
    expect(JSON.parse(entries[1]!.details)).toEqual({ statut: 'finished', fichiers: 4, erreurs: 1, donnees: 10 });
    expect((await verifyJournal(t.app, a.tenantId)).ok).toBe(true);
  });

  it('pages the files in scan order and filters the errors', async () => {
    const id = await recordScan(t.app, a.tenantId, ['/srv/partage'], REPORTS, '2026-03-03T08:00:00.000Z');
    const repo = t.app.repos.scans(a.tenantId);
    expect(await repo.countFiles(id)).toBe(4);
    expect((await repo.files(id, { offset: 1, limit: 2 })).map((f) => f.seq)).toEqual([2, 3]);
    const errors = await repo.files(id, { offset: 0, limit: 10, toCheckOnly: true });
    expect(errors.map((f) => [f.path, f.error_code])).toEqual([['/srv/partage/Clients/abimé.xlsx', 'CORROMPU']]);
    expect(await repo.countFiles(id, true)).toBe(1);
  });

  it('writes files in batches while running, refuses foreign rows and writes after the end', async () => {
    const writer = await ScanWriter.open(t.app, a.tenantId, { roots: ['/srv/x'], startedAt: '2026-04-01T08:00:00.000Z', source: 'web', actor: { actorId: null, actorLabel: 'owner', ip: '127.0.0.1' } });
    const repo = t.app.repos.scans(a.tenantId);
    for (let i = 0; i < 600; i++) await writer.add(handReport(`/srv/x/d${i % 7}/f${i}.txt`, { email: 1 }));
    // 250 files per batch: two batches are already in the store while the scan runs.
    expect(await repo.countFiles(writer.scanId)).toBeGreaterThanOrEqual(500);
    expect((await repo.get(writer.scanId))!.status).toBe('running');
    // A running scan is not a result yet: the register still reads the previous one.
    expect((await repo.latestSummary())!.scannedAt).toBe('2026-03-03T08:00:00.000Z');

    const foreign = { scan_id: writer.scanId, seq: 9999, tenant_id: b.tenantId, path: '/p', folder: '/', format: 'txt', size: 1, modified_at: 'x', counts: '{}', findings: 0, sensitive: 0, error_code: null, error: null };
    await expect(t.app.repos.scans(a.tenantId).appendFiles(writer.scanId, [foreign])).rejects.toThrow(/tenant mismatch/);
    await expect(t.app.repos.scans(b.tenantId).appendFiles(writer.scanId, [foreign])).rejects.toThrow(/scan not running/);

    await writer.finish('cancelled');
    expect(await repo.countFiles(writer.scanId)).toBe(600);
    expect((await repo.folders(writer.scanId)).map((f) => f.files_count).reduce((x, y) => x + y, 0)).toBe(600);
    expect((await repo.get(writer.scanId))!.status).toBe('cancelled');
    await expect(repo.appendFiles(writer.scanId, [{ ...foreign, tenant_id: a.tenantId }])).rejects.toThrow(/scan not running/);
    // Cancelled: the register still reads the last finished scan.
    expect((await repo.latestSummary())!.scannedAt).toBe('2026-03-03T08:00:00.000Z');
    expect((await repo.list()).map((s) => s.status)).toEqual(['cancelled', 'finished', 'finished']);
  });

  it('saves a command-line scan for the owner found by e-mail', async () => {
    const id = await saveScanForAccount(b.email, ['/home/zoe'], [handReport('/home/zoe/a.txt', { email: 1 })], t.app);
    const scan = (await t.app.repos.scans(b.tenantId).get(id))!;
    expect(scan).toMatchObject({ source: 'cli', files_count: 1 });
    const [end] = (await t.app.repos.journal.all(b.tenantId)).filter((e) => e.record_id === id).slice(-1);
    expect(end).toMatchObject({ action: 'inventaire.analyse_terminee', ip: 'cli', actor_label: 'owner' });
    await expect(saveScanForAccount('personne@exemple.fr', ['/x'], [], t.app)).rejects.toThrow(/Aucun compte/);
  });

  it('keeps no raw value: neither the findings a report carries nor what the real engine read', async () => {
    const folder = prepareFolder();
    const engine = await scanEngine();
    const reports: FileReport[] = [];
    for await (const r of engine([folder.root], { workers: 1 })) reports.push(r);
    expect(reports.map((r) => r.path).sort()).toEqual([...folder.files].sort());
    // The engine did find the values (with their masked forms) that the store must drop.
    const list = reports.find((r) => r.path.endsWith('liste.csv'))!;
    expect(list.counts.email).toBeGreaterThanOrEqual(1);
    expect(list.counts.phone).toBeGreaterThanOrEqual(1);
    expect(list.counts.iban).toBe(1);
    expect(reports.find((r) => r.path.endsWith('suivi.txt'))!.counts.nir).toBe(1);
    expect(list.findings.length).toBeGreaterThanOrEqual(3);
    expect(reports.find((r) => r.path === folder.broken)!.error?.message).toMatch(/[éèà]/);
    const id = await recordScan(t.app, a.tenantId, [folder.root], reports, new Date().toISOString());
    await recordScan(t.app, a.tenantId, ['/srv/partage'], REPORTS, new Date().toISOString());
    expect((await t.app.repos.scans(a.tenantId).get(id))!.files_count).toBe(4);

    // Nor where it looked: a path can name a client ("Santé/bilan.txt").
    const places = [basename(folder.root), 'liste.csv', 'suivi.txt', 'abimé.xlsx', 'courriels.zip', 'relance.txt', 'carte-vitale', 'Clients', 'Notes', '/srv/partage', 'Santé', 'bilan.txt', 'devis.docx'];
    const placesIn = (hay: string) => places.filter((p) => hay.includes(p));
    const rows = await allRows(t);
    expect(rows).toContain('Fichier Excel endommagé'); // the search does see the stored rows
    expect(rawValuesIn(rows)).toEqual([]);
    expect(placesIn(rows)).toEqual([]);
    if (dialect === 'sqlite') {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.app.store.db);
      const bytes = Buffer.concat(readdirSync(t.dataDir).filter((f) => f.startsWith('rempart.sqlite')).map((f) => readFileSync(join(t.dataDir, f))));
      expect(bytes.includes(Buffer.from('Fichier Excel endommagé'))).toBe(true);
      expect(rawValuesIn(bytes)).toEqual([]);
      expect(placesIn(bytes.toString('utf8'))).toEqual([]);
    }
    // and every path reads back whole through the repository
    expect((await t.app.repos.scans(a.tenantId).files(id, { offset: 0, limit: 10 })).map((f) => f.path).sort()).toEqual([...folder.files].sort());
    expect(JSON.parse((await t.app.repos.scans(a.tenantId).get(id))!.roots)).toEqual([folder.root]);
    rmSync(folder.root, { recursive: true, force: true });
  });
  /** A scan as Rempart stored it before paths were sealed. */
  async function clearScan(tenantId: string) {
    const db = t.app.store.db;
    const id = randomUUID();
    await db.insertInto('scans').values({ id, tenant_id: tenantId, status: 'finished', source: 'cli', roots: JSON.stringify(['/srv/ancien']), started_at: '2025-01-01T00:00:00.000Z', finished_at: '2025-01-01T00:01:00.000Z', started_by: null, totals: '{"health":2}', files_count: 2, errors_count: 0, findings_count: 2, bytes: 10, failure: null, person_index: 0 }).execute();
    await db
      .insertInto('scan_files')
      .values([1, 2].map((seq) => ({ scan_id: id, seq, tenant_id: tenantId, path: `/srv/ancien/Patients/Quintavalle-${seq}.txt`, folder: '/srv/ancien/Patients', format: 'txt', size: 5, modified_at: '2025-01-01T00:00:00.000Z', counts: '{"health":1}', findings: 1, sensitive: 1, error_code: null, error: null })))
      .execute();
    await db.insertInto('scan_folders').values({ scan_id: id, tenant_id: tenantId, folder: '/srv/ancien/Patients', files_count: 2, errors_count: 0, bytes: 10, counts: '{"health":2}' }).execute();
    const raw = async () =>
      JSON.stringify([
        await db.selectFrom('scans').selectAll().where('id', '=', id).execute(),
        await db.selectFrom('scan_files').selectAll().where('scan_id', '=', id).orderBy('seq').execute(),
        await db.selectFrom('scan_folders').selectAll().where('scan_id', '=', id).execute(),
      ]);
    return { id, raw };
  }

  it('seals, when Rempart starts, the paths an older version stored in clear, once and whole', async () => {
    const { id, raw } = await clearScan(a.tenantId);
    expect(await raw()).toContain('Quintavalle');
    const again = await createApp({ ...defaultConfig({}), dataDir: t.dataDir, databaseUrl: t.databaseUrl });
    try {
      const sealed = await raw();
      expect(['ancien', 'Patients', 'Quintavalle'].filter((p) => sealed.includes(p))).toEqual([]);
      const repo = again.repos.scans(a.tenantId);
      expect(JSON.parse((await repo.get(id))!.roots)).toEqual(['/srv/ancien']);
      expect((await repo.files(id, { offset: 0, limit: 10 })).map((f) => [f.path, f.folder])).toEqual([
        ['/srv/ancien/Patients/Quintavalle-1.txt', '/srv/ancien/Patients'],
        ['/srv/ancien/Patients/Quintavalle-2.txt', '/srv/ancien/Patients'],
      ]);
      expect((await repo.folders(id)).map((f) => f.folder)).toEqual(['/srv/ancien/Patients']);
      // a second start finds nothing left to seal and changes nothing
      expect(await sealClearScanPaths(again.store.db, again.keys.cipher)).toBe(0);
      expect(await raw()).toBe(sealed);
    } finally {
      await again.close();
    }
  });

  it('refuses a sealed path moved to another file or another business instead of showing it', async () => {
    const { id } = await clearScan(a.tenantId);
    const db = t.app.store.db;
    await sealClearScanPaths(db, t.app.keys.cipher);
    const repo = t.app.repos.scans(a.tenantId);
    expect((await repo.files(id, { offset: 0, limit: 10 })).map((f) => f.path)).toHaveLength(2);
    const [one, two] = await db.selectFrom('scan_files').select(['seq', 'path']).where('scan_id', '=', id).orderBy('seq').execute();
    await db.updateTable('scan_files').set({ path: two!.path }).where('scan_id', '=', id).where('seq', '=', one!.seq).execute();
    await expect(repo.files(id, { offset: 0, limit: 10 })).rejects.toThrow(DecryptionError);
    // the same sealed roots under another business do not open either
    await db.updateTable('scans').set({ tenant_id: b.tenantId }).where('id', '=', id).execute();
    await expect(t.app.repos.scans(b.tenantId).get(id)).rejects.toThrow(DecryptionError);
    await db.deleteFrom('scans').where('id', '=', id).execute();
  });
});
