// French postal addresses: a street number (bis/ter…), a street type and a capitalised street
// name, optionally followed by "BP/CS n" and "code postal + ville [CEDEX nn]" on the same or
// the next line. "5 cours de yoga" fails the capitalised-name rule.
import { emit, type Detections } from './emit.ts';

const UP = 'A-ZÀ-ÖØ-Þ';
const L = 'A-Za-zÀ-ÖØ-öø-ÿ';
const TYPES = 'rue|avenue|av\\.|bd|boulevard|place|pl\\.|allée|allee|chemin|impasse|route|rte|quai|cours|square|passage|villa|hameau|voie|sentier|faubourg|fbg|cité|parvis|promenade|esplanade|résidence|lotissement|lieu-dit|mail|rond-point|montée|traverse|ruelle|venelle|clos|domaine|chaussée|sente';
const START_RE = new RegExp(`\\b\\d{1,4}(?:[ \\u00a0]?(?:bis|ter|quater|[A-D])\\b)?,?[ \\u00a0]+(?:${TYPES})(?=[ \\u00a0])`, 'gi');
const PARTICLE = "(?:de|du|des|la|le|les|aux|au|en|sur|sous|et|à)";
const NAME_RE = new RegExp(`(?:[ \\u00a0]+(?:${PARTICLE}(?=[ \\u00a0])|[ldLD]['’][${L}'’-]+|[${UP}][${L}'’.-]*|\\d{1,4}(?!\\d)))+`, 'y');
const CITY = `[${UP}][${L}'’-]*(?:[ \\u00a0](?:(?:sur|sous|en|lès|les|de|du|des|la|le|aux)[ \\u00a0])?(?!CEDEX)[${UP}][${L}'’-]*){0,3}`;
const POSTAL_RE = new RegExp(`(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]*(?:\\r?\\n|\\u2028)[ \\t]*|[ \\u00a0]+[–-]?[ \\u00a0]*)(?:(?:BP|CS|TSA)[ \\u00a0]?\\d{1,6}(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]*(?:\\r?\\n|\\u2028)[ \\t]*|[ \\u00a0]+))?\\d{5}[ \\u00a0]+${CITY}(?:[ \\u00a0]+CEDEX(?:[ \\u00a0]+\\d{1,2})?)?`, 'y');
const HAS_CAPITAL = new RegExp(`(?:^|[ \\u00a0'’])[${UP}0-9]`);

/**
 * `withoutNumber` also looks for streets without a number (below); CSV leaves them out, where an
 * address sits in its column (columns.ts reads the cells under « Adresse ») and its many 5-digit
 * numbers made that search cost 2.4 ms per MB.
 */
export function detectAddresses(text: string, out: Detections, withoutNumber = true): void {
  const spans: number[] = []; // [start, end, start, end…], sorted and disjoint
  START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START_RE.exec(text)) !== null) {
    const s = m.index;
    let e = s + m[0].length;
    NAME_RE.lastIndex = e;
    const n = NAME_RE.exec(text);
    if (!n || !HAS_CAPITAL.test(n[0])) continue;
    e += n[0].length;
    POSTAL_RE.lastIndex = e;
    const p = POSTAL_RE.exec(text);
    if (p) e += p[0].length;
    spans.push(s, e);
    START_RE.lastIndex = e;
  }
  const bare = withoutNumber ? streetsWithoutNumber(text, spans) : [];
  if (bare.length > 0) {
    for (let k = 0; k < bare.length; k += 2) spans.push(bare[k]!, bare[k + 1]!);
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < spans.length; k += 2) pairs.push([spans[k]!, spans[k + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [s, e] of pairs) emit(out, 'postal_address', s, e);
    return;
  }
  for (let k = 0; k < spans.length; k += 2) emit(out, 'postal_address', spans[k]!, spans[k + 1]!);
}

// A street without a number is an address only with its postcode and town after it, on its line or
// the next: « rue du Moulin, 44000 Nantes », « Lieu-dit Kerbastard » above « 29000 Quimper », « Le Bourg ».
const TOWN_RE = new RegExp(`(?<![\\d.,])\\d{5}[ \\u00a0]+${CITY}(?:[ \\u00a0]+CEDEX(?:[ \\u00a0]+\\d{1,2})?)?`, 'g');
// (a street type written with a capital too: « Rue du Moulin », « Lieu-dit »)
const TYPES_ANY_CASE = TYPES.split('|').map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}`).join('|');
const SEPARATOR = `(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]*(?:\\r?\\n|\\u2028)[ \\t]*|[ \\u00a0]+[–-]?[ \\u00a0]*)`;
const BARE_STREET_RE = new RegExp(
  `(?:^|[\\s,;:(])((?:${TYPES_ANY_CASE})((?:[ \\u00a0]+(?:${PARTICLE}|[ldLD]['’][${L}'’-]+|[${UP}][${L}'’.-]*|\\d{1,4}(?!\\d)))+)|[Ll]e [Bb]ourg)` +
    `${SEPARATOR}(?:(?:BP|CS|TSA)[ \\u00a0]?\\d{1,6}${SEPARATOR})?$`,
);

/** The [start, end] pairs of the streets without a number (see above), outside `taken` (sorted pairs). */
function streetsWithoutNumber(text: string, taken: number[]): number[] {
  const found: number[] = [];
  let t = 0;
  TOWN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOWN_RE.exec(text)) !== null) {
    const at = m.index;
    while (t < taken.length && taken[t + 1]! <= at) t += 2;
    if (t < taken.length && taken[t]! <= at) continue; // the town of a numbered address
    // the text before the postcode: the street, a « BP 12 » perhaps, on its line or up to two lines above
    const from = Math.max(0, at - 160);
    const before = BARE_STREET_RE.exec(text.slice(from, at));
    if (!before || (before[2] !== undefined && !HAS_CAPITAL.test(before[2]))) continue;
    const start = from + before.index + before[0].indexOf(before[1]!);
    if (t > 0 && taken[t - 1]! > start) continue;
    found.push(start, at + m[0].length);
  }
  return found;
}
