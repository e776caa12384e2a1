import type { Kysely } from 'kysely';

// Per scanned file, what it holds that could not be read (a photo attached to an e-mail, a
// protected file in a zip, by kind: core/scan/unread.ts), as a JSON object kind → count; null
// when nothing (and for the files of scans recorded before). Counts only: no name is kept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scan_files').addColumn('unread', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scan_files').dropColumn('unread').execute();
}
