import type { Kysely, Updateable } from 'kysely';
import type { Database, UsersTable } from '../schema.ts';

export type UserRow = UsersTable;

/** Users of one tenant. The only cross-tenant lookup is by login e-mail (see AuthLookup). */
export class UserRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async insert(row: UserRow): Promise<void> {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
    await this.db.insertInto('users').values(row).execute();
  }

  async get(userId: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', userId).executeTakeFirst();
  }

  async list(): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().where('tenant_id', '=', this.tenantId).orderBy('created_at').execute();
  }

  async update(userId: string, changes: Updateable<UsersTable>): Promise<void> {
    const { id: _id, tenant_id: _t, ...safe } = changes;
    await this.db.updateTable('users').set(safe).where('tenant_id', '=', this.tenantId).where('id', '=', userId).execute();
  }

  /** Adds one failed attempt in a single statement and returns the new count, so concurrent failures all count. */
  async incrementFailedLogins(userId: string): Promise<number> {
    const row = await this.db
      .updateTable('users')
      .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', userId)
      .returning('failed_logins')
      .executeTakeFirstOrThrow();
    return Number(row.failed_logins);
  }

  /** Conditional write so two requests with the same TOTP code cannot both succeed. */
  async advanceTotpStep(userId: string, step: number): Promise<boolean> {
    const res = await this.db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', userId)
      .where('totp_last_step', '<', step)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async delete(userId: string): Promise<number> {
    const res = await this.db.deleteFrom('users').where('tenant_id', '=', this.tenantId).where('id', '=', userId).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async owner(): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('tenant_id', '=', this.tenantId).where('role', '=', 'owner').executeTakeFirst();
  }
}

/** Pre-authentication lookups: they return the tenant, after which everything is scoped. */
export class AuthLookup {
  constructor(private readonly db: Kysely<Database>) {}

  async userByEmailIndex(emailIndex: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email_index', '=', emailIndex).executeTakeFirst();
  }
}
