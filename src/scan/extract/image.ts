// Images (photos, scans of an identity card, a RIB, a signed form): their text is recognised by
// Tesseract (tesseract.js, WebAssembly, with the French model of @tesseract.js-data/fra shipped
// by npm: nothing is downloaded), then searched like any text, with the locator « texte lu dans
// l’image, ligne N ». iPhone photos (heif.ts) and BMPs (bitmap.ts) are decoded here first, and
// each page of a TIFF of several (tiff.ts). Only when the scan is asked to (`--images`): it is
// slower by far. An image in which no word is recognised says so (SANS_TEXTE): it may still be a
// document, to check by hand.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'tesseract.js';
import { fileErrors, ScanFileError } from '../errors.ts';
import { bmpToPgm, checkPixels, isBmp, toPgm, type Pixels } from './bitmap.ts';
import { heifToPgm, isHeif } from './heif.ts';
import { imageSize } from './image-size.ts';
import { isTiff, readTiffImages, tiffPages, tiffPageSize, type TiffImages } from './tiff.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { readZipEntries } from './zip.ts';

const require = createRequire(import.meta.url);
/** The integer LSTM model (700 KB): tesseract.js's default, for French. */
const langPath = join(dirname(require.resolve('@tesseract.js-data/fra/package.json')), '4.0.0_best_int');
const workerPath = join(dirname(fileURLToPath(import.meta.url)), 'ocr-worker.cjs');

/** Above this, an image is a poster or a panorama, not a document: its pixels would fill the memory. */
const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

let engine: Promise<Worker> | null = null;

/** One Tesseract per scan worker thread, started on its first image and ended with the thread. */
async function tesseract(): Promise<Worker> {
  const { createWorker, OEM } = await import('tesseract.js');
  // cacheMethod 'none': the model is read from node_modules, and nothing is written next to the scan
  return createWorker('fra', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none', workerPath, errorHandler: () => {} });
}

/**
 * The image as Tesseract is given it: HEIC (which it cannot read) and BMP (which it reads badly)
 * decoded here first; the others, which it decodes itself, held to the same pixel cap by the size
 * their header says (a 439 KB PNG of 20 000 × 20 000 pixels took 12.7 s and 1.7 GB).
 */
export async function forTesseract(data: Uint8Array, tiff: TiffImages | null = isTiff(data) ? readTiffImages(data) : null): Promise<Buffer> {
  if (isHeif(data)) return heifToPgm(data);
  if (isBmp(data)) return bmpToPgm(data);
  // (of a TIFF, the first page: the one Tesseract reads)
  const size = tiff ? (tiff[0] ? tiffPageSize(tiff[0]) : null) : imageSize(data);
  if (size) checkPixels(size.width, size.height);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** The text Tesseract reads in an image file, line by line (a TIFF's images given when already read). */
export async function recognise(data: Uint8Array, alive: () => void = () => {}, tiff?: TiffImages | null): Promise<string[]> {
  if (data.length > MAX_IMAGE_BYTES) throw fileErrors.tooBig(MAX_IMAGE_BYTES / 1024 / 1024);
  return ocr(() => forTesseract(data, tiff), alive);
}

/** The text Tesseract reads in decoded pixels (a PDF's scan, a TIFF's page): no file to cap, they are shrunk instead. */
export async function recognisePixels(pixels: Pixels, alive: () => void = () => {}): Promise<string[]> {
  return ocr(async () => toPgm(pixels), alive);
}

async function ocr(image: () => Promise<Buffer>, alive: () => void): Promise<string[]> {
  const worker = await (engine ??= tesseract().catch((e: unknown) => {
    engine = null;
    throw e;
  }));
  // recognition runs in Tesseract's own thread: this one stays free to tell the pool it is alive
  const timer = setInterval(alive, 1000);
  try {
    const { data: result } = await worker.recognize(await image());
    // (the blank lines Tesseract puts between blocks of text are left out of the numbering)
    return result.text.split('\n').filter((l) => l.trim() !== '');
  } catch (e) {
    if (e instanceof ScanFileError) throw e;
    throw fileErrors.corrupt('image');
  } finally {
    clearInterval(timer);
  }
}

/** Recognised text worth searching: at least one word of two letters. */
export const hasWords = (lines: readonly string[]) => lines.some((l) => /\p{L}{2}/u.test(l));

/** The findings in recognised lines, located « texte lu dans l’image, ligne N » after `where` (« page 2, »). */
export function addRecognised(sink: FindingSink, lines: string[], detect: Detect, where = ''): void {
  addSegmentDetections(sink, lines, (t) => detect(t, { format: 'text' }), (i) => `${where}texte lu dans l’image, ligne ${i + 1}`);
}

export async function scanImage(data: Uint8Array, detect: Detect, sink: FindingSink, alive?: () => void): Promise<void> {
  const tiff = isTiff(data) ? readTiffImages(data) : null;
  if (tiff && tiff.length > 1) return scanTiffPages(data, tiff, detect, sink, alive);
  const lines = await recognise(data, alive, tiff);
  if (!hasWords(lines)) throw fileErrors.noTextInImage();
  addRecognised(sink, lines, detect);
}

/** A TIFF of several pages (a fax, a scanner's document): every page read, located « page 2, texte lu dans l’image, ligne 4 ». */
async function scanTiffPages(data: Uint8Array, images: TiffImages, detect: Detect, sink: FindingSink, alive?: () => void): Promise<void> {
  let page = 0;
  let words = false;
  for (const pixels of tiffPages(data, images)) {
    const lines = await recognisePixels(pixels, alive);
    page++;
    if (!hasWords(lines)) continue;
    words = true;
    addRecognised(sink, lines, detect, `page ${page}, `);
  }
  if (!words) throw fileErrors.noTextInImage();
}

/** Pictures inside Office and OpenDocument files: Word, Excel and PowerPoint media, OpenDocument « Pictures ». */
const EMBEDDED_PICTURE = /^(?:(?:word|xl|ppt)\/media|Pictures)\/[^/]+\.(?:png|jpe?g|bmp|tiff?|webp)$/i;
/** Below this, a picture is a logo or an icon, not a document worth reading. */
const MIN_EMBEDDED_BYTES = 4 * 1024;

/**
 * The pictures pasted into a document (a photographed identity card in a Word letter, a scanned
 * RIB on a slide), read by Tesseract when the scan reads images; located « image « image1.png »,
 * texte lu dans l’image, ligne 3 ». One that cannot be read is counted as not read.
 */
export async function scanEmbeddedImages(data: Uint8Array, detect: Detect, sink: FindingSink, alive?: () => void): Promise<void> {
  const entries = readZipEntries(data, 'Office', (name) => EMBEDDED_PICTURE.test(name));
  for (const name of entries.names().sort()) {
    const bytes = entries.bytes(name)!;
    if (bytes.length < MIN_EMBEDDED_BYTES) continue;
    const picture = name.slice(name.lastIndexOf('/') + 1);
    await sink.within(`image « ${picture} »`, async () => {
      const lines = await recognise(bytes, alive).catch(() => null);
      if (lines === null) sink.countUnread('illisible');
      else if (!hasWords(lines)) sink.countUnread('image');
      else addRecognised(sink, lines, detect);
    });
  }
}

/** Ends this thread's Tesseract (the command line's own thread, tests). */
export async function closeImageReader(): Promise<void> {
  const worker = engine;
  engine = null;
  await (await worker?.catch(() => null))?.terminate();
}
