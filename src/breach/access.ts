// Who may do what with the breach register: everybody reads, the accountant changes nothing,
// and another tenant's id answers exactly like a missing one (404), the attempt journaled.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { forbidden, notFound } from '../core/errors.ts';
import type { BreachRow } from '../db/repositories/breaches.ts';
import { recordEvent, type JournalEvent } from '../journal/journal.ts';

export function journalBase(actor: Actor, meta: RequestMeta): Pick<JournalEvent, 'tenantId' | 'actorId' | 'actorLabel' | 'ip'> {
  return { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, ip: meta.ip };
}

export async function requireWriter(app: App, actor: Actor, meta: RequestMeta): Promise<void> {
  if (actor.role !== 'accountant') return;
  await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.role_refuse', recordType: 'violation' });
  throw forbidden('ROLE_INSUFFISANT', 'Le rôle comptable est en lecture seule : il ne peut pas modifier le registre des violations.');
}

export async function targetBreach(app: App, actor: Actor, id: string, meta: RequestMeta): Promise<BreachRow> {
  const row = await app.repos.breaches(actor.tenantId).get(id);
  if (!row) {
    await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.acces_refuse', recordType: 'violation', recordId: id.slice(0, 64) });
    throw notFound('Violation introuvable.');
  }
  return row;
}
