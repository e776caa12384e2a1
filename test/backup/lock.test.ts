// One run at a time per destination, across processes and machines: a run's clean-up deletes the
// pieces no kept generation lists, so a second run writing meanwhile would lose the pieces it
// sent before its own generation exists. Real instance, real folders, the real CLI in another process.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { lockDestination } from '../../src/backup/lock.ts';
import { runBackup } from '../../src/backup/run.ts';
import { LOCK_STALE_MS, type BackupLock } from '../../src/core/backup/lock.ts';
import { instance, tempDir, type Instance } from './support.ts';

const list = (dir: string, sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);

/** A lock as another run would leave it. */
function foreignLock(dir: string, over: Partial<BackupLock> = {}): string {
  const lock: BackupLock = { owner: 'autre-exécution', host: 'autre-machine', pid: 1, startedAt: new Date().toISOString(), renewedAt: new Date().toISOString(), ...over };
  mkdirSync(join(dir, 'locks'), { recursive: true });
  writeFileSync(join(dir, 'locks', `${lock.owner}.json`), JSON.stringify(lock));
  return `${lock.owner}.json`;
}

describe('backup lock on each destination', () => {
  let inst: Instance;
  const dirs: Array<{ path: string; remove: () => void }> = [];
  const dir = (name: string) => {
    const d = tempDir(name);
    dirs.push(d);
    return d.path;
  };

  beforeAll(async () => {
    inst = await instance('sqlite');
  });
  afterAll(async () => {
    await inst.t.cleanup();
    for (const d of dirs) d.remove();
  });

  it('refuses a destination another run is writing to, sends nothing there, and still backs up to the others', async () => {
    const busy = dir('occupee');
    const free = dir('libre');
    const theirs = foreignLock(busy);
    const r = await runBackup(inst.t.app, [new LocalDestination(busy), new LocalDestination(free)]);
    expect(r.destinations[0]!.ok).toBe(false);
    expect(r.destinations[0]!.error).toMatch(/Une autre sauvegarde écrit en ce moment sur .*machine autre-machine.*Réessayez quand elle sera terminée/);
    expect(list(busy, 'chunks')).toEqual([]);
    expect(list(busy, 'generations')).toEqual([]);
    // the other run's lock is left alone, this run's own is gone
    expect(list(busy, 'locks')).toEqual([theirs]);
    expect(r.destinations[1]!.ok).toBe(true);
    expect(list(free, 'generations')).toHaveLength(1);
    expect(list(free, 'locks')).toEqual([]);
  });

  it('takes over the lock of a run that stopped: silent for too long, or whose process ended on this machine', async () => {
    const silent = dir('muette');
    foreignLock(silent, { renewedAt: new Date(Date.now() - LOCK_STALE_MS - 60_000).toISOString() });
    const ended = dir('terminee');
    // a process that has exited: its pid is free
    const pid = Number(execFileSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' }));
    foreignLock(ended, { host: hostname(), pid });
    const r = await runBackup(inst.t.app, [new LocalDestination(silent), new LocalDestination(ended)]);
    expect(r.destinations.map((d) => [d.ok, d.error])).toEqual([
      [true, null],
      [true, null],
    ]);
    expect(list(silent, 'locks')).toEqual([]);
    expect(list(ended, 'locks')).toEqual([]);
  });

  it('never lets two runs write to the same destination at once', async () => {
    const shared = dir('partagee');
    const [a, b] = await Promise.all([runBackup(inst.t.app, [new LocalDestination(shared)]), runBackup(inst.t.app, [new LocalDestination(shared)])]);
    const ok = [a, b].filter((r) => r.ok);
    expect(ok.length).toBeLessThanOrEqual(1);
    for (const r of [a, b].filter((x) => !x.ok)) expect(r.destinations[0]!.error).toMatch(/Une autre sauvegarde écrit en ce moment/);
    expect(list(shared, 'generations')).toHaveLength(ok.length);
    expect(list(shared, 'locks')).toEqual([]);
    // once they are over, the destination is free again
    expect((await runBackup(inst.t.app, [new LocalDestination(shared)])).ok).toBe(true);
  });

  it('makes `rempart backup run` (cron, another process) wait for the run in progress', { timeout: 120_000 }, async () => {
    const d = dir('cron');
    const held = await lockDestination(new LocalDestination(d));
    const cli = await promisify(execFile)(process.execPath, ['bin/rempart.js', 'backup', 'run', '--vers', d], { env: { ...process.env, REMPART_DATA: inst.t.dataDir, DATABASE_URL: '' } }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/Une autre sauvegarde écrit en ce moment sur dossier/);
    expect(list(d, 'generations')).toEqual([]);
    await held.release();
  });

  it('renews its lock while the run works, and removes it at the end', async () => {
    const d = dir('renouvelee');
    const held = await lockDestination(new LocalDestination(d), { renewMs: 30 });
    const [file] = list(d, 'locks');
    const read = () => JSON.parse(readFileSync(join(d, 'locks', file!), 'utf8')) as BackupLock;
    const first = read();
    expect(first).toMatchObject({ host: hostname(), pid: process.pid });
    await new Promise((r) => setTimeout(r, 120));
    expect(Date.parse(read().renewedAt)).toBeGreaterThan(Date.parse(first.renewedAt));
    // a second run in the same process is refused as well
    await expect(lockDestination(new LocalDestination(d))).rejects.toThrow(/Une autre sauvegarde écrit en ce moment/);
    await held.release();
    expect(list(d, 'locks')).toEqual([]);
  });
});
