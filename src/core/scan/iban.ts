// IBANs: two uppercase letters, two check digits, then the BBAN in any grouping. The shape
// alone (valid or not) is returned so that the digit scanner does not read cards inside it.
import { emit, type Detections } from './emit.ts';
import { IBAN_LENGTHS, ibanValid } from './validators.ts';

// (lowercase too, as typed in a form: « fr76 3000 6000 … »)
const IBAN_RE = /\b[A-Za-z]{2}\d{2}(?:[ \u00a0-]?[A-Za-z0-9]){10,32}/g;

export function detectIbans(text: string, out: Detections): Array<[number, number]> {
  const shapes: Array<[number, number]> = [];
  IBAN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN_RE.exec(text)) !== null) {
    const s = m.index;
    const country = text.slice(s, s + 2);
    const expected = IBAN_LENGTHS[country] ?? IBAN_LENGTHS[country.toUpperCase()];
    if (expected === undefined) continue;
    // count the code's characters without building it: most shapes (VAT numbers) are too short
    const stop = s + m[0].length;
    let count = 0;
    let end = s;
    for (let i = s; i < stop && count < expected; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 0xa0 && c !== 45) count++;
      end = i + 1;
    }
    if (count < expected) continue;
    shapes.push([s, end]);
    // the next character must not continue the code (a longer string is not this IBAN)
    const next = text.charCodeAt(end);
    const glued = (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!glued && mod97Of(text, s, end) === 1 && ibanValid(compactOf(text, s, end))) emit(out, 'iban', s, end);
    IBAN_RE.lastIndex = end;
  }
  return shapes;
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 45;
}

function compactOf(text: string, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) if (!isSeparator(text.charCodeAt(i))) out += text[i];
  return out.toUpperCase();
}

/**
 * The IBAN's mod-97 remainder (BBAN, then country and check digits; letters as 10-35), read
 * straight from the text: a cheap necessary condition before ibanValid builds strings.
 */
function mod97Of(text: string, s: number, e: number): number {
  let r = 0;
  let head = 0; // the first four code characters go last
  const add = (c: number) => {
    r = c >= 97 ? (r * 100 + (c - 87)) % 97 : c >= 65 ? (r * 100 + (c - 55)) % 97 : (r * 10 + (c - 48)) % 97;
  };
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) continue;
    if (head < 4) {
      head++;
      continue;
    }
    add(c);
  }
  head = 0;
  for (let i = s; i < e && head < 4; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) continue;
    head++;
    add(c);
  }
  return r;
}
