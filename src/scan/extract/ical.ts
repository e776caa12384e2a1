// iCalendar (.ics): an exported calendar, the appointments with clients — for a therapist or a
// coach, who was seen and why. Folded lines are joined and escapes undone (RFC 5545), so that a
// name or an e-mail cut by a fold is found whole; summaries, descriptions, places and comments are
// read as text, attendees' and organizers' names (CN=) as names, with their e-mail. Dates, rules,
// ids and base64 attachments are not text. Locator « événement 3, ligne 25 ».
import { properties, unescapeText } from './content-lines.ts';
import { FieldColumns, type FindingSink } from './sink.ts';
import { TYPE_CODE } from '../../core/scan/emit.ts';
import type { Detect } from './text.ts';

const NOT_TEXT = new Set([
  'BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'UID', 'DTSTART', 'DTEND', 'DTSTAMP', 'DUE', 'DURATION', 'RRULE', 'RDATE', 'EXDATE',
  'RECURRENCE-ID', 'SEQUENCE', 'STATUS', 'TRANSP', 'CLASS', 'PRIORITY', 'CREATED', 'LAST-MODIFIED', 'TZID', 'TZOFFSETFROM', 'TZOFFSETTO', 'TZNAME',
  'TRIGGER', 'ACTION', 'REPEAT', 'FREEBUSY', 'GEO', 'COMPLETED', 'PERCENT-COMPLETE',
]);
const COMPONENTS = /^(?:VEVENT|VTODO|VJOURNAL)$/i;

export function scanIcal(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  const columns = new FieldColumns();
  // An appointment whose summary names someone (« Camille Leroy - séance 4 ») is about them: its description's
  // « Anxiété généralisée » needs no pronoun, as a table's row about its person.
  const about = new FieldColumns(true);
  let item = 0;
  let event: Array<{ value: string; place: string; summary: boolean }> = [];
  const flush = () => {
    const summary = event.find((e) => e.summary);
    let named = summary !== undefined && namesIn(summary.value, detect).length > 0;
    if (summary !== undefined && !named) {
      // (a first name that is a word too wants a context, and an appointment's summary is one: « Claire Martin -
      // massage » as « RDV avec Claire Martin » reads; the name read whole, as under a « Nom » header)
      for (const [s, e] of namesIn(summary.value, detect, APPOINTMENT)) {
        about.add('Nom', summary.value.slice(s, e), summary.place);
        named = true;
      }
    }
    for (const e of event) (named ? about : columns).add('', e.value, e.place);
    event = [];
  };
  for (const p of properties(text)) {
    if (p.name === 'BEGIN' && COMPONENTS.test(p.value)) {
      flush();
      item++;
    }
    if (NOT_TEXT.has(p.name) || /^(?:b|base64)$/i.test(p.params.ENCODING ?? '')) continue;
    const place = item > 0 ? `événement ${item}, ligne ${p.line}` : `ligne ${p.line}`;
    // a name given as a name, as in a spreadsheet's « Nom » column
    if ((p.name === 'ATTENDEE' || p.name === 'ORGANIZER') && p.params.CN) columns.add('Nom', p.params.CN, place);
    const value = unescapeText(p.value).replace(/^mailto:/i, '');
    if (value.trim()) event.push({ value, place, summary: p.name === 'SUMMARY' });
  }
  flush();
  columns.detectInto(sink, detect);
  about.detectInto(sink, detect);
}

const PERSON_NAME = TYPE_CODE.person_name;

const APPOINTMENT = 'RDV avec ';

/** The names the detectors find in an event's summary, read after `lead` (« RDV avec »): [start, end) in the summary. */
function namesIn(summary: string, detect: Detect, lead = ''): Array<[number, number]> {
  const found = detect(lead + summary.replace(/\r?\n/g, ' '), { format: 'eml' });
  const names: Array<[number, number]> = [];
  for (let i = 0; i < found.count; i++) {
    const s = found.start(i) - lead.length;
    if (found.code(i) === PERSON_NAME && s >= 0) names.push([s, s + found.length(i)]);
  }
  return names;
}
