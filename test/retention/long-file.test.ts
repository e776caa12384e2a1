// A large client file is read, and the retention rules applied, a page at a time with the event
// loop turning between pages (other requests go on): the same rows, labels and report as in one go.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_META } from '../../src/accounts/meta.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { unlockWithRecoveryKey, type Actor } from '../../src/accounts/team.ts';
import { startImport } from '../../src/clients/import/service.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { fileReport, readSubjects, rowLabel, subjectOf } from '../../src/retention/report.ts';
import { retentionReport } from '../../src/core/retention/expiry.ts';
import { loadPolicy } from '../../src/retention/policy.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { turnsDuring } from '../helpers/event-loop.ts';

describe('readSubjects', () => {
  let t: TestApp;
  let actor: Actor;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const s = await signUp(t.app, { raisonSociale: 'Atelier Conservation', activite: 'autre', contactNom: 'Anne Martin', contactEmail: 'rgpd@exemple.fr', nom: 'Anne Martin', email: 'anne.conservation@exemple.fr', password: 'cheval-agrafe-batterie-correct' }, CLI_META, { openSession: false });
    actor = { sessionId: 'test', tenantId: s.tenantId, userId: s.userId, stage: 'active', dataKey: await unlockWithRecoveryKey(t.app, s.tenantId, s.recoveryKey), role: 'owner' };
    const lines = ['Nom;Prénom;E-mail'];
    for (let i = 0; i < 2000; i++) lines.push(`Lefèvre${i};Anaïs;anais${i}@exemple.fr`);
    const job = await startImport(t.app, actor, Buffer.from(lines.join('\r\n')), {}, CLI_META);
    await job.finished;
    expect(job.result?.importes).toBe(2000);
  }, 60_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it('reads every row once, with its name, and applies the rules, the event loop turning between pages', async () => {
    const repo = t.app.repos.retention(actor.tenantId);
    const vault = new ClientVault(actor.tenantId, actor.dataKey!);
    const whole = await repo.subjects();
    let file: Awaited<ReturnType<typeof readSubjects>> | undefined;
    expect(await turnsDuring(async () => (file = await readSubjects(repo, vault, 300)))).toBeGreaterThanOrEqual(6);
    const byId = (rows: typeof whole) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(byId(file!.rows)).toEqual(whole);
    expect(file!.labels.size).toBe(2000);
    expect(file!.labels.get(whole[0]!.id)).toBe(rowLabel(whole[0]!, vault));
    expect([...file!.labels.values()].filter((l) => /^Anaïs Lefèvre\d+$/.test(l))).toHaveLength(2000);
    // without a key, a row is labelled by its id (the daily check and the CLI)
    const keyless = await readSubjects(repo, null, 7);
    expect(byId(keyless.rows)).toEqual(whole);
    expect(keyless.labels.get(whole[5]!.id)).toBe(whole[5]!.id);
    // the rules too are applied a page at a time, and give the report the pure rule gives
    const { policy } = await loadPolicy(t.app.repos, actor.tenantId);
    const now = new Date('2031-06-01T12:00:00Z');
    let report: Awaited<ReturnType<typeof fileReport>> | undefined;
    expect(await turnsDuring(async () => (report = await fileReport(file!, policy, now, 300)))).toBeGreaterThanOrEqual(6);
    expect(report).toEqual(retentionReport(file!.rows.map((r) => subjectOf(r, file!.labels.get(r.id))), policy, now));
    expect(report!.total).toBe(2000);
    // another tenant's key opens nothing: the rows stay the tenant's own
    expect((await readSubjects(t.app.repos.retention(randomUUID()), new ClientVault(randomUUID(), randomBytes(32)))).rows).toEqual([]);
  });
});
