import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { RegisterDocumentsTable, RegisterHistoryTable, RegisterProcessingsTable, RegisterSetupTable } from '../schema-register.ts';

export type ProcessingRow = RegisterProcessingsTable;
export type RegisterHistoryRow = RegisterHistoryTable;
export type DocumentVersionRow = RegisterDocumentsTable;
export type RegisterSetupRow = RegisterSetupTable;
/** A version without its texts, for lists. */
export type DocumentVersionMeta = Omit<DocumentVersionRow, 'markdown' | 'html' | 'snapshot'>;

/** The register of processing activities of one tenant, its history, documents and set-up. */
export class RegisterRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  private own(row: { tenant_id: string }) {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
  }

  async insertProcessing(row: ProcessingRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('register_processings').values(row).execute();
  }

  async getProcessing(id: string): Promise<ProcessingRow | undefined> {
    return this.db.selectFrom('register_processings').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
  }

  /** Oldest first: the order the business declared its activities. */
  async listProcessings(): Promise<ProcessingRow[]> {
    return this.db.selectFrom('register_processings').selectAll().where('tenant_id', '=', this.tenantId).orderBy('created_at').orderBy('id').execute();
  }

  async updateProcessing(id: string, changes: Updateable<RegisterProcessingsTable>): Promise<number> {
    const { id: _id, tenant_id: _t, ...safe } = changes;
    const res = await this.db.updateTable('register_processings').set(safe).where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async deleteProcessing(id: string): Promise<number> {
    const res = await this.db.deleteFrom('register_processings').where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async addHistory(row: RegisterHistoryRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('register_history').values(row).execute();
  }

  /** Newest first. */
  async history(processingId: string): Promise<RegisterHistoryRow[]> {
    return this.db
      .selectFrom('register_history')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('processing_id', '=', processingId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /** The whole register's history, oldest first (for the register document). */
  async allHistory(): Promise<RegisterHistoryRow[]> {
    return this.db.selectFrom('register_history').selectAll().where('tenant_id', '=', this.tenantId).orderBy('at').orderBy('id').execute();
  }

  async historyCount(processingId: string): Promise<number> {
    const row = await this.db
      .selectFrom('register_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', this.tenantId)
      .where('processing_id', '=', processingId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertDocumentVersion(row: DocumentVersionRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('register_documents').values(row).execute();
  }

  async latestDocumentVersion(kind: string): Promise<DocumentVersionRow | undefined> {
    return this.db
      .selectFrom('register_documents')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('kind', '=', kind)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async documentVersion(kind: string, number: number): Promise<DocumentVersionRow | undefined> {
    return this.db
      .selectFrom('register_documents')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('kind', '=', kind)
      .where('number', '=', number)
      .executeTakeFirst();
  }

  /** Newest first, without the texts. */
  async documentVersions(kind: string): Promise<DocumentVersionMeta[]> {
    const rows = await this.db
      .selectFrom('register_documents')
      .select(['id', 'tenant_id', 'kind', 'number', 'created_at', 'created_by', 'content_hash'])
      .where('tenant_id', '=', this.tenantId)
      .where('kind', '=', kind)
      .orderBy('number', 'desc')
      .execute();
    return rows.map((r) => ({ ...r, number: Number(r.number) }));
  }

  async getSetup(): Promise<RegisterSetupRow | undefined> {
    return this.db.selectFrom('register_setup').selectAll().where('tenant_id', '=', this.tenantId).executeTakeFirst();
  }

  /** Insert or replace the tenant's answers (one row per tenant). */
  async saveSetup(row: RegisterSetupRow): Promise<void> {
    this.own(row);
    const { tenant_id: _t, ...rest } = row;
    const res = await this.db.updateTable('register_setup').set(rest).where('tenant_id', '=', this.tenantId).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) await this.db.insertInto('register_setup').values(row).execute();
  }
}
