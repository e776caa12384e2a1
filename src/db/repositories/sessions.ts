import type { Kysely } from 'kysely';
import type { Database, SessionsTable } from '../schema.ts';

export type SessionRow = SessionsTable;

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(row).execute();
  }

  /** Lookup by the MAC of the cookie token; the token itself is never stored. */
  async byTokenMac(idMac: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('id_mac', '=', idMac).executeTakeFirst();
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  async activate(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ stage: 'active', last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  async deleteById(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }

  // Scoped operations used by routes: tenant + user always in the WHERE clause.
  async listForUser(tenantId: string, userId: string): Promise<SessionRow[]> {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('stage', '=', 'active')
      .orderBy('last_seen_at', 'desc')
      .execute();
  }

  async revokeForUser(tenantId: string, userId: string, id: string): Promise<number> {
    const res = await this.db
      .deleteFrom('sessions')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async revokeAllForUser(tenantId: string, userId: string, exceptId?: string): Promise<void> {
    let q = this.db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  }
}
