// The register of rights requests: record a request, follow its deadline, move it through its
// statuses. Every read and change is journaled, without the person's data.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { conflict, invalid } from '../core/errors.ts';
import { normaliseEmail, normalisePhone } from '../core/clients/normalise.ts';
import { currentDueDate } from '../core/rights/deadlines.ts';
import { applyTransition, identityCheckSuggested, newRequest, type TransitionInput } from '../core/rights/requests.ts';
import { ANSWERED_STATUSES, type RequestType } from '../core/rights/types.ts';
import type { ClientRow } from '../db/repositories/clients.ts';
import type { RightsRequestRow } from '../db/repositories/rights.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { openVault, targetClient } from '../clients/access.ts';
import { clientLabel } from '../clients/vault.ts';
import { journalBase, openSeal, requireRightsWriter, targetRequest } from './access.ts';
import { publicRequest, type RequestDetails, type StoredRequest } from './record.ts';

export interface NewRequestBody extends RequestDetails {
  type: RequestType;
  receivedAt: string;
  /** Omitted: suggested from the channel and whether the contact is already known (art. 12.6). */
  identityCheckRequired?: boolean;
}

const DETAIL_FIELDS = ['channel', 'aboutMarketing', 'clientId', 'requester', 'notes'] as const;

/** Whether the contact given is one the business already has for that client. */
function knownContact(actor: Actor, row: ClientRow | null, contact: string | null): boolean {
  if (row === null || contact === null) return false;
  const client = openVault(actor).open(row);
  const phone = normalisePhone(contact);
  return client.emails.includes(normaliseEmail(contact)) || (phone !== null && client.phones.includes(phone));
}

/** Open requests first, by the deadline in force; answered ones after, most recent first. */
function byDeadline(a: StoredRequest, b: StoredRequest): number {
  const doneA = ANSWERED_STATUSES.includes(a.request.status);
  const doneB = ANSWERED_STATUSES.includes(b.request.status);
  if (doneA !== doneB) return doneA ? 1 : -1;
  const order = currentDueDate(a.request).localeCompare(currentDueDate(b.request));
  return (doneA ? -order : order) || a.id.localeCompare(b.id);
}

export async function listRequests(app: App, actor: Actor, meta: RequestMeta) {
  const seal = openSeal(actor);
  const now = app.now();
  const requests = (await app.repos.rights(actor.tenantId).list()).map((r) => seal.open(r)).sort(byDeadline);
  await recordEvent(app, { ...journalBase(actor, meta), action: 'droits.liste', recordType: 'droits', details: { nombre: requests.length } });
  const list = requests.map((r) => publicRequest(r, now));
  const count = (s: string) => list.filter((r) => !r.deadline.answered && r.deadline.status === s).length;
  return { requests: list, counts: { total: list.length, bientot: count('bientot'), depassee: count('depassee') } };
}

export async function createRequest(app: App, actor: Actor, body: NewRequestBody, meta: RequestMeta) {
  await requireRightsWriter(app, actor, meta);
  const seal = openSeal(actor);
  const now = app.now();
  // Checked even without a contact: an id of another tenant's client must never be linked.
  const clientRow = body.clientId === null ? null : await targetClient(app, actor, body.clientId, meta);
  const known = knownContact(actor, clientRow, body.requester.contact);
  const created = newRequest(
    {
      type: body.type,
      channel: body.channel,
      receivedAt: body.receivedAt,
      identityCheckRequired: body.identityCheckRequired ?? identityCheckSuggested(body.channel, known),
      aboutMarketing: body.type === 'opposition' && body.aboutMarketing,
    },
    now,
  );
  if (!created.ok) throw invalid('DEMANDE_INVALIDE', created.error);
  const id = randomUUID();
  const at = now.toISOString();
  const details: RequestDetails = { ...body, aboutMarketing: created.request.aboutMarketing === true };
  const row: RightsRequestRow = {
    id,
    tenant_id: actor.tenantId,
    ...seal.sealDetails(id, details),
    ...seal.sealLifecycle(id, created.request),
    erased_on: null,
    erasure_report: null,
    created_at: at,
    created_by: actor.userId,
    updated_at: at,
  };
  await app.tx(async (repos) => {
    await repos.rights(actor.tenantId).insert(row);
    await appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: 'droits.demande_creee',
      recordType: 'droits',
      recordId: id,
      details: { type: body.type, canal: body.channel, client: body.clientId, verificationIdentite: created.request.identityCheckRequired },
    });
  });
  return publicRequest(seal.open(row), now);
}

/** The linked client (label), or the clients whose e-mail or phone matches the contact given. */
async function clientContext(app: App, actor: Actor, s: StoredRequest) {
  const vault = openVault(actor);
  const repo = app.repos.clients(actor.tenantId);
  if (s.clientId !== null) {
    const row = await repo.get(s.clientId);
    return { client: row ? { id: row.id, label: clientLabel(vault.open(row)), status: row.status, anonymised: row.anonymised_at !== null } : null, clientMatches: [] };
  }
  const contact = s.requester.contact;
  if (!contact) return { client: null, clientMatches: [] };
  const phone = normalisePhone(contact);
  const hits = contact.includes('@')
    ? await repo.findByIndex('email', [vault.hash('email', normaliseEmail(contact))])
    : phone !== null
      ? await repo.findByIndex('phone', [vault.hash('phone', phone)])
      : [];
  const rows = await repo.getMany(hits.map((h) => h.clientId));
  return { client: null, clientMatches: rows.map((r) => ({ id: r.id, label: clientLabel(vault.open(r)), status: r.status })) };
}

export async function readRequest(app: App, actor: Actor, id: string, meta: RequestMeta) {
  const seal = openSeal(actor);
  const stored = seal.open(await targetRequest(app, actor, id, meta));
  const context = await clientContext(app, actor, stored);
  await recordEvent(app, { ...journalBase(actor, meta), action: 'droits.lecture', recordType: 'droits', recordId: id });
  return { request: publicRequest(stored, app.now()), ...context };
}

export async function updateRequest(app: App, actor: Actor, id: string, details: RequestDetails, meta: RequestMeta) {
  await requireRightsWriter(app, actor, meta);
  const seal = openSeal(actor);
  const before = seal.open(await targetRequest(app, actor, id, meta));
  if (details.clientId !== null && details.clientId !== before.clientId) await targetClient(app, actor, details.clientId, meta);
  if (before.erasedOn !== null && details.clientId !== before.clientId) {
    throw conflict('DEMANDE_EFFACEE', 'L’effacement a déjà été fait pour cette demande : le lien avec la fiche client ne peut plus changer.');
  }
  const aboutMarketing = before.request.type === 'opposition' && details.aboutMarketing;
  const next = { ...details, aboutMarketing };
  const changed = DETAIL_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(next[f]));
  await app.tx(async (repos) => {
    await repos.rights(actor.tenantId).update(id, { ...seal.sealDetails(id, next), updated_at: app.now().toISOString() });
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'droits.demande_modifiee', recordType: 'droits', recordId: id, details: { champs: changed.join(',') } });
  });
  return publicRequest(seal.open((await app.repos.rights(actor.tenantId).get(id))!), app.now());
}

export async function transitionRequest(app: App, actor: Actor, id: string, input: TransitionInput, meta: RequestMeta) {
  await requireRightsWriter(app, actor, meta);
  const seal = openSeal(actor);
  const before = seal.open(await targetRequest(app, actor, id, meta));
  const now = app.now();
  const moved = applyTransition(before.request, input, now);
  if (!moved.ok) throw conflict('TRANSITION_REFUSEE', moved.error);
  await app.tx(async (repos) => {
    await repos.rights(actor.tenantId).update(id, { ...seal.sealLifecycle(id, moved.request), updated_at: now.toISOString() });
    await appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: input.to === 'prolongee' ? 'droits.delai_prolonge' : 'droits.statut_modifie',
      recordType: 'droits',
      recordId: id,
      details: { de: before.request.status, vers: input.to, identiteVerifiee: moved.request.identityVerifiedAt !== null },
    });
  });
  return publicRequest(seal.open((await app.repos.rights(actor.tenantId).get(id))!), now);
}
