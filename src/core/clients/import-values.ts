// Reading cell values the way spreadsheets and exports write them, before the client schema
// checks them. Nothing here rejects a value: what cannot be read is passed on as typed, so
// the schema's message quotes exactly what the user sees in the file.
import { addDays, formatIsoDate, parseIsoDate, toIsoDate, type IsoDate } from './calendar.ts';
import { normaliseName } from './normalise.ts';
import type { Civilite } from './types.ts';
import { parseCivilite } from './values.ts';

/**
 * French day-first dates (« 05/03/2024 », « 5.3.2024 », « 05-03-24 », with or without a time),
 * ISO dates and instants, and Excel serial day numbers (« 45356 ») when a sheet lost its
 * formatting. Day-first only: a French file never writes month-first.
 */
export function parseImportDate(value: string, today: IsoDate): IsoDate | null {
  const s = value.trim();
  const iso = toIsoDate(s) ?? toIsoDate(s.replace(/^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2})?$/, '$1'));
  if (iso) return iso;
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/.exec(s);
  if (fr) {
    let year = Number(fr[3]);
    if ((fr[3] ?? '').length === 2) {
      // Two-digit years: this century unless that would be in the future.
      const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
      year = century + year > Number(today.slice(0, 4)) ? century - 100 + year : century + year;
    }
    const date = formatIsoDate({ year, month: Number(fr[2]), day: Number(fr[1]) });
    return parseIsoDate(date) ? date : null;
  }
  // Excel serial days: 1 is 1 January 1900, and Excel counts a 29 February 1900 that never
  // existed, hence the shift of 2 for any modern date. 20000–80000 covers 1954–2119.
  if (/^\d{5}(?:[.,]\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s.replace(',', '.')));
    if (serial >= 20_000 && serial <= 80_000) return addDays('1900-01-01', serial - 2);
  }
  return null;
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x', 'ok', 'accepte', 'opt in', 'optin', 'inscrit', 'abonne', 'consenti']);
const NO = new Set(['non', 'n', 'no', 'false', 'faux', '0', 'refuse', 'desinscrit', 'desabonne', 'opt out', 'optout', 'retire']);

/** true / false, or null when the cell says neither. */
export function parseYesNo(value: string): boolean | null {
  const key = normaliseName(value);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

// Lower-case particles that belong to the family name: « Jean de La Fontaine ».
const PARTICLES = new Set(['de', 'du', 'des', 'd', 'le', 'la', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'ben', 'el', 'al']);

export interface SplitName {
  civilite: Civilite | null;
  prenom: string | null;
  nom: string | null;
}

/**
 * Splits a « Nom complet » cell. Understood: « Dupont, Jean »; the French habit of writing
 * the family name in capitals (« DUPONT Jean », « Jean DUPONT »); otherwise first name(s)
 * then family name, particles included (« Jean de La Fontaine »). A leading civilité
 * (« M. Jean Dupont ») is taken out.
 */
export function splitFullName(full: string): SplitName {
  let words = full.trim().split(/\s+/).filter(Boolean);
  let civilite: Civilite | null = null;
  if (words.length > 1 && words[0] !== undefined) {
    civilite = parseCivilite(words[0]);
    if (civilite) words = words.slice(1);
  }
  const joined = words.join(' ');
  if (joined === '') return { civilite, prenom: null, nom: null };
  if (joined.includes(',')) {
    const [nom = '', ...rest] = joined.split(',');
    return { civilite, nom: nom.trim() || null, prenom: rest.join(',').trim() || null };
  }
  if (words.length === 1) return { civilite, prenom: null, nom: joined };
  const isCapitals = (w: string) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  };
  const capitals = words.filter(isCapitals);
  if (capitals.length > 0 && capitals.length < words.length) {
    return { civilite, nom: capitals.join(' '), prenom: words.filter((w) => !isCapitals(w)).join(' ') };
  }
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(w.toLowerCase().replace(/['’]$/, '')));
  const cut = particle > 0 ? particle : words.length - 1;
  return { civilite, prenom: words.slice(0, cut).join(' '), nom: words.slice(cut).join(' ') };
}

/** A cell may hold several addresses: « a@x.fr; b@y.fr », or Google's « a@x.fr ::: b@y.fr ». */
export function splitEmailCell(cell: string): string[] {
  return cell.split(/:::|[;,\s]+/).map((s) => s.trim()).filter(Boolean);
}

/** Phone numbers contain spaces and dashes, so only clear separators split a cell. */
export function splitPhoneCell(cell: string): string[] {
  return cell.split(/:::|[;,/|\n]+/).map((s) => s.trim()).filter(Boolean);
}

/** Spreadsheets turn the postcode 01000 into the number 1000: give the zero back (France only). */
export function restorePostcode(code: string): string {
  const compact = code.replace(/\s/g, '').replace(/\.0+$/, '');
  return /^\d{4}$/.test(compact) ? `0${compact}` : code;
}
