// Deduplication: a chunk is named by a keyed hash of its plaintext, so the same content always
// has the same name and a destination that already holds it (as recorded by a readable
// generation) need not receive it again.
import type { ChunkRef, Manifest } from './manifest.ts';
import { referencedChunks } from './manifest.ts';
import { CHUNKS_PREFIX } from './generation.ts';

/**
 * Chunks known to be on a destination: listed there AND described by a readable manifest
 * (a chunk without a manifest entry may be a leftover whose checksum we do not know).
 */
export function knownChunks(listedKeys: Iterable<string>, manifests: readonly Manifest[]): Map<string, ChunkRef> {
  const listed = new Set<string>();
  for (const k of listedKeys) if (k.startsWith(CHUNKS_PREFIX)) listed.add(k.slice(CHUNKS_PREFIX.length));
  const out = new Map<string, ChunkRef>();
  for (const m of manifests) for (const [name, ref] of referencedChunks(m)) if (listed.has(name)) out.set(name, ref);
  return out;
}

export interface UploadPlan {
  upload: string[];
  reuse: string[];
}

/** Which of these chunk names must be sent (each once). */
export function planUploads(names: readonly string[], known: ReadonlyMap<string, unknown>): UploadPlan {
  const upload: string[] = [];
  const reuse: string[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) continue;
    seen.add(n);
    (known.has(n) ? reuse : upload).push(n);
  }
  return { upload, reuse };
}

/**
 * Chunk objects that no kept generation references: safe to delete. Returns null (delete
 * nothing) when a kept manifest could not be read, since its chunks are then unknown.
 */
export function unreferencedChunks(listedKeys: Iterable<string>, kept: readonly (Manifest | null)[]): string[] | null {
  if (kept.some((m) => m === null)) return null;
  const used = new Set<string>();
  for (const m of kept as Manifest[]) for (const name of referencedChunks(m).keys()) used.add(name);
  const out: string[] = [];
  for (const k of listedKeys) {
    if (!k.startsWith(CHUNKS_PREFIX)) continue;
    if (!used.has(k.slice(CHUNKS_PREFIX.length))) out.push(k);
  }
  return out.sort();
}
