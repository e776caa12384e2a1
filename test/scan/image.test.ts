// Images read with Tesseract when the scan is asked to (readImages, `rempart scan --images`): a
// RIB photographed or scanned gives its name, address and IBAN, located « texte lu dans l’image,
// ligne N »; a photo without words stays « à vérifier à la main »; a damaged image is reported;
// images in archives and e-mails are read too. Fixtures: test/scan/fixtures/make-images.mjs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { readAsScan } from './read-as-scan.ts';
import { scanFolders } from '../../src/scan/engine.ts';
import type { ScanProgress } from '../../src/scan/contract.ts';
import { closeImageReader, forTesseract, recognisePixels } from '../../src/scan/extract/image.ts';
import { formatOf, readFormat } from '../../src/scan/formats.ts';
import { makeDocx, makeOdt, makePdf, TINY_PNG } from './engine-fixtures.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const RIB: Record<string, Buffer> = {
  png: fixture('rib.png'),
  jpg: fixture('rib.jpg'),
  webp: fixture('rib.webp'),
  bmp: gunzipSync(fixture('rib.bmp.gz')),
  tif: gunzipSync(fixture('rib.tif.gz')),
  gif: fixture('rib.gif'),
  heic: fixture('rib.heic'),
};
/** The iPhone photo cut short: libheif finds the image, then fails to decode it. */
const BROKEN_HEIC = RIB.heic!.subarray(0, 5000);
const { dir, file } = tempFolder('rempart-ocr-');
afterAll(() => closeImageReader());

const analyse = (path: string, readImages = true) => readAsScan(path, { readImages });
const FOUND = ['person_name', 'postal_address', 'iban'];

describe('images read with Tesseract', () => {
  it('are images only when asked: otherwise skipped as binary, as before', () => {
    expect(['a.png', 'b.JPG', 'c.jpeg', 'd.webp', 'e.bmp', 'f.tif', 'g.TIFF', 'h.gif'].map(formatOf)).toEqual(Array(8).fill('image'));
    expect(['a.png', 'b.heic', 'c.psd'].map((n) => readFormat(n, false))).toEqual(['binaire', 'binaire', 'binaire']);
    expect(['a.png', 'b.heic', 'c.HEIF', 'd.psd'].map((n) => readFormat(n, true))).toEqual(['image', 'image', 'image', 'binaire']);
  });

  it.each(Object.keys(RIB))('finds the name, address and IBAN of a RIB in .%s', { timeout: 60_000 }, async (ext) => {
    const { r, at } = await analyse(file(`rib.${ext}`, RIB[ext]!));
    expect(r.error).toBeUndefined();
    expect(Object.keys(r.counts).sort()).toEqual([...FOUND].sort());
    expect(at).toContain('iban texte lu dans l’image, ligne 4');
    for (const f of r.findings) expect(f.masked.length).toBeLessThanOrEqual(f.length);
  });

  it('counts a photo without words as an image to check by hand, and reports a damaged one', { timeout: 60_000 }, async () => {
    expect((await analyse(file('photo.png', TINY_PNG))).r).toMatchObject({ binary: true, total: 0 });
    expect((await analyse(file('casse.jpg', Buffer.concat([RIB.jpg!.subarray(0, 2), Buffer.alloc(400, 7)])))).r.error).toEqual({ code: 'CORROMPU', message: 'Fichier image endommagé ou illisible.' });
    // (Tesseract's core aborts on it: the next image is read all the same)
    expect(Object.keys((await analyse(file('rib-apres.png', RIB.png!))).r.counts)).toHaveLength(3);
    // (an oversized one is refused before it is decoded)
    expect((await analyse(file('affiche.png', Buffer.alloc(31 * 1024 * 1024)))).r.error?.code).toBe('TROP_VOLUMINEUX');
  });

  it('decodes iPhone photos (HEIC) whatever their name, and refuses damaged and oversized ones', { timeout: 60_000 }, async () => {
    // (an iPhone photo sent on as « .jpg » is still HEIC inside)
    const renamed = await analyse(file('IMG_0042.jpg', RIB.heic!));
    expect(renamed.r.error).toBeUndefined();
    expect(renamed.at).toContain('iban texte lu dans l’image, ligne 4');
    expect((await analyse(file('coupee.heic', BROKEN_HEIC))).r.error).toEqual({ code: 'CORROMPU', message: 'Fichier image endommagé ou illisible.' });
    expect((await analyse(file('vide.heic', RIB.heic!.subarray(0, 40)))).r.error?.code).toBe('CORROMPU');
    // a photo that says it is 20 000 × 20 000 pixels (1.6 GB once decoded) is refused before decoding
    const bomb = Buffer.from(RIB.heic!);
    const ispe = bomb.indexOf('ispe');
    bomb.writeUInt32BE(20_000, ispe + 8);
    bomb.writeUInt32BE(20_000, ispe + 12);
    expect((await analyse(file('bombe.heic', bomb))).r.error).toEqual({ code: 'TROP_VOLUMINEUX', message: 'Image trop grande (plus de 100 millions de pixels) : analyse abandonnée.' });
    expect(Object.keys((await analyse(file('rib-apres.heic', RIB.heic!))).r.counts)).toHaveLength(3);
  });

  it('gives Tesseract HEIC and BMP as grey PGM, which it reads itself, and refuses a BMP that would take gigabytes', async () => {
    const given = async (data: Buffer) => (await forTesseract(data)).toString('latin1', 0, 15);
    expect(await given(RIB.heic!)).toBe('P5\n760 330\n255\n');
    expect(await given(RIB.bmp!)).toBe('P5\n760 330\n255\n');
    expect(await given(RIB.png!)).toBe(RIB.png!.toString('latin1', 0, 15));
    // the pixels are the fixture's, top row first (its grey BMP is stored bottom-up)
    const pgm = await forTesseract(RIB.bmp!);
    const offset = RIB.bmp!.readUInt32LE(10);
    const row = Math.ceil(760 / 4) * 4;
    for (const [x, y] of [[0, 0], [30, 60], [400, 150]] as const) expect(pgm[15 + y * 760 + x]).toBe(RIB.bmp![offset + (329 - y) * row + x]);
    const bomb = Buffer.from(RIB.bmp!);
    bomb.writeInt32LE(60_000, 18);
    bomb.writeInt32LE(60_000, 22);
    await expect(forTesseract(bomb)).rejects.toMatchObject({ code: 'TROP_VOLUMINEUX' });
    await expect(forTesseract(RIB.bmp!.subarray(0, 2000))).rejects.toMatchObject({ code: 'CORROMPU' });
  });

  it('holds the images Tesseract decodes itself to the same pixel cap, by the size their header says', { timeout: 60_000 }, async () => {
    // a PNG that says it is 20 000 × 20 000 (a 439 KB one of blank pixels took 12.7 s and 1.7 GB)
    const png = Buffer.from(RIB.png!);
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    expect((await analyse(file('affiche-geante.png', png))).r.error).toEqual({ code: 'TROP_VOLUMINEUX', message: 'Image trop grande (plus de 100 millions de pixels) : analyse abandonnée.' });
    const jpg = Buffer.from(RIB.jpg!);
    const sof = jpg.indexOf(Buffer.from([0xff, 0xc0]));
    jpg.writeUInt16BE(20_000, sof + 5);
    jpg.writeUInt16BE(20_000, sof + 7);
    await expect(forTesseract(jpg)).rejects.toMatchObject({ code: 'TROP_VOLUMINEUX' });
    // a TIFF of one page, which goes to Tesseract whole
    const tif = Buffer.from(RIB.tif!); // little-endian, width and height as LONG values in the first IFD
    const ifd = tif.readUInt32LE(4);
    for (let e = ifd + 2; e < ifd + 2 + 12 * tif.readUInt16LE(ifd); e += 12) if (tif.readUInt16LE(e) === 256 || tif.readUInt16LE(e) === 257) tif.writeUInt32LE(20_000, e + 8);
    await expect(forTesseract(tif)).rejects.toMatchObject({ code: 'TROP_VOLUMINEUX' });
    // the fixtures themselves are given as they are
    for (const f of [RIB.png!, RIB.jpg!, RIB.webp!, RIB.gif!, RIB.tif!]) expect(await forTesseract(f)).toEqual(f);
  });

  it('reads decoded pictures of 11 megapixels (a PDF’s scan, a TIFF’s page), not held to the 30 MB cap on image files', { timeout: 60_000 }, async () => {
    // the RIB three times larger on a white page of 3840 × 2880 pixels (33 MB of RGB)
    const [width, height] = [3840, 2880];
    const page = new Uint8Array(width * height * 3).fill(255);
    const offset = RIB.bmp!.readUInt32LE(10);
    const row = Math.ceil(760 / 4) * 4;
    for (let y = 0; y < 330 * 3; y++) {
      for (let x = 0; x < 760 * 3; x++) page.fill(RIB.bmp![offset + (329 - Math.floor(y / 3)) * row + Math.floor(x / 3)]!, ((200 + y) * width + 200 + x) * 3, ((200 + y) * width + 201 + x) * 3);
    }
    const lines = await recognisePixels({ width, height, kind: 2, data: page });
    expect(lines.some((l) => l.replace(/\s/g, '').includes('FR7630006000011234567890189'))).toBe(true);
  });

  it('reads every page of a TIFF (a fax, a scanner’s document), refuses a chain of pages that loops, survives hostile counts', { timeout: 60_000 }, async () => {
    const twoPages = gunzipSync(fixture('rib-page2.tif.gz'));
    const { r, at } = await analyse(file('fax.tif', twoPages));
    expect(r.error).toBeUndefined();
    expect(at.filter((a) => a.startsWith('iban'))).toEqual(['iban page 2, texte lu dans l’image, ligne 4']);
    // (its first page alone, blank, has no words: the file is one to check by hand)
    const firstOnly = Buffer.from(twoPages);
    const secondIfd = firstOnly.readUInt32LE(8 + 2 + 9 * 12);
    firstOnly.writeUInt32LE(0, 8 + 2 + 9 * 12);
    expect((await analyse(file('page-blanche.tif', firstOnly))).r).toMatchObject({ binary: true, total: 0 });
    // the second page pointing back to the first: damaged, not read for ever
    const loop = Buffer.from(twoPages);
    loop.writeUInt32LE(8, secondIfd + 2 + 9 * 12);
    expect((await analyse(file('boucle.tif', loop))).r.error).toEqual({ code: 'CORROMPU', message: 'Fichier image endommagé ou illisible.' });
    // a count of 3 billion strip sizes (tag 279, the 9th entry of the first page): UTIF's own reader grew an array
    // until V8 aborted the process; the sizes are left unread now (they run past the end), the first page's strip
    // is taken whole as for any uncompressed page, and the second is read
    const huge = Buffer.from(twoPages);
    expect(huge.readUInt16LE(8 + 2 + 8 * 12)).toBe(279);
    huge.writeUInt32LE(3_422_552_065, 8 + 2 + 8 * 12 + 4);
    expect((await analyse(file('compte-enorme.tif', huge))).at.filter((a) => a.startsWith('iban'))).toEqual(['iban page 2, texte lu dans l’image, ligne 4']);
  });

  it('reads images in an archive and attached to an e-mail, and counts them when not asked', { timeout: 60_000 }, async () => {
    const zip = zipSync({ 'Banque/rib.jpg': new Uint8Array(RIB.jpg!), 'photo.png': new Uint8Array(TINY_PNG), 'notes.txt': strToU8('Rien') });
    const inZip = await analyse(file('pieces.zip', zip));
    expect(inZip.at).toContain('iban dans l’archive : Banque/rib.jpg, texte lu dans l’image, ligne 4');
    expect(inZip.r.unread).toEqual({ image: 1 }); // the photo without words
    const off = await analyse(file('pieces.zip', zip), false);
    expect(off.r.total).toBe(0);
    expect(off.r.unread).toEqual({ image: 2 });

    const part = (name: string, data: Buffer, inline = false) => [
      `--B`,
      `Content-Type: image/png; name="${name}"`,
      ...(inline ? [`Content-Disposition: inline; filename="${name}"`] : []),
      'Content-Transfer-Encoding: base64',
      '',
      data.toString('base64'),
    ];
    const eml = ['Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: text/plain', '', 'Voici mon RIB.', ...part('rib.png', RIB.png!), ...part('logo.png', RIB.png!, true), '--B--', ''].join('\r\n');
    const mail = await analyse(file('envoi.eml', eml));
    // the attached RIB is read; the logo shown in the message is not
    expect(mail.at.filter((a) => a.startsWith('iban'))).toEqual(['iban pièce jointe « rib.png », texte lu dans l’image, ligne 4']);
    expect((await analyse(file('envoi.eml', eml), false)).r).toMatchObject({ total: 0, unread: { image: 1 } });
  });

  it('reads the scanned pages of a PDF (pages without text), and says when even its pictures hold no words', { timeout: 60_000 }, async () => {
    const pdf = await makePdf([['Contrat de prestation, page de texte.']], { scans: [RIB.jpg!, RIB.png!] });
    const { r, at } = await analyse(file('contrat-signe.pdf', pdf));
    expect(r.error).toBeUndefined();
    expect(at.filter((a) => a.startsWith('iban'))).toEqual(['iban page 2, texte lu dans l’image, ligne 4', 'iban page 3, texte lu dans l’image, ligne 4']);
    expect(r.pages).toBe(3);
    // one picture shown on several pages (pdfjs then shares it between pages)
    const path = fileURLToPath(new URL('./fixtures/rib.jpg', import.meta.url));
    const twice = await analyse(file('deux-fois.pdf', await makePdf([], { scans: [path, path, path] })));
    expect(twice.at.filter((a) => a.startsWith('iban'))).toEqual([1, 2, 3].map((n) => `iban page ${n}, texte lu dans l’image, ligne 4`));
    // a whole A4 page scanned at 300 dpi (8.7 megapixels; given to Tesseract as BMP, it took 20 s and 1.3 GB, and
    // came back empty: « Aucun texte »)
    const a4 = await analyse(file('courrier-scanne.pdf', await makePdf([], { scans: [fixture('scan-a4.jpg')] })));
    expect(a4.r.error).toBeUndefined();
    expect(a4.at).toContain('iban page 1, texte lu dans l’image, ligne 6');
    // without --images, as before: the pages of text only (here, nothing to find)
    expect((await analyse(file('contrat-signe.pdf', pdf), false)).r.total).toBe(0);
    const blank = await makePdf([], { scans: [TINY_PNG] });
    expect((await analyse(file('scan-blanc.pdf', blank))).r.error).toEqual({ code: 'SANS_TEXTE', message: 'Aucun texte dans ce PDF, même dans ses images (document scanné illisible ?) : vérifiez-le à la main.' });
    expect((await analyse(file('scan-blanc.pdf', blank), false)).r.error?.message).toMatch(/^Aucun texte dans ce PDF \(document scanné ou images\)/);
  });

  it('reads the pictures pasted into Word and OpenDocument files, not their logos', { timeout: 60_000 }, async () => {
    const docx = makeDocx(['Madame,', 'Veuillez trouver ci-dessous mon RIB.'], [], { 'image1.png': RIB.png!, 'image2.png': TINY_PNG });
    const word = await analyse(file('courrier.docx', docx));
    expect(word.r.error).toBeUndefined();
    expect(word.at.filter((a) => a.startsWith('iban'))).toEqual(['iban image « image1.png », texte lu dans l’image, ligne 4']);
    // (the 70-byte logo was not read, nor counted as a picture to check)
    expect(word.r.unread).toBeUndefined();
    expect((await analyse(file('courrier.docx', docx), false)).r.total).toBe(0);
    const odt = { ...unzipSync(makeOdt(['Voir la pièce jointe.'])), 'Pictures/100000010000.jpg': new Uint8Array(RIB.jpg!) };
    expect((await analyse(file('note.odt', zipSync(odt)))).at.filter((a) => a.startsWith('iban'))).toEqual(['iban image « 100000010000.jpg », texte lu dans l’image, ligne 4']);
  });

  it('goes through the worker threads, and `rempart scan --images --format jsonl` prints findings only', { timeout: 120_000 }, async () => {
    const sub = mkdtempSync(join(dir, 'dossier-'));
    writeFileSync(join(sub, 'rib.png'), RIB.png!);
    writeFileSync(join(sub, 'photo.png'), TINY_PNG);
    writeFileSync(join(sub, 'casse.jpg'), Buffer.concat([RIB.jpg!.subarray(0, 2), Buffer.alloc(400, 7)]));
    writeFileSync(join(sub, 'coupee.heic'), BROKEN_HEIC);
    let last: ScanProgress | null = null;
    const reports = [];
    for await (const r of scanFolders([sub], { workers: 2, readImages: true, onProgress: (p) => (last = p) })) reports.push(r);
    // (in the order the two workers finish them: sorted)
    expect(reports.map((r) => [r.path.slice(sub.length + 1), r.error?.code ?? Object.keys(r.counts).length]).sort()).toEqual([
      ['casse.jpg', 'CORROMPU'],
      ['coupee.heic', 'CORROMPU'],
      ['rib.png', 3],
    ]);
    expect(last!.unread).toEqual({ image: 1 });

    const run = (args: string[]) => promisify(execFile)(process.execPath, ['bin/rempart.js', 'scan', ...args, sub], { env: { ...process.env, REMPART_DATA: dir } }).catch((e: { stdout: string; stderr: string }) => e);
    const { stdout, stderr } = await run(['--images', '--format', 'jsonl']);
    const lines = stdout.trim().split('\n');
    // (nor do Tesseract's and libheif's own messages on the damaged images reach the terminal;
    // the two errors come in the order the two workers finish them: sorted)
    expect(stderr.trim().split('\n').sort()).toEqual(['casse.jpg', 'coupee.heic'].map((n) => `${join(sub, n)} : Fichier image endommagé ou illisible.`));
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type).sort()).toEqual([...FOUND].sort());
    // without --images, the three are counted as images to check by hand, with the way to read them
    expect((await run([])).stdout).toMatch(/4 images ou photos — .*\n  Pour lire le texte des photos et des scans : relancez l’analyse avec --images \(plus lent\)\.\n/);
    // with it, the photo without words is counted, and nothing more is proposed
    expect((await run(['--images'])).stdout).toMatch(/1 image ou photo — [^\n]*\n\n?$/);
  });
});
