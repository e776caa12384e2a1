// Scans through the real HTTP server: start on a prepared folder with the real engine, poll
// to the end, read the results; refusals (outside the allowed roots, roles, CSRF, another
// tenant's scan), one running scan per tenant, and cancelling.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { Client } from '../helpers/http.ts';
import { addUser, expectError, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { useScanEngine, type ScanEngine } from '../../src/inventory/engine.ts';
import { handReport, prepareFolder, rawValuesIn, untilDone, type PreparedFolder } from './inventory-support.ts';

const base = mkdtempSync(join(tmpdir(), 'rempart-scan-routes-'));
const allowed = join(base, 'partage');
const outside = mkdtempSync(join(tmpdir(), 'rempart-scan-dehors-'));
process.env.REMPART_SCAN_ROOTS = allowed;
const folder: PreparedFolder = prepareFolder(allowed);

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe.each(DIALECTS)('scans through HTTP (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url);
  });
  afterAll(async () => stopEnv(env));

  it('scans a server-side folder and shows totals, folders, files and errors in French', async () => {
    const roots = await owner.client.get('/api/scans/roots');
    expect(roots.body).toEqual({ racines: [allowed] });
    expect((await owner.client.get('/api/scans')).body).toEqual({ analyses: [], enCours: null });

    const start = await owner.client.post('/api/scans', { dossiers: [`${allowed}/`] });
    expect(start.status, start.text).toBe(202);
    const id = start.body.id as string;
    expect(start.body.analyse).toMatchObject({ id, statut: 'en_cours', dossiers: [allowed], origine: 'web' });

    const done = await untilDone(owner.client, id);
    expect(done.analyse).toMatchObject({ statut: 'terminee', fichiers: 4, erreurs: 1, echec: null, progression: null });
    expect(done.analyse.totaux.courantes).toBeGreaterThanOrEqual(4);
    expect(done.analyse.totaux.parType.email).toBeGreaterThanOrEqual(3);
    // the photo beside the files, and the one inside the zip
    expect(done.analyse.nonLus).toEqual({ image: 2, bureautique: 1 });
    expect(done.parDossier.map((d: { dossier: string; fichiers: number; erreurs: number }) => [d.dossier, d.fichiers, d.erreurs])).toEqual([
      [folder.clients, 2, 1],
      [folder.notes, 2, 0],
    ]);
    expect(done.fichiers).toMatchObject({ page: 1, parPage: 1, total: 4 });

    const all = await owner.client.get(`/api/scans/${id}?parPage=10`);
    const byName = new Map((all.body.fichiers.elements as { chemin: string; courantes: number }[]).map((f) => [f.chemin.split('/').pop(), f]));
    expect(byName.get('liste.csv')).toMatchObject({ dossier: folder.clients, format: 'csv', erreur: null });
    expect(byName.get('liste.csv')!.courantes).toBeGreaterThanOrEqual(2);
    expect(byName.get('abimé.xlsx')).toMatchObject({ erreur: expect.stringMatching(/endommagé|illisible/), courantes: 0, sensibles: 0, nonLus: {} });
    // read (its text file), with a photo inside that was not: said on the file itself
    expect(byName.get('courriels.zip')).toMatchObject({ erreur: null, courantes: 1, nonLus: { image: 1 } });
    expect(rawValuesIn(all.text)).toEqual([]);

    // to check by hand: the file not read, and the one holding something not read
    const toCheck = await owner.client.get(`/api/scans/${id}?erreurs=1`);
    expect(toCheck.body.fichiers.elements.map((f: { chemin: string }) => f.chemin).sort()).toEqual([folder.broken, folder.zip].sort());
    expect(toCheck.body.fichiers.total).toBe(2);
    const page2 = await owner.client.get(`/api/scans/${id}?page=2&parPage=3`);
    expect(page2.body.fichiers.elements).toHaveLength(1);

    const history = await owner.client.get('/api/scans');
    expect(history.body.analyses.map((a: { id: string; statut: string }) => [a.id, a.statut])).toEqual([[id, 'terminee']]);
    expect(history.body.enCours).toBeNull();

    const entries = (await journal(owner.client)).filter((e) => e.recordId === id);
    expect(entries.map((e) => e.action)).toEqual(['inventaire.analyse_terminee', 'inventaire.analyse_demarree']);
    expect(entries[0]!.details).toMatchObject({ statut: 'finished', fichiers: 4, erreurs: 1 });

    // The register reads the same scan.
    const summary = await env.t.app.repos.scans(owner.tenantId).latestSummary();
    expect(summary?.id).toBe(id);
    expect(summary?.files.find((f) => f.path === folder.broken)?.error).toMatch(/endommagé|illisible/);
  });

  it('reads the text of images when asked (« Lire aussi le texte des photos… »), and only counts them otherwise', { timeout: 60_000 }, async () => {
    const scans = join(allowed, `Scans-${dialect}`);
    mkdirSync(scans);
    writeFileSync(join(scans, 'rib.jpg'), readFileSync(new URL('./fixtures/rib.jpg', import.meta.url)));
    const totals = async (images?: boolean) => {
      const start = await owner.client.post('/api/scans', { dossiers: [scans], ...(images === undefined ? {} : { images }) });
      expect(start.status, start.text).toBe(202);
      return (await untilDone(owner.client, start.body.id as string)).analyse as { totaux: { parType: Record<string, number> }; nonLus: Record<string, number>; imagesLues: boolean };
    };
    expect(await totals()).toMatchObject({ totaux: { parType: {} }, nonLus: { image: 1 }, imagesLues: false });
    const read = await totals(true);
    expect(read.totaux.parType).toEqual({ person_name: 1, postal_address: 1, iban: 1 });
    expect(read.nonLus).toEqual({});
    // the scan says it read images, in its result and in the history
    expect(read.imagesLues).toBe(true);
    expect((await owner.client.get('/api/scans')).body.analyses[0].imagesLues).toBe(true);
    rmSync(scans, { recursive: true });
  });
});

/** An engine the test drives: one report, then it waits for release() or cancellation. */
function gatedEngine() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const engine: ScanEngine = async function* (roots, options) {
    options.onProgress?.({ files: 0, totalFiles: 2, bytes: 0, totalBytes: 2468, findings: 0, etaSeconds: null });
    yield handReport(join(roots[0]!, 'premier.txt'), { email: 1 });
    await new Promise<void>((resolve) => {
      void gate.then(resolve);
      options.signal?.addEventListener('abort', () => resolve(), { once: true });
    });
    if (options.signal?.aborted) return;
    yield handReport(join(roots[0]!, 'second.txt'), { iban: 1 });
  };
  return { engine, release };
}

async function untilFirstFile(client: Client, id: string) {
  for (;;) {
    const res = await client.get(`/api/scans/${id}`);
    if (res.body.analyse.progression?.fichiers >= 1) return res.body;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('scan refusals and job control (sqlite)', () => {
  let env: Env;
  let owner: Owner;
  let other: Owner;
  let collab: Client;
  let accountant: Client;
  let otherScan: string;
  const password = 'Girafe violette sous la pluie 42';

  beforeAll(async () => {
    env = await startEnv('sqlite');
    [owner, other] = await Promise.all([newOwner(env.url), newOwner(env.url)]);
    const tag = Date.now();
    await addUser(owner.client, 'collaborator', `collab-${tag}@exemple.fr`, password);
    await addUser(owner.client, 'accountant', `compta-${tag}@exemple.fr`, password);
    [collab, accountant] = await Promise.all([loginOk(env.url, `collab-${tag}@exemple.fr`, password), loginOk(env.url, `compta-${tag}@exemple.fr`, password)]);
    const start = await other.client.post('/api/scans', { dossiers: [folder.notes] });
    expect(start.status, start.text).toBe(202);
    otherScan = start.body.id;
    await untilDone(other.client, otherScan);
  });
  afterAll(async () => stopEnv(env));
  afterEach(() => useScanEngine(null));

  async function scanCount(tenantId: string) {
    return (await env.t.app.repos.scans(tenantId).list()).length;
  }

  it('refuses folders outside the allowed roots and bad bodies, in French, creating nothing', async () => {
    const cases: [unknown, string, RegExp?][] = [
      [{ dossiers: [outside] }, 'DOSSIER_NON_AUTORISE', /en dehors des dossiers que ce serveur peut analyser.*partage/],
      [{ dossiers: [join(allowed, '..')] }, 'DOSSIER_NON_AUTORISE'],
      [{ dossiers: ['/etc'] }, 'DOSSIER_NON_AUTORISE'],
      [{ dossiers: ['partage/Clients'] }, 'CHEMIN_RELATIF'],
      [{ dossiers: [join(allowed, 'absent')] }, 'DOSSIER_INTROUVABLE'],
      [{ dossiers: [join(folder.clients, 'liste.csv')] }, 'PAS_UN_DOSSIER'],
      [{ dossiers: [] }, 'DONNEES_INVALIDES', /au moins un dossier/],
      [{}, 'DONNEES_INVALIDES'],
      [{ dossiers: [allowed], tenantId: other.tenantId }, 'DONNEES_INVALIDES'],
      [{ dossiers: [allowed], images: 'oui' }, 'DONNEES_INVALIDES', /images : vrai ou faux attendu/],
    ];
    for (const [body, code, message] of cases) expectError(await owner.client.post('/api/scans', body), 400, code, message);
    expect(await scanCount(owner.tenantId)).toBe(0);
  });

  it('lets only the owner start or cancel; everybody in the business reads', async () => {
    for (const c of [collab, accountant]) {
      expectError(await c.post('/api/scans', { dossiers: [allowed] }), 403, 'ROLE_INSUFFISANT');
      expect((await c.get('/api/scans')).status).toBe(200);
      expect((await c.get('/api/scans/roots')).status).toBe(200);
    }
    expect(await scanCount(owner.tenantId)).toBe(0);
    expect((await journal(owner.client)).filter((e) => e.action === 'securite.role_refuse')).toHaveLength(2);
    expectError(await new Client(env.url).get('/api/scans'), 401, 'NON_CONNECTE');
  });

  it('requires the CSRF token to start or cancel', async () => {
    expectError(await owner.client.post('/api/scans', { dossiers: [allowed] }, { csrf: false }), 403, 'CSRF_INVALIDE');
    expectError(await owner.client.post('/api/scans', { dossiers: [allowed] }, { csrf: 'faux' }), 403, 'CSRF_INVALIDE');
    expectError(await other.client.post(`/api/scans/${otherScan}/cancel`, {}, { csrf: false }), 403, 'CSRF_INVALIDE');
    expect(await scanCount(owner.tenantId)).toBe(0);
  });

  it('answers 404 for another business’s scan, journaled, and shows nothing of it', async () => {
    for (const path of [`/api/scans/${otherScan}`, `/api/scans/${otherScan}?erreurs=1`]) {
      const res = await owner.client.get(path);
      expectError(res, 404, 'INTROUVABLE', /^Analyse introuvable\.$/);
      expect(res.text).not.toContain('suivi.txt');
    }
    expectError(await owner.client.post(`/api/scans/${otherScan}/cancel`), 404, 'INTROUVABLE');
    expectError(await collab.get(`/api/scans/${otherScan}`), 404, 'INTROUVABLE');
    expectError(await owner.client.get('/api/scans/pas-un-id'), 400, 'DONNEES_INVALIDES');
    const refusals = (await journal(owner.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === otherScan);
    expect(refusals.length).toBe(4);
    expect((await owner.client.get('/api/scans')).body.analyses).toEqual([]);
    expect((await env.t.app.repos.scans(other.tenantId).get(otherScan))?.status).toBe('finished');
  });

  it('runs one scan at a time per business, shows progress, and cancels keeping what was read', async () => {
    const gated = gatedEngine();
    useScanEngine(gated.engine);
    const start = await owner.client.post('/api/scans', { dossiers: [allowed] });
    expect(start.status, start.text).toBe(202);
    const id = start.body.id as string;
    const running = await untilFirstFile(owner.client, id);
    expect(running.analyse).toMatchObject({ statut: 'en_cours', progression: { fichiers: 1, totalFichiers: 2, donnees: 1 } });
    expect(running.analyse.progression.pourcentage).toBeGreaterThanOrEqual(0);
    expect((await owner.client.get('/api/scans')).body.enCours).toBe(id);

    expectError(await owner.client.post('/api/scans', { dossiers: [allowed] }), 409, 'ANALYSE_EN_COURS');
    // Another business is not blocked by this one.
    const theirs = await other.client.post('/api/scans', { dossiers: [allowed] });
    expect(theirs.status, theirs.text).toBe(202);
    expectError(await collab.post(`/api/scans/${id}/cancel`), 403, 'ROLE_INSUFFISANT');

    const cancelled = await owner.client.post(`/api/scans/${id}/cancel`);
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body.analyse).toMatchObject({ statut: 'annulee', fichiers: 1, progression: null });
    const detail = await owner.client.get(`/api/scans/${id}`);
    expect(detail.body.fichiers.elements.map((f: { chemin: string }) => f.chemin)).toEqual([join(allowed, 'premier.txt')]);
    expect((await journal(owner.client)).find((e) => e.recordId === id && e.action === 'inventaire.analyse_terminee')?.details).toMatchObject({ statut: 'cancelled', fichiers: 1 });

    // The other business's scan goes to its end when released; a new scan may start here.
    gated.release();
    expect((await untilDone(other.client, theirs.body.id)).analyse).toMatchObject({ statut: 'terminee', fichiers: 2 });
    useScanEngine(null);
    const again = await owner.client.post('/api/scans', { dossiers: [folder.notes] });
    expect(again.status, again.text).toBe(202);
    expect((await untilDone(owner.client, again.body.id)).analyse.statut).toBe('terminee');
  });

  it('starts only one of two simultaneous requests', async () => {
    useScanEngine(gatedEngine().engine);
    const [x, y] = await Promise.all([owner.client.post('/api/scans', { dossiers: [allowed] }), owner.client.post('/api/scans', { dossiers: [folder.notes] })]);
    expect([x.status, y.status].sort()).toEqual([202, 409]);
    const started = x.status === 202 ? x : y;
    expect((await owner.client.post(`/api/scans/${started.body.id}/cancel`)).body.analyse.statut).toBe('annulee');
  });

  it('marks a scan that breaks as failed, in French, keeping the files read', async () => {
    useScanEngine(async function* (roots) {
      yield handReport(join(roots[0]!, 'lu.txt'), { phone: 2 });
      throw new Error('disque débranché');
    });
    const start = await owner.client.post('/api/scans', { dossiers: [allowed] });
    const done = await untilDone(owner.client, start.body.id);
    expect(done.analyse).toMatchObject({ statut: 'echouee', fichiers: 1, totaux: { courantes: 2, sensibles: 0 }, echec: expect.stringMatching(/erreur inattendue/) });
    expect(done.analyse.echec).not.toContain('débranché');
  });

  it('cancels a running scan when the server stops', async () => {
    const own = await startEnv('sqlite');
    try {
      const o = await newOwner(own.url);
      useScanEngine(gatedEngine().engine);
      const start = await o.client.post('/api/scans', { dossiers: [allowed] });
      await untilFirstFile(o.client, start.body.id);
      await own.srv.close();
      expect((await own.t.app.repos.scans(o.tenantId).get(start.body.id))).toMatchObject({ status: 'cancelled', files_count: 1 });
    } finally {
      await own.t.cleanup();
    }
  });

  it('shows a scan left running by a restart as interrupted', async () => {
    const { ScanWriter } = await import('../../src/inventory/record.ts');
    const writer = await ScanWriter.open(env.t.app, owner.tenantId, { roots: [allowed], startedAt: new Date().toISOString(), source: 'web', actor: { actorId: owner.userId, actorLabel: 'owner', ip: '127.0.0.1' } });
    const res = await owner.client.get(`/api/scans/${writer.scanId}`);
    expect(res.body.analyse).toMatchObject({ statut: 'interrompue', progression: null, echec: expect.stringMatching(/interrompue/) });
    await writer.finish('failed', 'test');
  });
});
