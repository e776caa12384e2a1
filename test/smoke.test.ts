import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from './helpers/app.ts';
import { signedUpClient, startServer } from './helpers/http.ts';

describe.each(DIALECTS)('smoke (%s)', (dialect) => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    srv = await startServer(t.app);
  });
  afterAll(async () => {
    await srv?.close();
    await t?.cleanup();
  });
  it('signs up and reads /me', async () => {
    const { client } = await signedUpClient(srv.url);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe('owner');
  });
});
