// Backup destinations, runs and settings. Instance-wide (no tenant): backups cover the whole
// database; the routes decide who may read or change them.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { BackupDestinationsTable, BackupRunsTable, BackupSettingsTable } from '../schema-backups.ts';

export type BackupDestinationRow = BackupDestinationsTable;
export type BackupRunRow = BackupRunsTable;
export type BackupSettingsRow = BackupSettingsTable;

const SETTINGS_ID = 'instance';

export class BackupRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async destinations(): Promise<BackupDestinationRow[]> {
    return this.db.selectFrom('backup_destinations').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  async destination(id: string): Promise<BackupDestinationRow | undefined> {
    return this.db.selectFrom('backup_destinations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertDestination(row: BackupDestinationRow): Promise<void> {
    await this.db.insertInto('backup_destinations').values(row).execute();
  }

  async updateConfig(id: string, configEnc: string, at: string): Promise<void> {
    await this.db.updateTable('backup_destinations').set({ config_enc: configEnc, updated_at: at }).where('id', '=', id).execute();
  }

  async deleteDestination(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('backup_destinations').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The outcome of one attempt on one destination; a failure keeps the last success date. */
  async recordOutcome(id: string, outcome: { at: string; ok: boolean; error: string | null; generation: string | null }): Promise<void> {
    await this.db
      .updateTable('backup_destinations')
      .set(
        outcome.ok
          ? { last_attempt_at: outcome.at, last_success_at: outcome.at, last_error: null, last_generation: outcome.generation }
          : { last_attempt_at: outcome.at, last_error: outcome.error },
      )
      .where('id', '=', id)
      .execute();
  }

  async insertRun(row: BackupRunRow): Promise<void> {
    await this.db.insertInto('backup_runs').values(row).execute();
  }

  async updateRun(id: string, patch: Partial<Omit<BackupRunRow, 'id'>>): Promise<void> {
    await this.db.updateTable('backup_runs').set(patch).where('id', '=', id).execute();
  }

  async run(id: string): Promise<BackupRunRow | undefined> {
    return this.db.selectFrom('backup_runs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async recentRuns(limit = 20): Promise<BackupRunRow[]> {
    return this.db.selectFrom('backup_runs').selectAll().orderBy('started_at', 'desc').orderBy('id').limit(limit).execute();
  }

  async lastRun(kind: BackupRunRow['kind'], status?: BackupRunRow['status']): Promise<BackupRunRow | undefined> {
    let q = this.db.selectFrom('backup_runs').selectAll().where('kind', '=', kind);
    if (status) q = q.where('status', '=', status);
    return q.orderBy('started_at', 'desc').limit(1).executeTakeFirst();
  }

  /** Runs left 'en_cours' by a stopped process: they will never finish. */
  async abandonRunning(at: string): Promise<void> {
    await this.db.updateTable('backup_runs').set({ status: 'echouee', finished_at: at, progress: null }).where('status', '=', 'en_cours').execute();
  }

  async settings(): Promise<BackupSettingsRow | undefined> {
    return this.db.selectFrom('backup_settings').selectAll().where('id', '=', SETTINGS_ID).executeTakeFirst();
  }

  async saveSettings(s: Omit<BackupSettingsRow, 'id'>): Promise<void> {
    const { id: _id, ...rest } = { id: SETTINGS_ID, ...s };
    await this.db
      .insertInto('backup_settings')
      .values({ id: SETTINGS_ID, ...rest })
      .onConflict((oc) => oc.column('id').doUpdateSet(rest))
      .execute();
  }
}
