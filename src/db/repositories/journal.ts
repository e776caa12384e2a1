import type { Kysely } from 'kysely';
import type { Database, JournalTable } from '../schema.ts';

export type JournalRow = JournalTable;

/** Append-only: there is deliberately no update or delete method. */
export class JournalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Reserves the next sequence number. The UPDATE takes the tenant row lock on PostgreSQL
   * (SQLite serialises writers anyway), so concurrent appends cannot fork the chain.
   */
  async reserveNext(tenantId: string): Promise<{ seq: number; head: string }> {
    const row = await this.db
      .updateTable('tenants')
      .set((eb) => ({ journal_seq: eb('journal_seq', '+', 1) }))
      .where('id', '=', tenantId)
      .returning(['journal_seq', 'journal_head'])
      .executeTakeFirstOrThrow();
    return { seq: Number(row.journal_seq), head: row.journal_head };
  }

  async append(row: JournalRow): Promise<void> {
    await this.db.insertInto('journal').values(row).execute();
    await this.db.updateTable('tenants').set({ journal_head: row.hash }).where('id', '=', row.tenant_id).execute();
  }

  /** Entries after `afterSeq`, oldest first: the whole journal read a page at a time. */
  async after(tenantId: string, afterSeq: number, limit: number): Promise<JournalRow[]> {
    return this.db.selectFrom('journal').selectAll().where('tenant_id', '=', tenantId).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  }

  async page(tenantId: string, limit: number, beforeSeq?: number): Promise<JournalRow[]> {
    let q = this.db.selectFrom('journal').selectAll().where('tenant_id', '=', tenantId);
    if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
    return q.orderBy('seq', 'desc').limit(limit).execute();
  }

  async all(tenantId: string): Promise<JournalRow[]> {
    return this.db.selectFrom('journal').selectAll().where('tenant_id', '=', tenantId).orderBy('seq').execute();
  }

  async count(tenantId: string): Promise<number> {
    const r = await this.db
      .selectFrom('journal')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async head(tenantId: string): Promise<{ seq: number; hash: string } | undefined> {
    const t = await this.db.selectFrom('tenants').select(['journal_seq', 'journal_head']).where('id', '=', tenantId).executeTakeFirst();
    return t && { seq: Number(t.journal_seq), hash: t.journal_head };
  }
}
