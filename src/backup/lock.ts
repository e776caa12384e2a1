// A backup run's lock on a destination (rules in src/core/backup/lock.ts): written first,
// renewed while the run works, removed at the end, whatever happened.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { LOCK_RENEW_MS, LOCKS_PREFIX, lockHolds, lockKey, parseLock, type BackupLock } from '../core/backup/lock.ts';
import { conflict } from '../core/errors.ts';
import type { Destination } from './destination.ts';
import { getObject } from './objects.ts';

export interface HeldLock {
  release(): Promise<void>;
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

/** Locks `dest` for this run, or throws a French conflict when another run works on it. */
export async function lockDestination(dest: Destination, options: { renewMs?: number } = {}): Promise<HeldLock> {
  const owner = randomUUID();
  const host = hostname();
  const startedAt = new Date().toISOString();
  const key = lockKey(owner);
  const write = () => {
    const lock: BackupLock = { owner, host, pid: process.pid, startedAt, renewedAt: new Date().toISOString() };
    return dest.put(key, Buffer.from(JSON.stringify(lock)));
  };
  await write();
  try {
    for (const o of await dest.list(LOCKS_PREFIX)) {
      if (o.key === key) continue;
      const lock = parseLock((await getObject(dest, o.key).catch(() => null))?.toString('utf8') ?? '');
      if (lock && lockHolds(lock, new Date(), { host }, lock.host === host ? running(lock.pid) : null)) {
        throw conflict('SAUVEGARDE_EN_COURS', `Une autre sauvegarde écrit en ce moment sur ${dest.label} (machine ${lock.host}, commencée le ${when(lock.startedAt)}) : rien n’y a été envoyé. Réessayez quand elle sera terminée.`);
      }
      // a stopped run's lock (or a damaged one) holds nothing: tidy it away
      await dest.delete(o.key).catch(() => undefined);
    }
  } catch (err) {
    await dest.delete(key).catch(() => undefined);
    throw err;
  }
  let renewing = Promise.resolve();
  const timer = setInterval(() => {
    renewing = renewing.then(write).catch(() => undefined);
  }, options.renewMs ?? LOCK_RENEW_MS);
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      await renewing;
      await dest.delete(key).catch(() => undefined);
    },
  };
}
