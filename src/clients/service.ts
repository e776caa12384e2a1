// The client file: create, read, change, delete and list records, every access journaled.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { invalid } from '../core/errors.ts';
import type { Client } from '../core/clients/types.ts';
import type { PageCursor } from '../db/repositories/clients.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { journalBase, openVault, requireWriter, targetClient } from './access.ts';
import { documentList, removeDocumentFiles } from './documents.ts';
import { timeOrderedId } from './ids.ts';
import type { ClientVault, StoredClient } from './vault.ts';

export const PAGE_SIZE = 50;

const FIELDS: ReadonlyArray<keyof Client> = [
  'civilite', 'nom', 'prenom', 'emails', 'phones', 'address', 'company', 'notes', 'status', 'source',
  'collectedAt', 'legalBasis', 'lastContactAt', 'marketingConsent', 'relationshipEndedAt',
];

/** Names of the fields that differ, never their values: the journal stays free of personal data. */
function changedFields(before: Client, after: Client): string[] {
  return FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

export async function createClient(app: App, actor: Actor, client: Client, meta: RequestMeta): Promise<StoredClient> {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  const now = app.now();
  const id = timeOrderedId(now.getTime());
  const row = vault.newRow(id, client, { createdAt: now.toISOString() });
  await app.tx(async (repos) => {
    await repos.clients(actor.tenantId).insert(row, vault.indexes(client));
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'client.cree', recordType: 'client', recordId: id, details: { statut: client.status } });
  });
  return vault.open(row);
}

export async function readClient(app: App, actor: Actor, clientId: string, meta: RequestMeta) {
  const vault = openVault(actor);
  const row = await targetClient(app, actor, clientId, meta);
  const client = vault.open(row);
  const documents = await documentList(app, vault, clientId);
  await recordEvent(app, { ...journalBase(actor, meta), action: 'client.lecture', recordType: 'client', recordId: clientId });
  return { client, documents };
}

export async function updateClient(app: App, actor: Actor, clientId: string, client: Client, meta: RequestMeta): Promise<StoredClient> {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  const before = vault.open(await targetClient(app, actor, clientId, meta));
  const updatedAt = app.now().toISOString();
  await app.tx(async (repos) => {
    const clients = repos.clients(actor.tenantId);
    await clients.update(clientId, { ...vault.seal(clientId, client), updated_at: updatedAt });
    await clients.replaceIndexes(clientId, vault.indexes(client));
    await appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: 'client.modifie',
      recordType: 'client',
      recordId: clientId,
      details: { champs: changedFields(before, client).join(',') },
    });
  });
  return vault.open((await app.repos.clients(actor.tenantId).get(clientId))!);
}

export async function deleteClient(app: App, actor: Actor, clientId: string, meta: RequestMeta): Promise<void> {
  await requireWriter(app, actor, meta);
  openVault(actor);
  await targetClient(app, actor, clientId, meta);
  const documents = await app.repos.clientDocuments(actor.tenantId).listFor(clientId);
  await app.tx(async (repos) => {
    await repos.clients(actor.tenantId).delete(clientId);
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'client.supprime', recordType: 'client', recordId: clientId, details: { documents: documents.length } });
  });
  // After the commit: a crash in between leaves unreadable orphans, never a dangling row.
  await removeDocumentFiles(app, actor.tenantId, documents.map((d) => d.id));
}

export function encodeCursor(c: PageCursor): string {
  return Buffer.from(JSON.stringify([c.updatedAt, c.id])).toString('base64url');
}

export function decodeCursor(value: string): PageCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string' && p.length <= 64)) {
      return { updatedAt: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    /* answered below */
  }
  throw invalid('CURSEUR_INVALIDE', 'Position de page invalide : rechargez la liste.');
}

/**
 * One page of 50, most recently changed first, without the journal entry (see listClients).
 * The total costs a count over the whole file (tens of milliseconds at 100 000 clients on
 * PostgreSQL): only when asked for.
 */
export async function clientPage(app: App, vault: ClientVault, before: string | undefined, withTotal = false) {
  const repo = app.repos.clients(vault.tenantId);
  const rows = await repo.page(PAGE_SIZE + 1, before ? decodeCursor(before) : undefined);
  const page = rows.slice(0, PAGE_SIZE);
  const clients = page.map((r) => vault.open(r));
  const last = page.at(-1);
  const next = rows.length > PAGE_SIZE && last ? encodeCursor({ updatedAt: last.updated_at, id: last.id }) : null;
  const total = withTotal ? await repo.count() : null;
  return { clients, next, total };
}

/** `next` continues the list; journaled as one read of the page. */
export async function listClients(app: App, actor: Actor, before: string | undefined, meta: RequestMeta, withTotal = false) {
  const result = await clientPage(app, openVault(actor), before, withTotal);
  await recordEvent(app, { ...journalBase(actor, meta), action: 'clients.liste', recordType: 'client', details: { nombre: result.clients.length } });
  return result;
}
