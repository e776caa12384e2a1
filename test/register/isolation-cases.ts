// Isolation cases of the register routes, spread into ROUTES by
// test/isolation/tenant-isolation.test.ts: tenant B, signed in, calls each route with tenant
// A's ids (processing, document versions) and must only ever reach B; refusals are journaled.
import { expect } from 'vitest';
import { expectError, journal, type Env, type Owner } from '../routes/support.ts';
import { SETUP_ANSWERS } from './support.ts';

/** The part of the isolation suite's world these cases use. */
export interface RegisterIsolationWorld {
  env: Env;
  A: { owner: Owner };
  B: { owner: Owner };
  secretsOfA: string[];
}

interface AData {
  processingId: string;
  secrets: string[];
}

const SECRET_NAME = 'Traitement confidentiel de A';
const SECRET_FOLDER = '/home/a/Secret-A/Clients';
const prepared = new WeakMap<object, Promise<AData>>();

/** A ran the set-up, renamed a processing, and generated two versions of its policy. */
function aData(w: RegisterIsolationWorld): Promise<AData> {
  let p = prepared.get(w);
  if (!p) {
    p = (async () => {
      const a = w.A.owner.client;
      const setup = await a.post('/api/register/setup', { reponses: { ...SETUP_ANSWERS, dossierClients: SECRET_FOLDER }, coordonnees: { adresse: '1 rue de A, 75001 Paris' } });
      expect(setup.status, setup.text).toBe(200);
      expect((await a.post('/api/register/documents/politique', {})).status).toBe(201);
      const processingId = setup.body.traitements[0].id as string;
      expect((await a.put(`/api/register/processings/${processingId}`, { name: SECRET_NAME })).status).toBe(200);
      expect((await a.post('/api/register/documents/politique', {})).status).toBe(201);
      return { processingId, secrets: [SECRET_NAME, SECRET_FOLDER, '1 rue de A'] };
    })();
    prepared.set(w, p);
  }
  return p;
}

function expectNoLeak(w: RegisterIsolationWorld, d: AData, text: string, where: string) {
  for (const s of [...w.secretsOfA, ...d.secrets, d.processingId]) expect(text.includes(s), `${where} leaks ${s}`).toBe(false);
}

async function aRows(w: RegisterIsolationWorld) {
  const repo = w.env.t.app.repos.register(w.A.owner.tenantId);
  return { processings: await repo.listProcessings(), versions: await repo.documentVersions('politique'), setup: await repo.getSetup() };
}

async function refusals(w: RegisterIsolationWorld, id: string) {
  return (await journal(w.B.owner.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === id);
}

/** B targets A's processing: 404 like a missing id, journaled in B, nothing changed in A. */
function refusedProcessing(method: string, sub: string, body?: unknown) {
  return {
    check: async (w: RegisterIsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w);
      const seen = (await refusals(w, d.processingId)).length;
      const res = await w.B.owner.client.request(method, `/api/register/processings/${d.processingId}${sub}`, body);
      expectError(res, 404, 'INTROUVABLE', /^Traitement introuvable\.$/);
      expect(await refusals(w, d.processingId)).toHaveLength(seen + 1);
      expect(await aRows(w)).toEqual(before);
      expectNoLeak(w, d, res.text, `${method} /api/register/processings/:id${sub}`);
    },
  };
}

/** B calls a route that only ever reads or writes its own register: A unchanged, nothing of A shown. */
function ownOnly(method: string, path: string, body?: unknown, status = 200) {
  return {
    check: async (w: RegisterIsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w);
      const res = await w.B.owner.client.request(method, path, body);
      expect(res.status, res.text).toBe(status);
      expect(await aRows(w)).toEqual(before);
      expectNoLeak(w, d, res.text, `${method} ${path}`);
    },
  };
}

/** B asks for A's document version numbers: B has none, so 404; A unchanged. */
function versionRefused(path: string) {
  return {
    check: async (w: RegisterIsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w);
      const res = await w.B.owner.client.get(path);
      expectError(res, 404, 'INTROUVABLE');
      expect(await aRows(w)).toEqual(before);
      expectNoLeak(w, d, res.text, `GET ${path}`);
    },
  };
}

export const REGISTER_ROUTES = {
  'GET /api/register': ownOnly('GET', '/api/register'),
  'GET /api/register/templates': ownOnly('GET', '/api/register/templates'),
  'GET /api/register/completeness': ownOnly('GET', '/api/register/completeness'),
  'GET /api/register/drift': ownOnly('GET', '/api/register/drift'),
  'GET /api/register/actions': ownOnly('GET', '/api/register/actions'),
  'GET /api/register/setup': ownOnly('GET', '/api/register/setup'),
  'POST /api/register/setup': ownOnly('POST', '/api/register/setup', { reponses: { activite: 'commerce' }, appliquer: false }),
  'POST /api/register/processings': ownOnly('POST', '/api/register/processings', { name: 'Traitement de B' }, 201),
  'GET /api/register/processings/:id': refusedProcessing('GET', ''),
  'PUT /api/register/processings/:id': refusedProcessing('PUT', '', { description: 'Modifié par B' }),
  'DELETE /api/register/processings/:id': refusedProcessing('DELETE', ''),
  'POST /api/register/processings/:id/publish': refusedProcessing('POST', '/publish', {}),
  'GET /api/register/processings/:id/history': refusedProcessing('GET', '/history'),
  'GET /api/register/documents/:kind': ownOnly('GET', '/api/register/documents/politique'),
  'POST /api/register/documents/:kind': {
    check: async (w: RegisterIsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w);
      // B's register has no published processing: B's policy is blocked, A's versions untouched.
      const res = await w.B.owner.client.post('/api/register/documents/politique', {});
      expectError(res, 400, 'DOCUMENT_INCOMPLET');
      expect(await aRows(w)).toEqual(before);
      expectNoLeak(w, d, res.text, 'POST /api/register/documents/:kind');
    },
  },
  'GET /api/register/documents/:kind/versions': {
    check: async (w: RegisterIsolationWorld) => {
      const d = await aData(w);
      const res = await w.B.owner.client.get('/api/register/documents/politique/versions');
      expect(res.status).toBe(200);
      expect(res.body.versions).toEqual([]);
      expectNoLeak(w, d, res.text, 'GET /api/register/documents/:kind/versions');
    },
  },
  'GET /api/register/documents/:kind/versions/:n': versionRefused('/api/register/documents/politique/versions/1?format=html'),
  'GET /api/register/documents/:kind/versions/:n/diff': versionRefused('/api/register/documents/politique/versions/2/diff'),
};
