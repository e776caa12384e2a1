// Decoded pixels (an image painted on a PDF page as pdfjs gives it, an iPhone photo as libheif
// gives it) written for Tesseract as a grey PGM file (« P5 »: a short header, then one byte per
// pixel): the simplest format its Leptonica reads itself. Grey, since Tesseract reads in grey: in
// colour (PPM) two workers reading scanned A4 letters peaked at 1.30–1.41 GB, in grey 0.86–0.88 GB.
// Not BMP: tesseract.js 5 re-encodes every BMP in JavaScript through an object of one key per byte,
// which took 12 s and 1.6 GB for 3 megapixels: BMP files are decoded here instead, by the same
// decoder (bmp-js), and given as PGM too.
import { createRequire } from 'node:module';
import { fileErrors } from '../errors.ts';

const require = createRequire(import.meta.url);
const bmp = require('bmp-js') as { decode(data: Buffer): { data: Buffer } };

/** pdfjs' ImageKind: 1 bit of grey per pixel (rows padded to a byte), RGB, or RGBA. */
export type PixelKind = 1 | 2 | 3;

export interface Pixels {
  width: number;
  height: number;
  kind: PixelKind;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * Above this, an image is shrunk (each square of n × n pixels averaged into one): a photo of 24
 * or 48 megapixels would take hundreds of MB in Tesseract, which reads a document as well at 12.
 */
export const OCR_MAX_PIXELS = 12_000_000;

export function toPgm({ width: fullWidth, height: fullHeight, kind, data }: Pixels, maxPixels = OCR_MAX_PIXELS): Buffer {
  const n = Math.max(1, Math.ceil(Math.sqrt((fullWidth * fullHeight) / maxPixels)));
  const width = Math.max(1, Math.floor(fullWidth / n));
  const height = Math.max(1, Math.floor(fullHeight / n));
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = Buffer.alloc(header.length + width * height);
  header.copy(out);
  const bitRow = Math.ceil(fullWidth / 8);
  const bytes = kind === 2 ? 3 : 4;
  let at = header.length;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0, count = 0;
      for (let sy = y * n; sy < (y + 1) * n && sy < fullHeight; sy++) {
        for (let sx = x * n; sx < (x + 1) * n && sx < fullWidth; sx++, count++) {
          if (kind === 1) {
            const v = (data[sy * bitRow + (sx >> 3)]! >> (7 - (sx & 7))) & 1 ? 255 : 0;
            r += v; g += v; b += v;
          } else {
            const from = (sy * fullWidth + sx) * bytes;
            r += data[from]!; g += data[from + 1]!; b += data[from + 2]!;
          }
        }
      }
      // (grey as the luma of ITU-R BT.601)
      out[at++] = Math.round((0.299 * r + 0.587 * g + 0.114 * b) / count);
    }
  }
  return out;
}

/** Past this, a picture is a decompression bomb (its pixels would take gigabytes), not a document. */
export const DECODE_MAX_PIXELS = 100_000_000;

/** Refuses a picture whose pixels would take gigabytes once decoded, before decoding it. */
export function checkPixels(width: number, height: number): void {
  if (width * height > DECODE_MAX_PIXELS) throw fileErrors.imageTooLarge(DECODE_MAX_PIXELS / 1_000_000);
}

export const isBmp = (data: Uint8Array) => data.length >= 26 && data[0] === 0x42 && data[1] === 0x4d;

/** A BMP file as a PGM (see the top of this file); a damaged one is « endommagé ». */
export function bmpToPgm(data: Uint8Array): Buffer {
  const file = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const [width, height] = [file.readUInt32LE(18), Math.abs(file.readInt32LE(22))];
  checkPixels(width, height);
  let pixels: Buffer;
  try {
    pixels = bmp.decode(file).data;
  } catch {
    throw fileErrors.corrupt('image');
  }
  // bmp-js gives each pixel as A, B, G, R
  for (let i = 0; i < pixels.length; i += 4) {
    const [b, r] = [pixels[i + 1]!, pixels[i + 3]!];
    pixels[i] = r;
    pixels[i + 1] = pixels[i + 2]!;
    pixels[i + 2] = b;
  }
  return toPgm({ width, height, kind: 3, data: pixels });
}
