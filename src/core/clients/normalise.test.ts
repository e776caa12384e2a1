import { describe, expect, it } from 'vitest';
import { isValidEmail, namePrefixes, normaliseEmail, normaliseName, normalisePhone } from './normalise.ts';

describe('normalisePhone', () => {
  const valid: Array<[string, string]> = [
    // Metropolitan mobiles, every usual writing
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['06 12 34 56 78', '+33612345678'], // non-breaking spaces
    ['06 12 34 56 78', '+33612345678'], // narrow non-breaking spaces
    ['  06 12 34 56 78  ', '+33612345678'],
    ['06/12/34/56/78', '+33612345678'],
    ['(06) 12 34 56 78', '+33612345678'],
    ['０６１２３４５６７８', '+33612345678'], // full-width digits
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33(0)612345678', '+33612345678'],
    ['+33 06 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['0033 (0)6 12 34 56 78', '+33612345678'],
    ['tel:+33612345678', '+33612345678'],
    ['07 81 23 45 67', '+33781234567'],
    ['07 31 23 45 67', '+33731234567'],
    // Spreadsheets
    ['612345678', '+33612345678'],
    ['33612345678', '+33612345678'],
    // Geographic and non-geographic
    ['01 42 68 53 00', '+33142685300'],
    ['02 99 12 34 56', '+33299123456'],
    ['03 88 12 34 56', '+33388123456'],
    ['04 91 12 34 56', '+33491123456'],
    ['05 56 12 34 56', '+33556123456'],
    ['09 72 12 34 56', '+33972123456'],
    ['08 00 12 34 56', '+33800123456'],
    ['0810 12 34 56', '+33810123456'],
    ['0892 68 01 23', '+33892680123'],
    ['0884 12 34 56', '+33884123456'],
    // Overseas departments: French national writing, own country code
    ['0262 21 23 45', '+262262212345'],
    ['0263 00 12 34', '+262263001234'],
    ['0692 12 34 56', '+262692123456'],
    ['0693 12 34 56', '+262693123456'],
    ['0269 61 12 34', '+262269611234'],
    ['0639 01 23 45', '+262639012345'],
    ['0590 12 34 56', '+590590123456'],
    ['0690 12 34 56', '+590690123456'],
    ['0691 28 12 34', '+590691281234'],
    ['0594 29 12 34', '+594594291234'],
    ['0694 20 12 34', '+594694201234'],
    ['0596 30 12 34', '+596596301234'],
    ['0696 20 12 34', '+596696201234'],
    ['0697 27 12 34', '+596697271234'],
    ['+262 692 12 34 56', '+262692123456'],
    ['+33 692 12 34 56', '+262692123456'],
    ['+590 690 12 34 56', '+590690123456'],
    ['262692123456', '+262692123456'],
    // International
    ['+44 20 7946 0958', '+442079460958'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+32 2 555 12 12', '+3225551212'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+41 79 123 45 67', '+41791234567'],
    ['0041 22 123 45 67', '+41221234567'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['+49 30 1234567', '+49301234567'],
    ['+269 333 12 34', '+2693331234'], // Comoros, not Mayotte
    ['+377 93 15 12 34', '+37793151234'],
  ];
  it.each(valid)('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  const invalid: string[] = [
    '',
    '   ',
    'abc',
    '06 12 34 56 7', // 9 digits with the trunk 0
    '06 12 34 56 789',
    '00 12 34 56 78', // 00 is the international prefix, not a French range
    '07 01 02 03 04', // 070: machine-to-machine, 14 digits
    '07 12 34 56 78', // 071 unassigned
    '07 21 23 45 67', // 072 unassigned
    '08 30 12 34 56', // 083 unassigned
    '08 70 12 34 56', // 087 unassigned
    '08 85 12 34 56', // 088 other than 0884
    '+33 7 01 02 03 04',
    '+33 6 12 34 56',
    '+33 6 12 34 56 78 90',
    '06 12 34 56 78 poste 12',
    '06 12 34 56 78 (perso)',
    '++33612345678',
    '+33 6 12+34 56 78',
    '+0 612 345 678',
    '+1 555 1234', // NANP needs 10 digits
    '+44 20 79', // too short
    '+12 3456 7890 1234 5678',
    '+28 1234 5678', // no country code starts with 28
    '+262 6 12 34 56 78', // metropolitan mobile with the Réunion code
    '12345',
    '1234567890', // 10 digits without trunk or country code
    '((06)) 12 34 56 78',
  ];
  it.each(invalid)('rejects %j', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it('reads national numbers only with a default country', () => {
    expect(normalisePhone('06 12 34 56 78', null)).toBeNull();
    expect(normalisePhone('+33 6 12 34 56 78', null)).toBe('+33612345678');
    expect(normalisePhone('0044 20 7946 0958', null)).toBe('+442079460958');
  });
});

describe('normaliseEmail / isValidEmail', () => {
  it('trims, lower-cases and unwraps pasted forms', () => {
    expect(normaliseEmail('  Jean.Dupont@Exemple.FR ')).toBe('jean.dupont@exemple.fr');
    expect(normaliseEmail('mailto:Jean@Exemple.fr')).toBe('jean@exemple.fr');
    expect(normaliseEmail('Jean Dupont <Jean@Exemple.fr>')).toBe('jean@exemple.fr');
  });
  it('keeps an internationalised domain as typed, lower-cased', () => {
    expect(normaliseEmail('Contact@Café-Crème.FR')).toBe('contact@café-crème.fr');
    // Composed and decomposed accents give the same key.
    expect(normaliseEmail('contact@cafe\u0301.fr')).toBe(normaliseEmail('contact@café.fr'));
  });
  it.each(['jean@exemple.fr', 'jean.dupont+devis@exemple.co.uk', 'contact@café-crème.fr', 'a@xn--caf-dma.fr', "o'neil@exemple.ie"])('accepts %s', (e) => {
    expect(isValidEmail(e)).toBe(true);
  });
  it.each(['jean@', '@exemple.fr', 'jean', 'jean@exemple', 'jean@@exemple.fr', 'jean..dupont@exemple.fr', '.jean@exemple.fr', 'jean@-exemple.fr', 'jean dupont@exemple.fr', 'jean@exemple.f', 'jean@exemple.123'])('rejects %s', (e) => {
    expect(isValidEmail(e)).toBe(false);
  });
});

describe('normaliseName / namePrefixes', () => {
  it('folds case, accents, ligatures and separators', () => {
    expect(normaliseName('Dupont-Moretti')).toBe('dupont moretti');
    expect(normaliseName('  DUPONT   MORETTI ')).toBe('dupont moretti');
    expect(normaliseName("D'Artagnan")).toBe('d artagnan');
    expect(normaliseName('d’Artagnan')).toBe('d artagnan');
    expect(normaliseName('Hélène Lefèvre--Çaglar')).toBe('helene lefevre caglar');
    expect(normaliseName('Cœur')).toBe(normaliseName('Coeur'));
    expect(normaliseName('Groß')).toBe('gross');
  });
  it('gives the prefixes of each word', () => {
    expect(namePrefixes('Dupont-Moretti')).toEqual([
      'du', 'dup', 'dupo', 'dupon', 'dupont',
      'mo', 'mor', 'more', 'moret', 'morett', 'moretti',
    ]);
  });
  it('caps the length, skips short words and removes duplicates', () => {
    expect(namePrefixes('Anticonstitutionnellement')).toHaveLength(9); // 2..10
    expect(namePrefixes('Anticonstitutionnellement').at(-1)).toBe('anticonsti');
    expect(namePrefixes("d'Artagnan", 2, 4)).toEqual(['ar', 'art', 'arta']);
    expect(namePrefixes('Martin Martinez', 2, 4)).toEqual(['ma', 'mar', 'mart']);
    expect(namePrefixes('Élodie', 3, 3)).toEqual(['elo']);
    expect(namePrefixes('')).toEqual([]);
  });
  it('refuses absurd bounds', () => {
    expect(() => namePrefixes('x', 0)).toThrow(RangeError);
    expect(() => namePrefixes('x', 5, 3)).toThrow(RangeError);
  });
});
