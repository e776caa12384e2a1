// `--format jsonl`: one finding per line, written from the packed findings (packed-findings.ts)
// straight into one byte buffer, written out piece by piece. Made from one object and one JSON
// string per finding, the lines' garbage (365 M characters on the 1 GB benchmark) kept the main
// thread's young generation at its largest: peak RSS 300–316 MB against 218 for a counting scan.
// The bytes are exactly those of JSON.stringify(finding) in unpackFindings' key order.
import { Buffer } from 'node:buffer';
import { categoryOf, FINDING_TYPES } from '../../core/scan/types.ts';
import { DOT, NONE, ODD, STRIDE, type PackedFindings } from '../packed-findings.ts';

/** Each type's `<type>","category":"<category>` in bytes, by its code in FINDING_TYPES. */
const TYPE_AND_CATEGORY = FINDING_TYPES.map((t) => Buffer.from(`${t}","category":"${categoryOf(t)}`));
const LINE = Buffer.from('","line":');
const COLUMN = Buffer.from(',"column":');
const LOCATOR = Buffer.from('","locator":');
const LENGTH = Buffer.from(',"length":');
const MASKED = Buffer.from(',"masked":"');
const END = Buffer.from('"}\n');
const DOTS = Buffer.from(DOT.repeat(256));
const DOT_BYTES = Buffer.byteLength(DOT);
/** Room for the fixed keys, four numbers and a mask's two ends (escaped) of one line. */
const FIXED_BYTES = 160;

/** The digits of a whole number ≥ 0 at `at`; returns the position after them. */
function writeNatural(buf: Buffer, at: number, n: number): number {
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
function writeChar(buf: Buffer, at: number, c: number): number {
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

function writeDots(buf: Buffer, at: number, dots: number): number {
  for (let left = dots; left > 0; left -= 256) at += DOTS.copy(buf, at, 0, Math.min(left, 256) * DOT_BYTES);
  return at;
}

/**
 * The jsonl lines of a file's listed findings, in pieces of at most `maxBytes` (more only for a
 * line longer than that), each ending with a newline. A piece is only valid until the next is
 * asked for: the same buffer is written again and again (fresh ones, freed only when the
 * garbage collector ran, peaked at 33 MB) — write it, and wait for the write to end.
 */
export function* jsonlPieces(listed: PackedFindings, path: string, maxBytes = 64 * 1024): Generator<Buffer> {
  const n = listed.codes.length;
  if (n === 0) return;
  const head = Buffer.from(`{"path":${JSON.stringify(path)},"type":"`);
  const numbers = listed.numbers;
  let buf = Buffer.allocUnsafe(maxBytes);
  let at = 0;
  for (let i = 0, k = 0; i < n; i++, k += STRIDE) {
    const code = listed.codes[i]!;
    const locator = numbers[k] === 0 ? listed.locators?.[i] : undefined;
    const locatorJson = locator === undefined ? null : JSON.stringify(locator);
    const odd = numbers[k + 3] === ODD ? JSON.stringify(listed.odd![i]!) : null;
    const need =
      head.length + FIXED_BYTES + (odd === null ? numbers[k + 4]! * DOT_BYTES : Buffer.byteLength(odd)) + (locatorJson === null ? 0 : Buffer.byteLength(locatorJson));
    if (at + need > maxBytes && at > 0) {
      yield buf.subarray(0, at);
      at = 0;
    }
    if (at + need > buf.length) buf = Buffer.allocUnsafe(at + need);
    at += head.copy(buf, at);
    at += TYPE_AND_CATEGORY[code]!.copy(buf, at);
    if (locatorJson !== null) {
      at += LOCATOR.copy(buf, at);
      at += buf.write(locatorJson, at);
    } else {
      at += LINE.copy(buf, at);
      at = writeNatural(buf, at, numbers[k]!);
      at += COLUMN.copy(buf, at);
      at = writeNatural(buf, at, numbers[k + 1]!);
    }
    at += LENGTH.copy(buf, at);
    at = writeNatural(buf, at, numbers[k + 2]!);
    if (odd !== null) {
      // ,"masked": then the JSON string, its own quotes included
      at += MASKED.copy(buf, at, 0, MASKED.length - 1);
      at += buf.write(odd, at);
      at += END.copy(buf, at, 1);
      continue;
    }
    at += MASKED.copy(buf, at);
    const first = numbers[k + 3]!;
    if (first !== NONE) at = writeChar(buf, at, first);
    at = writeDots(buf, at, numbers[k + 4]!);
    const last = numbers[k + 5]!;
    if (last !== NONE) at = writeChar(buf, at, last);
    at += END.copy(buf, at);
  }
  if (at > 0) yield buf.subarray(0, at);
}
