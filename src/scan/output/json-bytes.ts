// JSON written straight into bytes, for the reports that list findings (jsonl.ts, sarif.ts): the
// numbers, a mask's characters and its dots, escaped as JSON.stringify escapes them.
import { Buffer } from 'node:buffer';
import { DOT, NONE } from '../packed-findings.ts';

/** Room for a line's fixed keys, its numbers and a mask's two ends (escaped), besides its path, dots and locator. */
export const FIXED_BYTES = 160;
const DOTS = Buffer.from(DOT.repeat(256));
export const DOT_BYTES = Buffer.byteLength(DOT);

/** The digits of a whole number ≥ 0 at `at`; returns the position after them. */
export function writeNatural(buf: Buffer, at: number, n: number): number {
  if (n < 10) {
    buf[at] = 48 + n;
    return at + 1;
  }
  let digits = 1;
  for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
  for (let i = at + digits - 1, m = n; i >= at; i--, m = Math.floor(m / 10)) buf[i] = 48 + (m % 10);
  return at + digits;
}

/** One character of a mask (never a surrogate: see packed-findings.ts), in UTF-8 and escaped as in JSON. */
export function writeChar(buf: Buffer, at: number, c: number): number {
  if (c < 0x20 || c === 0x22 || c === 0x5c) {
    const escaped = JSON.stringify(String.fromCharCode(c));
    return at + buf.write(escaped.slice(1, -1), at);
  }
  if (c < 0x80) {
    buf[at] = c;
    return at + 1;
  }
  if (c < 0x800) {
    buf[at] = 0xc0 | (c >> 6);
    buf[at + 1] = 0x80 | (c & 0x3f);
    return at + 2;
  }
  buf[at] = 0xe0 | (c >> 12);
  buf[at + 1] = 0x80 | ((c >> 6) & 0x3f);
  buf[at + 2] = 0x80 | (c & 0x3f);
  return at + 3;
}

export function writeDots(buf: Buffer, at: number, dots: number): number {
  for (let left = dots; left > 0; left -= 256) at += DOTS.copy(buf, at, 0, Math.min(left, 256) * DOT_BYTES);
  return at;
}

/** The mask of the finding whose numbers start at `k` (first, dots, last: packed-findings.ts), escaped, without quotes. */
export function writePackedMask(buf: Buffer, at: number, numbers: Int32Array, k: number): number {
  const first = numbers[k + 3]!;
  if (first !== NONE) at = writeChar(buf, at, first);
  at = writeDots(buf, at, numbers[k + 4]!);
  const last = numbers[k + 5]!;
  if (last !== NONE) at = writeChar(buf, at, last);
  return at;
}
