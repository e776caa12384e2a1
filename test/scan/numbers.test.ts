// Apple Numbers spreadsheets (.numbers, Numbers 2013 and later), read through SheetJS like an
// .xls: cells located « Clients!B2 », column headers as hints. Test files are written by SheetJS
// itself with its Numbers template (xlsx.zahl), the only writer of the format outside Apple's.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { readAsScan } from './read-as-scan.ts';
import { makeDocx } from './engine-fixtures.ts';

const { file } = tempFolder('rempart-numbers-');
const analyse = (path: string) => readAsScan(path);

async function numbers(rows: (string | number)[][]): Promise<Buffer> {
  const XLSX = await import('@e965/xlsx');
  const zahl = (await import('@e965/xlsx/dist/xlsx.zahl.mjs' as string)) as { default: string };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Clients');
  return XLSX.write(book, { type: 'buffer', bookType: 'numbers', numbers: zahl.default }) as Buffer;
}

describe('Apple Numbers spreadsheets', () => {
  it('finds the data of each cell, under its column header, with its place in the sheet', async () => {
    const data = await numbers([
      ['Nom', 'E-mail', 'Téléphone'],
      ['Lefèvre', 'claire.lefevre@exemple.fr', '06 12 34 56 78'],
      ['Rousseau', 'marc.rousseau@exemple.fr', '01 42 68 53 00'],
    ]);
    const { r, at } = await analyse(file('clients.numbers', data));
    expect(r.error).toBeUndefined();
    expect([...at].sort()).toEqual(['email Clients!B2', 'email Clients!B3', 'person_name Clients!A2', 'person_name Clients!A3', 'phone Clients!C2', 'phone Clients!C3']);
  });

  it('reports another file renamed .numbers as damaged, and reads one inside a zip', async () => {
    const damaged = { code: 'CORROMPU', message: 'Fichier Numbers endommagé ou illisible.' };
    expect((await analyse(file('lettre.numbers', makeDocx(['Écrire à claire.lefevre@exemple.fr'])))).r.error).toEqual(damaged);
    expect((await analyse(file('vide.numbers', 'pas un tableur'))).r.error).toEqual(damaged);
    const zip = zipSync({ 'Compta/clients.numbers': new Uint8Array(await numbers([['E-mail'], ['claire.lefevre@exemple.fr']])), 'lisez-moi.txt': strToU8('Rien') });
    expect((await analyse(file('archive.zip', zip))).at).toEqual(['email dans l’archive : Compta/clients.numbers, Clients!A2']);
  });
});
