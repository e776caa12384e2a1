// The register repository on SQLite and on a real PostgreSQL server: tenant scoping of
// processings, history, document versions and set-up answers; the version number is unique.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DIALECTS, type TestApp } from '../helpers/app.ts';
import { STRONG_PASSWORD } from '../helpers/http.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import type { DocumentVersionRow, ProcessingRow } from '../../src/db/repositories/register.ts';

async function newTenant(t: TestApp, tag: string) {
  const r = await signUp(
    t.app,
    { raisonSociale: `Cabinet ${tag}`, activite: 'sante_bien_etre', contactNom: 'Inès Roy', contactEmail: `contact-${tag}@exemple.fr`, nom: 'Inès Roy', email: `ines-${tag}@exemple.fr`, password: STRONG_PASSWORD },
    CLI_META,
    { openSession: false },
  );
  return r.tenantId;
}

function processing(tenantId: string, over: Partial<ProcessingRow> = {}): ProcessingRow {
  const at = '2026-03-01T10:00:00.000Z';
  return { id: randomUUID(), tenant_id: tenantId, status: 'brouillon', template_id: null, body: JSON.stringify({ nom: 'Gestion des clients' }), created_at: at, created_by: null, updated_at: at, published_at: null, ...over };
}

function version(tenantId: string, number: number, over: Partial<DocumentVersionRow> = {}): DocumentVersionRow {
  return { id: randomUUID(), tenant_id: tenantId, kind: 'politique', number, created_at: `2026-03-0${number}T10:00:00.000Z`, created_by: null, content_hash: `h${number}`, markdown: `# v${number}`, html: `<h1>v${number}</h1>`, snapshot: '{}', ...over };
}

describe.each(DIALECTS)('register repository on %s', (dialect) => {
  let t: TestApp;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [a, b] = await Promise.all([newTenant(t, `a-${dialect}`), newTenant(t, `b-${dialect}`)]);
  });
  afterAll(async () => t?.cleanup());

  it('scopes processings by tenant for get, list, update and delete', async () => {
    const repoA = t.app.repos.register(a);
    const repoB = t.app.repos.register(b);
    const first = processing(a);
    const second = processing(a, { created_at: '2026-03-02T10:00:00.000Z', updated_at: '2026-03-02T10:00:00.000Z', template_id: 'prospection' });
    await repoA.insertProcessing(second);
    await repoA.insertProcessing(first);
    await expect(repoB.insertProcessing(processing(a))).rejects.toThrow(/tenant mismatch/);

    expect((await repoA.listProcessings()).map((p) => p.id)).toEqual([first.id, second.id]);
    expect(await repoB.listProcessings()).toEqual([]);
    expect(await repoB.getProcessing(first.id)).toBeUndefined();
    expect(await repoA.getProcessing(second.id)).toEqual(second);

    expect(await repoB.updateProcessing(first.id, { status: 'publie' })).toBe(0);
    expect(await repoB.deleteProcessing(first.id)).toBe(0);
    // A change cannot move a row to another tenant.
    expect(await repoA.updateProcessing(first.id, { status: 'publie', tenant_id: b, published_at: '2026-03-03T00:00:00.000Z' })).toBe(1);
    expect(await repoA.getProcessing(first.id)).toMatchObject({ status: 'publie', tenant_id: a, published_at: '2026-03-03T00:00:00.000Z' });
    expect(await repoA.deleteProcessing(second.id)).toBe(1);
    expect((await repoA.listProcessings()).map((p) => p.id)).toEqual([first.id]);
  });

  it('keeps the history of a processing per tenant, newest first', async () => {
    const repoA = t.app.repos.register(a);
    const pid = randomUUID();
    for (const [i, action] of ['cree', 'modifie', 'publie'].entries()) {
      await repoA.addHistory({ id: randomUUID(), tenant_id: a, processing_id: pid, at: `2026-03-0${i + 1}T00:00:00.000Z`, actor_id: null, actor_label: 'owner', action, diff: '[]' });
    }
    expect((await repoA.history(pid)).map((h) => h.action)).toEqual(['publie', 'modifie', 'cree']);
    expect(await repoA.historyCount(pid)).toBe(3);
    expect(await t.app.repos.register(b).history(pid)).toEqual([]);
    expect(await t.app.repos.register(b).historyCount(pid)).toBe(0);
  });

  it('numbers document versions per tenant and kind, and refuses a duplicate number', async () => {
    const repoA = t.app.repos.register(a);
    const repoB = t.app.repos.register(b);
    await repoA.insertDocumentVersion(version(a, 1));
    await repoA.insertDocumentVersion(version(a, 2));
    await repoB.insertDocumentVersion(version(b, 1, { markdown: '# B' }));
    await expect(repoA.insertDocumentVersion(version(a, 2))).rejects.toThrow();

    expect((await repoA.latestDocumentVersion('politique'))?.number).toBe(2);
    expect(await repoA.latestDocumentVersion('registre')).toBeUndefined();
    expect((await repoA.documentVersions('politique')).map((v) => [v.number, v.content_hash])).toEqual([
      [2, 'h2'],
      [1, 'h1'],
    ]);
    expect((await repoB.documentVersion('politique', 1))?.markdown).toBe('# B');
    expect(await repoB.documentVersion('politique', 2)).toBeUndefined();
  });

  it('upserts the set-up answers, one row per tenant', async () => {
    const repoA = t.app.repos.register(a);
    expect(await repoA.getSetup()).toBeUndefined();
    await repoA.saveSetup({ tenant_id: a, answers: '{"q":1}', completed_at: null, updated_at: '2026-03-01T00:00:00.000Z', updated_by: null });
    await repoA.saveSetup({ tenant_id: a, answers: '{"q":2}', completed_at: '2026-03-02T00:00:00.000Z', updated_at: '2026-03-02T00:00:00.000Z', updated_by: null });
    expect(await repoA.getSetup()).toMatchObject({ answers: '{"q":2}', completed_at: '2026-03-02T00:00:00.000Z' });
    expect(await t.app.repos.register(b).getSetup()).toBeUndefined();
  });
});
