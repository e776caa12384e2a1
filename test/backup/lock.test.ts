// One run at a time per destination, across processes and machines: a run's clean-up deletes the
// pieces no kept generation lists, so a second run writing meanwhile would lose the pieces it
// sent before its own generation exists. Readers (restore, verification, drill) share the
// destination with runs, but a run's clean-up waits for no reader. Real instance, real folders,
// the real CLI in another process.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDestination } from '../../src/backup/destinations/local.ts';
import { lockDestination, readLockDestination } from '../../src/backup/lock.ts';
import { listGenerations } from '../../src/backup/objects.ts';
import { verifyGeneration } from '../../src/backup/verify.ts';
import { runDrill } from '../../src/backup/drill.ts';
import { backupKeys } from '../../src/backup/keys.ts';
import { runBackup } from '../../src/backup/run.ts';
import { LOCK_STALE_MS, type BackupLock } from '../../src/core/backup/lock.ts';
import { instance, tempDir, type Instance } from './support.ts';

const list = (dir: string, sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);

/** A lock as another run would leave it. */
function foreignLock(dir: string, over: Partial<BackupLock> = {}): string {
  const lock: BackupLock = { owner: 'autre-exécution', host: 'autre-machine', pid: 1, startedAt: new Date().toISOString(), renewedAt: new Date().toISOString(), kind: 'run', cleaning: false, ...over };
  mkdirSync(join(dir, 'locks'), { recursive: true });
  // written as every destination writes (temporary name, then rename): a reader polling in the
  // thread pool must never see the file empty, which it would rightly tidy away as damaged
  const tmp = join(dir, 'locks', `.tmp-${lock.owner}`);
  writeFileSync(tmp, JSON.stringify(lock));
  renameSync(tmp, join(dir, 'locks', `${lock.owner}.json`));
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
    // which run wrote each piece and manifest, in the order they were written
    const writers: string[] = [];
    class Tagged extends LocalDestination {
      constructor(readonly tag: string) {
        super(shared);
      }
      override async put(key: string, data: Parameters<LocalDestination['put']>[1]): Promise<void> {
        if (!key.startsWith('locks/')) writers.push(this.tag);
        return super.put(key, data);
      }
    }
    const [a, b] = await Promise.all([runBackup(inst.t.app, [new Tagged('A')]), runBackup(inst.t.app, [new Tagged('B')])]);
    const ok = [a, b].filter((r) => r.ok);
    // one after the other (the second waited for its turn, or was refused), never interleaved
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(writers.join('')).toMatch(/^(A+B*|B+A*)$/);
    for (const r of [a, b].filter((x) => !x.ok)) expect(r.destinations[0]!.error).toMatch(/Une autre sauvegarde écrit en ce moment/);
    // (the second run's retention keeps the newest generation of the day)
    expect(list(shared, 'generations')).toHaveLength(1);
    expect(list(shared, 'locks')).toEqual([]);
    const identity = (await backupKeys(inst.t.app)).identity;
    for (const g of await listGenerations(new LocalDestination(shared))) expect((await verifyGeneration(new LocalDestination(shared), g.key, [identity])).ok).toBe(true);
    // once they are over, the destination is free again
    expect((await runBackup(inst.t.app, [new LocalDestination(shared)])).ok).toBe(true);
  });

  /**
   * Two runs on `dir` whose first `rounds` looks at the locks are each held until both runs look: both locks are
   * written before either run sees the other's, as two processes started by the same clock tick could do, and their
   * pauses (`pauses`, one list per run, in turn) end together as often. Exactly one of them must go on.
   */
  async function expectOneGoesOn(d: string, rounds: number, pauses: number[][]): Promise<void> {
    const looked = Array.from({ length: rounds }, () => 0);
    const opens: Array<() => void> = [];
    const gates = looked.map(() => new Promise<void>((r) => opens.push(r)));
    class Together extends LocalDestination {
      private looks = 0;
      override async list(prefix: string) {
        if (prefix === 'locks/' && this.looks < rounds) {
          const round = this.looks++;
          if (++looked[round]! === 2) opens[round]!();
          await gates[round];
        }
        return super.list(prefix);
      }
    }
    // (a run that is done looks no more: on a loaded host one run may hold at the first look, the other's delete having
    // passed before its listing, and the other would wait at the next round's gate for ever)
    const tries = pauses.map((p) => lockDestination(new Together(d), { stepBackMs: () => p.shift() ?? 400 }).finally(() => opens.forEach((open) => open())));
    const settled = await Promise.allSettled(tries);
    const held = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = settled.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
    expect(held).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^Une autre sauvegarde écrit en ce moment/);
    expect(list(d, 'locks')).toHaveLength(1);
    await held[0]!.release();
    expect(list(d, 'locks')).toEqual([]);
  }

  it('two runs that start together: both step back, each for its own pause, and one of them goes on', async () => {
    await expectOneGoesOn(dir('ensemble'), 1, [[20], [400]]);
  });

  it('two runs whose pauses fall together again step back again, each for a new pause, and one of them goes on', async () => {
    // (their first pauses equal here, close on a loaded host)
    await expectOneGoesOn(dir('ensemble-encore'), 2, [
      [30, 20],
      [30, 400],
    ]);
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

  const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 1, 0, 0));
  const keepOne = { daily: 1, weekly: 0, monthly: 0 };

  it('backs up beside a reader but puts its clean-up off until the reader is gone', async () => {
    const d = dir('lue');
    const dest = new LocalDestination(d);
    const first = await runBackup(inst.t.app, [dest], { now: day(0), retention: keepOne });
    const reader = await readLockDestination(dest);
    const second = await runBackup(inst.t.app, [dest], { now: day(1), retention: keepOne });
    expect(second.destinations[0]).toMatchObject({ ok: true, removedGenerations: [], removedChunks: 0 });
    expect(second.destinations[0]!.cleanupNote).toBe('Nettoyage des anciennes générations reporté à la prochaine sauvegarde : une restauration ou une vérification lit en ce moment cette destination.');
    // what the reader may be reading is still whole
    expect((await listGenerations(dest)).map((g) => g.key)).toContain(first.generationKey);
    expect((await verifyGeneration(dest, first.generationKey, [(await backupKeys(inst.t.app)).identity])).ok).toBe(true);
    await reader.release();
    const third = await runBackup(inst.t.app, [dest], { now: day(2), retention: keepOne });
    expect(third.destinations[0]!.cleanupNote).toBeNull();
    expect(third.destinations[0]!.removedGenerations.sort()).toEqual([first.generationKey, second.generationKey].sort());
    expect(list(d, 'locks')).toEqual([]);
  });

  it('marks its lock before it looks for readers, and while it cleans up, so that a reader arriving then waits', async () => {
    const d = dir('marquee');
    // the order of the operations on the destination is the whole point: recorded
    const steps: string[] = [];
    class Recorded extends LocalDestination {
      override async put(key: string, data: Parameters<LocalDestination['put']>[1]): Promise<void> {
        if (key.startsWith('locks/') && Buffer.isBuffer(data)) steps.push(`écrit ${(JSON.parse(data.toString()) as BackupLock).cleaning ? 'nettoyage' : 'verrou'}`);
        return super.put(key, data);
      }
      override async list(prefix: string) {
        if (prefix === 'locks/') steps.push('cherche les lecteurs');
        return super.list(prefix);
      }
    }
    const dest = new Recorded(d);
    const held = await lockDestination(dest);
    const [file] = list(d, 'locks');
    const read = () => JSON.parse(readFileSync(join(d, 'locks', file!), 'utf8')) as BackupLock;
    expect(read()).toMatchObject({ kind: 'run', cleaning: false });
    let during: BackupLock | null = null;
    steps.length = 0;
    expect(await held.cleanUnlessRead(async () => void (during = read()))).toBe(true);
    expect(steps).toEqual(['écrit nettoyage', 'cherche les lecteurs', 'écrit verrou']);
    expect(during).toMatchObject({ kind: 'run', cleaning: true });
    expect(read().cleaning).toBe(false);
    await held.release();
  });

  it('a reader waits while another run deletes old generations, and gives up in French if it never ends', async () => {
    const d = dir('nettoyage');
    const theirs = foreignLock(d, { cleaning: true });
    const told: string[] = [];
    let settled = false;
    const reading = readLockDestination(new LocalDestination(d), { pollMs: 20, onWait: (m) => told.push(m) }).then((l) => ((settled = true), l));
    await new Promise((r) => setTimeout(r, 150));
    expect(settled).toBe(false);
    expect(told).toEqual([`Une sauvegarde supprime en ce moment d’anciennes générations sur dossier ${d} (machine autre-machine) : lecture dès qu’elle aura terminé…`]);
    foreignLock(d, { cleaning: false }); // the other run is done cleaning (it may still be running)
    const lock = await reading;
    expect(list(d, 'locks').sort()).toHaveLength(2);
    await lock.release();
    expect(list(d, 'locks')).toEqual([theirs]);

    foreignLock(d, { cleaning: true });
    await expect(readLockDestination(new LocalDestination(d), { pollMs: 10, waitMs: 50 })).rejects.toThrow(/^Une sauvegarde supprime en ce moment d’anciennes générations sur .* : rien n’a été lu\. Réessayez dans quelques minutes\.$/);
    expect(list(d, 'locks')).toEqual([theirs]); // the reader left nothing behind
  });

  it('a restore drill waits for another run’s clean-up too', async () => {
    const d = dir('exercice');
    await runBackup(inst.t.app, [new LocalDestination(d)]);
    foreignLock(d, { cleaning: true });
    let settled = false;
    const drill = runDrill(new LocalDestination(d), [(await backupKeys(inst.t.app)).identity]).then((r) => ((settled = true), r));
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    foreignLock(d, { cleaning: false });
    expect((await drill).ok).toBe(true);
  });

  it('reads a write-protected destination without a lock', async () => {
    const d = dir('protegee');
    await runBackup(inst.t.app, [new LocalDestination(d)]);
    class WriteProtected extends LocalDestination {
      override async put(): Promise<void> {
        throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
      }
    }
    const dest = new WriteProtected(d);
    const lock = await readLockDestination(dest);
    const [g] = await listGenerations(dest);
    expect((await verifyGeneration(dest, g!.key, [(await backupKeys(inst.t.app)).identity])).ok).toBe(true);
    expect(list(d, 'locks')).toEqual([]);
    await lock.release();
  });

  const readers: Array<[string, (d: string) => string[], RegExp]> = [
    ['verify', (d) => ['verify', '--vers', d], /^✓ /],
    ['restore', (d) => ['restore', 'derniere', '--depuis', d, '--vers', join(dir('restauree'), 'donnees')], /restaur/i],
  ];
  it.each(readers)('makes `rempart backup %s` (another process) wait for a clean-up in progress, then read', { timeout: 120_000 }, async (_name, args, done) => {
    const d = dir('lecture-cli');
    await runBackup(inst.t.app, [new LocalDestination(d)]);
    const held = await lockDestination(new LocalDestination(d));
    let release!: () => void;
    const cleaning = held.cleanUnlessRead(() => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 50));
    const child = spawn(process.execPath, ['bin/rempart.js', 'backup', ...args(d)], { env: { ...process.env, REMPART_DATA: inst.t.dataDir, DATABASE_URL: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.stderr.on('data', (b: Buffer) => (err += b));
    let exited = false;
    const code = new Promise<number | null>((r) => child.on('close', (c) => ((exited = true), r(c))));
    // it says it waits, and has read nothing yet
    while (!err.includes('supprime en ce moment') && !exited) await new Promise((r) => setTimeout(r, 50));
    expect(exited).toBe(false);
    expect(out).toBe('');
    release();
    expect(await cleaning).toBe(true);
    expect(await code, err).toBe(0);
    expect(out).toMatch(done);
    await held.release();
    expect(list(d, 'locks')).toEqual([]);
  });
});
