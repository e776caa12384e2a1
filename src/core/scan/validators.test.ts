import { describe, expect, it } from 'vitest';
import { cardValid, ibanValid, luhnValid, mod97, nirKey, nirValid, ribKey, ribKeyValid, sirenValid, siretValid } from './validators.ts';

describe('Luhn', () => {
  it('accepts valid numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('732829320')).toBe(true);
    expect(luhnValid('732829321')).toBe(false);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('12a4')).toBe(false);
  });
});

describe('mod 97 and IBAN', () => {
  it('computes the remainder of long numbers', () => {
    expect(mod97('97')).toBe(0);
    expect(mod97('98')).toBe(1);
    expect(mod97('123456789012345678901234567890')).toBe(Number(BigInt('123456789012345678901234567890') % 97n));
  });
  it('accepts valid IBANs of several countries, letters in the BBAN included', () => {
    expect(ibanValid('FR7630006000011234567890189')).toBe(true);
    expect(ibanValid('FR1420041010050500013M02606')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
  });
  it('rejects a bad check, a wrong length and an unknown country', () => {
    expect(ibanValid('FR7630006000011234567890188')).toBe(false);
    expect(ibanValid('FR763000600001123456789018')).toBe(false);
    expect(ibanValid('XX7630006000011234567890189')).toBe(false);
  });
  it('rejects a French IBAN whose mod 97 holds but whose RIB key does not', () => {
    // same bank, branch and account, RIB key 00 instead of 89, IBAN check digits recomputed
    const bban = '30006000011234567890100';
    const numeric = `${bban}1527` + '00';
    const check = String(98 - mod97(numeric)).padStart(2, '0');
    const iban = `FR${check}${bban}`;
    expect(mod97(`${bban}1527${check}`)).toBe(1);
    expect(ibanValid(iban)).toBe(false);
  });
});

describe('RIB key', () => {
  it('matches the published example and maps letters', () => {
    expect(ribKey('30006', '00001', '12345678901')).toBe(89);
    expect(ribKeyValid('30006000011234567890189')).toBe(true);
    expect(ribKeyValid('30006000011234567890188')).toBe(false);
    expect(ribKeyValid('2004101005' + '0500013M026' + '06')).toBe(true);
  });
});

describe('NIR', () => {
  it('key = 97 − (n mod 97)', () => {
    expect(nirKey('1850578006084')).toBe(97 - Number(1850578006084n % 97n));
    expect(nirValid('185057800608491')).toBe(true);
    expect(nirValid('185057800608492')).toBe(false);
  });
  it('Corsica: 2A counts as 19 and 2B as 18', () => {
    expect(nirKey('269052A004123')).toBe(nirKey('2690519004123'));
    expect(nirKey('269052B004123')).toBe(nirKey('2690518004123'));
    expect(nirValid(`269052A004123${String(nirKey('269052A004123')).padStart(2, '0')}`)).toBe(true);
    expect(nirValid(`269052B004123${String(nirKey('269052A004123')).padStart(2, '0')}`)).toBe(false);
  });
  it('overseas departments (97x), foreign-born (99) and temporary sex digits', () => {
    for (const first13 of ['2720397105012', '1851099123456', '7850578006084', '8850578006084', '3850578006084']) {
      expect(nirValid(first13 + String(nirKey(first13)).padStart(2, '0'))).toBe(true);
    }
  });
  it('rejects impossible sex digits and months', () => {
    const withKey = (s: string) => s + String(nirKey(s)).padStart(2, '0');
    expect(nirValid(withKey('5850578006084'))).toBe(false);
    expect(nirValid(withKey('1851378006084'))).toBe(false);
    expect(nirValid(withKey('1850078006084'))).toBe(false);
  });
});

describe('SIREN / SIRET', () => {
  it('uses Luhn', () => {
    expect(sirenValid('732829320')).toBe(true);
    expect(sirenValid('732829321')).toBe(false);
    expect(siretValid('73282932000074')).toBe(true);
    expect(siretValid('73282932000075')).toBe(false);
  });
  it('La Poste: digit sum multiple of 5 instead of Luhn (head office uses Luhn)', () => {
    expect(siretValid('35600000049837')).toBe(true); // 3+5+6+4+9+8+3+7 = 45
    expect(luhnValid('35600000049837')).toBe(false);
    expect(siretValid('35600000049838')).toBe(false);
    expect(siretValid('35600000000048')).toBe(true);
  });
});

describe('payment cards', () => {
  it('needs Luhn and a known issuer range with its length', () => {
    expect(cardValid('4111111111111111')).toBe(true); // Visa
    expect(cardValid('5555555555554444')).toBe(true); // Mastercard
    expect(cardValid('2221000000000009')).toBe(true); // Mastercard 2-series
    expect(cardValid('378282246310005')).toBe(true); // Amex
    expect(cardValid('6011111111111117')).toBe(true); // Discover
    expect(cardValid('4111111111111112')).toBe(false); // Luhn
    expect(cardValid('411111111111116')).toBe(false); // Visa with 15 digits
    expect(cardValid('1234567812345670')).toBe(false); // passes Luhn, no issuer
  });
});
