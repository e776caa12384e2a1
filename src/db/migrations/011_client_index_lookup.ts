import { sql, SqliteAdapter, type Kysely } from 'kysely';

// SQLite only: the blind-index table loses its primary key for an explicit unique index,
// `client_index_lookup`, on the same columns. A primary key cannot be dropped; this index
// can, so a large import drops it inside its transaction and rebuilds it once at the end
// (see ClientRepository.bulkLoad), which is several times faster than a million insertions
// at random places of the index. PostgreSQL keeps its primary key (COPY-like unnest inserts
// are fast enough there).
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`create table client_index_v2 (
    tenant_id text not null,
    kind text not null,
    hash text not null,
    client_id text not null references clients (id) on delete cascade
  )`.execute(db);
  await sql`insert into client_index_v2 (tenant_id, kind, hash, client_id) select tenant_id, kind, hash, client_id from client_index`.execute(db);
  await sql`drop table client_index`.execute(db);
  await sql`alter table client_index_v2 rename to client_index`.execute(db);
  await sql`create unique index client_index_lookup on client_index (tenant_id, kind, hash, client_id)`.execute(db);
  await sql`create index client_index_client on client_index (client_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`create table client_index_v1 (
    tenant_id text not null,
    kind text not null,
    hash text not null,
    client_id text not null references clients (id) on delete cascade,
    constraint client_index_pk primary key (tenant_id, kind, hash, client_id)
  )`.execute(db);
  await sql`insert into client_index_v1 select tenant_id, kind, hash, client_id from client_index`.execute(db);
  await sql`drop table client_index`.execute(db);
  await sql`alter table client_index_v1 rename to client_index`.execute(db);
  await sql`create index client_index_client on client_index (client_id)`.execute(db);
}
