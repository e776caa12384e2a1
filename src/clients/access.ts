// Who may do what with the client file, shared by every client service.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { forbidden, notFound } from '../core/errors.ts';
import type { ClientRow } from '../db/repositories/clients.ts';
import { recordEvent, type JournalEvent } from '../journal/journal.ts';
import { ClientVault } from './vault.ts';

/** The client file opens only with the session's data key. */
export function openVault(actor: Actor): ClientVault {
  if (!actor.dataKey) throw forbidden('ACCES_EN_ATTENTE', 'Votre accès au fichier clients chiffré attend d’être réactivé par le propriétaire du compte.');
  return new ClientVault(actor.tenantId, actor.dataKey);
}

/** The accountant reads; owners and collaborators change the file. */
export async function requireWriter(app: App, actor: Actor, meta: RequestMeta): Promise<void> {
  if (actor.role !== 'accountant') return;
  await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.role_refuse', recordType: 'client' });
  throw forbidden('ROLE_INSUFFISANT', 'Le rôle comptable est en lecture seule : il ne peut pas modifier le fichier clients.');
}

export function journalBase(actor: Actor, meta: RequestMeta): Pick<JournalEvent, 'tenantId' | 'actorLabel'> & { actorId: string; ip: string | null } {
  return { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, ip: meta.ip };
}

/** Another tenant's id and a missing id answer the same 404, and the attempt is journaled. */
export async function targetClient(app: App, actor: Actor, clientId: string, meta: RequestMeta): Promise<ClientRow> {
  const row = await app.repos.clients(actor.tenantId).get(clientId);
  if (!row) {
    await refuse(app, actor, meta, 'client', clientId);
    throw notFound('Client introuvable.');
  }
  return row;
}

export async function refuse(app: App, actor: Actor, meta: RequestMeta, recordType: string, id: string): Promise<void> {
  await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.acces_refuse', recordType, recordId: id.slice(0, 64) });
}
