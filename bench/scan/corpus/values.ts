// Valid identifiers (computed here, never taken from faker: its French IBANs have random RIB
// keys and its phones include the unassigned 070-072), in their usual French writings, and
// their look-alikes with bad checksums for the hard negatives.
import { Rng } from './random.ts';
import { luhnValid, nirKey, ribKey, mod97 } from '../../../src/core/scan/validators.ts';

function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

function groups(s: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(sep);
}

export function frenchNational(r: Rng): string {
  // 9 digits after the trunk 0: landlines 1-5, mobiles 6 and 73-79, VoIP 9.
  const lead = r.pick(['1', '2', '3', '4', '5', '6', '6', '6', '7', '9']);
  if (lead === '7') return '7' + r.int(3, 9) + r.digits(7);
  return lead + r.digits(8);
}

export function phone(r: Rng): string {
  const n = frenchNational(r);
  const national = '0' + n;
  switch (r.int(0, 9)) {
    case 0: return groups(national, [2, 2, 2, 2, 2], '.');
    case 1: return groups(national, [2, 2, 2, 2, 2], '-');
    case 2: return national;
    case 3: return '+33 ' + groups(n, [1, 2, 2, 2, 2], ' ');
    case 4: return '+33 (0)' + groups(n, [1, 2, 2, 2, 2], ' ');
    case 5: return '0033 ' + groups(n, [1, 2, 2, 2, 2], ' ');
    case 6: return '+33' + n;
    case 7: return r.pick(['+44 20 ' + r.digits(4) + ' ' + r.digits(4), '+32 47' + r.int(0, 9) + ' ' + r.digits(2) + ' ' + r.digits(2) + ' ' + r.digits(2), '+41 79 ' + r.digits(3) + ' ' + r.digits(2) + ' ' + r.digits(2), '+49 151 ' + r.digits(8), '+1 514 ' + r.digits(3) + ' ' + r.digits(4), '+212 6' + r.digits(8)]);
    default: return groups(national, [2, 2, 2, 2, 2], ' ');
  }
}

/** A letterhead's or a PDF's phone: its pairs spaced wide, or between a dash, a dot or a bullet. */
export function letterheadPhone(r: Rng): string {
  return groups('0' + frenchNational(r), [2, 2, 2, 2, 2], r.pick(['  ', ' - ', '\u2011', '·', ' • ', ' . ', '\u2013']));
}

/** A 10-digit string that looks like a phone but uses the unassigned 070-072 prefixes. */
export function invalidPhone(r: Rng): string {
  return groups('07' + r.int(0, 2) + r.digits(7), [2, 2, 2, 2, 2], ' ');
}

function ibanFrom(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = String(98 - mod97(numeric)).padStart(2, '0');
  return country + check + bban;
}

export function ibanCompact(r: Rng): string {
  if (r.chance(0.75)) {
    const bank = r.digits(5);
    const branch = r.digits(5);
    const account = r.digits(11);
    const key = String(ribKey(bank, branch, account)).padStart(2, '0');
    return ibanFrom('FR', bank + branch + account + key);
  }
  const c = r.pick(['DE', 'BE', 'ES', 'IT', 'LU', 'CH']);
  const lengths: Record<string, number> = { DE: 18, BE: 12, ES: 20, IT: 23, LU: 16, CH: 17 };
  const bban = c === 'IT' ? 'X' + r.digits(22) : r.digits(lengths[c]!);
  return ibanFrom(c, bban);
}

export function formatIban(r: Rng, compact: string): string {
  // one in twenty lowercase, as typed in a form
  const x = r.next();
  const grouped = x < 0.7 ? groups(compact, Array(8).fill(4), ' ') : compact;
  return x < 0.05 || x > 0.95 ? grouped.toLowerCase() : grouped;
}

/** Same shape with one digit changed: mod-97 (or the RIB key) no longer holds. */
export function badIban(r: Rng): string {
  const good = ibanCompact(r);
  const i = r.int(5, good.length - 1);
  const c = good[i]!;
  const d = /\d/.test(c) ? String((Number(c) + r.int(1, 9)) % 10) : c;
  return formatIban(r, good.slice(0, i) + d + good.slice(i + 1));
}

const CARD_PREFIXES: Array<[string, number]> = [['4', 16], ['4', 16], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['2300', 16], ['34', 15], ['37', 15], ['6011', 16], ['3530', 16]];

export function cardDigits(r: Rng): string {
  const [p, n] = r.pick(CARD_PREFIXES);
  return luhnComplete(p + r.digits(n - p.length - 1));
}

export function formatCard(r: Rng, d: string): string {
  if (d.length === 15) return r.chance(0.7) ? groups(d, [4, 6, 5], ' ') : d;
  const k = r.int(0, 3);
  return k === 0 ? d : groups(d, [4, 4, 4, 4], k === 1 ? '-' : ' ');
}

export function badCard(r: Rng): string {
  const good = cardDigits(r);
  const last = Number(good[good.length - 1]);
  return formatCard(r, good.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

export function nir(r: Rng): string {
  const sex = r.chance(0.95) ? r.pick(['1', '2']) : r.pick(['3', '4', '7', '8']);
  const yy = r.digits(2);
  const mm = String(r.int(1, 12)).padStart(2, '0');
  let dept: string;
  let commune: string;
  const k = r.int(0, 19);
  if (k === 0) {
    dept = r.pick(['2A', '2B']);
    commune = r.digits(3);
  } else if (k === 1) {
    dept = '97';
    commune = r.int(1, 6) + r.digits(2);
  } else if (k === 2) {
    dept = '99';
    commune = r.digits(3);
  } else {
    dept = String(r.int(1, 95)).padStart(2, '0');
    if (dept === '20') dept = '21';
    commune = r.digits(3);
  }
  const first13 = sex + yy + mm + dept + commune + r.digits(3);
  return first13 + String(nirKey(first13)).padStart(2, '0');
}

export function formatNir(r: Rng, n: string): string {
  const k = r.int(0, 2);
  if (k === 0) return n;
  if (k === 1) return groups(n, [1, 2, 2, 2, 3, 3, 2], ' ');
  return n.slice(0, 13) + ' ' + n.slice(13);
}

export function siren(r: Rng): string {
  return luhnComplete(r.digits(8));
}

export function siret(r: Rng): string {
  if (r.chance(0.05)) {
    // La Poste: SIREN 356000000, digit sum a multiple of 5 instead of Luhn
    for (;;) {
      const s = '356000000' + r.digits(5);
      let sum = 0;
      for (const c of s) sum += Number(c);
      if (sum % 5 === 0) return s;
    }
  }
  return luhnComplete(siren(r) + r.digits(4));
}

export function formatSiret(r: Rng, s: string): string {
  return r.chance(0.5) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}` : s;
}

export function formatSiren(r: Rng, s: string): string {
  return r.chance(0.5) ? `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)}` : s;
}

/** A 9-digit number that passes Luhn by chance (order, customer or parcel number). */
export function luhnNine(r: Rng): string {
  return luhnComplete(String(r.int(1, 9)) + r.digits(7));
}

export function tvaNumber(r: Rng, s: string): string {
  const key = (12 + 3 * (Number(s) % 97)) % 97;
  return r.chance(0.5) ? `FR${String(key).padStart(2, '0')}${s}` : `FR ${String(key).padStart(2, '0')} ${formatSiren(r, s)}`;
}

export function ean13(r: Rng): string {
  const body = r.pick(['3', '4', '5', '8']) + r.digits(11);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

// Someone's machine: not loopback (127.x) nor a block set aside for documentation (192.0.2.x,
// 198.51.100.x, 203.0.113.x), which the scanner rightly leaves. (The draws stay the same, so that the
// corpus is the same as before but for these few addresses.)
export function ipv4(r: Rng): string {
  const home = `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  const office = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const a = r.int(11, 223);
  const b = r.int(0, 255);
  const c = r.int(0, 255);
  const documentation = (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113);
  return r.pick([home, office, `${a === 127 ? 128 : a}.${b}.${documentation ? c + 1 : c}.${r.int(1, 254)}`]);
}

// A home's address at a French ISP (Free's 2a01:e34::); not the documentation's 2001:db8::
export function ipv6(r: Rng): string {
  const h = () => r.int(0, 65535).toString(16);
  return `2a01:e34:${h()}:${h()}::${h()}`;
}

export function amount(r: Rng): string {
  const euros = r.int(1, 25000);
  const s = euros >= 1000 ? `${Math.floor(euros / 1000)} ${String(euros % 1000).padStart(3, '0')}` : String(euros);
  return `${s},${r.digits(2)} €`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A birthday without its year: « 12 mars », « 1er mai », « 12/03 ». */
export function dayAndMonth(r: Rng): string {
  const d = r.int(1, 28);
  const m = r.int(1, 12);
  return r.chance(0.5) ? `${d === 1 ? '1er' : d} ${MONTHS[m - 1]}` : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
}

export function date(r: Rng, fromYear: number, toYear: number): string {
  const d = r.int(1, 28);
  const m = r.int(1, 12);
  const y = r.int(fromYear, toYear);
  switch (r.int(0, 5)) {
    case 0: return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
    case 1: return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
    case 2: return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
    case 3: return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    default: return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  }
}
