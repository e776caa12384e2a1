// Sealing a large import (AES-GCM per field, a dozen HMACs per record) is CPU work that would
// hold the event loop for many seconds: it runs on worker threads, one per core up to two,
// in chunks, and the chunks come back in file order while earlier ones are being written.
// Small imports, or a runtime where the workers cannot start, seal on the main thread,
// yielding between chunks.
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Client } from '../../core/clients/types.ts';
import type { ClientRow, IndexEntry } from '../../db/repositories/clients.ts';
import type { ClientVault } from '../vault.ts';

export interface SealItem {
  id: string;
  at: string;
  client: Client;
}
export interface Sealed {
  row: ClientRow;
  indexes: IndexEntry[];
}
export interface SealRequest {
  seq: number;
  items: SealItem[];
}
export interface SealResponse {
  seq: number;
  sealed: Sealed[];
}

export const SEAL_CHUNK = 1000;
/** Below this many records the workers' start-up (a second or so) is not worth it. */
export const SEAL_WORKERS_MIN = 5000;
/** Chunks queued per worker: one being sealed, the next waiting. */
const IN_FLIGHT = 2;
/** Sealed chunks may run this far ahead of the writer, which bounds the memory held. */
const AHEAD = 8;

export interface SealOptions {
  /** Below this many records the workers' start-up (a second or so) is not worth it. */
  minForWorkers?: number;
  maxWorkers?: number;
  /** Workers already started (see SealWorkers); sealChunks owns them from then on. */
  workers?: SealWorkers | null;
}

function sealChunk(vault: ClientVault, items: readonly SealItem[]): Sealed[] {
  return items.map(({ id, at, client }) => ({ row: vault.newRow(id, client, { createdAt: at }), indexes: vault.indexes(client) }));
}

async function* inThread(vault: ClientVault, chunks: readonly SealItem[][]): AsyncGenerator<Sealed[]> {
  for (const chunk of chunks) {
    await yieldToLoop();
    yield sealChunk(vault, chunk);
  }
}

/**
 * Seal workers, started before the rows are known: booting a worker (the TypeScript loader,
 * the modules) takes about a second, which then overlaps the checking of the file.
 * A worker that fails is remembered; the sealer reports it.
 */
export class SealWorkers {
  readonly workers: Worker[] = [];
  failure: Error | null = null;
  private listeners = new Set<() => void>();

  private constructor(tenantId: string, dataKey: Uint8Array, count: number) {
    const boot = new URL('./worker-boot.mjs', import.meta.url);
    const entry = new URL('./seal-worker.ts', import.meta.url).href;
    for (let i = 0; i < count; i++) {
      const w = new Worker(boot, { workerData: { entry, tenantId, dataKey: Uint8Array.from(dataKey) } });
      w.on('error', (err) => {
        this.failure ??= err;
        for (const listener of this.listeners) listener();
      });
      this.workers.push(w);
    }
  }

  static start(tenantId: string, dataKey: Uint8Array, maxWorkers = 2): SealWorkers {
    return new SealWorkers(tenantId, dataKey, Math.max(1, Math.min(maxWorkers, availableParallelism())));
  }

  onFailure(listener: () => void) {
    this.listeners.add(listener);
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Iterating yields the sealed chunks in order. */
class WorkerSealer {
  private readonly results = new Map<number, Sealed[]>();
  private next = 0;
  private consumed = 0;
  private readonly idle: Worker[] = [];
  private wake: (() => void) | null = null;

  constructor(private readonly pool: SealWorkers, private readonly chunks: readonly SealItem[][]) {
    pool.onFailure(() => this.notify());
    for (const w of pool.workers) {
      w.on('message', (response: SealResponse) => {
        this.results.set(response.seq, response.sealed);
        if (!this.feed(w) && !this.idle.includes(w)) this.idle.push(w);
        this.notify();
      });
      for (let k = 0; k < IN_FLIGHT; k++) this.feed(w);
    }
  }

  private feed(w: Worker): boolean {
    if (this.next >= this.chunks.length || this.next >= this.consumed + AHEAD) return false;
    const request: SealRequest = { seq: this.next, items: this.chunks[this.next]! };
    this.next++;
    w.postMessage(request);
    return true;
  }

  private notify() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Sealed[]> {
    try {
      for (let seq = 0; seq < this.chunks.length; seq++) {
        while (!this.results.has(seq)) {
          if (this.pool.failure) throw this.pool.failure;
          await new Promise<void>((resolve) => {
            this.wake = resolve;
          });
        }
        const sealed = this.results.get(seq)!;
        this.results.delete(seq);
        this.consumed = seq + 1;
        while (this.idle.length > 0 && this.feed(this.idle[0]!)) this.idle.shift();
        yield sealed;
      }
    } finally {
      await this.pool.terminate();
    }
  }
}

/**
 * The sealed records in chunks, in the order of `items`. With workers, a worker that fails
 * before the first chunk makes the whole job fall back to the main thread; a failure later
 * is thrown (the caller's transaction then writes nothing).
 */
export async function* sealChunks(vault: ClientVault, dataKey: Uint8Array, items: readonly SealItem[], options: SealOptions = {}): AsyncGenerator<Sealed[]> {
  const chunks: SealItem[][] = [];
  for (let i = 0; i < items.length; i += SEAL_CHUNK) chunks.push(items.slice(i, i + SEAL_CHUNK));
  if (items.length < (options.minForWorkers ?? SEAL_WORKERS_MIN) || chunks.length === 0) {
    await options.workers?.terminate();
    yield* inThread(vault, chunks);
    return;
  }
  let yielded = 0;
  try {
    for await (const sealed of new WorkerSealer(options.workers ?? SealWorkers.start(vault.tenantId, dataKey, Math.min(options.maxWorkers ?? 2, chunks.length)), chunks)) {
      yielded++;
      yield sealed;
    }
  } catch (err) {
    if (yielded > 0) throw err;
    console.warn(`Import : chiffrement sur le fil principal (${(err as Error).message}).`);
    yield* inThread(vault, chunks);
  }
}
