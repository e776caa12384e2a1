// The daily retention check: for every tenant, what a purge would do today, stored as counts
// for the dashboard notice. It never deletes anything: purging is the owner's decision,
// taken after reading the preview (POST /api/retention/apply or `rempart retention --apply`).
import type { App } from '../app.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { allTenantIds } from '../db/repositories/retention.ts';
import { loadPolicy } from './policy.ts';
import { fileReport, readSubjects } from './report.ts';

export const DAY_MS = 86_400_000;

/** Computes and stores one tenant's check inside the caller's transaction (or connection). */
export async function checkTenant(repos: Repositories, tenantId: string, now: Date) {
  const { policy } = await loadPolicy(repos, tenantId);
  const report = await fileReport(await readSubjects(repos.retention(tenantId), null), policy, now);
  await repos.retention(tenantId).saveCheck({
    checked_on: report.date,
    to_delete: report.counts.supprimer,
    to_anonymise: report.counts.anonymiser,
    expiring_soon: report.expiringSoon,
    with_warnings: report.withWarnings,
    checked_at: now.toISOString(),
  });
  return report;
}

/** One pass over every tenant; a failing tenant does not stop the others. */
export async function checkAllTenants(app: App): Promise<{ tenants: number; failures: number }> {
  const ids = await allTenantIds(app.store.db);
  let failures = 0;
  for (const id of ids) {
    try {
      await checkTenant(app.repos, id, app.now());
    } catch (err) {
      failures++;
      console.warn(`Contrôle des durées de conservation impossible pour une entreprise : ${(err as Error).message}`);
    }
  }
  return { tenants: ids.length, failures };
}

export interface RetentionJob {
  /** The pass started with the job (tests wait on it). */
  first: Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Runs a pass now and then every `intervalMs`. The timer is unref'd so it never keeps the
 * process alive; stop() waits for a pass in flight so the store is not closed under it.
 */
export function startRetentionJob(app: App, intervalMs = DAY_MS): RetentionJob {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return running;
    running = running.then(() => (stopped ? undefined : checkAllTenants(app))).catch((err: unknown) => {
      console.warn(`Contrôle quotidien des durées de conservation échoué : ${(err as Error).message}`);
    });
    return running;
  };
  const first = run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    first,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
