// Decoded pixels (an image painted on a PDF page, as pdfjs gives it) written as a BMP file,
// the simplest format Tesseract reads: 24 bits per pixel, rows bottom-up, padded to 4 bytes.

/** pdfjs' ImageKind: 1 bit of grey per pixel (rows padded to a byte), RGB, or RGBA. */
export type PixelKind = 1 | 2 | 3;

export interface Pixels {
  width: number;
  height: number;
  kind: PixelKind;
  data: Uint8Array | Uint8ClampedArray;
}

export function toBmp({ width, height, kind, data }: Pixels): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + row * height);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(row * height, 34);
  const bitRow = Math.ceil(width / 8);
  for (let y = 0; y < height; y++) {
    const line = 54 + (height - 1 - y) * row;
    for (let x = 0; x < width; x++) {
      let r: number, g: number, b: number;
      if (kind === 1) r = g = b = (data[y * bitRow + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
      else {
        const at = (y * width + x) * (kind === 2 ? 3 : 4);
        [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!];
      }
      out[line + x * 3] = b;
      out[line + x * 3 + 1] = g;
      out[line + x * 3 + 2] = r;
    }
  }
  return out;
}
