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
// How far a record reaches around its name field, in characters (a contact's fields, pretty-printed)
const RECORD = 1000;
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
 * a product's « "allergies": "fruits à coque" » name no one); returns those records, as spans of
 * the text around each name field (sorted, disjoint), for the special categories to read as
 * being about people.
 */
export function detectFields(text: string, out: Detections): Span[] {
  const found: number[] = []; // [type, start, end] triples, in order of start
  const records: Array<[number, number]> = [];
  FIELD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_RE.exec(text)) !== null) {
    const type = keyType(m[1]!);
    if (type === null) continue;
    const value = m[2]!;
    const e = m.index + m[0].length - 1;
    const s = e - value.length;
    if (!plausibleAt(type, text, s, e)) continue;
    // a form's labels: « "lastName": "Nom de famille" », « "address": "Adresse postale" »
    if (type !== 'birth_date' && type !== 'phone' && columnType(value) !== null) continue;
    if (type === 'person_name') {
      if (!isNameShaped(value)) continue;
      const last = records[records.length - 1];
      const a = Math.max(0, s - RECORD);
      if (last && a <= last[1]) last[1] = Math.min(text.length, e + RECORD);
      else records.push([a, Math.min(text.length, e + RECORD)]);
    }
    found.push(TYPES.indexOf(type), s, e);
  }
  for (let i = 0, r = 0; i < found.length; i += 3) {
    const type = TYPES[found[i]!]!;
    const s = found[i + 1]!;
    const e = found[i + 2]!;
    while (r < records.length && records[r]![1] < e) r++;
    if (!IN_RECORDS.has(type) || (r < records.length && records[r]![0] <= s)) emit(out, type, s, e);
  }
  return records;
}
