// Isolation cases of the inventory routes, spread into ROUTES by
// test/isolation/tenant-isolation.test.ts: tenant B, signed in, calls each route with tenant
// A's scan id and must only ever reach B; refusals are journaled in B.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { recordScan } from '../../src/inventory/record.ts';
import { expectError, journal, type Env, type Owner } from '../routes/support.ts';
import { handReport } from './inventory-support.ts';

export interface ScanIsolationWorld {
  env: Env;
  A: { owner: Owner };
  B: { owner: Owner };
  secretsOfA: string[];
}

/** A's scan names a folder and a file that must never show to B. */
const A_FOLDER = '/srv/entreprise-a/Dossier-secret-de-A';
const A_FILE = `${A_FOLDER}/clients-secrets-de-A.csv`;
const prepared = new WeakMap<object, Promise<string>>();

// B may scan only a folder of its own: an empty temporary one, allowed for this test file.
const bRoot = mkdtempSync(join(tmpdir(), 'rempart-isolation-scan-'));
process.env.REMPART_SCAN_ROOTS = bRoot;

function aScan(w: ScanIsolationWorld): Promise<string> {
  let p = prepared.get(w);
  if (!p) {
    p = recordScan(w.env.t.app, w.A.owner.tenantId, [A_FOLDER], [handReport(A_FILE, { email: 3, iban: 1 })], new Date().toISOString(), { actorId: w.A.owner.userId, actorLabel: 'owner', ip: 'cli' });
    prepared.set(w, p);
  }
  return p;
}

function expectNoLeak(w: ScanIsolationWorld, id: string, text: string, where: string) {
  for (const s of [...w.secretsOfA, id, A_FOLDER, A_FILE]) expect(text.includes(s), `${where} leaks ${s}`).toBe(false);
}

async function aRows(w: ScanIsolationWorld, id: string) {
  const repo = w.env.t.app.repos.scans(w.A.owner.tenantId);
  return { scan: await repo.get(id), files: await repo.files(id, { offset: 0, limit: 100 }), folders: await repo.folders(id) };
}

function refused(method: string, sub: string, body?: unknown) {
  return {
    check: async (w: ScanIsolationWorld) => {
      const id = await aScan(w);
      const before = await aRows(w, id);
      const refusals = async () => (await journal(w.B.owner.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === id);
      const seen = (await refusals()).length;
      const res = await w.B.owner.client.request(method, `/api/scans/${id}${sub}`, body);
      expectError(res, 404, 'INTROUVABLE', /^Analyse introuvable\.$/);
      expectNoLeak(w, id, res.text, `${method} /api/scans/:id${sub}`);
      expect(await refusals()).toHaveLength(seen + 1);
      expect((await refusals())[0]).toMatchObject({ actorId: w.B.owner.userId, recordType: 'analyse' });
      expect(await aRows(w, id)).toEqual(before);
    },
  };
}

export const SCAN_ROUTES = {
  'GET /api/scans': {
    check: async (w: ScanIsolationWorld) => {
      const id = await aScan(w);
      const res = await w.B.owner.client.get(`/api/scans?tenantId=${w.A.owner.tenantId}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.analyses.map((a: { id: string }) => a.id)).not.toContain(id);
      expectNoLeak(w, id, res.text, 'GET /api/scans');
    },
  },
  'GET /api/scans/roots': {
    check: async (w: ScanIsolationWorld) => {
      const id = await aScan(w);
      const res = await w.B.owner.client.get(`/api/scans/roots?tenantId=${w.A.owner.tenantId}`);
      expect(res.body).toEqual({ racines: [bRoot] });
      expectNoLeak(w, id, res.text, 'GET /api/scans/roots');
    },
  },
  'POST /api/scans': {
    check: async (w: ScanIsolationWorld) => {
      const id = await aScan(w);
      const before = await aRows(w, id);
      // A tenant id in the body is refused as an unknown field; A's folder is outside B's roots.
      expectError(await w.B.owner.client.post('/api/scans', { dossiers: [bRoot], tenantId: w.A.owner.tenantId }), 400, 'DONNEES_INVALIDES');
      expectError(await w.B.owner.client.post('/api/scans', { dossiers: [A_FOLDER] }), 400, 'DOSSIER_NON_AUTORISE');
      const own = await w.B.owner.client.post('/api/scans', { dossiers: [bRoot] });
      expect(own.status, own.text).toBe(202);
      for (;;) {
        const r = await w.B.owner.client.get(`/api/scans/${own.body.id}`);
        if (r.body.analyse.statut !== 'en_cours') break;
        await new Promise((res) => setTimeout(res, 50));
      }
      expect((await w.env.t.app.repos.scans(w.B.owner.tenantId).get(own.body.id))?.tenant_id).toBe(w.B.owner.tenantId);
      expect(await w.env.t.app.repos.scans(w.A.owner.tenantId).get(own.body.id)).toBeUndefined();
      expect(await aRows(w, id)).toEqual(before);
      expect((await w.env.t.app.repos.scans(w.A.owner.tenantId).list()).map((s) => s.id)).toEqual([id]);
    },
  },
  'GET /api/scans/:id': refused('GET', '?page=1&parPage=100'),
  'POST /api/scans/:id/cancel': refused('POST', '/cancel', {}),
};
