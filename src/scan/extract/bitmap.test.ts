// Grey PGM for Tesseract from pdfjs' and libheif's decoded pixels: the three kinds, and large images shrunk.
import { describe, expect, it } from 'vitest';
import { toPgm } from './bitmap.ts';

/** The size of a PGM and its grey pixels, top-down. */
function read(pgm: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number } {
  const header = /^P5\n(\d+) (\d+)\n255\n/.exec(pgm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  expect(pgm.length).toBe(header[0].length + width * height);
  return { width, height, pixel: (x, y) => pgm[header[0].length + y * width + x]! };
}

describe('toPgm', () => {
  it('writes RGB and RGBA pixels in place as grey (0.299 R + 0.587 G + 0.114 B), the top row first', () => {
    const rgb = read(toPgm({ width: 3, height: 2, kind: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) }));
    expect([rgb.width, rgb.height]).toEqual([3, 2]);
    expect([rgb.pixel(0, 0), rgb.pixel(2, 0), rgb.pixel(1, 1)]).toEqual([2, 8, 14]);
    const rgba = read(toPgm({ width: 2, height: 1, kind: 3, data: new Uint8ClampedArray([9, 8, 7, 255, 100, 0, 0, 0]) }));
    expect([rgba.pixel(0, 0), rgba.pixel(1, 0)]).toEqual([8, 30]);
  });

  it('expands one bit per pixel, rows padded to a byte, 1 as white', () => {
    // 9 pixels wide: two bytes per row
    const bits = read(toPgm({ width: 9, height: 2, kind: 1, data: new Uint8Array([0b10000000, 0b10000000, 0b01000000, 0]) }));
    expect([0, 1, 8].map((x) => bits.pixel(x, 0))).toEqual([255, 0, 255]);
    expect([0, 1, 8].map((x) => bits.pixel(x, 1))).toEqual([0, 255, 0]);
  });

  it('shrinks a large image under the pixel cap, each square of pixels averaged into one', () => {
    // 4 × 2 pixels of RGB, capped at 2 pixels: squares of 2 × 2
    const data = new Uint8Array([0, 0, 0, 10, 10, 10, 100, 0, 0, 100, 0, 0, 20, 20, 20, 30, 30, 30, 100, 0, 0, 100, 0, 0]);
    const small = read(toPgm({ width: 4, height: 2, kind: 2, data }, 2));
    expect([small.width, small.height]).toEqual([2, 1]);
    expect([small.pixel(0, 0), small.pixel(1, 0)]).toEqual([15, 30]);
    // a tall strip one pixel wide stays one pixel wide, averaged on its own pixels only
    const strip = read(toPgm({ width: 1, height: 4, kind: 3, data: new Uint8Array([0, 0, 0, 255, 40, 40, 40, 255, 8, 8, 8, 255, 0, 0, 0, 255]) }, 2));
    expect([strip.width, strip.height]).toEqual([1, 2]);
    expect([strip.pixel(0, 0), strip.pixel(0, 1)]).toEqual([20, 4]);
  });
});
