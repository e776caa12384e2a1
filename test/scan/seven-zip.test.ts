// 7-Zip, RAR and tar archives (plain, .gz, .bz2, .xz): read like a zip, one level deep, with the
// locator « dans l’archive : … »; protected, damaged and bomb archives said so; made by 7-Zip
// itself and by a RAR 4 writer (test/helpers/archives.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rar4, sevenZip, sevenZipAlone, ustar, type SevenZipKind } from '../helpers/archives.ts';
import { tempFolder } from '../helpers/temp-folder.ts';
import { readAsScan } from './read-as-scan.ts';
import { scanFolders } from '../../src/scan/engine.ts';
import type { ScanProgress } from '../../src/scan/contract.ts';
import { encryptedListing } from '../../src/scan/extract/seven-zip.ts';
import { formatOf, unreadKindOf } from '../../src/scan/formats.ts';
import { makeDocx, makePdf } from './engine-fixtures.ts';

const { dir, file } = tempFolder('rempart-7z-');
const analyse = (path: string) => readAsScan(path);

const CSV = 'nom;email\nMartin;jeanne.martin@exemple.fr\n';
async function clientFiles(): Promise<Record<string, string | Uint8Array>> {
  return {
    'Clients/Hélène Garnier.csv': CSV,
    'Courriers/lettre.docx': makeDocx(['Madame,', 'Écrivez à claire.bernard@exemple.fr']),
    'Devis/devis.pdf': await makePdf([['Rien ici'], ['IBAN FR76 3000 6000 0112 3456 7890 189']]),
    'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    'ancien.zip': zipSync({ 'dedans.txt': strToU8('cache@exemple.fr') }),
    'encore.7z': new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]),
  };
}
const EXPECTED = [
  // the entry's own name says whom it is about
  'person_name dans l’archive : Clients/Hélène Garnier.csv, nom du fichier',
  'person_name dans l’archive : Clients/Hélène Garnier.csv, ligne 2',
  'email dans l’archive : Clients/Hélène Garnier.csv, ligne 2',
  'email dans l’archive : Courriers/lettre.docx, paragraphe 2',
  'iban dans l’archive : Devis/devis.pdf, page 2',
];

describe('7-Zip, RAR and tar archives', () => {
  it('are told apart from single compressed files by their names', () => {
    expect(['a.7z', 'b.RAR', 'c.tar', 'd.tgz', 'e.tar.gz', 'f.TAR.BZ2', 'g.tar.xz', 'h.txz'].map(formatOf)).toEqual(Array(8).fill('archive'));
    // one file compressed alone; disk images, counted and not read
    expect(['clients.csv.gz', 'dump.sql.bz2', 'x.XZ'].map(formatOf)).toEqual(Array(3).fill('compressed'));
    expect(['disque.iso', 'app.dmg', 'x.zst'].map(formatOf)).toEqual(Array(3).fill('binaire'));
    expect(['clients.csv.gz', 'disque.iso', 'a.7z', 'b.zip', 'c.tar.gz'].map(unreadKindOf)).toEqual(Array(5).fill('archive'));
  });

  it.each<SevenZipKind>(['7z', 'tar', 'tar.gz', 'tar.bz2', 'tar.xz'])('reads the files of a .%s inside, one level deep, with their place in it', async (kind) => {
    const { r, at } = await analyse(file(`clients 2019.${kind}`, await sevenZip(kind, await clientFiles())));
    expect(r.error).toBeUndefined();
    expect([...at].sort()).toEqual([...EXPECTED].sort());
    // the photo and the two archives inside are counted as not read
    expect(r.unread).toEqual({ image: 1, archive: 2 });
  });

  it('reads a RAR archive and a .tgz', async () => {
    const rar = await analyse(file('clients.rar', rar4(await clientFiles())));
    expect(rar.r.error).toBeUndefined();
    expect(rar.at).toEqual(EXPECTED);
    expect(rar.r.unread).toEqual({ image: 1, archive: 2 });
    const tgz = await analyse(file('clients.tgz', await sevenZip('tar.gz', { 'liste.csv': CSV })));
    expect(tgz.at).toEqual(['person_name dans l’archive : liste.csv, ligne 2', 'email dans l’archive : liste.csv, ligne 2']);
  });

  it('reads a file compressed alone as the file it holds (« clients.csv.gz » as « clients.csv »), a tar as an archive', async () => {
    const csv = (name: string) => [`person_name dans l’archive : ${name}, ligne 2`, `email dans l’archive : ${name}, ligne 2`];
    expect((await analyse(file('clients.csv.gz', gzipSync(CSV)))).at).toEqual(csv('clients.csv'));
    expect((await analyse(file('clients.csv.bz2', await sevenZipAlone('bzip2', 'clients.csv', CSV)))).at).toEqual(csv('clients.csv'));
    expect((await analyse(file('export.csv.xz', await sevenZipAlone('xz', 'export.csv', CSV)))).at).toEqual(csv('export.csv'));
    // a WordPress backup: an SQL dump compressed with no extension of its own
    const dump = "INSERT INTO wp_users VALUES (3,'claire','claire.bernard@exemple.fr');\n";
    expect((await analyse(file('backup_2024-05-01_db.gz', gzipSync(dump)))).at).toEqual(['email dans l’archive : backup_2024-05-01_db, ligne 1']);
    // a tar inside, whatever its name
    const tarred = await analyse(file('sauvegarde.gz', gzipSync(await sevenZip('tar', { 'liste.csv': CSV }))));
    expect(tarred.at).toEqual(csv('liste.csv'));
    // a photo compressed alone is counted; bytes that are not compressed are reported
    expect((await analyse(file('photo.jpg.gz', gzipSync(Buffer.from([0xff, 0xd8, 0xff]))))).r.unread).toEqual({ image: 1 });
    expect((await analyse(file('faux.gz', CSV))).r.error).toEqual({ code: 'CORROMPU', message: 'Fichier compressé endommagé ou illisible.' });
  });

  it('says when it is protected by a password: the files, or their very list', async () => {
    const files = { 'liste.csv': CSV };
    expect((await analyse(file('verrou.7z', await sevenZip('7z', files, { password: 'Secret-2024' })))).r.error?.code).toBe('PROTEGE');
    expect((await analyse(file('verrou-noms.7z', await sevenZip('7z', files, { password: 'Secret-2024', encryptNames: true })))).r.error?.code).toBe('PROTEGE');
    expect((await analyse(file('verrou.rar', rar4(files, { encrypted: true })))).r.error?.code).toBe('PROTEGE');
    expect((await analyse(file('verrou-noms.rar', rar4(files, { encryptedHeaders: true })))).r.error?.code).toBe('PROTEGE');
    // RAR 5: an encryption header (type 4) right after the signature; any other first header is not
    const rar5 = (type: number) => Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 1, 2, 3, 4, 0x21, type, 0, 0]);
    expect([encryptedListing(rar5(4)), encryptedListing(rar5(1)), encryptedListing(rar4(files)), encryptedListing(await sevenZip('7z', files, { password: 'x' }))]).toEqual([true, false, false, false]);
  });

  it('reports a damaged archive, stops a bomb, and reads the next archive as well', async () => {
    const damaged = { code: 'CORROMPU', message: 'Fichier d’archive endommagé ou illisible.' };
    const good = await sevenZip('7z', { 'liste.csv': CSV });
    const tgz = await sevenZip('tar.gz', { 'liste.csv': CSV.repeat(50) });
    expect((await analyse(file('coupe.7z', good.subarray(0, good.length - 40)))).r.error).toEqual(damaged);
    expect((await analyse(file('coupe.tar.gz', tgz.subarray(0, 60)))).r.error).toEqual(damaged);
    expect((await analyse(file('bruit.rar', Buffer.concat([Buffer.from('Rar!\x1a\x07\x00', 'latin1'), Buffer.alloc(300, 0x5a)])))).r.error).toEqual(damaged);
    expect((await analyse(file('texte.7z', 'pas une archive du tout, mais une phrase assez longue pour ne rien ressembler.'.repeat(20)))).r.error).toEqual(damaged);
    // 9 MB of zeros in a few KB: past the zip caps' ratio, seen on the sizes a 7z declares, and on
    // the bytes a compressed tar gives
    const zeros = { 'vide.txt': new Uint8Array(9 * 1024 * 1024) };
    expect((await analyse(file('bombe.7z', await sevenZip('7z', zeros)))).r.error?.code).toBe('ARCHIVE_SUSPECTE');
    expect((await analyse(file('bombe.tar.xz', await sevenZip('tar.xz', zeros)))).r.error?.code).toBe('ARCHIVE_SUSPECTE');
    // (and a compressed stream of zeros, with no tar to declare anything, is cut off while unpacked)
    expect((await analyse(file('bombe.tar.gz', gzipSync(new Uint8Array(9 * 1024 * 1024))))).r.error?.code).toBe('ARCHIVE_SUSPECTE');
    // (after failures, libarchive reads again)
    expect((await analyse(file('apres.7z', good))).at).toEqual(['person_name dans l’archive : liste.csv, ligne 2', 'email dans l’archive : liste.csv, ligne 2']);
    // a name that climbs out of the folder is not read from anywhere else (here: where 7-Zip
    // unpacks the next file)
    const climbing = await analyse(file('remonte.tar', ustar({ '../out/ok.csv': CSV, 'ok.csv': CSV })));
    expect(climbing.at).toEqual(['person_name dans l’archive : ok.csv, ligne 2', 'email dans l’archive : ok.csv, ligne 2']);
    expect(climbing.r.unread).toEqual({ illisible: 1 });
    // an empty tar is an empty archive, not a damaged one
    const empty = await analyse(file('vide.tar', new Uint8Array(10240)));
    expect(empty.r.error).toBeUndefined();
  });

  it('reads a 7z attached to an e-mail, not one inside a zip, and a tar.gz met by the folder walk', async () => {
    const seven = await sevenZip('7z', { 'rib.csv': 'nom;iban\nMartin;FR76 3000 6000 0112 3456 7890 189\n' });
    const eml = ['Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: application/x-7z-compressed; name="pieces.7z"', 'Content-Transfer-Encoding: base64', '', Buffer.from(seven).toString('base64'), '--B--', ''].join('\r\n');
    expect((await analyse(file('envoi.eml', eml))).at).toEqual([
      'person_name pièce jointe « pieces.7z », dans l’archive : rib.csv, ligne 2',
      'iban pièce jointe « pieces.7z », dans l’archive : rib.csv, ligne 2',
    ]);
    const inZip = await analyse(file('envoi.zip', zipSync({ 'pieces.7z': seven, 'mot.txt': strToU8('Bonjour') })));
    expect(inZip.at).toEqual([]);
    expect(inZip.r.unread).toEqual({ archive: 1 });

    const sub = mkdtempSync(join(dir, 'dossier-'));
    writeFileSync(join(sub, 'sauvegarde.tar.gz'), await sevenZip('tar.gz', await clientFiles()));
    let last: ScanProgress | null = null;
    const reports = [];
    for await (const r of scanFolders([sub], { workers: 2, onProgress: (p) => (last = p) })) reports.push(r);
    // (« Clients/Hélène Garnier.csv »: its name, then its row)
    expect(reports[0]).toMatchObject({ format: 'archive', counts: { email: 2, iban: 1, person_name: 2 } });
    expect(last!.unread).toEqual({ image: 1, archive: 2 });
  });
});
