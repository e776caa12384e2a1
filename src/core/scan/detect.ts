// Entry point of the detectors (pure, no I/O): a handful of cheap passes over the block, each
// confirmed in code (checksums, context windows), then merged per type.
import type { DetectHints, Detection } from './types.ts';
import { detectAddressees } from './addressees.ts';
import { detectAddresses } from './address.ts';
import { detectBirthDates } from './birthdate.ts';
import { detectChatSenders } from './chat.ts';
import { detectCell, detectColumns, tableRows } from './columns.ts';
import { detectEmails } from './email.ts';
import { detectFields } from './fields.ts';
import { Detections, normalize, TYPE_CODE } from './emit.ts';
import { detectIbans } from './iban.ts';
import { detectIpv6 } from './ipv6.ts';
import { detectNames } from './names.ts';
import { detectNumbers } from './numbers.ts';
import { detectPassengers } from './passengers.ts';
import { detectPayers } from './payers.ts';
import { detectSpecial } from './special.ts';
import { fromJoined, joinWrappedLines, toJoined } from './wrapped.ts';
import { detectSqlPairs, insertsRows } from './sqldump.ts';
import { detectSqlRows } from './sqltables.ts';
import { detectHtmlTables, detectTextTables } from './tables.ts';
import { overlappingEnd, type Span } from './spans.ts';
import { unmarked } from './marks.ts';

/** The detections of a block, as report entries (masked): for tests, the evaluation and one-off uses. */
export function detectText(text: string, hints: DetectHints = {}): Detection[] {
  return detectBlock(text, hints).toArray(text);
}

/** The detections of a block, sorted by start, without one object per detection (the scanner's path). */
export function detectBlock(block: string, hints: DetectHints = {}): Detections {
  const out = new Detections(1024);
  // Each detector appends its detections in order of start: `runs` marks where each one began,
  // so that the final ordering is a merge rather than a sort.
  const runs: number[] = [0];
  const csv = hints.format === 'csv' || hints.format === 'tsv';
  // (« - **Client :** Tehotu Vidal », « Nom ........ Kerbrat »: a label's emphasis and a form's leaders blanked, offsets kept)
  const text = csv ? block : unmarked(block);
  detectEmails(text, out, !csv);
  runs.push(out.count);
  const ibanShapes = detectIbans(text, out);
  runs.push(out.count);
  detectNumbers(text, out, (s, e) => overlappingEnd(ibanShapes, s, e));
  runs.push(out.count);
  detectIpv6(text, out);
  runs.push(out.count);
  detectBirthDates(text, out, csv);
  runs.push(out.count);
  const beforeAddresses = out.count;
  detectAddresses(text, out, !csv);
  const beforeColumns = out.count;
  runs.push(beforeColumns);
  // the cells under known headers, before the names: « Hameau Victor Hugo » under « Adresse » is a place
  if (hints.columnHeader !== undefined) detectCell(text, hints.columnHeader, out, hints.aboutPeople === true, hints.columnAnnounces);
  else if (csv) detectColumns(text, hints.headerLine, hints.format === 'tsv' ? 'tsv' : 'csv', out);
  // an XML export is read as text: its elements are looked for where a closing tag shows; else
  // the tables a text may hold (Markdown, tabs). Each tells where its records about people stand.
  // a website's SQL backup first (its pages' HTML is no XML export): its rows under their columns
  let records = NO_SPANS;
  const inserts = plain(hints) && insertsRows(text);
  // (a block of a dump's long INSERT line may hold no « INSERT INTO »: the file is a dump all the same)
  const sqlFile = plain(hints) ? hints.sqlFile : undefined;
  const dump = inserts || sqlFile?.dump === true;
  if (sqlFile !== undefined) sqlFile.dump = dump;
  let sqlPeople: Span[] | null = null;
  if (hints.format === 'json') records = detectFields(text, out, 'json');
  else if (plain(hints) && (sqlPeople = detectSqlRows(text, out, inserts, sqlFile)) !== null) records = sqlPeople;
  else if (plain(hints) && text.includes('</')) records = detectFields(text, out, 'xml');
  // an HTML page's or e-mail's tables, their cells under their headers (« <th>Nom</th> »), as a CSV file's
  else if (hints.htmlTables !== undefined && hints.htmlTables.length > 0) records = detectHtmlTables(text, hints.htmlTables, out);
  // (a document's and an e-mail's too: a Word or RTF table's rows, its cells apart by tabs — « Nom⇥Prénom⇥Téléphone » —,
  // a list typed with tabs, Outlook's plain text of an HTML table)
  else if (plain(hints) || hints.format === 'docx' || hints.format === 'eml') records = detectTextTables(text, out);
  const beforeNames = out.count;
  runs.push(beforeNames);
  detectNames(text, out, !csv);
  // "rue Victor Hugo" is a place; addresses come out sorted and disjoint (one forward pass), and so do cells
  if (beforeColumns > beforeAddresses || beforeNames > beforeColumns) dropInside(out, beforeNames, beforeAddresses, beforeColumns);
  // an entry's name before its address, its first name unknown (a round's « 09h30  Tuarii Brunet — 120 impasse … »)
  if (!csv && beforeColumns > beforeAddresses) {
    const namesEnd = out.count;
    runs.push(namesEnd);
    detectAddressees(text, out, beforeAddresses, beforeColumns, beforeNames, namesEnd);
  }
  // a chat export's senders (a WhatsApp talk with a client): people, as the names are, for the special categories
  if (plain(hints)) {
    runs.push(out.count);
    detectChatSenders(text, out);
  }
  // an airline booking's passengers (« ROUX/PAUL MR »), people too: in a PNR, an e-ticket, an e-mail, not a CSV's
  // rows (their dates' slashes cost 0.6–0.9 ms per MB to look at; a booking tool's export names its columns)
  if (!csv) {
    runs.push(out.count);
    detectPassengers(text, out);
  }
  const afterNames = out.count;
  runs.push(afterNames);
  detectPayers(text, out);
  runs.push(out.count);
  // a website's SQL backup: the values of its tables of properties, under their keys
  if (dump) {
    detectSqlPairs(text, out);
    runs.push(out.count);
  }
  // the people's spans are only needed when a special-category phrase lacks a pronoun nearby; a
  // table's row is about the person its name column names, wherever the mention stands in the row
  const table = csv ? tableRows(text, hints.headerLine, hints.format === 'tsv') : null;
  const rows = hints.aboutPeople === true ? 0 : table ? table.peopleFrom : -1;
  const people = rows >= 0 ? [[rows, text.length] as const] : () => peopleSpans(out, beforeNames, afterNames, records);
  // prose wrapped at a width cuts phrases in two (not a table's rows): read joined
  const prose = !csv && hints.columnHeader === undefined && hints.format !== 'json' && hints.format !== 'xlsx' ? joinWrappedLines(text) : null;
  if (prose === null || prose.joints.length === 0) detectSpecial(prose?.text ?? text, out, people);
  else {
    // a CRLF's \r was dropped: the positions go back to the text's
    const found = new Detections(64);
    const { joints } = prose;
    detectSpecial(prose.text, found, typeof people === 'function' ? () => toJoined(joints, people()) : toJoined(joints, people));
    for (let i = 0; i < found.count; i++) {
      const s = fromJoined(joints, found.start(i));
      out.push(found.code(i), s, fromJoined(joints, found.start(i) + found.length(i) - 1) + 1 - s);
    }
  }
  // a vet's table: its rows' health is its animals'
  if (table?.animals) out.retain(runs[runs.length - 1]!, (r) => out.code(r) !== HEALTH);
  // a table of people's header (and its title) is no one's: a form tool's question « Êtes-vous enceinte ? »
  else if (table !== null && rows > 0 && hints.headerLine === undefined) out.retain(runs[runs.length - 1]!, (r) => out.start(r) >= rows);
  runs.push(out.count);
  return normalize(out, runs);
}

/**
 * Drops the detections from `from` on that overlap an address: one of out[addressesFrom, cellsFrom)
 * (addresses, sorted and disjoint) or an address cell of out[cellsFrom, from) (cells, sorted and disjoint).
 */
function dropInside(out: Detections, from: number, addressesFrom: number, cellsFrom: number): void {
  out.retain(from, (r) => {
    const a = out.start(r);
    const b = a + out.length(r);
    return !overlapsDetection(out, addressesFrom, cellsFrom, a, b, -1) && !overlapsDetection(out, cellsFrom, from, a, b, ADDRESS);
  });
}

const ADDRESS = TYPE_CODE.postal_address;
const HEALTH = TYPE_CODE.health;
const NO_SPANS: ReadonlyArray<Span> = [];
const plain = (hints: DetectHints) => hints.format === undefined || hints.format === 'text';

/** Whether [a, b) overlaps one of spans[first, hi), sorted by start and disjoint (of type `code` unless -1): a binary search. */
function overlapsDetection(spans: Detections, first: number, hi: number, a: number, b: number, code: number): boolean {
  let lo = first;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans.start(mid) < b) lo = mid + 1;
    else hi = mid;
  }
  return lo > first && spans.start(lo - 1) + spans.length(lo - 1) > a && (code < 0 || spans.code(lo - 1) === code);
}

/** The names' spans [from, to), sorted and merged where they overlap, as overlapsAny needs. */
function peopleSpans(out: Detections, from: number, to: number, records: ReadonlyArray<Span>): Span[] {
  const spans: Array<[number, number]> = records.map(([a, b]) => [a, b]);
  for (let i = from; i < to; i++) spans.push([out.start(i), out.start(i) + out.length(i)]);
  spans.sort((x, y) => x[0] - y[0]);
  const res: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = res[res.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else res.push([a, b]);
  }
  return res;
}
