import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { Client, startServer } from './helpers/http.ts';

describe('per-IP rate limit on secret-checking routes', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    const saved = process.env.REMPART_AUTH_RATE_LIMIT;
    process.env.REMPART_AUTH_RATE_LIMIT = '3';
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    process.env.REMPART_AUTH_RATE_LIMIT = saved;
  });
  afterAll(async () => {
    await srv?.close();
    await t?.cleanup();
  });

  it('answers 429 in French once the budget is spent', async () => {
    const c = new Client(srv.url);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await c.post('/api/auth/login', { email: 'personne@exemple.fr', password: 'x' });
      statuses.push(r.status);
      if (r.status === 429) expect(r.body.erreur).toMatch(/Trop de requêtes/);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
