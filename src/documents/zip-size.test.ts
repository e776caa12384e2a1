// The size a zip unpacks to, counted before a library unpacks it in the server's main thread.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZipSize, type ZipCaps } from './zip-size.ts';

const MiB = 1024 * 1024;
const CAPS: ZipCaps = { maxUnpacked: 300 * MiB, maxEntries: 10_000, maxRatio: 100, ratioFloor: 8 * MiB };
const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>Client ${i}</t></is></c></row>`).join('');
const sheet = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) });

/** The central directory listed `times` times, every copy pointing at the same entries (overlapping entries). */
function overlapping(zip: Uint8Array, times: number): Uint8Array {
  const b = Buffer.from(zip);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const [count, size, offset] = [b.readUInt16LE(eocd + 10), b.readUInt32LE(eocd + 12), b.readUInt32LE(eocd + 16)];
  const central = b.subarray(offset, offset + size);
  const end = Buffer.from(b.subarray(eocd, eocd + 22));
  end.writeUInt16LE(count * times, 8);
  end.writeUInt16LE(count * times, 10);
  end.writeUInt32LE(size * times, 12);
  return Buffer.concat([b.subarray(0, offset), ...Array<Buffer>(times).fill(central), end]);
}

describe('zip size before unpacking', () => {
  it('lets a spreadsheet through, stored or compressed', () => {
    expect(checkZipSize(sheet, CAPS)).toBe('ok');
    expect(checkZipSize(zipSync({ 'a.xml': strToU8(rows) }, { level: 0 }), CAPS)).toBe('ok');
  });

  it('stops a zip bomb once it unpacks to 100 times its size (past 8 MB), or past the cap', () => {
    // 256 MB of spaces in 256 KB
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(256 * MiB).fill(32) }, { level: 1 });
    expect(bomb.length).toBeLessThan(MiB);
    expect(checkZipSize(bomb, CAPS)).toBe('trop-gros');
    expect(checkZipSize(bomb, { ...CAPS, maxRatio: 10_000 })).toBe('ok');
    expect(checkZipSize(bomb, { ...CAPS, maxRatio: 10_000, maxUnpacked: 100 * MiB })).toBe('trop-gros');
  });

  it('counts each entry of the central directory, even when several point at the same bytes', () => {
    const once = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(4 * MiB).fill(32) });
    expect(checkZipSize(once, CAPS)).toBe('ok');
    // 100 entries of 4 MB each, in a zip of a few KB
    expect(checkZipSize(overlapping(once, 100), CAPS)).toBe('trop-gros');
    expect(checkZipSize(overlapping(sheet, 2), { ...CAPS, maxEntries: 3 })).toBe('trop-gros');
  });

  it('says when the zip is cut short or is not one', () => {
    expect(checkZipSize(sheet.subarray(0, sheet.length - 30), CAPS)).toBe('endommage');
    expect(checkZipSize(sheet.subarray(0, 200), CAPS)).toBe('endommage');
    expect(checkZipSize(strToU8('PK\x03\x04 pas un zip'), CAPS)).toBe('endommage');
  });
});
