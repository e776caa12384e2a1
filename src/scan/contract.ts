// The engine's contract (src/scan): what the CLI, the web job and the store rely on.
import type { Finding, FindingType } from '../core/scan/types.ts';
import type { PackedFindings } from './packed-findings.ts';
import type { PersonIndex } from './person-index.ts';
import type { UnreadKind } from '../core/scan/unread.ts';

export interface ScanOptions {
  /** Follow symbolic links that leave the chosen folders (never by default). */
  followSymlinks?: boolean;
  /** Worker threads for extraction and detection (default: the number of cores). */
  workers?: number;
  /** Stops the scan; files already reported stay reported. */
  signal?: AbortSignal;
  /** Called often (at most every ~100 ms) with the running totals. */
  onProgress?: (p: ScanProgress) => void;
  /** Findings kept per file (counts stay exact past it), so memory stays bounded. Default 20 000. */
  maxFindingsPerFile?: number;
  /**
   * false: no finding is listed (`findings` stays empty), only counted, which spares the workers
   * the masks and positions and the main thread their copies. The French summary and the stored
   * inventory need no more; person hashes are kept all the same. 'packed': listed, but in
   * `listed` (columns) rather than as objects in `findings`, for a writer that makes no object
   * per finding (`--format jsonl`: the objects' garbage cost about 90 MB of peak RSS on the
   * benchmark's 1 GB). Default true.
   */
  listFindings?: boolean | 'packed';
  /**
   * Plain text files (txt, md, csv, tsv, json, unknown extensions) of at least twice this size are
   * read in parts of this size by all the workers at once. Default 32 MiB.
   */
  partBytes?: number;
  /** Absolute paths never scanned (the CLI's own report file when written inside a scanned folder). */
  exclude?: string[];
  /**
   * The client file's blind-index key of a tenant: each report then carries the hashes of the
   * e-mails and phones found (personHashes), never the values. The key stays in memory. The
   * command line has no data key and never sets it.
   */
  personIndex?: PersonIndex;
  /**
   * Reads the text of images (photos, scans: png, jpg, webp, bmp, tiff) and of PDFs without
   * text with Tesseract (image.ts), about a second per image; otherwise they are counted as
   * « Fichiers non lus ». Default false.
   */
  readImages?: boolean;
}

export interface ScanProgress {
  files: number;
  totalFiles: number | null;
  bytes: number;
  totalBytes: number | null;
  findings: number;
  etaSeconds: number | null;
  /** Files not analysed on purpose: binaries, special files, links not followed. */
  skipped?: number;
  /** The binaries among them, by what they may hold (see formats.ts): the owner checks them by hand. */
  unread?: Partial<Record<UnreadKind, number>>;
  /** Files reported with an error. */
  errors?: number;
  /** Seconds since the scan started. */
  elapsedSeconds?: number;
}

export interface FileReport {
  path: string;
  root: string;
  size: number;
  modifiedAt: string;
  format: string;
  findings: Finding[];
  /**
   * With options.listFindings 'packed': the findings listed, in place of `findings` (empty then).
   * Valid until the next report is asked for: its buffers then go back to the workers, which write
   * the next files' findings in them (copy it with structuredClone to keep it, as scanToList does).
   */
  listed?: PackedFindings;
  counts: Partial<Record<FindingType, number>>;
  /** Set when the file could not be read: a French message; the scan goes on. */
  error?: { code: string; message: string };
  /** More findings than maxFindingsPerFile: `findings` holds the first ones, `counts` all. */
  findingsTruncated?: boolean;
  /** What the file holds that could not be read (attachments, archive entries), by kind. */
  unread?: Partial<Record<UnreadKind, number>>;
  /** PDFs: number of pages read. */
  pages?: number;
  /** With options.personIndex: blind indexes of the e-mails and phones found, deduplicated (maxFindingsPerFile at most). */
  personHashes?: string[];
}
