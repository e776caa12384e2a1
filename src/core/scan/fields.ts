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
const LABEL_WORD = /nom|name|adres|addres|rue|street|t[ée]l|phone|mobile|portable|gsm|cell|fixe|sms|naiss|birth|ddn|dob|anniv|allerg|ant[ée]c|traitement|m[ée]dic|patho|motif|sant[ée]|contre|client|contact|patient|titulaire|adh[ée]rent|membre|customer|domicile|s[ée]cu|insee|nir|\bn?ss\b|vitale|social/i;

// What a key announces, as found in the text: a name that makes a record (namesOnlyPeople), or what
// needs one to count — a name under a general key, health (a menu's « allergies »), an address (a
// shop's) — or what stands alone (a birth date, a phone, a social security number: their values say enough)
const enum Kind { Name, WeakName, BirthDate, Address, Phone, Health, Nir }
const TYPE_OF: readonly FindingType[] = ['person_name', 'person_name', 'birth_date', 'postal_address', 'phone', 'health', 'nir'];
const NEEDS_RECORD: readonly boolean[] = [false, true, false, true, false, true, false];
const KIND_OF: Partial<Record<FindingType, Kind>> = { birth_date: Kind.BirthDate, postal_address: Kind.Address, phone: Kind.Phone, health: Kind.Health, nir: Kind.Nir };

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
  const form = syntax === 'json' ? new LabelledAnswers() : null;
  const re = syntax === 'json' ? JSON_FIELD_RE : XML_FIELD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    form?.see(m);
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
  const entries = form?.read(text, found, names) ?? [];
  let records = names.length === 0 ? [] : syntax === 'json' ? recordsOf(text, names) : elementRecordsOf(text, names);
  if (entries.length > 0) records = mergeSpans([...records, ...entries]);
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

// A form's answers written beside their question (WPForms' entries, Tally's and Jotform's webhooks):
// « {"name":"Date de naissance","value":"14/02/1987"} », « {"label":"Nom complet", …, "value":"…"} »:
// the label names the answer's type as a column's header does
const LABEL_KEYS = new Set(['name', 'label', 'text', 'title', 'question', 'field', 'fieldName', 'field_name', 'libelle', 'intitule']);
const ANSWER_KEYS = new Set(['value', 'answer', 'prettyFormat', 'response', 'reponse', 'valeur']);
const EMAIL_LABEL_RE = /\b(?:e-?mail|courriel)\b/i;
// how far a question's answer may stand from it, in its object; how long a question may be
const ANSWER_REACH = 2000;
const MAX_QUESTION = 100;

/** The labelled answers of a block: what each question announces, read from its object's answer. */
class LabelledAnswers {
  private readonly labels: number[] = []; // [kind, match start, match end] triples; kind −1 for an e-mail
  private readonly answers: number[] = []; // [match start, value start, value end] triples

  see(m: RegExpExecArray): void {
    const key = m[1]!;
    const end = m.index + m[0].length;
    if (ANSWER_KEYS.has(key)) this.answers.push(m.index, end - 1 - m[2]!.length, end - 1);
    else if (LABEL_KEYS.has(key) && m[2]!.length <= MAX_QUESTION) {
      const label = jsonString(m[2]!);
      const kind = label === null ? null : keyKind(label);
      if (kind !== null) this.labels.push(kind, m.index, end);
      else if (label !== null && EMAIL_LABEL_RE.test(label)) this.labels.push(-1, m.index, end);
    }
  }

  /**
   * Pushes each question's answer that can be what it announces to `found` (kept in order) and, for
   * a name, its start to `names`. An entry (the object or list holding the questions) that asks a
   * name, a birth date, a phone or an e-mail is about someone: returns those entries, records for
   * what needs one.
   */
  read(text: string, found: number[], names: number[]): Span[] {
    const { labels, answers } = this;
    if (labels.length === 0 || answers.length === 0) return [];
    const taken = new Set<number>();
    const pairs: number[] = []; // [kind, start, end, question's start]
    for (let i = 0; i < labels.length; i += 3) {
      const kind = labels[i]!;
      const a = answerOf(text, labels[i + 1]!, labels[i + 2]!, answers, taken);
      if (a < 0) continue;
      taken.add(a);
      const s = answers[a + 1]!;
      const e = answers[a + 2]!;
      if (kind === -1 || accepted(kind, text, s, e, text.slice(s, e))) pairs.push(kind, s, e, labels[i + 1]!);
    }
    if (pairs.length === 0) return [];
    const entries = containersAbove(text, pairs.filter((_, k) => k % 4 === 3));
    const aboutSomeone = new Set<number>();
    for (let i = 0; i < pairs.length; i += 4) {
      const kind = pairs[i]!;
      if (kind === -1 || kind === Kind.Name || kind === Kind.BirthDate || kind === Kind.Phone || kind === Kind.Nir) aboutSomeone.add(entries[i / 4]![0]);
    }
    const records: Array<[number, number]> = [];
    for (let i = 0; i < pairs.length; i += 4) {
      const kind = pairs[i]!;
      const entry = entries[i / 4]!;
      if (aboutSomeone.has(entry[0]) && (records.length === 0 || records[records.length - 1]![0] !== entry[0])) records.push([entry[0], entry[1]]);
      if (kind === -1) continue;
      if (kind === Kind.Name) names.push(pairs[i + 1]!);
      found.push(kind, pairs[i + 1]!, pairs[i + 2]!);
    }
    names.sort((x, y) => x - y);
    sortTriples(found);
    return records;
  }
}

/**
 * For each position (sorted), the container holding the object it stands in (a question's entry:
 * the object or list of its questions) as [start, end); the block when there is none above.
 */
function containersAbove(text: string, positions: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = positions.map(() => [0, text.length]);
  const starts: number[] = [];
  const waiting: number[][] = []; // per open container, the positions whose entry it is
  let next = 0;
  STRUCTURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRUCTURE_RE.exec(text)) !== null) {
    const i = m.index;
    for (; next < positions.length && positions[next]! <= i; next++) {
      const up = starts.length - 2;
      if (up >= 0) {
        spans[next]![0] = starts[up]!;
        waiting[up]!.push(next);
      }
    }
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = text.indexOf('"', i + 1);
      while (j !== -1 && escaped(text, j)) j = text.indexOf('"', j + 1);
      if (j === -1) break;
      STRUCTURE_RE.lastIndex = j + 1;
    } else if (c === 123 || c === 91) {
      starts.push(i);
      waiting.push([]);
    } else if (starts.length > 0) {
      starts.pop();
      for (const k of waiting.pop()!) spans[k]![1] = i + 1;
    }
  }
  return spans;
}

/**
 * The answer of the question matched at [start, end): the next one if it is in its object, else the
 * one before; −1 if neither (its index in `answers` otherwise, answers being in order).
 */
function answerOf(text: string, start: number, end: number, answers: readonly number[], taken: ReadonlySet<number>): number {
  let lo = 0;
  let hi = answers.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (answers[mid * 3]! < end) lo = mid + 1;
    else hi = mid;
  }
  const after = lo * 3;
  if (after < answers.length && !taken.has(after) && answers[after]! - end <= ANSWER_REACH && sameObject(text, end, answers[after]!)) return after;
  const before = after - 3;
  if (before < 0 || taken.has(before)) return -1;
  const e = answers[before + 2]! + 1;
  return e <= start && start - e <= ANSWER_REACH && sameObject(text, e, start) ? before : -1;
}

/** Whether text[a, b) stays in one object: what it opens it closes, and it closes nothing it did not open. */
function sameObject(text: string, a: number, b: number): boolean {
  let depth = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < b && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth < 0) return false;
    }
  }
  return depth === 0;
}

/** A JSON string's content decoded (« Pr\u00e9nom »), or null if it is no valid one. */
function jsonString(raw: string): string | null {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return null;
  }
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
