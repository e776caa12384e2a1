// Excel 97-2003 (.xls): every sheet's cells are read (locator « Clients!D2 », the column header
// helping the detectors as in .xlsx), an encrypted workbook is reported protected, and the many
// « .xls » that are really HTML, CSV or tab-separated exports, or a renamed .xlsx, are read for
// what they are, on disk as inside an archive; Excel binary workbooks (.xlsb) too. The binary fixtures were made by LibreOffice 7.4
// with fixtures/make-legacy-office.py.
import { copyFileSync, mkdtempSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { makeCompoundFile, makeXlsx } from './engine-fixtures.ts';

const { dir, file } = tempFolder('rempart-xls-');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const analyse = (path: string, format: 'xls' | 'zip' | 'xlsx' = 'xls') => analyseFile({ path, format, maxFindings: 100 }, () => {});
type Result = Awaited<ReturnType<typeof analyse>>;
const where = (r: Result, type: string) => r.findings.filter((f) => f.type === type).map((f) => f.locator ?? `ligne ${f.line}`);

describe('Excel 97-2003 (.xls)', () => {
  it('is read, not counted among the old files left unread', () => {
    expect(['compta.xls', 'MODELE.XLT'].map(formatOf)).toEqual(['xls', 'xls']);
  });

  it('reads every sheet, with the cell as locator and the column header as hint', async () => {
    const r = await analyse(file('clients.xls', fixture('clients.xls')));
    expect(r.error).toBeUndefined();
    expect(where(r, 'email')).toEqual(['Clients!D2', 'Clients!D3']);
    // 612345678: a phone typed in Excel loses its leading zero, its column says what it is
    expect(where(r, 'phone')).toEqual(['Clients!C2', 'Clients!C3', "'Notes été'!B3"]);
    // « Lefèvre » and « Anaïs » are names because their columns say « Nom » and « Prénom »;
    // the headers themselves are not findings
    expect(where(r, 'person_name')).toEqual(['Clients!A2', 'Clients!A3', 'Clients!B2', 'Clients!B3', "'Notes été'!B3"]);
  });

  it('reads a date cell as the sheet shows it: a birth date typed in Excel is a date, not its day count', async () => {
    // Excel stores « 12/03/1985 » as 31118 under a date style; SheetJS writes a legacy workbook so
    const XLSX = await import('@e965/xlsx');
    const ws = XLSX.utils.aoa_to_sheet([['Nom', 'Date de naissance', 'Client depuis', 'Téléphone'], ['Dupont', new Date(Date.UTC(1985, 2, 12)), new Date(Date.UTC(2024, 0, 5)), 612345678]], { cellDates: true, dateNF: 'dd/mm/yyyy' });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Clients');
    const legacy = await analyse(file('dates.xls', XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer));
    expect(where(legacy, 'birth_date')).toEqual(['Clients!B2']);
    expect(where(legacy, 'phone')).toEqual(['Clients!D2']);
    // .xlsx: exceljs gives a date the built-in format 14, a style of the workbook's styles.xml
    const xlsx = await analyse(file('dates.xlsx', await makeXlsx({ Clients: [['Nom', 'Date de naissance', 'Client depuis'], ['Dupont', new Date(Date.UTC(1985, 2, 12)), new Date(Date.UTC(2024, 0, 5))]] })), 'xlsx');
    expect(where(xlsx, 'birth_date')).toEqual(['Clients!B2']);
  });

  it('reports an encrypted workbook as protected, in French', async () => {
    const r = await analyse(file('protege.xls', fixture('protege.xls')));
    expect(r.error).toEqual({ code: 'PROTEGE', message: expect.stringMatching(/protégé par mot de passe/) });
    expect(r.findings).toEqual([]);
  });

  it('reads an « export Excel » that is really HTML, CSV or UTF-16 tab-separated text, and a renamed .xlsx', async () => {
    const html = await analyse(file('export.xls', '<table><tr><td>Nom</td><td>Courriel</td></tr><tr><td>Girard</td><td>paul.girard@exemple.fr</td></tr></table>'));
    expect(where(html, 'email')).toEqual(['ligne 1']);
    const csv = await analyse(file('export-csv.xls', 'Nom;Prénom;Courriel\nGirard;Paul;paul.girard@exemple.fr\n'));
    expect(where(csv, 'email')).toEqual(['ligne 2']);
    expect(where(csv, 'person_name')).toContain('ligne 2');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nom\tCourriel\r\nGirard\tpaul.girard@exemple.fr\r\n', 'utf16le')]);
    const tsv = await analyse(file('export-unicode.xls', utf16));
    expect(where(tsv, 'email')).toEqual(['ligne 2']);
    expect(where(tsv, 'person_name')).toContain('ligne 2');
    const xlsx = await analyse(file('renomme.xls', await makeXlsx({ Feuil1: [['Courriel'], ['luc.xlsx@exemple.fr']] })));
    expect(where(xlsx, 'email')).toEqual(['Feuil1!A2']);
  });

  it('reports a damaged or oversized workbook in French and goes on', async () => {
    // (SheetJS, given bytes that are not a whole workbook, would read them as CSV text)
    const cut = file('tronque.xls', fixture('clients.xls').subarray(0, 3000));
    const word = file('lettre.xls', readFileSync(join(import.meta.dirname, 'fixtures', 'lettre.doc')));
    for (const p of [file('vide-ole.xls', makeCompoundFile()), cut, word, file('binaire.xls', Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]))]) {
      const r = await analyse(p);
      expect(r.error, p).toEqual({ code: 'CORROMPU', message: 'Fichier Excel endommagé ou illisible.' });
    }
    const big = file('enorme.xls', fixture('clients.xls'));
    truncateSync(big, 51 * 1024 * 1024);
    expect((await analyse(big)).error?.code).toBe('TROP_VOLUMINEUX');
  });

  it('reads a .xls inside a zip, a web export among them, and counts a protected one as unread', async () => {
    const zip = zipSync({
      'clients.xls': fixture('clients.xls'),
      'export.xls': strToU8('<table><tr><td>ecrire a paul.girard@exemple.fr</td></tr></table>'),
      'protege.xls': fixture('protege.xls'),
    });
    const r = await analyse(file('archive.zip', zip), 'zip');
    expect(r.error).toBeUndefined();
    expect(where(r, 'email')).toEqual(['dans l’archive : clients.xls, Clients!D2', 'dans l’archive : clients.xls, Clients!D3', 'dans l’archive : export.xls, ligne 1']);
    expect(r.unread).toEqual({ chiffre: 1 });
  });

  it('goes through the worker threads like any other document', async () => {
    const sub = mkdtempSync(join(dir, 'dossier-'));
    copyFileSync(join(import.meta.dirname, 'fixtures', 'clients.xls'), join(sub, 'clients.xls'));
    copyFileSync(join(import.meta.dirname, 'fixtures', 'protege.xls'), join(sub, 'protege.xls'));
    const reports = await scanToList([sub], { workers: 2 });
    const byName = new Map(reports.map((r) => [r.path.slice(sub.length + 1), r]));
    expect(byName.get('clients.xls')).toMatchObject({ format: 'xls', counts: { email: 2 } });
    expect(byName.get('protege.xls')!.error?.code).toBe('PROTEGE');
  });
});

describe('Excel binary workbooks (.xlsb)', () => {
  const xlsb = async (rows: unknown[][], sheet = 'Clients') => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'dd/mm/yyyy' }), sheet);
    return XLSX.write(wb, { type: 'buffer', bookType: 'xlsb' }) as Buffer;
  };
  const analyseXlsb = (path: string) => analyseFile({ path, format: 'xlsb', maxFindings: 100 }, () => {});

  it('reads every cell under its header, a typed birth date as the sheet shows it (they were « autre fichier binaire »)', async () => {
    expect(formatOf('Clients 2024.XLSB')).toBe('xlsb');
    const data = await xlsb([['Nom', 'Prénom', 'Date de naissance', 'Téléphone', 'E-mail'], ['Le Bihan', 'Gwenaëlle', new Date(Date.UTC(1985, 2, 12)), 612345678, 'gwen@exemple.fr']]);
    const r = await analyseXlsb(file('clients.xlsb', data));
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f) => [f.type, f.locator])).toEqual([
      ['person_name', 'Clients!A2'], ['person_name', 'Clients!B2'], ['birth_date', 'Clients!C2'], ['phone', 'Clients!D2'], ['email', 'Clients!E2'],
    ]);
  });

  it('reads a damaged workbook whose cell sits « in column 4 294 901 764 » at once, not walking the holes before it', async () => {
    // made by fuzz:scan (seed 2, its 38th .xlsb): SheetJS makes that row a sparse array of that length
    const r = await analyseXlsb(file('colonne.xlsb', fixture('colonne-geante.xlsb')));
    expect(r.error).toBeUndefined();
    expect(r.counts.email).toBe(29);
  }, 20_000);

  it('reports an encrypted, a damaged or a bomb of a workbook in French, and reads nothing of it', async () => {
    const encrypted = await analyseXlsb(file('chiffre.xlsb', makeCompoundFile()));
    expect(encrypted.error?.message).toMatch(/mot de passe|protégé/i);
    const data = await xlsb([['Nom'], ['Dupont']]);
    const damaged = await analyseXlsb(file('abime.xlsb', data.subarray(0, data.length - 200)));
    expect(damaged.error?.message).toMatch(/endommagé|illisible/i);
    expect((await analyseXlsb(file('texte.xlsb', Buffer.from('Nom;Prénom\nDupont;Jean\n')))).error?.message).toMatch(/endommagé|illisible/i);
    const bomb = zipSync({ 'xl/workbook.bin': new Uint8Array(300 * 1024 * 1024) }, { level: 9 });
    const r = await analyseXlsb(file('bombe.xlsb', bomb));
    expect(r.error?.message).toMatch(/bombe de décompression/);
    expect(r.findings).toEqual([]);
  });
});
