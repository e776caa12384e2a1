import type { Kysely } from 'kysely';

// Per scan, the files it could not read, by kind (images, old Office files, archives…: see
// core/scan/unread.ts), as a JSON object kind → count: the page tells the owner to check them
// by hand. Scans recorded before have none ('{}').
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scans').addColumn('unread', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scans').dropColumn('unread').execute();
}
