import type { Kysely } from 'kysely';

// The encrypted client file. Personal fields are *_enc columns (AES-256-GCM with the tenant
// data key, associated data = tenant + table + column + row id); only what the retention job
// needs without any key (status, legal basis, dates, invoice flag) stays in clear.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('collected_at', 'text', (c) => c.notNull())
    .addColumn('last_contact_at', 'text')
    .addColumn('relationship_ended_at', 'text')
    .addColumn('has_invoices', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_invoice_at', 'text')
    .addColumn('civilite_enc', 'text')
    .addColumn('nom_enc', 'text')
    .addColumn('prenom_enc', 'text')
    .addColumn('emails_enc', 'text')
    .addColumn('phones_enc', 'text')
    .addColumn('address_enc', 'text')
    .addColumn('company_enc', 'text')
    .addColumn('notes_enc', 'text')
    .addColumn('source_enc', 'text')
    .addColumn('consent_enc', 'text')
    .addColumn('anonymised_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clients_tenant_updated').on('clients').columns(['tenant_id', 'updated_at']).execute();

  // Blind indexes: HMACs of normalised e-mails, phones (E.164), names and name prefixes.
  await db.schema
    .createTable('client_index')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('client_index_pk', ['tenant_id', 'kind', 'hash', 'client_id'])
    .execute();
  await db.schema.createIndex('client_index_client').on('client_index').column('client_id').execute();

  // Each tenant's age X25519 identity for documents: the public recipient in clear, the
  // secret identity sealed with the data key.
  await db.schema
    .createTable('tenant_age_keys')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('identity_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('client_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename_enc', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('document_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('client_documents_client').on('client_documents').columns(['tenant_id', 'client_id']).execute();

  await db.schema
    .createTable('retention_policies')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['retention_policies', 'client_documents', 'tenant_age_keys', 'client_index', 'clients']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
