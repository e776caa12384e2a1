import type { Kysely } from 'kysely';
import type { Database, TenantsTable } from '../schema.ts';

export type TenantRow = TenantsTable;
export type TenantProfile = Pick<TenantsTable, 'raison_sociale' | 'siren' | 'activite' | 'adresse' | 'contact_nom' | 'contact_email' | 'password_renewal_days'>;

/** Tenant rows: every method takes the caller's own tenant id, there is no "list all". */
export class TenantRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: TenantRow): Promise<void> {
    await this.db.insertInto('tenants').values(row).execute();
  }

  async get(tenantId: string): Promise<TenantRow | undefined> {
    return this.db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst();
  }

  async updateProfile(tenantId: string, profile: TenantProfile, now: string): Promise<void> {
    await this.db.updateTable('tenants').set({ ...profile, updated_at: now }).where('id', '=', tenantId).execute();
  }

  async setRecoveryWrap(tenantId: string, wrapped: string): Promise<void> {
    await this.db.updateTable('tenants').set({ recovery_wrapped_key: wrapped }).where('id', '=', tenantId).execute();
  }
}
