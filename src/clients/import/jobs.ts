// An import runs in the background so the interface can show its progress. Rows are sealed
// on worker threads in chunks and written as they come, all in ONE transaction: all rows
// or none. (On SQLite the transaction holds the only connection: other requests wait for
// the commit; a 5 000-row file takes a few seconds.) Jobs live in
// memory: after a restart a job is gone, and its transaction was either committed or not.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql } from 'kysely';
import type { App } from '../../app.ts';
import type { Actor } from '../../accounts/team.ts';
import type { RequestMeta } from '../../accounts/meta.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { appendJournal } from '../../journal/journal.ts';
import { journalBase, refuse } from '../access.ts';
import { withSqlitePragma } from '../../db/sqlite-pragma.ts';
import type { ClientVault } from '../vault.ts';
import { sealChunks, type SealItem, type SealOptions } from './seal-pool.ts';

export interface ImportResult {
  lignes: number;
  importes: number;
  doublonsIgnores: number;
  avertissements: number;
}

export interface ImportJob {
  id: string;
  tenantId: string;
  userId: string;
  state: 'en_cours' | 'termine' | 'echec';
  etape: 'enregistrement' | 'termine';
  done: number;
  total: number;
  result: ImportResult | null;
  erreur: string | null;
  /** Settles when the job ends (tests and benchmarks wait on it). */
  finished: Promise<void>;
  /** Milliseconds spent writing, and the rest of the job (sealing, waiting for it). */
  timings: { sealMs: number; writeMs: number };
}

export interface ImportWork {
  format: string;
  lines: number;
  /** Every valid row with its id, in file order… */
  items: SealItem[];
  /** …less these ids (duplicates the user chose to skip). */
  skip: ReadonlySet<string>;
  skippedDuplicates: number;
  warnings: number;
}

const KEEP_FINISHED_MS = 60 * 60 * 1000;
const jobsByApp = new WeakMap<App, Map<string, ImportJob>>();

function jobs(app: App): Map<string, ImportJob> {
  let map = jobsByApp.get(app);
  if (!map) jobsByApp.set(app, (map = new Map()));
  return map;
}

export function publicJob(job: ImportJob) {
  return {
    id: job.id,
    state: job.state,
    etape: job.etape,
    done: job.done,
    total: job.total,
    progression: job.state === 'termine' ? 100 : Math.floor((100 * job.done) / Math.max(1, job.total)),
    ...(job.result ? { result: job.result } : {}),
    ...(job.erreur ? { erreur: job.erreur } : {}),
  };
}

export function startImportJob(app: App, actor: Actor, vault: ClientVault, work: ImportWork, meta: RequestMeta, sealing: Pick<SealOptions, 'workers' | 'presealed'> = {}): ImportJob {
  const registry = jobs(app);
  if ([...registry.values()].some((j) => j.tenantId === actor.tenantId && j.state === 'en_cours')) {
    throw conflict('IMPORT_EN_COURS', 'Un import est déjà en cours pour cette entreprise : attendez qu’il se termine.');
  }
  const job = { id: randomUUID(), tenantId: actor.tenantId, userId: actor.userId, state: 'en_cours', etape: 'enregistrement', done: 0, total: work.items.length - work.skip.size, result: null, erreur: null, timings: { sealMs: 0, writeMs: 0 } } as Omit<ImportJob, 'finished'> as ImportJob;
  registry.set(job.id, job);
  job.finished = runImport(app, actor, vault, work, meta, job, sealing)
    .then((result) => {
      Object.assign(job, { state: 'termine', etape: 'termine', done: job.total, result });
    })
    .catch((err: unknown) => {
      console.error('Import de clients échoué :', err);
      Object.assign(job, { state: 'echec', erreur: 'L’import a échoué : rien n’a été enregistré. Réessayez ; si le problème persiste, contactez l’assistance.' });
    })
    .finally(() => {
      setTimeout(() => registry.delete(job.id), KEEP_FINISHED_MS).unref();
    });
  return job;
}

// SQLite's default page cache (2 MiB) makes a million random index insertions spill and
// re-read pages for minutes; the import borrows a larger one and gives it back.
const IMPORT_CACHE_KIB = 256 * 1024;

async function runImport(app: App, actor: Actor, vault: ClientVault, work: ImportWork, meta: RequestMeta, job: ImportJob, sealing: Pick<SealOptions, 'workers' | 'presealed'>): Promise<ImportResult> {
  const n = job.total;
  const started = performance.now();
  const sealed = sealChunks(vault, actor.dataKey!, work.items, { ...sealing, skip: work.skip });
  // Asking for the first chunk starts the workers before the transaction takes the connection.
  const first = sealed.next();
  first.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const result: ImportResult = { lignes: work.lines, importes: n, doublonsIgnores: work.skippedDuplicates, avertissements: work.warnings };
  try {
    await app.tx(async (repos, db) => {
      const write = async () => {
        const clients = repos.clients(actor.tenantId);
        const sync = app.store.dialect === 'sqlite';
        let loaded = 0;
        await clients.bulkLoad(n, async () => {
          for (let chunk = await first; !chunk.done; chunk = await sealed.next()) {
            // better-sqlite3 writes synchronously: sealed chunks that are ready would be written back
            // to back, holding the event loop (3 s for the 48 chunks sealed while the file was
            // checked). PostgreSQL's writes wait on the network, and the loop turns meanwhile: a
            // yield there only kept the main thread from working while the server did (+5 s).
            if (sync) await yieldToLoop();
            const t = performance.now();
            await clients.insertMany(chunk.value);
            job.timings.writeMs += performance.now() - t;
            job.done += chunk.value.length;
          }
          loaded = performance.now();
        });
        job.timings.writeMs += performance.now() - loaded; // the index rebuild, if any
        await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'clients.import', recordType: 'client', details: { format: work.format, ...result } });
      };
      await (app.store.dialect === 'sqlite' ? withSqlitePragma(db, 'cache_size', -IMPORT_CACHE_KIB, write) : write());
    });
  } finally {
    await sealed.return(undefined);
  }
  job.timings.sealMs = performance.now() - started - job.timings.writeMs;
  // PostgreSQL plans with statistics that a bulk load makes stale until autovacuum passes:
  // refresh them now, or the first listings after a large import scan the whole table.
  // VACUUM also marks the pages all-visible, so that counting the file reads the index only.
  if (app.store.dialect === 'postgres' && n >= 1000) {
    await sql`vacuum (analyze) clients`.execute(app.store.db).catch((err: unknown) => console.warn(`VACUUM après import : ${(err as Error).message}`));
    await sql`analyze client_index`.execute(app.store.db).catch((err: unknown) => console.warn(`ANALYZE après import : ${(err as Error).message}`));
  }
  return result;
}

/** A job of the caller's own tenant and user; anything else is a 404, journaled. */
export async function importJob(app: App, actor: Actor, jobId: string, meta: RequestMeta): Promise<ImportJob> {
  const job = jobs(app).get(jobId);
  if (!job || job.tenantId !== actor.tenantId || job.userId !== actor.userId) {
    await refuse(app, actor, meta, 'import', jobId);
    throw notFound('Import introuvable (terminé depuis plus d’une heure, ou serveur redémarré).');
  }
  return job;
}
