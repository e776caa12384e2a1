// Isolation cases of the rights and retention routes, spread into ROUTES by
// test/isolation/tenant-isolation.test.ts: tenant B, signed in, calls each route with tenant
// A's ids and must only ever reach B.
import { expect } from 'vitest';
import { expectError, journal, type Env, type Owner } from '../routes/support.ts';

/** The part of the isolation suite's world these cases use. */
export interface IsolationWorld {
  env: Env;
  A: { owner: Owner };
  B: { owner: Owner };
  secretsOfA: string[];
}

interface AData {
  clientId: string;
  expiredId: string;
  accessId: string;
  erasureId: string;
  secrets: string[];
}

const prepared = new WeakMap<object, Promise<AData>>();

/** A has clients, an access request and an erasure request, and its own retention policy. */
function aData(w: IsolationWorld): Promise<AData> {
  let p = prepared.get(w);
  if (!p) {
    p = (async () => {
      const a = w.A.owner.client;
      const client = await a.post('/api/clients', { nom: 'Secrète', prenom: 'Cliente', emails: ['cliente.secrete@a.example'], status: 'client' });
      expect(client.status, client.text).toBe(201);
      const expired = await a.post('/api/clients', { nom: 'Prospect Périmé de A', status: 'prospect', collectedAt: '2020-01-01' });
      const request = (body: Record<string, unknown>) => a.post('/api/rights', { channel: 'email', receivedAt: '2026-01-05', identityCheckRequired: false, requester: { name: 'Demandeur Secret de A', contact: 'demandeur@a.example' }, ...body });
      const access = await request({ type: 'acces', clientId: client.body.client.id });
      const erasure = await request({ type: 'effacement', clientId: client.body.client.id });
      expect(erasure.status, erasure.text).toBe(201);
      expect((await a.put('/api/retention/policy', { prospectMonths: 12 })).status).toBe(200);
      return {
        clientId: client.body.client.id,
        expiredId: expired.body.client.id,
        accessId: access.body.request.id,
        erasureId: erasure.body.request.id,
        secrets: ['Secrète', 'cliente.secrete@a.example', 'Prospect Périmé de A', 'Demandeur Secret de A', 'demandeur@a.example'],
      };
    })();
    prepared.set(w, p);
  }
  return p;
}

function expectNoLeak(w: IsolationWorld, d: AData, text: string, where: string) {
  for (const s of [...w.secretsOfA, ...d.secrets, d.clientId, d.expiredId, d.accessId, d.erasureId]) expect(text.includes(s), `${where} leaks ${s}`).toBe(false);
}

async function refusals(w: IsolationWorld, id: string) {
  return (await journal(w.B.owner.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === id);
}

/** A's rows, to compare before and after B's attempt. */
async function aRows(w: IsolationWorld, d: AData) {
  const t = w.env.t.app.repos;
  const tenant = w.A.owner.tenantId;
  return {
    requests: await Promise.all([d.accessId, d.erasureId].map((id) => t.rights(tenant).get(id))),
    clients: (await t.clients(tenant).getMany([d.clientId, d.expiredId])).sort((x, y) => x.id.localeCompare(y.id)),
    documents: await t.clientDocuments(tenant).listFor(d.clientId),
    policy: await t.retention(tenant).policy(),
  };
}

/** B targets one of A's requests: 404, journaled as refused in B's journal, A unchanged. */
function refusedRequest(method: string, sub: string, body?: unknown, target: 'access' | 'erasure' = 'access') {
  return {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const id = target === 'access' ? d.accessId : d.erasureId;
      const before = await aRows(w, d);
      const seen = (await refusals(w, id)).length;
      const res = await w.B.owner.client.request(method, `/api/rights/${id}${sub}`, body);
      expectError(res, 404, 'INTROUVABLE', /^Demande introuvable\.$/);
      expectNoLeak(w, d, res.text, `${method} /api/rights/:id${sub}`);
      expect(await refusals(w, id)).toHaveLength(seen + 1);
      expect(await aRows(w, d)).toEqual(before);
    },
  };
}

export const RIGHTS_ROUTES = {
  'GET /api/rights': {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const res = await w.B.owner.client.get(`/api/rights?tenantId=${w.A.owner.tenantId}`);
      expect(res.status, res.text).toBe(200);
      expectNoLeak(w, d, res.text, 'GET /api/rights');
    },
  },
  'POST /api/rights': {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w, d);
      const base = { type: 'acces', channel: 'email', receivedAt: '2026-01-05', requester: { name: 'Demande chez B' } };
      expectError(await w.B.owner.client.post('/api/rights', { ...base, clientId: d.clientId }), 404, 'INTROUVABLE', /^Client introuvable\.$/);
      const own = await w.B.owner.client.post('/api/rights', { ...base, tenantId: w.A.owner.tenantId, tenant_id: w.A.owner.tenantId });
      expect(own.status, own.text).toBe(201);
      expect(await w.env.t.app.repos.rights(w.B.owner.tenantId).get(own.body.request.id)).toBeDefined();
      expect(await w.env.t.app.repos.rights(w.A.owner.tenantId).get(own.body.request.id)).toBeUndefined();
      expect(await aRows(w, d)).toEqual(before);
    },
  },
  'GET /api/rights/:id': refusedRequest('GET', ''),
  'PUT /api/rights/:id': {
    check: async (w: IsolationWorld) => {
      await refusedRequest('PUT', '', { channel: 'courrier', requester: { name: 'Réécrit par B' } }).check(w);
      // B's own request cannot be tied to A's client either.
      const d = await aData(w);
      const own = await w.B.owner.client.post('/api/rights', { type: 'acces', channel: 'email', receivedAt: '2026-01-05', requester: { name: 'Chez B' } });
      expectError(await w.B.owner.client.put(`/api/rights/${own.body.request.id}`, { channel: 'email', requester: { name: 'Chez B' }, clientId: d.clientId }), 404, 'INTROUVABLE');
      expect((await w.env.t.app.repos.rights(w.B.owner.tenantId).get(own.body.request.id))?.client_id).toBeNull();
    },
  },
  'POST /api/rights/:id/transition': refusedRequest('POST', '/transition', { to: 'repondue' }),
  'GET /api/rights/:id/pack': {
    check: async (w: IsolationWorld) => {
      await refusedRequest('GET', '/pack?format=json&files=1').check(w);
      await refusedRequest('GET', '/pack?format=pdf').check(w);
    },
  },
  'POST /api/rights/:id/erase': refusedRequest('POST', '/erase', { confirm: true }, 'erasure'),
  'GET /api/retention/policy': {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const res = await w.B.owner.client.get(`/api/retention/policy?tenantId=${w.A.owner.tenantId}`);
      expect(res.status).toBe(200);
      expect(res.body.policy.prospectMonths).not.toBe(12);
      expectNoLeak(w, d, res.text, 'GET /api/retention/policy');
    },
  },
  'PUT /api/retention/policy': {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w, d);
      const res = await w.B.owner.client.put('/api/retention/policy', { prospectMonths: 30, tenantId: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(200);
      expect(res.body.policy.prospectMonths).toBe(30);
      expect(await aRows(w, d)).toEqual(before);
    },
  },
  'GET /api/retention/preview': {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const res = await w.B.owner.client.get(`/api/retention/preview?tenantId=${w.A.owner.tenantId}`);
      expect(res.status, res.text).toBe(200);
      expectNoLeak(w, d, res.text, 'GET /api/retention/preview');
    },
  },
  'POST /api/retention/apply': {
    check: async (w: IsolationWorld) => {
      const d = await aData(w);
      const before = await aRows(w, d);
      // A has one expired prospect; B's own preview is what B may apply, and only to B.
      const preview = (await w.B.owner.client.get('/api/retention/preview')).body;
      expectError(await w.B.owner.client.post('/api/retention/apply', { confirm: true, expected: { supprimer: preview.expected.supprimer + 1, anonymiser: preview.expected.anonymiser } }), 409, 'APERCU_PERIME');
      const res = await w.B.owner.client.post('/api/retention/apply', { confirm: true, expected: preview.expected, tenantId: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(200);
      expectNoLeak(w, d, res.text, 'POST /api/retention/apply');
      expect(await aRows(w, d)).toEqual(before);
      expect(before.clients.map((c) => c.id)).toContain(d.expiredId);
    },
  },
};
