// SARIF 2.1.0 for CI tools (GitHub code scanning and others), written as results arrive.
// Columns are UTF-16 code units, SARIF's default column kind.
import { Buffer } from 'node:buffer';
import { pathToFileURL } from 'node:url';
import { categoryOf, FINDING_TYPES } from '../../core/scan/types.ts';
import type { FileReport } from '../contract.ts';
import { TYPE_LABELS } from '../labels.ts';
import { ODD, STRIDE, type PackedFindings } from '../packed-findings.ts';
import { DOT_BYTES, FIXED_BYTES, writeNatural, writePackedMask } from './json-bytes.ts';

export function sarifHead(): string {
  const rules = FINDING_TYPES.map((t) => ({
    id: t,
    name: t,
    shortDescription: { text: TYPE_LABELS[t].one },
    properties: { category: categoryOf(t) === 'sensible' ? 'données sensibles' : 'données courantes' },
    defaultConfiguration: { level: categoryOf(t) === 'sensible' ? 'error' : 'warning' },
  }));
  const head = JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'rempart', informationUri: 'https://github.com/rempart', rules } }, columnKind: 'utf16CodeUnits', results: [] }],
  });
  // Cut before the closing of "results" so that results can be streamed in.
  return head.slice(0, head.lastIndexOf('[]') + 1);
}

/** Each type's `{"ruleId":…,"level":…,"message":{"text":"<label> : ` in bytes, by its code in FINDING_TYPES. */
const RULE_AND_LEVEL = FINDING_TYPES.map((t) => {
  const start = JSON.stringify({ ruleId: t, level: categoryOf(t) === 'sensible' ? 'error' : 'warning', message: { text: `${TYPE_LABELS[t].one} : ` } });
  return Buffer.from(start.slice(0, start.lastIndexOf('"')));
});
const RULE_BYTES = Math.max(...RULE_AND_LEVEL.map((b) => b.length));
const LOCATIONS = Buffer.from('"},"locations":[{');
const START_LINE = Buffer.from(',"region":{"startLine":');
const START_COLUMN = Buffer.from(',"startColumn":');
const CHAR_LENGTH = Buffer.from(',"charLength":');
const REGION_END = Buffer.from('}}}]}');
const NAME = Buffer.from('},"logicalLocations":[{"name":"');
const ELEMENT_END = Buffer.from('","kind":"element"}]}]}');
const PLACE_END = Buffer.from('}}]}');

/**
 * The results of a file's listed findings, each with a comma before it but the scan's very first
 * (`first`), in pieces of at most `maxBytes` (more only for a result longer than that): the bytes of
 * JSON.stringify of each result object, written as jsonl.ts writes its lines, into one buffer
 * written over again — a piece is only valid until the next is asked for. One object, one string
 * and one URL for each finding grew the main thread to 372 MB of peak RSS on the benchmark's 1 GB.
 */
export function* sarifPieces(listed: PackedFindings, path: string, first: boolean, maxBytes = 64 * 1024): Generator<Buffer> {
  const n = listed.codes.length;
  if (n === 0) return;
  const artifact = Buffer.from(`"physicalLocation":{"artifactLocation":{"uri":${JSON.stringify(pathToFileURL(path).href)}}`);
  const numbers = listed.numbers;
  let buf = Buffer.allocUnsafe(maxBytes);
  let at = 0;
  for (let i = 0, k = 0; i < n; i++, k += STRIDE) {
    const locator = numbers[k] === 0 ? listed.locators?.[i] : undefined;
    // inside the message and the name: JSON strings without their quotes
    const place = locator ? JSON.stringify(locator).slice(1, -1) : null;
    const odd = numbers[k + 3] === ODD ? JSON.stringify(listed.odd![i]!).slice(1, -1) : null;
    const need =
      RULE_BYTES + artifact.length + FIXED_BYTES * 2 + (odd === null ? numbers[k + 4]! * DOT_BYTES : Buffer.byteLength(odd)) + (place === null ? 0 : 2 * Buffer.byteLength(place));
    if (at + need > maxBytes && at > 0) {
      yield buf.subarray(0, at);
      at = 0;
    }
    if (at + need > buf.length) buf = Buffer.allocUnsafe(at + need);
    if (!first || i > 0) buf[at++] = 0x2c;
    at += RULE_AND_LEVEL[listed.codes[i]!]!.copy(buf, at);
    at = odd === null ? writePackedMask(buf, at, numbers, k) : at + buf.write(odd, at);
    if (place !== null) at += buf.write(` (${place})`, at);
    at += LOCATIONS.copy(buf, at);
    at += artifact.copy(buf, at);
    if (locator === undefined) {
      at += START_LINE.copy(buf, at);
      at = writeNatural(buf, at, numbers[k]!);
      at += START_COLUMN.copy(buf, at);
      at = writeNatural(buf, at, numbers[k + 1]!);
      at += CHAR_LENGTH.copy(buf, at);
      at = writeNatural(buf, at, numbers[k + 2]!);
      at += REGION_END.copy(buf, at);
    } else if (place !== null) {
      at += NAME.copy(buf, at);
      at += buf.write(place, at);
      at += ELEMENT_END.copy(buf, at);
    } else at += PLACE_END.copy(buf, at);
  }
  if (at > 0) yield buf.subarray(0, at);
}

/** Closes the results array and records per-file errors as notifications. */
export function sarifTail(errors: FileReport[], interrupted: boolean): string {
  const notifications = errors.map((r) => ({
    level: 'warning',
    message: { text: r.error!.message },
    descriptor: { id: r.error!.code },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(r.path).href } } }],
  }));
  return `],${JSON.stringify({ invocations: [{ executionSuccessful: !interrupted, toolExecutionNotifications: notifications }] }).slice(1, -1)}}]}\n`;
}
