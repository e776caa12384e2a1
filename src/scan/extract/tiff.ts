// Scanned TIFFs of several pages: scanners and fax software keep a whole document in one TIFF, of
// which Tesseract reads the first page only. Each page is then decoded by UTIF (utif2, the TIFF
// reader of jimp) and read in turn. A TIFF of one page goes to Tesseract as it is.
import { createRequire } from 'node:module';
import { fileErrors } from '../errors.ts';
import { checkPixels, type Pixels } from './bitmap.ts';

const require = createRequire(import.meta.url);
const UTIF = require('utif2') as typeof import('utif2');

/** More pages than this is not a scanned document: the chain of pages is damaged. */
const MAX_PAGES = 10_000;

export const isTiff = (data: Uint8Array) => data.length >= 8 && ((data[0] === 0x49 && data[1] === 0x49 && data[2] === 42 && data[3] === 0) || (data[0] === 0x4d && data[1] === 0x4d && data[2] === 0 && data[3] === 42));

/**
 * How many images the TIFF chains (pages, with any thumbnail among them). Walked here first, since
 * UTIF follows a chain that loops back for ever; one that loops or leaves the file is damaged.
 */
export function tiffImageCount(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const le = data[0] === 0x49;
  const seen = new Set<number>();
  for (let at = view.getUint32(4, le); at !== 0; ) {
    if (seen.has(at) || seen.size >= MAX_PAGES || at + 2 > data.length) throw fileErrors.corrupt('image');
    seen.add(at);
    const next = at + 2 + view.getUint16(at, le) * 12;
    if (next + 4 > data.length) throw fileErrors.corrupt('image');
    at = view.getUint32(next, le);
  }
  return seen.size;
}

type Image = ReturnType<typeof UTIF.decode>[number];
/** A tag's first value: 254, what the image is; 256 and 257, its width and height. */
const tag = (image: Image, n: number) => Number((image[`t${n}`] as number[] | undefined)?.[0] ?? 0);
// (UTIF takes the other images too, for the tables that pages share; its types leave them out)
const decodeImage = UTIF.decodeImage as (file: ArrayBuffer, image: Image, images: Image[]) => void;

/** The pages of a TIFF as pixels, one at a time; a reduced-resolution copy (a thumbnail) is not a page. */
export function* tiffPages(data: Uint8Array): Generator<Pixels> {
  tiffImageCount(data); // (a chain that loops is refused before UTIF follows it)
  // one ArrayBuffer for all the pages: UTIF would copy a Buffer once per page
  const file = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  let images: Image[];
  try {
    images = UTIF.decode(file);
  } catch {
    throw fileErrors.corrupt('image');
  }
  for (const image of images) {
    if ((tag(image, 254) & 1) === 1) continue;
    checkPixels(tag(image, 256), tag(image, 257));
    let rgba: Uint8Array;
    try {
      decodeImage(file, image, images);
      rgba = UTIF.toRGBA8(image);
    } catch {
      throw fileErrors.corrupt('image');
    }
    yield { width: Number(image.width), height: Number(image.height), kind: 3, data: rgba };
  }
}
