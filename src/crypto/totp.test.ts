import { describe, expect, it } from 'vitest';
import { currentTotp, matchTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from './totp.ts';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-22T10:00:00Z');
  const step = Math.floor(now.getTime() / 30_000);

  it('accepts the current code and reports its time step', () => {
    expect(matchTotp(secret, currentTotp(secret, now), now)).toBe(step);
  });

  it('tolerates one step of clock drift, not more', () => {
    expect(matchTotp(secret, currentTotp(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotp(secret, currentTotp(secret, new Date(now.getTime() - 90_000)), now)).toBeNull();
  });

  it('rejects malformed codes', () => {
    for (const code of ['', '12345', '1234567', 'abcdef']) expect(matchTotp(secret, code, now)).toBeNull();
  });

  it('recovery codes are ten, distinct, and normalise from user input', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    expect(normaliseRecoveryCode(` ${codes[0]!.toUpperCase().replace('-', ' ')} `)).toBe(codes[0]);
    expect(normaliseRecoveryCode('nope')).toBeNull();
  });
});
