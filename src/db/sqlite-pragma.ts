// Borrowing an SQLite setting for the length of some work (a larger page cache for an import,
// a second sorter thread for an index rebuild) and giving the previous value back, even when
// the work fails.
import { sql, type Kysely } from 'kysely';

export async function withSqlitePragma<DB, T>(db: Kysely<DB>, name: 'cache_size' | 'threads', value: number, work: () => Promise<T>): Promise<T> {
  const before = (await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(db)).rows[0]?.[name];
  await sql.raw(`pragma ${name} = ${Math.trunc(value)}`).execute(db);
  try {
    return await work();
  } finally {
    if (before !== undefined) await sql.raw(`pragma ${name} = ${Math.trunc(Number(before))}`).execute(db);
  }
}
