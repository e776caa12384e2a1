// Re-reads a generation from a destination and checks it: the manifest decrypts and parses,
// every chunk is present with the recorded size and ciphertext SHA-256, decrypts, and its
// plaintext (and each whole file's) matches the SHA-256 recorded in the manifest.
import { createHash } from 'node:crypto';
import { chunkKey } from '../core/backup/generation.ts';
import { DomainError } from '../core/errors.ts';
import type { ChunkRef, Manifest } from '../core/backup/manifest.ts';
import { AgeDecryptError, ageDecrypt } from './age-native.ts';
import type { Destination } from './destination.ts';
import { eachLimit } from './limit.ts';
import { getObject, readManifest, sha256, storedAsWritten } from './objects.ts';

export type ProblemKind = 'manquant' | 'tronque' | 'corrompu' | 'illisible';

export interface VerifyProblem {
  object: string;
  kind: ProblemKind;
  detail: string;
}

export interface VerifyReport {
  destination: string;
  generation: string;
  ok: boolean;
  /** Chunks downloaded and decrypted; the others were checked by presence and size only. */
  readChunks: number;
  listedChunks: number;
  problems: VerifyProblem[];
  /** One French sentence for the report. */
  message: string;
}

export interface VerifyOptions {
  /** Download and decrypt only these chunks (e.g. those just sent); the rest by listing. Default: all. */
  only?: ReadonlySet<string>;
}

const KIND_TEXT: Record<ProblemKind, string> = { manquant: 'manquant', tronque: 'tronqué', corrompu: 'corrompu', illisible: 'illisible' };

async function checkChunk(dest: Destination, ref: ChunkRef, identities: readonly string[]): Promise<{ plain: Buffer | null; problem: VerifyProblem | null }> {
  const key = chunkKey(ref.name);
  let data: Buffer;
  try {
    data = await getObject(dest, key);
  } catch {
    return { plain: null, problem: { object: key, kind: 'manquant', detail: 'objet absent ou illisible sur la destination' } };
  }
  if (data.length < ref.cipherSize) return { plain: null, problem: { object: key, kind: 'tronque', detail: `${data.length} octets au lieu de ${ref.cipherSize}` } };
  if (!storedAsWritten(data, ref)) return { plain: null, problem: { object: key, kind: 'corrompu', detail: 'empreinte SHA-256 différente de celle du manifeste' } };
  try {
    const plain = await ageDecrypt(data, identities);
    if (plain.length !== ref.size || sha256(plain) !== ref.sha256) return { plain: null, problem: { object: key, kind: 'corrompu', detail: 'contenu déchiffré différent de l’original' } };
    return { plain, problem: null };
  } catch (err) {
    // The manifest opened with these keys and the pieces are sealed to the same recipients:
    // a piece that does not open (authentication tag, header) has been altered.
    if (err instanceof AgeDecryptError) return { plain: null, problem: { object: key, kind: 'corrompu', detail: `déchiffrement refusé : ${err.message}` } };
    throw err;
  }
}

export async function verifyManifest(dest: Destination, generationKey: string, manifest: Manifest, identities: readonly string[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const listed = new Map((await dest.list('chunks/')).map((o) => [o.key, o.size]));
  const checked = new Map<string, boolean>();
  let readChunks = 0;
  // Files are checked four at a time; a chunk shared by two files may then be read twice.
  await eachLimit(manifest.files, 4, async (file) => {
    // A file made of several pieces is checked as a whole too: its SHA-256 over all pieces.
    const whole = file.chunks.length > 1 ? createHash('sha256') : null;
    let fileOk = true;
    for (const ref of file.chunks) {
      const key = chunkKey(ref.name);
      const deep = !options.only || options.only.has(ref.name);
      if (!deep) {
        const size = listed.get(key);
        if (size === undefined) problems.push({ object: key, kind: 'manquant', detail: 'absent de la destination' });
        else if (size !== ref.cipherSize) problems.push({ object: key, kind: size < ref.cipherSize ? 'tronque' : 'corrompu', detail: `${size} octets au lieu de ${ref.cipherSize}` });
        continue;
      }
      if (checked.get(ref.name) === false) {
        fileOk = false;
        continue;
      }
      if (checked.get(ref.name) && !whole) continue;
      const r = await checkChunk(dest, ref, identities);
      if (!checked.has(ref.name)) readChunks++;
      checked.set(ref.name, r.problem === null);
      if (r.problem) {
        problems.push(r.problem);
        fileOk = false;
      } else whole?.update(r.plain!);
    }
    const deepFile = !options.only || file.chunks.every((c) => options.only!.has(c.name));
    if (deepFile && fileOk) {
      const got = whole ? whole.digest('hex') : file.chunks.length === 1 ? file.chunks[0]!.sha256 : sha256(Buffer.alloc(0));
      const size = file.chunks.reduce((s, c) => s + c.size, 0);
      if (got !== file.sha256 || size !== file.size) problems.push({ object: file.path, kind: 'corrompu', detail: 'le fichier reconstitué ne correspond pas à son empreinte' });
    }
  });
  const unique = [...new Map(problems.map((p) => [`${p.object} ${p.kind}`, p])).values()].sort((a, b) => a.object.localeCompare(b.object));
  problems.splice(0, problems.length, ...unique);
  const ok = problems.length === 0;
  const message = ok
    ? `Vérification réussie sur ${dest.label} : ${manifest.files.length} fichier(s), ${readChunks} morceau(x) relu(s) et déchiffré(s).`
    : `Vérification ÉCHOUÉE sur ${dest.label} : ${problems.length} problème(s) — ${problems
        .slice(0, 5)
        .map((p) => `${p.object} ${KIND_TEXT[p.kind]}`)
        .join(', ')}${problems.length > 5 ? ', …' : ''}.`;
  return { destination: dest.label, generation: generationKey, ok, readChunks, listedChunks: listed.size, problems, message };
}

/** Full verification of one generation: every chunk is downloaded and decrypted. */
export async function verifyGeneration(dest: Destination, generationKey: string, identity: string | readonly string[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const identities = typeof identity === 'string' ? [identity] : identity;
  let manifest: Manifest;
  try {
    manifest = await readManifest(dest, generationKey, identities);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const kind: ProblemKind = err.code === 'CLE_INCORRECTE' ? 'illisible' : /INTROUVABLE|ENOENT/.test(err.code) ? 'manquant' : 'corrompu';
    return { destination: dest.label, generation: generationKey, ok: false, readChunks: 0, listedChunks: 0, problems: [{ object: generationKey, kind, detail: err.message }], message: `Vérification ÉCHOUÉE sur ${dest.label} : ${err.message}` };
  }
  return verifyManifest(dest, generationKey, manifest, identities, options);
}
