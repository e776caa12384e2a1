// Reading an import file holds the thread that reads it: 100 000 rows of .xlsx took 10 s in
// ExcelJS (5.5 s without a break), 200 000 rows 30 s and 1.3 GB. In the server's main thread
// every other request, of every tenant, waited. A large file is read on a worker thread of
// its own, under a heap cap (two at most at once), and its rows come back a chunk at a time
// with the event loop free in between. Small files stay in the main thread: a worker takes
// about a second to start. If it cannot start at all, the file is read in the main thread.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { DomainError, invalid, type ErrorKind } from '../../core/errors.ts';
import { containerOf, readSheet, type Sheet } from './read-file.ts';

export type ReaderMessage =
  | { type: 'ready' }
  | { type: 'head'; head: Omit<Sheet, 'rows' | 'rowNumbers'>; total: number }
  | { type: 'rows'; rows: string[][]; rowNumbers: number[] }
  | { type: 'refused'; kind: ErrorKind; code: string; message: string; details?: Record<string, unknown> }
  | { type: 'failed'; message: string };

export interface ReadOptions {
  /** Files up to this size are read in the calling thread (a CSV, a workbook). */
  inline?: { csv: number; workbook: number };
  heapMb?: number;
  chunk?: number;
  /** The worker's module (tests name one that does not exist). */
  entry?: URL;
}

const KiB = 1024;
/** A 512 KB CSV (4 000 rows) parses in ~40 ms; a 64 KB .xlsx (1 300 rows) loads in ~130 ms. */
const INLINE = { csv: 512 * KiB, workbook: 64 * KiB };
/** 200 000 rows of .xlsx, the most an import takes, need ~1 GB of heap while ExcelJS reads them. */
const READER_HEAP_MB = 2048;
/** About 20 ms of the main thread to receive. */
const CHUNK = 5000;

const tooHeavy = () =>
  invalid('CLASSEUR_TROP_LOURD', 'Fichier trop lourd à lire en une fois (mémoire dépassée) : exportez-le en CSV, ou importez-le en plusieurs fichiers.');

/**
 * At most this many files are read at once, each by its own worker under the heap cap: several
 * tenants importing large workbooks together would otherwise need that much memory each. The
 * others wait their turn. `peak` is for tests and diagnostics.
 */
export const READERS_MAX = 2;
export const readers = { running: 0, peak: 0 };
const waiting: Array<() => void> = [];

async function turn(): Promise<() => void> {
  while (readers.running >= READERS_MAX) await new Promise<void>((resolve) => waiting.push(resolve));
  readers.running++;
  readers.peak = Math.max(readers.peak, readers.running);
  return () => {
    readers.running--;
    waiting.shift()?.();
  };
}

export async function readSheetOffThread(bytes: Uint8Array, options: ReadOptions = {}): Promise<Sheet> {
  const inline = options.inline ?? INLINE;
  if (bytes.length <= (containerOf(bytes) === 'text' ? inline.csv : inline.workbook)) return readSheet(bytes);
  const done = await turn();
  try {
    return await readInWorker(bytes, options);
  } finally {
    done();
  }
}

async function readInWorker(bytes: Uint8Array, options: ReadOptions): Promise<Sheet> {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: (options.entry ?? new URL('./read-worker.ts', import.meta.url)).href },
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? READER_HEAP_MB },
  });
  const inbox = new Inbox(worker);
  try {
    try {
      await inbox.next('ready');
    } catch (err) {
      console.warn(`Import : lecture du fichier sur le fil principal (${(err as Error).message}).`);
      return await readSheet(bytes);
    }
    // A copy the worker owns (a Buffer's slice() is a view, and may share Node's buffer pool).
    const own = new Uint8Array(bytes);
    worker.postMessage({ bytes: own, chunk: options.chunk ?? CHUNK }, [own.buffer]);
    const { head, total } = await inbox.next('head');
    const sheet: Sheet = { ...head, rows: [], rowNumbers: [] };
    while (sheet.rows.length < total) {
      worker.postMessage('next');
      const part = await inbox.next('rows');
      for (let i = 0; i < part.rows.length; i++) {
        sheet.rows.push(part.rows[i]!);
        sheet.rowNumbers.push(part.rowNumbers[i]!);
      }
      await yieldToLoop();
    }
    return sheet;
  } finally {
    await worker.terminate();
  }
}

/** The worker's messages in order; a refusal is thrown as the DomainError it was, a crash as an Error. */
class Inbox {
  private readonly queue: ReaderMessage[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(worker: Worker) {
    worker.on('message', (m: ReaderMessage) => this.push(m));
    worker.on('error', (err: Error & { code?: string }) => this.fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooHeavy() : err));
    worker.on('exit', (code) => this.fail(new Error(`lecteur arrêté (code ${code})`)));
  }

  private push(m: ReaderMessage) {
    this.queue.push(m);
    this.wake?.();
  }

  private fail(err: Error) {
    this.failure ??= err;
    this.wake?.();
  }

  async next<T extends ReaderMessage['type']>(type: T): Promise<Extract<ReaderMessage, { type: T }>> {
    while (this.queue.length === 0 && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    const m = this.queue.shift();
    if (!m) throw this.failure!;
    if (m.type === 'refused') throw new DomainError(m.kind, m.code, m.message, m.details);
    if (m.type === 'failed') throw new Error(m.message);
    if (m.type !== type) throw new Error(`lecteur : « ${type} » attendu, « ${m.type} » reçu`);
    return m as Extract<ReaderMessage, { type: T }>;
  }
}
