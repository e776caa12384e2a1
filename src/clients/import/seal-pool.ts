// Sealing a large import (AES-GCM per field, a dozen HMACs per record) is CPU work that would
// hold the event loop for many seconds: it runs on worker threads, one per core up to two,
// in chunks, and the chunks come back in file order while earlier ones are being written.
// The first chunks may be handed to the workers while the file is still being checked
// (« presealed »): that work is thrown away if the check refuses the file.
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
/** Sealed chunks may run this far ahead of the writer, which bounds the memory held. */
const AHEAD = 8;

/**
 * Seal workers, started before the rows are known: booting a worker (the TypeScript loader,
 * the modules) takes about a second, which then overlaps the checking of the file. Chunks
 * go to the least busy worker; each submission settles with its sealed records, or with the
 * failure of a worker.
 */
export class SealWorkers {
  readonly workers: Worker[] = [];
  failure: Error | null = null;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (s: Sealed[]) => void; reject: (e: Error) => void }>();
  private readonly queued: number[] = [];

  private constructor(tenantId: string, dataKey: Uint8Array, count: number) {
    const boot = new URL('./worker-boot.mjs', import.meta.url);
    const entry = new URL('./seal-worker.ts', import.meta.url).href;
    for (let i = 0; i < count; i++) {
      const w = new Worker(boot, { workerData: { entry, tenantId, dataKey: Uint8Array.from(dataKey) } });
      w.on('message', (response: SealResponse) => {
        this.queued[i]!--;
        const waiting = this.waiting.get(response.seq);
        this.waiting.delete(response.seq);
        waiting?.resolve(response.sealed);
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', () => this.fail(new Error('chiffrement interrompu')));
      this.workers.push(w);
      this.queued.push(0);
    }
  }

  static start(tenantId: string, dataKey: Uint8Array, maxWorkers = 2): SealWorkers {
    return new SealWorkers(tenantId, dataKey, Math.max(1, Math.min(maxWorkers, availableParallelism())));
  }

  private fail(err: Error) {
    this.failure ??= err;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }

  submit(items: SealItem[]): Promise<Sealed[]> {
    if (this.failure) return Promise.reject(this.failure);
    const i = this.queued.indexOf(Math.min(...this.queued));
    this.queued[i]!++;
    const seq = this.seq++;
    const sealed = new Promise<Sealed[]>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    sealed.catch(() => {}); // a chunk nobody awaits any more (refused file) must not go unhandled
    const request: SealRequest = { seq, items };
    this.workers[i]!.postMessage(request);
    return sealed;
  }

  async terminate(): Promise<void> {
    this.fail(new Error('chiffrement arrêté'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Chunks already handed to the workers: the first `covered` items, in order. */
export interface Presealed {
  chunks: Promise<Sealed[]>[];
  covered: number;
}

export interface SealOptions {
  /** Below this many records the workers' start-up (a second or so) is not worth it. */
  minForWorkers?: number;
  maxWorkers?: number;
  /** Workers already started (see SealWorkers); sealChunks owns them from then on. */
  workers?: SealWorkers | null;
  presealed?: Presealed | null;
  /** Ids of items not to write after all (duplicates the user chose to skip). */
  skip?: ReadonlySet<string>;
}

function sealChunk(vault: ClientVault, items: readonly SealItem[]): Sealed[] {
  return items.map(({ id, at, client }) => ({ row: vault.newRow(id, client, { createdAt: at }), indexes: vault.indexes(client) }));
}

function chunked(items: readonly SealItem[]): SealItem[][] {
  const chunks: SealItem[][] = [];
  for (let i = 0; i < items.length; i += SEAL_CHUNK) chunks.push(items.slice(i, i + SEAL_CHUNK));
  return chunks;
}

async function* inThread(vault: ClientVault, items: readonly SealItem[]): AsyncGenerator<Sealed[]> {
  for (const chunk of chunked(items)) {
    await yieldToLoop();
    yield sealChunk(vault, chunk);
  }
}

/**
 * The sealed records in chunks, in the order of `items` (less `skip`). With workers, a
 * worker that fails before the first chunk makes the whole job fall back to the main
 * thread; a failure later is thrown (the caller's transaction then writes nothing).
 */
export async function* sealChunks(vault: ClientVault, dataKey: Uint8Array, items: readonly SealItem[], options: SealOptions = {}): AsyncGenerator<Sealed[]> {
  const skip = options.skip ?? new Set<string>();
  const kept = skip.size === 0 ? items : items.filter((item) => !skip.has(item.id));
  const presealed = options.presealed?.chunks ?? [];
  const rest = chunked(items.slice(options.presealed?.covered ?? 0).filter((item) => !skip.has(item.id)));
  if (presealed.length === 0 && (kept.length < (options.minForWorkers ?? SEAL_WORKERS_MIN) || rest.length === 0)) {
    await options.workers?.terminate();
    yield* inThread(vault, kept);
    return;
  }
  const pool = options.workers ?? SealWorkers.start(vault.tenantId, dataKey, Math.min(options.maxWorkers ?? 2, rest.length));
  let yielded = 0;
  try {
    const queue = [...presealed];
    let next = 0;
    const fill = () => {
      while (next < rest.length && queue.length < AHEAD) queue.push(pool.submit(rest[next++]!));
    };
    fill();
    while (queue.length > 0) {
      const sealed = await queue.shift()!;
      fill();
      const out = skip.size === 0 ? sealed : sealed.filter((s) => !skip.has(s.row.id));
      yielded++;
      if (out.length > 0) yield out;
    }
  } catch (err) {
    if (yielded > 0) throw err;
    console.warn(`Import : chiffrement sur le fil principal (${(err as Error).message}).`);
    yield* inThread(vault, kept);
  } finally {
    await pool.terminate();
  }
}
