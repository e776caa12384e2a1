// Tables of the backups capability (see Database in schema.ts and migration 008).
export type BackupDestinationKind = 'local' | 'sftp' | 's3';
export type BackupRunKind = 'sauvegarde' | 'exercice';
export type BackupRunTrigger = 'manuel' | 'planifie' | 'cli';
export type BackupRunStatus = 'en_cours' | 'reussie' | 'partielle' | 'echouee';

export interface BackupDestinationsTable {
  id: string;
  label: string;
  kind: BackupDestinationKind;
  /** The JSON configuration (credentials included) sealed with the instance secret. */
  config_enc: string;
  enabled: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_generation: string | null;
  created_at: string;
  updated_at: string;
}

export interface BackupRunsTable {
  id: string;
  kind: BackupRunKind;
  trigger: BackupRunTrigger;
  status: BackupRunStatus;
  started_at: string;
  finished_at: string | null;
  /** JSON { phase, doneBytes, totalBytes } while running. */
  progress: string | null;
  /** JSON list of per-destination outcomes. */
  results: string;
}

export interface BackupSettingsTable {
  id: string;
  schedule_enabled: number;
  schedule_hour: number;
  keep_daily: number;
  keep_weekly: number;
  keep_monthly: number;
  updated_at: string;
}

export interface BackupTables {
  backup_destinations: BackupDestinationsTable;
  backup_runs: BackupRunsTable;
  backup_settings: BackupSettingsTable;
}
