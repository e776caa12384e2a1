import type { Kysely } from 'kysely';

// Placeholder: filled by the capability that owns it.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
