// The manifest of a backup generation: what the generation contains and how to check it.
// It is written last, encrypted, as generations/<date>-<id>.age: a generation whose manifest
// is absent does not exist, whatever chunks an interrupted run left behind.
import { z } from 'zod';
import { invalid } from '../errors.ts';

export const MANIFEST_FORMAT = 1;
/** Files are cut in fixed pieces: big enough to keep object counts low, small enough to bound memory. */
export const CHUNK_SIZE = 4 * 1024 * 1024;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'empreinte SHA-256 attendue');

export const chunkRefSchema = z.object({
  /** Keyed hash (HMAC) of the plaintext: the object is chunks/<name>. */
  name: hex64,
  /** Plaintext bytes in this piece, and their SHA-256. */
  size: z.number().int().nonnegative(),
  sha256: hex64,
  /** The stored object (age file) as written on the destination. */
  cipherSize: z.number().int().positive(),
  /**
   * Written by versions before 2026-12: checked when present. No longer computed (a second
   * SHA-256 over every byte was a sixth of a backup's CPU): the age payload is authenticated
   * (ChaCha20-Poly1305 per 64 KiB) and the plaintext's SHA-256 above is checked after decryption.
   */
  cipherSha256: hex64.optional(),
});

/** Relative, '/'-separated, never escaping the restore folder. */
const safePath = z
  .string()
  .min(1)
  .max(1000)
  .refine((p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '' || s === '.' || s === '..'), 'chemin de fichier invalide');

export const fileEntrySchema = z.object({
  path: safePath,
  role: z.enum(['database', 'file']),
  size: z.number().int().nonnegative(),
  mode: z.number().int().nonnegative(),
  sha256: hex64,
  chunks: z.array(chunkRefSchema),
});

export const databaseFormats = ['sqlite', 'pg_dump', 'postgres-sql'] as const;

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  application: z.literal('rempart'),
  id: z.string().regex(/^[0-9a-f]{8,32}$/),
  createdAt: z.iso.datetime(),
  instance: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    databaseFormat: z.enum(databaseFormats),
    /** Tenants and clients are counted, never named. */
    tenants: z.number().int().nonnegative(),
    rempartVersion: z.string().max(40),
  }),
  files: z.array(fileEntrySchema),
});

export type ChunkRef = z.infer<typeof chunkRefSchema>;
export type FileEntry = z.infer<typeof fileEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export function serialiseManifest(m: Manifest): string {
  return JSON.stringify(manifestSchema.parse(m));
}

export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw invalid('MANIFESTE_ILLISIBLE', 'Le manifeste de la sauvegarde est illisible (fichier corrompu ?).');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw invalid('MANIFESTE_INVALIDE', 'Le manifeste de la sauvegarde est invalide ou d’un format inconnu.');
  return parsed.data;
}

export function manifestTotals(m: Manifest): { files: number; bytes: number; chunks: number } {
  let bytes = 0;
  let chunks = 0;
  for (const f of m.files) {
    bytes += f.size;
    chunks += f.chunks.length;
  }
  return { files: m.files.length, bytes, chunks };
}

/** Every chunk object the generation needs (each name once). */
export function referencedChunks(m: Manifest): Map<string, ChunkRef> {
  const out = new Map<string, ChunkRef>();
  for (const f of m.files) for (const c of f.chunks) out.set(c.name, c);
  return out;
}
