// Large plain text files are read in parts by several workers: which files, and how the parts'
// results become the file's, exactly as if one worker had read it whole.
import { Buffer } from 'node:buffer';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import type { FindingType } from '../core/scan/types.ts';
import type { AnalyseResult } from './analyse.ts';
import { fileErrors } from './errors.ts';
import { onDisk } from './on-disk.ts';
import { isUtf16, looksBinary, sniffEncoding } from './extract/encoding.ts';
import type { FileFormat } from './formats.ts';
import type { TextRange } from './extract/text.ts';

// html and eml are left whole: their decoding (markup, MIME parts) carries state from line to line;
// so are SQL dumps (sqlDump).
const SPLITTABLE = new Set<FileFormat>(['txt', 'md', 'csv', 'tsv', 'json', 'texte']);

/**
 * The parts a file is read in, or null to read it whole. Plain text is read in parts when at
 * least two parts long and more than one worker can share them; the last part reads to the end,
 * even if the file grew since the walk. A mailbox (a file of unknown type starting with « From »,
 * read as e-mail) is cut at message starts only, since each message's MIME state starts fresh,
 * and is read in parts even by one worker: each part's attachments are read after it, so they
 * never wait in memory for the whole mailbox.
 */
export function partsOf(e: { path: string; fsPath?: Uint8Array; format: FileFormat; size: number }, partBytes: number, workers: number): TextRange[] | null {
  if (e.size < 2 * partBytes || !SPLITTABLE.has(e.format)) return null;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a file swapped for a FIFO after the walk must not hang the scan
    fd = openSync(onDisk(e), constants.O_RDONLY | constants.O_NONBLOCK);
    const head = Buffer.alloc(8192);
    const h = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    if (!plainText(h) || sqlDump(e.path, h)) return null;
    if (e.format === 'texte' && startsAsMailbox(h)) return toRanges(messageAlignedStarts(fd, e.size, partBytes));
    if (workers < 2) return null;
    return toRanges(Array.from({ length: Math.ceil(e.size / partBytes) }, (_, k) => k * partBytes));
  } catch {
    return null; // the whole-file path reports the error
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The start of a file holds no NUL byte and no UTF-16 mark: its parts can be cut at '\n' bytes. */
function plainText(head: Buffer): boolean {
  return !isUtf16(sniffEncoding(head).encoding) && !looksBinary(head);
}

// A database's dump: its tables' columns (a CREATE TABLE, a COPY's list) and the statement a block
// ends in go from block to block (core/scan/sqltables.ts), which a part could not know
const SQL_DUMP_RE = /CREATE TABLE|INSERT INTO|COPY [^\n]{1,200} FROM stdin|MySQL dump|SQL Dump|PostgreSQL database dump/;

/** Whether a file is an SQL dump (by its name, or its first 8 KB): read whole, by one worker. */
function sqlDump(path: string, head: Buffer): boolean {
  return /\.sql$/i.test(path) || SQL_DUMP_RE.test(head.toString('latin1'));
}

/** What analyse.ts reads as a mailbox: a file of unknown type whose first bytes are « From ». */
export function startsAsMailbox(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, 5)).toString('latin1') === 'From ';
}

function toRanges(starts: number[]): TextRange[] {
  return starts.map((start, k) => ({ start, end: k === starts.length - 1 ? Number.MAX_SAFE_INTEGER : starts[k + 1]! }));
}

const FROM_LINE = Buffer.from('\nFrom ');

/**
 * Part starts about partBytes apart, each on the « From » line that opens a message (after a
 * blank line, as mime.ts reads it): a message longer than a part makes its part longer.
 */
export function messageAlignedStarts(fd: number, size: number, partBytes: number): number[] {
  const starts = [0];
  const chunk = Buffer.alloc(1024 * 1024);
  let from = partBytes;
  while (from < size) {
    const start = nextMessageStart(fd, chunk, from);
    if (start < 0) break;
    starts.push(start);
    from = start + partBytes;
  }
  return starts;
}

/** The offset of the first « From » line at or after `from` that follows a blank line, or -1. */
function nextMessageStart(fd: number, chunk: Buffer, from: number): number {
  // each read starts 3 bytes early, to see the blank line before a '\n' on the edge
  for (let pos = Math.max(0, from - 3); ; ) {
    const n = readSync(fd, chunk, 0, chunk.length, pos);
    if (n < FROM_LINE.length) return -1;
    const bytes = chunk.subarray(0, n);
    for (let i = bytes.indexOf(FROM_LINE); i !== -1; i = bytes.indexOf(FROM_LINE, i + 1)) {
      const line = pos + i + 1;
      const blankBefore = bytes[i - 1] === 0x0a || (bytes[i - 1] === 0x0d && bytes[i - 2] === 0x0a);
      if (line >= from && blankBefore) return line;
    }
    if (n < chunk.length) return -1; // the end of the file
    // the last bytes again: « \nFrom » may straddle two reads
    pos += n - FROM_LINE.length - 2;
  }
}

/**
 * Folds the parts of a file in order as they come back (out of order ones wait): line numbers
 * shifted by the lines of the parts before, the file's first maxFindings listed, counts added,
 * person hashes in the order found. A part in error ends the file there (kept, with its error),
 * as does a part that saw another version of the file (changed between parts); a binary start or
 * an abort (null) is the file's result.
 */
export class PartsMerger {
  private readonly merged: AnalyseResult = { findings: [], counts: {}, total: 0, truncated: false };
  private hashes: Set<string> | null = null; // only when the parts carry person hashes
  private readonly waiting = new Map<number, AnalyseResult | null>();
  private next = 0;
  private lineOffset = 0;
  private end: { result: AnalyseResult | null } | null = null;
  private version: AnalyseResult['version'];

  constructor(
    private readonly maxFindings: number,
    private readonly maxHashes = maxFindings,
  ) {}

  /** Findings listed by the parts folded so far. */
  get listed(): number {
    return this.merged.findings.length;
  }

  add(index: number, part: AnalyseResult | null): void {
    this.waiting.set(index, part);
    while (!this.end && this.waiting.has(this.next)) {
      const r = this.waiting.get(this.next)!;
      this.waiting.delete(this.next++);
      this.fold(r);
    }
  }

  result(): AnalyseResult | null {
    if (this.hashes) this.merged.personHashes = [...this.hashes];
    return this.end ? this.end.result : this.merged;
  }

  private fold(r: AnalyseResult | null): void {
    if (r === null || r.binary) {
      this.end = { result: r };
      return;
    }
    const m = this.merged;
    // each part checks that the file did not change while it read; this checks between parts
    this.version ??= r.version;
    if (r.version && this.version && (r.version.size !== this.version.size || r.version.mtimeMs !== this.version.mtimeMs)) {
      const e = fileErrors.changed();
      m.error = { code: e.code, message: e.message };
      this.end = { result: m };
      return;
    }
    for (const f of r.findings) {
      if (m.findings.length >= this.maxFindings) {
        m.truncated = true;
        break;
      }
      m.findings.push(f.line === undefined ? f : { ...f, line: f.line + this.lineOffset });
    }
    if (r.truncated) m.truncated = true;
    for (const [t, n] of Object.entries(r.counts) as [FindingType, number][]) m.counts[t] = (m.counts[t] ?? 0) + n;
    m.total += r.total;
    if (r.personHashes) {
      const hashes = (this.hashes ??= new Set());
      for (const h of r.personHashes) if (hashes.size < this.maxHashes) hashes.add(h);
    }
    this.lineOffset += r.lines ?? 0;
    if (r.error) {
      m.error = r.error;
      this.end = { result: m };
    }
  }
}
