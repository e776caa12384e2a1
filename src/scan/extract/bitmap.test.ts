// BMP from pdfjs' decoded pixels: the three kinds, rows bottom-up and padded.
import { describe, expect, it } from 'vitest';
import { toBmp } from './bitmap.ts';

/** The pixel at (x, y) of a 24-bit bottom-up BMP, as [r, g, b]. */
function pixel(bmp: Buffer, x: number, y: number): number[] {
  const width = bmp.readInt32LE(18);
  const height = bmp.readInt32LE(22);
  const row = Math.ceil((width * 3) / 4) * 4;
  const at = bmp.readUInt32LE(10) + (height - 1 - y) * row + x * 3;
  return [bmp[at + 2]!, bmp[at + 1]!, bmp[at]!];
}

describe('toBmp', () => {
  it('writes RGB and RGBA pixels in place, rows padded to 4 bytes', () => {
    const rgb = toBmp({ width: 3, height: 2, kind: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) });
    expect(rgb.length).toBe(54 + 12 * 2);
    expect(rgb.readUInt32LE(2)).toBe(rgb.length);
    expect([pixel(rgb, 0, 0), pixel(rgb, 2, 0), pixel(rgb, 1, 1)]).toEqual([[1, 2, 3], [7, 8, 9], [13, 14, 15]]);
    const rgba = toBmp({ width: 2, height: 1, kind: 3, data: new Uint8ClampedArray([9, 8, 7, 255, 6, 5, 4, 0]) });
    expect([pixel(rgba, 0, 0), pixel(rgba, 1, 0)]).toEqual([[9, 8, 7], [6, 5, 4]]);
  });

  it('expands one bit per pixel, rows padded to a byte, 1 as white', () => {
    // 9 pixels wide: two bytes per row
    const bits = toBmp({ width: 9, height: 2, kind: 1, data: new Uint8Array([0b10000000, 0b10000000, 0b01000000, 0]) });
    expect([0, 1, 8].map((x) => pixel(bits, x, 0)[0])).toEqual([255, 0, 255]);
    expect([0, 1, 8].map((x) => pixel(bits, x, 1)[0])).toEqual([0, 255, 0]);
  });
});
