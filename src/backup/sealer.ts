// Encrypts chunks on worker threads so reading, hashing and writing on the main thread overlap
// with the encryption. The header (X25519 stanzas, MAC) is made here; the worker seals the bulk.
import { availableParallelism } from 'node:os';
import { randomBytes, hkdfSync } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { encodeHeader } from './age-x25519.ts';

const ENTRY = new URL('./seal-worker.mjs', import.meta.url);

export interface Sealed {
  cipher: Buffer;
  sha256: string;
}

interface Job {
  resolve: (s: Sealed) => void;
  reject: (e: Error) => void;
}

export class Sealer {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private next = 0;
  private turn = 0;
  private dead: Error | null = null;

  constructor(private readonly recipients: readonly string[], size = 1) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(ENTRY);
      w.on('message', (m: { id: number; cipher?: Uint8Array; sha?: string; error?: string }) => {
        const job = this.jobs.get(m.id);
        this.jobs.delete(m.id);
        if (!job) return;
        if (m.error) job.reject(new Error(m.error));
        else job.resolve({ cipher: Buffer.from(m.cipher!.buffer, m.cipher!.byteOffset, m.cipher!.byteLength), sha256: m.sha! });
      });
      // A worker that dies fails its pending and later jobs instead of leaving them waiting.
      const fail = (err: Error) => {
        this.dead ??= err;
        for (const j of this.jobs.values()) j.reject(err);
        this.jobs.clear();
      };
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`chiffrement interrompu (code ${code})`)));
      this.workers.push(w);
    }
  }

  get inFlight(): number {
    return this.jobs.size;
  }

  /** `plain` is handed over to the worker (transferred): do not use it afterwards. */
  seal(plain: Buffer): Promise<Sealed> {
    if (this.dead) return Promise.reject(this.dead);
    const fileKey = randomBytes(16);
    const nonce = randomBytes(16);
    const header = Buffer.concat([encodeHeader(fileKey, this.recipients), nonce]);
    const key = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
    const id = this.next++;
    const w = this.workers[this.turn++ % this.workers.length]!;
    // Small buffers may live in Node's shared pool, which must not be transferred.
    const transferable = plain.buffer.byteLength > 64 * 1024 ? [plain.buffer as ArrayBuffer] : [];
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      w.postMessage({ id, header, key, plain }, transferable);
    });
  }

  async close(): Promise<void> {
    this.dead ??= new Error('chiffreur fermé');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
