// Cuts files into fixed pieces, names each by a keyed hash of its content, and sends to each
// destination only the pieces it lacks. Pieces are encrypted on worker threads while the next
// ones are read; memory stays bounded by MAX_IN_FLIGHT pieces waiting for encryption or upload.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { CHUNK_SIZE, type ChunkRef, type FileEntry } from '../core/backup/manifest.ts';
import { chunkKey } from '../core/backup/generation.ts';
import { DomainError } from '../core/errors.ts';
import type { Destination } from './destination.ts';
import { destinationError } from './errors.ts';
import { sha256 } from './objects.ts';
import type { Hashed, Sealer } from './sealer.ts';

const MAX_IN_FLIGHT = 4;

/** What one destination has and receives during a run. */
export interface DestinationState {
  dest: Destination;
  /** Chunks on the destination (or on their way) with their checksums. */
  known: Map<string, Promise<ChunkRef>>;
  files: Promise<FileEntry>[];
  failed: DomainError | null;
  uploadedBytes: number;
  uploadedChunks: number;
  reusedChunks: number;
  /** Names sent during this run: the verification after the run reads these back. */
  sent: Set<string>;
  pending: Set<Promise<void>>;
}

export function newState(dest: Destination, known: Map<string, ChunkRef>): DestinationState {
  const k = new Map([...known].map(([n, r]) => [n, Promise.resolve(r)]));
  return { dest, known: k, files: [], failed: null, uploadedBytes: 0, uploadedChunks: 0, reusedChunks: 0, sent: new Set(), pending: new Set() };
}

export interface SourceFile {
  absPath: string;
  path: string;
  role: FileEntry['role'];
  mode: number;
  size: number;
}

export interface PackContext {
  sealer: Sealer;
  signal?: AbortSignal;
  onBytes?: (n: number) => void;
  /** Encryptions not finished yet (bounded with the uploads). */
  sealing: Set<Promise<unknown>>;
}

export function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DomainError('invalid', 'SAUVEGARDE_INTERROMPUE', 'Sauvegarde interrompue : aucune nouvelle génération n’a été enregistrée.');
}

/** Waits until fewer than MAX_IN_FLIGHT pieces are being encrypted or uploaded. */
async function backpressure(states: readonly DestinationState[], ctx: PackContext): Promise<void> {
  for (;;) {
    const busy = [...ctx.sealing, ...states.flatMap((s) => [...s.pending])];
    if (ctx.sealing.size + Math.max(0, ...states.map((s) => s.pending.size)) < MAX_IN_FLIGHT) return;
    await Promise.race(busy);
  }
}

function upload(s: DestinationState, name: string, sealed: Promise<{ cipher: Buffer }>): Promise<void> {
  const p = sealed
    .then(({ cipher }) => (s.failed ? undefined : s.dest.put(chunkKey(name), cipher, cipher.length, { flushLater: true }).then(() => {
      s.uploadedBytes += cipher.length;
      s.uploadedChunks++;
    })))
    .catch((err) => {
      s.failed ??= destinationError(err, s.dest.label);
    })
    .finally(() => s.pending.delete(p));
  s.pending.add(p);
  return p;
}

/** Waits for every piece in hand: a named piece starts its encryption and uploads when its name comes back. */
export async function drain(states: readonly DestinationState[], sealing: ReadonlySet<Promise<unknown>>): Promise<void> {
  for (;;) {
    const busy = [...sealing, ...states.flatMap((s) => [...s.pending])];
    if (busy.length === 0) return;
    await Promise.allSettled(busy);
  }
}

/** What happens to one piece once the worker has named it: sealed and sent where it lacks, or dropped. */
function dispatch(h: Hashed, size: number, states: readonly DestinationState[], ctx: PackContext): void {
  const needing = states.filter((s) => !s.failed && !s.known.has(h.name));
  for (const s of states) if (!s.failed && !needing.includes(s)) s.reusedChunks++;
  if (needing.length === 0) {
    track(ctx, ctx.sealer.drop(h));
    return;
  }
  const sealing = ctx.sealer.seal(h);
  track(ctx, sealing);
  const ref = sealing.then((s): ChunkRef => ({ name: h.name, size, sha256: h.sha256, cipherSize: s.cipher.length }));
  ref.catch(() => {}); // a failed encryption is reported through the uploads and the manifest
  const uploads = needing.map((s) => {
    s.known.set(h.name, ref);
    s.sent.add(h.name);
    return upload(s, h.name, sealing);
  });
  // Written everywhere: the worker may encrypt into this buffer again (not after a failed
  // upload, whose connection might still hold it).
  void Promise.all([sealing, ...uploads]).then(([{ cipher }]) => needing.every((s) => !s.failed) && ctx.sealer.release(cipher), () => {});
}

function track(ctx: PackContext, p: Promise<unknown>): void {
  ctx.sealing.add(p);
  void p.finally(() => ctx.sealing.delete(p)).catch(() => {});
}

/** Reads one file and queues its pieces; returns false when it vanished (a document deleted meanwhile). */
export async function packFile(src: SourceFile, states: readonly DestinationState[], ctx: PackContext): Promise<boolean> {
  let fh;
  try {
    fh = await open(src.absPath, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  // Per piece, in order: its reference on each destination, known once the worker has named it.
  const pieces: Promise<Hashed>[] = [];
  // One piece: the file's SHA-256 is the piece's. Several: hash the whole file as well.
  let whole: ReturnType<typeof createHash> | null = null;
  let size = 0;
  try {
    for (;;) {
      checkAborted(ctx.signal);
      await backpressure(states, ctx);
      const buf = ctx.sealer.buffer();
      let got = 0;
      while (got < CHUNK_SIZE) {
        const { bytesRead } = await fh.read(buf, got, CHUNK_SIZE - got, size + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      if (got === 0) break;
      const piece = buf.subarray(0, got);
      if (size === 0 && got === CHUNK_SIZE) whole = createHash('sha256'); // more pieces may follow
      whole?.update(piece);
      const hashed = ctx.sealer.hash(piece); // piece is handed to the worker from here on
      track(ctx, hashed);
      const length = got;
      pieces.push(hashed.then((h) => (dispatch(h, length, states, ctx), h)));
      size += got;
      ctx.onBytes?.(got);
      if (got < CHUNK_SIZE) break;
    }
  } finally {
    await fh.close();
  }
  const named = Promise.all(pieces);
  named.catch(() => {}); // reported through the manifest
  const fileSha = whole ? Promise.resolve(whole.digest('hex')) : size === 0 ? Promise.resolve(sha256(Buffer.alloc(0))) : named.then((p) => p[0]!.sha256);
  states.forEach((s) => {
    if (s.failed) return;
    const entry = Promise.all([named, fileSha]).then(async ([hs, sha]): Promise<FileEntry> => ({
      path: src.path,
      role: src.role,
      size,
      mode: src.mode & 0o777,
      sha256: sha,
      chunks: await Promise.all(hs.map((h) => s.known.get(h.name) ?? Promise.reject(s.failed ?? new Error('morceau manquant')))),
    }));
    entry.catch(() => {}); // awaited with the manifest; a failure there marks the destination
    s.files.push(entry);
  });
  return true;
}
