import type { Kysely } from 'kysely';

// Whether a scan read the text of images (« Lire aussi le texte des photos… », `--images`): the
// page then knows whether the images it counts could still be read by asking, or were read and
// hold no words. Scans recorded before did not (0).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scans').addColumn('read_images', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scans').dropColumn('read_images').execute();
}
