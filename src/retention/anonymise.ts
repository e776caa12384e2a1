// Removing a person from the client file without the data key, so that the CLI purge and the
// erasure of a rights request do exactly the same thing. Every sealed identity column is
// blanked (an empty column needs no key) and the blind indexes are dropped, so no search can
// find the record again. What stays is what ties the record to its invoices: status, dates,
// the invoice flag, and the invoices themselves.
import type { Updateable } from 'kysely';
import type { ClientsTable } from '../db/schema.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { ANONYMISED_NAME } from '../core/retention/expiry.ts';

export { ANONYMISED_NAME };

/** The row after anonymisation (the domain rule: anonymiseClient in core/retention/expiry.ts). */
export function anonymisedColumns(at: string): Updateable<ClientsTable> {
  return {
    civilite_enc: null,
    nom_enc: null,
    prenom_enc: null,
    emails_enc: null,
    phones_enc: null,
    address_enc: null,
    company_enc: null,
    notes_enc: null,
    source_enc: null,
    consent_enc: null,
    last_contact_at: null,
    // What remains is kept only because the accounts must be (art. 6.1.c RGPD).
    legal_basis: 'obligation_legale',
    anonymised_at: at,
    updated_at: at,
  };
}

/**
 * Anonymises one client inside the caller's transaction; documents whose id is not in `keep`
 * are deleted. Returns the ids of the deleted documents, whose files the caller removes after
 * the commit (a crash in between leaves unreadable orphans, never a dangling row).
 */
export async function anonymiseInTx(repos: Repositories, tenantId: string, clientId: string, keep: ReadonlySet<string>, at: string): Promise<string[]> {
  const docs = repos.clientDocuments(tenantId);
  const removed: string[] = [];
  for (const d of await docs.listFor(clientId)) {
    if (keep.has(d.id)) continue;
    await docs.delete(clientId, d.id);
    removed.push(d.id);
  }
  const clients = repos.clients(tenantId);
  await clients.update(clientId, anonymisedColumns(at));
  await clients.replaceIndexes(clientId, []);
  return removed;
}

/** Deletes one client, its indexes and its documents inside the caller's transaction; returns the document ids. */
export async function deleteInTx(repos: Repositories, tenantId: string, clientId: string): Promise<string[]> {
  const ids = (await repos.clientDocuments(tenantId).listFor(clientId)).map((d) => d.id);
  await repos.clients(tenantId).delete(clientId);
  return ids;
}
