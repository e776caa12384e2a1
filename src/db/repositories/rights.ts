import type { Kysely, Updateable } from 'kysely';
import type { Database, JournalTable, RightsRequestsTable } from '../schema.ts';

export type RightsRequestRow = RightsRequestsTable;

/** Statuses after which a request no longer has a running deadline. */
const ANSWERED = ['repondue', 'refusee', 'cloturee'];

/** The rights requests of one tenant. */
export class RightsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async insert(row: RightsRequestRow): Promise<void> {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
    await this.db.insertInto('rights_requests').values(row).execute();
  }

  async get(id: string): Promise<RightsRequestRow | undefined> {
    return this.db.selectFrom('rights_requests').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
  }

  /** Earliest first deadline first; the service re-sorts on the deadline in force. */
  async list(): Promise<RightsRequestRow[]> {
    return this.db.selectFrom('rights_requests').selectAll().where('tenant_id', '=', this.tenantId).orderBy('due_on').orderBy('received_on').orderBy('id').execute();
  }

  /** Requests still waiting for an answer: only what a deadline needs, no sealed column. */
  async open() {
    return this.db
      .selectFrom('rights_requests')
      .select(['id', 'type', 'status', 'received_on', 'extended_on', 'answered_on'])
      .where('tenant_id', '=', this.tenantId)
      .where('status', 'not in', ANSWERED)
      .execute();
  }

  async update(id: string, changes: Updateable<RightsRequestsTable>): Promise<number> {
    const { id: _id, tenant_id: _t, ...safe } = changes;
    const res = await this.db.updateTable('rights_requests').set(safe).where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  /** Journal entries about one record, oldest first: the history of uses given to the person. */
  async journalOf(recordType: string, recordId: string): Promise<JournalTable[]> {
    return this.db
      .selectFrom('journal')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('record_type', '=', recordType)
      .where('record_id', '=', recordId)
      .orderBy('seq')
      .execute();
  }
}
