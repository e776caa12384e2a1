import { describe, expect, it } from 'vitest';
import { LOCK_STALE_MS, lockHolds, lockStopsCleanup, lockStopsReader, lockStopsRun, parseLock, type BackupLock } from './lock.ts';

const now = new Date('2026-12-01T10:00:00.000Z');
const lock = (over: Partial<BackupLock> = {}): BackupLock => ({ owner: 'a', host: 'serveur', pid: 42, startedAt: '2026-12-01T09:00:00.000Z', renewedAt: '2026-12-01T09:59:00.000Z', kind: 'run', cleaning: false, ...over });
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('backup lock', () => {
  it('reads a lock, and nothing from a damaged or foreign object', () => {
    expect(parseLock(JSON.stringify(lock()))).toEqual(lock());
    expect(parseLock('{"owner":"a"')).toBeNull();
    expect(parseLock(JSON.stringify({ owner: 'a', host: 'h' }))).toBeNull();
    expect(parseLock('')).toBeNull();
    expect(parseLock(JSON.stringify({ ...lock(), kind: 'ecriture' }))).toBeNull();
  });

  it('reads a lock written before readers had theirs as a run that is not cleaning', () => {
    const { kind: _k, cleaning: _c, ...old } = lock();
    expect(parseLock(JSON.stringify(old))).toEqual(lock({ kind: 'run', cleaning: false }));
  });

  it('runs exclude runs; readers put off clean-ups; a cleaning run makes readers wait', () => {
    const run = lock();
    const cleaning = lock({ cleaning: true });
    const reader = lock({ kind: 'read' });
    expect([run, cleaning, reader].map(lockStopsRun)).toEqual([true, true, false]);
    expect([run, cleaning, reader].map(lockStopsCleanup)).toEqual([false, false, true]);
    expect([run, cleaning, reader].map(lockStopsReader)).toEqual([false, true, false]);
  });

  it('holds while renewed, and no longer once the run is gone or silent for too long', () => {
    const elsewhere = { host: 'portable' };
    const here = { host: 'serveur' };
    expect(lockHolds(lock({ renewedAt: ago(LOCK_STALE_MS - 1000) }), now, elsewhere, null)).toBe(true);
    expect(lockHolds(lock({ renewedAt: ago(LOCK_STALE_MS + 1000) }), now, elsewhere, null)).toBe(false);
    // on its own host, a run whose process ended frees the destination at once
    expect(lockHolds(lock(), now, here, false)).toBe(false);
    expect(lockHolds(lock(), now, here, true)).toBe(true);
    // a living process that stopped renewing (stuck) does not hold it forever
    expect(lockHolds(lock({ renewedAt: ago(LOCK_STALE_MS + 1000) }), now, here, true)).toBe(false);
    expect(lockHolds(lock({ renewedAt: 'hier' }), now, elsewhere, null)).toBe(false);
  });
});
