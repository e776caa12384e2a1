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
/** Chunks queued per worker: one being sealed, the next waiting. */
const IN_FLIGHT = 2;
/** Sealed chunks may run this far ahead of the writer, which bounds the memory held. */
const AHEAD = 8;

export interface SealOptions {
  /** Below this many records the workers' start-up (a second or so) is not worth it. */
  minForWorkers?: number;
  maxWorkers?: number;
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

/** Workers start at once; iterating yields the sealed chunks in order. */
class WorkerSealer {
  private readonly results = new Map<number, Sealed[]>();
  private readonly workers: Worker[] = [];
  private next = 0;
  private consumed = 0;
  private readonly idle: Worker[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(tenantId: string, dataKey: Uint8Array, private readonly chunks: readonly SealItem[][], count: number) {
    const boot = new URL('./worker-boot.mjs', import.meta.url);
    const entry = new URL('./seal-worker.ts', import.meta.url).href;
    for (let i = 0; i < count; i++) {
      const w = new Worker(boot, { workerData: { entry, tenantId, dataKey: Uint8Array.from(dataKey) } });
      this.workers.push(w);
      w.on('message', (response: SealResponse) => {
        this.results.set(response.seq, response.sealed);
        if (!this.feed(w) && !this.idle.includes(w)) this.idle.push(w);
        this.notify();
      });
      w.on('error', (err) => {
        this.failure ??= err;
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
          if (this.failure) throw this.failure;
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
      await Promise.all(this.workers.map((w) => w.terminate()));
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
  const count = Math.min(options.maxWorkers ?? 2, availableParallelism(), chunks.length);
  if (items.length < (options.minForWorkers ?? 5000) || count < 1) {
    yield* inThread(vault, chunks);
    return;
  }
  let yielded = 0;
  try {
    for await (const sealed of new WorkerSealer(vault.tenantId, dataKey, chunks, count)) {
      yielded++;
      yield sealed;
    }
  } catch (err) {
    if (yielded > 0) throw err;
    console.warn(`Import : chiffrement sur le fil principal (${(err as Error).message}).`);
    yield* inThread(vault, chunks);
  }
}
