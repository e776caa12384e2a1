import type { Kysely } from 'kysely';

// The register of rights requests (art. 12 to 22 RGPD) and the last retention check of each
// tenant. What the person wrote and who they are (name, contact, message), the business's
// notes and the free-text reasons are sealed with the tenant data key (*_enc columns,
// associated data = tenant + table + column + row id). Type, status and dates stay in clear:
// the dashboard reminders and the daily job compute deadlines without any key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rights_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('about_marketing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('received_on', 'text', (c) => c.notNull())
    // Both deadlines are derived from received_on; stored so that lists sort in SQL.
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('extended_on', 'text')
    .addColumn('extended_due_on', 'text')
    .addColumn('extension_reason_enc', 'text')
    .addColumn('identity_check_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('identity_verified_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('refusal_reason_enc', 'text')
    .addColumn('closed_on', 'text')
    // The person may not be in the client file; an erased client leaves the request behind.
    .addColumn('client_id', 'text', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('requester_name_enc', 'text')
    .addColumn('requester_contact_enc', 'text')
    .addColumn('message_enc', 'text')
    .addColumn('notes_enc', 'text')
    .addColumn('erased_on', 'text')
    // What the erasure removed and kept (generic wording and dates, no personal data).
    .addColumn('erasure_report', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rights_requests_tenant_due').on('rights_requests').columns(['tenant_id', 'due_on']).execute();
  await db.schema.createIndex('rights_requests_client').on('rights_requests').column('client_id').execute();

  // Written by the daily job (and after each purge) for the dashboard notice; counts only.
  await db.schema
    .createTable('retention_checks')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('to_delete', 'integer', (c) => c.notNull())
    .addColumn('to_anonymise', 'integer', (c) => c.notNull())
    .addColumn('expiring_soon', 'integer', (c) => c.notNull())
    .addColumn('with_warnings', 'integer', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['retention_checks', 'rights_requests']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
