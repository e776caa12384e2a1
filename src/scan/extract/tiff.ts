// Scanned TIFFs of several pages: scanners and fax software keep a whole document in one TIFF, of
// which Tesseract reads the first page only. Each page is then decoded by UTIF (utif2, the TIFF
// decoder of jimp) and read in turn. A TIFF of one page goes to Tesseract as it is.
//
// The pages' tags are read here, not by UTIF's own reader: that one trusts the file, and a single
// changed byte (a count of 3 billion values) made it grow an array until V8 aborted the whole
// process, web server included. Here only the tags that draw a page are read, their values must
// lie in the file, and nothing is followed but the chain of pages (no sub-images, EXIF or maker
// notes: not needed to draw a page).
import { createRequire } from 'node:module';
import { fileErrors } from '../errors.ts';
import { checkPixels, type Pixels } from './bitmap.ts';

const require = createRequire(import.meta.url);
const UTIF = require('utif2') as typeof import('utif2');

/** More pages than this is not a scanned document: the chain of pages is damaged. */
const MAX_PAGES = 10_000;
/** Bytes per value of each TIFF type (1 to 13); the others are not read. */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/**
 * The tags UTIF draws a page with (size, compression, colours, strips and tiles, tables); the
 * others are left unread. 271, the maker, names a camera whose files it decodes its own way.
 */
const PAGE_TAGS = new Set([254, 256, 257, 258, 259, 262, 266, 271, 273, 277, 278, 279, 284, 292, 317, 320, 322, 323, 324, 325, 338, 339, 347, 513, 514, 530, 532]);
/** Values read from one file, at most: each page's are kept while the pages are read. */
const MAX_VALUES = 16_000_000;

export const isTiff = (data: Uint8Array) => data.length >= 8 && ((data[0] === 0x49 && data[1] === 0x49 && data[2] === 42 && data[3] === 0) || (data[0] === 0x4d && data[1] === 0x4d && data[2] === 0 && data[3] === 42));

type Tags = Record<string, unknown>;
/** The images a TIFF chains (its pages, and any thumbnail), each as the tags UTIF draws it with. */
export type TiffImages = readonly Tags[];

/**
 * The tags of each image of the chain, as UTIF names them (« t256 »: an array of values); a chain
 * that loops, or more values than allowed, are damaged.
 */
export function readTiffImages(data: Uint8Array): TiffImages {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const le = data[0] === 0x49;
  const damaged = () => fileErrors.corrupt('image');
  const seen = new Set<number>();
  const images: Tags[] = [];
  let values = 0;
  for (let at = view.getUint32(4, le); at !== 0; ) {
    if (seen.has(at) || seen.size >= MAX_PAGES || at + 2 > data.length) throw damaged();
    seen.add(at);
    const count = view.getUint16(at, le);
    const next = at + 2 + count * 12;
    if (next + 4 > data.length) throw damaged();
    const tags: Tags = {};
    for (let i = 0; i < count; i++) {
      const entry = at + 2 + i * 12;
      const [tag, type, n] = [view.getUint16(entry, le), view.getUint16(entry + 2, le), view.getUint32(entry + 4, le)];
      const size = TYPE_SIZE[type] ?? 0;
      if (size === 0 || !PAGE_TAGS.has(tag)) continue;
      // values of 4 bytes or less sit in the entry itself, the others where it points; values
      // said to run past the end are left out (the page then cannot be drawn: damaged)
      const from = size * n <= 4 ? entry + 8 : view.getUint32(entry + 8, le);
      if (from + size * n > data.length) continue;
      if ((values += n) > MAX_VALUES) throw damaged();
      if (type === 1 || type === 7) tags[`t${tag}`] = data.subarray(from, from + n);
      else if (type === 2) tags[`t${tag}`] = [String.fromCharCode(...data.subarray(from, from + Math.min(n, 256))).replace(/\0.*$/s, '')];
      else if (type === 3) tags[`t${tag}`] = Array.from({ length: n }, (_, k) => view.getUint16(from + 2 * k, le));
      else if (type === 4 || type === 13) tags[`t${tag}`] = Array.from({ length: n }, (_, k) => view.getUint32(from + 4 * k, le));
    }
    images.push(tags);
    at = view.getUint32(next, le);
  }
  return images;
}

const first = (tags: Tags, n: number, otherwise = 0) => Number((tags[`t${n}`] as number[] | undefined)?.[0] ?? otherwise);
// (UTIF takes the other images too, for the tables that pages share; its types leave them out)
const decodeImage = UTIF.decodeImage as unknown as (file: ArrayBuffer, image: Tags, images: TiffImages) => void;
const toRGBA8 = UTIF.toRGBA8 as unknown as (image: Tags) => Uint8Array;

/** A page's width and height, as its tags say. */
export const tiffPageSize = (image: TiffImages[number]) => ({ width: first(image, 256), height: first(image, 257) });

/** The pages of a TIFF (its images as readTiffImages read them) as pixels, one at a time; a reduced-resolution copy (a thumbnail, tag 254) is not a page. */
export function* tiffPages(data: Uint8Array, images: TiffImages): Generator<Pixels> {
  // one ArrayBuffer for all the pages: UTIF would copy a Buffer once per page
  const file = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  for (const image of images) {
    if ((first(image, 254) & 1) === 1) continue;
    const { width, height } = tiffPageSize(image);
    // (bits per sample and samples per pixel size UTIF's buffers: a page has at most 4 × 16 bits)
    if (width === 0 || height === 0 || first(image, 258, 1) > 16 || first(image, 277, 1) > 4 || first(image, 322) * first(image, 323) > 16_000_000) throw fileErrors.corrupt('image');
    checkPixels(width, height);
    let rgba: Uint8Array;
    try {
      decodeImage(file, image, images);
      rgba = toRGBA8(image);
    } catch {
      throw fileErrors.corrupt('image');
    }
    if (rgba.length < width * height * 4) throw fileErrors.corrupt('image');
    yield { width, height, kind: 3, data: rgba };
  }
}
