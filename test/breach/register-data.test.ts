// The breach wizard offers the data categories the register declares, per processing,
// sensitive ones flagged; an empty register offers nothing; another tenant's register
// never shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOwner, startEnv, stopEnv, type Env } from '../routes/support.ts';

describe('breach data from the register', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('lists each processing with its categories as breach data kinds', async () => {
    const o = await newOwner(env.url);
    expect((await o.client.get('/api/breaches/register-data')).body).toEqual({ traitements: [] });

    const created = await o.client.post('/api/register/processings', { templateId: 'sante_bien_etre' });
    expect(created.status, created.text).toBe(201);
    const other = await newOwner(env.url);

    const res = await o.client.get('/api/breaches/register-data');
    expect(res.status).toBe(200);
    const [t] = res.body.traitements as { name: string; categories: { kind: string; sensitive: boolean }[] }[];
    expect(t!.name).toBeTruthy();
    expect(t!.categories).toContainEqual(expect.objectContaining({ kind: 'sante', sensitive: true }));
    expect(t!.categories).toContainEqual(expect.objectContaining({ kind: 'coordonnees', sensitive: false }));
    expect((await other.client.get('/api/breaches/register-data')).body).toEqual({ traitements: [] });
  });
});
