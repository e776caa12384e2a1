// A Word document's table of people (a client list typed in Word) read as a sheet: each cell under its
// column's header, located by its paragraph; a form laid in a table (label beside value) read as before.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { makeOdtOf } from './engine-fixtures.ts';
import { odtText } from '../../src/scan/extract/odt.ts';

const { file } = tempFolder('rempart-word-tables-');
const cell = (text: string, span = 1) => `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${text.split('\n').map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const docx = (body: string) =>
  zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });
const found = async (name: string, body: string | Uint8Array) => {
  const r = await analyseFile({ path: file(name, typeof body === 'string' ? docx(body) : body), format: name.endsWith('.odt') ? 'odt' : 'docx', maxFindings: 100 }, () => {});
  expect(r.error).toBeUndefined();
  return r.findings.map((f) => `${f.type} ${f.locator}`).sort();
};

describe('Word tables', () => {
  it('reads a table of people as a sheet: a name under « Nom » or « Prénom », a note about that row\'s person', async () => {
    const body =
      '<w:p><w:r><w:t>Liste des clients</w:t></w:r></w:p>' +
      '<w:tbl>' +
      row(cell('Clients 2026', 4)) +
      row(cell('Nom'), cell('Prénom'), cell('Téléphone'), cell('Remarques')) +
      row(cell('DURAND'), cell('Paul'), cell('06 11 22 33 44'), cell('diabétique\nrappeler en mars')) +
      row(cell('LEROY'), cell('Anne'), cell(''), cell('RAS')) +
      '</w:tbl>';
    // paragraphs: 1 the title, 2 the table's title row, 3–6 the header, 7–11 Paul's row, 12–15 Anne's
    expect(await found('clients.docx', body)).toEqual(
      ['person_name paragraphe 7', 'person_name paragraphe 8', 'phone paragraphe 9', 'health paragraphe 10', 'person_name paragraphe 12', 'person_name paragraphe 13'].sort(),
    );
  });

  it('reads a form laid in a table, its label beside its value, as before: the text, one cell per line', async () => {
    const body = '<w:tbl>' + row(cell('Nom'), cell('Le Bihan Gwenaëlle')) + row(cell('Date de naissance'), cell('12/03/1980')) + row(cell('Antécédents'), cell('asthmatique')) + '</w:tbl>';
    expect(await found('fiche.docx', body)).toEqual(['birth_date paragraphe 4', 'health paragraphe 6', 'person_name paragraphe 2'].sort());
  });

  it('reads a LibreOffice Writer table the same way (.odt), a repeated empty cell counted as its columns', async () => {
    const c = (text: string, extra = '') => `<table:table-cell${extra}>${text.split('\n').map((p) => `<text:p>${p}</text:p>`).join('')}</table:table-cell>`;
    const r = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
    const odt = makeOdtOf(
      '<text:p>Liste des clients</text:p><table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">' +
        r(c('Nom'), c('Prénom'), c('Téléphone'), c('Remarques')) +
        r(c('DURAND'), c('Paul'), '<table:table-cell table:number-columns-repeated="1"/>', c('diabétique')) +
        r(c('LEROY'), c('Anne'), c('06 11 22 33 44'), c('RAS')) +
        '</table:table>',
    );
    // (two empty cells written once stand for two columns: the note after them is the fourth)
    const { cells } = odtText(`<table:table>${r(c('Nom'), c('Prénom'), c('Ville'), c('Remarques'))}${r(c('ROUX'), '<table:table-cell table:number-columns-repeated="2"/>', c('enceinte'))}</table:table>`);
    expect(cells).toEqual([1, 2, 3, 4, 1, 4].map((col, i) => ({ table: 1, row: i < 4 ? 1 : 2, col })));
    // paragraphs: 1 the title, 2–5 the header, 6–8 Paul's row (his empty cell holds none), 9–12 Anne's
    expect(await found('clients.odt', odt)).toEqual(['person_name paragraphe 6', 'person_name paragraphe 7', 'health paragraphe 8', 'person_name paragraphe 9', 'person_name paragraphe 10', 'phone paragraphe 11'].sort());
  });

  it('reads a table whose cells are apart by tabs: an RTF table\'s rows, a list typed with tabs in Word', async () => {
    const rtf = [
      '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}',
      '\\trowd\\cellx2000\\cellx4000\\cellx6000\\cellx8000',
      '\\intbl Nom\\cell Pr\\u233?nom\\cell T\\u233?l\\u233?phone\\cell Remarques\\cell\\row',
      '\\trowd\\cellx2000\\cellx4000\\cellx6000\\cellx8000',
      '\\intbl DURAND\\cell Paul\\cell 06 11 22 33 44\\cell diab\\u233?tique\\cell\\row',
      '}',
    ].join('\n');
    const r = await analyseFile({ path: file('clients.rtf', rtf), format: 'rtf', maxFindings: 100 }, () => {});
    expect(r.findings.map((f) => `${f.type} ${f.locator}`)).toEqual(['person_name paragraphe 2', 'person_name paragraphe 2', 'phone paragraphe 2', 'health paragraphe 2']);
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text.split('\t').join('</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">')}</w:t></w:r></w:p>`;
    expect(await found('liste.docx', p('Nom\tPrénom\tRemarques') + p('LEROY\tAnne\tasthmatique'))).toEqual(['health paragraphe 2', 'person_name paragraphe 2', 'person_name paragraphe 2']);
  });

  it('reads no table of people under « Nom » alone beside a town, a type or a price: a partner list, a program\'s documentation, a catalogue', async () => {
    // (a name that looks like one by itself is read in the text, as before: « DURAND Paul », not « Leroy » nor « Le Galion »)
    const towns = '<w:tbl>' + row(cell('Nom'), cell('Ville'), cell('Montant')) + row(cell('DURAND Paul'), cell('Lyon'), cell('120 €')) + row(cell('Leroy'), cell('Brest'), cell('80 €')) + row(cell('Le Galion'), cell('Concarneau'), cell('')) + '</w:tbl>';
    expect(await found('liste.docx', towns)).toEqual(['person_name paragraphe 4']);
    const documentation = '<w:tbl>' + row(cell('Nom'), cell('Type'), cell('Description')) + row(cell('Martin'), cell('booléen'), cell('Option')) + row(cell('Adresse'), cell('texte'), cell('Adresse postale')) + '</w:tbl>';
    expect(await found('api.docx', documentation)).toEqual([]);
    const products = '<w:tbl>' + row(cell('Nom'), cell('Catégorie'), cell('Prix')) + row(cell('Ambre'), cell('Bougies'), cell('15 €')) + '</w:tbl>';
    expect(await found('catalogue.docx', products)).toEqual([]);
  });

  it('leaves a table whose header names nothing to the text (a price list)', async () => {
    const body = '<w:tbl>' + row(cell('Prestation'), cell('Tarif')) + row(cell('Massage'), cell('60 €')) + row(cell('Rose'), cell('Camille')) + '</w:tbl>';
    expect(await found('tarifs.docx', body)).toEqual([]);
  });
});
