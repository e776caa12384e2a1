// The daily backup and the monthly restore drill, started with the server. A tick every few
// minutes asks « is a run due? » rather than sleeping until a fixed hour: a laptop that was
// asleep or switched off at the scheduled hour catches up as soon as it is back.
// REMPART_BACKUP_SCHEDULE=off disables the timer (tests, or hosts that use `rempart backup run`
// from cron / a systemd timer instead).
import type { App } from '../app.ts';
import { DEFAULT_RETENTION } from '../core/backup/retention.ts';
import { abortRuns, isRunning, startRun, waitForRuns } from './runs.ts';
import { openDestinations } from './config-store.ts';
import { runInProgress } from './lock.ts';

export const DEFAULT_SCHEDULE_HOUR = 12;
export const DRILL_INTERVAL_DAYS = 30;
const HOUR_MS = 3_600_000;
const TICK_MS = 10 * 60_000;
const FIRST_TICK_MS = 60_000;

const parisHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });

function hourInParis(d: Date): number {
  return Number(parisHour.format(d));
}

/** The latest moment ≤ now when the Paris clock read `hour`:00 (DST-proof: walks whole UTC hours). */
export function lastScheduledAt(now: Date, hour: number): Date {
  const start = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  for (let h = 0; h <= 49; h++) {
    const candidate = new Date(start - h * HOUR_MS);
    if (hourInParis(candidate) === hour) return candidate;
  }
  throw new Error(`heure invalide : ${hour}`);
}

/** The next moment > now when the Paris clock reads `hour`:00. */
export function nextScheduledAt(now: Date, hour: number): Date {
  const start = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  for (let h = 1; h <= 49; h++) {
    const candidate = new Date(start + h * HOUR_MS);
    if (hourInParis(candidate) === hour) return candidate;
  }
  throw new Error(`heure invalide : ${hour}`);
}

/** Due when no backup was attempted since the last scheduled time. */
export function backupDue(now: Date, hour: number, lastAttemptAt: Date | null): boolean {
  return !lastAttemptAt || lastAttemptAt < lastScheduledAt(now, hour);
}

export function drillDue(now: Date, lastDrillAt: Date | null): boolean {
  return !lastDrillAt || now.getTime() - lastDrillAt.getTime() >= DRILL_INTERVAL_DAYS * 24 * HOUR_MS;
}

export interface ScheduleSettings {
  scheduleEnabled: boolean;
  scheduleHour: number;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export async function scheduleSettings(app: App): Promise<ScheduleSettings> {
  const s = await app.repos.backups.settings();
  return {
    scheduleEnabled: s ? s.schedule_enabled === 1 : true,
    scheduleHour: s?.schedule_hour ?? DEFAULT_SCHEDULE_HOUR,
    keepDaily: s?.keep_daily ?? DEFAULT_RETENTION.daily,
    keepWeekly: s?.keep_weekly ?? DEFAULT_RETENTION.weekly,
    keepMonthly: s?.keep_monthly ?? DEFAULT_RETENTION.monthly,
  };
}

export async function saveScheduleSettings(app: App, s: ScheduleSettings): Promise<void> {
  await app.repos.backups.saveSettings({
    schedule_enabled: s.scheduleEnabled ? 1 : 0,
    schedule_hour: s.scheduleHour,
    keep_daily: s.keepDaily,
    keep_weekly: s.keepWeekly,
    keep_monthly: s.keepMonthly,
    updated_at: app.now().toISOString(),
  });
}

const date = (s: string | undefined) => (s ? new Date(s) : null);

/** Whether another process (cron's `rempart backup run`, another machine) is writing to one of the destinations. */
async function anotherProcessBacksUp(app: App): Promise<boolean> {
  const dests = await openDestinations(app);
  try {
    for (const d of dests) if (await runInProgress(d.destination).catch(() => null)) return true;
    return false;
  } finally {
    await Promise.all(dests.map((d) => d.destination.close().catch(() => undefined)));
  }
}

/** One check: runs the daily backup if due, then the monthly drill if due. Returns what it ran. */
export async function scheduleTick(app: App): Promise<{ backup: boolean; drill: boolean }> {
  const ran = { backup: false, drill: false };
  const settings = await scheduleSettings(app);
  if (!settings.scheduleEnabled || isRunning(app)) return ran;
  if ((await app.repos.backups.destinations()).every((d) => d.enabled !== 1)) return ran;
  const now = app.now();
  const lastBackup = await app.repos.backups.lastRun('sauvegarde');
  if (backupDue(now, settings.scheduleHour, date(lastBackup?.started_at))) {
    // started now, it would be refused there and count as the day's failed attempt: the next check
    // (10 minutes later) tries again
    if (await anotherProcessBacksUp(app)) return ran;
    await (await startRun(app, 'sauvegarde', 'planifie')).done;
    ran.backup = true;
  }
  const lastDrill = await app.repos.backups.lastRun('exercice');
  const lastGood = await app.repos.backups.lastRun('sauvegarde', 'reussie');
  if (lastGood && drillDue(app.now(), date(lastDrill?.started_at))) {
    await (await startRun(app, 'exercice', 'planifie')).done;
    ran.drill = true;
  }
  return ran;
}

export interface BackupJob {
  stop(): Promise<void>;
}

export function startBackupSchedule(app: App, options: { enabled?: boolean; tickMs?: number } = {}): BackupJob {
  const enabled = options.enabled ?? process.env.REMPART_BACKUP_SCHEDULE !== 'off';
  // A run cut by a stopped process stays 'en_cours' for ever otherwise.
  const cleaned = isRunning(app) ? Promise.resolve() : app.repos.backups.abandonRunning(app.now().toISOString()).catch(() => undefined);
  const stopRuns = async () => {
    abortRuns(app);
    await waitForRuns(app);
  };
  if (!enabled) return { stop: stopRuns };
  let stopped = false;
  let ticking: Promise<unknown> = cleaned;
  const tick = () => {
    if (stopped) return;
    ticking = ticking
      .then(() => (stopped ? undefined : scheduleTick(app)))
      .catch((err: unknown) => console.warn(`Sauvegarde planifiée échouée : ${(err as Error).message}`));
  };
  const first = setTimeout(tick, FIRST_TICK_MS);
  const timer = setInterval(tick, options.tickMs ?? TICK_MS);
  first.unref();
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      abortRuns(app);
      await ticking;
      await stopRuns();
    },
  };
}
