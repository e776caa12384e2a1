// A small worker-thread pool made for one scan: jobs go to idle workers; a worker that dies,
// runs out of memory or stays silent too long is replaced and its file reported in error.
import { Worker } from 'node:worker_threads';
import type { AnalyseJob, AnalyseResult } from './analyse.ts';
import { fileErrors, type ScanFileError } from './errors.ts';
import type { WorkerMessage } from './worker.ts';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Pending {
  id: number;
  job: AnalyseJob;
  onBytes: (bytes: number) => void;
  resolve: (r: AnalyseResult | null) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  lastActivity: number;
}

export interface PoolOptions {
  size: number;
  /** A file with no news from its worker for this long is abandoned (text reports every MB). */
  silenceTimeoutMs?: number;
  /**
   * Heap cap of each worker: a pathological file kills its worker, not the scan. The young
   * generation is kept small (8 MB, measured: -60 MB peak RSS for two workers, same speed).
   */
  maxHeapMb?: number;
}

const failed = (e: ScanFileError): AnalyseResult => ({ findings: [], counts: {}, total: 0, truncated: false, error: { code: e.code, message: e.message } });

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
    const timeout = options.silenceTimeoutMs ?? 120_000;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) if (slot.current && now - slot.lastActivity > timeout) this.replace(slot, fileErrors.timeout());
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    for (const p of this.queue.splice(0)) p.resolve(null);
    await Promise.all(
      this.slots.map((s) => {
        s.current?.resolve(null);
        s.current = null;
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024, maxYoungGenerationSizeMb: 8 } });
    const slot: Slot = { worker, current: null, lastActivity: Date.now() };
    worker.on('message', (m: WorkerMessage | { type: 'ready' }) => {
      slot.lastActivity = Date.now();
      if (m.type === 'ready' || !slot.current || m.id !== slot.current.id) return;
      if (m.type === 'bytes') slot.current.onBytes(m.bytes);
      else {
        const { type: _t, id: _i, ...result } = m;
        const p = slot.current;
        slot.current = null;
        p.resolve(result);
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
    slot.current?.resolve(failed(error));
    slot.current = null;
    if (!this.closed) {
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.current) continue;
      const p = this.queue.shift()!;
      slot.current = p;
      slot.lastActivity = Date.now();
      slot.worker.postMessage({ id: p.id, ...p.job });
    }
  }
}
