// IBANs: two uppercase letters, two check digits, then the BBAN in any grouping. The shape
// alone (valid or not) is returned so that the digit scanner does not read cards inside it.
import type { Detection } from './types.ts';
import { emit } from './emit.ts';
import { IBAN_LENGTHS, ibanValid } from './validators.ts';

const IBAN_RE = /\b[A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]){10,32}/g;

export function detectIbans(text: string, out: Detection[]): Array<[number, number]> {
  const shapes: Array<[number, number]> = [];
  IBAN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN_RE.exec(text)) !== null) {
    const expected = IBAN_LENGTHS[m[0].slice(0, 2)];
    if (expected === undefined) continue;
    let compact = '';
    let end = m.index;
    for (let i = 0; i < m[0].length && compact.length < expected; i++) {
      const c = m[0][i]!;
      if (c !== ' ' && c !== '\u00a0' && c !== '-') compact += c;
      end = m.index + i + 1;
    }
    if (compact.length < expected) continue;
    shapes.push([m.index, end]);
    // the next character must not continue the code (a longer string is not this IBAN)
    const next = text.charCodeAt(end);
    const glued = (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!glued && ibanValid(compact)) emit(out, text, 'iban', m.index, end);
    IBAN_RE.lastIndex = end;
  }
  return shapes;
}
