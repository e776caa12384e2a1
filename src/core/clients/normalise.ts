// Canonical forms for the values used to find duplicates and to search: two spellings of the
// same e-mail, phone number or name must give the same key.
import { frenchNsnToE164, internationalToE164 } from './phone-plan.ts';

/**
 * Trimmed, lower-cased, Unicode NFC. The whole address is lower-cased: providers treat the
 * local part case-insensitively in practice, and duplicates matter more than RFC purity.
 * An internationalised domain is kept as typed (not converted to punycode) so the user
 * recognises it. Also unwraps « mailto: » and « Nom <adresse> » as pasted from mail clients.
 */
export function normaliseEmail(input: string): string {
  let s = input.normalize('NFC').trim();
  const bracketed = /<([^<>]*)>\s*$/.exec(s);
  if (bracketed) s = (bracketed[1] ?? '').trim();
  s = s.replace(/^mailto:/i, '');
  return s.toLowerCase();
}

const LOCAL_ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*$`, 'u');
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** Syntax check on an already normalised address (no quoted local parts, no IP literals). */
export function isValidEmail(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253) return false;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1] ?? '');
}

export type PhoneCountry = 'FR';

/**
 * E.164 ('+33612345678') or null when the input is not a plausible phone number.
 * With defaultCountry 'FR', national writings are read with the French plan (see
 * phone-plan.ts for the table of ranges); with null, only international forms are accepted.
 * Spreadsheets mangle numbers, so two forms without any separator are also understood:
 * 9 digits (Excel dropped the leading 0) and 33XXXXXXXXX (Excel dropped the '+').
 */
export function normalisePhone(input: string, defaultCountry: PhoneCountry | null = 'FR'): string | null {
  // NFKC turns full-width digits and non-breaking spaces into their ASCII forms.
  let s = input.normalize('NFKC').trim().replace(/^tel:/i, '');
  if (s === '' || !/^\+?[\d\s().\-/]+$/.test(s)) return null;
  const plus = s.startsWith('+');
  const international = plus || s.replace(/\D/g, '').startsWith('00');
  // "+44 (0)20…", "+33 (0)6…": the bracketed trunk zero is never dialled from abroad.
  if (international) s = s.replace(/\(\s*0\s*\)/g, ' ');
  if (/[()]/.test(s) && !/^[^()]*\([\d\s]+\)[^()]*$/.test(s)) return null;
  const digits = s.replace(/\D/g, '');
  if (digits.length < 4 || digits.length > 17) return null;
  if (plus) return internationalToE164(digits);
  if (digits.startsWith('00')) return internationalToE164(digits.slice(2));
  if (defaultCountry !== 'FR') return null;
  if (digits.startsWith('0')) return digits.length === 10 ? frenchNsnToE164(digits.slice(1)) : null;
  if (digits.length === 9) return frenchNsnToE164(digits);
  if (digits.length === 11 && digits.startsWith('33')) return internationalToE164(digits);
  if (digits.length === 12 && /^(262|590|594|596)/.test(digits)) return internationalToE164(digits);
  return null;
}

// Letters that NFD does not decompose but that people type both ways (Cœur / Coeur).
const FOLDS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Search form of a name: lower case, no accents, every run of spaces, hyphens, apostrophes
 * or other punctuation collapsed to one space. « Dupont-Moretti », « DUPONT MORETTI » and
 * « dupont  moretti » give the same key.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđðþı]/g, (c) => FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The prefixes of each word of the normalised name, from minLength to maxLength characters,
 * without duplicates. These feed a blind index (keyed hashes of each prefix) so that typing
 * « mor » finds « Dupont-Moretti » without the server storing names in clear.
 * Words shorter than minLength are left out: a one-letter prefix would match half the file.
 */
export function namePrefixes(name: string, minLength = 2, maxLength = 10): string[] {
  if (!Number.isInteger(minLength) || !Number.isInteger(maxLength) || minLength < 1 || maxLength < minLength) {
    throw new RangeError('Longueurs de préfixe invalides.');
  }
  const prefixes = new Set<string>();
  for (const word of normaliseName(name).split(' ')) {
    const chars = Array.from(word);
    for (let len = minLength; len <= Math.min(maxLength, chars.length); len++) prefixes.add(chars.slice(0, len).join(''));
  }
  return [...prefixes];
}
