// The breach register: record an incident as a draft, complete it step by step, read it,
// close it, note what was done. Every change is journaled in the same transaction.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { conflict, invalid } from '../core/errors.ts';
import type { BreachRow } from '../db/repositories/breaches.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { appendJournal, recordEvent } from '../journal/journal.ts';
import { journalBase, requireWriter, targetBreach } from './access.ts';
import { draftJson, mergeDraft, type Draft } from './draft.ts';
import { openBreachVault, type BreachVault, type OpenNotification } from './vault.ts';
import { detailView, listItem } from './view.ts';

/** Fields that only label the file: changing them does not make the assessment stale. */
const LABEL_FIELDS = new Set(['titre', 'lateReason']);

function assessedPart(draft: Draft): string {
  return JSON.stringify(Object.entries(draftJson(draft)).filter(([k]) => !LABEL_FIELDS.has(k)).sort(([a], [b]) => a.localeCompare(b)));
}

/** The clear columns and sealed draft that follow from a draft. */
function draftColumns(vault: BreachVault, id: string, draft: Draft) {
  return {
    title_enc: vault.sealNullable('breaches', 'title_enc', id, draft.titre),
    aware_at: draft.awareAt ? draft.awareAt.toISOString() : null,
    occurred_at: draft.occurredAt ? draft.occurredAt.at.toISOString() : null,
    nature: JSON.stringify(draft.nature ?? []),
    draft_enc: vault.sealJson('draft_enc', id, draftJson(draft)),
  };
}

export async function loadBreach(app: App, actor: Actor, id: string, meta: RequestMeta) {
  const vault = openBreachVault(actor);
  const row = await targetBreach(app, actor, id, meta);
  const repo = app.repos.breaches(actor.tenantId);
  const [notifications, timeline] = await Promise.all([repo.notifications(id), repo.timeline(id)]);
  return {
    vault,
    open: vault.openBreach(row),
    notifications: notifications.map((n) => vault.openNotification(n)),
    timeline: timeline.map((t) => vault.openTimeline(t)),
  };
}

type Loaded = Awaited<ReturnType<typeof loadBreach>>;

export function view(app: App, loaded: Loaded) {
  return detailView(loaded.open, loaded.notifications, loaded.timeline, app.now());
}

/** Re-reads after a change, without journaling a read the user did not make. */
export async function reload(app: App, actor: Actor, id: string, meta: RequestMeta) {
  return view(app, await loadBreach(app, actor, id, meta));
}

export function refuseClosed(row: BreachRow): void {
  if (row.status === 'closed') throw conflict('VIOLATION_CLOTUREE', 'Cet incident est clôturé : rouvrez-le avant de le modifier.');
}

export async function createBreach(app: App, actor: Actor, draft: Draft, meta: RequestMeta, inTx?: (repos: Repositories, id: string) => Promise<void>) {
  await requireWriter(app, actor, meta);
  const vault = openBreachVault(actor);
  const now = app.now();
  const checked = mergeDraft({}, draft, now);
  const id = randomUUID();
  const at = now.toISOString();
  const row: BreachRow = {
    id,
    tenant_id: actor.tenantId,
    status: 'draft',
    ...draftColumns(vault, id, checked),
    decision_enc: null,
    severity_band: null,
    cnil_notify: null,
    people_communicate: null,
    override_enc: null,
    decision_stale: 0,
    assessed_at: null,
    closed_at: null,
    created_at: at,
    created_by: actor.userId,
    updated_at: at,
  };
  await app.tx(async (repos) => {
    await repos.breaches(actor.tenantId).insert(row);
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.creee', recordType: 'violation', recordId: id, details: { champs: Object.keys(draft).join(',') } });
    await inTx?.(repos, id);
  });
  return id;
}

export async function updateBreach(app: App, actor: Actor, id: string, change: Draft, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const { vault, open } = await loadBreach(app, actor, id, meta);
  refuseClosed(open.row);
  const now = app.now();
  const merged = mergeDraft(open.draft, change, now);
  const before = draftJson(open.draft);
  const after = draftJson(merged);
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (changed.length > 0) {
    const stale = open.decision !== null && assessedPart(open.draft) !== assessedPart(merged);
    await app.tx(async (repos) => {
      await repos.breaches(actor.tenantId).update(id, {
        ...draftColumns(vault, id, merged),
        ...(stale ? { decision_stale: 1, status: open.row.status === 'assessed' ? 'draft' : open.row.status } : {}),
        updated_at: now.toISOString(),
      });
      await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.modifiee', recordType: 'violation', recordId: id, details: { champs: changed.join(',') } });
    });
  }
  return reload(app, actor, id, meta);
}

export async function readBreach(app: App, actor: Actor, id: string, meta: RequestMeta) {
  const loaded = await loadBreach(app, actor, id, meta);
  await recordEvent(app, { ...journalBase(actor, meta), action: 'violation.lecture', recordType: 'violation', recordId: id });
  return view(app, loaded);
}

export async function listBreaches(app: App, actor: Actor) {
  const vault = openBreachVault(actor);
  const repo = app.repos.breaches(actor.tenantId);
  const [rows, notifications] = await Promise.all([repo.list(), repo.allNotifications()]);
  const byBreach = new Map<string, OpenNotification[]>();
  for (const n of notifications) {
    const list = byBreach.get(n.breach_id) ?? [];
    list.push(vault.openNotification(n));
    byBreach.set(n.breach_id, list);
  }
  const now = app.now();
  const violations = rows.map((r) => listItem(r, vault.openTitle(r), byBreach.get(r.id) ?? [], now));
  return { violations, ouvertes: violations.filter((v) => v.statut !== 'closed').length };
}

export async function closeBreach(app: App, actor: Actor, id: string, closed: boolean, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const { open, notifications } = await loadBreach(app, actor, id, meta);
  const row = open.row;
  if (closed && row.assessed_at === null) {
    throw conflict('EVALUATION_REQUISE', 'Évaluez l’incident avant de le clôturer : le registre doit garder la décision prise.');
  }
  if (closed === (row.status === 'closed')) return reload(app, actor, id, meta);
  const now = app.now().toISOString();
  const reopened = notifications.length > 0 ? 'notified' : Number(row.decision_stale) === 1 ? 'draft' : 'assessed';
  await app.tx(async (repos) => {
    await repos.breaches(actor.tenantId).update(id, { status: closed ? 'closed' : reopened, closed_at: closed ? now : null, updated_at: now });
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: closed ? 'violation.cloturee' : 'violation.rouverte', recordType: 'violation', recordId: id });
  });
  return reload(app, actor, id, meta);
}

export async function addTimelineEntry(app: App, actor: Actor, id: string, entry: { at: Date; action: string }, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const { vault, open } = await loadBreach(app, actor, id, meta);
  const now = app.now();
  if (entry.at.getTime() > now.getTime()) throw invalid('DATE_FUTURE', 'La date de cette étape ne peut pas être dans le futur.');
  const entryId = randomUUID();
  await app.tx(async (repos) => {
    await repos.breaches(actor.tenantId).addTimeline({
      id: entryId,
      tenant_id: actor.tenantId,
      breach_id: open.row.id,
      at: entry.at.toISOString(),
      action_enc: vault.seal('breach_timeline', 'action_enc', entryId, entry.action),
      created_at: now.toISOString(),
      created_by: actor.userId,
    });
    await repos.breaches(actor.tenantId).update(id, { updated_at: now.toISOString() });
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.chronologie', recordType: 'violation', recordId: id });
  });
  return reload(app, actor, id, meta);
}
