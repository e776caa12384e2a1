// An HTML page's tables (a booking site's « export Excel », a saved web page): each cell read under its
// header as a CSV file's, whatever the blocks the page is read in, the page's lines and columns kept.
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { FindingSink } from '../../src/scan/extract/sink.ts';
import { scanTextFile } from '../../src/scan/extract/text.ts';
import { detectBlock } from '../../src/core/scan/detect.ts';

const { file } = tempFolder('rempart-html-tables-');
function readInBlocks(path: string, blockSize: number, format: 'html' | 'eml' = 'html'): string[] {
  const sink = new FindingSink(path, 1000);
  const fd = openSync(path, 'r');
  try {
    scanTextFile({ fd, format, detect: detectBlock, sink, onBytes: () => {}, blockSize });
  } finally {
    closeSync(fd);
  }
  return sink.findings.map((f) => `${f.type} ${f.line}:${f.column} ${f.length}`);
}

describe('HTML tables', () => {
  // a page laid out in a table, a title row across the export, a header in <th>, cells on lines of their own
  const page = [
    '<html><body><table class="mise-en-page"><tr><td>',
    '<table border="1">',
    '  <tr><td colspan="4"><b>Clients 2026</b></td></tr>',
    '  <tr><th>Nom</th><th>Pr&eacute;nom</th><th>T&eacute;l&eacute;phone</th><th>Remarques</th></tr>',
    '  <tr>',
    '    <td>DURAND</td>',
    '    <td>Paul</td>',
    '    <td>06 11 22 33 44</td>',
    '    <td>diab&eacute;tique</td>',
    '  </tr>',
    '  <tr><td><b>LE&nbsp;BIHAN</b></td><td>H&eacute;l&egrave;ne</td><td></td><td>RAS</td></tr>',
    '  <tr><td>ROUX</td><td>Anne</td><td>04 78 12 34 56</td><td>enceinte de 5 mois</td>',
    '</table>',
    '</td></tr></table></body></html>',
  ];
  const lines = page;
  const at = (line: number, written: string, read = written) => `${line}:${lines[line - 1]!.indexOf(written) + 1} ${read.length}`;

  it('reads each cell under its header, as a CSV file is read: a name in « Nom » or « Prénom », a note about that person', () => {
    const p = file('export.html', page.join('\n'));
    const whole = readInBlocks(p, 1 << 20);
    expect(whole).toEqual([
      `person_name ${at(6, 'DURAND')}`,
      `person_name ${at(7, 'Paul')}`,
      `phone ${at(8, '06 11 22 33 44')}`,
      // (a word written with entities is found as read, « diabétique », where the page holds it)
      `health ${at(9, 'diab&eacute;tique', 'diabétique')}`,
      `person_name ${at(11, 'LE&nbsp;BIHAN', 'LE BIHAN')}`,
      `person_name ${at(11, 'H&eacute;l&egrave;ne', 'Hélène')}`,
      `person_name ${at(12, 'ROUX')}`,
      `person_name ${at(12, 'Anne')}`,
      `phone ${at(12, '04 78 12 34 56')}`,
      `health ${at(12, 'enceinte')}`,
    ]);
    // whatever the blocks (from 200 bytes on a block holds the longest line), and a tag cut by a block's end
    for (let size = 200; size <= 420; size += 7) expect({ size, found: readInBlocks(p, size) }).toEqual({ size, found: whole });
  });

  it('reads the same page written on one line, as web software writes its « export Excel » (.xls)', async () => {
    const one = page.join('');
    const r = await analyseFile({ path: file('export.xls', one), format: 'xls', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => f.type)).toEqual(['person_name', 'person_name', 'phone', 'health', 'person_name', 'person_name', 'person_name', 'person_name', 'phone', 'health']);
  });

  it('reads an HTML e-mail\'s table (a booking\'s notification), quoted-printable or base64, whatever the blocks', () => {
    const html = page.join('\n');
    const mail = [
      'From: reservations@exemple.fr',
      'Content-Type: multipart/alternative; boundary="B"',
      '',
      '--B',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      html.replaceAll('=', '=3D'),
      '--B',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\n'),
      '--B--',
      '',
    ].join('\n');
    const p = file('reservation.eml', mail);
    const whole = readInBlocks(p, 1 << 20, 'eml');
    const types = (found: string[]) => found.map((f) => f.split(' ')[0]);
    const table = ['person_name', 'person_name', 'phone', 'health', 'person_name', 'person_name', 'person_name', 'person_name', 'phone', 'health'];
    expect(types(whole)).toEqual(['email', ...table, ...table]);
    // the quoted-printable part where the page's lines are (its first line, the 8th, holds no finding)
    expect(whole.slice(1, 11).map((f) => f.split(' ')[1])).toEqual(['13:9', '14:9', '15:9', '16:9', '18:14', '18:40', '19:11', '19:24', '19:37', '19:60']);
    // (in blocks, the quoted-printable part alone: a base64 part's text is decoded block by block, and a phone's
    // spaces may fall at a block's end there, tables or not)
    const qp = file('reservation-qp.eml', mail.slice(0, mail.indexOf('--B\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64')) + '--B--\n');
    const qpWhole = readInBlocks(qp, 1 << 20, 'eml');
    expect(qpWhole).toEqual(whole.slice(0, 11));
    for (let size = 400; size <= 700; size += 11) expect({ size, found: readInBlocks(qp, size, 'eml') }).toEqual({ size, found: qpWhole });
  });

  it('reads an e-mail\'s plain text table, its cells apart by tabs (Outlook writes an HTML table so)', () => {
    const lines = ['From: contact@exemple.fr', 'Content-Type: text/plain; charset=utf-8', '', 'Voici la liste :', '', 'Nom\tPrénom\tTéléphone\tRemarques', 'DURAND\tPaul\t06 11 22 33 44\tdiabétique', 'LEROY\tAnne\t\tRAS', ''];
    expect(readInBlocks(file('liste.eml', lines.join('\n')), 1 << 20, 'eml')).toEqual(['email 1:7 18', 'person_name 7:1 6', 'person_name 7:8 4', 'phone 7:13 14', 'health 7:28 10', 'person_name 8:1 5', 'person_name 8:7 4']);
  });

  it('reads a hostile page without keeping what it does not need: 50 000 nested tables, a header of 100 000 cells', () => {
    const nested = file('imbrique.html', `${'<table>'.repeat(50_000)}<tr><td>Nom</td><td>Prénom</td></tr><tr><td>DURAND</td><td>Paul</td></tr>${'</table>'.repeat(50_000)}`);
    // (past 16 levels a table's rows are taken for the 16th's: its cells are read all the same)
    expect(readInBlocks(nested, 1 << 16).map((f) => f.split(' ')[0])).toEqual(['person_name', 'person_name']);
    const wide = file('large.html', `<table><tr>${'<th>Nom</th>'.repeat(100_000)}</tr><tr><td>Paul</td></tr></table><table><tr><th>Nom</th><th>Prénom</th></tr><tr><td>DURAND</td><td>Paul</td></tr></table>`);
    // (the wide header heads nothing; the next table is read)
    expect(readInBlocks(wide, 1 << 16).map((f) => f.split(' ')[0])).toEqual(['person_name', 'person_name']);
  });

  it('reads no one in a partner list: « Nom » alone beside a town (a tourist office\'s page)', () => {
    const html = '<table><tr><th>Nom</th><th>Ville</th></tr><tr><td>Le Galion</td><td>Concarneau</td></tr><tr><td>Crêperie Ty Billig</td><td>Lorient</td></tr><tr><td>Les Jardins de Kerbihan</td><td>Vannes</td></tr><tr><td>Château de Kerjean</td><td>Saint-Vougay</td></tr></table>';
    expect(readInBlocks(file('partenaires.html', html), 1 << 20)).toEqual([]);
  });

  it('reads nothing under headers that announce nothing, nor under a row that is a record or a form', () => {
    const p = file('autres.html', [
      '<table><tr><th>Prestation</th><th>Couleur</th></tr><tr><td>Massage</td><td>Rose</td></tr><tr><td>Soin</td><td>Camille</td></tr></table>',
      // a form's label and value, then a record first: no header
      '<table><tr><td>Date de naissance</td><td>Ville</td></tr></table>',
      '<table><tr><td>Martin 2</td><td>Jean</td></tr><tr><td>Durand</td><td>Rose</td></tr></table>',
      // under « Nom », what is no name
      '<table><tr><th>Nom</th><th>Prénom</th></tr><tr><td>—</td><td>120 €</td></tr><tr><td>value</td><td>3</td></tr></table>',
    ].join('\n'));
    expect(readInBlocks(p, 1 << 20)).toEqual([]);
  });
});
