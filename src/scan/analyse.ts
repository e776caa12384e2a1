// Reads, extracts and detects one file (runs inside a worker thread): all the heavy work.
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { Buffer } from 'node:buffer';
import { detectBlock } from '../core/scan/detect.ts';
import { onDisk } from './on-disk.ts';
import type { Finding, FindingType } from '../core/scan/types.ts';
import type { UnreadKind } from '../core/scan/unread.ts';
import { fileErrors, fromSystemError, ScanFileError } from './errors.ts';
import { isLegacyOffice, isTextFormat, legacyReading, textHint, type DocumentFormat, type FileFormat } from './formats.ts';
import { MAX_ATTACHED_BYTES, type Attachment } from './extract/mime.ts';
import { scanAttachments, scanDocument } from './documents.ts';
import { scanPst } from './extract/pst.ts';
import { isSqlite } from './extract/sqlite.ts';
import { FindingSink } from './extract/sink.ts';
import { scanTextFile, type Detect, type TextFormat, type TextRange } from './extract/text.ts';
import { PersonHashes, type PersonIndex } from './person-index.ts';
import { startsAsMailbox } from './parts.ts';
import { detectFileName } from './file-name.ts';
import type { PackedFindings } from './packed-findings.ts';

/** Office files and PDFs are read whole: above this, a per-file error. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;
// Linux: the files this process has open, each reachable by path (an Outlook mailbox is read so).
const OPEN_FILES = '/proc/self/fd';

export interface AnalyseJob {
  path: string;
  /** The path's bytes, when the name on disk is not valid UTF-8 (see walk.ts): what is opened. */
  fsPath?: Uint8Array;
  format: FileFormat;
  maxFindings: number;
  /** Cap of personHashes when it differs from maxFindings (a part of a file, findings only counted). */
  maxHashes?: number;
  /** When set, the blind indexes of the e-mails and phones found come back (personHashes). */
  personIndex?: PersonIndex;
  /** Text formats: only this part of the file (see engine.ts, large files); line numbers start at the part. */
  range?: TextRange;
  /** Images, and PDFs without text, are read with Tesseract (ScanOptions.readImages). */
  readImages?: boolean;
}

export interface AnalyseResult {
  findings: Finding[];
  /** The findings as they came from a worker (then `findings` is empty): see packed-findings.ts. */
  packed?: PackedFindings;
  counts: Partial<Record<FindingType, number>>;
  total: number;
  truncated: boolean;
  /** The file is not text after all (binary sniff): skipped, not an error. */
  binary?: boolean;
  pages?: number;
  error?: { code: string; message: string };
  /** Blind indexes of the e-mails and phones found (only with job.personIndex). */
  personHashes?: string[];
  /** Attachments and archive entries that could not be read, by kind (see core/scan/unread.ts). */
  unread?: Partial<Record<UnreadKind, number>>;
  /** Text files: line breaks read (a part's lines shift the next part's line numbers). */
  lines?: number;
  /** A part of a file: the size and date it saw, so that a change between parts is caught. */
  version?: { size: number; mtimeMs: number };
}


export async function analyseFile(job: AnalyseJob, onBytes: (n: number) => void, detect: Detect = detectBlock): Promise<AnalyseResult> {
  const sink = new FindingSink(job.path, job.maxFindings, job.readImages === true);
  const person = job.personIndex ? new PersonHashes(job.personIndex, job.maxHashes ?? job.maxFindings) : null;
  if (person) detect = person.watch(detect);
  // (once per file: a large one's first part)
  if (!job.range || job.range.start === 0) detectFileName(job.path, detect, sink);
  const result = (extra: Partial<AnalyseResult> = {}): AnalyseResult => ({
    findings: sink.findings,
    counts: sink.counts,
    total: sink.total,
    truncated: sink.truncated,
    ...(person && !extra.binary ? { personHashes: person.hashes() } : {}),
    ...(Object.keys(sink.unread).length > 0 ? { unread: sink.unread } : {}),
    ...extra,
  });
  let fd: number;
  try {
    // O_NONBLOCK: a file swapped for a FIFO after the walk must not hang the worker.
    fd = openSync(onDisk(job), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return result({ error: toReport(e) });
  }
  try {
    const before = fstatSync(fd);
    if (!before.isFile()) throw fileErrors.changed();
    let pages: number | undefined;
    let lines: number | undefined;
    // Many « .doc » and « .xls » files are really RTF (read as such), HTML or CSV (read as text): formats.ts.
    const legacy = isLegacyOffice(job.format) ? legacyReading(job.format, head(fd, 4096)) : null;
    // A SQLite database or a PDF without a known extension (Chrome's « Web Data » and its form-filling addresses, an
    // iPhone backup's files named by their hash, macOS Contacts' « .abcddb », an attachment saved without its « .pdf »)
    // is read as one.
    const start = job.format === 'texte' ? head(fd, 100) : null;
    const format = legacy?.as === 'document' ? legacy.format : start ? (documentByContent(start) ?? 'texte') : job.format;
    const legacyAsText = legacy?.as === 'text' ? legacy.hint : null;
    // A file of unknown type that starts as a mailbox (Thunderbird's « Inbox », « Sent »…) is read as e-mail.
    // (a part of a large one starts on a message: parts.ts)
    const mailbox = start !== null && format === 'texte' && startsAsMailbox(start);
    if (isTextFormat(format) || legacyAsText) {
      const attachments: Attachment[] = [];
      let attachedBytes = 0;
      const collect = (a: Attachment) => {
        // bounded per message: the documents wait in memory until its text is read
        if ((attachedBytes += a.data.length) <= MAX_ATTACHED_BYTES) attachments.push(a);
        else attachments.push({ name: a.name, data: Buffer.alloc(0), tooBig: true });
      };
      const email = format === 'eml' || mailbox;
      const outcome = scanTextFile({ fd, format: email ? 'eml' : isTextFormat(format) ? textHint(format) : (legacyAsText ?? 'text'), detect, sink, onBytes, ...(job.range ? { range: job.range } : {}), ...(email ? { attachments: collect } : {}) });
      if (outcome === 'binary') return legacyAsText ? result({ error: toReport(fileErrors.corrupt(format === 'xls' ? 'Excel' : 'Word')) }) : result({ binary: true });
      lines = outcome.lines;
      // a long PDF attachment still tells the pool's watchdog that the worker is alive
      // (their names were read with the message's headers: « name="CNI Yannick Kerbrat.jpg" »)
      await scanAttachments(attachments, detect, sink, () => onBytes(before.size), true);
    } else if (format === 'pst' && existsSync(OPEN_FILES)) {
      // An Outlook mailbox of several gigabytes is read where it lies, through this very open
      // file (also for a name that is not UTF-8), never loaded whole; progress by items.
      const alive = (done: number, total: number) => onBytes(Math.floor((before.size * done) / Math.max(1, total)));
      await scanPst(`${OPEN_FILES}/${fd}`, detect, sink, (list) => scanAttachments(list, detect, sink, () => onBytes(0)), alive);
      onBytes(before.size);
    } else {
      if (before.size > MAX_DOCUMENT_BYTES) throw fileErrors.tooBig(MAX_DOCUMENT_BYTES / 1024 / 1024);
      const data = readWhole(fd, before.size);
      // Page by page progress also tells the pool's watchdog that the worker is alive.
      pages = await scanDocument(format as DocumentFormat, data, detect, sink, (n, total) => onBytes(Math.floor((before.size * n) / total)));
      onBytes(before.size);
    }
    if (changed(before, fstatSync(fd))) throw fileErrors.changed();
    if (job.range) return result({ lines: lines ?? 0, version: { size: before.size, mtimeMs: before.mtimeMs } });
    return result(pages !== undefined ? { pages } : lines !== undefined ? { lines } : {});
  } catch (e) {
    // a photo without any word recognised is an image like the others: « à vérifier à la main »
    if (job.format === 'image' && e instanceof ScanFileError && e.code === 'SANS_TEXTE') return result({ binary: true });
    // a « .db » that is no SQLite database (Windows's « Thumbs.db »): not read, as before
    if (job.format === 'sqlite' && e instanceof ScanFileError && e.code === 'PAS_SQLITE') return result({ binary: true });
    // a « .key » that is no Keynote presentation (a key in PEM): not read, as before
    if (job.format === 'iwork' && e instanceof ScanFileError && e.code === 'PAS_IWORK') return result({ binary: true });
    return result({ error: toReport(e) });
  } finally {
    closeSync(fd);
  }
}

/** The document a file of unknown type is, from its first bytes: a SQLite database, a PDF; null if neither. */
function documentByContent(start: Buffer): 'sqlite' | 'pdf' | null {
  if (isSqlite(start)) return 'sqlite';
  return start.subarray(0, 5).toString('latin1') === '%PDF-' ? 'pdf' : null;
}

/** The first `n` bytes of the file (fewer when it is shorter). */
function head(fd: number, n: number): Buffer {
  const buf = Buffer.alloc(n);
  return buf.subarray(0, readSync(fd, buf, 0, n, 0));
}

function changed(a: Stats, b: Stats): boolean {
  return a.size !== b.size || a.mtimeMs !== b.mtimeMs;
}

function readWhole(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, off);
    if (n === 0) throw fileErrors.changed();
    off += n;
  }
  return buf;
}

function toReport(e: unknown): { code: string; message: string } {
  const err = fromSystemError(e);
  return { code: err.code, message: err.message };
}
