// Client ↔ stored row. Every personal field is sealed with the tenant's data key, bound to
// tenant + table + column + row id (a ciphertext moved to another row or column fails to
// open). Lookups go through blind indexes: keyed HMACs of normalised values, never the
// values themselves. Only what the retention job needs without a key stays in clear.
import { FieldCipher } from '../crypto/field.ts';
import { BulkFieldCipher } from './bulk-cipher.ts';
import type { ClientRow, IndexEntry, IndexKind } from '../db/repositories/clients.ts';
import { namePrefixes, normaliseEmail, normaliseName, normalisePhone } from '../core/clients/normalise.ts';
import type { Client, MarketingConsent, PostalAddress } from '../core/clients/types.ts';

/** A client as stored: the domain record plus what the store keeps about it. */
export interface StoredClient extends Client {
  id: string;
  hasInvoices: boolean;
  lastInvoiceAt: string | null;
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

type EncColumn = 'civilite_enc' | 'nom_enc' | 'prenom_enc' | 'emails_enc' | 'phones_enc' | 'address_enc' | 'company_enc' | 'notes_enc' | 'source_enc' | 'consent_enc';
export type SealedFields = Pick<ClientRow, EncColumn | 'status' | 'legal_basis' | 'collected_at' | 'last_contact_at' | 'relationship_ended_at'>;

const TABLE = 'clients';
export const INDEX_TABLE = 'client_index';
/**
 * Prefix lengths of the name index: two letters is the shortest useful search. Four letters
 * already narrow a search to a few records; a longer word is checked against the decrypted
 * names of those (search.ts). Longer prefixes would add five index rows per client for
 * nothing but import time (100 000 clients: 15.5 → 11.2 rows each).
 */
export const PREFIX_MIN = 2;
export const PREFIX_MAX = 4;

export class ClientVault {
  /** Opens; `sealer` writes the same format faster (see bulk-cipher.ts). */
  private readonly cipher: FieldCipher;
  private readonly sealer: BulkFieldCipher;

  constructor(
    readonly tenantId: string,
    dataKey: Uint8Array,
  ) {
    this.cipher = new FieldCipher(dataKey);
    this.sealer = new BulkFieldCipher(dataKey);
  }

  private enc(rowId: string, column: EncColumn, value: string | null): string | null {
    return this.sealer.encryptNullable({ tenantId: this.tenantId, table: TABLE, column, rowId }, value);
  }

  private dec(rowId: string, column: EncColumn, stored: string | null): string | null {
    return this.cipher.decryptNullable({ tenantId: this.tenantId, table: TABLE, column, rowId }, stored);
  }

  private encJson(rowId: string, column: EncColumn, value: unknown): string | null {
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    return empty ? null : this.enc(rowId, column, JSON.stringify(value));
  }

  private decJson<T>(rowId: string, column: EncColumn, stored: string | null, fallback: T): T {
    const text = this.dec(rowId, column, stored);
    return text === null ? fallback : (JSON.parse(text) as T);
  }

  /** The columns that a change of the record rewrites. */
  seal(id: string, c: Client): SealedFields {
    return {
      status: c.status,
      legal_basis: c.legalBasis,
      collected_at: c.collectedAt,
      last_contact_at: c.lastContactAt,
      relationship_ended_at: c.relationshipEndedAt,
      civilite_enc: this.enc(id, 'civilite_enc', c.civilite),
      nom_enc: this.enc(id, 'nom_enc', c.nom),
      prenom_enc: this.enc(id, 'prenom_enc', c.prenom),
      emails_enc: this.encJson(id, 'emails_enc', c.emails),
      phones_enc: this.encJson(id, 'phones_enc', c.phones),
      address_enc: this.encJson(id, 'address_enc', c.address),
      company_enc: this.enc(id, 'company_enc', c.company),
      notes_enc: this.enc(id, 'notes_enc', c.notes),
      source_enc: this.enc(id, 'source_enc', c.source),
      consent_enc: this.encJson(id, 'consent_enc', c.marketingConsent),
    };
  }

  /** A whole new row. */
  newRow(id: string, c: Client, at: { createdAt: string; updatedAt?: string }): ClientRow {
    return {
      id,
      tenant_id: this.tenantId,
      ...this.seal(id, c),
      has_invoices: 0,
      last_invoice_at: null,
      anonymised_at: null,
      created_at: at.createdAt,
      updated_at: at.updatedAt ?? at.createdAt,
    };
  }

  open(row: ClientRow): StoredClient {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
    const id = row.id;
    return {
      id,
      civilite: this.dec(id, 'civilite_enc', row.civilite_enc) as Client['civilite'],
      nom: this.dec(id, 'nom_enc', row.nom_enc),
      prenom: this.dec(id, 'prenom_enc', row.prenom_enc),
      emails: this.decJson<string[]>(id, 'emails_enc', row.emails_enc, []),
      phones: this.decJson<string[]>(id, 'phones_enc', row.phones_enc, []),
      address: this.decJson<PostalAddress | null>(id, 'address_enc', row.address_enc, null),
      company: this.dec(id, 'company_enc', row.company_enc),
      notes: this.dec(id, 'notes_enc', row.notes_enc),
      status: row.status as Client['status'],
      source: this.dec(id, 'source_enc', row.source_enc),
      collectedAt: row.collected_at,
      legalBasis: row.legal_basis as Client['legalBasis'],
      lastContactAt: row.last_contact_at,
      marketingConsent: this.decJson<MarketingConsent | null>(id, 'consent_enc', row.consent_enc, null),
      relationshipEndedAt: row.relationship_ended_at,
      hasInvoices: Number(row.has_invoices) === 1,
      lastInvoiceAt: row.last_invoice_at,
      anonymisedAt: row.anonymised_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** For the other tables of the client file (document names, the age identity). */
  sealField(table: string, column: string, rowId: string, value: string): string {
    return this.sealer.encrypt({ tenantId: this.tenantId, table, column, rowId }, value);
  }

  openField(table: string, column: string, rowId: string, stored: string): string {
    return this.cipher.decrypt({ tenantId: this.tenantId, table, column, rowId }, stored);
  }

  /** Blind index of an already normalised value. */
  hash(kind: IndexKind, normalised: string): string {
    return this.sealer.blindIndex({ tenantId: this.tenantId, table: INDEX_TABLE, column: kind }, normalised);
  }

  /**
   * What a record is findable by: e-mails (normalised), phones (E.164), and the word prefixes
   * (PREFIX_MIN to PREFIX_MAX letters) of its names (« prénom nom » and the company). A whole
   * name needs no index of its own: every word of it is found by its prefix, then checked
   * (search.ts). Rows of kind 'name' written by earlier versions stay, unused.
   */
  indexes(c: Pick<Client, 'emails' | 'phones' | 'nom' | 'prenom' | 'company'>): IndexEntry[] {
    // Values are deduplicated before hashing: HMACs are most of the cost of an import.
    const values: Record<Exclude<IndexKind, 'name'>, Set<string>> = { email: new Set(), phone: new Set(), prefix: new Set() };
    for (const email of c.emails) values.email.add(normaliseEmail(email));
    for (const phone of c.phones) values.phone.add(normalisePhone(phone) ?? phone);
    for (const name of [[c.prenom, c.nom].filter(Boolean).join(' '), c.company ?? '']) {
      for (const prefix of namePrefixes(name, PREFIX_MIN, PREFIX_MAX)) values.prefix.add(prefix);
    }
    const out: IndexEntry[] = [];
    for (const kind of ['email', 'phone', 'prefix'] as const) {
      for (const value of values[kind]) if (value !== '') out.push({ kind, hash: this.hash(kind, value) });
    }
    return out;
  }
}

/** A display label (« Jean Dupont », or the company) for journals and previews. */
export function clientLabel(c: Pick<Client, 'nom' | 'prenom' | 'company'>): string {
  return [c.prenom, c.nom].filter(Boolean).join(' ') || c.company || 'Client sans nom';
}
