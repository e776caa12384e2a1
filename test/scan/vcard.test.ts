// vCard (.vcf): a phone's or Google's contacts export is a client list. Each property is read
// under what it is (a surname alone is a name, a birthday a birth date), in versions 2.1
// (quoted-printable), 3.0 (folded lines, escapes) and 4.0 (URIs, compact dates); photos are not text.
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { formatOf } from '../../src/scan/formats.ts';

const CONTACTS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.0//EN',
  'N:Garnier;Hélène;;Mme;',
  'FN:Hélène Garnier',
  'ORG:Cabinet Garnier;',
  'EMAIL;type=INTERNET;type=HOME;type=pref:helene.garnier@exemple.fr',
  'TEL;type=CELL;type=VOICE;type=pref:06 47 82 91 35',
  'item1.ADR;type=HOME;type=pref:;;12 rue des Lilas;Lyon;;69003;France',
  'BDAY:1985-03-12',
  'NOTE:Suivie pour un diabète\\, rappeler en juin',
  // a photo's base64 (folded), where a run of digits must not pass for a card number
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkK',
  ' 4111111111111111',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;Ana=C3=AFs;;;',
  'TEL;CELL:0612345678',
  'ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;3 all=C3=A9e des Pins;Bordeaux;;33000;=',
  'France',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Rousseau;;;;',
  'TEL;VALUE=uri;TYPE=cell:tel:+33-7-81-22-33-44',
  'BDAY:19900201',
  'EMAIL:theo.rousseau@exemple.org',
  'END:VCARD',
  '',
].join('\r\n');

const { dir, file } = tempFolder('rempart-vcf-');

describe('vCard (.vcf)', () => {
  it('reads each field of each contact under what it is, with the contact and line as locator', async () => {
    expect(['contacts.VCF', 'carte.vcard'].map(formatOf)).toEqual(['vcf', 'vcf']);
    const r = await analyseFile({ path: file('contacts.vcf', CONTACTS), format: 'vcf', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator} ${f.length}`).sort()).toEqual(
      [
        // « Mme Hélène Garnier » (N, in the order a name is written) and « Hélène Garnier » (FN)
        'person_name contact 1, ligne 4 18',
        'person_name contact 1, ligne 5 14',
        'email contact 1, ligne 7 25',
        'phone contact 1, ligne 8 14',
        'postal_address contact 1, ligne 9 28',
        'birth_date contact 1, ligne 10 10',
        'health contact 1, ligne 11 7',
        // quoted-printable UTF-8, and an address whose soft line break is joined
        'person_name contact 2, ligne 17 13',
        'phone contact 2, ligne 18 10',
        'postal_address contact 2, ligne 19 32',
        // a surname alone, a telephone URI, a compact birthday
        'person_name contact 3, ligne 24 8',
        'phone contact 3, ligne 25 17',
        'birth_date contact 3, ligne 26 10',
        'email contact 3, ligne 27 25',
      ].sort(),
    );
  });

  it('takes a note of a contact as about that contact, without a pronoun in it', async () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Morel;Léa;;;', 'NOTE:Diabétique\\, rappeler en juin', 'END:VCARD', ''].join('\r\n');
    const r = await analyseFile({ path: file('note.vcf', card), format: 'vcf', maxFindings: 100 }, () => {});
    expect(r.findings.map((f) => `${f.type} ${f.locator}`)).toContain('health contact 1, ligne 4');
  });

  it('reads a birthday without its year (« --0315 », « --03-15 », Apple’s « 1604-03-15 ») as a birth date', async () => {
    const cards = ['--0315', '--03-15', '1604-03-15', '--1315'].map((bday, i) => ['BEGIN:VCARD', 'VERSION:3.0', `N:Morel${i};Léa;;;`, `BDAY${i === 2 ? ';X-APPLE-OMIT-YEAR=1604' : ''}:${bday}`, 'END:VCARD'].join('\r\n'));
    const r = await analyseFile({ path: file('anniversaires.vcf', cards.join('\r\n') + '\r\n'), format: 'vcf', maxFindings: 100 }, () => {});
    // the fourth has no thirteenth month
    expect(r.findings.filter((f) => f.type === 'birth_date').map((f) => `${f.locator} ${f.length}`)).toEqual(['contact 1, ligne 4 5', 'contact 2, ligne 9 5', 'contact 3, ligne 14 5']);
  });

  it('goes through the worker threads like any document', async () => {
    const reports = await scanToList([dir], { workers: 2 });
    expect(reports.find((r) => r.path.endsWith('contacts.vcf'))).toMatchObject({ format: 'vcf', counts: { person_name: 4, phone: 3, email: 2, postal_address: 2, birth_date: 2, health: 1 } });
  });
});
