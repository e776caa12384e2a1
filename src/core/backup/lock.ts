// The lock a backup run puts on each destination (pure part: its content and when it is stale).
// A run's clean-up deletes the chunks no kept generation references: another run writing to the
// same destination at the same time (the server's schedule and `rempart backup run` from cron,
// two terminals, two machines) would lose the chunks it sent but has not yet listed in its
// generation. So a run writes locks/<owner>.json, renews it while it works and refuses a
// destination where another fresh run's lock stands, as restic does: no atomic "create if absent"
// is needed (two runs starting together both see the other and both step back).
//
// Readers (a restore, a verification, a restore drill) put a shared "read" lock: runs still write
// beside them, but a run's clean-up, which deletes generations and pieces, waits for no reader and
// is put off to the next run instead. A run marks its lock "cleaning" before it looks for
// readers, and a reader looks for cleaning runs after its own lock is written: whichever writes
// second sees the other, so a reader never reads a generation being deleted.
import { z } from 'zod';

/** A holder renews its lock this often… */
export const LOCK_RENEW_MS = 60_000;
/** …and a lock not renewed for this long belongs to a stopped run (a clock skew of minutes is tolerated). */
export const LOCK_STALE_MS = 10 * 60_000;
export const LOCKS_PREFIX = 'locks/';

export const lockSchema = z.object({
  owner: z.string().min(1).max(100),
  host: z.string().max(255),
  pid: z.number().int(),
  startedAt: z.string(),
  renewedAt: z.string(),
  /** Locks written before readers had theirs carry no kind: they are runs'. */
  kind: z.enum(['run', 'read']).default('run'),
  /** A run deleting old generations and unused pieces: readers wait until it is done. */
  cleaning: z.boolean().default(false),
});
export type BackupLock = z.infer<typeof lockSchema>;
export type LockKind = BackupLock['kind'];

/** What a lock that still holds keeps out: another run, a run's clean-up, a reader (for a while). */
export function lockStopsRun(lock: BackupLock): boolean {
  return lock.kind === 'run';
}
export function lockStopsCleanup(lock: BackupLock): boolean {
  return lock.kind === 'read';
}
export function lockStopsReader(lock: BackupLock): boolean {
  return lock.kind === 'run' && lock.cleaning;
}

export const lockKey = (owner: string) => `${LOCKS_PREFIX}${owner}.json`;

/** The lock's content, or null when it is not a lock (truncated, foreign): such an object holds nothing. */
export function parseLock(raw: string): BackupLock | null {
  try {
    const r = lockSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether a lock still holds. `holderAlive` answers for a lock of this very host (null when it
 * cannot be told): a run whose process is gone frees its destination at once; elsewhere only
 * time tells.
 */
export function lockHolds(lock: BackupLock, now: Date, here: { host: string }, holderAlive: boolean | null): boolean {
  if (lock.host === here.host && holderAlive === false) return false;
  const renewed = Date.parse(lock.renewedAt);
  if (Number.isNaN(renewed)) return false;
  return now.getTime() - renewed < LOCK_STALE_MS;
}
