import type { Kysely } from 'kysely';
import type { Database, LoginThrottleTable, PasswordResetsTable } from '../schema.ts';

/** 2FA recovery codes, reset tokens and login throttling: secrets stored as MACs only. */
export class CredentialRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async replaceRecoveryCodes(tenantId: string, userId: string, rows: { id: string; code_mac: string }[]): Promise<void> {
    await this.db.deleteFrom('recovery_codes').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    if (rows.length) {
      await this.db
        .insertInto('recovery_codes')
        .values(rows.map((r) => ({ ...r, tenant_id: tenantId, user_id: userId, used_at: null })))
        .execute();
    }
  }

  /** Marks the code used and says whether it was valid and unused, in one statement (no race). */
  async consumeRecoveryCode(tenantId: string, userId: string, codeMac: string, now: string): Promise<boolean> {
    const res = await this.db
      .updateTable('recovery_codes')
      .set({ used_at: now })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('code_mac', '=', codeMac)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async countUnusedRecoveryCodes(tenantId: string, userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertReset(row: PasswordResetsTable): Promise<void> {
    await this.db.insertInto('password_resets').values(row).execute();
  }

  async resetByTokenMac(tokenMac: string): Promise<PasswordResetsTable | undefined> {
    return this.db.selectFrom('password_resets').selectAll().where('token_mac', '=', tokenMac).executeTakeFirst();
  }

  async markResetUsed(id: string, now: string): Promise<boolean> {
    const res = await this.db.updateTable('password_resets').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** After a successful reset or change, no other outstanding link may be used. */
  async expireResetsForUser(tenantId: string, userId: string, now: string): Promise<void> {
    await this.db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
  }

  async throttle(key: string): Promise<LoginThrottleTable | undefined> {
    return this.db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  }

  async saveThrottle(row: LoginThrottleTable): Promise<void> {
    await this.db
      .insertInto('login_throttle')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures: row.failures, window_start: row.window_start, locked_until: row.locked_until }))
      .execute();
  }

  async clearThrottle(key: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }
}
