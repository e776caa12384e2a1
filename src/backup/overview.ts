// What the « Sauvegardes » page and the dashboard card show: per destination the last success
// and the 3-2-1 status (core/backup/status.ts), the recent runs, the last drill, the schedule.
// `full` is for whoever manages backups; the read-only view (tenants of a shared host, which
// the host's administrator backs up) has no configuration and no run details.
import type { App } from '../app.ts';
import { backupStatus, type DestinationHistory } from '../core/backup/status.ts';
import type { BackupDestinationRow, BackupRunRow } from '../db/repositories/backups.ts';
import { destinationView, type DestinationView } from './config-store.ts';
import { recoveryKeyInfo } from './keys.ts';
import type { RunDestinationResult } from './runs.ts';
import { isRunning } from './runs.ts';
import { nextScheduledAt, scheduleSettings, type ScheduleSettings } from './schedule.ts';

const KIND_LABELS = { local: 'copie locale', sftp: 'copie SFTP', s3: 'copie S3' } as const;

export interface RunView {
  id: string;
  kind: BackupRunRow['kind'];
  trigger: BackupRunRow['trigger'];
  status: BackupRunRow['status'];
  startedAt: string;
  finishedAt: string | null;
  progress: { phase: string; doneBytes: number; totalBytes: number } | null;
  results: RunDestinationResult[];
}

export function runView(row: BackupRunRow, withResults: boolean): RunView {
  return {
    id: row.id,
    kind: row.kind,
    trigger: row.trigger,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    progress: row.progress ? JSON.parse(row.progress) : null,
    results: withResults ? (JSON.parse(row.results) as RunDestinationResult[]) : [],
  };
}

export interface BackupOverview {
  canManage: boolean;
  status: {
    ok: boolean;
    warnings: string[];
    destinations: { id: string; label: string; kind: DestinationView['kind']; state: string; message: string; lastSuccessAt: string | null }[];
  };
  destinations: DestinationView[];
  runs: RunView[];
  lastDrill: RunView | null;
  running: boolean;
  settings: ScheduleSettings & { nextRunAt: string | null };
  keys: { recipient: string; recoveryConfigured: boolean; recoveryCreatedAt: string | null } | null;
}

/**
 * The enabled destinations as the 3-2-1 status reads them. Tenants of a shared host (`full`
 * false) see no host name, path or error detail of the host's storage.
 */
export function destinationHistory(rows: readonly BackupDestinationRow[], full: boolean): DestinationHistory[] {
  return rows
    .filter((r) => r.enabled === 1)
    .map((r, i) => ({
      id: r.id,
      label: full ? r.label : `${KIND_LABELS[r.kind]} n° ${i + 1}`,
      kind: r.kind,
      lastSuccessAt: r.last_success_at ? new Date(r.last_success_at) : null,
      lastAttemptAt: r.last_attempt_at ? new Date(r.last_attempt_at) : null,
      lastError: r.last_error === null ? null : full ? r.last_error : 'détails réservés à l’administrateur du serveur.',
    }));
}

export async function backupOverview(app: App, full: boolean): Promise<BackupOverview> {
  const rows = await app.repos.backups.destinations();
  const now = app.now();
  const history = destinationHistory(rows, full);
  const status = backupStatus(history, now);
  const settings = await scheduleSettings(app);
  const lastDrill = await app.repos.backups.lastRun('exercice');
  const keys = full ? await recoveryKeyInfo(app) : null;
  return {
    canManage: full,
    status: {
      ok: status.ok,
      warnings: status.warnings,
      destinations: status.destinations.map((d, i) => ({ id: d.id, label: d.label, kind: history[i]!.kind, state: d.state, message: d.message, lastSuccessAt: d.lastSuccessAt?.toISOString() ?? null })),
    },
    destinations: full ? rows.map((r) => destinationView(app, r)) : [],
    runs: (await app.repos.backups.recentRuns(full ? 15 : 5)).map((r) => runView(r, full)),
    lastDrill: lastDrill ? runView(lastDrill, full) : null,
    running: isRunning(app),
    settings: { ...settings, nextRunAt: settings.scheduleEnabled && rows.length > 0 ? nextScheduledAt(now, settings.scheduleHour).toISOString() : null },
    keys: keys ? { recipient: keys.recipient, recoveryConfigured: keys.recoveryRecipient !== null, recoveryCreatedAt: keys.recoveryCreatedAt } : null,
  };
}
