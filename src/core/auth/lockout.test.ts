import { describe, expect, it } from 'vitest';
import { isLocked, lockUntilAfterFailure, minutesLeft } from './lockout.ts';

describe('lockout policy', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('lets the first four failures through, locks at the fifth', () => {
    for (let f = 1; f < 5; f++) expect(lockUntilAfterFailure(f, now)).toBeNull();
    expect(lockUntilAfterFailure(5, now)!.getTime() - now.getTime()).toBe(60_000);
  });
  it('doubles the wait with each further failure, capped at one hour', () => {
    expect(lockUntilAfterFailure(6, now)!.getTime() - now.getTime()).toBe(120_000);
    expect(lockUntilAfterFailure(40, now)!.getTime() - now.getTime()).toBe(3_600_000);
  });
  it('knows when a lock is over', () => {
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked('2026-11-22T10:01:00Z', now)).toBe(true);
    expect(isLocked('2026-11-22T09:59:00Z', now)).toBe(false);
    expect(minutesLeft('2026-11-22T10:02:30Z', now)).toBe(3);
  });
});
