// Backup runs and restore drills over the configured destinations, with their history: a run
// row is created 'en_cours' (progress pollable), each destination's outcome is recorded on its
// row (last success, last error) and the run ends 'reussie', 'partielle' or 'echouee'.
// One run at a time per instance: a second request gets a clear « déjà en cours ».
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../core/backup/retention.ts';
import { conflict, DomainError, invalid } from '../core/errors.ts';
import type { BackupRunRow } from '../db/repositories/backups.ts';
import type { BackupRunKind, BackupRunStatus, BackupRunTrigger } from '../db/schema-backups.ts';
import type { Destination } from './destination.ts';
import { openDestinations, type ConfiguredDestination } from './config-store.ts';
import { runDrill } from './drill.ts';
import { backupKeys } from './keys.ts';
import { storedDestinationId } from './configured.ts';
import { runBackup, type BackupProgress, type BackupRunResult, type DestinationRunResult } from './run.ts';

/** What is kept per destination in backup_runs.results: counts and French sentences only. */
export interface RunDestinationResult {
  destinationId: string;
  label: string;
  ok: boolean;
  message: string;
  generation: string | null;
  uploadedBytes?: number;
  reusedChunks?: number;
  uploadedChunks?: number;
  verified?: boolean;
  files?: number;
}

const inFlight = new WeakMap<App, Promise<unknown>>();
const aborters = new WeakMap<App, AbortController>();

function toResult(destinationId: string, label: string, r: DestinationRunResult, files: number): RunDestinationResult {
  return {
    destinationId,
    label,
    ok: r.ok,
    message: r.ok ? (r.verify?.message ?? 'Sauvegarde écrite.') : (r.error ?? 'Échec.'),
    generation: r.generation,
    uploadedBytes: r.uploadedBytes,
    uploadedChunks: r.uploadedChunks,
    reusedChunks: r.reusedChunks,
    verified: r.verify?.ok ?? false,
    files,
  };
}

function statusOf(results: readonly RunDestinationResult[]): BackupRunStatus {
  if (results.length > 0 && results.every((r) => r.ok)) return 'reussie';
  return results.some((r) => r.ok) ? 'partielle' : 'echouee';
}

/** The generations to keep, as saved in the settings (default 7 daily, 4 weekly, 12 monthly). */
export async function retentionPolicy(app: App): Promise<RetentionPolicy> {
  const s = await app.repos.backups.settings();
  return s ? { daily: s.keep_daily, weekly: s.keep_weekly, monthly: s.keep_monthly } : DEFAULT_RETENTION;
}

function message(err: unknown): string {
  return err instanceof DomainError ? err.message : `Erreur inattendue : ${(err as Error)?.message ?? String(err)}`;
}

async function closeAll(dests: readonly ConfiguredDestination[]) {
  await Promise.all(dests.map((d) => d.destination.close().catch(() => undefined)));
}

async function backupWork(app: App, runId: string, dests: ConfiguredDestination[], signal: AbortSignal): Promise<RunDestinationResult[]> {
  let lastWrite = Promise.resolve();
  const onProgress = (p: BackupProgress) => {
    // Progress writes are chained so they never overtake the final update.
    lastWrite = lastWrite.then(() => app.repos.backups.updateRun(runId, { progress: JSON.stringify(p) })).catch(() => undefined);
  };
  try {
    const result = await runBackup(app, dests.map((d) => d.destination), { onProgress, signal, retention: await retentionPolicy(app), now: app.now() });
    await lastWrite;
    // runBackup answers in the order of the destinations it was given.
    return result.destinations.map((r, i) => toResult(dests[i]!.id, dests[i]!.label, r, result.files));
  } catch (err) {
    await lastWrite;
    return dests.map((d) => ({ destinationId: d.id, label: d.label, ok: false, message: message(err), generation: null }));
  }
}

async function drillWork(app: App, dests: ConfiguredDestination[]): Promise<RunDestinationResult[]> {
  const keys = await backupKeys(app);
  const out: RunDestinationResult[] = [];
  for (const d of dests) {
    const r = await runDrill(d.destination, [keys.identity]);
    out.push({ destinationId: d.id, label: d.label, ok: r.ok, message: r.message, generation: r.generation, files: r.files });
  }
  return out;
}

export interface StartedRun {
  runId: string;
  /** Settles when the run is over (never rejects: failures are in the row). */
  done: Promise<BackupRunRow>;
}

/** Starts a backup or a drill in the background and returns at once with its id. */
export async function startRun(app: App, kind: BackupRunKind, trigger: BackupRunTrigger, ids?: readonly string[]): Promise<StartedRun> {
  if (inFlight.has(app)) throw conflict('SAUVEGARDE_EN_COURS', 'Une sauvegarde ou un exercice de restauration est déjà en cours : attendez qu’il se termine.');
  // Claimed before the first await, so two simultaneous requests cannot both start.
  let release!: () => void;
  inFlight.set(app, new Promise<void>((r) => (release = r)));
  let dests: ConfiguredDestination[];
  const runId = randomUUID();
  try {
    dests = await openDestinations(app, ids);
    if (dests.length === 0) throw invalid('AUCUNE_DESTINATION', 'Aucune destination de sauvegarde : ajoutez-en une (disque externe, serveur SFTP ou stockage S3).');
    await app.repos.backups.insertRun({ id: runId, kind, trigger, status: 'en_cours', started_at: app.now().toISOString(), finished_at: null, progress: null, results: '[]' });
  } catch (err) {
    inFlight.delete(app);
    release();
    throw err;
  }
  const abort = new AbortController();
  aborters.set(app, abort);
  const done = (async () => {
    try {
      const results = kind === 'sauvegarde' ? await backupWork(app, runId, dests, abort.signal) : await drillWork(app, dests);
      const at = app.now().toISOString();
      if (kind === 'sauvegarde') {
        for (const r of results) await app.repos.backups.recordOutcome(r.destinationId, { at, ok: r.ok, error: r.ok ? null : r.message, generation: r.generation });
      }
      await app.repos.backups.updateRun(runId, { status: statusOf(results), finished_at: at, progress: null, results: JSON.stringify(results) });
    } catch (err) {
      await app.repos.backups
        .updateRun(runId, { status: 'echouee', finished_at: app.now().toISOString(), progress: null, results: JSON.stringify([{ destinationId: null, label: '', ok: false, message: message(err), generation: null }]) })
        .catch(() => undefined);
    } finally {
      await closeAll(dests);
      inFlight.delete(app);
      aborters.delete(app);
      release();
    }
    return (await app.repos.backups.run(runId))!;
  })();
  return { runId, done };
}

/** Waits for the run in progress, if any (server shutdown, tests). */
export async function waitForRuns(app: App): Promise<void> {
  await inFlight.get(app);
}

/**
 * Stops a backup in progress (server shutdown): the manifest is written last, so a cut run
 * leaves no generation that looks complete; the run is recorded as failed.
 */
export function abortRuns(app: App): void {
  aborters.get(app)?.abort();
}

export function isRunning(app: App): boolean {
  return inFlight.has(app);
}

/**
 * Records a run made outside startRun (`rempart backup run` from cron) in the history, so the
 * dashboard shows it: destinations not stored (a `--vers` folder) are left out.
 */
export async function recordBackupResult(app: App, destinations: readonly Destination[], result: BackupRunResult, trigger: BackupRunTrigger = 'cli'): Promise<void> {
  const results: RunDestinationResult[] = [];
  result.destinations.forEach((r, i) => {
    const id = destinations[i] ? storedDestinationId(destinations[i]!) : undefined;
    if (!id) return;
    results.push(toResult(id, r.label, r, result.files));
  });
  if (results.length === 0) return;
  const at = app.now().toISOString();
  for (const r of results) await app.repos.backups.recordOutcome(r.destinationId, { at, ok: r.ok, error: r.ok ? null : r.message, generation: r.generation });
  await app.repos.backups.insertRun({ id: randomUUID(), kind: 'sauvegarde', trigger, status: statusOf(results), started_at: result.createdAt, finished_at: at, progress: null, results: JSON.stringify(results) });
}
