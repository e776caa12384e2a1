// Streams a text file in 256 KB blocks cut on line boundaries, so memory stays bounded whatever
// the size; lines are numbered across blocks and columns count UTF-16 units of the decoded line.
import { fstatSync, readSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import type { DetectHints } from '../../core/scan/types.ts';
import type { Detections } from '../../core/scan/emit.ts';
import { fileErrors } from '../errors.ts';
import { cutPoint, decodeBlock, looksBinary, sniffEncoding, type TextEncoding } from './encoding.ts';
import { addLineDetections, countNewlines, type FindingSink } from './sink.ts';
import { htmlMasker, qpDecoder } from './markup.ts';
import { base64Parts } from './mime.ts';

function emailText(): (text: string) => string {
  const b64 = base64Parts();
  const qp = qpDecoder();
  return (text) => qp(b64(text));
}

// Measured: 256 KB blocks scan ~25 % faster than 1 MB (cache) and keep the detectors' peak heap lower.
export const BLOCK_SIZE = 256 * 1024;
const SNIFF_SIZE = 8192;

export type Detect = (text: string, hints: DetectHints) => Detections;
export type TextFormat = 'text' | 'csv' | 'tsv' | 'json' | 'html' | 'eml';

export interface TextScanInput {
  fd: number;
  format: TextFormat;
  detect: Detect;
  sink: FindingSink;
  /** Called after each block with the bytes read so far. */
  onBytes: (bytesRead: number) => void;
  blockSize?: number;
}

/** Returns 'binary' (not scanned, no error) when the start of the file is not text. */
export function scanTextFile(input: TextScanInput): 'scanned' | 'binary' {
  const { fd, format, detect, sink } = input;
  const buf = Buffer.allocUnsafe(input.blockSize ?? BLOCK_SIZE);
  let filled = readInto(fd, buf, 0, 0);
  let position = filled;
  let eof = filled < buf.length;
  const head = buf.subarray(0, Math.min(filled, SNIFF_SIZE));
  const sniffed = sniffEncoding(head);
  if (!sniffed.encoding && looksBinary(head)) return 'binary';

  let encoding: TextEncoding | null = sniffed.encoding;
  let start = sniffed.bomLength;
  let line = 1;
  let columnOffset = 0;
  let headerLine: string | undefined;
  const transform = format === 'html' ? htmlMasker() : format === 'eml' ? emailText() : null;

  for (;;) {
    if (filled <= start && eof) break;
    let cut = filled;
    if (!eof) {
      cut = cutPoint(buf, filled, encoding).cut;
      if (cut <= start) cut = filled; // a single character longer than the block: not with real blocks
    }
    const decoded = decodeBlock(buf.subarray(start, cut), encoding);
    encoding = decoded.encoding;
    let text = decoded.text;
    if (text.indexOf('\0') !== -1) throw fileErrors.binaryInside();
    if (transform) text = transform(text);

    const hints: DetectHints = { format };
    if (headerLine !== undefined) hints.headerLine = headerLine;
    addLineDetections(sink, text, detect(text, hints), line, columnOffset);
    if ((format === 'csv' || format === 'tsv') && headerLine === undefined) headerLine = firstLine(text);
    const newlines = countNewlines(text);
    columnOffset = newlines > 0 ? text.length - (text.lastIndexOf('\n') + 1) : columnOffset + text.length;
    line += newlines;
    input.onBytes(position - (filled - cut));

    if (eof && cut === filled) break;
    // Keep the unfinished line, refill the rest of the buffer.
    buf.copyWithin(0, cut, filled);
    filled -= cut;
    start = 0;
    const n = readInto(fd, buf, filled, position);
    position += n;
    filled += n;
    if (filled < buf.length) eof = true;
  }
  // A file shorter at the end than what we read was truncated meanwhile.
  if (fstatSync(fd).size < position) throw fileErrors.changed();
  return 'scanned';
}

function readInto(fd: number, buf: Buffer, offset: number, position: number): number {
  let total = 0;
  while (offset + total < buf.length) {
    const n = readSync(fd, buf, offset + total, buf.length - offset - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl === -1 ? text : text.slice(0, nl)).replace(/\r$/, '');
}
