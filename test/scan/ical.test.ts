// iCalendar (.ics): an exported calendar holds who was seen and why. Folded lines are joined (a
// name or an e-mail cut by a fold is found whole), escapes undone, attendees' names read as names;
// dates, ids and base64 attachments are not text.
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { formatOf } from '../../src/scan/formats.ts';

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'BEGIN:VEVENT',
  'DTSTART:20261203T090000Z',
  'DTEND:20261203T100000Z',
  'UID:4111111111111111@google.com',
  'SUMMARY:Séance Hélène Garnier',
  // folded in the middle of the address, as calendar software folds at 75 octets
  'DESCRIPTION:Suivie pour une dépression\\, troisième séance. Confirmer à helene.gar',
  ' nier@exemple.fr',
  'ATTENDEE;CN=Garnier;ROLE=REQ-PARTICIPANT:mailto:helene.garnier@exemple.fr',
  'LOCATION;ALTREP="https://exemple.fr/plan":Cabinet\\, 12 rue des Lilas 69003 Lyon',
  'ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=image/jpeg:/9j/4AAQSkZJRgABAQAAAQABAAD',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Europe/Paris:20261204T140000',
  'SUMMARY:Rappeler M. Rousseau au 07 81 22 33 44',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const { dir, file } = tempFolder('rempart-ics-');

describe('iCalendar (.ics)', () => {
  it('reads each event: folded lines joined, escapes undone, attendees as names', async () => {
    expect(['agenda.ICS', 'export.ical'].map(formatOf)).toEqual(['ics', 'ics']);
    const r = await analyseFile({ path: file('agenda.ics', CALENDAR), format: 'ics', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator} ${f.length}`).sort()).toEqual(
      [
        'person_name événement 1, ligne 8 14',
        'health événement 1, ligne 9 10',
        // the whole address, across the fold
        'email événement 1, ligne 9 25',
        // « Garnier » alone is a name because it is given as one (CN=)
        'person_name événement 1, ligne 11 7',
        'email événement 1, ligne 11 25',
        'postal_address événement 1, ligne 12 27',
        'person_name événement 2, ligne 17 8',
        'phone événement 2, ligne 17 14',
      ].sort(),
    );
    // no digits of an id or of a picture pass for a card number
    expect(r.counts.card).toBeUndefined();
  });

  // a calendar of events, each [summary, description?], and what its file gives: « type locator length », sorted
  const calendar = (...events: Array<[string, string?]>) => ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...events.flatMap(([summary, description], i) => ['BEGIN:VEVENT', `DTSTART:2026110${4 + i}T090000Z`, `SUMMARY:${summary}`, ...(description ? [`DESCRIPTION:${description}`] : []), 'END:VEVENT']),
    'END:VCALENDAR', ''].join('\r\n');
  const findingsOf = async (name: string, ics: string) => {
    const r = await analyseFile({ path: file(name, ics), format: 'ics', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    return r.findings.map((f) => `${f.type} ${f.locator} ${f.length}`).sort();
  };

  it('reads an appointment\'s description as about the person its summary names, not a workshop\'s', async () => {
    const ics = calendar(['Camille Leroy - séance 4', 'Anxiété généralisée\\, reprise à mi-temps thérapeutique'], ['Atelier collectif', 'Anxiété généralisée : la comprendre\\, la reconnaître']);
    expect(await findingsOf('seances.ics', ics)).toEqual(['person_name événement 1, ligne 5 13', 'health événement 1, ligne 6 19', 'health événement 1, ligne 6 22'].sort());
  });

  it('reads an appointment\'s summary as naming its client, a first name that is a word too as well (« Claire Martin - massage »)', async () => {
    const ics = calendar(['Claire Martin - massage', 'Enceinte de 5 mois\\, douleurs lombaires'], ['Marine Nationale - cérémonie'], ['Rose des vents - atelier', 'Enceinte Bluetooth à prévoir']);
    expect(await findingsOf('massages.ics', ics)).toEqual(['person_name événement 1, ligne 5 13', 'health événement 1, ligne 6 8', 'health événement 1, ligne 6 18'].sort());
  });

  it('goes through the worker threads like any document', async () => {
    const reports = await scanToList([dir], { workers: 2 });
    expect(reports.find((r) => r.path.endsWith('agenda.ics'))).toMatchObject({ format: 'ics', counts: { email: 2, health: 1 } });
  });
});
