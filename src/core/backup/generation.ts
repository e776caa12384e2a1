// Generation names: generations/2026-12-01T01-00-00Z-<id>.age. The date comes first so a plain
// listing sorts by age; no ':' because FAT/exFAT external disks refuse it.
export const GENERATIONS_PREFIX = 'generations/';
export const CHUNKS_PREFIX = 'chunks/';

export interface GenerationName {
  key: string;
  id: string;
  createdAt: Date;
}

const KEY = /^generations\/(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-([0-9a-f]{8,32})\.age$/;

export function generationKey(createdAt: Date, id: string): string {
  const iso = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `${GENERATIONS_PREFIX}${iso}-${id}.age`;
}

export function parseGenerationKey(key: string): GenerationName | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { key, id: m[5]!, createdAt };
}

/** Complete generations found in a listing, newest first (anything else is ignored). */
export function generationsIn(keys: readonly string[]): GenerationName[] {
  return keys
    .map(parseGenerationKey)
    .filter((g): g is GenerationName => g !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
}

export function chunkKey(name: string): string {
  return `${CHUNKS_PREFIX}${name}`;
}

/** Finds a generation from what a user types: the full key, the file name, its id or its date prefix. */
export function findGeneration(all: readonly GenerationName[], query: string): GenerationName | undefined {
  const q = query.trim();
  if (q === 'derniere' || q === 'dernière' || q === 'latest') return all[0];
  return all.find((g) => g.key === q || g.key === `${GENERATIONS_PREFIX}${q}` || g.key === `${GENERATIONS_PREFIX}${q}.age` || g.id === q);
}
