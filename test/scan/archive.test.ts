// Zip archives: the files Rempart reads are read inside them, one level deep, with the locator
// « dans l’archive : Clients/liste.csv, ligne 2 »; a password-protected archive is said so, a
// bomb is stopped, a damaged one is reported, and a zip attached to an e-mail is read too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { readAsScan } from './read-as-scan.ts';
import { scanFolders } from '../../src/scan/engine.ts';
import type { ScanProgress } from '../../src/scan/contract.ts';
import { centralDirectory } from '../../src/scan/extract/archive.ts';
import { makeDocx, makeDocxBomb, makePdf } from './engine-fixtures.ts';

const { dir, file } = tempFolder('rempart-zip-');
const analyse = (path: string) => readAsScan(path);

async function clientArchive(): Promise<Uint8Array> {
  return zipSync({
    'Clients/liste.csv': strToU8('nom;email\nMartin;jeanne.martin@exemple.fr\n'),
    'Courriers/lettre.docx': makeDocx(['Madame,', 'Écrivez à claire.bernard@exemple.fr']),
    'Devis/devis.pdf': await makePdf([['Rien ici'], ['IBAN FR76 3000 6000 0112 3456 7890 189']]),
    'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    'ancien.zip': zipSync({ 'dedans.txt': strToU8('cache@exemple.fr') }),
    '__MACOSX/Clients/._liste.csv': strToU8('mac@exemple.fr'),
  });
}

/** The same archive with every entry marked encrypted (ZipCrypto), as a password would. */
function encrypted(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
    if (sig === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
  }
  return out;
}

describe('zip archives', () => {
  it('reads the files inside, one level deep, each with its place in the archive', async () => {
    const { r, at } = await analyse(file('clients 2019.zip', await clientArchive()));
    expect(r.error).toBeUndefined();
    expect(at).toEqual([
      'person_name dans l’archive : Clients/liste.csv, ligne 2', // the « nom » column
      'email dans l’archive : Clients/liste.csv, ligne 2',
      'email dans l’archive : Courriers/lettre.docx, paragraphe 2',
      'iban dans l’archive : Devis/devis.pdf, page 2',
    ]);
    // the photo and the archive inside are counted as not read (not the __MACOSX copy)
    expect(r.unread).toEqual({ image: 1, archive: 1 });
  });

  it('says when the archive is protected by a password, stops a bomb, reports a damaged one', async () => {
    const zip = await clientArchive();
    expect(centralDirectory(zip)).toEqual({ encrypted: false });
    expect(centralDirectory(encrypted(zip))).toEqual({ encrypted: true });
    expect((await analyse(file('verrou.zip', encrypted(zip)))).r.error?.code).toBe('PROTEGE');
    expect((await analyse(file('bombe.zip', makeDocxBomb(12, 'export.csv')))).r.error?.code).toBe('ARCHIVE_SUSPECTE');
    expect((await analyse(file('casse.zip', 'PK\u0003\u0004pas une archive'))).r.error).toEqual({ code: 'CORROMPU', message: 'Fichier ZIP endommagé ou illisible.' });
  });

  it('reads a zip attached to an e-mail, and a zip met by the folder walk', async () => {
    const zip = zipSync({ 'rib.csv': strToU8('nom;iban\nMartin;FR76 3000 6000 0112 3456 7890 189\n') });
    const eml = ['Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: application/zip; name="pieces.zip"', 'Content-Transfer-Encoding: base64', '', Buffer.from(zip).toString('base64'), '--B--', ''].join('\r\n');
    expect((await analyse(file('envoi.eml', eml))).at).toEqual([
      'person_name pièce jointe « pieces.zip », dans l’archive : rib.csv, ligne 2',
      'iban pièce jointe « pieces.zip », dans l’archive : rib.csv, ligne 2',
    ]);
    const sub = mkdtempSync(join(dir, 'dossier-'));
    writeFileSync(join(sub, 'archive.zip'), await clientArchive());
    let last: ScanProgress | null = null;
    const reports = [];
    for await (const r of scanFolders([sub], { workers: 2, onProgress: (p) => (last = p) })) reports.push(r);
    expect(reports[0]).toMatchObject({ format: 'zip', counts: { email: 2, iban: 1, person_name: 1 } });
    // what the archive holds and Rempart cannot read reaches the summary's « Fichiers non lus »
    expect(last!.unread).toEqual({ image: 1, archive: 1 });
  });
});
