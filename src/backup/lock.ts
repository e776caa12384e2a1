// The locks put on a destination (rules in src/core/backup/lock.ts): a run's, written first,
// renewed while the run works, marked while it cleans up, removed at the end whatever happened;
// a reader's (restore, verification, drill), shared, best effort on read-only media.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCK_RENEW_MS, LOCK_STALE_MS, LOCKS_PREFIX, lockHolds, lockKey, lockStopsCleanup, lockStopsReader, lockStopsRun, parseLock, type BackupLock, type LockKind } from '../core/backup/lock.ts';
import { conflict } from '../core/errors.ts';
import type { Destination } from './destination.ts';
import { getObject } from './objects.ts';

export interface HeldLock {
  release(): Promise<void>;
}

export interface RunLock extends HeldLock {
  /**
   * Runs `clean` (deleting generations and pieces) with the lock marked as cleaning, unless a
   * reader holds the destination: then `clean` is not run and false is returned.
   */
  cleanUnlessRead(clean: () => Promise<void>): Promise<boolean>;
}

/** Whether a process of this host still runs (EPERM: it runs under another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const when = (iso: string) => new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

/** This process's own lock object on `dest`: every write goes through one queue, so the last one written is the current state. */
function ownLock(dest: Destination, kind: LockKind, renewMs: number) {
  const owner = randomUUID();
  const host = hostname();
  const startedAt = new Date().toISOString();
  const key = lockKey(owner);
  let cleaning = false;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const write = (): Promise<void> => {
    const next = queue.then(() => {
      const lock: BackupLock = { owner, host, pid: process.pid, startedAt, renewedAt: new Date().toISOString(), kind, cleaning };
      return dest.put(key, Buffer.from(JSON.stringify(lock)));
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    key,
    host,
    startedAt,
    write,
    setCleaning(on: boolean) {
      cleaning = on;
    },
    startRenewing() {
      timer = setInterval(() => void write().catch(() => undefined), renewMs);
      timer.unref();
    },
    async release() {
      clearInterval(timer);
      await queue;
      await dest.delete(key).catch(() => undefined);
    },
  };
}

/** The other locks on `dest` that still hold. Stopped runs' and damaged locks hold nothing: they are tidied away (best effort) when `tidy`. */
async function otherLocks(dest: Destination, ownKey: string | null, host: string, tidy = true): Promise<BackupLock[]> {
  const held: BackupLock[] = [];
  for (const o of await dest.list(LOCKS_PREFIX)) {
    if (o.key === ownKey) continue;
    const lock = parseLock((await getObject(dest, o.key).catch(() => null))?.toString('utf8') ?? '');
    if (lock && lockHolds(lock, new Date(), { host }, lock.host === host ? running(lock.pid) : null)) held.push(lock);
    else if (tidy) await dest.delete(o.key).catch(() => undefined);
  }
  return held;
}

/**
 * Another run's lock that still holds on `dest` (a cron job's `rempart backup run`), or null.
 * Read-only: unlike a run, the look leaves stale locks where they are.
 */
export async function runInProgress(dest: Destination): Promise<BackupLock | null> {
  return (await otherLocks(dest, null, hostname(), false)).find(lockStopsRun) ?? null;
}

/** A run refused by a run that started this close to it (both just began) steps back and tries again. */
const TOGETHER_MS = 10_000;
/** Each step back makes a new meeting less likely; this many make it negligible (and bound the wait). */
const MAX_STEP_BACKS = 6;
const randomStepBack = () => 500 + Math.random() * 3500;

/** Writes this run's lock and looks for another run's: returns it (this lock then removed), or null when the destination is this run's. */
async function claim(dest: Destination, own: ReturnType<typeof ownLock>): Promise<BackupLock | null> {
  await own.write();
  try {
    const other = (await otherLocks(dest, own.key, own.host)).find(lockStopsRun) ?? null;
    if (other) await dest.delete(own.key).catch(() => undefined);
    return other;
  } catch (err) {
    await dest.delete(own.key).catch(() => undefined);
    throw err;
  }
}

/**
 * Locks `dest` for this run, or throws a French conflict when another run works on it. Two runs
 * that start together both see the other and step back: each tries again after a pause of its
 * own (random, 0.5 to 4 s), so that one of them goes on rather than neither. Pauses that end
 * together (likelier on a loaded host) make them meet again: they step back again, while the
 * lock seen keeps changing (a run stepping back writes a new one each try). The same lock seen
 * across a pause is a run that went on: this one is refused.
 */
export async function lockDestination(dest: Destination, options: { renewMs?: number; stepBackMs?: () => number } = {}): Promise<RunLock> {
  const renewMs = options.renewMs ?? LOCK_RENEW_MS;
  let own = ownLock(dest, 'run', renewMs);
  let other = await claim(dest, own);
  for (let stepBacks = 0; other && stepBacks < MAX_STEP_BACKS && Math.abs(Date.parse(other.startedAt) - Date.parse(own.startedAt)) < TOGETHER_MS; stepBacks++) {
    const seen = other.owner;
    await sleep((options.stepBackMs ?? randomStepBack)());
    own = ownLock(dest, 'run', renewMs);
    other = await claim(dest, own);
    if (other?.owner === seen) break;
  }
  if (other) {
    throw conflict('SAUVEGARDE_EN_COURS', `Une autre sauvegarde écrit en ce moment sur ${dest.label} (machine ${other.host}, commencée le ${when(other.startedAt)}) : rien n’y a été envoyé. Réessayez quand elle sera terminée.`);
  }
  own.startRenewing();
  return {
    release: own.release,
    async cleanUnlessRead(clean) {
      // marked first, readers looked for second: a reader arriving meanwhile sees the mark and waits
      own.setCleaning(true);
      try {
        await own.write();
        if ((await otherLocks(dest, own.key, own.host)).some(lockStopsCleanup)) return false;
        await clean();
        return true;
      } finally {
        own.setCleaning(false);
        await own.write().catch(() => undefined);
      }
    },
  };
}

export interface ReadLockOptions {
  renewMs?: number;
  /** How often a reader looks again while a run cleans up. */
  pollMs?: number;
  /** How long a reader waits for a run's clean-up before giving up (a stuck run's lock goes stale by then). */
  waitMs?: number;
  /** Told once when the reader has to wait, with a French explanation. */
  onWait?: (message: string) => void;
}

/**
 * A shared lock for reading `dest` (restore, verification, drill): runs go on beside it but put
 * their clean-up off. Waits while a run is deleting old generations. On a destination this
 * process cannot write to (a write-protected disk), reading goes on without a lock.
 */
export async function readLockDestination(dest: Destination, options: ReadLockOptions = {}): Promise<HeldLock> {
  const own = ownLock(dest, 'read', options.renewMs ?? LOCK_RENEW_MS);
  const written = await own.write().then(
    () => true,
    () => false,
  );
  const deadline = Date.now() + (options.waitMs ?? LOCK_STALE_MS);
  let told = false;
  try {
    for (;;) {
      const cleaning = (await otherLocks(dest, written ? own.key : null, own.host)).find(lockStopsReader);
      if (!cleaning) break;
      const message = `Une sauvegarde supprime en ce moment d’anciennes générations sur ${dest.label} (machine ${cleaning.host})`;
      if (Date.now() >= deadline) throw conflict('SAUVEGARDE_EN_NETTOYAGE', `${message} : rien n’a été lu. Réessayez dans quelques minutes.`);
      if (!told) options.onWait?.(`${message} : lecture dès qu’elle aura terminé…`);
      told = true;
      await sleep(options.pollMs ?? 2000);
    }
  } catch (err) {
    if (written) await own.release();
    throw err;
  }
  if (!written) return { release: async () => undefined };
  own.startRenewing();
  return { release: own.release };
}
