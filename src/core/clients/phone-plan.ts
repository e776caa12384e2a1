// The parts of the French numbering plan (ARCEP) needed to turn what people type into E.164.
// A French number is the trunk '0' + a 9-digit national significant number (NSN); E.164 is
// '+33' + NSN, except overseas departments, which share the French national plan (you dial
// 0692… from Paris) but have their own country codes abroad.
//
// NSN prefix       meaning                                              E.164
// 1 2 3 4 5        geographic (Île-de-France, NO, NE, SE, SO)            +33
// 262 263          La Réunion, fixed                                    +262
// 269              Mayotte, fixed                                       +262
// 639              Mayotte, mobile                                      +262
// 692 693          La Réunion, mobile                                   +262
// 590 / 690 691    Guadeloupe, Saint-Martin, Saint-Barthélemy           +590
// 594 / 694        Guyane                                               +594
// 596 / 696 697    Martinique                                           +596
// 6 (other)        metropolitan mobiles                                 +33
// 73 … 79          metropolitan mobiles                                 +33
// 70 71 72         REJECTED: 0700 is reserved for 14-digit machine-to-machine numbers,
//                  071 and 072 are not assigned, so a 10-digit 070–072 is a typo
// 800 … 805        free numbers (numéros verts)                         +33
// 806 … 809        other 080 services                                   +33
// 81 82 89         special-rate numbers                                 +33
// 884              shared cost                                          +33
// 83 85 86 87 88   REJECTED (other than 884): unassigned
// 9                non-geographic (ADSL/fibre box, VoIP)                +33
// 0                REJECTED: '00' is the international prefix, not a number
// These ranges match Google's libphonenumber metadata for FR, RE, YT, GP, GF and MQ.
// Mayotte has used +262 since 2007: +269 is the Comoros, kept as a foreign number.
// Overseas VoIP ranges (e.g. 0976…) cannot be told apart from metropolitan 09 numbers by the
// prefix alone; they are written +33, which is how they are dialled from metropolitan France.

export const OVERSEAS_PREFIXES: ReadonlyArray<readonly [prefix: string, countryCode: string]> = [
  ['262', '262'], ['263', '262'], ['269', '262'], ['639', '262'], ['692', '262'], ['693', '262'],
  ['590', '590'], ['690', '590'], ['691', '590'],
  ['594', '594'], ['694', '594'],
  ['596', '596'], ['696', '596'], ['697', '596'],
];

/** Returns the E.164 form of a 9-digit French NSN, or null if the range is not assigned. */
export function frenchNsnToE164(nsn: string): string | null {
  if (!/^\d{9}$/.test(nsn)) return null;
  const overseas = OVERSEAS_PREFIXES.find(([prefix]) => nsn.startsWith(prefix));
  if (overseas) return `+${overseas[1]}${nsn}`;
  const first = nsn[0];
  const second = nsn[1] ?? '';
  switch (first) {
    case '1': case '2': case '3': case '4': case '5': case '6': case '9':
      return `+33${nsn}`;
    case '7':
      return second >= '3' ? `+33${nsn}` : null;
    case '8':
      return ['0', '1', '2', '9'].includes(second) || nsn.startsWith('884') ? `+33${nsn}` : null;
    default:
      return null;
  }
}

// Overseas country codes: what the NSN may start with (fixed, mobile, special numbers, VoIP),
// so that '+262 6 12 34 56 78' (a metropolitan mobile with the wrong code) is refused.
const OVERSEAS_NSN_STARTS: Readonly<Record<string, readonly string[]>> = {
  '262': ['262', '263', '269', '639', '692', '693', '8', '976'],
  '590': ['590', '690', '691', '8', '976'],
  '594': ['594', '694', '8', '976'],
  '596': ['596', '696', '697', '8', '93', '94', '976'],
};

// Country codes are prefix-free: 1 and 7 are one digit, these are two, the rest three.
const TWO_DIGIT_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66',
  '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98',
]);
// Whole blocks with no country code at all (ITU spare): anything starting so is a typo.
const SPARE_BLOCKS = new Set(['28', '83', '89']);

// Known national lengths for the countries a French micro-business deals with most; other
// countries only get the generic 8–15 total digits plausibility check.
const NSN_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  '1': [10], // USA, Canada (NANP)
  '7': [10],
  '31': [9], // Pays-Bas
  '32': [8, 9], // Belgique
  '34': [9], // Espagne
  '41': [9], // Suisse
  '44': [9, 10], // Royaume-Uni
  '351': [9], // Portugal
  '377': [8, 9], // Monaco
};

export function splitCountryCode(digits: string): { countryCode: string; nsn: string } | null {
  if (!/^[1-9]\d*$/.test(digits)) return null;
  if (digits[0] === '1' || digits[0] === '7') return { countryCode: digits.slice(0, 1), nsn: digits.slice(1) };
  const two = digits.slice(0, 2);
  if (SPARE_BLOCKS.has(two)) return null;
  if (TWO_DIGIT_CODES.has(two)) return { countryCode: two, nsn: digits.slice(2) };
  return { countryCode: digits.slice(0, 3), nsn: digits.slice(3) };
}

/** `digits` are everything after '+' or '00'. Returns E.164 or null. */
export function internationalToE164(digits: string): string | null {
  const split = splitCountryCode(digits);
  if (!split) return null;
  const { countryCode } = split;
  let { nsn } = split;
  const french = countryCode === '33' || countryCode in OVERSEAS_NSN_STARTS;
  // "+33 06 12 34 56 78": the trunk 0 typed after the country code is a common mistake.
  if (french && nsn.length === 10 && nsn.startsWith('0')) nsn = nsn.slice(1);
  if (countryCode === '33') return frenchNsnToE164(nsn);
  const starts = OVERSEAS_NSN_STARTS[countryCode];
  if (starts) return nsn.length === 9 && starts.some((s) => nsn.startsWith(s)) ? `+${countryCode}${nsn}` : null;
  const lengths = NSN_LENGTHS[countryCode];
  if (lengths && !lengths.includes(nsn.length)) return null;
  const total = countryCode.length + nsn.length;
  if (total < 8 || total > 15) return null;
  return `+${countryCode}${nsn}`;
}
