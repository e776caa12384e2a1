import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICY, formatMonths, validateRetentionPolicy } from './policy.ts';

describe('retention policy', () => {
  it('has the CNIL defaults', () => {
    expect(DEFAULT_RETENTION_POLICY).toEqual({ prospectMonths: 36, clientAfterEndMonths: 36, accountingMonths: 120, consentProofMonths: 60 });
    expect(Object.isFrozen(DEFAULT_RETENTION_POLICY)).toBe(true);
  });
  it('fills missing fields with the defaults', () => {
    expect(validateRetentionPolicy({ prospectMonths: 24 })).toEqual({ ok: true, policy: { ...DEFAULT_RETENTION_POLICY, prospectMonths: 24 } });
  });
  it('refuses values outside the lawful bounds, in French', () => {
    expect(validateRetentionPolicy({ prospectMonths: 48, accountingMonths: 60 })).toEqual({
      ok: false,
      errors: [
        'Prospects : entre 1 et 36 mois (la CNIL recommande 3 ans au plus après le dernier contact venant du prospect)',
        "Factures et pièces comptables : entre 120 et 132 mois (10 ans sont obligatoires (article L123-22 du Code de commerce) ; au-delà d'un an de marge, rien ne justifie de les garder)",
      ],
    });
    expect(validateRetentionPolicy({ clientAfterEndMonths: 12.5 })).toEqual({ ok: false, errors: ['Anciens clients : nombre entier de mois attendu'] });
    expect(validateRetentionPolicy({ consentProofMonths: '60' })).toEqual({ ok: false, errors: ['Preuves de consentement : nombre de mois attendu'] });
    expect(validateRetentionPolicy(null).ok).toBe(false);
  });
  it('writes durations in French', () => {
    expect(formatMonths(36)).toBe('3 ans');
    expect(formatMonths(12)).toBe('1 an');
    expect(formatMonths(18)).toBe('1 an et 6 mois');
    expect(formatMonths(5)).toBe('5 mois');
    expect(formatMonths(0)).toBe('0 mois');
  });
});
