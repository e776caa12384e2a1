// The people a forwarded or quoted message's header block names (Outlook's « De : … / Envoyé : … / À : … / Cc : … /
// Objet : … », Thunderbird's « Sujet : / Date : / De : / Pour : », Gmail's « From: / Date: / Subject: / To: »):
// whatever their first names, which the lists often do not know, and without their addresses, which Outlook leaves
// out. A block is two or more such lines in a row, one of them its subject, one its sender and one its date; not a
// service's or a business's (« Support Technique », « Garage Martin »).
import { isBrandName } from './firstnames.ts';
import { ROLE_ADDRESS_RE, isServiceName } from './reply-authors.ts';

const HEADER_RE = /^[ \t>]*(De|From|Envoyé|Sent|Date|À|A|To|Pour|Cc|CC|Cci|Bcc|Objet|Subject|Sujet|Répondre à|Reply-To|Importance)[ \u00a0]*:/;
// the lines whose values are people
const PEOPLE_LABELS = new Set(['De', 'From', 'À', 'A', 'To', 'Pour', 'Cc', 'CC', 'Cci', 'Bcc', 'Répondre à', 'Reply-To']);
const SENDERS = new Set(['De', 'From']);
const DATES = new Set(['Envoyé', 'Sent', 'Date']);
const SUBJECTS = ['Objet', 'Subject', 'Sujet'];
// a surname's particles, written small (Portuguese and Dutch ones too: « Maria dos Santos », « Kees van der Meer »)
const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'le', 'la', 'da', 'do', 'dos', 'das', 'di', 'del', 'ben', 'el']);
const MAX_LINES = 10;
const ADDRESS_OPEN_RE = /[<[(]/;
const LOCAL_PART_RE = /([A-Za-z0-9._%+-]{1,64})@/;
// a name's word: no digit, blank, bracket or sign between words
const WORD_RE = /^[^\s\d,;:!?()[\]{}<>@/\\]+$/;

/** The spans of the names on the block's header blocks (names.ts emits those no name found overlaps). */
export function quotedHeaderNames(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const mark of SUBJECTS) {
    // (each mark's blocks in order: a thread may quote Gmail's block above Outlook's)
    let done = -1;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
      if (at <= done) continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const lines = headerBlock(text, lineStart);
      if (lines === null) continue;
      done = lineEnd(text, lines[lines.length - 1]![1]);
      for (const [s, e, label] of lines) if (PEOPLE_LABELS.has(label)) namesOnLine(text, s, e, spans);
    }
  }
  return spans;
}

/** Whether a line opens with the label of a header whose value is people (« From: », « Cc : », « À : »): names.ts's
 * header line alone. */
export function isPeopleHeaderLine(line: string): boolean {
  const m = HEADER_RE.exec(line);
  return m !== null && PEOPLE_LABELS.has(m[1]!);
}

/** The header lines around the one at `lineStart` ([start, end, label] each), or null when they are no block. */
function headerBlock(text: string, lineStart: number): Array<[number, number, string]> | null {
  const label = headerLabel(text, lineStart);
  if (label === null || !SUBJECTS.includes(label[2])) return null;
  const lines: Array<[number, number, string]> = [label];
  for (let s = lineStart; lines.length < MAX_LINES && s > 0; ) {
    const prev = text.lastIndexOf('\n', s - 2) + 1;
    const l = headerLabel(text, prev);
    if (l === null) break;
    lines.unshift(l);
    s = prev;
  }
  for (let next = lineEnd(text, label[1]) + 1; lines.length < MAX_LINES && next < text.length; ) {
    const l = headerLabel(text, next);
    if (l === null) break;
    lines.push(l);
    next = lineEnd(text, l[1]) + 1;
  }
  if (!lines.some((l) => SENDERS.has(l[2])) || !lines.some((l) => DATES.has(l[2]))) return null;
  return lines;
}

/** Where the line holding `i` ends (its « \n », or the text's end). */
function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

/** The header line at `s`: [start of its value, its end (a « \r » left out), its label], or null. */
function headerLabel(text: string, s: number): [number, number, string] | null {
  const e = lineEnd(text, s);
  if (e - s > 400) return null;
  const m = HEADER_RE.exec(text.slice(s, e));
  if (m === null) return null;
  return [s + m[0].length, text.charCodeAt(e - 1) === 13 ? e - 1 : e, m[1]!];
}

/** The people of one header line's value: items apart by « ; » (Outlook's), or by « , » after an address (Gmail's). */
function namesOnLine(text: string, s: number, e: number, spans: Array<[number, number]>): void {
  const value = text.slice(s, e);
  const sep = value.includes(';') ? ';' : value.includes('>,') ? '>,' : null;
  let from = 0;
  while (from <= value.length) {
    let to = sep === null ? -1 : value.indexOf(sep, from);
    if (to < 0) to = value.length;
    else if (sep === '>,') to += 1;
    const item = itemName(value, from, to);
    if (item !== null) spans.push([s + item[0], s + item[1]]);
    from = to + 1;
  }
}

/** The name of the item value[from, to) (« "Tehotu Dupont" <td@…> », « Kavya Gauthier »), or null. */
function itemName(value: string, from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  // (its address after it: « <td@…> », « [mailto:td@…] », « (td@…) »)
  const open = value.slice(a, b).search(ADDRESS_OPEN_RE);
  let local: string | null = null;
  if (open >= 0) {
    const address = LOCAL_PART_RE.exec(value.slice(a + open, b));
    local = address === null ? null : address[1]!;
    b = a + open;
  }
  while (a < b && ' \t\u00a0"\''.includes(value[a]!)) a++;
  while (b > a && ' \t\u00a0"\''.includes(value[b - 1]!)) b--;
  const name = value.slice(a, b);
  if (name.includes('@') || !personShaped(name)) return null;
  if (local !== null && ROLE_ADDRESS_RE.test(local)) return null;
  if (isServiceName(name) || isBrandName(name)) return null;
  return [a, b];
}

/** Two to four words, each capitalised or in capitals, particles written small between (« Antoine du Hamel »). */
function personShaped(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (PARTICLES.has(w)) continue;
    if (!WORD_RE.test(w) || w.length > 30) return false;
    const c = w[0]!;
    if (c === c.toLowerCase()) return false;
    capitalised++;
  }
  return capitalised >= 2 && capitalised <= 4;
}
