// Checksums of the identifiers the detectors recognise. Pure functions over digit strings;
// a detector only reports a number whose checksum holds, which removes most false positives.

/** Luhn (ISO/IEC 7812) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Remainder modulo 97 of a long decimal string, computed piecewise. */
export function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i += 7) r = Number(String(r) + digits.slice(i, i + 7)) % 97;
  return r;
}

/** ISO 13616 IBAN check: country letters + 2 check digits + BBAN, mod 97 == 1. */
export function ibanValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected !== undefined && s.length !== expected) return false;
  if (expected === undefined) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let numeric = '';
  for (const ch of rearranged) {
    const c = ch.charCodeAt(0);
    numeric += c >= 65 ? String(c - 55) : ch;
  }
  if (mod97(numeric) !== 1) return false;
  // French (and French overseas) IBANs embed a RIB whose own key must hold too.
  if (RIB_COUNTRIES.has(s.slice(0, 2))) return ribKeyValid(s.slice(4));
  return true;
}

const RIB_COUNTRIES = new Set(['FR', 'MC', 'GF', 'GP', 'MQ', 'RE', 'PF', 'TF', 'YT', 'NC', 'BL', 'MF', 'PM', 'WF']);

/** Lengths of the IBANs of the countries a French business meets (SEPA and neighbours). */
export const IBAN_LENGTHS: Record<string, number> = {
  FR: 27, MC: 27, GF: 27, GP: 27, MQ: 27, RE: 27, PF: 27, TF: 27, YT: 27, NC: 27, BL: 27, MF: 27, PM: 27, WF: 27,
  DE: 22, BE: 16, ES: 24, IT: 27, LU: 20, CH: 21, NL: 18, PT: 25, GB: 22, IE: 22, AT: 20, DK: 18, FI: 18,
  SE: 24, NO: 15, PL: 28, CZ: 24, SK: 24, HU: 28, RO: 24, BG: 22, GR: 27, HR: 21, SI: 19, EE: 20, LV: 21,
  LT: 20, CY: 28, MT: 31, IS: 26, LI: 21, SM: 27, AD: 24, MA: 28, TN: 24, DZ: 26, SN: 28, CI: 28, TR: 26,
};

/** Value of a RIB letter (bank code, branch and account may hold letters). */
function ribDigit(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return ch;
  // A-I → 1-9, J-R → 1-9, S-Z → 2-9 (the historical transcription table).
  if (c >= 65 && c <= 73) return String(c - 64);
  if (c >= 74 && c <= 82) return String(c - 73);
  if (c >= 83 && c <= 90) return String(c - 81);
  return '';
}

/** French RIB key: bank(5) branch(5) account(11) key(2); 97 − ((89·b + 15·g + 3·a) mod 97). */
export function ribKey(bank: string, branch: string, account: string): number {
  const conv = (s: string) => [...s].map(ribDigit).join('');
  const b = Number(conv(bank));
  const g = Number(conv(branch));
  const a = conv(account);
  const aMod = mod97(a);
  return 97 - ((89 * b + 15 * g + 3 * aMod) % 97);
}

/** Checks the 23-character RIB (bank, branch, account, key). */
export function ribKeyValid(bban: string): boolean {
  if (bban.length !== 23) return false;
  const key = Number(bban.slice(21, 23));
  return ribKey(bban.slice(0, 5), bban.slice(5, 10), bban.slice(10, 21)) === key;
}

/** NIR (French social security number), 15 characters with the key, 2A/2B allowed. */
export function nirValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (s.length !== 15 || !/^\d{2}$/.test(s.slice(13)) || !nirShaped(s.slice(0, 13))) return false;
  return nirKey(s.slice(0, 13)) === Number(s.slice(13, 15));
}

/** The 13 first NIR characters' shape, without their key (as a form or a file often keeps the key apart). */
export function nirShaped(first13: string): boolean {
  // Sex 1/2, or 3/4/7/8 (temporary numbers); months 01-12, 20-42 and 50-99 (unknown month);
  // department 01-99 or 2A/2B (Corsica), overseas 97x/98x take one more digit from the commune.
  return /^[1-478]\d{2}(0[1-9]|1[0-2]|[2-4]\d|[5-9]\d)(\d{2}|2A|2B)\d{6}$/.test(first13.toUpperCase());
}

/** Key of the 13 first NIR characters: 97 − (n mod 97), with Corsica 2A → 19, 2B → 18. */
export function nirKey(first13: string): number {
  let s = first13.toUpperCase();
  // Corsica: replace 2A by 19 and 2B by 18 before the modulo (the legal rule).
  if (s.slice(5, 7) === '2A') s = s.slice(0, 5) + '19' + s.slice(7);
  else if (s.slice(5, 7) === '2B') s = s.slice(0, 5) + '18' + s.slice(7);
  return 97 - mod97(s);
}

/** SIREN (9 digits): Luhn. */
export function sirenValid(digits: string): boolean {
  return /^\d{9}$/.test(digits) && luhnValid(digits);
}

/**
 * SIRET (14 digits): Luhn, except La Poste's establishments (SIREN 356000000, head office
 * 35600000000048 aside) whose digit sum is a multiple of 5.
 */
export function siretValid(digits: string): boolean {
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith('356000000') && digits !== '35600000000048') {
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += digits.charCodeAt(i) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(digits);
}

/** Payment card: Luhn and a known issuer range with its lengths. */
export function cardValid(digits: string): boolean {
  const n = digits.length;
  if (n < 13 || n > 19 || !/^\d+$/.test(digits)) return false;
  if (!cardRangeKnown(digits)) return false;
  return luhnValid(digits);
}

export function cardRangeKnown(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 16 || n === 19; // Visa (13-digit cards are long gone)
  if (p2 >= 51 && p2 <= 55) return n === 16; // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return n === 16; // Mastercard 2-series
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (p2 === 36 || (p3 >= 300 && p3 <= 305) || p2 === 38 || p2 === 39) return n === 16; // Diners (14-digit cards are retired; 14 digits is a SIRET)
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 16 && n <= 19; // Maestro
  return false;
}
