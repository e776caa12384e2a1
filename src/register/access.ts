// Who may do what with the register: everybody of the business reads it, the accountant changes
// nothing, and another tenant's id answers exactly like a missing one (404), the attempt journaled.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { forbidden, notFound } from '../core/errors.ts';
import type { ProcessingRow } from '../db/repositories/register.ts';
import { recordEvent, type JournalEvent } from '../journal/journal.ts';

export function journalBase(actor: Actor, meta: RequestMeta): Pick<JournalEvent, 'tenantId' | 'actorId' | 'actorLabel' | 'ip'> {
  return { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, ip: meta.ip };
}

export async function requireWriter(app: App, actor: Actor, meta: RequestMeta): Promise<void> {
  if (actor.role !== 'accountant') return;
  await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.role_refuse', recordType: 'traitement' });
  throw forbidden('ROLE_INSUFFISANT', 'Le rôle comptable est en lecture seule : il ne peut pas modifier le registre des traitements ni ses documents.');
}

export async function targetProcessing(app: App, actor: Actor, id: string, meta: RequestMeta): Promise<ProcessingRow> {
  const row = await app.repos.register(actor.tenantId).getProcessing(id);
  if (!row) {
    await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.acces_refuse', recordType: 'traitement', recordId: id.slice(0, 64) });
    throw notFound('Traitement introuvable.');
  }
  return row;
}
