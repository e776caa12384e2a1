// `--format jsonl`: one finding per line, written from the packed findings (packed-findings.ts)
// straight into one byte buffer, written out piece by piece. Made from one object and one JSON
// string per finding, the lines' garbage (365 M characters on the 1 GB benchmark) kept the main
// thread's young generation at its largest: peak RSS 300–316 MB against 218 for a counting scan.
// The bytes are exactly those of JSON.stringify(finding) in unpackFindings' key order.
import { Buffer } from 'node:buffer';
import { categoryOf, FINDING_TYPES } from '../../core/scan/types.ts';
import { ODD, STRIDE, type PackedFindings } from '../packed-findings.ts';
import { DOT_BYTES, FIXED_BYTES, writeNatural, writePackedMask } from './json-bytes.ts';

/** Each type's `<type>","category":"<category>` in bytes, by its code in FINDING_TYPES. */
const TYPE_AND_CATEGORY = FINDING_TYPES.map((t) => Buffer.from(`${t}","category":"${categoryOf(t)}`));
const LINE = Buffer.from('","line":');
const COLUMN = Buffer.from(',"column":');
const LOCATOR = Buffer.from('","locator":');
const LENGTH = Buffer.from(',"length":');
const MASKED = Buffer.from(',"masked":"');
const END = Buffer.from('"}\n');
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
    at = writePackedMask(buf, at, numbers, k);
    at += END.copy(buf, at);
  }
  if (at > 0) yield buf.subarray(0, at);
}
