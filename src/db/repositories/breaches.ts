import type { Kysely, Updateable } from 'kysely';
import type { BreachAttachmentsTable, BreachesTable, BreachNotificationsTable, BreachTimelineTable, Database } from '../schema.ts';

export type BreachRow = BreachesTable;
export type BreachNotificationRow = BreachNotificationsTable;
export type BreachTimelineRow = BreachTimelineTable;
export type BreachAttachmentRow = BreachAttachmentsTable;

/** The breach register of one tenant. There is no delete: Art. 33(5) keeps every incident. */
export class BreachRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  private own(row: { tenant_id: string }) {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
  }

  async insert(row: BreachRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('breaches').values(row).execute();
  }

  async get(id: string): Promise<BreachRow | undefined> {
    return this.db.selectFrom('breaches').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
  }

  /** Newest first. */
  async list(): Promise<BreachRow[]> {
    return this.db.selectFrom('breaches').selectAll().where('tenant_id', '=', this.tenantId).orderBy('created_at', 'desc').orderBy('id').execute();
  }

  async update(id: string, changes: Updateable<BreachesTable>): Promise<number> {
    const { id: _id, tenant_id: _t, ...safe } = changes;
    const res = await this.db.updateTable('breaches').set(safe).where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async addNotification(row: BreachNotificationRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('breach_notifications').values(row).execute();
  }

  /** Oldest first: the initial notification, then the complementary ones. */
  async notifications(breachId: string): Promise<BreachNotificationRow[]> {
    return this.db
      .selectFrom('breach_notifications')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('breach_id', '=', breachId)
      .orderBy('notified_at')
      .orderBy('created_at')
      .execute();
  }

  /** Notifications of every incident, for the list (one query rather than one per incident). */
  async allNotifications(): Promise<BreachNotificationRow[]> {
    return this.db.selectFrom('breach_notifications').selectAll().where('tenant_id', '=', this.tenantId).orderBy('notified_at').execute();
  }

  async addTimeline(row: BreachTimelineRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('breach_timeline').values(row).execute();
  }

  async timeline(breachId: string): Promise<BreachTimelineRow[]> {
    return this.db
      .selectFrom('breach_timeline')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('breach_id', '=', breachId)
      .orderBy('at')
      .orderBy('created_at')
      .execute();
  }

  async addAttachment(row: BreachAttachmentRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('breach_attachments').values(row).execute();
  }

  /** Oldest first. */
  async attachments(breachId: string): Promise<BreachAttachmentRow[]> {
    return this.db.selectFrom('breach_attachments').selectAll().where('tenant_id', '=', this.tenantId).where('breach_id', '=', breachId).orderBy('created_at').orderBy('id').execute();
  }

  async attachment(breachId: string, id: string): Promise<BreachAttachmentRow | undefined> {
    return this.db.selectFrom('breach_attachments').selectAll().where('tenant_id', '=', this.tenantId).where('breach_id', '=', breachId).where('id', '=', id).executeTakeFirst();
  }
}
