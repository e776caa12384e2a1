import type { Kysely } from 'kysely';

// The inventory of personal data found in the business's folders (scans), per tenant. Only
// what the register needs to compare declared and found data is kept: paths, sizes, dates
// and counts per type of data. Never a found value (not even masked): the detectors' values
// stay in memory during the scan and are dropped.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    // running | finished | failed | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    /** JSON array of the absolute folders scanned. */
    .addColumn('roots', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('started_by', 'text')
    /** JSON object: finding type → count, over the whole scan. */
    .addColumn('totals', 'text', (c) => c.notNull())
    .addColumn('files_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('findings_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    /** French reason of a failed scan. */
    .addColumn('failure', 'text')
    .execute();
  await db.schema.createIndex('scans_tenant_started').on('scans').columns(['tenant_id', 'started_at']).execute();

  await db.schema
    .createTable('scan_files')
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
    /** Order of the file in the scan: the page key. */
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('modified_at', 'text', (c) => c.notNull())
    /** JSON object: finding type → count in this file. */
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('findings', 'integer', (c) => c.notNull())
    .addColumn('sensitive', 'integer', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('scan_files_pk', ['scan_id', 'seq'])
    .execute();
  await db.schema.createIndex('scan_files_tenant_scan').on('scan_files').columns(['tenant_id', 'scan_id', 'seq']).execute();

  // Written once at the end of a scan: the per-folder summary the page and the register read
  // without going through every file again.
  await db.schema
    .createTable('scan_folders')
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('files_count', 'integer', (c) => c.notNull())
    .addColumn('errors_count', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scan_folders_pk', ['scan_id', 'folder'])
    .execute();
  await db.schema.createIndex('scan_folders_tenant_scan').on('scan_folders').columns(['tenant_id', 'scan_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['scan_folders', 'scan_files', 'scans']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
