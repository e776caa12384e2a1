// Who may do what with rights requests, shared by the request, pack and erasure services.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { forbidden, notFound } from '../core/errors.ts';
import type { RightsRequestRow } from '../db/repositories/rights.ts';
import { recordEvent } from '../journal/journal.ts';
import { journalBase, refuse } from '../clients/access.ts';
import { RightsSeal } from './record.ts';

export { journalBase };

/** Requests hold the person's identity: they open only with the session's data key. */
export function openSeal(actor: Actor): RightsSeal {
  if (!actor.dataKey) throw forbidden('ACCES_EN_ATTENTE', 'Votre accès aux données chiffrées attend d’être réactivé par le propriétaire du compte.');
  return new RightsSeal(actor.tenantId, actor.dataKey);
}

/** The accountant reads; owners and collaborators handle the requests. */
export async function requireRightsWriter(app: App, actor: Actor, meta: RequestMeta): Promise<void> {
  if (actor.role !== 'accountant') return;
  await recordEvent(app, { ...journalBase(actor, meta), action: 'securite.role_refuse', recordType: 'droits' });
  throw forbidden('ROLE_INSUFFISANT', 'Le rôle comptable est en lecture seule : il ne peut pas traiter les demandes d’exercice des droits.');
}

/** Another tenant's id and a missing id answer the same 404, and the attempt is journaled. */
export async function targetRequest(app: App, actor: Actor, id: string, meta: RequestMeta): Promise<RightsRequestRow> {
  const row = await app.repos.rights(actor.tenantId).get(id);
  if (!row) {
    await refuse(app, actor, meta, 'droits', id);
    throw notFound('Demande introuvable.');
  }
  return row;
}
