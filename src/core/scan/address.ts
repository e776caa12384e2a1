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

export function detectAddresses(text: string, out: Detections): void {
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
    emit(out, 'postal_address', s, e);
    START_RE.lastIndex = e;
  }
}
