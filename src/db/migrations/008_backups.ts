import type { Kysely } from 'kysely';

// Backups are per instance (the database holds every tenant), so these tables have no tenant_id.
// A destination's whole configuration (host, path, login, password, keys) is one JSON sealed
// with the instance secret (config_enc, associated data = table + row id); only the label the
// user reads, the kind and the last outcome stay in clear for the dashboard.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('backup_destinations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('config_enc', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_generation', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // One row per backup run or restore drill; `results` is the JSON list of per-destination
  // outcomes (French messages, byte counts, never a secret or a personal value).
  await db.schema
    .createTable('backup_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('progress', 'text')
    .addColumn('results', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('backup_runs_started').on('backup_runs').columns(['started_at']).execute();

  // A single row ('instance'): when the daily run happens and how many generations to keep.
  await db.schema
    .createTable('backup_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('schedule_enabled', 'integer', (c) => c.notNull())
    .addColumn('schedule_hour', 'integer', (c) => c.notNull())
    .addColumn('keep_daily', 'integer', (c) => c.notNull())
    .addColumn('keep_weekly', 'integer', (c) => c.notNull())
    .addColumn('keep_monthly', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['backup_settings', 'backup_runs', 'backup_destinations']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
