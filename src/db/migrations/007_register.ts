import type { Kysely } from 'kysely';

// The register of processing activities (RGPD Art. 30) and the documents generated from it.
// It describes what the business does with personal data, not the clients themselves: no
// client's name or value is stored here, so the bodies are plain JSON text (validated by the
// core model on every read and write), not sealed with the tenant data key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_processings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    // 'brouillon' (draft, may be incomplete) or 'publie' (complete, appears in the documents).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('register_processings_tenant').on('register_processings').columns(['tenant_id', 'created_at']).execute();

  // Who changed which processing, when, and how (a field-level diff). Kept after a processing
  // is deleted: the register's history outlives its lines.
  await db.schema
    .createTable('register_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('processing_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('diff', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('register_history_processing').on('register_history').columns(['tenant_id', 'processing_id', 'at']).execute();

  // Every generated version of a document (policy, register, notices…): number 1, 2, 3… per
  // tenant and kind; a new version only when the content changed (same hash = same version).
  await db.schema
    .createTable('register_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('markdown', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    // The register as it was (JSON): the PDF and XLSX of an old version are rebuilt from it.
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('register_documents_version').on('register_documents').columns(['tenant_id', 'kind', 'number']).unique().execute();

  // The answers of the guided set-up, so it can be re-run (and re-applied) from where it was.
  await db.schema
    .createTable('register_setup')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['register_setup', 'register_documents', 'register_history', 'register_processings']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
