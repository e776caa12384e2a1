// Exports of a CRM, a form tool, an online shop's API or invoicing software, in JSON or XML: a key
// says what its value is, as a column header does — « "firstName": "Gwenaëlle" »,
// « <dateNaissance>1975-03-03</dateNaissance> », « "street": "Lieu-dit Kerbastard" » — where the
// value alone says too little for the text detectors.
import type { FindingType } from './types.ts';
import { emit, type Detections } from './emit.ts';
import type { Span } from './spans.ts';
import { columnType, namesOnlyPeople, plausibleAt } from './columns.ts';
import { isNameShaped } from './names.ts';

// A key, then its string value: escapes kept, one line, bounded (a 300-character note at most)
const JSON_FIELD_RE = /"([^"\\\n]{1,60})"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,300})"/g;
// An element holding text only, its namespace prefix aside (« <ram:LineOne>…</ram:LineOne> »)
const XML_FIELD_RE = /<([A-Za-z_][\w.-]{0,30}:)?([A-Za-z_][\w.-]{0,60})(?:[ \t][^<>\n]{0,200})?>[ \t]*([^<>\n]{1,300}?)[ \t]*<\/\1\2>/g;
// « name », « nom », « client », « contact » name products, files and companies as often as people:
// their values count only in a record that a more specific name field shows to be someone's
// (« "nom" » beside « "prenom" »); elsewhere they are left to the name detector
// Some word of every header columnType knows: values without one are no label (a cheap test first)
const LABEL_WORD = /nom|name|adres|addres|rue|street|t[ée]l|phone|mobile|portable|gsm|cell|fixe|sms|naiss|birth|ddn|dob|anniv|allerg|ant[ée]c|traitement|m[ée]dic|patho|motif|sant[ée]|contre|client|contact|patient|titulaire|adh[ée]rent|membre|customer|domicile/i;

// What a key announces, as found in the text: a name that makes a record (namesOnlyPeople), or what
// needs one to count — a name under a general key, health (a menu's « allergies »), an address (a
// shop's) — or what stands alone (a birth date, a phone: their values say enough)
const enum Kind { Name, WeakName, BirthDate, Address, Phone, Health }
const TYPE_OF: readonly FindingType[] = ['person_name', 'person_name', 'birth_date', 'postal_address', 'phone', 'health'];
const NEEDS_RECORD: readonly boolean[] = [false, true, false, true, false, true];
const KIND_OF: Partial<Record<FindingType, Kind>> = { birth_date: Kind.BirthDate, postal_address: Kind.Address, phone: Kind.Phone, health: Kind.Health };

const known = new Map<string, Kind | null>();

function keyKind(key: string): Kind | null {
  let kind = known.get(key);
  if (kind !== undefined) return kind;
  const type = columnType(key);
  kind = type === null ? null : type === 'person_name' ? (namesOnlyPeople(key) ? Kind.Name : Kind.WeakName) : (KIND_OF[type] ?? null);
  // a hostile file's endless distinct keys must not grow the cache without bound
  if (known.size < 4096) known.set(key, kind);
  return kind;
}

/**
 * The values of a JSON or XML block whose key announces a type, in order of start. What needs a
 * record counts only in one: the object (JSON) or element (XML) holding a name field (a
 * translation file's « "street": "Rue" », a product's « "allergies": "fruits à coque" » name no
 * one). Returns the records (sorted, disjoint), for the special categories to read as being about
 * people.
 */
export function detectFields(text: string, out: Detections, syntax: 'json' | 'xml'): Span[] {
  const found: number[] = []; // [kind, start, end] triples, in order of start
  const names: number[] = []; // where the values of the name fields start
  const re = syntax === 'json' ? JSON_FIELD_RE : XML_FIELD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let kind = keyKind(syntax === 'json' ? m[1]! : m[2]!);
    if (kind === null && syntax === 'json' && senderWithId(text, m[1]!, m.index + m[0].length)) kind = Kind.Name;
    if (kind === null) continue;
    const value = syntax === 'json' ? m[2]! : m[3]!;
    // the value's end: before the closing quote, or before the spaces and the closing tag
    const e = syntax === 'json' ? m.index + m[0].length - 1 : m.index + m[0].lastIndexOf('<') - trailingSpaces(m[0]);
    const s = e - value.length;
    if (!accepted(kind, text, s, e, value)) continue;
    if (kind === Kind.Name) names.push(s);
    found.push(kind, s, e);
  }
  let records = names.length === 0 ? [] : syntax === 'json' ? recordsOf(text, names) : elementRecordsOf(text, names);
  // an export may write its fields as attributes (« <client nom="Le Bihan" dateNaissance="1975-03-03"/> »)
  if (syntax === 'xml' && text.includes('="')) {
    const attributeNames = attributeFields(text, found);
    if (attributeNames.length > 0) records = mergeSpans([...records, ...attributeRecords(text, attributeNames)]);
    sortTriples(found);
  }
  for (let i = 0, r = 0; i < found.length; i += 3) {
    const kind = found[i]!;
    const s = found[i + 1]!;
    const e = found[i + 2]!;
    while (r < records.length && records[r]![1] < e) r++;
    if (!NEEDS_RECORD[kind] || (r < records.length && records[r]![0] <= s)) emit(out, TYPE_OF[kind]!, s, e);
  }
  return records;
}

// Telegram's export of a chat (result.json) names each message's sender, and the one who acted, by a
// key that says nothing alone — « "from": "Maëlys Quéré", "from_id": "user123456789" »: with its id
// beside it, a person (or a group) named as the phone saved it
const SENDER_ID_RE = /[ \t\r\n]*,[ \t\r\n]*"(from|actor)_id"/y;

/** Whether the JSON field « key » ending at `end` is Telegram's sender, its id right after. */
function senderWithId(text: string, key: string, end: number): boolean {
  if (key !== 'from' && key !== 'actor') return false;
  SENDER_ID_RE.lastIndex = end;
  return SENDER_ID_RE.exec(text)?.[1] === key;
}

// An attribute holding a value, inside a tag (« nom="Le Bihan" »)
const XML_ATTRIBUTE_RE = /[ \t\r\n]([A-Za-z_][\w.-]{0,60})="([^"<>\n]{1,300})"/g;

/** The attributes whose name announces a type, pushed to `found`; returns where the name values start. */
function attributeFields(text: string, found: number[]): number[] {
  const names: number[] = [];
  XML_ATTRIBUTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = XML_ATTRIBUTE_RE.exec(text)) !== null) {
    const kind = keyKind(m[1]!);
    if (kind === null) continue;
    const raw = m[2]!;
    const value = raw.trim();
    // past the blank, the name, « =" » and the value's leading blanks
    const s = m.index + 1 + m[1]!.length + 2 + (raw.length - raw.trimStart().length);
    const e = s + value.length;
    if (!value || !accepted(kind, text, s, e, value)) continue;
    if (kind === Kind.Name) names.push(s);
    found.push(kind, s, e);
  }
  return names;
}

/** The elements whose attributes name someone: from their tag to their closing tag (the tag alone when it closes itself). */
function attributeRecords(text: string, names: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const at of names) {
    const start = text.lastIndexOf('<', at);
    if (start < 0 || (spans.length > 0 && spans[spans.length - 1]![0] === start)) continue;
    let end = text.indexOf('>', at);
    if (end < 0) end = text.length - 1;
    if (text.charCodeAt(end - 1) !== 47) {
      const tag = /^<([\w.:-]{1,100})/.exec(text.slice(start, start + 102))?.[1];
      const close = tag ? text.indexOf(`</${tag}>`, end) : -1;
      end = close < 0 ? text.length - 1 : close + tag!.length + 2;
    }
    spans.push([start, end + 1]);
  }
  return spans;
}

/** Spans sorted and merged where they overlap. */
function mergeSpans(spans: ReadonlyArray<Span>): Span[] {
  const out: Array<[number, number]> = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** [kind, start, end] triples put in order of start (the elements' and the attributes' found apart). */
function sortTriples(found: number[]): void {
  const triples: number[][] = [];
  for (let i = 0; i < found.length; i += 3) triples.push([found[i]!, found[i + 1]!, found[i + 2]!]);
  triples.sort((a, b) => a[1]! - b[1]!);
  found.length = 0;
  for (const t of triples) found.push(...t);
}

/** Whether a field's value text[s, e) can be what its key announces, and is no form's label. */
function accepted(kind: Kind, text: string, s: number, e: number, value: string): boolean {
  const type = TYPE_OF[kind]!;
  if (!plausibleAt(type, text, s, e)) return false;
  if (type === 'person_name' && !isNameShaped(value)) return false;
  // a form's labels: « "firstName": "Prénom" », « "address": "Adresse postale" »
  return !(type !== 'birth_date' && type !== 'phone' && LABEL_WORD.test(value) && columnType(value) !== null);
}

/** The spaces before an element's closing tag (« <nom>Le Bihan </nom> »). */
function trailingSpaces(match: string): number {
  let n = 0;
  for (let i = match.lastIndexOf('<') - 1; i >= 0 && (match.charCodeAt(i) === 32 || match.charCodeAt(i) === 9); i--) n++;
  return n;
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

// An XML tag: « / » if it closes, its name (prefix included), « / » if it is empty (« <br/> »)
const TAG_RE = /<(\/?)([A-Za-z_][\w.:-]{0,100})[^<>]{0,1000}?(\/?)>/g;

/**
 * The elements holding a name field (`names`: where the name values start, sorted), as spans of
 * the text, outermost kept: a client's element and what it nests (« <adresse><rue>… »). A block
 * cut inside an element counts its edges as that element's.
 */
function elementRecordsOf(text: string, names: readonly number[]): Span[] {
  // open elements, the block itself first ('': no element): their names, starts, and whether each names someone
  const tags: string[] = [''];
  const starts: number[] = [0];
  const named: boolean[] = [false];
  const records: Array<[number, number]> = [];
  const close = (end: number) => {
    tags.pop();
    const start = starts.pop()!;
    if (!named.pop()) return;
    // nested records end first: the outer one replaces them
    while (records.length > 0 && records[records.length - 1]![0] >= start) records.pop();
    records.push([start, end]);
  };
  let next = 0; // the next name value not yet placed in its record
  TAG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RE.exec(text)) !== null) {
    const i = m.index;
    // a name value before this tag is the text of the element open last: the element above it is the record
    for (; next < names.length && names[next]! < i; next++) named[Math.max(0, named.length - 2)] = true;
    if (m[3] === '/') continue;
    if (m[1] === '') {
      tags.push(m[2]!);
      starts.push(i);
      named.push(false);
      continue;
    }
    const end = i + m[0].length;
    const at = tags.lastIndexOf(m[2]!);
    if (at > 0) {
      // closes that element, and those left open inside it
      while (tags.length > at) close(end);
    } else if (tags.length === 1) {
      // the block began inside this element: what came before is read as its
      close(end);
      tags.push('');
      starts.push(end);
      named.push(false);
    }
  }
  while (tags.length > 0) close(text.length);
  // closed in order, the nested ones dropped: sorted and disjoint
  return records;
}
