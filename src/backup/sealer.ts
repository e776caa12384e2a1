// Hashes and encrypts backup pieces on worker threads so reading and writing on the main
// thread overlap with the cryptography. A piece is handed over once: the worker hashes it and
// names it, the main thread decides whether a destination lacks it, then the worker seals it
// (the header — X25519 stanzas, MAC — is made here) or drops it. Read buffers come back to be
// reused: allocating a fresh 4 MiB buffer per piece cost a tenth of the run in page faults and GC.
import { randomBytes, hkdfSync } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { encodeHeader } from './age-x25519.ts';

const ENTRY = new URL('./seal-worker.mjs', import.meta.url);

export interface Sealed {
  cipher: Buffer;
}

export interface Hashed {
  id: number;
  /** SHA-256 of the plaintext. */
  sha256: string;
  /** The piece's name: a keyed hash of its content. */
  name: string;
}

interface Reply {
  id: number;
  sha?: string;
  name?: string;
  cipher?: Uint8Array;
  plain?: ArrayBuffer;
  error?: string;
}

interface Job {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
}

export class Sealer {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly free: ArrayBuffer[] = [];
  /** Which worker holds each hashed piece until it is sealed or dropped. */
  private readonly owner = new Map<number, Worker>();
  private next = 0;
  private turn = 0;
  private dead: Error | null = null;

  constructor(
    private readonly recipients: readonly string[],
    nameKey: Buffer,
    private readonly pieceSize: number,
    size = 1,
  ) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(ENTRY, { workerData: { nameKey: new Uint8Array(nameKey), outputSize: pieceSize + 64 * 1024 } });
      w.on('message', (m: Reply) => {
        const job = this.jobs.get(m.id);
        this.jobs.delete(m.id);
        if (m.plain?.byteLength === this.pieceSize && this.free.length < 4) this.free.push(m.plain);
        if (!job) return;
        if (m.error) job.reject(new Error(m.error));
        else job.resolve(m);
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

  /** A buffer of one piece to read into (reused once the worker is done with it). */
  buffer(): Buffer {
    const ab = this.free.pop();
    return ab ? Buffer.from(ab) : Buffer.allocUnsafeSlow(this.pieceSize);
  }

  private send(worker: Worker, message: Record<string, unknown>, transfer: ArrayBuffer[]): Promise<Reply> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      this.jobs.set(message.id as number, { resolve, reject });
      worker.postMessage(message, transfer);
    });
  }

  /** `plain` is handed over to the worker (transferred): do not use it afterwards. */
  async hash(plain: Buffer): Promise<Hashed> {
    const id = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    // Small buffers may live in Node's shared pool, which must not be transferred.
    const transfer = plain.buffer.byteLength > 64 * 1024 ? [plain.buffer as ArrayBuffer] : [];
    const r = await this.send(worker, { op: 'hash', id, plain }, transfer);
    this.owner.set(id, worker);
    return { id, sha256: r.sha!, name: r.name! };
  }

  private take(id: number): Worker {
    const w = this.owner.get(id);
    this.owner.delete(id);
    if (!w) throw new Error(`morceau ${id} inconnu`);
    return w;
  }

  /** Encrypts a hashed piece to the recipients: a complete age file. */
  async seal(h: Hashed): Promise<Sealed> {
    const worker = this.take(h.id);
    const fileKey = randomBytes(16);
    const nonce = randomBytes(16);
    const header = Buffer.concat([encodeHeader(fileKey, this.recipients), nonce]);
    const key = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
    const r = await this.send(worker, { op: 'seal', id: h.id, header, key }, []);
    return { cipher: Buffer.from(r.cipher!.buffer, r.cipher!.byteOffset, r.cipher!.byteLength) };
  }

  /** Gives an encrypted piece's buffer back once every destination has written it: do not use it afterwards. */
  release(cipher: Buffer): void {
    if (this.dead || cipher.buffer.byteLength < this.pieceSize) return;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    worker.postMessage({ op: 'spare', buffer: cipher.buffer }, [cipher.buffer as ArrayBuffer]);
  }

  /** Every destination has this piece already. */
  async drop(h: Hashed): Promise<void> {
    await this.send(this.take(h.id), { op: 'drop', id: h.id }, []);
  }

  async close(): Promise<void> {
    this.dead ??= new Error('chiffreur fermé');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
