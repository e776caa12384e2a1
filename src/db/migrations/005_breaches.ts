import type { Kysely } from 'kysely';

// The register of personal-data breaches (RGPD Art. 33(5)): every incident is kept, notified
// or not, and never deleted. What the incident says (description, people, data, free-text
// measures) and the decision quoting it are sealed with the tenant data key (*_enc columns,
// associated data = tenant + table + column + row id). Only what the 72-hour clock and the
// list need stays in clear: status, dates, nature, severity band and the two yes/no answers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('breaches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title_enc', 'text')
    .addColumn('aware_at', 'text')
    .addColumn('occurred_at', 'text')
    .addColumn('nature', 'text', (c) => c.notNull())
    .addColumn('draft_enc', 'text', (c) => c.notNull())
    .addColumn('decision_enc', 'text')
    .addColumn('severity_band', 'text')
    .addColumn('cnil_notify', 'integer')
    .addColumn('people_communicate', 'integer')
    .addColumn('override_enc', 'text')
    .addColumn('decision_stale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assessed_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('breaches_tenant_created').on('breaches').columns(['tenant_id', 'created_at']).execute();

  // Notifications sent to the CNIL: the initial one (with the reason for a delay past
  // 72 hours) and the complementary ones of a phased notification (Art. 33(4)).
  await db.schema
    .createTable('breach_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('late_reason_enc', 'text')
    .addColumn('reference_enc', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('breach_notifications_breach').on('breach_notifications').columns(['tenant_id', 'breach_id']).execute();

  // What was done and when (facts, effects, remedial action), in the user's words.
  await db.schema
    .createTable('breach_timeline')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('breach_timeline_breach').on('breach_timeline').columns(['tenant_id', 'breach_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['breach_timeline', 'breach_notifications', 'breaches']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
