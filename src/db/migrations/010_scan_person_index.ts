import type { Kysely } from 'kysely';

// Where a scan found each person's contact details, for the access pack (art. 15 RGPD): per
// scanned file, the blind indexes (keyed HMACs, the client file's) of the e-mails and phones
// found. Never a value. `scans.person_index` says whether the scan computed them: a web
// scan does (the owner's session holds the data key), the command line cannot.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scans').addColumn('person_index', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('scan_file_hashes')
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scan_file_hashes_pk', ['scan_id', 'seq', 'hash'])
    .execute();
  await db.schema.createIndex('scan_file_hashes_tenant_hash').on('scan_file_hashes').columns(['tenant_id', 'hash']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scan_file_hashes').ifExists().execute();
  await db.schema.alterTable('scans').dropColumn('person_index').execute();
}
