// Documents attached to a client (quotes, contracts, invoices, bank details). Each file is
// encrypted with age to the tenant's X25519 recipient and written as
// <dataDir>/documents/<tenantId>/<docId>.age; the secret identity is kept in the database
// sealed with the data key, so files and database together still need a signed-in user.
// The files can be opened with the standard `age` tool given the identity.
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { invalid, notFound } from '../core/errors.ts';
import { parisDate } from '../core/clients/calendar.ts';
import type { Repositories } from '../db/repositories/index.ts';
import type { ClientDocumentRow } from '../db/repositories/clients.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { journalBase, openVault, refuse, requireWriter, targetClient } from './access.ts';
import type { ClientVault } from './vault.ts';

export const DOCUMENT_KINDS = ['devis', 'contrat', 'facture', 'rib', 'autre'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface NewDocument {
  kind: DocumentKind;
  filename: string;
  mime: string;
  content: Buffer;
  documentDate: string | null;
}

export interface DocumentInfo {
  id: string;
  kind: string;
  filename: string;
  mime: string;
  size: number;
  documentDate: string | null;
  createdAt: string;
}

const AGE_TABLE = 'tenant_age_keys';

export function documentPath(app: App, tenantId: string, docId: string): string {
  // Ids come from the database (UUIDs): checked anyway, they become a path.
  if (!/^[0-9a-f-]{36}$/.test(tenantId) || !/^[0-9a-f-]{36}$/.test(docId)) throw new Error('identifiant de document invalide');
  return join(app.config.dataDir, 'documents', tenantId, `${docId}.age`);
}

/** The tenant's age recipient, created with its identity on first need. */
export async function tenantRecipient(app: App, vault: ClientVault): Promise<string> {
  const repo = app.repos.clientDocuments(vault.tenantId);
  const existing = await repo.ageKey();
  if (existing) return existing.recipient;
  const identity = await generateX25519Identity();
  const stored = await repo.saveAgeKeyOnce({
    recipient: await identityToRecipient(identity),
    identity_enc: vault.sealField(AGE_TABLE, 'identity_enc', vault.tenantId, identity),
    created_at: app.now().toISOString(),
  });
  return stored.recipient;
}

/** Encrypts `content` to the tenant's age recipient and writes it atomically at `path`. */
export async function writeSealedFile(app: App, vault: ClientVault, path: string, content: Uint8Array): Promise<void> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(await tenantRecipient(app, vault));
  await writeFileAtomic(path, await encrypter.encrypt(content));
}

/** Reads and decrypts a file sealed to the tenant; throws when it is missing or unreadable. */
export async function readSealedFile(identity: string, path: string): Promise<Buffer> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return Buffer.from(await decrypter.decrypt(await readFile(path)));
}

/** The secret identity (AGE-SECRET-KEY-1…), for decryption here or by the `age` tool. */
export async function tenantIdentity(app: App, vault: ClientVault): Promise<string | null> {
  const row = await app.repos.clientDocuments(vault.tenantId).ageKey();
  return row ? vault.openField(AGE_TABLE, 'identity_enc', vault.tenantId, row.identity_enc) : null;
}

function info(vault: ClientVault, d: ClientDocumentRow): DocumentInfo {
  return {
    id: d.id,
    kind: d.kind,
    filename: vault.openField('client_documents', 'filename_enc', d.id, d.filename_enc),
    mime: d.mime,
    size: Number(d.size),
    documentDate: d.document_date,
    createdAt: d.created_at,
  };
}

export async function documentList(app: App, vault: ClientVault, clientId: string): Promise<DocumentInfo[]> {
  return (await app.repos.clientDocuments(vault.tenantId).listFor(clientId)).map((d) => info(vault, d));
}

export async function removeDocumentFiles(app: App, tenantId: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) await rm(documentPath(app, tenantId, id), { force: true });
}

/** Invoices drive retention: a client with invoices is anonymised, not deleted. */
async function refreshInvoiceFlag(repos: Repositories, tenantId: string, clientId: string): Promise<void> {
  const invoices = (await repos.clientDocuments(tenantId).listFor(clientId)).filter((d) => d.kind === 'facture');
  const last = invoices.map((d) => d.document_date ?? d.created_at.slice(0, 10)).sort().at(-1) ?? null;
  await repos.clients(tenantId).update(clientId, { has_invoices: invoices.length > 0 ? 1 : 0, last_invoice_at: last });
}

/** Keeps the name as the user knows it, without folders or control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean === '' || clean === '.' || clean === '..' ? 'document' : clean;
}

export async function addDocument(app: App, actor: Actor, clientId: string, doc: NewDocument, meta: RequestMeta): Promise<DocumentInfo> {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  await targetClient(app, actor, clientId, meta);
  if (doc.content.length === 0) throw invalid('DOCUMENT_VIDE', 'Le fichier est vide.');
  if (doc.content.length > MAX_DOCUMENT_BYTES) throw invalid('DOCUMENT_TROP_VOLUMINEUX', 'Fichier trop volumineux : 10 Mo au maximum.');
  if (doc.documentDate !== null && doc.documentDate > parisDate(app.now())) throw invalid('DATE_FUTURE', 'La date du document est dans le futur.');
  const id = randomUUID();
  const path = documentPath(app, actor.tenantId, id);
  await writeSealedFile(app, vault, path, doc.content);
  const row: ClientDocumentRow = {
    id,
    tenant_id: actor.tenantId,
    client_id: clientId,
    kind: doc.kind,
    filename_enc: vault.sealField('client_documents', 'filename_enc', id, cleanFilename(doc.filename)),
    mime: doc.mime,
    size: doc.content.length,
    document_date: doc.documentDate,
    created_at: app.now().toISOString(),
    created_by: actor.userId,
  };
  try {
    await app.tx(async (repos) => {
      await repos.clientDocuments(actor.tenantId).insert(row);
      if (doc.kind === 'facture') await refreshInvoiceFlag(repos, actor.tenantId, clientId);
      await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'client.document_ajoute', recordType: 'client', recordId: clientId, details: { document: id, type: doc.kind, taille: row.size } });
    });
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return info(vault, row);
}

async function targetDocument(app: App, actor: Actor, clientId: string, docId: string, meta: RequestMeta): Promise<ClientDocumentRow> {
  await targetClient(app, actor, clientId, meta);
  const row = await app.repos.clientDocuments(actor.tenantId).get(clientId, docId);
  if (!row) {
    await refuse(app, actor, meta, 'document', docId);
    throw notFound('Document introuvable.');
  }
  return row;
}

export async function downloadDocument(app: App, actor: Actor, clientId: string, docId: string, meta: RequestMeta) {
  const vault = openVault(actor);
  const row = await targetDocument(app, actor, clientId, docId, meta);
  const identity = await tenantIdentity(app, vault);
  if (!identity) throw notFound('Document introuvable.');
  let body: Buffer;
  try {
    body = await readSealedFile(identity, documentPath(app, actor.tenantId, docId));
  } catch {
    throw notFound('Fichier du document introuvable ou illisible sur le disque.');
  }
  await recordEvent(app, { ...journalBase(actor, meta), action: 'client.document_telecharge', recordType: 'client', recordId: clientId, details: { document: docId } });
  return { ...info(vault, row), body };
}

export async function deleteDocument(app: App, actor: Actor, clientId: string, docId: string, meta: RequestMeta): Promise<void> {
  await requireWriter(app, actor, meta);
  openVault(actor);
  const row = await targetDocument(app, actor, clientId, docId, meta);
  await app.tx(async (repos) => {
    await repos.clientDocuments(actor.tenantId).delete(clientId, docId);
    if (row.kind === 'facture') await refreshInvoiceFlag(repos, actor.tenantId, clientId);
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'client.document_supprime', recordType: 'client', recordId: clientId, details: { document: docId, type: row.kind } });
  });
  await removeDocumentFiles(app, actor.tenantId, [docId]);
}
