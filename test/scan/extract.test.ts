// Extraction in-process (no worker): encodings, line/column in UTF-16 units across blocks,
// markup, Office and PDF locators, and the French per-file errors of bad documents.
import { appendFileSync, openSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import iconv from 'iconv-lite';
import { analyseFile } from '../../src/scan/analyse.ts';
import { addLineDetections, FindingSink } from '../../src/scan/extract/sink.ts';
import { scanTextFile, type Detect, type TextFormat } from '../../src/scan/extract/text.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { docxParagraphs } from '../../src/scan/extract/docx.ts';
import type { DetectHints, FindingType } from '../../src/core/scan/types.ts';
import { Detections } from '../../src/core/scan/emit.ts';
import { detectBlock } from '../../src/core/scan/detect.ts';
import { makeCompoundFile, makeDocx, makeDocxBomb, makeOdp, makeOds, makeOdsWithCheckBoxes, makeOdsWithNotes, makeOdt, makeOdtOf, makePdf, makePdfForm, makePptx, makeXlsx, withCheckBoxes } from './engine-fixtures.ts';

const { dir, file } = tempFolder('rempart-extract-');
const analyse = (path: string) => {
  const f = formatOf(path);
  if (f === 'binaire') throw new Error('binaire');
  return analyseFile({ path, format: f, maxFindings: 1000 }, () => {});
};
const emails = (r: Awaited<ReturnType<typeof analyse>>) => r.findings.filter((f) => f.type === 'email').map((f) => ({ line: f.line, column: f.column, length: f.length, locator: f.locator }));
/** The real detectors over a text file read in blocks of `blockSize` bytes, in-process: the findings and counts. */
function readInBlocks(path: string, format: TextFormat, blockSize: number, range?: { start: number; end: number }): FindingSink {
  const sink = new FindingSink(path, 1000);
  const fd = openSync(path, 'r');
  try {
    scanTextFile({ fd, format, detect: detectBlock, sink, onBytes: () => {}, blockSize, ...(range ? { range } : {}) });
  } finally {
    closeSync(fd);
  }
  return sink;
}

/** A finding as « type line:column length », to compare two reads of a file. */
const placed = (f: FindingSink['findings'][number]) => `${f.type} ${f.line}:${f.column} ${f.length}`;

// "Œuvre 😀 : " is 11 UTF-16 units (the emoji counts 2), so the e-mail starts at column 12.
const LINES = ['Bonjour,', 'Œuvre 😀 : jeanne.martin@exemple.fr', '', 'Élève : paul.durand@exemple.org fin'];
const EXPECTED = [
  { line: 2, column: 12, length: 24, locator: undefined },
  { line: 4, column: 9, length: 23, locator: undefined },
];

describe('encodings and line/column', () => {
  it('UTF-8 with BOM and CRLF', async () => {
    const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LINES.join('\r\n'), 'utf8')]));
    expect(emails(await analyse(p))).toEqual(EXPECTED);
  });

  it('UTF-16 LE and BE with BOM (NUL bytes do not make them binary)', async () => {
    const le = file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES.join('\r\n'), 'utf16le')]));
    expect(emails(await analyse(le))).toEqual(EXPECTED);
    const beBody = Buffer.from(LINES.join('\n'), 'utf16le').swap16();
    const be = file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    expect(emails(await analyse(be))).toEqual(EXPECTED);
  });

  it('UTF-16 LE and BE without a BOM (a database\'s or a server\'s export), not 16-bit numbers of a binary file', async () => {
    const csv = ['Nom;Prénom;Email', 'Le Bihan;Gwenaëlle;gwen.lebihan@exemple.fr', 'Kerbrat;Yann;yann.kerbrat@exemple.fr', ''].join('\r\n');
    const le = await analyse(file('export-le.csv', Buffer.from(csv, 'utf16le')));
    const be = await analyse(file('export-be.csv', Buffer.from(csv, 'utf16le').swap16()));
    for (const r of [le, be]) expect([r.error, r.binary, r.counts]).toEqual([undefined, undefined, { person_name: 4, email: 2 }]);
    // little numbers on 16 bits (a measure's samples): NUL high bytes, control bytes beside them
    const samples = Buffer.alloc(4000);
    for (let i = 0; i < 2000; i++) samples.writeUInt16LE((i * 7) % 31, 2 * i);
    expect((await analyse(file('mesures.dat', samples))).binary).toBe(true);
  });

  it('Windows-1252 (no emoji in that charset)', async () => {
    const lines = ['Bonjour,', 'Œuvre – € : jeanne.martin@exemple.fr', '', 'Élève : paul.durand@exemple.org fin'];
    const p = file('cp1252.csv', iconv.encode(lines.join('\r\n'), 'win1252'));
    expect(emails(await analyse(p))).toEqual([{ ...EXPECTED[0], column: 13 }, EXPECTED[1]]);
  });

  it('Mac OS Roman (Excel for Mac\'s « CSV (Macintosh) »), told from Windows-1252 by its accented letters', async () => {
    const csv = 'Nom;Prénom;Date de naissance;Remarques\r\nQuéré;Hélène;03/11/1979;Allergique à la pénicilline\r\nLe Guével;Gaëlle;21/06/1990;Très à l’heure\r\n';
    const found = async (name: string, bytes: Buffer) => (await analyse(file(name, bytes))).findings.map((f) => [f.type, f.line, f.masked]);
    const utf8 = await found('clients-utf8.csv', Buffer.from(csv, 'utf8'));
    expect(utf8).toContainEqual(['person_name', 2, 'Q•••é']);
    expect(await found('clients-mac.csv', iconv.encode(csv, 'macintosh'))).toEqual(utf8);
    expect(await found('clients-win.csv', iconv.encode(csv, 'win1252'))).toEqual(utf8);
  });

  it('keeps line numbers, columns and the CSV header across small blocks', () => {
    const rows = ['nom;email'];
    for (let i = 0; i < 200; i++) rows.push(`Client ${i};client${i}@exemple.fr`);
    const p = file('blocks.csv', rows.join('\n'));
    const seen: DetectHints[] = [];
    const detect: Detect = (text, hints) => {
      seen.push(hints);
      const out = [];
      for (const m of text.matchAll(/client\d+@exemple\.fr/g)) out.push({ type: 'email' as const, start: m.index!, length: m[0].length });
      return Detections.of(out);
    };
    const sink = new FindingSink(p, 10_000);
    const fd = openSync(p, 'r');
    try {
      expect(scanTextFile({ fd, format: 'csv', detect, sink, onBytes: () => {}, blockSize: 128 })).toEqual({ lines: 200 });
    } finally {
      closeSync(fd);
    }
    expect(sink.findings).toHaveLength(200);
    expect(sink.findings.map((f) => f.line)).toEqual(rows.slice(1).map((_, i) => i + 2));
    expect(sink.findings.every((f, i) => f.column === `Client ${i};`.length + 1)).toBe(true);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[0]).toEqual({ format: 'csv' });
    expect(seen.slice(1).every((h) => h.headerLine === 'nom;email' && h.format === 'csv')).toBe(true);
  });

  it('finds a CSV’s header below its title and blank lines, for every block and every part of the file', () => {
    const rows = ['Liste des clients 2026;;;', ';;;', '', 'Nom;Prénom;Date de naissance;Adresse'];
    for (let i = 0; i < 60; i++) rows.push(`Kerbrat;Yannick;0${(i % 9) + 1}/03/1975;Lieu-dit Kerbastard`);
    const p = file('titre.csv', rows.join('\n') + '\n');
    const types = (sink: FindingSink) => sink.findings.map((f) => `${f.line}:${f.type}`);
    const expected = rows.slice(4).flatMap((_, i) => ['person_name', 'person_name', 'birth_date', 'postal_address'].map((t) => `${i + 5}:${t}`));
    expect(types(readInBlocks(p, 'csv', 1 << 16))).toEqual(expected);
    expect(types(readInBlocks(p, 'csv', 256))).toEqual(expected);
    // a part of the file read by another worker takes the header from the file's first lines
    const size = Buffer.byteLength(rows.join('\n') + '\n');
    // (its lines are numbered from the part's start: the merger numbers them in the file)
    const part = readInBlocks(p, 'csv', 256, { start: 1000, end: size }).findings.map((f) => f.type);
    expect(part.length).toBeGreaterThan(100);
    expect(part).toEqual(expected.slice(expected.length - part.length).map((x) => x.split(':')[1]));
  });

  it('reuses its block buffer from file to file without carrying a byte of the previous one', () => {
    const detect: Detect = (text) => Detections.of([...text.matchAll(/[a-z0-9.]+@exemple\.fr/g)].map((m) => ({ type: 'email' as const, start: m.index!, length: m[0].length })));
    const scan = (p: string) => {
      const sink = new FindingSink(p, 100_000);
      const fd = openSync(p, 'r');
      try {
        return { outcome: scanTextFile({ fd, format: 'text', detect, sink, onBytes: () => {} }), found: sink.findings.map((f) => [f.line, f.column, f.masked]) };
      } finally {
        closeSync(fd);
      }
    };
    // more than a whole block (60 KB) of addresses, then a short file: the buffer is full of the first
    const big = file('grand.txt', Array.from({ length: 20_000 }, (_, i) => `contact.${i}@exemple.fr`).join('\n'));
    expect(scan(big).found).toHaveLength(20_000);
    expect(scan(file('court.txt', 'écrire à zoe@exemple.fr\n'))).toEqual({ outcome: { lines: 1 }, found: [[1, 10, `z${'•'.repeat(12)}r`]] });
  });

  it('continues the column of a line longer than a block', () => {
    const p = file('long.txt', `${'x'.repeat(300)} a.b@exemple.fr`);
    const detect: Detect = (text) => Detections.of([...text.matchAll(/a\.b@exemple\.fr/g)].map((m) => ({ type: 'email' as const, start: m.index!, length: m[0].length })));
    const sink = new FindingSink(p, 10);
    const fd = openSync(p, 'r');
    scanTextFile({ fd, format: 'text', detect, sink, onBytes: () => {}, blockSize: 128 });
    closeSync(fd);
    expect(sink.findings.map((f) => [f.line, f.column])).toEqual([[1, 302]]);
  });

  it('cuts a line longer than a block between findings, never through one (minified JSON, UTF-8 and UTF-16)', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => ({ id: i, nom: 'Client', email: `client.numero${i}@exemple.fr`, tel: `06 12 34 ${String(i % 100).padStart(2, '0')} 78` }));
    const json = JSON.stringify(items);
    const count = (name: string, bytes: Buffer) => {
      // 4 KB blocks: some 40 cuts, each of which fell inside an e-mail or a phone half the time
      const { counts } = readInBlocks(file(name, bytes), 'json', 4096);
      return [counts.email, counts.phone];
    };
    expect(count('une-ligne.json', Buffer.from(json))).toEqual([2_000, 2_000]);
    expect(count('une-ligne-16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]))).toEqual([2_000, 2_000]);
  });

  it('keeps the first findings with their line and column, and counts every one past the cap', () => {
    const text = 'a@b.fr x\n\nzz c@d.fr\n06 12 34 56 78 e@f.fr\n';
    const at = (s: string, type: FindingType = 'email') => ({ type, start: text.indexOf(s), length: s.length });
    const sorted = [at('a@b.fr'), at('c@d.fr'), at('06 12 34 56 78', 'phone'), at('e@f.fr')];
    const sink = new FindingSink('x', 3);
    addLineDetections(sink, text, Detections.of(sorted), 10, 5);
    expect(sink.findings.map((f) => [f.type, f.line, f.column, f.masked])).toEqual([
      ['email', 10, 6, 'a••••r'],
      ['email', 12, 4, 'c••••r'],
      ['phone', 13, 1, '0••••••••••••8'],
    ]);
    expect(sink.counts).toEqual({ email: 3, phone: 1 });
    expect([sink.total, sink.truncated, sink.room]).toEqual([4, true, 0]);
    // a detector that does not sort its output still gets the right lines
    const unsorted = new FindingSink('x', 10);
    addLineDetections(unsorted, text, Detections.of([sorted[3]!, sorted[0]!, sorted[2]!]), 1, 0);
    expect(unsorted.findings.map((f) => [f.line, f.column])).toEqual([
      [4, 16],
      [1, 1],
      [4, 1],
    ]);
  });

  it('skips a file whose start is binary (control bytes: compressed data renamed .txt), not as an error', async () => {
    const packed = gzipSync(Buffer.from('nom;email\nMartin;jeanne.martin@exemple.fr\n'.repeat(200)));
    const r = await analyse(file('data.bin.txt', packed));
    expect(r.binary).toBe(true);
    expect(r.error).toBeUndefined();
    expect((await analyse(file('octets.txt', Buffer.from([1, 0, 2, 0])))).binary).toBe(true);
  });

  it('reads a PDF saved without its extension (« facture », an attachment\'s hashed name) as a PDF', async () => {
    const pdf = await makePdf([['Facture', 'IBAN FR76 3000 6000 0112 3456 7890 189']]);
    for (const name of ['facture', 'piece-jointe.0001']) {
      expect(formatOf(name)).toBe('texte');
      const r = await analyse(file(name, pdf));
      expect(r.binary).toBeUndefined();
      expect(r.findings.map((f) => [f.type, f.locator])).toEqual([['iban', 'page 1']]);
    }
  });

  it('reads stray NUL bytes in a text as spaces (a fixed-width field, padding left by a crash), columns kept', async () => {
    const lines = ['nom;email', `Martin\0\0\0;jeanne.martin@exemple.fr`, 'Durand;paul\0durand@exemple.fr', 'Petit;lea.petit@exemple.fr', ...Array<string>(20).fill('Client sans adresse;')];
    const r = await analyse(file('export.csv', lines.join('\n')));
    expect(r.binary).toBeUndefined();
    expect(r.error).toBeUndefined();
    // « paul durand@… » is not one address: the NUL separates, as the space it is read as
    expect(emails(r).map((e) => [e.line, e.column])).toEqual([
      [2, 11],
      [3, 13],
      [4, 7],
    ]);
    // 64 in a row past the start are binary data (a sparse file's hole): « BINAIRE », as before
    const holed = await analyse(file('troue.txt', `${'a@exemple.fr\n'.repeat(800)}${'\0'.repeat(64)}\nb@exemple.fr\n`));
    expect(holed.error?.code).toBe('BINAIRE');
  });
});

describe('markup', () => {
  it('HTML: tags and scripts are blanked, columns stay those of the source', async () => {
    const html = ['<html><body>', '<p class="x">Écrire à <b>marc.petit@exemple.fr</b></p>', '<script>var a = "pas.moi@exemple.fr";</script>', '<p>&eacute;t&eacute; : lea@exemple.fr</p>'].join('\n');
    const r = await analyse(file('page.html', html));
    const lines = html.split('\n');
    expect(emails(r)).toEqual([
      { line: 2, column: lines[1]!.indexOf('marc.petit@') + 1, length: 'marc.petit@exemple.fr'.length, locator: undefined },
      { line: 4, column: lines[3]!.indexOf('lea@') + 1, length: 'lea@exemple.fr'.length, locator: undefined },
    ]);
  });

  it('HTML: a link\'s target is read in its tag (mailto:, tel:), the rest of the tag is not', async () => {
    const html = '<p><a class="tel:x" href="tel:+33612345678" title="pas.moi@exemple.fr">Appeler</a> ou <a href="mailto:contact@atelier.fr?subject=Devis">écrire</a></p>';
    const r = await analyse(file('contact.html', html));
    expect(r.findings.map((f) => `${f.type} ${f.column} ${f.length}`)).toEqual([`phone ${html.indexOf('+336') + 1} 12`, `email ${html.indexOf('contact@') + 1} 18`]);
  });

  it('HTML: a line ended on screen by a tag (<br>, </p>, </td>) is a line for the context of a name or a date; line numbers stay the file\'s', () => {
    const html = [
      '<html><body><p>Bonjour,</p>',
      '<p>Merci pour le devis.</p><p>Bien à vous,</p><p>Claire Martin</p>',
      '<div>Cordialement,<br>Kerbrat Yannick<br>06 12 34 56 78</div>',
      '<table><tr><td class="libelle">Nom</td><td>Le Bihan Gwenaëlle</td></tr>',
      '<tr><td>Date de naissance</td><td>12/03/1980</td></tr>',
      '<tr><td>Adresse</td><td>12 rue des Lilas<br>75011 Paris</td></tr></table>',
      '</body></html>',
    ].join('\n');
    const lines = html.split('\n');
    const at = (line: number, value: string) => `${line}:${lines[line - 1]!.indexOf(value) + 1} ${value.length}`;
    const p = file('signature.html', html);
    const found = (blockSize: number) => readInBlocks(p, 'html', blockSize).findings.map(placed);
    const whole = found(1 << 20);
    expect(whole).toEqual([
      `person_name ${at(2, 'Claire Martin')}`,
      `person_name ${at(3, 'Kerbrat Yannick')}`,
      `phone ${at(3, '06 12 34 56 78')}`,
      `person_name ${at(4, 'Le Bihan Gwenaëlle')}`,
      `birth_date ${at(5, '12/03/1980')}`,
      `postal_address 6:${lines[5]!.indexOf('12 rue') + 1} ${'12 rue des Lilas<br>75011 Paris'.length}`,
    ]);
    // (from 200 bytes on, a block holds the two lines carried before it and the longest line)
    for (let size = 200; size <= 400; size += 3) expect({ size, found: found(size) }).toEqual({ size, found: whole });
  });

  it('HTML: a word written with entities stays one word (« Fran&ccedil;oise », « 06&nbsp;12… », « jean&#64;… »), on one line or many, whatever the blocks', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td>Mme Fran&ccedil;oise Roussel</td><td>camille.roussel${i}&#64;exemple.fr</td><td>06&nbsp;12&nbsp;34&nbsp;56&nbsp;${10 + i}</td><td>ecrire@exemple.fr</td></tr>`);
    for (const [name, html] of [
      ['lignes.html', `<html><body><table>\n${rows.join('\n')}\n</table></body></html>\n`],
      ['une-ligne.html', `<html><body><table>${rows.join('')}</table></body></html>`],
    ]) {
      const p = file(name!, html!);
      const found = (blockSize: number) => readInBlocks(p, 'html', blockSize).findings.map(placed);
      const whole = found(1 << 20);
      expect(whole.filter((f) => f.startsWith('email')).length, name).toBe(24);
      expect(whole.filter((f) => f.startsWith('phone')).length, name).toBe(12);
      expect(whole.filter((f) => f.startsWith('person_name')).length, name).toBe(12);
      // the address after the entities keeps its column in the source
      const first = html!.split('\n').find((l) => l.includes('ecrire@'))!;
      expect(whole).toContain(`email ${name === 'lignes.html' ? 2 : 1}:${first.indexOf('ecrire@') + 1} 17`);
      for (let size = 97; size <= 400; size += 3) expect({ name, size, found: found(size) }).toEqual({ name, size, found: whole });
    }
  });

  it('e-mail: encoded header words and quoted-printable bodies are decoded', async () => {
    const eml = ['From: a@b.fr', 'To: =?UTF-8?B?' + Buffer.from('Zoé <zoe.leroy@exemple.fr>').toString('base64') + '?=', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', 'Bonjour, =C3=A9crivez =C3=A0 jose.garcia=40exemple.fr merci'].join('\r\n');
    const r = await analyse(file('message.eml', eml));
    expect(emails(r).map((e) => e.line)).toEqual([1, 2, 6]);
  });

  it('e-mail: base64 text parts are decoded, an attached image is not, lines stay those of the file', async () => {
    const body = Buffer.from('Bonjour,\nmon adresse est inès.roux@exemple.fr, merci.\n'.repeat(3)).toString('base64').replace(/.{76}/g, '$&\r\n');
    const eml = [
      'From: a@b.fr',
      'Content-Type: multipart/mixed; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      body,
      '--XYZ',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('cache.pas@exemple.fr').toString('base64'),
      '--XYZ--',
      'Fin : fin@exemple.fr',
    ].join('\r\n');
    const r = await analyse(file('piece.eml', eml));
    const lines = eml.split('\r\n');
    expect(emails(r).map((e) => e.line)).toEqual([1, 8, 8, 8, lines.length]);
  });

  it('e-mail: a block may end anywhere — inside a part\'s headers, inside a decoded address, before the end of an unclosed body — and nothing is lost', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n');
    const box = [
      'From - Mon Mar 02 09:00:00 2026',
      'From: Client <client.un@exemple.fr>',
      'Content-Type: multipart/mixed; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64(`Bonjour,\nécrivez à lea.martin@exemple.org ou à paul.durand@exemple.org.\n${'Merci pour votre message. '.repeat(6)}Appelez le 06 12 34 56 78.\n`),
      '--B--',
      '',
      'From - Mon Mar 02 10:00:00 2026',
      'From: Autre <client.deux@exemple.fr>',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      // a last body that the file ends without a boundary, its address last
      b64(`${'Un long message sans importance. '.repeat(5)}Écrivez à zoe.leroy@exemple.fr`),
    ].join('\n');
    const p = file('boite.eml', box);
    // (the lengths too: half an address is still an address)
    const found = (blockSize: number) => {
      const sink = readInBlocks(p, 'eml', blockSize);
      return { counts: sink.counts, lengths: sink.findings.map((f) => `${f.type} ${f.length}`).sort() };
    };
    const whole = found(1 << 20);
    expect(whole.counts).toEqual({ email: 5, phone: 1 });
    // every cut from 97 to 300 bytes: header lines, base64 lines, the decoded text all cut somewhere
    for (let size = 97; size <= 300; size++) expect({ size, ...found(size) }).toEqual({ size, ...whole });
  });

  it('e-mail: quoted-printable, declared by a later message, its lines wrapped by soft line breaks read whole', () => {
    const box = [
      'From - Mon Mar 02 09:00:00 2026',
      'From: Client <client.un@exemple.fr>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...Array.from({ length: 6 }, () => 'Un message ordinaire, sans encodage particulier, assez long pour remplir un bloc.'),
      '',
      'From - Mon Mar 02 10:00:00 2026',
      'From: Autre <client.deux@exemple.fr>',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Bonjour, vous pouvez =C3=A9crire =C3=A0 ma coll=C3=A8gue, son adresse est jean.dupont@exem=',
      'ple.fr, ou appelez le 06 12 34 56 78 quand vous voulez, ou encore =C3=A0 l=E2=80=99adre=',
      'sse de l=E2=80=99atelier : atelier.bois@exemple.fr merci. Ou encore : tr=',
      // a word cut twice
      'es.longue.adresse@ex=',
      'emple.fr merci.',
      // a name and an address wrapped between their words
      '=C3=89crivez =C3=A0 Mme H=C3=A9l=C3=A8ne =',
      'Lef=C3=A8vre, au 12 rue des Tilleuls, =',
      '69003 Lyon.',
      // the file ends on a soft break
      'Fin : fin@exemple.fr=',
      '',
    ].join('\n');
    const p = file('qp.mbox', box);
    const found = (blockSize: number) =>
      readInBlocks(p, 'eml', blockSize)
        .findings.map(placed);
    const whole = found(1 << 20);
    // A wrapped line is read whole on its first line, its findings' columns counted in the decoded
    // line (=C3=A9 is one character); the lines after keep their numbers.
    const lines = box.split('\n');
    const decoded = (from: number, to: number) =>
      lines
        .slice(from - 1, to)
        .map((l) => l.replace(/=$/, ''))
        .join('')
        .replace(/(?:=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));
    const at = (word: string, from: number, to: number) => `${from}:${decoded(from, to).indexOf(word) + 1}`;
    expect(whole).toEqual([
      'email 2:15 20',
      'email 13:14 22',
      `email ${at('jean.dupont@', 17, 21)} 22`,
      `phone ${at('06 12', 17, 21)} 14`,
      `email ${at('atelier.bois@', 17, 21)} 23`,
      `email ${at('tres.longue', 17, 21)} 30`,
      `person_name ${at('Hélène', 22, 24)} 14`,
      `postal_address ${at('12 rue', 22, 24)} 31`,
      'email 25:7 14',
    ]);
    for (let size = 97; size <= 300; size++) expect({ size, found: found(size) }).toEqual({ size, found: whole });
  });

  it('e-mail: HTML parts are read as HTML (entities, tags, comments), other parts as they are, whatever the blocks', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n');
    const htmlPart = '<p>Appelez Ren&eacute;e au 07&nbsp;98&nbsp;76&nbsp;54&nbsp;32, ou <a href="mailto:renee.blanc@exemple.fr">écrivez-moi</a>';
    const box = [
      'From - Mon Mar 02 09:00:00 2026',
      'From: Formulaire <noreply@site.fr>',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><head><style>td { color: #333 }</style></head><body><table>',
      '<!--',
      '  gabarit du formulaire',
      '-->',
      '<tr><td>Nom&nbsp;:</td><td>Fran&ccedil;oise Roussel</td></tr>',
      '<tr><td>T&eacute;l&eacute;phone</td><td>06&nbsp;12&nbsp;34&nbsp;56&nbsp;78</td></tr>',
      '<tr><td>E-mail</td><td><a href=3D"mailto:francoise.roussel@exemple.fr">francoise.roussel@exemple.fr</a></td></tr>',
      '</table></body></html>',
      '',
      'From - Mon Mar 02 10:00:00 2026',
      'From: Client <client.deux@exemple.fr>',
      'Content-Type: multipart/alternative;',
      '\tboundary="----=_Part_7"',
      '',
      '------=_Part_7',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      // (a part may end on a soft line break: the boundary after it is no piece of its line)
      '=C3=89crivez =C3=A0 lea.martin@exemple.org si 3 < 4.=',
      '------=_Part_7',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64(htmlPart),
      '------=_Part_7',
      'Content-Type: message/rfc822',
      '',
      'From: Transfert <transfert@exemple.fr>',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Son num&eacute;ro : 01&nbsp;45&nbsp;67&nbsp;89&nbsp;10</p>',
      '------=_Part_7--',
      '',
      'From - Mon Mar 02 11:00:00 2026',
      'From: Autre <client.trois@exemple.fr>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Un texte brut : <pas une balise, paul.durand@exemple.org> et &eacute; reste tel quel.',
      '',
    ].join('\n');
    const p = file('formulaires.mbox', box);
    const found = (blockSize: number) =>
      readInBlocks(p, 'eml', blockSize)
        .findings.filter((f) => f.type === 'email' || f.type === 'phone')
        .map(placed);
    const whole = found(1 << 20);
    const b64First = box.split('\n').indexOf(b64(htmlPart).split('\n')[0]!) + 1;
    /** Line and column of a word in the file. */
    const at = (word: string) => {
      const lines = box.split('\n');
      const i = lines.findIndex((l) => l.includes(word));
      return `${i + 1}:${lines[i]!.indexOf(word) + 1}`;
    };
    expect(whole).toEqual([
      `email ${at('noreply@')} 15`,
      // the phone written with entities
      `phone ${at('06&nbsp;')} 14`,
      // the link's target and its text (« =3D » decoded: two columns less)
      'email 12:40 28',
      'email 12:70 28',
      `email ${at('client.deux@')} 22`,
      `email ${at('lea.martin@').split(':')[0]}:11 22`,
      // the base64 HTML part, decoded on its first line, then masked: the phone, and the address in the link only
      `phone ${b64First}:${htmlPart.indexOf('07&nbsp;') + 1} 14`,
      `email ${b64First}:${htmlPart.indexOf('renee.blanc@') + 1} 22`,
      // a forwarded message: its own headers, then its HTML body
      `email ${at('transfert@')} 20`,
      `phone ${at('01&nbsp;')} 14`,
      `email ${at('client.trois@')} 23`,
      // a « < » in a plain message is no tag: the text after it is read
      `email ${at('paul.durand@')} 23`,
    ]);
    const names = readInBlocks(p, 'eml', 1 << 20).findings.filter((f) => f.type === 'person_name').map((f) => f.line);
    expect(names).toContain(10); // « Fran&ccedil;oise Roussel »
    // with small blocks, each block's base64 lines are decoded onto its first one (the last word held back may
    // come on the boundary line after them): their findings keep their type and length
    const b64Lines = new Set(box.split('\n').flatMap((l, i) => (b64(htmlPart).includes(l) && l.length > 0 ? [i + 1, i + 2] : [])));
    const unplaced = (f: string) => (b64Lines.has(Number(f.split(/[ :]/)[1])) ? f.replace(/ \d+:\d+ /, ' ') : f);
    for (let size = 97; size <= 300; size++) expect({ size, found: found(size).map(unplaced) }).toEqual({ size, found: whole.map(unplaced) });
  });

  it('a web page saved as one file (.mht, .mhtml: MIME, its HTML quoted-printable) is read as an e-mail, its images not', async () => {
    const mht = [
      'From: <Enregistré par Blink>',
      'Snapshot-Content-Location: https://crm.exemple.fr/clients',
      'Subject: Clients',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--x1----"',
      '',
      '------MultipartBoundary--x1----',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://crm.exemple.fr/clients',
      '',
      '<html><body><table><tr><td>Mme Fran=C3=A7oise Roussel</td><td>06&nbsp;12&nbsp;34&nbsp;56&nbsp;78</td><td>fr=',
      'ancoise.roussel@exemple.fr</td></tr></table></body></html>',
      '------MultipartBoundary--x1----',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://crm.exemple.fr/logo.png',
      '',
      Buffer.from('cache.pas@exemple.fr').toString('base64'),
      '------MultipartBoundary--x1------',
      '',
    ].join('\r\n');
    for (const name of ['clients.mht', 'clients.mhtml']) {
      const r = await analyse(file(name, mht));
      expect(r.findings.map((f) => `${f.type} ${f.line}`), name).toEqual(['person_name 14', 'phone 14', 'email 14']);
      expect(r.unread, name).toBeUndefined();
    }
  });

  it('reads a signature with the line above it even when a block ends between them (UTF-8, UTF-16 LE and BE, CRLF)', () => {
    const letter = (i: number) => `Bonjour,\nVoici le devis demandé pour les travaux, numéro ${i}.\nBien à vous,\n\nAylan Bertrand\n\nMerci d’avance,\nCamille Roussel\n\n`;
    const text = Array.from({ length: 12 }, (_, i) => letter(i)).join('');
    const crlf = text.replace(/\n/g, '\r\n');
    // (bytes per character: a block must hold the two carried lines and the next one)
    for (const [name, bytes, unit] of [
      ['courriers.txt', Buffer.from(text), 1],
      ['courriers-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]), 2],
      ['courriers-be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(crlf, 'utf16le').swap16()]), 2],
    ] as const) {
      const p = file(name, bytes);
      const names = (blockSize: number) =>
        readInBlocks(p, 'text', blockSize)
          .findings.filter((f) => f.type === 'person_name')
          .map((f) => `${f.line}:${f.column}:${f.length}`);
      const whole = names(1 << 20);
      expect(whole, name).toHaveLength(24);
      for (let size = 90 * unit; size <= 200 * unit; size++) expect({ name, size, names: names(size) }).toEqual({ name, size, names: whole });
    }
  });

  it('reads a signature with the line above it even when a part of the file (read by another worker) starts between them', () => {
    const letter = (i: number) => `Bonjour,\nVoici le devis demandé pour les travaux, numéro ${i}.\nBien à vous,\n\nAylan Bertrand\n\nMerci d’avance,\nCamille Roussel\n\n`;
    const content = Array.from({ length: 6 }, (_, i) => letter(i)).join('');
    const p = file('parties.txt', content);
    const found = (sink: FindingSink) => sink.findings.filter((f) => f.type === 'person_name').map((f) => `${f.column}:${f.length}`);
    const whole = found(readInBlocks(p, 'text', 1 << 20));
    expect(whole).toHaveLength(12);
    // two parts split at every byte of the third letter (the second part's lines count from its first)
    const bytes = Buffer.from(content);
    const third = bytes.indexOf('numéro 2');
    for (let at = third; at < third + Buffer.byteLength(letter(2)); at++) {
      const parts = [...found(readInBlocks(p, 'text', 4096, { start: 0, end: at })), ...found(readInBlocks(p, 'text', 4096, { start: at, end: bytes.length }))];
      expect({ at, parts }).toEqual({ at, parts: whole });
    }
  });
});

describe('documents', () => {
  it('DOCX: locator « paragraphe N », headers too', async () => {
    const r = await analyse(file('lettre.docx', makeDocx(['Madame,', '', 'Écrivez-moi à claire.bernard@exemple.fr.', 'Cordialement'], ['Cabinet', 'Contact : secretariat.dupuis@exemple.fr'])));
    expect(r.error).toBeUndefined();
    expect(emails(r)).toEqual([
      { line: undefined, column: undefined, length: 'claire.bernard@exemple.fr'.length, locator: 'paragraphe 3' },
      { line: undefined, column: undefined, length: 'secretariat.dupuis@exemple.fr'.length, locator: 'en-tête, paragraphe 2' },
    ]);
  });

  it('DOCX: a tracked change\'s deleted text is read too (it stays in the file)', async () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">Écrire à </w:t></w:r><w:del w:id="1" w:author="Julie"><w:r><w:delText>paul.durand@exemple.fr</w:delText></w:r></w:del><w:ins w:id="2" w:author="Julie"><w:r><w:t>contact@exemple.fr</w:t></w:r></w:ins></w:p>';
    const docx = zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });
    const r = await analyse(file('revu.docx', docx));
    expect(r.error).toBeUndefined();
    expect(emails(r).map((e) => [e.locator, e.length])).toEqual([['paragraphe 1', 22], ['paragraphe 1', 18]]);
  });

  it('DOCX: a form\'s boxes drawn with a symbol font or a legacy check box are read as « ☐ » and « ☒ »', async () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    // a Word 97 check box: its state is in the field's data (w:checked, else w:default), the box itself is drawn, not written
    const legacy = (state: string) => `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="CaseACocher1"/><w:enabled/><w:checkBox><w:sizeAuto/>${state}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    // a symbol typed in a run set in Wingdings: the letter « o » is drawn as an empty box, « þ » as a ticked one
    const wingdings = (t: string) => `<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>${t}</w:t></w:r>`;
    const body = [
      `<w:p>${run('Nom : GARNIER   Prénom : Laetitia')}</w:p>`,
      `<w:p>${run('Contre-indications (cocher) :')}</w:p>`,
      `<w:p>${sym('Wingdings', 'F0FE')}${run(' Grossesse en cours')}</w:p>`,
      `<w:p>${sym('Wingdings', 'F0A8')}${run(' Diabète')}</w:p>`,
      `<w:p>${sym('Wingdings 2', 'F0A3')}${run(' Hypertension')}</w:p>`,
      `<w:p>${legacy('<w:default w:val="0"/>')}${run(' Épilepsie')}</w:p>`,
      `<w:p>${legacy('<w:default w:val="0"/><w:checked/>')}${run(' Rosacée')}</w:p>`,
      `<w:p>${legacy('<w:default w:val="1"/>')}${run(' Eczéma')}</w:p>`,
      `<w:p>${legacy('<w:default w:val="1"/><w:checked w:val="0"/>')}${run(' Asthme')}</w:p>`,
      `<w:p>${wingdings('o')}${run(' Psoriasis')}</w:p>`,
      `<w:p>${wingdings('þ')}${run(' Acné')}</w:p>`,
    ].join('');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    expect(docxParagraphs(xml).slice(2)).toEqual(['☒ Grossesse en cours', '☐ Diabète', '☐ Hypertension', '☐ Épilepsie', '☒ Rosacée', '☒ Eczéma', '☐ Asthme', '☐ Psoriasis', '☒ Acné']);
    const r = await analyse(file('contre-indications.docx', zipSync({ 'word/document.xml': strToU8(xml) })));
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.type === 'health').map((f) => f.locator)).toEqual(['paragraphe 3', 'paragraphe 7', 'paragraphe 8', 'paragraphe 11']);
  });

  it('DOCX: a Word 97 drop-down is read as the entry chosen (no part of the text)', async () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const dropDown = (chosen: string, entries: string[]) => `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="ListeDeroulante1"/><w:enabled/><w:ddList>${chosen}${entries.map((e) => `<w:listEntry w:val="${e}"/>`).join('')}</w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = [
      `<w:p>${run('Cliente : Mme Laetitia GARNIER, née le 12/03/1985')}</w:p>`,
      `<w:p>${run('Contre-indication : ')}${dropDown('<w:result w:val="2"/>', ['Aucune', 'Diabète', 'Épilepsie'])}</w:p>`,
      `<w:p>${run('Peau : ')}${dropDown('<w:default w:val="1"/>', ['Normale', 'Rosacée'])}</w:p>`,
      `<w:p>${run('Allergie : ')}${dropDown('', ['Aucune', 'Latex'])}</w:p>`,
    ].join('');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    expect(docxParagraphs(xml).slice(1)).toEqual(['Contre-indication :  Épilepsie ', 'Peau :  Rosacée ', 'Allergie :  Aucune ']);
    const r = await analyse(file('fiche.docx', zipSync({ 'word/document.xml': strToU8(xml) })));
    expect(r.findings.filter((f) => f.type === 'health').map((f) => f.locator)).toEqual(['paragraphe 2', 'paragraphe 3']);
  });

  it('XLSX: locator « Feuille!B3 » across shared strings and sheets', async () => {
    const xlsx = await makeXlsx({ Notes: [['rien']], Clients: [['Nom', 'Courriel'], ['Martin', 'jeanne.martin@exemple.fr'], ['Durand', 'paul.durand@exemple.org']] });
    const r = await analyse(file('clients.xlsx', xlsx));
    expect(r.error).toBeUndefined();
    expect(emails(r).map((e) => e.locator)).toEqual(['Clients!B2', 'Clients!B3']);
    // under « Nom », each cell is a name; the header is none
    expect(r.findings.filter((f) => f.type === 'person_name').map((f) => [f.locator, f.length])).toEqual([
      ['Clients!A2', 6],
      ['Clients!A3', 6],
    ]);
  });

  it('XLSX: a shop\'s catalogue names products under « Nom », a client sheet people', async () => {
    const xlsx = await makeXlsx({ Produits: [['Nom', 'Catégorie', 'Prix'], ['Bougie parfumée', 'Déco', 12], ['Ambre', 'Bougies', 15]], Clients: [['Nom', 'Ville', 'Montant'], ['Leroy Anne', 'Brest', 80]] });
    const r = await analyse(file('boutique.xlsx', xlsx));
    expect(r.findings.map((f) => `${f.type} ${f.locator}`)).toEqual(['person_name Clients!A2']);
  });

  it('XLSX: a client card written down the sheet (labels in a column) reads each value under its label, once', async () => {
    const xlsx = await makeXlsx({
      'Fiche client': [
        ['Fiche client', '', ''],
        ['Nom', 'Le Bihan Gwenaëlle', ''],
        ['Date de naissance', '12/03/1980', ''],
        ['Téléphone', '', '612345678'],
        ['Courriel', 'gwen.lebihan@exemple.fr', ''],
        ['Remarque', 'Facture du 14/02/2024', ''],
      ],
      // an ordinary table: its first row is the header, no column of labels
      Clients: [['Nom', 'Téléphone'], ['Durand', '0612345678'], ['Martin', '0698765432']],
    });
    const r = await analyse(file('fiche.xlsx', xlsx));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator}`).sort()).toEqual([
      "birth_date 'Fiche client'!B3",
      "email 'Fiche client'!B5",
      "person_name 'Fiche client'!B2",
      "phone 'Fiche client'!C4",
      'person_name Clients!A2',
      'person_name Clients!A3',
      'phone Clients!B2',
      'phone Clients!B3',
    ].sort());
  });

  it('XLSX, ODS: a health questionnaire\'s drawn check boxes (Excel\'s, LibreOffice Calc\'s form controls) are read with their state', async () => {
    const questionnaire = [
      ['Questionnaire de santé — massage'],
      ['Nom', 'Perrot', 'Antécédents (cochez)'],
      ['Prénom', 'Claire', '', 'Diabète'],
      ['Date de naissance', '22/09/1979', '', 'Épilepsie'],
      ['Téléphone', '0612345678', 'Phlébite', ''],
      ['', '', 'Êtes-vous enceinte ?'],
      [''],
      ['', '', 'Prenez-vous des anticoagulants ?'],
    ];
    const xlsx = await makeXlsx({ Questionnaire: questionnaire });
    const drawn = [
      // boxes whose label is the text typed beside them: ticked, left unchecked, and on the label's right
      { col: 3, row: 3, checked: true, label: '' },
      { col: 3, row: 4, checked: false, label: '' },
      { col: 4, row: 5, checked: false, label: '' },
      // a question answered by two boxes labelled « Oui » and « Non »
      { col: 4, row: 6, checked: false, label: 'Oui' },
      { col: 5, row: 6, checked: true, label: 'Non' },
      { col: 4, row: 8, checked: true, label: 'Oui' },
      { col: 5, row: 8, checked: false, label: 'Non' },
      // a box with its own label
      { col: 3, row: 7, checked: true, label: 'Grossesse de moins de 3 mois' },
      { col: 4, row: 7, checked: false, label: 'Varices' },
    ];
    const boxes = withCheckBoxes(xlsx, drawn);
    const health = async (data: Uint8Array, name = 'questionnaire.xlsx') => {
      const r = await analyse(file(name, data));
      expect(r.error).toBeUndefined();
      return r.findings.filter((f) => f.type === 'health').map((f) => f.locator).sort();
    };
    expect(await health(boxes)).toEqual(['Questionnaire!C7', 'Questionnaire!C8', 'Questionnaire!D3']);
    // without its boxes, the sheet said each condition, and asked the questions
    expect(await health(xlsx)).toEqual(['Questionnaire!C5', 'Questionnaire!C6', 'Questionnaire!C8', 'Questionnaire!D3', 'Questionnaire!D4']);
    // LibreOffice Calc's check boxes, the same form saved as .ods: read alike
    const ods = makeOdsWithCheckBoxes('Questionnaire', questionnaire.map((r) => r.map(String)), drawn);
    expect(await health(ods, 'questionnaire.ods')).toEqual(['Questionnaire!C7', 'Questionnaire!C8', 'Questionnaire!D3']);
    expect(await health(makeOds('Questionnaire', questionnaire), 'questionnaire.ods')).toEqual(['Questionnaire!C5', 'Questionnaire!C6', 'Questionnaire!C8', 'Questionnaire!D3', 'Questionnaire!D4']);
  });

  it('XLSX: a booking export\'s question beside its answer (Calendly\'s « Question 1 », « Response 1 ») is read by the answer', async () => {
    const xlsx = await makeXlsx({ Export: [['Invitee Name', 'Invitee Email', 'Question 1', 'Response 1'], ['Claire Martin', 'claire@exemple.fr', 'Êtes-vous enceinte ?', 'Oui'], ['Paul Leroy', 'paul@exemple.fr', 'Êtes-vous enceinte ?', 'Non']] });
    const r = await analyse(file('calendly.xlsx', xlsx));
    // (the question itself said « enceinte » on every row, answered no as well)
    expect(r.findings.filter((f) => f.type === 'health').map((f) => f.locator)).toEqual(['Export!D2']);
  });

  it('XLSX: a health note in a table of people is about the row’s person, in a table of products about nobody', async () => {
    const xlsx = await makeXlsx({
      Patients: [['Prénom', 'Nom', 'Notes', 'Antécédents'], ['Gwen', 'Le Bihan', 'diabétique', 'Néant'], ['Léa', 'Morel', 'RAS', 'Lombalgie chronique']],
      // a menu's « Allergies » column is no one's health
      Produits: [['Produit', 'Notes', 'Allergies'], ['Confiture sans sucre', 'diabétique', 'fruits à coque']],
    });
    const r = await analyse(file('patients.xlsx', xlsx));
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.type === 'health').map((f) => f.locator).sort()).toEqual(['Patients!C2', 'Patients!D3']);
  });

  it('XLSX: a patient table\'s « Motif » is their health, a plumber\'s is not; and no business under « Client »', async () => {
    const xlsx = await makeXlsx({
      Rendez_vous: [['Patient', 'Date', 'Motif'], ['Bruno Garnier', '04/11/2026', 'Deuil'], ['Inès Benali', '05/11/2026', 'RAS']],
      Chantiers: [['Client', 'Date', 'Motif'], ['Josiane Perrin', '14/10/2026', 'Fuite'], ['Boulangerie Le Fournil', '15/10/2026', 'Four']],
    });
    const r = await analyse(file('agenda.xlsx', xlsx));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => `${f.type} ${f.locator}`).sort()).toEqual(['health Rendez_vous!C2', 'person_name Chantiers!A2', 'person_name Rendez_vous!A2', 'person_name Rendez_vous!A3']);
  });

  it('XLSX, ODS: a table below its title, a blank row and group headings has its header there', async () => {
    const rows = [['Liste des clients 2026'], [], ['Identité', '', 'Coordonnées'], ['Nom', 'Prénom', 'Date de naissance', 'Adresse'], ['Kerbrat', 'Yannick', '03/03/1975', 'Lieu-dit Kerbastard']];
    const expected = ['person_name Clients!A5', 'person_name Clients!B5', 'birth_date Clients!C5', 'postal_address Clients!D5'];
    const placed = (r: Awaited<ReturnType<typeof analyse>>) => r.findings.map((f) => `${f.type} ${f.locator}`).sort();
    expect(placed(await analyse(file('titre.xlsx', await makeXlsx({ Clients: rows }))))).toEqual(expected.sort());
    const ods = makeOds('Clients', rows.map((r) => (r.length > 0 ? r : [''])));
    expect(placed(await analyse(file('titre.ods', ods)))).toEqual(expected.sort());
  });

  it('XLSX: a bank export’s « Contrepartie » names a person only when written as one, and the sheet is no table of people', async () => {
    const xlsx = await makeXlsx({ Relevé: [['Date', 'Contrepartie', 'Note'], ['12/03/2024', 'LE BIHAN GWENAELLE', 'diabétique'], ['13/03/2024', 'LEROY MERLIN', '']] });
    const r = await analyse(file('releve.xlsx', xlsx));
    expect(r.findings.map((f) => `${f.type} ${f.locator}`)).toEqual(['person_name Relevé!B2']);
  });

  it('ODS: locator with the sheet name, repeated empty rows cost nothing', async () => {
    const r = await analyse(file('clients.ods', makeOds('Mes clients', [['Nom', 'Courriel'], ['Martin', 'jeanne.martin@exemple.fr']])));
    expect(r.error).toBeUndefined();
    expect(emails(r).map((e) => e.locator)).toEqual(["'Mes clients'!B2"]);
  });

  it('ODT: locator « paragraphe N », headings count as paragraphs', async () => {
    const r = await analyse(file('lettre.odt', makeOdt(['Madame,', 'Écrivez-moi à claire.bernard@exemple.fr.'])));
    expect(r.error).toBeUndefined();
    expect(emails(r)).toEqual([{ line: undefined, column: undefined, length: 'claire.bernard@exemple.fr'.length, locator: 'paragraphe 3' }]);
  });

  it('PPTX: locator « diapositive N, paragraphe M », speaker notes too', async () => {
    const pptx = makePptx([['Formation RGPD', 'Participante : claire.bernard@exemple.fr'], ['Questions ?']], { 2: ['Rappeler paul.durand@exemple.org & son associé'] });
    const r = await analyse(file('formation.pptx', pptx));
    expect(r.error).toBeUndefined();
    expect(emails(r).map((e) => e.locator)).toEqual(['diapositive 1, paragraphe 2', 'notes de la diapositive 2, paragraphe 1']);
  });

  it('PPTX: the comments PowerPoint for Microsoft 365 writes (« modernComment_… »), replies included', async () => {
    const cm = '<?xml version="1.0" encoding="UTF-8"?><p188:cmLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p188="http://schemas.microsoft.com/office/powerpoint/2018/8/main"><p188:cm id="{1}"><p188:replyLst><p188:reply id="{2}"><p188:txBody><a:bodyPr/><a:p><a:r><a:t>Sa fille : julie.martin@exemple.fr</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst><p188:txBody><a:bodyPr/><a:p><a:r><a:t>Écrire à paul.durand@exemple.org</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>';
    const pptx = unzipSync(makePptx([['Formation RGPD']]));
    pptx['ppt/comments/modernComment_100_5F2C4E7B.xml'] = strToU8(cm);
    const r = await analyse(file('modern.pptx', zipSync(pptx)));
    expect(r.error).toBeUndefined();
    expect(emails(r).map((e) => e.locator)).toEqual(['commentaires, paragraphe 1', 'commentaires, paragraphe 2']);
  });

  it('ODP: locator « diapositive N, paragraphe M »', async () => {
    const r = await analyse(file('atelier.odp', makeOdp([['Atelier'], ['Inscrits', 'Écrire à claire.bernard@exemple.fr']])));
    expect(r.error).toBeUndefined();
    expect(emails(r).map((e) => e.locator)).toEqual(['diapositive 2, paragraphe 2']);
  });

  it('PDF: locator « page N »', async () => {
    const pdf = await makePdf([['Première page sans donnée.'], ['Contact : louis.robert@exemple.fr']]);
    const r = await analyse(file('facture.pdf', pdf));
    expect(r.error).toBeUndefined();
    expect(r.pages).toBe(2);
    expect(emails(r)).toEqual([{ line: undefined, column: undefined, length: 23, locator: 'page 2' }]);
  });
});

describe('comments in an .odt', () => {
  it('reads a comment apart from the paragraph it is on, whose words it no longer glues together', async () => {
    const para = '<text:p>Client : Le Bihan<office:annotation><dc:creator>Julie Martin</dc:creator><dc:date>2026-01-05T10:32:00</dc:date><text:p>Cliente diabétique</text:p></office:annotation> Gwenaëlle, 06 12 34 56 78</text:p>';
    const odt = makeOdtOf(para);
    const r = await analyse(file('suivi.odt', odt));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator, f.length])).toEqual([
      ['person_name', 'paragraphe 1', 'Le Bihan Gwenaëlle'.length],
      ['phone', 'paragraphe 1', 14],
      ['person_name', 'commentaire 1', 'Julie Martin'.length],
      ['health', 'commentaire 1', 'diabétique'.length],
    ]);
  });
  it('reads a form\'s check boxes where the paragraph draws them, their label with their state (never read before)', async () => {
    const box = (id: string, label: string, state: string) => `<form:checkbox form:name="${id}" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" xml:id="${id}" form:id="${id}" form:label="${label}" form:current-state="${state}"><form:properties/></form:checkbox>`;
    const forms = `<office:forms><form:form form:name="Formulaire">${box('control1', 'Grossesse en cours', 'checked')}${box('control2', 'Diabète', 'unchecked')}${box('control3', 'Épilepsie', 'unchecked')}</form:form></office:forms>`;
    const drawn = (id: string) => `<draw:control text:anchor-type="as-char" draw:control="${id}" svg:width="4cm" svg:height="0.5cm"/>`;
    const paras = `<text:p>Nom : GARNIER   Prénom : Laetitia</text:p><text:p>Contre-indications (cocher) :</text:p><text:p>${drawn('control1')}</text:p><text:p>${drawn('control2')}</text:p><text:p>${drawn('control3')}</text:p>`;
    const odt = makeOdtOf(`${forms}${paras}`);
    const r = await analyse(file('contre-indications.odt', odt));
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.type === 'health').map((f) => f.locator)).toEqual(['paragraphe 3']);
  });
  it('reads what was typed in a form\'s text fields where the paragraph draws them (never read before)', async () => {
    const field = (tag: string, id: string, value: string) => `<form:${tag} form:name="${id}" xml:id="${id}" form:id="${id}" form:current-value="${value}"><form:properties/></form:${tag}>`;
    const forms = `<office:forms><form:form form:name="Formulaire">${field('text', 'control1', 'Laetitia Garnier')}${field('formatted-text', 'control2', '06 12 34 56 78')}${field('textarea', 'control3', 'Asthme, allergie au latex')}${field('text', 'control4', '')}</form:form></office:forms>`;
    const drawn = (id: string) => `<draw:control text:anchor-type="as-char" draw:control="${id}" svg:width="6cm" svg:height="0.5cm"/>`;
    const paras = `<text:p>Nom et prénom : ${drawn('control1')}</text:p><text:p>Téléphone : ${drawn('control2')}</text:p><text:p>Problèmes de santé : ${drawn('control3')}</text:p><text:p>Remarques : ${drawn('control4')}</text:p>`;
    const odt = makeOdtOf(`${forms}${paras}`);
    const r = await analyse(file('inscription.odt', odt));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'paragraphe 1'],
      ['phone', 'paragraphe 2'],
      ['health', 'paragraphe 3'],
    ]);
  });
});

describe('comments drawn on a PDF', () => {
  it('reads a sticky note\'s text, apart from the page\'s', async () => {
    const r = await analyse(file('devis.pdf', await makePdfForm([], ['Client : Julie Martin, rappeler au 06 12 34 56 78'])));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'page 1, commentaire'],
      ['phone', 'page 1, commentaire'],
    ]);
  });
});

describe('comments on spreadsheet cells', () => {
  it('reads an .xlsx note apart from its cell, about the sheet\'s people', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Clients');
    ws.addRow(['Nom', 'Prénom', 'Ville']);
    ws.addRow(['Dupont', 'Marie', 'Brest']);
    ws.getCell('A2').note = 'Cliente diabétique, rappeler au 06 12 34 56 78';
    const r = await analyse(file('notes.xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'Clients!A2'],
      ['person_name', 'Clients!B2'],
      ['health', 'Clients!A2, commentaire'],
      ['phone', 'Clients!A2, commentaire'],
    ]);
  });

  it('keeps an .ods comment out of its cell\'s value (a commented name was read as « Julie 2026-01-05… Dupont »)', async () => {
    const ods = makeOdsWithNotes('Clients', [['Nom', 'Prénom'], [{ value: 'Dupont', note: 'Cliente diabétique', author: 'Julie Martin' }, 'Marie']]);
    const r = await analyse(file('notes.ods', ods));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'Clients!A2'],
      ['person_name', 'Clients!B2'],
      ['person_name', 'Clients!A2, commentaire'],
      ['health', 'Clients!A2, commentaire'],
    ]);
  });
});

describe('a filled PDF form', () => {
  it('reads what was typed in its fields, under their labels (none of it is in the page\'s text)', async () => {
    const pdf = await makePdfForm([
      { label: 'Nom :', name: 'nom', value: 'Le Bihan' },
      { label: 'Prénom :', name: 'Text2', value: 'Gwenaëlle' },
      { label: 'Date de naissance :', name: 'Text3', value: '12/03/1985' },
      { label: 'Courriel :', name: 'Text4', value: 'gwen.lebihan@exemple.fr' },
      { label: 'Allergies :', name: 'Text5', value: 'Arachides' },
      { label: 'Remarques :', name: 'Text6', value: 'Rappeler lundi' },
    ]);
    const r = await analyse(file('inscription.pdf', pdf));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'page 1, champ « nom »'],
      ['person_name', 'page 1, champ « Text2 »'],
      ['birth_date', 'page 1, champ « Text3 »'],
      ['email', 'page 1, champ « Text4 »'],
      ['health', 'page 1, champ « Text5 »'],
    ]);
  });

  it('reads what a ticked check box says, its label printed beside it; not what is left unchecked', async () => {
    const pdf = await makePdfForm(
      [{ label: 'Nom :', name: 'nom', value: 'Laetitia Garnier' }],
      [],
      [
        { label: 'Diabète', name: 'CaseACocher1', checked: false },
        { label: 'Grossesse en cours', name: 'CaseACocher2', checked: true },
        { label: 'Épilepsie', name: 'CaseACocher3', checked: false },
      ],
    );
    const r = await analyse(file('contre-indications.pdf', pdf));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'page 1, champ « nom »'],
      ['health', 'page 1, champ « CaseACocher2 »'],
    ]);
  });
});

describe('bad documents: French per-file errors', () => {
  it('password-protected PDF, DOCX and XLSX', async () => {
    const pdf = await makePdf([['secret : a@b.fr']], { userPassword: 'motdepasse' });
    for (const p of [file('protege.pdf', pdf), file('protege.docx', makeCompoundFile()), file('protege.xlsx', makeCompoundFile()), file('protege.pptx', makeCompoundFile())]) {
      const r = await analyse(p);
      expect(r.error?.code, p).toBe('PROTEGE');
      expect(r.error?.message).toMatch(/protégé par mot de passe/);
    }
  });

  it('corrupt PDF, DOCX, XLSX and ODS', async () => {
    const truncated = (await makeXlsx({ A: [['x']] })).subarray(0, 200);
    const cases = [
      file('casse.pdf', '%PDF-1.7\n garbage'),
      file('casse.docx', 'pas un zip'),
      file('casse.xlsx', truncated),
      file('casse.ods', Buffer.from('PK\x03\x04garbage')),
      file('casse.pptx', makeDocx(['un Word renommé'])),
      file('casse.odp', Buffer.from('PK\x03\x04garbage')),
    ];
    for (const p of cases) {
      const r = await analyse(p);
      expect(r.error?.code, p).toBe('CORROMPU');
      expect(r.error?.message).toMatch(/endommagé ou illisible/);
    }
  });

  it('a PDF without any text (a scan) is said so, not counted as clean', async () => {
    for (const [name, pdf] of [['scan.pdf', await makePdf([[], []], { image: true })], ['blanc.pdf', await makePdf([[]])]] as const) {
      const r = await analyse(file(name, pdf));
      expect(r.error, name).toEqual({ code: 'SANS_TEXTE', message: 'Aucun texte dans ce PDF (document scanné ou images) : Rempart ne lit pas les images, vérifiez-le à la main.' });
    }
    // an image beside some text is an ordinary page
    expect((await analyse(file('mixte.pdf', await makePdf([['Contact : a.b@exemple.fr'], []], { image: true })))).error).toBeUndefined();
  });

  it('a zip bomb inside a DOCX is stopped by the decompression cap', async () => {
    const bomb = makeDocxBomb(12);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    for (const name of ['bombe.docx', 'bombe.pptx']) {
      const r = await analyse(file(name, name.endsWith('.pptx') ? makeDocxBomb(12, 'ppt/slides/slide1.xml') : bomb));
      expect(r.error?.code, name).toBe('ARCHIVE_SUSPECTE');
      expect(r.error?.message).toMatch(/bombe de décompression/);
    }
  });

  it('a file that changes while it is read', async () => {
    const p = file('change.txt', 'ligne a@b.fr\n'.repeat(100_000));
    const appendWhileReading: Detect = () => {
      appendFileSync(p, 'ajout\n');
      return new Detections();
    };
    const r = await analyseFile({ path: p, format: 'txt', maxFindings: 10 }, () => {}, appendWhileReading);
    expect(r.error).toEqual({ code: 'MODIFIE', message: 'Le fichier a été modifié pendant l’analyse : relancez l’analyse pour un résultat fiable.' });
  });

  it('a file deleted between listing and reading', async () => {
    const p = file('parti.txt', 'a@b.fr');
    rmSync(p);
    const r = await analyse(p);
    expect(r.error).toEqual({ code: 'DISPARU', message: 'Le fichier a disparu pendant l’analyse.' });
  });
});
