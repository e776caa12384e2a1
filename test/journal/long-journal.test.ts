// A long journal (every read of a client file is journaled) is read, checked and exported a
// page at a time, with the event loop turning between pages: the same report and the same
// files as a journal read whole, and other requests go on meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CLI_META } from '../../src/accounts/meta.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { appendJournal, JOURNAL_PAGE, verifyJournal } from '../../src/journal/journal.ts';
import { exportJournal } from '../../src/journal/read.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { ticksDuring } from '../helpers/event-loop.ts';

describe('a journal longer than five pages', () => {
  let t: TestApp;
  let tenantId: string;
  const entries = 5 * JOURNAL_PAGE + 17;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const s = await signUp(t.app, { raisonSociale: 'Cabinet Long Journal', activite: 'autre', contactNom: 'Anne Martin', contactEmail: 'rgpd@exemple.fr', nom: 'Anne Martin', email: 'anne.journal@exemple.fr', password: 'cheval-agrafe-batterie-correct' }, CLI_META, { openSession: false });
    tenantId = s.tenantId;
    const have = (await t.app.repos.journal.head(tenantId))!.seq;
    await t.app.tx(async (repos) => {
      for (let i = have; i < entries; i++) await appendJournal(t.app, repos, { tenantId, actorId: s.userId, actorLabel: 'owner', action: 'clients.lecture', recordType: 'client', recordId: `r${i}`, ip: '192.0.2.1', details: { n: i } });
    });
  }, 120_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it('is checked whole, with the event loop turning, and an entry altered in a late page is found', async () => {
    let report: Awaited<ReturnType<typeof verifyJournal>> | undefined;
    expect(await ticksDuring(async () => (report = await verifyJournal(t.app, tenantId)))).toBeGreaterThanOrEqual(3);
    expect(report).toEqual({ ok: true, checked: entries, problems: [] });
    const seq = 4 * JOURNAL_PAGE + 3;
    await t.app.store.db.updateTable('journal').set({ ip: '203.0.113.9' }).where('tenant_id', '=', tenantId).where('seq', '=', seq).execute();
    try {
      const altered = await verifyJournal(t.app, tenantId);
      expect(altered.checked).toBe(entries);
      expect(altered.problems).toEqual([{ seq, kind: 'altered', message: `Entrée n°${seq} : contenu modifié.` }]);
    } finally {
      await t.app.store.db.updateTable('journal').set({ ip: '192.0.2.1' }).where('tenant_id', '=', tenantId).where('seq', '=', seq).execute();
    }
  });

  it('is exported whole, in order, as CSV and JSON, with the event loop turning', async () => {
    let csv: Buffer = Buffer.alloc(0);
    expect(await ticksDuring(async () => (csv = (await exportJournal(t.app, tenantId, 'csv')).body))).toBeGreaterThanOrEqual(3);
    const rows = parse(csv.subarray(3).toString('utf8'), { delimiter: ';' }) as string[][];
    expect(rows[0]![0]).toBe('numero');
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: entries }, (_, i) => i + 1));
    const json = JSON.parse((await exportJournal(t.app, tenantId, 'json')).body.toString('utf8')) as { entreprise: string; entries: Array<{ seq: number; details: { n?: number } }> };
    expect(json.entreprise).toBe(tenantId);
    expect(json.entries.map((e) => e.seq)).toEqual(Array.from({ length: entries }, (_, i) => i + 1));
    expect(json.entries.at(-1)!.details).toEqual({ n: entries - 1 });
  });
});
