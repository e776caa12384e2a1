// A web scan runs in the background in the server process: the interface polls its progress,
// kept in memory. Files are written to the store in batches as they come (see record.ts), so
// a cancelled or failed scan keeps what it had read. After a restart a job is gone and its
// row, still 'running', shows as interrupted.
import { availableParallelism } from 'node:os';
import type { App } from '../app.ts';
import { conflict } from '../core/errors.ts';
import type { FileReport, ScanProgress } from '../scan/contract.ts';
import type { PersonIndex } from '../scan/person-index.ts';
import { scanEngine } from './engine.ts';
import { ScanWriter, type ScanActor } from './record.ts';

export type JobState = 'running' | 'finished' | 'failed' | 'cancelled';

export interface ScanJob {
  id: string;
  tenantId: string;
  state: JobState;
  progress: ScanProgress;
  startedMs: number;
  controller: AbortController;
  /** Settles when the job has written its end (tests wait on it). */
  finished: Promise<void>;
}

// One core stays free for the HTTP server (and the other businesses) while a scan runs.
const WORKERS = Math.max(1, availableParallelism() - 1);
const KEEP_FINISHED_MS = 10 * 60 * 1000;
const jobsByApp = new WeakMap<App, Map<string, ScanJob>>();
const starting = new Set<string>();

function jobs(app: App): Map<string, ScanJob> {
  let map = jobsByApp.get(app);
  if (!map) jobsByApp.set(app, (map = new Map()));
  return map;
}

export function liveJob(app: App, tenantId: string, scanId: string): ScanJob | undefined {
  const job = jobs(app).get(scanId);
  return job && job.tenantId === tenantId ? job : undefined;
}

export function runningJob(app: App, tenantId: string): ScanJob | undefined {
  return [...jobs(app).values()].find((j) => j.tenantId === tenantId && j.state === 'running');
}

const FAILED = 'L’analyse s’est arrêtée sur une erreur inattendue : les fichiers déjà lus sont enregistrés. Relancez-la ; si le problème persiste, contactez l’assistance.';

/**
 * Starts scanning `roots` (already checked) for the tenant; one running scan per tenant. With
 * `personIndex` (the tenant's blind-index key), the files' e-mail and phone hashes are stored
 * for the access pack.
 */
export async function startScanJob(app: App, tenantId: string, roots: string[], actor: ScanActor, personIndex?: PersonIndex, readImages = false): Promise<ScanJob> {
  if (runningJob(app, tenantId) || starting.has(tenantId)) throw conflict('ANALYSE_EN_COURS', 'Une analyse est déjà en cours pour cette entreprise : attendez qu’elle se termine ou annulez-la.');
  const registry = jobs(app);
  // Two requests at once must not both pass the check above while the scan row is written.
  starting.add(tenantId);
  let writer: ScanWriter;
  let engine: Awaited<ReturnType<typeof scanEngine>>;
  try {
    engine = await scanEngine();
    writer = await ScanWriter.open(app, tenantId, { roots, startedAt: app.now().toISOString(), source: 'web', actor, personIndex: personIndex !== undefined, readImages });
  } finally {
    starting.delete(tenantId);
  }
  const controller = new AbortController();
  const job: ScanJob = {
    id: writer.scanId,
    tenantId,
    state: 'running',
    progress: { files: 0, totalFiles: null, bytes: 0, totalBytes: null, findings: 0, etaSeconds: null },
    startedMs: Date.now(),
    controller,
    finished: Promise.resolve(),
  };
  registry.set(job.id, job);
  job.finished = run(job, writer, engine(roots, { signal: controller.signal, workers: WORKERS, listFindings: false, readImages, ...(personIndex ? { personIndex } : {}), onProgress: (p) => (job.progress = { ...p, files: Math.max(p.files, job.progress.files) }) })).finally(() => {
    setTimeout(() => registry.delete(job.id), KEEP_FINISHED_MS).unref();
  });
  return job;
}

async function run(job: ScanJob, writer: ScanWriter, reports: AsyncIterable<FileReport>): Promise<void> {
  let state: Exclude<JobState, 'running'> = 'finished';
  let failure: string | null = null;
  try {
    for await (const report of reports) {
      await writer.add(report);
      const t = writer.tally;
      // The engine's own progress may lag behind the reports it already handed over.
      job.progress = { ...job.progress, files: Math.max(job.progress.files, t.files), bytes: Math.max(job.progress.bytes, t.bytes), findings: Math.max(job.progress.findings, t.findings) };
      if (job.controller.signal.aborted) break;
    }
    if (job.controller.signal.aborted) state = 'cancelled';
  } catch (err) {
    if (job.controller.signal.aborted) state = 'cancelled';
    else {
      console.error('Analyse de dossiers échouée :', err instanceof Error ? err.message : err);
      state = 'failed';
      failure = FAILED;
    }
  }
  try {
    await writer.finish(state, failure, job.progress.unread);
  } catch (err) {
    console.error('Enregistrement de la fin d’une analyse échoué :', err instanceof Error ? err.message : err);
    state = 'failed';
  }
  job.state = state;
}

/** Stops every running scan of this app and waits for their end to be written (server shutdown). */
export async function stopAllScans(app: App): Promise<void> {
  const running = [...jobs(app).values()].filter((j) => j.state === 'running');
  for (const job of running) job.controller.abort();
  await Promise.all(running.map((j) => j.finished));
}
