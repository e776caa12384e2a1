// Isolation cases of the client-file routes, spread into ROUTES by
// test/isolation/tenant-isolation.test.ts: tenant B, signed in, calls each route with tenant
// A's ids (client, document, import job) and must only ever reach B; refusals are journaled.
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { documentPath } from '../../src/clients/documents.ts';
import { expectError, journal, type Env, type Owner } from '../routes/support.ts';
import { b64, clientBody, importFile } from './support.ts';

/** The part of the isolation suite's world these cases use. */
export interface ClientIsolationWorld {
  env: Env;
  A: { owner: Owner };
  B: { owner: Owner };
  secretsOfA: string[];
}

interface AFile {
  clientId: string;
  docId: string;
  jobId: string;
  bClientId: string;
  secrets: string[];
}

const A_EMAIL = 'octavie.isolee@a-clients.example';
const prepared = new WeakMap<object, Promise<AFile>>();

/** A has a client with a document and an import job; B has a client of its own. */
function aFile(w: ClientIsolationWorld): Promise<AFile> {
  let p = prepared.get(w);
  if (!p) {
    p = (async () => {
      const a = w.A.owner.client;
      const client = await a.post('/api/clients', clientBody({ prenom: 'Octavie', nom: 'Isolée-de-A', emails: [A_EMAIL], phones: ['06 31 41 59 26'], notes: 'Note privée de A' }));
      expect(client.status, client.text).toBe(201);
      const doc = await a.post(`/api/clients/${client.body.client.id}/documents`, { kind: 'devis', filename: 'Devis Octavie.pdf', mime: 'application/pdf', contentBase64: b64('%PDF devis de A') });
      expect(doc.status, doc.text).toBe(201);
      const { res } = await importFile(a, 'Nom;Email\nImportée-de-A;importee@a-clients.example\n');
      expect(res.status, res.text).toBe(202);
      const own = await w.B.owner.client.post('/api/clients', clientBody({ nom: 'Client de B', emails: ['client@b-clients.example'], phones: [] }));
      expect(own.status, own.text).toBe(201);
      return {
        clientId: client.body.client.id,
        docId: doc.body.document.id,
        jobId: res.body.jobId,
        bClientId: own.body.client.id,
        secrets: ['Octavie', 'Isolée-de-A', A_EMAIL, '+33631415926', 'Note privée de A', 'Devis Octavie', 'Importée-de-A', 'importee@a-clients.example'],
      };
    })();
    prepared.set(w, p);
  }
  return p;
}

function expectNoLeak(w: ClientIsolationWorld, d: AFile, text: string, where: string) {
  for (const s of [...w.secretsOfA, ...d.secrets, d.clientId, d.docId, d.jobId]) expect(text.includes(s), `${where} leaks ${s}`).toBe(false);
}

async function refusals(w: ClientIsolationWorld, id: string) {
  return (await journal(w.B.owner.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === id);
}

/** A's client as stored, with its documents and indexes, to compare before and after. */
async function aRows(w: ClientIsolationWorld, d: AFile) {
  const app = w.env.t.app;
  const tenantId = w.A.owner.tenantId;
  return {
    client: await app.repos.clients(tenantId).get(d.clientId),
    documents: await app.repos.clientDocuments(tenantId).listFor(d.clientId),
    count: await app.repos.clients(tenantId).count(),
    file: existsSync(documentPath(app, tenantId, d.docId)),
  };
}

type Case = { check: (w: ClientIsolationWorld) => Promise<void> };

/** B sends A's ids to a route that names a record: 404 like a missing id, journaled, A unchanged. */
function refused(method: string, path: (d: AFile) => string, body?: unknown, refusedId: (d: AFile) => string = (d) => d.clientId, message = /^Client introuvable\.$/): Case {
  return {
    check: async (w) => {
      const d = await aFile(w);
      const before = await aRows(w, d);
      const count = (await refusals(w, refusedId(d))).length;
      const res = await w.B.owner.client.request(method, path(d), body);
      expectError(res, 404, 'INTROUVABLE', message);
      expectNoLeak(w, d, res.text, `${method} ${path(d)}`);
      expect(await refusals(w, refusedId(d))).toHaveLength(count + 1);
      expect(await aRows(w, d)).toEqual(before);
    },
  };
}

export const CLIENT_ROUTES: Record<string, Case> = {
  'GET /api/clients': {
    check: async (w) => {
      const d = await aFile(w);
      for (const q of [`?tenantId=${w.A.owner.tenantId}`, `?q=${encodeURIComponent(A_EMAIL)}`, '?q=0631415926', '?q=octavie', '?q=isolee de a']) {
        const res = await w.B.owner.client.get(`/api/clients${q}`);
        expect(res.status, res.text).toBe(200);
        for (const c of res.body.clients as { id: string }[]) expect(c.id).not.toBe(d.clientId);
        expectNoLeak(w, d, res.text, `GET /api/clients${q}`);
      }
      const list = await w.B.owner.client.get('/api/clients?total=1');
      expect(list.body.total).toBe(await w.env.t.app.repos.clients(w.B.owner.tenantId).count());
    },
  },
  'POST /api/clients': {
    check: async (w) => {
      const d = await aFile(w);
      const before = await aRows(w, d);
      const res = await w.B.owner.client.post('/api/clients', { ...clientBody({ nom: 'Créé par B', emails: ['cree-par-b@b-clients.example'] }), id: d.clientId, tenantId: w.A.owner.tenantId, tenant_id: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(201);
      expect(res.body.client.id).not.toBe(d.clientId);
      expect(await w.env.t.app.repos.clients(w.B.owner.tenantId).get(res.body.client.id)).toBeDefined();
      expect(await aRows(w, d)).toEqual(before);
    },
  },
  'GET /api/clients/export': {
    check: async (w) => {
      const d = await aFile(w);
      for (const format of ['csv', 'json']) {
        const res = await w.B.owner.client.get(`/api/clients/export?format=${format}&tenantId=${w.A.owner.tenantId}`);
        expect(res.status).toBe(200);
        expect(res.text).toContain('client@b-clients.example');
        expectNoLeak(w, d, res.text, `GET /api/clients/export?format=${format}`);
      }
    },
  },
  'POST /api/clients/import/preview': {
    check: async (w) => {
      const d = await aFile(w);
      // A's e-mail is no duplicate for B: the blind indexes are per tenant.
      const res = await w.B.owner.client.post('/api/clients/import/preview', { contentBase64: b64(`Nom;Email\nQuelqu’un;${A_EMAIL}\n`), tenantId: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(200);
      expect(res.body.doublons).toMatchObject({ existants: 0, dansLeFichier: 0 });
      expectNoLeak(w, d, res.text.replace(A_EMAIL, ''), 'POST /api/clients/import/preview');
    },
  },
  'POST /api/clients/import': {
    check: async (w) => {
      const d = await aFile(w);
      const before = await aRows(w, d);
      const bCount = await w.env.t.app.repos.clients(w.B.owner.tenantId).count();
      const { res, job } = await importFile(w.B.owner.client, `Nom;Email\nImporté par B;${A_EMAIL}\n`, { tenantId: w.A.owner.tenantId, ignoreDuplicates: true });
      expect(res.status, res.text).toBe(202);
      expect(job?.result).toMatchObject({ importes: 1, doublonsIgnores: 0 });
      expect(await w.env.t.app.repos.clients(w.B.owner.tenantId).count()).toBe(bCount + 1);
      expect(await aRows(w, d)).toEqual(before);
    },
  },
  'GET /api/clients/import/jobs/:id': refused('GET', (d) => `/api/clients/import/jobs/${d.jobId}`, undefined, (d) => d.jobId, /^Import introuvable/),
  'GET /api/clients/:id': refused('GET', (d) => `/api/clients/${d.clientId}`),
  'PUT /api/clients/:id': refused('PUT', (d) => `/api/clients/${d.clientId}`, clientBody({ nom: 'Réécrit par B' })),
  'DELETE /api/clients/:id': refused('DELETE', (d) => `/api/clients/${d.clientId}`),
  'GET /api/clients/:id/export': refused('GET', (d) => `/api/clients/${d.clientId}/export?format=json`),
  'POST /api/clients/:id/documents': refused('POST', (d) => `/api/clients/${d.clientId}/documents`, { kind: 'autre', filename: 'b.txt', mime: 'text/plain', contentBase64: b64('de B') }),
  'GET /api/clients/:id/documents/:docId': {
    check: async (w) => {
      await refused('GET', (d) => `/api/clients/${d.clientId}/documents/${d.docId}`).check(w);
      // B's own client with A's document id: the document is not found either.
      await refused('GET', (d) => `/api/clients/${d.bClientId}/documents/${d.docId}`, undefined, (d) => d.docId, /^Document introuvable\.$/).check(w);
    },
  },
  'DELETE /api/clients/:id/documents/:docId': {
    check: async (w) => {
      await refused('DELETE', (d) => `/api/clients/${d.clientId}/documents/${d.docId}`).check(w);
      await refused('DELETE', (d) => `/api/clients/${d.bClientId}/documents/${d.docId}`, undefined, (d) => d.docId, /^Document introuvable\.$/).check(w);
    },
  },
};
