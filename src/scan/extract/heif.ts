// iPhone photos (HEIC, HEIF): Tesseract cannot open them, so libheif (libheif-js, WebAssembly)
// decodes them first, and they reach Tesseract as a PGM (bitmap.ts). A fresh libheif per photo,
// as for 7-Zip: the memory a large photo took is given back with it.
import { createRequire } from 'node:module';
import { fileErrors } from '../errors.ts';
import { checkPixels, toPgm } from './bitmap.ts';

interface HeifImage {
  get_width(): number;
  get_height(): number;
  display(target: { data: Uint8ClampedArray; width: number; height: number }, done: (result: unknown) => void): void;
  free(): void;
}
interface LibHeif {
  ready?: Promise<unknown>;
  HeifDecoder: new () => { decode(data: Uint8Array): HeifImage[]; decoder: { delete(): void } | null };
}

const require = createRequire(import.meta.url);

/** The brands of an ISO file (« ftyp » box) that mark a HEIF image or a sequence of them (Apple's live photos). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);

/** Whether the bytes are a HEIF image, whatever the file's name says. */
export function isHeif(data: Uint8Array): boolean {
  if (data.length < 12) return false;
  const text = (from: number) => String.fromCharCode(...data.subarray(from, from + 4));
  return text(4) === 'ftyp' && HEIF_BRANDS.has(text(8));
}

/**
 * The photo’s first (main) image as a PGM for Tesseract, shrunk when large; a damaged photo is
 * « endommagé ». (libheif prints its errors with console.log: silenced, like every reader's, by
 * the scan worker.)
 */
export async function heifToPgm(data: Uint8Array): Promise<Buffer> {
  const libheif = (require('libheif-js/libheif-wasm/libheif-bundle.js') as () => LibHeif)();
  await libheif.ready;
  const decoder = new libheif.HeifDecoder();
  const images = decoder.decode(data);
  try {
    const image = images[0];
    if (!image) throw fileErrors.corrupt('image');
    const [width, height] = [image.get_width(), image.get_height()];
    checkPixels(width, height);
    const target = { data: new Uint8ClampedArray(width * height * 4), width, height };
    const shown = await new Promise<unknown>((resolve) => image.display(target, resolve));
    if (!shown) throw fileErrors.corrupt('image');
    return toPgm({ width, height, kind: 3, data: target.data });
  } finally {
    for (const image of images) image.free();
    decoder.decoder?.delete();
  }
}
