// A small worker-thread pool made for one scan: jobs go to idle workers, and each worker holds
// one more in its queue so that it never waits for the main thread between two small files; a
// worker that dies, runs out of memory or stays silent too long is replaced and its file
// reported in error (the job queued behind it goes to another worker).
import { Worker } from 'node:worker_threads';
import type { AnalyseJob, AnalyseResult } from './analyse.ts';
import { fileErrors, type ScanFileError } from './errors.ts';
import type { SpareMessage, WorkerMessage } from './worker.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Pending {
  id: number;
  job: AnalyseJob;
  onBytes: (bytes: number) => void;
  resolve: (r: AnalyseResult | null) => void;
}

interface Slot {
  worker: Worker;
  /** In the order the worker runs them: the first is running, the others wait in its queue. */
  jobs: Pending[];
  lastActivity: number;
  /** Whether the worker said it was ready: its start (loading the detectors) is no silence on a file. */
  ready: boolean;
}

/** Jobs given to a worker at once (measured: 2 workers idled 20 % of the time on small files with 1). */
const DEPTH = 2;
/**
 * What a worker may take to start, beyond the silence allowed on a file: a loaded machine can take longer than a short
 * silence limit to start a thread, and the file handed to a new worker was then abandoned though nothing was wrong.
 */
const START_ALLOWANCE_MS = 30_000;

export interface PoolOptions {
  size: number;
  /** A file with no news from its worker for this long is abandoned (text reports every MB). */
  silenceTimeoutMs?: number;
  /**
   * Heap cap of each worker: a pathological file kills its worker, not the scan. The young
   * generation is kept small (8 MB, measured: -60 MB peak RSS for two workers, same speed).
   */
  maxHeapMb?: number;
  /** The worker script (tests of the pool itself: one that crashes or stays silent on demand). */
  entry?: URL;
}

const failed = (e: ScanFileError): AnalyseResult => ({ findings: [], counts: {}, total: 0, truncated: false, error: { code: e.code, message: e.message } });

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private nextSpare = 0;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
    const timeout = options.silenceTimeoutMs ?? 120_000;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) if (slot.jobs.length > 0 && now - slot.lastActivity > timeout + (slot.ready ? 0 : START_ALLOWANCE_MS)) this.replace(slot, fileErrors.timeout());
    }, Math.min(5_000, timeout / 2));
    this.watchdog.unref();
  }

  /** Resolves with null when the pool is closed before the job ends (abort). */
  run(job: AnalyseJob, onBytes: (bytes: number) => void): Promise<AnalyseResult | null> {
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, onBytes, resolve });
      this.dispatch();
    });
  }

  /** Moves buffers of packed findings back to a worker, which writes the next file's in them (packed-findings.ts). */
  giveBack(buffers: ArrayBuffer[]): void {
    // a buffer already moved (or the consumer's copy) has no bytes left to give
    const spare = buffers.filter((b) => b.byteLength > 0 && !(b instanceof SharedArrayBuffer));
    if (this.closed || spare.length === 0) return;
    const slot = this.slots[this.nextSpare++ % this.slots.length]!;
    slot.worker.postMessage({ spare } satisfies SpareMessage, spare);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    for (const p of this.queue.splice(0)) p.resolve(null);
    await Promise.all(
      this.slots.map((s) => {
        for (const p of s.jobs.splice(0)) p.resolve(null);
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.entry ?? ENTRY, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024, maxYoungGenerationSizeMb: 8 } });
    const slot: Slot = { worker, jobs: [], lastActivity: Date.now(), ready: false };
    worker.on('message', (m: WorkerMessage | { type: 'ready' }) => {
      slot.lastActivity = Date.now();
      if (m.type === 'ready') slot.ready = true;
      const head = slot.jobs[0];
      if (m.type === 'ready' || !head || m.id !== head.id) return;
      if (m.type === 'bytes') head.onBytes(m.bytes);
      else {
        const { type: _t, id: _i, packed, findings, ...rest } = m;
        slot.jobs.shift();
        head.resolve(packed ? { ...rest, findings: [], packed } : { ...rest, findings: findings ?? [] });
        this.dispatch();
      }
    });
    worker.on('error', (err: NodeJS.ErrnoException) => {
      if (!this.closed) this.replace(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fileErrors.outOfMemory() : fileErrors.internal());
    });
    worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, fileErrors.internal());
    });
    return slot;
  }

  private replace(slot: Slot, error: ScanFileError): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    this.slots.splice(i, 1);
    void slot.worker.terminate();
    const [head, ...waiting] = slot.jobs.splice(0);
    head?.resolve(failed(error));
    // the jobs behind it never started: first in line for the other workers
    this.queue.unshift(...waiting);
    if (!this.closed) {
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }

  private dispatch(): void {
    // idle workers first, then one more job each
    for (let depth = 0; depth < DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.jobs.length !== depth) continue;
        const p = this.queue.shift()!;
        if (depth === 0) slot.lastActivity = Date.now();
        slot.jobs.push(p);
        slot.worker.postMessage({ id: p.id, ...p.job });
      }
    }
  }
}
