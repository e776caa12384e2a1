// One backup run: snapshot the database, pack the data folder into content-addressed chunks
// on every destination, write each destination's manifest last (so a generation is complete
// or absent), verify what was sent, then apply the retention of generations and delete chunks
// no kept generation uses. A failing destination is reported and does not stop the others.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { App } from '../app.ts';
import { knownChunks, unreferencedChunks } from '../core/backup/dedup.ts';
import { generationKey, type GenerationName } from '../core/backup/generation.ts';
import { CHUNK_SIZE, MANIFEST_FORMAT, serialiseManifest, type ChunkRef, type Manifest } from '../core/backup/manifest.ts';
import { applyRetention, DEFAULT_RETENTION, type RetentionPolicy } from '../core/backup/retention.ts';
import { DomainError } from '../core/errors.ts';
import type { Destination } from './destination.ts';
import { destinationError } from './errors.ts';
import { backupKeys } from './keys.ts';
import { lockDestination, type RunLock } from './lock.ts';
import { listGenerations, readManifest, writeManifest } from './objects.ts';
import { checkAborted, drain, newState, packFile, type DestinationState, type SourceFile } from './pack.ts';
import { Sealer } from './sealer.ts';
import { snapshotDatabase, type Snapshot } from './snapshot.ts';
import { verifyGeneration, verifyManifest, type VerifyReport } from './verify.ts';

export interface BackupProgress {
  phase: 'instantane' | 'envoi' | 'verification' | 'nettoyage';
  doneBytes: number;
  totalBytes: number;
}

export interface BackupRunOptions {
  onProgress?: (p: BackupProgress) => void;
  now?: Date;
  signal?: AbortSignal;
  retention?: RetentionPolicy;
  /** Skip the verification after upload (benchmarks time it separately). Default true. */
  verify?: boolean;
}

export interface DestinationRunResult {
  label: string;
  kind: Destination['kind'];
  ok: boolean;
  generation: string | null;
  uploadedBytes: number;
  uploadedChunks: number;
  reusedChunks: number;
  durationMs: number;
  error: string | null;
  verify: VerifyReport | null;
  removedGenerations: string[];
  removedChunks: number;
  /** Why the clean-up was skipped, if it was. */
  cleanupNote: string | null;
}

export interface BackupRunResult {
  id: string;
  createdAt: string;
  generationKey: string;
  files: number;
  totalBytes: number;
  databaseFormat: Manifest['instance']['databaseFormat'];
  destinations: DestinationRunResult[];
  ok: boolean;
  /** Where the time went, for the benchmark and the logs: the snapshot runs during the packing, which includes it. */
  timings: { snapshotMs: number; packMs: number };
}

// Files that are not data: the live database (snapshotted instead) and temporary files.
const SKIP = /^(rempart\.sqlite(-wal|-shm|-journal)?|\..*\.tmp|\.tmp-.*)$/;

async function walk(root: string, exclude: (abs: string) => boolean): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const visit = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((err) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = join(dir, e.name);
      if (exclude(abs) || SKIP.test(e.name)) continue;
      if (e.isDirectory()) await visit(abs);
      else if (e.isFile()) {
        const s = await stat(abs).catch(() => null);
        if (s) out.push({ absPath: abs, path: relative(root, abs).split(sep).join('/'), role: 'file', mode: s.mode, size: s.size });
      }
    }
  };
  await visit(root);
  return out;
}

async function loadKnown(dest: Destination, identity: string): Promise<{ known: Map<string, ChunkRef>; generations: GenerationName[] }> {
  const generations = await listGenerations(dest);
  const manifests: Manifest[] = [];
  for (const g of generations) {
    try {
      manifests.push(await readManifest(dest, g.key, [identity]));
    } catch {
      // An unreadable generation only means its chunks get sent again.
    }
  }
  const listed = (await dest.list('chunks/')).map((o) => o.key);
  return { known: knownChunks(listed, manifests), generations };
}

async function countTenants(app: App): Promise<number> {
  const r = await app.store.db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

const READER_PRESENT = 'Nettoyage des anciennes générations reporté à la prochaine sauvegarde : une restauration ou une vérification lit en ce moment cette destination.';

async function cleanup(dest: Destination, identity: string, policy: RetentionPolicy, r: DestinationRunResult): Promise<void> {
  const generations = await listGenerations(dest);
  const decision = applyRetention(generations, policy);
  for (const g of decision.remove) {
    await dest.delete(g.key);
    r.removedGenerations.push(g.key);
  }
  const kept: (Manifest | null)[] = [];
  for (const g of decision.keep) kept.push(await readManifest(dest, g.key, [identity]).catch(() => null));
  const unused = unreferencedChunks((await dest.list('chunks/')).map((o) => o.key), kept);
  if (unused === null) {
    r.cleanupNote = 'Nettoyage des morceaux inutilisés reporté : une génération conservée est illisible.';
    return;
  }
  for (const k of unused) await dest.delete(k);
  r.removedChunks = unused.length;
  await (dest as { sweep?: () => Promise<number> }).sweep?.();
}

export async function runBackup(app: App, destinations: Destination[], options: BackupRunOptions = {}): Promise<BackupRunResult> {
  if (destinations.length === 0) throw new DomainError('invalid', 'AUCUNE_DESTINATION', 'Aucune destination de sauvegarde : configurez-en une ou indiquez un dossier avec --vers.');
  // Each destination is locked for the whole run: another run's clean-up would delete the pieces
  // sent here before the generation that lists them is written.
  const locks = new Map<Destination, RunLock>();
  try {
    return await backupLocked(app, destinations, options, locks);
  } finally {
    await Promise.all([...locks.values()].map((l) => l.release()));
  }
}

async function backupLocked(app: App, destinations: Destination[], options: BackupRunOptions, locks: Map<Destination, RunLock>): Promise<BackupRunResult> {
  const createdAt = options.now ?? app.now();
  const id = randomBytes(8).toString('hex');
  const key = generationKey(createdAt, id);
  const keys = await backupKeys(app);
  const started = Date.now();
  const states: DestinationState[] = [];
  for (const dest of destinations) {
    try {
      locks.set(dest, await lockDestination(dest));
      const { known } = await loadKnown(dest, keys.identity);
      states.push(newState(dest, known));
    } catch (err) {
      const s = newState(dest, new Map());
      s.failed = destinationError(err, dest.label);
      states.push(s);
    }
  }
  const tmp = await mkdtemp(join(tmpdir(), 'rempart-sauvegarde-'));
  const sealer = new Sealer(keys.recipients, keys.nameKey, CHUNK_SIZE);
  const ctxSealing = new Set<Promise<unknown>>();
  let snapshotting: Promise<Snapshot> | null = null;
  try {
    checkAborted(options.signal);
    options.onProgress?.({ phase: 'instantane', doneBytes: 0, totalBytes: 0 });
    const t0 = performance.now();
    // The database is frozen in place, or copied on another thread (or by pg_dump) while the documents are packed.
    let snapshotMs = 0;
    snapshotting = snapshotDatabase(app, tmp).then((s) => ((snapshotMs = performance.now() - t0), s));
    snapshotting.catch(() => {}); // awaited below
    const dataDir = app.config.dataDir;
    const inDestination = (abs: string) => destinations.some((d) => (d as { contains?: (p: string) => boolean }).contains?.(abs) ?? false);
    const files = await walk(dataDir, inDestination);
    // Until the snapshot is done, the live database's size stands for it in the progress.
    const liveDb = app.store.dialect === 'sqlite' ? ((await stat(join(dataDir, 'rempart.sqlite')).catch(() => null))?.size ?? 0) : 0;
    let totalBytes = files.reduce((s, f) => s + f.size, 0) + liveDb;
    let done = 0;
    let lastReport = 0;
    const ctx = {
      sealer,
      sealing: ctxSealing,
      signal: options.signal,
      onBytes: (n: number) => {
        done += n;
        if (done - lastReport >= 16 * 1024 * 1024 || done === totalBytes) {
          lastReport = done;
          options.onProgress?.({ phase: 'envoi', doneBytes: done, totalBytes });
        }
      },
    };
    const packDatabase = async (snap: Snapshot) => {
      try {
        const snapSize = (await stat(snap.path)).size;
        totalBytes += snapSize - liveDb;
        const database: SourceFile = { absPath: snap.path, path: snap.name, role: 'database', mode: 0o600, size: snapSize };
        if (!states.every((s) => s.failed)) await packFile(database, states, ctx);
      } finally {
        snap.release?.(); // its pieces are read: SQLite may write into the file again
      }
      return snap;
    };
    // A frozen SQLite file is ready at once (no I/O to wait for): it goes first, to be held
    // frozen briefly. A copy or a dump is packed after the documents it ran beside.
    const ready = await Promise.race([snapshotting, new Promise<null>((r) => setImmediate(() => r(null)))]);
    if (ready) await packDatabase(ready);
    for (const src of files) {
      if (states.every((s) => s.failed)) break;
      await packFile(src, states, ctx);
    }
    const snap = ready ?? (await packDatabase(await snapshotting));
    await drain(states, ctxSealing);
    const packMs = performance.now() - t0;
    checkAborted(options.signal);
    const instance = { dialect: app.store.dialect, databaseFormat: snap.format, tenants: await countTenants(app), rempartVersion: '0.1.0' } as const;
    const results: DestinationRunResult[] = [];
    for (const s of states) {
      const r: DestinationRunResult = {
        label: s.dest.label,
        kind: s.dest.kind,
        ok: false,
        generation: null,
        uploadedBytes: s.uploadedBytes,
        uploadedChunks: s.uploadedChunks,
        reusedChunks: s.reusedChunks,
        durationMs: 0,
        error: null,
        verify: null,
        removedGenerations: [],
        removedChunks: 0,
        cleanupNote: null,
      };
      results.push(r);
      if (!s.failed) {
        try {
          const manifest: Manifest = { format: MANIFEST_FORMAT, application: 'rempart', id, createdAt: createdAt.toISOString(), instance, files: await Promise.all(s.files) };
          // The pieces are on the disk before the manifest that references them…
          await s.dest.flush?.();
          // …which is written last: until this rename the generation does not exist.
          await writeManifest(s.dest, key, manifest, keys.recipients);
          r.generation = key;
          r.uploadedBytes = s.uploadedBytes;
          if (options.verify !== false) {
            options.onProgress?.({ phase: 'verification', doneBytes: 0, totalBytes: 0 });
            // Re-read from the destination: the manifest as stored, then the pieces sent.
            const stored = await readManifest(s.dest, key, [keys.identity]).catch(() => null);
            if (!stored) r.verify = await verifyGeneration(s.dest, key, [keys.identity]); // says why it is unreadable
            else if (serialiseManifest(stored) !== serialiseManifest(manifest)) {
              const detail = 'le manifeste relu diffère de celui écrit';
              r.verify = { destination: s.dest.label, generation: key, ok: false, readChunks: 0, listedChunks: 0, problems: [{ object: key, kind: 'corrompu', detail }], message: `Vérification ÉCHOUÉE sur ${s.dest.label} : ${detail}.` };
            } else r.verify = await verifyManifest(s.dest, key, stored, [keys.identity], { only: s.sent });
          }
          r.ok = r.verify?.ok ?? true;
          if (!r.ok) r.error = r.verify!.message;
        } catch (err) {
          s.failed = destinationError(err, s.dest.label);
        }
      }
      if (s.failed) {
        r.error = s.failed.message;
        continue;
      }
      if (r.ok) {
        options.onProgress?.({ phase: 'nettoyage', doneBytes: 0, totalBytes: 0 });
        try {
          // a restore or a verification reading this destination keeps what it may be reading
          const cleaned = await locks.get(s.dest)!.cleanUnlessRead(() => cleanup(s.dest, keys.identity, options.retention ?? DEFAULT_RETENTION, r));
          if (!cleaned) r.cleanupNote = READER_PRESENT;
        } catch (err) {
          r.cleanupNote = `Nettoyage des anciennes générations impossible : ${destinationError(err, s.dest.label).message}`;
        }
      }
      r.durationMs = Date.now() - started;
    }
    return { id, createdAt: createdAt.toISOString(), generationKey: key, files: files.length + 1, totalBytes, databaseFormat: snap.format, destinations: results, ok: results.every((r) => r.ok), timings: { snapshotMs, packMs } };
  } finally {
    await drain(states, ctxSealing);
    await snapshotting?.then((s) => s.release?.()).catch(() => {});
    await sealer.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
