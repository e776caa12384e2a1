// Every number-shaped identifier in one pass: a single regex finds runs of digit groups
// separated by one space, dot or dash (and "(0)" in international phones), then each run is
// segmented into phones, NIR, cards, SIRET/SIREN and IP addresses by group shape + checksum (a phone's
// pairs set wider apart, « 06  12  34  56  78 », « 02 • 98 • … », are read from a short run: loosePhoneEnd).
// Groups live in reused typed arrays: a block of text holds thousands of runs, and allocating
// per group dominated the cost.
import type { FindingType } from './types.ts';
import { documentationIpv6Before } from './ipv6.ts';
import { emit, isAlnum, type Detections } from './emit.ts';
import { ribFieldsAround } from './rib.ts';
import { cardValid, IBAN_LENGTHS, ibanValid, nirValid, ribKeyValid, sirenValid, siretValid } from './validators.ts';

// A cheap scan finds stretches of at least 7 number-ish characters starting with a digit; inside
// each, the exact grammar (sticky) reads the runs. At most 64 groups per run, so that a
// pathological line of numbers stays linear.
// (Word's non-breaking hyphen, the dashes and the dots a letterhead sets between pairs too: read by loosePhoneEnd)
const STRETCH_RE = /\d[\d .\-\u00a0\u202f()AB+\u00b7\u2010\u2011\u2013\u2022]{6,}/g;
// (the grammar readRun reads by hand: a group, then up to 63 more after a separator or « (0) »; after
// « (+33) » or « +1 (514) », the country's code and the area code in brackets)
const GROUP = '\\d+(?:[AB]\\d*)?';
const NEXT_GROUPS = (n: number) => `(?:(?:[ .\\-\\u00a0\\u202f]|[ \\u00a0]?\\(0\\)[ \\u00a0]?)${GROUP}){0,${n}}`;
export const RUN_RE = new RegExp(
  `(?<=\\()\\+(?=[\\dAB]{1,3}\\))${GROUP}\\)[ \\u00a0]?${GROUP}${NEXT_GROUPS(63)}` +
    `|\\+${GROUP}[ \\u00a0]?\\(\\d{1,4}\\)[ \\u00a0]?${GROUP}${NEXT_GROUPS(62)}` +
    `|\\+?${GROUP}${NEXT_GROUPS(63)}`,
  'y',
);
const SIREN_CONTEXT = /(?:siren|siret|rcs|r\.c\.s|immatricul|entreprise|société|societe)[^\n]{0,30}$/i;
// (« N° SS », « NSS », « Carte Vitale »: the number's usual abridgements and the card that carries it)
const NIR_CONTEXT = /(?:s[ée]cu|nir\b|insee|s[ée]curit[ée] sociale|assur[ée] social|\bn[°o]\.?[ \u00a0]*ss\b|\bnss\b|carte[ \u00a0]+vitale)[^\n]{0,40}$/i;
// A bare 10-digit number after these words is a file or order number, not a phone (a bank's
// transfer too: « VIR RECU 0573837626 DE: … »).
// \b: « Guillot », « Bruno » end with « lot », « no » and head many a phone number
const REFERENCE_CONTEXT = /\b(?:dossier|n°|no\.?|numéro|num\.|réf\.?|référence|commande|facture|contrat|ticket|suivi|colis|client|compte|lot|série|VIR(?:T|EMENT)?(?: SEPA| INST)?(?: RE[ÇC]U| EMIS)?)\s*(?:de\s+\w+\s*)?:?\s*$/i;
// …unless a phone's label or « mon numéro » says it is a line (« N° de portable : », « Mon numéro : 0612345678 »)
const MY_NUMBER = /\b(?:mon|ma)[ \u00a0]+(?:num[ée]ro|num\.|n°)[ \u00a0]*:?[ \u00a0]*$/i;
function referenceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return REFERENCE_CONTEXT.test(before) && !PHONE_CONTEXT.test(before) && !MY_NUMBER.test(before);
}
// (a section's number has an address's shape too: « Section 2.1.1.2 », « § 7.4.5.2 », Microsoft's
// « [MS-XLSB] 2.5.97.28 »; and a version's after « version to », an object's identifier after « OID »)
const VERSION_CONTEXT = /(?:version|v|build|release|firmware|ver\.?|version to|OID|sections?|sect\.|§|chapitre|chapter|clause|paragraphe|annexe|appendix|\[MS-[A-Z0-9]+\])[\s-]*$/i;
const NIR13_RE = /^[12]\d{4}(?:\d{2}|2A|2B)\d{6}$/;

const PHONE_SHAPES = [[10], [2, 2, 2, 2, 2], [4, 3, 3], [2, 4, 4], [4, 2, 2, 2], [2, 8]];
// After a phone's label, ten digits beginning with 0 are one however grouped (« Tél : 06 12 345 678 », « 061 234 5678 »)
const PHONE_CONTEXT = /(?:\bt[ée]l(?:[ée]phone)?|\bportable|\bmobile|\bgsm|\bphone|\bfixe|\bmob)\.?[ \u00a0]*(?:\([^)\n]{0,20}\))?[ \u00a0]*:?[ \u00a0]*$/i;
const SIRET_SHAPES = [[14], [3, 3, 3, 5], [9, 5]];
const SIREN_SHAPES = [[9], [3, 3, 3]];

// Separator before a group.
const NONE = 0;
const SPACE = 1;
const DOT = 2;
const DASH = 3;
const TRUNK = 4; // " (0) " between +33 and the number

const MAX_GROUPS = 64;
const GS = new Int32Array(MAX_GROUPS); // group start (after a leading '+')
const GE = new Int32Array(MAX_GROUPS); // group end
const GSEP = new Uint8Array(MAX_GROUPS);
let plus = false; // the run starts with '+'

/**
 * `inside(s, e)` returns the end of an IBAN-shaped span overlapping the run (its digits are not
 * read as cards or phones), or -1.
 */
export function detectNumbers(text: string, out: Detections, inside: (s: number, e: number) => number = () => -1): void {
  STRETCH_RE.lastIndex = 0;
  let st: RegExpExecArray | null;
  while ((st = STRETCH_RE.exec(text)) !== null) {
    const stretchEnd = st.index + st[0].length;
    // a '+' just before the stretch belongs to it (+33…)
    let pos = st.index > 0 && text.charCodeAt(st.index - 1) === 43 ? st.index - 1 : st.index;
    while (pos < stretchEnd) {
      const runEnd = readRun(text, pos);
      if (runEnd < 0) {
        pos++;
        continue;
      }
      const runStart = pos;
      pos = nextRunStart(text, runEnd, stretchEnd);
      if (runEnd - runStart < 7) {
        // (the stretch holds a loose phone whole: its blanks and marks are in STRETCH_RE's class)
        const e = loosePhoneEnd(text, runStart);
        if (e > 0) {
          emit(out, 'phone', runStart, e);
          pos = nextRunStart(text, e, stretchEnd);
        }
        continue;
      }
      const skipTo = inside(runStart, runEnd);
      if (skipTo >= 0) {
        // resume after the IBAN: "FR76 … 189 06 12 34 56 78" still holds a phone
        if (skipTo < runEnd) pos = nextRunStart(text, skipTo, stretchEnd);
        continue;
      }
      const n = split(text, runStart, runEnd);
      if (ribAt(text, n, out)) continue;
      const ibanEnd = spacedIbanAt(text, runStart, n, out);
      if (ibanEnd >= 0) {
        if (ibanEnd < runEnd) pos = nextRunStart(text, ibanEnd, stretchEnd);
        continue;
      }
      if (n === 1 && len(0) === 11 && !plus) {
        // an account's length: a RIB written field by field ends here (rib.ts)
        const ribEnd = ribFieldsAround(text, GS[0]!, out);
        if (ribEnd >= 0) {
          if (ribEnd > runEnd) pos = nextRunStart(text, ribEnd, stretchEnd);
          continue;
        }
      }
      const last = gluedAfter(text, runEnd) ? n - 2 : n - 1; // a run glued to a word cannot end a match on its last group
      // (a « + » after another or a tilde opens a version's date, no international number: Debian's
      // « 1:15~++20220727091640+d77882e66779 »)
      let i = gluedBefore(text, runStart) || (plus && (text.charCodeAt(runStart - 1) === 43 || text.charCodeAt(runStart - 1) === 126)) ? 1 : 0;
      while (i < n) {
        const k = matchAt(text, i, n, last, out);
        i += k > 0 ? k : 1;
      }
    }
  }
  slashedPhones(text, out);
}

/**
 * « 06/12/34/56/78 », as a form's field is sometimes typed: five pairs between slashes (a date has
 * three groups and a 4-digit year). Looked for from each « / » (a few checks per date: 0.1 ms per MB),
 * emitted after the other numbers: the block's merge sorts them.
 */
function slashedPhones(text: string, out: Detections): void {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    // i is the first slash: two digits before it, then « /dd » four times
    const s = i - 2;
    if (s < 0 || !isDigitCode(text.charCodeAt(s)) || !isDigitCode(text.charCodeAt(s + 1)) || text.charCodeAt(i + 3) !== 47) continue;
    if (s > 0 && (text.charCodeAt(s - 1) === 47 || isAlnum(text.charCodeAt(s - 1)))) continue;
    let ok = true;
    for (let g = 0; g < 4 && ok; g++) {
      const at = i + g * 3;
      ok = text.charCodeAt(at) === 47 && isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2));
    }
    const e = s + 14;
    if (!ok || (e < text.length && (text.charCodeAt(e) === 47 || isAlnum(text.charCodeAt(e))))) continue;
    const digits = text.slice(s, e).replace(/\//g, '');
    if (digits.charCodeAt(0) === 48 && validFrenchNational(digits.slice(1))) emit(out, 'phone', s, e);
    i = e;
  }
}

/** Blanks a loose phone's separator may hold (space, no-break spaces) and its marks (dashes, dot, middle dot, bullet). */
function isBlank(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}
function isMark(c: number): boolean {
  return c === 45 || c === 46 || c === 0xb7 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2022;
}

/** End of a separator of up to 3 blanks around at most one mark from i (i when none). */
function looseSepEnd(text: string, i: number): number {
  let k = i;
  while (k - i < 3 && isBlank(text.charCodeAt(k))) k++;
  if (isMark(text.charCodeAt(k))) {
    const m = ++k;
    while (k - m < 3 && isBlank(text.charCodeAt(k))) k++;
  }
  return k;
}

/**
 * A French number's five pairs whose separators the runs do not take: two or three spaces (as a PDF's
 * text or a justified line spaces them), « 06 - 12 - 34 - 56 - 78 », Word's non-breaking hyphen or a
 * dash (« 06‑12‑34‑56‑78 »); the marks the same throughout. Five pairs alone: one more pair after or
 * before, and it is a table's row of numbers. Returns the end, or -1.
 */
function loosePhoneEnd(text: string, s: number): number {
  if (text.charCodeAt(s) !== 48 || !isDigitCode(text.charCodeAt(s + 1)) || isDigitCode(text.charCodeAt(s + 2)) || gluedBefore(text, s)) return -1;
  let mark = -1;
  let wide = false;
  let i = s + 2;
  for (let g = 1; g < 5; g++) {
    const e = looseSepEnd(text, i);
    if (e === i) return -1;
    // one mark at most, the same between every pair; blanks alone may vary in number
    let m = 0;
    for (let k = i; k < e; k++) if (isMark(text.charCodeAt(k))) m = text.charCodeAt(k);
    if (g === 1) mark = m;
    else if (m !== mark) return -1;
    if (e - i > 1) wide = true;
    if (!isDigitCode(text.charCodeAt(e)) || !isDigitCode(text.charCodeAt(e + 1)) || isDigitCode(text.charCodeAt(e + 2))) return -1;
    i = e + 2;
  }
  // one blank or one dash, dot: the runs' grammar, read already
  if (!wide && (mark === 0 || mark === 45 || mark === 46)) return -1;
  const after = looseSepEnd(text, i);
  if ((after > i && isDigitCode(text.charCodeAt(after))) || gluedAfter(text, i)) return -1;
  let b = s;
  while (b > 0 && s - b < 7 && (isBlank(text.charCodeAt(b - 1)) || isMark(text.charCodeAt(b - 1)))) b--;
  if (b < s && b > 0 && isDigitCode(text.charCodeAt(b - 1))) return -1;
  let digits = '';
  for (let k = s + 1; k < i; k++) if (isDigitCode(text.charCodeAt(k))) digits += text[k];
  if (!validFrenchNational(digits) || referenceBefore(text, s)) return -1;
  return i;
}

/**
 * End of the run starting at `pos` (RUN_RE's match, read by hand: no match object nor string
 * per run), or -1 when no run starts there.
 */
export function readRun(text: string, pos: number): number {
  let i = pos;
  const plusFirst = text.charCodeAt(i) === 43;
  if (plusFirst) i++;
  if (!isDigitCode(text.charCodeAt(i))) return -1;
  i = groupEnd(text, i);
  // an area code in brackets may follow the country's code (« +1 (514) 555-0199 »)
  let area = plusFirst;
  // « (+33) 6 12 34 56 78 »: the country's code in brackets, as many a signature writes it
  if (plusFirst && i - pos <= 4 && text.charCodeAt(i) === 41 && pos > 0 && text.charCodeAt(pos - 1) === 40) {
    let k = i + 1;
    if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0) k++;
    if (isDigitCode(text.charCodeAt(k))) {
      i = groupEnd(text, k);
      area = false;
    }
  }
  for (let rep = 0; rep < MAX_GROUPS - 1; rep++) {
    const c = text.charCodeAt(i);
    // a one-character separator, then digits
    if ((c === 32 || c === 46 || c === 45 || c === 0xa0 || c === 0x202f) && isDigitCode(text.charCodeAt(i + 1))) {
      i = groupEnd(text, i + 1);
      continue;
    }
    // " (0) " with optional spaces, then digits; or, right after the country's code, its area code
    let k = c === 32 || c === 0xa0 ? i + 1 : i;
    if (text.charCodeAt(k) !== 40) break;
    if (text.charCodeAt(k + 1) === 48 && text.charCodeAt(k + 2) === 41) k += 3;
    else {
      const closed = area && rep === 0 ? bracketedEnd(text, k) : -1;
      if (closed < 0) break;
      k = closed;
    }
    const d = text.charCodeAt(k);
    if ((d === 32 || d === 0xa0) && isDigitCode(text.charCodeAt(k + 1))) k++;
    if (!isDigitCode(text.charCodeAt(k))) break;
    i = groupEnd(text, k);
  }
  return i;
}

/** Past the « ) » of 1 to 4 digits in brackets opened at `open`, or -1. */
function bracketedEnd(text: string, open: number): number {
  let k = open + 1;
  while (k - open <= 4 && isDigitCode(text.charCodeAt(k))) k++;
  return k > open + 1 && text.charCodeAt(k) === 41 ? k + 1 : -1;
}

/** End of \d+(?:[AB]\d*)? from a digit at i. */
function groupEnd(text: string, i: number): number {
  while (isDigitCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 65 || c === 66) {
    i++;
    while (isDigitCode(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Where the next run may start inside the stretch: the next digit (or a '+' before one). */
function nextRunStart(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c) && !(i > 0 && isDigitCode(text.charCodeAt(i - 1)) && i === from)) return i;
    if (c === 43 && i + 1 < end && isDigitCode(text.charCodeAt(i + 1))) return i;
  }
  return end;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Fills GS/GE/GSEP with the groups of text[s, e); returns their count. */
function split(text: string, s: number, e: number): number {
  let i = s;
  plus = text.charCodeAt(i) === 43;
  if (plus) i++;
  let k = 0;
  let sep = NONE;
  while (i < e && k < MAX_GROUPS) {
    GS[k] = i;
    GSEP[k] = sep;
    while (i < e) {
      const c = text.charCodeAt(i);
      if (!isDigitCode(c) && c !== 65 && c !== 66) break;
      i++;
    }
    GE[k++] = i;
    if (i >= e) break;
    const c = text.charCodeAt(i);
    if (c === 46) sep = DOT;
    else if (c === 45) sep = DASH;
    else sep = SPACE;
    // "(0)" with optional spaces: skip to the next digit that is not the trunk 0; an area code's
    // digits in brackets are a group; past « (+33) », the next digit
    let j = i + 1;
    const open = c === 40 ? i : text.charCodeAt(j) === 40 ? j : -1;
    if (open >= 0 && text.charCodeAt(open + 1) === 48 && text.charCodeAt(open + 2) === 41) {
      sep = TRUNK;
      j = open + 3;
      while (j < e && !isDigitCode(text.charCodeAt(j))) j++;
    } else if (open >= 0) j = open + 1;
    else if (c === 41) while (j < e && !isDigitCode(text.charCodeAt(j))) j++;
    i = j;
  }
  return k;
}

function gluedBefore(text: string, s: number): boolean {
  if (s === 0) return false;
  const c = text.charCodeAt(s - 1);
  if (isAlnum(c) || c === 95 || c === 64) return true;
  // "FAC-0612345678", "ref.123": a joining mark right after a word.
  if ((c === 45 || c === 46 || c === 47 || c === 95) && s >= 2) return isAlnum(text.charCodeAt(s - 2));
  return false;
}

function gluedAfter(text: string, e: number): boolean {
  if (e >= text.length) return false;
  const c = text.charCodeAt(e);
  if (isAlnum(c) || c === 95 || c === 64 || c === 37 /* % */ || c === 0x20ac /* € */) return true;
  if ((c === 45 || c === 46 || c === 47) && e + 1 < text.length) return isAlnum(text.charCodeAt(e + 1));
  return false;
}

function rangeDigits(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return e > s;
}

function isDigits(s: string): boolean {
  return rangeDigits(s, 0, s.length);
}

function validFrenchNational(d: string): boolean {
  // d = 9 digits after the trunk 0: 1-9 first, mobile 7 only from 73 (070-072 are unassigned); 08 is a special
  // service's (free, shared or premium), a business's and never someone's line.
  if (d.length !== 9 || !isDigits(d) || d[0] === '0' || d[0] === '8') return false;
  if (d[0] === '7' && (d[1] === '0' || d[1] === '1' || d[1] === '2')) return false;
  return true;
}

function concat(text: string, i: number, j: number): string {
  let s = '';
  for (let k = i; k <= j; k++) s += text.slice(GS[k]!, GE[k]!);
  return s;
}

// 23 digits in one piece are a RIB only after its words: an order number could have that length
const RIB_CONTEXT = /(?:\bRIB\b|relev[ée] d.identit[ée] bancaire|coordonn[ée]es bancaires|compte bancaire|banque|bank)[^\n]{0,60}$/i;

/**
 * A French RIB written without its IBAN, as a bank's « relevé d'identité bancaire » shows it — the
 * whole run « 30006 00001 12345678901 89 » (bank, branch, account, key), or its 23 digits after
 * « RIB » — whose key holds: reported as `iban`, the same bank details. (An account holding
 * letters is read field by field only, by ribFieldsAround.)
 */
function ribAt(text: string, n: number, out: Detections): boolean {
  const spaced = n === 4 && len(0) === 5 && len(1) === 5 && len(2) === 11 && len(3) === 2;
  if (plus || !(spaced || (n === 1 && len(0) === 23))) return false;
  const start = GS[0]!;
  const end = GE[n - 1]!;
  if (gluedBefore(text, start) || gluedAfter(text, end)) return false;
  const digits = concat(text, 0, n - 1);
  if (!isDigits(digits) || !ribKeyValid(digits)) return false;
  if (!spaced && !RIB_CONTEXT.test(text.slice(Math.max(0, start - 80), start))) return false;
  emit(out, 'iban', start, end);
  return true;
}

/**
 * « FR 76 3000 6000 0112 3456 7890 189 »: an IBAN typed with a space after its country's letters, whose shape the
 * IBAN rule does not take (allowing it there cost that rule's search 0.4–0.8 ms per MB of text): read from the
 * run of its digits, the letters just before it, when its check digits hold. Returns its end, or -1.
 */
function spacedIbanAt(text: string, s: number, n: number, out: Detections): number {
  if (plus || s < 3 || (text.charCodeAt(s - 1) !== 32 && text.charCodeAt(s - 1) !== 0xa0)) return -1;
  const c1 = text.charCodeAt(s - 3);
  const c2 = text.charCodeAt(s - 2);
  if (c1 < 65 || c1 > 90 || c2 < 65 || c2 > 90 || (s > 3 && isAlnum(text.charCodeAt(s - 4)))) return -1;
  const country = text.slice(s - 3, s - 1);
  const expected = IBAN_LENGTHS[country];
  if (expected === undefined) return -1;
  // the check digits and the BBAN: whole groups up to the country's length
  let count = 0;
  let k = 0;
  while (k < n && count < expected - 2) count += len(k++);
  if (count !== expected - 2 || !ibanValid(country + concat(text, 0, k - 1))) return -1;
  emit(out, 'iban', s - 3, GE[k - 1]!);
  return GE[k - 1]!;
}

function len(k: number): number {
  return GE[k]! - GS[k]!;
}

/** Tries each identifier at group i; returns the number of groups consumed (0 = none). */
function matchAt(text: string, i: number, n: number, last: number, out: Detections): number {
  const isPlus = plus && i === 0;
  // (« (+33) 6 12… »: its opening bracket with it)
  const start = isPlus ? GS[0]! - (n > 1 && text.charCodeAt(GE[0]!) === 41 && text.charCodeAt(GS[0]! - 2) === 40 ? 2 : 1) : GS[i]!;
  const intl00 = text.charCodeAt(GS[i]!) === 48 && text.charCodeAt(GS[i]! + 1) === 48;
  if (isPlus || intl00) {
    // French numbers: +33 / 0033, then 9 digits (an optional "(0)" trunk between).
    let digits = '';
    for (let j = i; j <= last; j++) {
      digits += j === i && intl00 ? text.slice(GS[i]! + 2, GE[i]!) : text.slice(GS[j]!, GE[j]!);
      // (« 00 » may stand alone before the country's code: « 00 33 6 … », « 00 32 470 … »)
      if (digits === '' && j === i) continue;
      if (digits.length > 15 || !isDigits(digits)) break;
      if (digits.startsWith('33')) {
        if (digits.length === 11 && validFrenchNational(digits.slice(2)) && len(j) >= 2) {
          emit(out, 'phone', start, GE[j]!);
          return j - i + 1;
        }
      } else if ((isPlus || (intl00 && PHONE_CONTEXT.test(text.slice(Math.max(0, start - 30), start)))) && digits.charCodeAt(0) !== 48 && digits.length >= 8) {
        // E.164 elsewhere: take the following groups while the number stays ≤ 15 digits (written « 00 32 … » too,
        // after a phone's label: « Portable : 00 32 470 12 34 56 », a Belgian client's)
        let jj = j;
        let total = digits.length;
        while (jj + 1 <= last && GSEP[jj + 1] !== TRUNK && total + len(jj + 1) <= 15 && rangeDigits(text, GS[jj + 1]!, GE[jj + 1]!)) {
          jj++;
          total += len(jj);
        }
        emit(out, 'phone', start, GE[jj]!);
        return jj - i + 1;
      }
    }
    if (isPlus) return 0;
  }

  // Fixed-length identifiers, by total length of the concatenated groups; the longest wins
  // (a 15-character NIR over its 13 first characters, a SIRET over its SIREN).
  let best: FindingType | null = null;
  let bestJ = -1;
  let L = 0;
  for (let j = i; j <= last; j++) {
    if (j > i && GSEP[j] === TRUNK) break; // "(0)" only belongs to international phones
    if (j > i && len(j) < 2) break; // no identifier continues with a 1-digit group
    L += len(j);
    if (L > 19) break;
    if (L < 9 || L === 11 || L === 12) continue;
    // The group shapes are checked before the digits are concatenated: most runs fit no shape,
    // and building their strings was most of this detector's garbage.
    const nir15 = L === 15 && nirShaped(i, j);
    const card = L >= 13 && cardShaped(i, j, n);
    const siret = L === 14 && shaped(i, j, SIRET_SHAPES);
    const phone = L === 10 && text.charCodeAt(GS[i]!) === 48 && sameSeparators(i, j) && (shaped(i, j, PHONE_SHAPES) || PHONE_CONTEXT.test(text.slice(Math.max(0, start - 30), start))) && !inLongerRow(i, j, n, 5, 2);
    const siren = L === 9 && shaped(i, j, SIREN_SHAPES);
    if (!nir15 && L !== 13 && !card && !siret && !phone && !siren) continue;
    const e = concat(text, i, j);
    let type: FindingType | null = null;
    // A temporary NIR 34…/37… has an Amex number's shape: a NIR only where the words before speak of
    // social security (a card mistyped, its Luhn wrong, passes the NIR's key once in 97)
    if (nir15 && nirValid(e) && !(e[0] === '3' && (e[1] === '4' || e[1] === '7') && card && !NIR_CONTEXT.test(text.slice(Math.max(0, start - 60), start)))) type = 'nir';
    else if (L === 13 && NIR13_RE.test(e) && NIR_CONTEXT.test(text.slice(Math.max(0, start - 60), start))) type = 'nir';
    else if (card && isDigits(e) && cardValid(e)) type = 'card';
    else if (siret && isDigits(e) && siretValid(e)) type = 'siret';
    else if (phone && validFrenchNational(e.slice(1)) && (j > i || !referenceBefore(text, start))) type = 'phone';
    else if (siren && isDigits(e) && sirenValid(e) && SIREN_CONTEXT.test(text.slice(Math.max(0, start - 50), start)) && !REFERENCE_CONTEXT.test(text.slice(Math.max(0, start - 30), start)) && !isTvaPrefix(text, start)) type = 'siren';
    if (type) {
      best = type;
      bestJ = j;
    }
  }
  if (best) {
    emit(out, best, start, GE[bestJ]!);
    return bestJ - i + 1;
  }

  // IPv4: exactly four dot-separated groups of 1-3 digits, each ≤ 255 (the last may be glued to its prefix's
  // length: « 10.0.0.12/32 »).
  const prefix = i + 3 === n - 1 && last === n - 2 ? prefixLength(text, GE[n - 1]!) : -1;
  if ((i + 3 <= last || prefix >= 0) && GSEP[i + 1] === DOT && GSEP[i + 2] === DOT && GSEP[i + 3] === DOT && (i + 4 >= n || GSEP[i + 4] !== DOT) && (i === 0 || GSEP[i] !== DOT)) {
    const octets: number[] = [];
    for (let k = i; k < i + 4; k++) {
      const t = text.slice(GS[k]!, GE[k]!);
      if (!isOctet(t)) break;
      octets.push(Number(t));
    }
    if (octets.length === 4 && anyonesIpv4(octets[0]!, octets[1]!, octets[2]!) && !(prefix >= 0 && isNetwork(octets, prefix)) && !VERSION_CONTEXT.test(text.slice(Math.max(0, start - 20), start)) && !(versionShaped(octets) && !IP_LABEL.test(text.slice(Math.max(0, start - 24), start))) && !documentationIpv6Before(text, start)) {
      emit(out, 'ip_address', start, GE[i + 3]!);
      return 4;
    }
  }
  return 0;
}

/**
 * Four small numbers outside the private 10.x, none over 30: a version's or a section's (« Git 1.7.4.4 », « dpkg
 * (1.15.7.2) », « // 7.3.1.3 », a comment's « 18.3.1.13 width »), or an example's (« 1.2.3.4 », « 2.2.2.2 ») or a public
 * resolver's (« 8.8.8.8 », « 1.1.1.1 »), no one's; one public address in 6 000 has that shape. Read after « IP »
 * (« IP publique : 2.13.5.27 »).
 */
function versionShaped(octets: number[]): boolean {
  return octets[0] !== 10 && octets[0]! <= 30 && octets[1]! <= 30 && octets[2]! <= 30 && octets[3]! <= 30;
}
const IP_LABEL = /\bIP(?:v4)?(?:[ \u00a0]+(?:publique|priv[ée]e|fixe|locale|public|private|address))?[ \u00a0]*[:=]?[ \u00a0]*$/i;

/** « /24 » after an address: its prefix's length (0–32), or -1. */
function prefixLength(text: string, e: number): number {
  if (text.charCodeAt(e) !== 47 || !isDigitCode(text.charCodeAt(e + 1))) return -1;
  let k = e + 1;
  while (k - e <= 2 && isDigitCode(text.charCodeAt(k))) k++;
  const p = Number(text.slice(e + 1, k));
  return p <= 32 && !isAlnum(text.charCodeAt(k)) && text.charCodeAt(k) !== 47 ? p : -1;
}

/** The host's bits all zero under a shorter prefix (« 192.168.1.0/24 »): a network's name, no machine's. */
function isNetwork(octets: number[], prefix: number): boolean {
  if (prefix === 32) return false;
  const address = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  return address % 2 ** (32 - prefix) === 0;
}

// Addresses no machine of anyone's holds: « this network » (0.x), loopback (127.x, a manual's
// « 127.0.0.1 »), multicast, reserved and broadcast (224 and up, a netmask's « 255.255.255.0 »), and
// the three blocks set aside for documentation (RFC 5737: « 192.0.2.1 », « 198.51.100.x », « 203.0.113.x »).
function anyonesIpv4(a: number, b: number, c: number): boolean {
  if (a === 0 || a === 127 || a >= 224) return false;
  return !((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113));
}

function isOctet(t: string): boolean {
  return t.length <= 3 && isDigits(t) && Number(t) <= 255 && !(t.length > 1 && t.charCodeAt(0) === 48);
}

function shaped(i: number, j: number, shapes: number[][]): boolean {
  const count = j - i + 1;
  outer: for (const shape of shapes) {
    if (shape.length !== count) continue;
    for (let k = 0; k < count; k++) if (len(i + k) !== shape[k]) continue outer;
    return true;
  }
  return false;
}

function sameSeparators(i: number, j: number): boolean {
  for (let k = i + 2; k <= j; k++) if (GSEP[k] !== GSEP[i + 1]) return false;
  return true;
}

/** A NIR is written in one block, or from its sex digit alone ("1 85 05…"), or as 13 + key. */
function nirShaped(i: number, j: number): boolean {
  return i === j || len(i) === 1 || len(i) === 13;
}

/**
 * Cards come in one block or in groups of 4+ (4-4-4-4, 4-6-5) separated by spaces or dashes; not as 13 + 2, a NIR's
 * key written apart (« 3491097162285 30 », a temporary NIR, is an Amex number's length and may pass Luhn by chance).
 */
function cardShaped(i: number, j: number, n: number): boolean {
  if (j === i + 1 && len(i) === 13 && len(j) === 2) return false;
  for (let k = i + 1; k <= j; k++) {
    if (GSEP[k] !== SPACE && GSEP[k] !== DASH) return false;
    if (len(k - 1) < 4) return false;
  }
  return !inLongerRow(i, j, n, 4, 4);
}

/**
 * Whether groups i..j, `count` of `size` digits, sit inside a longer row of such groups that no numbers of their shape
 * tile: a table's or a dump's (a PostScript file's « 4584 4615 4646 4677 4708 4740 4771 … », 966 cards in valgrind's
 * manual; a buffer's « <Buffer 01 02 03 04 05 06 07 08> », phones in Node's docs), not two cards or two phones in a row.
 */
function inLongerRow(i: number, j: number, n: number, count: number, size: number): boolean {
  if (j - i !== count - 1) return false;
  for (let k = i; k <= j; k++) if (len(k) !== size) return false;
  const sep = GSEP[i + 1];
  let a = i;
  while (a > 0 && len(a - 1) === size && GSEP[a] === sep) a--;
  let b = j;
  while (b + 1 < n && len(b + 1) === size && GSEP[b + 1] === sep) b++;
  const row = b - a + 1;
  // (one group after a number that opens the row may be the next field's: « 06 12 34 56 78 12 rue de Siam »)
  return row > count && (row % count !== 0 || (i - a) % count !== 0) && (i > a || row >= count + 2);
}

function isTvaPrefix(text: string, s: number): boolean {
  return /[A-Z]{2}\s?\d{2}\s?$/.test(text.slice(Math.max(0, s - 8), s)) || /TVA[^\n]{0,25}$/i.test(text.slice(Math.max(0, s - 30), s));
}
