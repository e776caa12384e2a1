// Streams a text file in 60 KB blocks cut on line boundaries, so memory stays bounded whatever
// the size; lines are numbered across blocks and columns count UTF-16 units of the decoded line.
import { fstatSync, readSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { findHeaderLine } from '../../core/scan/columns.ts';
import type { DetectHints, HtmlTable } from '../../core/scan/types.ts';
import type { Detections } from '../../core/scan/emit.ts';
import { newSqlFile } from '../../core/scan/sqltables.ts';
import { fileErrors } from '../errors.ts';
import { cutPoint, decodeBlock, endsWithLineBreak, isUtf16, lastLineBreak, looksBinary, sniffEncoding, strayNulsAsSpaces, type TextEncoding } from './encoding.ts';
import { addLineDetections, countNewlines, type FindingSink } from './sink.ts';
import { htmlMailParts } from './mail-html.ts';
import { htmlMasker, qpDecoder } from './markup.ts';
import { decodeLetters } from './encoded-letters.ts';
import { base64Parts, type Attachment } from './mime.ts';
import { htmlTableReader } from './html-tables.ts';

/** `read`: given each block decoded (base64, quoted-printable) and masked (HTML parts), of the same length. */
function emailText(collect: ((a: Attachment) => void) | undefined, readImages: boolean, read: (decoded: string, masked: string) => void): (text: string, end: boolean) => string {
  const b64 = base64Parts(collect, readImages);
  const qp = qpDecoder();
  const html = htmlMailParts();
  return (text, end) => {
    const decoded = qp(b64(text, end), end);
    const masked = html(decoded);
    read(decoded, masked);
    return masked;
  };
}

// 60 KB: the decoded block, with the lines carried before it, stays under V8's large-object size
// (128 KB, two bytes per character once a letter is accented). A larger block was decoded into a
// freshly mapped string: 5 to 10 ms per MB instead of ~2, and the whole scanner 20–25 % slower.
export const BLOCK_SIZE = 60 * 1024;
const SNIFF_SIZE = 8192;

export type Detect = (text: string, hints: DetectHints) => Detections;
export type TextFormat = 'text' | 'csv' | 'tsv' | 'json' | 'html' | 'eml';

/** A part of a large file, in bytes: the lines whose first byte lies in [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

export interface TextScanInput {
  /** The open file, or the bytes of a file taken out of an archive. */
  fd: number | Uint8Array;
  format: TextFormat;
  detect: Detect;
  sink: FindingSink;
  /** Called after each block with the bytes read so far (from the start of the range). */
  onBytes: (bytesRead: number) => void;
  blockSize?: number;
  /** Only these lines (a large file is read by several workers at once); line 1 is the range's first. */
  range?: TextRange;
  /** E-mails: receives the attached documents, decoded, to be read after the message. */
  attachments?: (a: Attachment) => void;
}

/** 'binary': not scanned (no error); otherwise the number of line breaks read. */
export type TextScanOutcome = 'binary' | { lines: number };

/** Returns 'binary' (not scanned, no error) when the start of the file is not text. */
export function scanTextFile(input: TextScanInput): TextScanOutcome {
  const size = input.blockSize ?? BLOCK_SIZE;
  // A worker reads one file at a time: its block buffer is reused. A fresh (256 KB) buffer per
  // file made the collector run for 12 % of a worker's time on a folder of small files.
  const buf = spare?.length === size ? spare : Buffer.allocUnsafe(size);
  spare = null;
  try {
    return scanWith(input, buf);
  } finally {
    spare = buf;
  }
}

let spare: Buffer | null = null;

function scanWith(input: TextScanInput, buf: Buffer): TextScanOutcome {
  const { fd, format, detect, sink } = input;
  const first = input.range?.start ?? 0;
  const stop = input.range?.end ?? Infinity;
  // The encoding and the CSV header always come from the start of the file.
  let filled = readInto(fd, buf, 0, 0);
  const head = buf.subarray(0, Math.min(filled, SNIFF_SIZE));
  const sniffed = sniffEncoding(head);
  if (!sniffed.encoding && looksBinary(head)) return 'binary';
  let encoding: TextEncoding | null = sniffed.encoding;
  let headerLine: string | undefined;
  // an SQL dump's state from block to block: the statement whose rows go on past the block, the tables
  // its blocks created, whether a block inserted rows (a dump is read whole, never in parts: parts.ts)
  const sqlFile = newSqlFile();
  let start = sniffed.bomLength;
  let base = 0; // file offset of buf[0]; buf holds the file's bytes [base, base + filled)
  // A block's last lines are read again before the next one, and the lines before a part of a file
  // before it, as context only (see CARRY_LINES); e-mail and HTML readers keep their own state.
  const mayCarry = format !== 'eml' && format !== 'html';
  // (UTF-16 files are read whole, never in parts)
  const carriesIntoPart = mayCarry && !isUtf16(encoding);
  if (first > 0) {
    if (format === 'csv' || format === 'tsv') headerLine = headerOf(buf, start, filled, encoding, format === 'tsv');
    // from the first line that starts at or after `first`
    base = carriesIntoPart ? Math.max(0, first - 1 - CARRY_BYTES) : first - 1;
    filled = readInto(fd, buf, 0, base);
    let searchFrom = first - 1 - base;
    start = -1;
    while (start < 0) {
      // a line starts in the range after a line break in [first - 1, stop - 1)
      const nl = buf.subarray(0, Math.min(filled, stop - 1 - base)).indexOf(0x0a, searchFrom);
      if (nl !== -1) start = nl + 1;
      else if (filled < buf.length || base + filled >= stop - 1) return { lines: 0 }; // no line starts in the range
      else {
        base += filled;
        filled = readInto(fd, buf, 0, base);
        searchFrom = 0;
      }
    }
  }
  let eof = filled < buf.length;
  let line = 1;
  let columnOffset = 0;
  // (an HTML page's tables, an HTML e-mail's — a booking's notification —, read from their tags before they are blanked)
  const tables = format === 'html' || format === 'eml' ? htmlTableReader() : null;
  let pageTables: HtmlTable[] | null = null;
  const transform = format === 'html' ? htmlMasker() : format === 'eml' ? emailText(input.attachments, input.sink.readImages, (d, m) => (pageTables = tables!(d, m))) : null;
  // The lines read again as context only: buf[0, start) when carried, `carried` lines.
  let carried = 0;
  if (first > 0 && carriesIntoPart) {
    // the lines before the range (a signature's « Cordialement, ») are carried into its first block
    const keep = carryStart(buf, 0, start, encoding);
    if (keep < start) {
      buf.copyWithin(0, keep, filled);
      base += keep;
      filled -= keep;
      start -= keep;
      filled += readInto(fd, buf, filled, base + filled);
      eof = filled < buf.length;
      carried = CARRY_LINES;
    }
  }

  let ended = false; // the transform was told that the file ends
  for (;;) {
    if (filled <= start && eof) {
      // the file ended on a block's end: what the reader held for a next block is read now
      const rest = transform && !ended ? transform('', true) : '';
      if (rest) {
        addLineDetections(sink, rest, detect(rest, { format }), line, columnOffset);
        line += countNewlines(rest);
      }
      break;
    }
    let cut = filled;
    if (!eof) {
      // (after the carried lines: their line breaks are not this block's)
      cut = carried > 0 ? start + cutPoint(buf.subarray(start), filled - start, encoding).cut : cutPoint(buf, filled, encoding).cut;
      if (cut <= start) cut = filled; // a single character longer than the block: not with real blocks
    }
    // the range ends with the line holding its last byte
    let last = false;
    if (base + filled > stop - 1) {
      const nl = buf.subarray(0, filled).indexOf(0x0a, Math.max(start, stop - 1 - base));
      // (never past `cut`: that is after the block's last line break, or the end of the file)
      if (nl !== -1) {
        cut = nl + 1;
        last = true;
      }
    }
    const from = carried > 0 ? 0 : start;
    const decoded = decodeBlock(buf.subarray(from, cut), encoding);
    encoding = decoded.encoding;
    let text = decoded.text;
    if (text.indexOf('\0') !== -1) {
      const spaced = strayNulsAsSpaces(text);
      if (spaced === null) throw fileErrors.binaryInside();
      text = spaced;
    }
    if (transform) {
      ended = last || (eof && cut === filled);
      const raw = text;
      text = transform(text, ended);
      if (format === 'html') pageTables = tables!(raw, text);
    }

    const hints: DetectHints = { format };
    if (headerLine !== undefined) hints.headerLine = headerLine;
    if (pageTables !== null && pageTables.length > 0) hints.htmlTables = pageTables;
    // the carried lines' own findings were counted with the previous block
    // (letters escaped « \u00e9 » or misencoded « Ã© » read decoded, each finding placed in the text as written)
    const letters = format === 'html' || format === 'eml' ? null : decodeLetters(text, format !== 'text');
    const read = letters?.text ?? text;
    const own = carried > 0 ? nthLineEnd(read, carried) : 0;
    if (format === 'text') {
      sqlFile.at = own;
      hints.sqlFile = sqlFile;
    }
    const ds = detect(read, hints);
    if (own > 0) ds.dropBefore(own);
    addLineDetections(sink, read, ds, line - carried, own > 0 ? 0 : columnOffset, letters?.at);
    if ((format === 'csv' || format === 'tsv') && headerLine === undefined) headerLine = findHeaderLine(read, format === 'tsv').line;
    const newlines = countNewlines(text) - carried;
    columnOffset = newlines > 0 ? text.length - (text.lastIndexOf('\n') + 1) : columnOffset + text.length - (letters ? letters.at[own]! : own);
    line += newlines;
    input.onBytes(base + cut - first);

    if (last || (eof && cut === filled)) break;
    // Keep the unfinished line (and, before it, the block's last lines as context), refill the rest.
    const keep = mayCarry && endsWithLineBreak(buf, cut, encoding) ? carryStart(buf, from, cut, encoding) : cut;
    carried = keep < cut ? CARRY_LINES : 0;
    buf.copyWithin(0, keep, filled);
    base += keep;
    filled -= keep;
    start = cut - keep;
    filled += readInto(fd, buf, filled, base + filled);
    if (filled < buf.length) eof = true;
  }
  // A file shorter at the end than what we read was truncated meanwhile.
  if (typeof fd === 'number' && fstatSync(fd).size < base + filled) throw fileErrors.changed();
  return { lines: line - 1 };
}

// A name is read as a signature with the line above it (« Cordialement, », then perhaps a blank
// line), a value with the label on the line before (« Date de naissance : »): when a block ends
// between them, its last lines are read again, as context only, before the next block.
const CARRY_LINES = 2;
const CARRY_BYTES = 512;

/**
 * Where the last CARRY_LINES lines of buf[from, cut) start (cut follows a line break, `from` is on a
 * character's start); `cut` when none is carried: all or none.
 */
function carryStart(buf: Buffer, from: number, cut: number, encoding: TextEncoding | null): number {
  const step = isUtf16(encoding) ? 2 : 1;
  const floor = Math.max(from, cut - step - CARRY_BYTES - step); // no need to look further back
  let at = cut - step; // the line break that ends the block
  for (let k = 0; k < CARRY_LINES; k++) {
    const nl = lastLineBreak(buf, at, floor, encoding);
    if (nl < 0) return cut; // fewer whole lines in the block, or longer ones
    at = nl;
  }
  return cut - (at + step) > CARRY_BYTES ? cut : at + step;
}

/** The offset just after the n-th line break of `text`. */
function nthLineEnd(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf('\n', at + 1);
  return at + 1;
}

// The first lines of a file, where its CSV header is looked for (below a title, blank lines)
const HEADER_BYTES = 16 * 1024;

/** The file's CSV header (findHeaderLine), from its first lines, decoded (its encoded letters too); `from` skips the BOM. */
function headerOf(buf: Buffer, from: number, filled: number, encoding: TextEncoding | null, tsv: boolean): string {
  // cut after a line break, never inside a character; a first line longer than that, whole
  let end = buf.subarray(0, Math.min(filled, from + HEADER_BYTES)).lastIndexOf(0x0a);
  if (end < from) {
    end = buf.subarray(0, filled).indexOf(0x0a, from);
    if (end === -1) end = filled;
  }
  const text = decodeBlock(buf.subarray(from, end), encoding).text;
  return findHeaderLine(decodeLetters(text, true)?.text ?? text, tsv).line;
}

function readInto(fd: number | Uint8Array, buf: Buffer, offset: number, position: number): number {
  if (typeof fd !== 'number') {
    const n = Math.max(0, Math.min(buf.length - offset, fd.length - position));
    buf.set(fd.subarray(position, position + n), offset);
    return n;
  }
  let total = 0;
  while (offset + total < buf.length) {
    const n = readSync(fd, buf, offset + total, buf.length - offset - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}
