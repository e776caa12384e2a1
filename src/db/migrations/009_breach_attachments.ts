import type { Kysely } from 'kysely';

// Files attached to a breach (screenshots, the mis-sent e-mail, the police report). The file
// itself is encrypted with age to the tenant's recipient on disk; its name (which may name a
// person) is sealed with the data key. Never deleted: the register keeps its evidence.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('breach_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('filename_enc', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('breach_attachments_breach').on('breach_attachments').columns(['tenant_id', 'breach_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('breach_attachments').ifExists().execute();
}
