// Temporary lockout after repeated failures: it slows guessing without locking a
// legitimate owner out for long. Each further failure doubles the wait, capped.
export const LOCKOUT_POLICY = {
  freeAttempts: 5,
  baseLockMinutes: 1,
  maxLockMinutes: 60,
} as const;

export function lockUntilAfterFailure(failures: number, now: Date, policy = LOCKOUT_POLICY): Date | null {
  if (failures < policy.freeAttempts) return null;
  const extra = failures - policy.freeAttempts;
  const minutes = Math.min(policy.baseLockMinutes * 2 ** Math.min(extra, 10), policy.maxLockMinutes);
  return new Date(now.getTime() + minutes * 60_000);
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && new Date(lockedUntil).getTime() > now.getTime();
}

export function minutesLeft(lockedUntil: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 60_000));
}
