// Rich Text Format: TextEdit's and WordPad's default, and many « .doc ». Its text comes out one
// paragraph per line, accents decoded (hex escapes in the document's code page, Unicode escapes
// with their fallback dropped), without the fonts, styles, pictures and metadata around it.
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { rtfToText } from '../../src/scan/extract/rtf.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { scanToList } from '../../src/scan/engine.ts';

// as macOS TextEdit writes it (Cocoa RTF)
const TEXTEDIT = String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2759
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f0\fs24 \cf0 Rendez-vous avec Mme H\'e9l\'e8ne Garnier\
T\'e9l\'e9phone\~: 06 47 82 91 35\
\
Elle est suivie pour un diab\'e8te.}`;

// as Word writes it: Unicode escapes with a fallback, a picture, document properties, a link
const WORD = String.raw`{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}
{\stylesheet{\ql \li0 Normal;}}{\info{\author Jean Dupuis}{\operator Jean Dupuis}}
{\*\rsidtbl \rsid1234567}\pard\plain Facture n\u176\'b0 2024-117 pour \u201\'c9lo\u239\'efse Martin{\pict\pngblip\picw10 4111111111111111 89504e470d0a1a0a}\par
{\field{\*\fldinst HYPERLINK "mailto:cache@exemple.fr"}{\fldrslt eloise.martin@exemple.fr}}\tab IBAN\~FR76 3000 6000 0112 3456 7890 189\par
Accolades \{ et barre \\ gard\'e9es.\line Fin{\*\unknowndestination ignor\'e9e}.}`;

const { dir, file } = tempFolder('rempart-rtf-');

describe('RTF', () => {
  it('gives the text of a TextEdit document, one paragraph per line', () => {
    expect(rtfToText(Buffer.from(TEXTEDIT, 'latin1')).split('\n')).toEqual([
      'Rendez-vous avec Mme Hélène Garnier',
      'Téléphone\u00a0: 06 47 82 91 35',
      '',
      'Elle est suivie pour un diabète.',
    ]);
  });

  it('gives the text of a Word document: Unicode escapes, fields, no picture, fonts nor properties', () => {
    expect(rtfToText(WORD).split('\n')).toEqual([
      'Facture n° 2024-117 pour Éloïse Martin',
      'eloise.martin@exemple.fr\tIBAN\u00a0FR76 3000 6000 0112 3456 7890 189',
      'Accolades { et barre \\ gardées.',
      'Fin.',
    ]);
  });

  it('decodes hex escapes in the code page the document names', () => {
    const cyrillic = iconv.encode('Ольга', 'cp1251').toString('hex').replace(/(..)/g, "\\'$1");
    expect(rtfToText(`{\\rtf1\\ansi\\ansicpg1251 ${cyrillic}\\par}`)).toBe('Ольга\n');
    // \bin skips raw bytes, whatever they hold
    expect(rtfToText('{\\rtf1 avant {\\bin4 \\par}apres}')).toBe('avant apres');
  });

  it('finds the personal data of an .rtf, and of a « .doc » that is RTF, on disk or in a zip', async () => {
    expect(formatOf('Notes.RTF')).toBe('rtf');
    const at = async (path: string, format: 'rtf' | 'doc' | 'zip') => (await analyseFile({ path, format, maxFindings: 100 }, () => {})).findings.map((f) => `${f.type} ${f.locator} ${f.length}`);
    const notes = await at(file('notes.rtf', TEXTEDIT), 'rtf');
    // the whole name, accents included: « Hélène Garnier » is 14 characters
    expect(notes).toEqual(['person_name paragraphe 1 14', 'phone paragraphe 2 14', 'health paragraphe 4 7']);
    expect(await at(file('facture.doc', WORD), 'doc')).toEqual(['person_name paragraphe 1 13', 'email paragraphe 2 24', 'iban paragraphe 2 33']);
    const zipped = await at(file('archive.zip', zipSync({ 'lettre.doc': strToU8(WORD) })), 'zip');
    expect(zipped).toContain('iban dans l’archive : lettre.doc, paragraphe 2 33');
    const reports = await scanToList([dir], { workers: 2 });
    expect(reports.find((r) => r.path === join(dir, 'notes.rtf'))).toMatchObject({ format: 'rtf', counts: { person_name: 1, phone: 1, health: 1 } });
  });
});
