// JSON exports (a CRM's, a form tool's, an online shop's API): a key says what its value is, as a
// column header does — « "firstName": "Gwenaëlle" », « "date_naissance": "1975-03-03" »,
// « "street": "Lieu-dit Kerbastard" » — where the value alone says too little for the text detectors.
import type { FindingType } from './types.ts';
import { emit, type Detections } from './emit.ts';
import type { Span } from './spans.ts';
import { columnType, headerWords, plausibleAt } from './columns.ts';
import { isNameShaped } from './names.ts';

// A key, then its string value: escapes kept, one line, bounded (a 300-character note at most)
const FIELD_RE = /"([^"\\\n]{1,60})"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,300})"/g;
// « name », « nom », « client », « contact » name products, files and companies as often as people:
// their values are left to the name detector (« "name": "Marie Dupont" » is found there)
const SPECIFIC_NAME = /prenom|first|last|given|family|surname|full|middle|nom (?:de )?famille|nom complet|nom (?:d )?usage|nom (?:de )?naissance|nom et prenom|nom prenom/;
// What needs a record about someone: a menu's « allergies », a shop's « address »
const IN_RECORDS: ReadonlySet<FindingType> = new Set(['health', 'postal_address']);
// Some word of every header columnType knows: values without one are no label (a cheap test first)
const LABEL_WORD = /nom|name|adres|addres|rue|street|t[ée]l|phone|mobile|portable|gsm|cell|fixe|sms|naiss|birth|ddn|dob|anniv|allerg|ant[ée]c|traitement|m[ée]dic|patho|motif|sant[ée]|contre|client|contact|patient|titulaire|adh[ée]rent|membre|customer|domicile/i;
const TYPES: readonly FindingType[] = ['person_name', 'birth_date', 'postal_address', 'phone', 'health'];

const known = new Map<string, FindingType | null>();

/** What a key announces: person names only for keys that can name nothing else. */
function keyType(key: string): FindingType | null {
  let type = known.get(key);
  if (type !== undefined) return type;
  type = columnType(key);
  if (type === 'person_name' && !SPECIFIC_NAME.test(headerWords(key))) type = null;
  // a hostile file's endless distinct keys must not grow the cache without bound
  if (known.size < 4096) known.set(key, type);
  return type;
}

/**
 * The values of a JSON block whose key announces a type, in order of start. Health and addresses
 * only in a record that names someone in a name field (a translation file's « "street": "Rue" »,
 * a product's « "allergies": "fruits à coque" » name no one); returns those records (sorted,
 * disjoint), for the special categories to read as being about people.
 */
export function detectFields(text: string, out: Detections): Span[] {
  const found: number[] = []; // [type, start, end] triples, in order of start
  const names: number[] = []; // where the name values start
  FIELD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_RE.exec(text)) !== null) {
    const type = keyType(m[1]!);
    if (type === null) continue;
    const value = m[2]!;
    const e = m.index + m[0].length - 1;
    const s = e - value.length;
    if (!plausibleAt(type, text, s, e)) continue;
    if (type === 'person_name' && !isNameShaped(value)) continue;
    // a form's labels: « "firstName": "Prénom" », « "address": "Adresse postale" »
    if (type !== 'birth_date' && type !== 'phone' && LABEL_WORD.test(value) && columnType(value) !== null) continue;
    if (type === 'person_name') names.push(s);
    found.push(TYPES.indexOf(type), s, e);
  }
  const records = names.length > 0 ? recordsOf(text, names) : [];
  for (let i = 0, r = 0; i < found.length; i += 3) {
    const type = TYPES[found[i]!]!;
    const s = found[i + 1]!;
    const e = found[i + 2]!;
    while (r < records.length && records[r]![1] < e) r++;
    if (!IN_RECORDS.has(type) || (r < records.length && records[r]![0] <= s)) emit(out, type, s, e);
  }
  return records;
}

// The characters that open or close an object, an array or a string
const STRUCTURE_RE = /[{}[\]"]/g;

/**
 * The objects holding a name field (`names`: where name values start, sorted), as spans of the
 * text, outermost kept: a record and what it nests (« "address": {"street": …} »). An object
 * whose name field sits in a nested object held by key (« "patient": {"firstName": …} ») is a
 * record too; one held in an array is not (« "contacts": [{…}, {…}] » is no one's record). A
 * block cut inside an object counts its edges as that object's.
 */
function recordsOf(text: string, names: readonly number[]): Span[] {
  // open containers: their start, whether each is an object, and whether it names someone
  // the block itself is no object: a JSON Lines file's records stand side by side in it
  const starts: number[] = [0];
  const objects: boolean[] = [false];
  const named: boolean[] = [false];
  const records: Array<[number, number]> = [];
  const close = (end: number) => {
    const start = starts.pop()!;
    objects.pop();
    if (!named.pop()) return;
    // nested records end first: the outer one replaces them
    while (records.length > 0 && records[records.length - 1]![0] >= start) records.pop();
    records.push([start, end]);
    if (objects.length > 0 && objects[objects.length - 1]) named[named.length - 1] = true;
  };
  let next = 0; // the next name value not yet placed in its object
  STRUCTURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRUCTURE_RE.exec(text)) !== null) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote (not one escaped by an odd run of backslashes)
      let j = text.indexOf('"', i + 1);
      while (j !== -1 && escaped(text, j)) j = text.indexOf('"', j + 1);
      const end = j === -1 ? text.length : j;
      while (next < names.length && names[next]! <= end) {
        if (names[next]! > i) named[named.length - 1] = true;
        next++;
      }
      if (j === -1) break;
      STRUCTURE_RE.lastIndex = j + 1;
    } else if (c === 123 || c === 91) {
      starts.push(i);
      objects.push(c === 123);
      named.push(false);
    } else {
      close(i + 1);
      // the block began inside this container: what follows is read as if in a new one
      if (starts.length === 0) {
        starts.push(i + 1);
        objects.push(false);
        named.push(false);
      }
    }
  }
  while (starts.length > 0) close(text.length);
  // closed in order, the nested ones dropped: sorted and disjoint
  return records;
}

/** Whether the quote at `j` is escaped: preceded by an odd number of backslashes. */
function escaped(text: string, j: number): boolean {
  let n = 0;
  while (j - n - 1 >= 0 && text.charCodeAt(j - n - 1) === 92) n++;
  return n % 2 === 1;
}
