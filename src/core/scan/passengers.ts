// An airline booking's passengers, as a travel agent's PNRs and e-tickets write them (the reservation systems' way):
// surname, a slash, given names, a title, all in capitals — « ROUX/PAUL MR », « 1.1LE GALL/ANNE MARIE MRS »,
// « MARTIN-ROUX/LEA MISS ». No other rule reads them: no first name's case, no blank between the two names.
// (the first given name one the lists know, unaccented as the systems write it: not « TCP/IP MR », « ANGLAIS/FRANCAIS DR »)
import { emit, type Detections } from './emit.ts';
import { isFirstNameFolded } from './firstnames.ts';

// After the slash: one to four given names, then the title (an adult's, a child's, an infant's)
const GIVEN_AND_TITLE_RE = /([A-Z][A-Z'-]+)(?: [A-Z][A-Z'-]*){0,3} (?:MR|MRS|MS|MISS|MSTR|MLLE|MME|DR|CHD|INF)(?![\p{L}\p{N}])/uy;
// A surname's particle before it, kept with it (« LE GALL/ANNE MRS »)
const PARTICLE_RE = /(?<![\p{L}])(?:LE|LA|DE|DU|DES|DI|DA|DEL|VAN|VON|BEN|EL|AL) $/u;

const isCapital = (c: number) => c >= 65 && c <= 90;
const isSurnameChar = (c: number) => isCapital(c) || c === 39 || c === 45;

/** The passengers' names of a booking's text, in order of start (a slash between capitals opens the look). */
export function detectPassengers(text: string, out: Detections): void {
  for (let i = text.indexOf('/'); i !== -1; i = text.indexOf('/', i + 1)) {
    if (i === 0 || !isCapital(text.charCodeAt(i - 1)) || !isCapital(text.charCodeAt(i + 1))) continue;
    GIVEN_AND_TITLE_RE.lastIndex = i + 1;
    const m = GIVEN_AND_TITLE_RE.exec(text);
    if (m === null || !isFirstNameFolded(m[1]!)) continue;
    let s = i - 1;
    while (s > 0 && isSurnameChar(text.charCodeAt(s - 1))) s--;
    // (a word's end, not its middle: « 1.1ROUX » is a line's number and the name; « TOTO/ » inside a word is none)
    if (i - s < 2 || (s > 0 && /\p{Ll}/u.test(text[s - 1]!))) continue;
    const particle = PARTICLE_RE.exec(text.slice(Math.max(0, s - 5), s));
    if (particle !== null) s -= particle[0].length;
    const e = i + 1 + m[0].lastIndexOf(' ');
    emit(out, 'person_name', s, e);
    i = e;
  }
}
