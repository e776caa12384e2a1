// The daily schedule, the monthly drill and the dashboard status, on a real app whose clock
// the test moves (no waiting: the tick is called directly).
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDestination } from '../../src/backup/config-store.ts';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { lockDestination } from '../../src/backup/lock.ts';
import { backupOverview } from '../../src/backup/overview.ts';
import { startRun } from '../../src/backup/runs.ts';
import { backupDue, drillDue, lastScheduledAt, nextScheduledAt, saveScheduleSettings, scheduleTick } from '../../src/backup/schedule.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

const HOUR = 3_600_000;

describe('schedule arithmetic (Paris time)', () => {
  it('finds the last and next 12:00 in Paris, across the DST change', () => {
    // 2026-03-29: France moves from UTC+1 to UTC+2.
    expect(lastScheduledAt(new Date('2026-03-28T12:30:00Z'), 12).toISOString()).toBe('2026-03-28T11:00:00.000Z');
    expect(nextScheduledAt(new Date('2026-03-28T12:30:00Z'), 12).toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(lastScheduledAt(new Date('2026-03-29T09:59:00Z'), 12).toISOString()).toBe('2026-03-28T11:00:00.000Z');
  });

  it('is due when nothing ran since the last scheduled time (a laptop off at noon catches up)', () => {
    const now = new Date('2026-12-02T08:00:00Z'); // 09:00 in Paris
    expect(backupDue(now, 12, null)).toBe(true);
    expect(backupDue(now, 12, new Date('2026-12-01T11:05:00Z'))).toBe(false);
    expect(backupDue(now, 12, new Date('2026-11-30T11:05:00Z'))).toBe(true);
  });

  it('drills monthly', () => {
    const now = new Date('2026-12-31T00:00:00Z');
    expect(drillDue(now, null)).toBe(true);
    expect(drillDue(now, new Date('2026-12-15T00:00:00Z'))).toBe(false);
    expect(drillDue(now, new Date('2026-11-30T00:00:00Z'))).toBe(true);
  });
});

describe('scheduled runs and the 3-2-1 status', () => {
  let t: TestApp;
  let disk: string;
  beforeEach(async () => {
    t = await createTestApp('sqlite');
    disk = mkdtempSync(join(tmpdir(), 'rempart-disque-'));
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(disk, { recursive: true, force: true });
    rmSync(`${disk}-debranche`, { recursive: true, force: true });
  });

  it('does nothing without destinations, then runs the daily backup and the first drill', async () => {
    t.clock.now = new Date('2026-12-01T13:00:00Z'); // 14:00 in Paris
    expect(await scheduleTick(t.app)).toEqual({ backup: false, drill: false });
    await addDestination(t.app, { label: 'Disque', config: { kind: 'local', path: disk } });
    expect(await scheduleTick(t.app)).toEqual({ backup: true, drill: true });
    t.clock.now = new Date('2026-12-01T15:00:00Z');
    expect(await scheduleTick(t.app)).toEqual({ backup: false, drill: false });
    t.clock.now = new Date('2026-12-02T11:01:00Z'); // next day, 12:01 in Paris
    expect(await scheduleTick(t.app)).toEqual({ backup: true, drill: false });
    const runs = await t.app.repos.backups.recentRuns();
    expect(runs[0]).toMatchObject({ kind: 'sauvegarde', trigger: 'planifie', status: 'reussie', started_at: '2026-12-02T11:01:00.000Z' });
    // The first backup and drill share the frozen instant: compare them as a set.
    expect(runs.slice(1).map((r) => `${r.kind}/${r.trigger}/${r.status}`).sort()).toEqual(['exercice/planifie/reussie', 'sauvegarde/planifie/reussie']);
  });

  it('waits for the next check while another process backs up to a destination, rather than fail the day', async () => {
    t.clock.now = new Date('2026-12-01T13:00:00Z');
    await addDestination(t.app, { label: 'Disque', config: { kind: 'local', path: disk } });
    // cron's `rempart backup run` holding the destination right now
    const cron = await lockDestination(new LocalDestination(disk));
    // and a stopped run's lock (silent for 11 minutes), which does not count
    const stale = new Date(Date.now() - 11 * 60_000).toISOString();
    writeFileSync(join(disk, 'locks', 'ancienne.json'), JSON.stringify({ owner: 'ancienne', host: 'autre-machine', pid: 1, startedAt: stale, renewedAt: stale }));
    expect(await scheduleTick(t.app)).toEqual({ backup: false, drill: false });
    expect(await t.app.repos.backups.recentRuns()).toEqual([]);
    await cron.release();
    expect(await scheduleTick(t.app)).toEqual({ backup: true, drill: true });
    expect((await t.app.repos.backups.recentRuns()).map((r) => r.status)).toEqual(['reussie', 'reussie']);
  });

  it('runs one backup at a time: a second start is refused in French until the first ends', async () => {
    await addDestination(t.app, { config: { kind: 'local', path: disk } });
    const first = startRun(t.app, 'sauvegarde', 'manuel');
    await expect(startRun(t.app, 'exercice', 'manuel')).rejects.toMatchObject({ code: 'SAUVEGARDE_EN_COURS', message: expect.stringContaining('déjà en cours') });
    expect((await (await first).done).status).toBe('reussie');
    expect((await (await startRun(t.app, 'exercice', 'manuel')).done).status).toBe('reussie');
  });

  it('respects a disabled schedule', async () => {
    await addDestination(t.app, { config: { kind: 'local', path: disk } });
    await saveScheduleSettings(t.app, { scheduleEnabled: false, scheduleHour: 12, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    expect(await scheduleTick(t.app)).toEqual({ backup: false, drill: false });
  });

  it('warns when the last success is older than 48 hours, and when a destination fails', async () => {
    t.clock.now = new Date('2026-12-01T13:00:00Z');
    const local = await addDestination(t.app, { label: 'Disque externe', config: { kind: 'local', path: disk } });
    await scheduleTick(t.app);
    let view = await backupOverview(t.app, true);
    expect(view.status.destinations[0]).toMatchObject({ id: local.id, state: 'ok' });
    // Only one place, and only local: the 3-2-1 rule is not met even when it is fresh.
    expect(view.status.warnings.join('\n')).toMatch(/deux endroits/);
    expect(view.status.warnings.join('\n')).toMatch(/hors de vos locaux/);

    t.clock.now = new Date(t.clock.now.getTime() + 47 * HOUR);
    expect((await backupOverview(t.app, true)).status.destinations[0]!.state).toBe('ok');
    t.clock.now = new Date(t.clock.now.getTime() + 2 * HOUR);
    view = await backupOverview(t.app, true);
    expect(view.status.destinations[0]!.state).toBe('ancienne');
    expect(view.status.warnings[0]).toMatch(/date de 2 jours \(plus de 48 h\)/);

    // The disk is unplugged: the next run fails, and the status says so with the reason.
    renameSync(disk, `${disk}-debranche`);
    await scheduleTick(t.app);
    view = await backupOverview(t.app, true);
    expect(view.status.destinations[0]!.state).toBe('en_echec');
    expect(view.status.warnings[0]).toMatch(/a échoué : Dossier introuvable/);
    expect(view.destinations[0]!.lastSuccessAt).toBe('2026-12-01T13:00:00.000Z');
    expect(view.runs[0]!.status).toBe('echouee');
  });
});
