// The size PNG, JPEG, WebP and GIF headers say, read before Tesseract decodes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from './image-size.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/scan/fixtures', name));

describe('imageSize', () => {
  it('reads the size of the fixtures (PNG, baseline JPEG, WebP, GIF, a scanned A4 page)', () => {
    for (const name of ['rib.png', 'rib.jpg', 'rib.webp', 'rib.gif']) expect(imageSize(fixture(name)), name).toEqual({ width: 760, height: 330 });
    expect(imageSize(fixture('scan-a4.jpg'))).toEqual({ width: 2480, height: 3508 });
  });

  it('finds a progressive JPEG frame after other segments, and the three kinds of WebP', () => {
    const app = Buffer.from([0xff, 0xe1, 0x00, 0x06, 1, 2, 3, 4]);
    const sof2 = Buffer.from([0xff, 0xc2, 0x00, 0x11, 8, 0x4e, 0x20, 0x75, 0x30, 3]); // 30 000 wide, 20 000 high
    expect(imageSize(Buffer.concat([Buffer.from([0xff, 0xd8]), app, Buffer.from([0xff]), sof2, Buffer.alloc(20)]))).toEqual({ width: 30_000, height: 20_000 });
    const riff = (chunk: string, body: Buffer) => Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'), Buffer.from(chunk, 'latin1'), Buffer.alloc(4), body, Buffer.alloc(16)]);
    const vp8x = Buffer.alloc(10);
    vp8x.writeUIntLE(40_000 - 1, 4, 3);
    vp8x.writeUIntLE(30_000 - 1, 7, 3);
    expect(imageSize(riff('VP8X', vp8x))).toEqual({ width: 40_000, height: 30_000 });
    const vp8l = Buffer.alloc(5);
    vp8l[0] = 0x2f;
    vp8l.writeUInt32LE((16_000 - 1) | ((9_000 - 1) << 14), 1);
    expect(imageSize(riff('VP8L', vp8l))).toEqual({ width: 16_000, height: 9_000 });
    const vp8 = Buffer.from([0, 0, 0, 0x9d, 0x01, 0x2a, 0x10, 0x27, 0x10, 0x27]); // 10 000 × 10 000
    expect(imageSize(riff('VP8 ', vp8))).toEqual({ width: 10_000, height: 10_000 });
  });

  it('says nothing of what it cannot tell: another format, a JPEG cut before its frame, a broken segment', () => {
    expect(imageSize(Buffer.from('pas une image'))).toBeNull();
    expect(imageSize(fixture('rib.jpg').subarray(0, 20))).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0x12, 0x34, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });
});
