// Tenant isolation: tenant B, signed in, calls every route with tenant A's ids. B only ever
// sees and changes B; refusals are journaled in B's journal; A's journal gets nothing from B.
//
// ROUTES below lists every /api route the server registers. A route either has an isolation
// check, or says why it handles no tenant data. The last test compares the list with the
// routes the server really registers: adding a route without adding it here fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/build.ts';
import { QUESTIONS } from '../../src/core/security/assessment/index.ts';
import { DIALECTS, type Dialect } from '../helpers/app.ts';
import { Client, OTHER_STRONG_PASSWORD, STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, countRows, expectError, journal, loginOk, newOwner, startEnv, stopEnv, tenantBody, tenantProfile, userRow, type Env, type JournalEntry, type Owner } from '../routes/support.ts';
import { RIGHTS_ROUTES } from '../rights/isolation-cases.ts';
import { CLIENT_ROUTES } from '../clients/isolation-cases.ts';
import { REGISTER_ROUTES } from '../register/isolation-cases.ts';
import { SCAN_ROUTES } from '../scan/inventory-isolation-cases.ts';
import { BACKUP_ROUTES } from '../backup/isolation-cases.ts';

interface Party {
  owner: Owner;
  /** The owner's second session (another device). */
  second: Client;
  collab: { id: string; email: string };
  collabClient: Client;
  /** Ids of every session of this tenant. */
  sessionIds: string[];
}

interface World {
  env: Env;
  A: Party;
  B: Party;
  accountant: { id: string; email: string; client: Client };
  /** Everything that identifies A and must never appear in an answer to B. */
  secretsOfA: string[];
}

const COLLAB_PASSWORD = OTHER_STRONG_PASSWORD;

function expectNoLeak(w: World, text: string, where: string) {
  for (const s of w.secretsOfA) expect(text.includes(s), `${where} leaks ${s}`).toBe(false);
}

/** B's journal may name an id of A only as the target B tried and was refused. */
function journalWithoutRefusedTargets(entries: JournalEntry[]) {
  return entries.map((e) => (e.action === 'securite.acces_refuse' ? { ...e, recordId: null } : e));
}

async function refusalsOf(w: World, id: string): Promise<JournalEntry[]> {
  return (await journal(w.B.owner.client)).filter((e) => e.action === 'securite.acces_refuse' && e.recordId === id);
}

/** A's collaborator and A's other session are alive and unchanged. */
async function expectAIntact(w: World) {
  expect((await w.A.second.get('/api/auth/me')).status).toBe(200);
  expect((await w.A.collabClient.get('/api/auth/me')).status).toBe(200);
  expect(await userRow(w.env.t, w.A.owner.tenantId, w.A.collab.id)).toBeDefined();
}

type Check = (w: World) => Promise<void>;
type RouteCase = { check: Check } | { noTenantData: string };

/** Every /api route of the server, "METHOD /path" → its isolation case. */
const ROUTES: Record<string, RouteCase> = {
  'GET /api/csrf': { noTenantData: 'issues a CSRF token bound to a cookie secret, no tenant data' },
  'GET /api/health': { noTenantData: 'static liveness answer' },
  'POST /api/auth/signup': { noTenantData: 'creates a new tenant; takes no id' },
  'POST /api/auth/password-strength': { noTenantData: 'pure computation on the submitted password' },
  'POST /api/auth/login': { noTenantData: 'credentials lookup by e-mail, before any tenant is known' },
  'POST /api/auth/login/totp': { noTenantData: 'completes the caller’s own pending session; takes no id' },
  'POST /api/auth/reset/request': { noTenantData: 'by e-mail, answers 202 alike for every address' },
  'POST /api/auth/reset/confirm': { noTenantData: 'the secret token is the only selector' },

  'POST /api/auth/logout': {
    check: async (w) => {
      const throwaway = await loginOk(w.env.url, w.B.owner.email, STRONG_PASSWORD);
      const res = await throwaway.post('/api/auth/logout', { sessionId: w.A.sessionIds[0], id: w.A.sessionIds[1] });
      expect(res.status).toBe(204);
      await expectAIntact(w);
      expect((await w.A.owner.client.get('/api/auth/me')).status).toBe(200);
    },
  },
  'GET /api/auth/me': {
    check: async (w) => {
      const res = await w.B.owner.client.get(`/api/auth/me?tenantId=${w.A.owner.tenantId}&userId=${w.A.owner.userId}`);
      expect(res.status).toBe(200);
      expect(res.body.user.id).toBe(w.B.owner.userId);
      expect(res.body.tenant.id).toBe(w.B.owner.tenantId);
      expectNoLeak(w, res.text, 'GET /api/auth/me');
    },
  },
  'POST /api/auth/password': {
    check: async (w) => {
      const before = await userRow(w.env.t, w.A.owner.tenantId, w.A.owner.userId);
      // Same current password as A's owner on purpose: only the caller's own account is considered.
      const res = await w.B.owner.client.post('/api/auth/password', { userId: w.A.owner.userId, currentPassword: 'pas le bon mot de passe', newPassword: 'Un tout autre mot de passe 99' });
      expectError(res, 400, 'MOT_DE_PASSE_ACTUEL_INCORRECT');
      expect(await userRow(w.env.t, w.A.owner.tenantId, w.A.owner.userId)).toEqual(before);
      const [last] = await journal(w.B.owner.client);
      expect(last).toMatchObject({ action: 'mot_de_passe.echec_modification', actorId: w.B.owner.userId, recordId: w.B.owner.userId });
    },
  },
  'POST /api/2fa/setup': {
    check: async (w) => {
      const res = await w.B.owner.client.post('/api/2fa/setup', { userId: w.A.owner.userId });
      expect(res.status, res.text).toBe(200);
      expectNoLeak(w, res.text + decodeURIComponent(res.body.otpauthUrl), 'POST /api/2fa/setup');
      expect(decodeURIComponent(res.body.otpauthUrl)).toContain(w.B.owner.email);
      expect((await userRow(w.env.t, w.A.owner.tenantId, w.A.owner.userId))?.totp_secret_enc).toBeNull();
      expect((await userRow(w.env.t, w.B.owner.tenantId, w.B.owner.userId))?.totp_secret_enc).not.toBeNull();
    },
  },
  'POST /api/2fa/enable': {
    check: async (w) => {
      expectError(await w.B.owner.client.post('/api/2fa/enable', { code: '000000', userId: w.A.owner.userId }), 400, 'CODE_INCORRECT');
      expect((await userRow(w.env.t, w.A.owner.tenantId, w.A.owner.userId))?.totp_enabled).toBe(0);
    },
  },
  'POST /api/2fa/disable': {
    check: async (w) => {
      expectError(await w.B.owner.client.post('/api/2fa/disable', { code: '000000', userId: w.A.owner.userId }), 400, '2FA_INACTIVE');
    },
  },
  'POST /api/2fa/recovery-codes': {
    check: async (w) => {
      expectError(await w.B.owner.client.post('/api/2fa/recovery-codes', { code: '000000', userId: w.A.owner.userId }), 400, '2FA_INACTIVE');
    },
  },
  'GET /api/sessions': {
    check: async (w) => {
      const res = await w.B.owner.client.get(`/api/sessions?userId=${w.A.owner.userId}`);
      expect(res.status).toBe(200);
      const ids = (res.body.sessions as { id: string }[]).map((s) => s.id);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) expect(w.B.sessionIds).toContain(id);
      expectNoLeak(w, res.text, 'GET /api/sessions');
    },
  },
  'DELETE /api/sessions/:id': {
    check: async (w) => {
      for (const id of w.A.sessionIds) {
        const res = await w.B.owner.client.delete(`/api/sessions/${id}`);
        expectError(res, 404, 'INTROUVABLE', /^Session introuvable\.$/);
        expect(await refusalsOf(w, id)).toHaveLength(1);
      }
      expect((await w.A.owner.client.get('/api/auth/me')).status).toBe(200);
      await expectAIntact(w);
      const [refusal] = await refusalsOf(w, w.A.sessionIds[0]!);
      expect(refusal).toMatchObject({ actorId: w.B.owner.userId, recordType: 'session' });
    },
  },
  'GET /api/tenant': {
    check: async (w) => {
      const res = await w.B.owner.client.get(`/api/tenant?id=${w.A.owner.tenantId}`);
      expect(res.status).toBe(200);
      expect(res.body.tenant.id).toBe(w.B.owner.tenantId);
      expectNoLeak(w, res.text, 'GET /api/tenant');
    },
  },
  'PUT /api/tenant': {
    check: async (w) => {
      const aBefore = await tenantProfile(w.env.t, w.A.owner.tenantId);
      const res = await w.B.owner.client.put('/api/tenant', { ...tenantBody({ raisonSociale: 'Changée par B' }), id: w.A.owner.tenantId, tenantId: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(200);
      expect(res.body.tenant).toMatchObject({ id: w.B.owner.tenantId, raisonSociale: 'Changée par B' });
      expect(await tenantProfile(w.env.t, w.A.owner.tenantId)).toEqual(aBefore);
      expect((await w.A.owner.client.get('/api/tenant')).body.tenant.raisonSociale).toBe(w.A.owner.body.raisonSociale);
    },
  },
  'GET /api/users': {
    check: async (w) => {
      const res = await w.B.owner.client.get(`/api/users?tenantId=${w.A.owner.tenantId}`);
      expect(res.status).toBe(200);
      const ids = (res.body.users as { id: string }[]).map((u) => u.id).sort();
      expect(ids).toEqual(expect.arrayContaining([w.B.owner.userId, w.B.collab.id, w.accountant.id]));
      expect(ids).not.toContain(w.A.owner.userId);
      expectNoLeak(w, res.text, 'GET /api/users');
    },
  },
  'POST /api/users': {
    check: async (w) => {
      const aUsers = (await w.env.t.app.repos.users(w.A.owner.tenantId).list()).map((u) => u.id);
      const email = `nouveau-${Date.now()}@b.example`;
      const res = await w.B.owner.client.post('/api/users', { email, nom: 'Nouvel Arrivant', role: 'collaborator', password: COLLAB_PASSWORD, tenantId: w.A.owner.tenantId, tenant_id: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(201);
      expect(await userRow(w.env.t, w.B.owner.tenantId, res.body.user.id)).toBeDefined();
      expect((await w.env.t.app.repos.users(w.A.owner.tenantId).list()).map((u) => u.id)).toEqual(aUsers);
    },
  },
  'PUT /api/users/:id/password': {
    check: async (w) => {
      const before = await userRow(w.env.t, w.A.owner.tenantId, w.A.collab.id);
      for (const id of [w.A.collab.id, w.A.owner.userId]) {
        const res = await w.B.owner.client.put(`/api/users/${id}/password`, { password: 'Mot de passe choisi par B 123' });
        expectError(res, 404, 'INTROUVABLE', /^Utilisateur introuvable\.$/);
        expect(await refusalsOf(w, id)).toHaveLength(1);
      }
      expect(await userRow(w.env.t, w.A.owner.tenantId, w.A.collab.id)).toEqual(before);
      await expectAIntact(w);
      // A's collaborator still signs in with the old password.
      await loginOk(w.env.url, w.A.collab.email, COLLAB_PASSWORD);
    },
  },
  'DELETE /api/users/:id': {
    check: async (w) => {
      const usersBefore = await countRows(w.env.t, 'users');
      const res = await w.B.owner.client.delete(`/api/users/${w.A.collab.id}`);
      expectError(res, 404, 'INTROUVABLE', /^Utilisateur introuvable\.$/);
      // PUT /api/users/:id/password was refused once for this id already: now twice.
      expect((await refusalsOf(w, w.A.collab.id)).length).toBeGreaterThanOrEqual(1);
      expect((await refusalsOf(w, w.A.collab.id))[0]).toMatchObject({ actorId: w.B.owner.userId, recordType: 'user' });
      expect(await countRows(w.env.t, 'users')).toBe(usersBefore);
      await expectAIntact(w);
      await loginOk(w.env.url, w.A.collab.email, COLLAB_PASSWORD);
    },
  },
  'GET /api/journal': {
    check: async (w) => {
      const aTop = (await journal(w.A.owner.client))[0]!.seq;
      for (const q of ['', `?tenantId=${w.A.owner.tenantId}`, `?before=${aTop + 1}&limit=500`]) {
        const res = await w.B.owner.client.get(`/api/journal${q}`);
        expect(res.status).toBe(200);
        const entries = res.body.entries as JournalEntry[];
        expect(res.body.total).toBe(await w.env.t.app.repos.journal.count(w.B.owner.tenantId));
        const actors = new Set(entries.map((e) => e.actorId));
        for (const id of actors) expect([w.B.owner.userId, w.B.collab.id, w.accountant.id, null]).toContain(id);
        expectNoLeak(w, JSON.stringify(journalWithoutRefusedTargets(entries)), `GET /api/journal${q}`);
      }
    },
  },
  'GET /api/journal/verify': {
    check: async (w) => {
      const count = await w.env.t.app.repos.journal.count(w.B.owner.tenantId);
      const res = await w.B.owner.client.get(`/api/journal/verify?tenantId=${w.A.owner.tenantId}`);
      expect(res.body).toEqual({ ok: true, checked: count, problems: [] });
      expectNoLeak(w, res.text, 'GET /api/journal/verify');
    },
  },
  'GET /api/journal/export': {
    check: async (w) => {
      const csv = await w.B.owner.client.get(`/api/journal/export?format=csv&tenantId=${w.A.owner.tenantId}`);
      expect(csv.status).toBe(200);
      const lines = csv.text.split('\r\n').filter((l) => !l.includes(';securite.acces_refuse;'));
      expectNoLeak(w, lines.join('\n'), 'GET /api/journal/export?format=csv');
      const json = await w.B.owner.client.get(`/api/journal/export?format=json&tenantId=${w.A.owner.tenantId}`);
      expect(json.status).toBe(200);
      expect(json.body.entreprise).toBe(w.B.owner.tenantId);
      expect(json.body.entries.length).toBe(await w.env.t.app.repos.journal.count(w.B.owner.tenantId));
      expectNoLeak(w, JSON.stringify(journalWithoutRefusedTargets(json.body.entries)), 'GET /api/journal/export?format=json');
    },
  },
  'GET /api/hygiene': {
    check: async (w) => {
      await aHasHygieneData(w);
      const own = (await hygieneRows(w, w.B.owner.tenantId)).answers[DECLARED.id] ?? null;
      const res = await w.B.owner.client.get(`/api/hygiene?tenantId=${w.A.owner.tenantId}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.answers[DECLARED.id]).toMatchObject({ source: 'declaration', value: own });
      expect(res.body.actions.find((a: { id: string }) => a.id === DECLARED.id)?.status).not.toBe('fait');
      expectNoLeak(w, res.text, 'GET /api/hygiene');
    },
  },
  'PUT /api/hygiene/answers': {
    check: async (w) => {
      const aBefore = await aHasHygieneData(w);
      const res = await w.B.owner.client.put('/api/hygiene/answers', { answers: { [DECLARED.id]: 'oui' }, tenantId: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(200);
      expect((await hygieneRows(w, w.B.owner.tenantId)).answers[DECLARED.id]).toBe('oui');
      expect(await hygieneRows(w, w.A.owner.tenantId)).toEqual(aBefore);
      expectNoLeak(w, res.text, 'PUT /api/hygiene/answers');
    },
  },
  'PATCH /api/hygiene/actions/:id': {
    check: async (w) => {
      const aBefore = await aHasHygieneData(w);
      // Same action id as A's: B's plan needs it too.
      expect((await w.B.owner.client.put('/api/hygiene/answers', { answers: { [DECLARED.id]: 'non' } })).status).toBe(200);
      const res = await w.B.owner.client.request('PATCH', `/api/hygiene/actions/${DECLARED.id}`, { status: 'en-cours', dueDate: '2030-06-30', tenantId: w.A.owner.tenantId });
      expect(res.status, res.text).toBe(200);
      expect((await hygieneRows(w, w.B.owner.tenantId)).actions.find((a) => a.action_id === DECLARED.id)).toMatchObject({ status: 'en-cours', due_date: '2030-06-30' });
      expect(await hygieneRows(w, w.A.owner.tenantId)).toEqual(aBefore);
      expectNoLeak(w, res.text, 'PATCH /api/hygiene/actions/:id');
    },
  },
  'POST /api/hygiene/reviews': {
    check: async (w) => {
      const aBefore = await aHasHygieneData(w);
      const bReviews = (await hygieneRows(w, w.B.owner.tenantId)).reviews.length;
      const res = await w.B.owner.client.post('/api/hygiene/reviews', { tenantId: w.A.owner.tenantId });
      // B has not answered everything: refused, or recorded for B only.
      expect([201, 400], res.text).toContain(res.status);
      expect((await hygieneRows(w, w.B.owner.tenantId)).reviews.length).toBe(bReviews + (res.status === 201 ? 1 : 0));
      expect(await hygieneRows(w, w.A.owner.tenantId)).toEqual(aBefore);
      expectNoLeak(w, res.text, 'POST /api/hygiene/reviews');
    },
  },
  'GET /api/hygiene/kit': {
    check: async (w) => {
      await aHasHygieneData(w);
      const bName = (await w.env.t.app.repos.tenants.get(w.B.owner.tenantId))!.raison_sociale;
      for (const format of ['html', 'md']) {
        const res = await w.B.owner.client.get(`/api/hygiene/kit?format=${format}&tenantId=${w.A.owner.tenantId}`);
        expect(res.status, res.text.slice(0, 200)).toBe(200);
        expect(res.text).toContain(bName);
        expectNoLeak(w, res.text, `GET /api/hygiene/kit?format=${format}`);
      }
    },
  },
  'GET /api/breaches': {
    check: async (w) => {
      const a = await aHasBreach(w);
      const res = await w.B.owner.client.get(`/api/breaches?tenantId=${w.A.owner.tenantId}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.violations.map((v: { id: string }) => v.id)).not.toContain(a.id);
      for (const secret of [a.id, A_BREACH_TITLE]) expect(res.text).not.toContain(secret);
      expectNoLeak(w, res.text, 'GET /api/breaches');
    },
  },
  'POST /api/breaches': {
    check: async (w) => {
      await aHasBreach(w);
      const aBefore = await breachRows(w, w.A.owner.tenantId);
      expectError(await w.B.owner.client.post('/api/breaches', { titre: 'Chez qui ?', tenantId: w.A.owner.tenantId }), 400, 'CHAMP_INCONNU');
      const res = await w.B.owner.client.post('/api/breaches', { titre: 'Incident de B' });
      expect(res.status, res.text).toBe(201);
      expect((await w.env.t.app.repos.breaches(w.B.owner.tenantId).get(res.body.violation.id))?.tenant_id).toBe(w.B.owner.tenantId);
      expect(await breachRows(w, w.A.owner.tenantId)).toEqual(aBefore);
    },
  },
  'GET /api/breaches/:id': breachRefused('GET', ''),
  'PUT /api/breaches/:id': breachRefused('PUT', '', { titre: 'Réécrit par B' }),
  'POST /api/breaches/:id/assess': breachRefused('POST', '/assess', { dropOverride: true }),
  'POST /api/breaches/:id/override': breachRefused('POST', '/override', { notifyCnil: false, justification: 'B décide à la place de A, sans droit.' }),
  'POST /api/breaches/:id/notifications': breachRefused('POST', '/notifications', { kind: 'initiale', notifiedAt: new Date().toISOString(), lateReason: 'B essaie de notifier pour A.' }),
  'POST /api/breaches/:id/timeline': breachRefused('POST', '/timeline', { at: new Date().toISOString(), action: 'Ajouté par B' }),
  'POST /api/breaches/:id/close': breachRefused('POST', '/close', { closed: true }),
  'GET /api/breaches/:id/cnil': breachRefused('GET', '/cnil?format=txt'),
  'POST /api/breaches/:id/letters': {
    check: async (w) => {
      await breachRefused('POST', '/letters', { recipients: [{ nom: 'Dupont' }], format: 'json' }).check(w);
      // B's own incident with one of A's clients: the client file is A's, so 404 too.
      const aClient = await w.A.owner.client.post('/api/clients', { nom: 'Client de A', status: 'client' });
      expect(aClient.status, aClient.text).toBe(201);
      const bBreach = (await w.B.owner.client.post('/api/breaches', { awareAt: new Date().toISOString(), nature: ['confidentialite'] })).body.violation.id as string;
      expect((await w.B.owner.client.post(`/api/breaches/${bBreach}/assess`, {})).status).toBe(200);
      const res = await w.B.owner.client.post(`/api/breaches/${bBreach}/letters`, { clientIds: [aClient.body.client.id], format: 'json' });
      expectError(res, 404, 'INTROUVABLE', /^Client introuvable\.$/);
      expect(res.text).not.toContain('Client de A');
      expect(await refusalsOf(w, aClient.body.client.id)).toHaveLength(1);
    },
  },
  'GET /api/breaches/:id/attachments': breachRefused('GET', '/attachments'),
  'POST /api/breaches/:id/attachments': breachRefused('POST', '/attachments', { filename: 'de-B.txt', contentBase64: 'QiDDqWNyaXQgY2hleiBB' }),
  'GET /api/breaches/:id/attachments/:pieceId': {
    check: async (w) => {
      const a = await aHasBreach(w);
      const piece = await w.A.owner.client.post(`/api/breaches/${a.id}/attachments`, { filename: 'preuve-de-A.txt', contentBase64: Buffer.from('preuve secrète de A').toString('base64') });
      expect(piece.status, piece.text).toBe(201);
      await breachRefused('GET', `/attachments/${piece.body.pieceJointe.id}`).check(w);
      // A's attachment id under B's own incident: not found either.
      const bBreach = (await w.B.owner.client.post('/api/breaches', { titre: 'Incident de B' })).body.violation.id as string;
      const res = await w.B.owner.client.get(`/api/breaches/${bBreach}/attachments/${piece.body.pieceJointe.id}`);
      expectError(res, 404, 'INTROUVABLE', /^Pièce jointe introuvable\.$/);
      expect(res.text).not.toContain('preuve');
    },
  },
  'GET /api/breaches/register-data': {
    check: async (w) => {
      const created = await w.A.owner.client.post('/api/register/processings', { templateId: 'sante_bien_etre', name: 'Suivi secret de A' });
      expect(created.status, created.text).toBe(201);
      const res = await w.B.owner.client.get(`/api/breaches/register-data?tenantId=${w.A.owner.tenantId}`);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('Suivi secret de A');
      expect((res.body.traitements as { processingId: string }[]).map((t) => t.processingId)).not.toContain(created.body.traitement.id);
      expectNoLeak(w, res.text, 'GET /api/breaches/register-data');
      // Leave A's register as the register cases expect to find it.
      expect((await w.A.owner.client.request('DELETE', `/api/register/processings/${created.body.traitement.id}`)).status).toBe(204);
    },
  },
  // Rights requests and retention: cases in test/rights/isolation-cases.ts.
  ...RIGHTS_ROUTES,
  // The client file (records, documents, import, export): cases in test/clients/isolation-cases.ts.
  ...CLIENT_ROUTES,
  // Inventory scans: cases in test/scan/inventory-isolation-cases.ts.
  ...SCAN_ROUTES,
  // The register of processing activities and its documents: cases in test/register/isolation-cases.ts.
  ...REGISTER_ROUTES,
  // Instance backups: managed by the host's administrator, never by one tenant (test/backup/isolation-cases.ts).
  ...BACKUP_ROUTES,
};

// "Hygiène de sécurité": question ids are the same for every tenant, the answers are not.
const DECLARED = QUESTIONS.find((q) => !q.derivedFrom && q.answers.includes('non') && q.answers.includes('oui'))!;

async function hygieneRows(w: World, tenantId: string) {
  const repo = w.env.t.app.repos.security(tenantId);
  return { answers: await repo.answers(), actions: await repo.actions(), reviews: await repo.reviews() };
}

/** A has declared an answer and moved an action of its plan, so there is something to leak. */
async function aHasHygieneData(w: World) {
  const rows = await hygieneRows(w, w.A.owner.tenantId);
  if (rows.answers[DECLARED.id] === 'non' && rows.actions.some((a) => a.action_id === DECLARED.id)) return rows;
  expect((await w.A.owner.client.put('/api/hygiene/answers', { answers: { [DECLARED.id]: 'non' } })).status).toBe(200);
  expect((await w.A.owner.client.request('PATCH', `/api/hygiene/actions/${DECLARED.id}`, { status: 'fait', dueDate: '2031-01-31' })).status).toBe(200);
  return hygieneRows(w, w.A.owner.tenantId);
}

// « Violations de données »: A's incident, assessed and notified, must stay A's alone.
const A_BREACH_TITLE = 'Perte secrète de l’entreprise A';
const aBreaches = new WeakMap<World, { id: string }>();

async function breachRows(w: World, tenantId: string) {
  const repo = w.env.t.app.repos.breaches(tenantId);
  const rows = await repo.list();
  return { rows, notifications: await repo.allNotifications(), timeline: await Promise.all(rows.map((r) => repo.timeline(r.id))) };
}

async function aHasBreach(w: World): Promise<{ id: string }> {
  const known = aBreaches.get(w);
  if (known) return known;
  const now = Date.now();
  const created = await w.A.owner.client.post('/api/breaches', {
    titre: A_BREACH_TITLE,
    awareAt: new Date(now - 3_600_000).toISOString(),
    nature: ['confidentialite'],
    people: { count: 12, approximate: false, categories: ['clients'] },
  });
  expect(created.status, created.text).toBe(201);
  const id = created.body.violation.id as string;
  expect((await w.A.owner.client.post(`/api/breaches/${id}/assess`, {})).status).toBe(200);
  expect((await w.A.owner.client.post(`/api/breaches/${id}/notifications`, { kind: 'initiale', notifiedAt: new Date(now).toISOString() })).status).toBe(201);
  aBreaches.set(w, { id });
  return { id };
}

/** B calls a route of A's incident: 404 like a missing id, journaled in B, nothing changed in A. */
function breachRefused(method: string, sub: string, body?: unknown): { check: Check } {
  return {
    check: async (w) => {
      const a = await aHasBreach(w);
      const aBefore = await breachRows(w, w.A.owner.tenantId);
      const refusals = (await refusalsOf(w, a.id)).length;
      const res = await w.B.owner.client.request(method, `/api/breaches/${a.id}${sub}`, body);
      expectError(res, 404, 'INTROUVABLE', /^Violation introuvable\.$/);
      expect(await refusalsOf(w, a.id)).toHaveLength(refusals + 1);
      expect((await refusalsOf(w, a.id))[0]).toMatchObject({ actorId: w.B.owner.userId, recordType: 'violation' });
      expect(await breachRows(w, w.A.owner.tenantId)).toEqual(aBefore);
      expectNoLeak(w, res.text, `${method} /api/breaches/:id${sub}`);
    },
  };
}

async function party(env: Env, tag: string): Promise<Party> {
  const owner = await newOwner(env.url, { raisonSociale: `Entreprise ${tag} ${Date.now()}` });
  const second = await loginOk(env.url, owner.email, STRONG_PASSWORD);
  const email = `collab-${tag.toLowerCase()}-${Date.now()}@${tag.toLowerCase()}.example`;
  const collab = await addUser(owner.client, 'collaborator', email, COLLAB_PASSWORD, `Collaborateur ${tag}`);
  const collabClient = await loginOk(env.url, email, COLLAB_PASSWORD);
  const sessionIds: string[] = [];
  for (const c of [owner.client, collabClient]) {
    for (const s of (await c.get('/api/sessions')).body.sessions as { id: string }[]) sessionIds.push(s.id);
  }
  expect(sessionIds).toHaveLength(3);
  return { owner, second, collab: { id: collab.id, email }, collabClient, sessionIds };
}

describe.each(DIALECTS)('tenant isolation (%s)', (dialect: Dialect) => {
  const w = {} as World;
  beforeAll(async () => {
    w.env = await startEnv(dialect);
    w.A = await party(w.env, 'A');
    w.B = await party(w.env, 'B');
    const accEmail = `compta-${Date.now()}@b.example`;
    const acc = await addUser(w.B.owner.client, 'accountant', accEmail, COLLAB_PASSWORD, 'Comptable B');
    w.accountant = { id: acc.id, email: accEmail, client: await loginOk(w.env.url, accEmail, COLLAB_PASSWORD) };
    const tenantA = (await w.env.t.app.repos.tenants.get(w.A.owner.tenantId))!;
    w.secretsOfA = [
      w.A.owner.tenantId,
      w.A.owner.userId,
      w.A.collab.id,
      ...w.A.sessionIds,
      w.A.owner.email,
      w.A.collab.email,
      tenantA.raison_sociale,
      tenantA.contact_email,
      'Collaborateur A',
    ];
  });
  afterAll(async () => {
    await stopEnv(w.env);
  });

  const checked = Object.entries(ROUTES).filter((e): e is [string, { check: Check }] => 'check' in e[1]);
  it.each(checked)('%s: B with A’s ids only ever reaches B', async (_route, { check }) => {
    await check(w);
  });

  it('A’s journal holds nothing from B, and stays intact', async () => {
    const aUsers = new Set((await w.env.t.app.repos.users(w.A.owner.tenantId).list()).map((u) => u.id));
    const bIds = [w.B.owner.tenantId, w.B.owner.userId, w.B.collab.id, w.accountant.id, ...w.B.sessionIds];
    const rows = await w.env.t.app.repos.journal.all(w.A.owner.tenantId);
    for (const r of rows) {
      expect(r.actor_id === null || aUsers.has(r.actor_id), `A's journal has an entry by ${r.actor_id}: ${r.action}`).toBe(true);
      const text = JSON.stringify(r);
      for (const id of bIds) expect(text.includes(id), `A's journal mentions ${id}`).toBe(false);
    }
    expect(rows.map((r) => r.action)).not.toContain('securite.acces_refuse');
    expect((await w.A.owner.client.get('/api/journal/verify')).body.ok).toBe(true);
    expect((await w.B.owner.client.get('/api/journal/verify')).body.ok).toBe(true);
  });

  it('refuses owner-only changes to the collaborator and the accountant (403), changing nothing', async () => {
    const tenantBefore = await tenantProfile(w.env.t, w.B.owner.tenantId);
    const usersBefore = await countRows(w.env.t, 'users');
    const before = (await journal(w.B.owner.client))[0]!.seq;
    const actors = [
      { id: w.B.collab.id, client: w.B.collabClient },
      { id: w.accountant.id, client: w.accountant.client },
    ];
    for (const { client } of actors) {
      expectError(await client.put('/api/tenant', tenantBody({ raisonSociale: 'Prise de contrôle' })), 403, 'ROLE_INSUFFISANT', /Seul le propriétaire/);
      expectError(await client.post('/api/users', { email: `intrus-${Date.now()}@b.example`, nom: 'Intrus', role: 'collaborator', password: COLLAB_PASSWORD }), 403, 'ROLE_INSUFFISANT');
      expectError(await client.delete(`/api/users/${w.B.owner.userId}`), 403, 'ROLE_INSUFFISANT');
      expectError(await client.put(`/api/users/${w.B.owner.userId}/password`, { password: 'Mot de passe de l’intrus 2024' }), 403, 'ROLE_INSUFFISANT');
      // Across tenants too, the role check answers first and nothing is touched.
      expectError(await client.delete(`/api/users/${w.A.collab.id}`), 403, 'ROLE_INSUFFISANT');
      // Reading is allowed and scoped.
      const tenant = await client.get('/api/tenant');
      expect(tenant.body.tenant.id).toBe(w.B.owner.tenantId);
      expectNoLeak(w, tenant.text, 'GET /api/tenant (role)');
    }
    expect(await tenantProfile(w.env.t, w.B.owner.tenantId)).toEqual(tenantBefore);
    expect(await countRows(w.env.t, 'users')).toBe(usersBefore);
    await expectAIntact(w);
    const added = (await journal(w.B.owner.client)).filter((e) => e.seq > before && e.action === 'securite.role_refuse');
    expect(added).toHaveLength(10);
    expect(new Set(added.map((e) => e.actorId))).toEqual(new Set([w.B.collab.id, w.accountant.id]));
  });
});

/** Parses `printRoutes({ commonPrefix: false })` into "METHOD /full/path" (HEAD left out). */
function parseRouteTree(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    if (!line.trim()) continue;
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    expect(m, `unexpected printRoutes line: ${JSON.stringify(line)}`).not.toBeNull();
    const depth = m![1]!.length / 4;
    stack.length = depth;
    const path = (depth ? stack[depth - 1]! : '') + m![2]!;
    stack.push(path);
    for (const method of (m![3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (method !== 'HEAD') out.push(`${method} ${path}`);
    }
  }
  return out;
}

describe('route inventory', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('has an isolation case for every /api route the server registers, and no stale entry', async () => {
    const server = await buildServer(env.t.app);
    await server.ready();
    try {
      const registered = parseRouteTree(server.printRoutes({ commonPrefix: false })).filter((r) => r.split(' ')[1]!.startsWith('/api/'));
      // The parser itself must be right: every route it found is a real route.
      for (const r of registered) {
        const [method, url] = r.split(' ') as [string, string];
        expect(server.hasRoute({ method: method as 'GET', url }), r).toBe(true);
      }
      expect(registered.length).toBeGreaterThan(20);
      const missing = registered.filter((r) => !(r in ROUTES));
      const stale = Object.keys(ROUTES).filter((r) => !registered.includes(r));
      expect(missing, 'routes without an isolation case: add them to ROUTES').toEqual([]);
      expect(stale, 'ROUTES entries for routes that no longer exist').toEqual([]);
      // Every route that carries an id in its path must have a real check, not a waiver.
      for (const [route, c] of Object.entries(ROUTES)) {
        if (route.includes('/:')) expect('check' in c, route).toBe(true);
      }
    } finally {
      await server.close();
    }
  });
});
