// iCalendar (.ics): an exported calendar, the appointments with clients — for a therapist or a
// coach, who was seen and why. Folded lines are joined and escapes undone (RFC 5545), so that a
// name or an e-mail cut by a fold is found whole; summaries, descriptions, places and comments are
// read as text, attendees' and organizers' names (CN=) as names, with their e-mail. Dates, rules,
// ids and base64 attachments are not text. Locator « événement 3, ligne 25 ».
import { properties, unescapeText } from './content-lines.ts';
import { FieldColumns, type FindingSink } from './sink.ts';
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
  let item = 0;
  for (const p of properties(text)) {
    if (p.name === 'BEGIN' && COMPONENTS.test(p.value)) item++;
    if (NOT_TEXT.has(p.name) || /^(?:b|base64)$/i.test(p.params.ENCODING ?? '')) continue;
    const place = item > 0 ? `événement ${item}, ligne ${p.line}` : `ligne ${p.line}`;
    // a name given as a name, as in a spreadsheet's « Nom » column
    if ((p.name === 'ATTENDEE' || p.name === 'ORGANIZER') && p.params.CN) columns.add('Nom', p.params.CN, place);
    const value = unescapeText(p.value).replace(/^mailto:/i, '');
    if (value.trim()) columns.add('', value, place);
  }
  columns.detectInto(sink, detect);
}
