import type { Kysely } from 'kysely';

// Self-assessment ("Hygiène de sécurité"): declared answers, action statuses, yearly snapshots.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('security_answers')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('security_answers_pk', ['tenant_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('security_actions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('security_actions_pk', ['tenant_id', 'action_id'])
    .execute();

  await db.schema
    .createTable('security_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('theme_scores', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('security_reviews_tenant').on('security_reviews').columns(['tenant_id', 'completed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['security_reviews', 'security_actions', 'security_answers']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
