// PPM for Tesseract from pdfjs' and libheif's decoded pixels: the three kinds, and large images shrunk.
import { describe, expect, it } from 'vitest';
import { toPpm } from './bitmap.ts';

/** The size of a PPM and its pixels, top-down, as [r, g, b]. */
function read(ppm: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  const header = /^P6\n(\d+) (\d+)\n255\n/.exec(ppm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  expect(ppm.length).toBe(header[0].length + width * height * 3);
  const pixel = (x: number, y: number) => [...ppm.subarray(header[0].length + (y * width + x) * 3, header[0].length + (y * width + x) * 3 + 3)];
  return { width, height, pixel };
}

describe('toPpm', () => {
  it('writes RGB and RGBA pixels in place, the top row first', () => {
    const rgb = read(toPpm({ width: 3, height: 2, kind: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) }));
    expect([rgb.width, rgb.height]).toEqual([3, 2]);
    expect([rgb.pixel(0, 0), rgb.pixel(2, 0), rgb.pixel(1, 1)]).toEqual([[1, 2, 3], [7, 8, 9], [13, 14, 15]]);
    const rgba = read(toPpm({ width: 2, height: 1, kind: 3, data: new Uint8ClampedArray([9, 8, 7, 255, 6, 5, 4, 0]) }));
    expect([rgba.pixel(0, 0), rgba.pixel(1, 0)]).toEqual([[9, 8, 7], [6, 5, 4]]);
  });

  it('expands one bit per pixel, rows padded to a byte, 1 as white', () => {
    // 9 pixels wide: two bytes per row
    const bits = read(toPpm({ width: 9, height: 2, kind: 1, data: new Uint8Array([0b10000000, 0b10000000, 0b01000000, 0]) }));
    expect([0, 1, 8].map((x) => bits.pixel(x, 0)[0])).toEqual([255, 0, 255]);
    expect([0, 1, 8].map((x) => bits.pixel(x, 1)[0])).toEqual([0, 255, 0]);
  });

  it('shrinks a large image under the pixel cap, each square of pixels averaged into one', () => {
    // 4 × 2 pixels of RGB, capped at 2 pixels: squares of 2 × 2
    const data = new Uint8Array([0, 0, 0, 10, 10, 10, 100, 0, 0, 100, 0, 0, 20, 20, 20, 30, 30, 30, 100, 0, 0, 100, 0, 0]);
    const small = read(toPpm({ width: 4, height: 2, kind: 2, data }, 2));
    expect([small.width, small.height]).toEqual([2, 1]);
    expect([small.pixel(0, 0), small.pixel(1, 0)]).toEqual([[15, 15, 15], [100, 0, 0]]);
    // a tall strip one pixel wide stays one pixel wide, averaged on its own pixels only
    const strip = read(toPpm({ width: 1, height: 4, kind: 3, data: new Uint8Array([0, 0, 0, 255, 40, 40, 40, 255, 8, 8, 8, 255, 0, 0, 0, 255]) }, 2));
    expect([strip.width, strip.height]).toEqual([1, 2]);
    expect([strip.pixel(0, 0), strip.pixel(0, 1)]).toEqual([[20, 20, 20], [4, 4, 4]]);
  });
});
