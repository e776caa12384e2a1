import { CompiledQuery, sql, type Kysely, type Updateable } from 'kysely';
import { withSqlitePragma } from '../sqlite-pragma.ts';
import type { ClientDocumentsTable, ClientIndexTable, ClientsTable, Database, TenantAgeKeysTable } from '../schema.ts';

export type ClientRow = ClientsTable;
export type ClientDocumentRow = ClientDocumentsTable;
export type IndexKind = ClientIndexTable['kind'];
export interface IndexEntry {
  kind: IndexKind;
  hash: string;
}
export interface PageCursor {
  updatedAt: string;
  id: string;
}

// Multi-row inserts stay well under SQLite's 32 766 and PostgreSQL's 65 535 bound parameters.
const CLIENT_CHUNK = 400; // 23 columns → 9 200 parameters
const INDEX_CHUNK = 2000; // 4 columns → 8 000 parameters
const LOOKUP_CHUNK = 1000;
/** From this many records, an SQLite import rebuilds the lookup index instead of feeding it. */
export const BULK_LOAD_MIN = 5000;

const CLIENT_COLUMNS = [
  'id', 'tenant_id', 'status', 'legal_basis', 'collected_at', 'last_contact_at', 'relationship_ended_at', 'has_invoices',
  'last_invoice_at', 'civilite_enc', 'nom_enc', 'prenom_enc', 'emails_enc', 'phones_enc', 'address_enc', 'company_enc',
  'notes_enc', 'source_enc', 'consent_enc', 'anonymised_at', 'created_at', 'updated_at',
] as const satisfies ReadonlyArray<keyof ClientsTable>;
const INDEX_COLUMNS = ['tenant_id', 'kind', 'hash', 'client_id'] as const;

// Bulk statements are written by hand: building a query tree for millions of values costs
// more than the database work. Table and column names are the constants above.
const statements = new Map<string, string>();
function bulkInsertSql(table: string, columns: readonly string[], rows: number, dollar: boolean): string {
  const key = `${table}:${rows}:${dollar}`;
  let text = statements.get(key);
  if (!text) {
    let n = 0;
    const tuple = () => `(${columns.map(() => (dollar ? `$${++n}` : '?')).join(',')})`;
    text = `insert into ${table} (${columns.join(', ')}) values ${Array.from({ length: rows }, tuple).join(',')}`;
    statements.set(key, text);
  }
  return text;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The encrypted client file of one tenant: records and their blind indexes. */
export class ClientRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  private own(row: { tenant_id: string }) {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
  }

  /** PostgreSQL numbers its parameters ($1), SQLite does not (?). */
  private get dollarParams(): boolean {
    return this.db.selectFrom('clients').select('id').where('id', '=', '').compile().sql.includes('$1');
  }

  /**
   * SQLite: one multi-row VALUES statement. PostgreSQL: one array parameter per column,
   * spread by unnest — a short statement however many rows, instead of thousands of
   * parameters for the server to parse and plan.
   */
  private async bulkInsert(table: 'clients' | 'client_index', columns: readonly string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    if (!this.dollarParams) {
      await this.db.executeQuery(CompiledQuery.raw(bulkInsertSql(table, columns, rows.length, false), rows.flat()));
      return;
    }
    const arrays = columns.map((_, i) => rows.map((r) => r[i]));
    const types = columns.map((c) => (c === 'has_invoices' ? 'integer[]' : 'text[]'));
    const text = `insert into ${table} (${columns.join(', ')}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}`).join(', ')})`;
    await this.db.executeQuery(CompiledQuery.raw(text, arrays));
  }

  async insert(row: ClientRow, indexes: readonly IndexEntry[] = []): Promise<void> {
    this.own(row);
    await this.db.insertInto('clients').values(row).execute();
    await this.insertIndexes(indexes.map((e) => ({ ...e, client_id: row.id })));
  }

  /**
   * Bulk insert for imports: multi-row statements in chunks. Run it inside one transaction
   * (app.tx) so that an import is all or nothing; `onChunk` reports the rows written.
   */
  async insertMany(rows: ReadonlyArray<{ row: ClientRow; indexes: readonly IndexEntry[] }>, onChunk?: (written: number) => void | Promise<void>): Promise<void> {
    let written = 0;
    const dollar = this.dollarParams;
    for (const part of chunks(rows, CLIENT_CHUNK)) {
      for (const { row } of part) this.own(row);
      await this.bulkInsert('clients', CLIENT_COLUMNS, part.map(({ row }) => CLIENT_COLUMNS.map((c) => row[c])));
      const entries = part.flatMap(({ row, indexes }) => indexes.map((e) => [this.tenantId, e.kind, e.hash, row.id]));
      for (const slice of chunks(entries, dollar ? entries.length : INDEX_CHUNK)) await this.bulkInsert('client_index', INDEX_COLUMNS, slice);
      written += part.length;
      await onChunk?.(written);
    }
  }

  /**
   * Runs `load` (inserts of `newClients` records) inside the caller's transaction. On SQLite,
   * for a large load, the blind-index lookup index is dropped first and rebuilt once at the
   * end: a million insertions at random places of that index take several times longer than
   * one sorted rebuild. The transaction restores the index if anything fails. The rebuild
   * covers every tenant's rows, so it is only done when the load is at least as large as
   * the whole stored file.
   */
  async bulkLoad<T>(newClients: number, load: () => Promise<T>): Promise<T> {
    if (this.dollarParams || newClients < BULK_LOAD_MIN) return load();
    const stored = await this.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const index = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and name = 'client_index_lookup'`.execute(this.db);
    const definition = index.rows[0]?.sql;
    if (!definition || Number(stored.n) > newClients) return load();
    await sql`drop index client_index_lookup`.execute(this.db);
    const result = await load();
    // The rebuild sorts every row: SQLite's sorter may use a second core for that.
    await withSqlitePragma(this.db, 'threads', 2, () => sql.raw(definition).execute(this.db));
    return result;
  }

  private async insertIndexes(entries: ReadonlyArray<IndexEntry & { client_id: string }>): Promise<void> {
    for (const part of chunks(entries, INDEX_CHUNK)) {
      await this.db
        .insertInto('client_index')
        .values(part.map((e) => ({ tenant_id: this.tenantId, kind: e.kind, hash: e.hash, client_id: e.client_id })))
        .execute();
    }
  }

  async get(id: string): Promise<ClientRow | undefined> {
    return this.db.selectFrom('clients').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
  }

  async getMany(ids: readonly string[]): Promise<ClientRow[]> {
    const out: ClientRow[] = [];
    for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
      out.push(...(await this.db.selectFrom('clients').selectAll().where('tenant_id', '=', this.tenantId).where('id', 'in', part).execute()));
    }
    return out;
  }

  async update(id: string, changes: Updateable<ClientsTable>): Promise<number> {
    const { id: _id, tenant_id: _t, ...safe } = changes;
    const res = await this.db.updateTable('clients').set(safe).where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  /** Deletes the record; its indexes and document rows go with it (foreign keys, on delete cascade). */
  async delete(id: string): Promise<number> {
    await this.db.deleteFrom('client_index').where('tenant_id', '=', this.tenantId).where('client_id', '=', id).execute();
    const res = await this.db.deleteFrom('clients').where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('clients')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', this.tenantId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Most recently changed first; `before` is the last row of the previous page. */
  async page(limit: number, before?: PageCursor): Promise<ClientRow[]> {
    let q = this.db.selectFrom('clients').selectAll().where('tenant_id', '=', this.tenantId);
    if (before) {
      // The plain `<=` bound lets the (tenant_id, updated_at) index delimit the range.
      q = q
        .where('updated_at', '<=', before.updatedAt)
        .where((eb) => eb.or([eb('updated_at', '<', before.updatedAt), eb('id', '<', before.id)]));
    }
    return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  /** Client ids whose index of this kind holds one of the hashes, with the hash that matched. */
  async findByIndex(kind: IndexKind, hashes: readonly string[]): Promise<Array<{ hash: string; clientId: string }>> {
    const out: Array<{ hash: string; clientId: string }> = [];
    for (const part of chunks([...new Set(hashes)], LOOKUP_CHUNK)) {
      const rows = await this.db
        .selectFrom('client_index')
        .select(['hash', 'client_id'])
        .where('tenant_id', '=', this.tenantId)
        .where('kind', '=', kind)
        .where('hash', 'in', part)
        .execute();
      for (const r of rows) out.push({ hash: r.hash, clientId: r.client_id });
    }
    return out;
  }

  async replaceIndexes(clientId: string, entries: readonly IndexEntry[]): Promise<void> {
    await this.db.deleteFrom('client_index').where('tenant_id', '=', this.tenantId).where('client_id', '=', clientId).execute();
    await this.insertIndexes(entries.map((e) => ({ ...e, client_id: clientId })));
  }
}

/** Documents attached to the clients of one tenant, and the tenant's age key pair. */
export class ClientDocumentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async ageKey(): Promise<TenantAgeKeysTable | undefined> {
    return this.db.selectFrom('tenant_age_keys').selectAll().where('tenant_id', '=', this.tenantId).executeTakeFirst();
  }

  /** Keeps the first key when two requests create one at the same time; returns the stored key. */
  async saveAgeKeyOnce(row: Omit<TenantAgeKeysTable, 'tenant_id'>): Promise<TenantAgeKeysTable> {
    await this.db
      .insertInto('tenant_age_keys')
      .values({ ...row, tenant_id: this.tenantId })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .execute();
    return (await this.ageKey())!;
  }

  async insert(row: ClientDocumentRow): Promise<void> {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
    await this.db.insertInto('client_documents').values(row).execute();
  }

  async get(clientId: string, id: string): Promise<ClientDocumentRow | undefined> {
    return this.db
      .selectFrom('client_documents')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async listFor(clientId: string): Promise<ClientDocumentRow[]> {
    return this.db
      .selectFrom('client_documents')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('client_id', '=', clientId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
  }

  async listAll(): Promise<ClientDocumentRow[]> {
    return this.db.selectFrom('client_documents').selectAll().where('tenant_id', '=', this.tenantId).orderBy('client_id').orderBy('created_at').execute();
  }

  async delete(clientId: string, id: string): Promise<number> {
    const res = await this.db
      .deleteFrom('client_documents')
      .where('tenant_id', '=', this.tenantId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }
}
