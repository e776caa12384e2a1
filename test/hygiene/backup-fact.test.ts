// « Sauvegardes régulières » follows Rempart's real backups once a destination exists: a copy
// under 48 h on every destination → oui; some → partiellement; none → non. Without any
// destination the question stays the user's declaration.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDestination } from '../../src/backup/config-store.ts';
import { rempartFacts } from '../../src/hygiene/facts.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { Client, signedUpClient, startServer } from '../helpers/http.ts';

const QUESTION = 'sauv-regulieres';

describe('backup fact in the self-assessment', () => {
  let t: TestApp;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let owner: Client;
  let tenantId: string;
  const folders: string[] = [];

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    srv = await startServer(t.app);
    const signed = await signedUpClient(srv.url);
    owner = signed.client;
    tenantId = signed.res.tenant.id;
  });
  afterAll(async () => {
    await srv?.close();
    await t?.cleanup();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
  });

  const answer = async () => {
    const r = await owner.get('/api/hygiene');
    expect(r.status, r.text).toBe(200);
    return r.body.answers[QUESTION] as { source: string; value: string | null; settingsLink?: string };
  };
  const folder = () => {
    const f = mkdtempSync(join(tmpdir(), 'rempart-fact-'));
    folders.push(f);
    return f;
  };

  it('stays declarative without a destination, then follows the real backups', async () => {
    expect(await answer()).toMatchObject({ source: 'declaration', value: null });
    expect((await owner.put('/api/hygiene/answers', { answers: { [QUESTION]: 'oui' } })).status).toBe(200);
    expect(await answer()).toMatchObject({ source: 'declaration', value: 'oui' });

    const disk = await addDestination(t.app, { label: 'Disque', config: { kind: 'local', path: folder() } });
    // Configured but never succeeded: the declaration no longer counts.
    expect(await answer()).toMatchObject({ source: 'rempart', value: 'non', settingsLink: '#/sauvegardes' });

    const now = new Date();
    await t.app.repos.backups.recordOutcome(disk.id, { at: now.toISOString(), ok: true, error: null, generation: 'g1' });
    expect(await answer()).toMatchObject({ source: 'rempart', value: 'oui' });

    const second = await addDestination(t.app, { label: 'Second disque', config: { kind: 'local', path: folder() } });
    await t.app.repos.backups.recordOutcome(second.id, { at: now.toISOString(), ok: false, error: 'disque plein', generation: null });
    expect(await answer()).toMatchObject({ source: 'rempart', value: 'partiellement' });

    // Two days later with no new backup: nothing is recent any more (read from the facts
    // directly: the session itself would have expired by then).
    t.clock.now = new Date(now.getTime() + 49 * 3_600_000);
    expect((await rempartFacts(t.app, tenantId))['rempart.recentBackup']).toMatchObject({ value: false });
    t.clock.now = null;
  });
});
