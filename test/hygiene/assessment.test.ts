// « Hygiène de sécurité » through the real HTTP server: answers, facts, plan, reviews, kit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { Client, signedUpClient, startServer, STRONG_PASSWORD } from '../helpers/http.ts';
import { currentTotp } from '../../src/crypto/totp.ts';
import { QUESTIONS } from '../../src/core/security/assessment/index.ts';

describe('security self-assessment', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let owner: Client;
  let credentials: { email: string; password: string };

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    const signed = await signedUpClient(srv.url);
    owner = signed.client;
    credentials = { email: signed.body.email, password: signed.body.password };
  });
  afterAll(async () => {
    await srv?.close();
    await t?.cleanup();
  });

  it('starts with Rempart-derived answers and everything else unanswered', async () => {
    const r = await owner.get('/api/hygiene');
    expect(r.status).toBe(200);
    expect(r.body.themes.length).toBe(12);
    expect(r.body.answers['dfa-rempart']).toMatchObject({ source: 'rempart', value: 'non', settingsLink: '#/securite' });
    expect(r.body.answers['acces-journal']).toMatchObject({ source: 'rempart', value: 'oui' });
    expect(r.body.answers['mdp-rempart-robuste']).toMatchObject({ source: 'rempart', value: 'oui' });
    expect(r.body.answers['chiffr-fichier-clients']).toMatchObject({ source: 'rempart', value: 'oui', settingsLink: '#/clients' });
    expect(r.body.score.unanswered).toBe(QUESTIONS.length - 5);
    expect(r.body.actions.map((a: { id: string }) => a.id)).toContain('dfa-rempart');
    const me = await owner.get('/api/auth/me');
    expect(me.body.notices.map((n: { type: string }) => n.type)).toContain('revue_securite');
  });

  it('follows the real 2FA setting: turning it on changes the answer and the score, off changes them back', async () => {
    const before = (await owner.get('/api/hygiene')).body.score.score as number;
    const setup = await owner.post('/api/2fa/setup');
    const enable = await owner.post('/api/2fa/enable', { code: currentTotp(setup.body.secret) });
    expect(enable.status).toBe(200);
    const on = (await owner.get('/api/hygiene')).body;
    expect(on.answers['dfa-rempart']).toMatchObject({ source: 'rempart', value: 'oui' });
    expect(on.score.score).toBeGreaterThan(before);
    expect(on.actions.map((a: { id: string }) => a.id)).not.toContain('dfa-rempart');

    t.clock.now = new Date(Date.now() + 30_000);
    const off = await owner.post('/api/2fa/disable', { code: currentTotp(setup.body.secret, t.clock.now) });
    expect(off.status).toBe(204);
    const after = (await owner.get('/api/hygiene')).body;
    expect(after.answers['dfa-rempart'].value).toBe('non');
    expect(after.score.score).toBe(before);
    t.clock.now = null;
  });

  it('a declaration cannot override a fact', async () => {
    const r = await owner.put('/api/hygiene/answers', { answers: { 'dfa-rempart': 'oui' } });
    expect(r.status).toBe(200);
    expect(r.body.answers['dfa-rempart']).toMatchObject({ source: 'rempart', value: 'non', declared: 'oui' });
  });

  it('rejects unknown questions and impossible answers in French, saving nothing', async () => {
    const before = (await owner.get('/api/hygiene')).body.score;
    const unknown = await owner.put('/api/hygiene/answers', { answers: { 'poste-antivirus': 'oui', 'question-inventee': 'oui' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.erreur).toContain('Question inconnue');
    const bad = await owner.put('/api/hygiene/answers', { answers: { 'dfa-messagerie': 'peut-etre' } });
    expect(bad.status).toBe(400);
    expect((await owner.get('/api/hygiene')).body.score).toEqual(before);
  });

  it('orders the plan, keeps statuses, and refuses a review until every question is answered', async () => {
    const early = await owner.post('/api/hygiene/reviews');
    expect(early.status).toBe(400);
    expect(early.body.erreur).toMatch(/sans réponse/);

    const answers = Object.fromEntries(QUESTIONS.map((q, i) => [q.id, i % 3 === 0 ? 'non' : 'oui']));
    const saved = await owner.put('/api/hygiene/answers', { answers });
    expect(saved.body.score.unanswered).toBe(0);
    const plan = saved.body.actions as { id: string; priority: number; status: string }[];
    for (let i = 1; i < plan.length; i++) expect(plan[i - 1]!.priority).toBeGreaterThanOrEqual(plan[i]!.priority);

    const first = plan[0]!.id;
    const patched = await owner.request('PATCH', `/api/hygiene/actions/${first}`, { status: 'en-cours', dueDate: '2027-01-15' });
    expect(patched.status).toBe(200);
    expect(patched.body.actions.find((a: { id: string }) => a.id === first)).toMatchObject({ status: 'en-cours', dueDate: '2027-01-15' });
    expect((await owner.request('PATCH', '/api/hygiene/actions/pas-dans-le-plan', { status: 'fait' })).status).toBe(404);
    expect((await owner.request('PATCH', `/api/hygiene/actions/${first}`, { status: 'fini' })).status).toBe(400);
    const impossible = await owner.request('PATCH', `/api/hygiene/actions/${first}`, { dueDate: '2027-02-31' });
    expect(impossible.status).toBe(400);
    expect(impossible.body.erreur).toContain('n’existe pas');

    const review = await owner.post('/api/hygiene/reviews');
    expect(review.status, review.text).toBe(201);
    expect(review.body.review.status).toBe('ok');
    expect(review.body.progress).toHaveLength(1);
    // Recording again the same day replaces the point instead of adding one.
    expect((await owner.post('/api/hygiene/reviews')).body.progress).toHaveLength(1);
    expect(review.body.score.answers).toBeUndefined();

    // A year later the review is due again, and a second one shows progress.
    await owner.put('/api/hygiene/answers', { answers: Object.fromEntries(Object.keys(answers).map((id) => [id, 'oui'])) });
    t.clock.now = new Date(Date.now() + 366 * 86_400_000);
    // A year on, the session has long expired: sign in again.
    expect((await owner.get('/api/hygiene')).status).toBe(401);
    owner = new Client(srv.url);
    expect((await owner.post('/api/auth/login', credentials)).status).toBe(200);
    await owner.refreshCsrf();
    expect((await owner.get('/api/hygiene')).body.review.status).toBe('due');
    const again = await owner.post('/api/hygiene/reviews');
    expect(again.body.progress).toHaveLength(2);
    expect(again.body.progress[1].delta).toBeGreaterThan(0);
    t.clock.now = null;
  });

  it('serves the awareness kit as HTML, Markdown and PDF downloads', async () => {
    const html = await owner.get('/api/hygiene/kit?format=html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-disposition')).toMatch(/attachment; filename="vos-donnees-.*\.html"/);
    expect(html.text).toContain('<html lang="fr">');
    expect(html.text).toContain('Plomberie Dupont');
    const md = await owner.get('/api/hygiene/kit?format=md');
    expect(md.text).toMatch(/^# Vos données chez/);
    const pdf = await fetch(`${srv.url}/api/hygiene/kit?format=pdf`, { headers: { cookie: owner.cookieHeader() } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets an accountant read but not change anything', async () => {
    const added = await owner.post('/api/users', { email: `compta-${Date.now()}@exemple.fr`, nom: 'Cabinet Compta', role: 'accountant', password: STRONG_PASSWORD });
    expect(added.status).toBe(201);
    const accountant = new Client(srv.url);
    await accountant.post('/api/auth/login', { email: added.body.user.email, password: STRONG_PASSWORD });
    await accountant.refreshCsrf();
    expect((await accountant.get('/api/hygiene')).status).toBe(200);
    const put = await accountant.put('/api/hygiene/answers', { answers: { 'poste-antivirus': 'non' } });
    expect(put.status).toBe(403);
    expect(put.body.erreur).toContain('lecture seule');
    expect((await accountant.post('/api/hygiene/reviews')).status).toBe(403);
  });

  it('requires a session', async () => {
    expect((await new Client(srv.url).get('/api/hygiene')).status).toBe(401);
  });
});
