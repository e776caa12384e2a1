import { describe, expect, it } from 'vitest';
import { assessPassword, isRenewalDue, MIN_SCORE } from './password-policy.ts';

describe('password policy (zxcvbn-ts, French dictionaries)', () => {
  it('rejects common French passwords with French feedback', () => {
    for (const pw of ['motdepasse', 'soleil123', 'azertyuiop', 'bonjour2024', 'marseille13']) {
      const a = assessPassword(pw);
      expect(a.acceptable, pw).toBe(false);
      expect(a.score).toBeLessThan(MIN_SCORE);
      expect(a.warning + a.suggestions.join(' ')).toMatch(/[éèàù]|mot de passe|caractères|mots/i);
    }
  });

  it('rejects passwords built from the user’s own details', () => {
    const a = assessPassword('DupontPlomberie', ['Jean Dupont', 'Plomberie Dupont']);
    expect(a.acceptable).toBe(false);
  });

  it('accepts long passphrases', () => {
    expect(assessPassword('cheval-agrafe-batterie-correct').acceptable).toBe(true);
    expect(assessPassword('Girafe violette sous la pluie 42').acceptable).toBe(true);
  });

  it('refuses short passwords even if random-looking', () => {
    const a = assessPassword('x7#Qp2!');
    expect(a.acceptable).toBe(false);
    expect(a.suggestions.join(' ')).toContain('10 caractères');
  });

  it('refuses absurdly long input without hashing it', () => {
    expect(assessPassword('a'.repeat(300)).acceptable).toBe(false);
  });

  it('renewal reminder after the configured number of days, never when 0', () => {
    const changed = new Date('2026-01-01T00:00:00Z');
    expect(isRenewalDue(changed, 90, new Date('2026-03-31T00:00:00Z'))).toBe(false);
    expect(isRenewalDue(changed, 90, new Date('2026-04-01T00:00:00Z'))).toBe(true);
    expect(isRenewalDue(changed, 0, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
