// The processings of the register: create (from a template or blank), edit (a draft may be
// incomplete), publish (only when complete), delete, and their history. Every change writes
// the row, a history entry and a journal entry in one transaction.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { invalid } from '../core/errors.ts';
import { assertPublishable, checkProcessing } from '../core/register/completeness.ts';
import { describeEntry, historyEntry, historyEntrySchema, type HistoryEntry } from '../core/register/history.ts';
import { processingSchema, type Processing } from '../core/register/model.ts';
import { assessDpia, assessRisks } from '../core/register/risks.ts';
import { findTemplate, instantiateTemplate } from '../core/register/templates.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { appendJournal } from '../journal/journal.ts';
import { journalBase, requireWriter, targetProcessing } from './access.ts';
import { processingOf, rowOf } from './store.ts';

/** What the edit form sends: any field of a processing except its identity and life cycle. */
export const processingPatchSchema = processingSchema.omit({ id: true, templateId: true, status: true, createdAt: true, updatedAt: true }).partial().strict();
export type ProcessingPatch = z.infer<typeof processingPatchSchema>;

const JOURNAL_ACTION = {
  cree: 'registre.traitement_cree',
  modifie: 'registre.traitement_modifie',
  publie: 'registre.traitement_publie',
  depublie: 'registre.traitement_depublie',
  supprime: 'registre.traitement_supprime',
} as const;

/** A processing as the API shows it: the model, its completeness, its risks and DPIA flag. */
export function processingView(p: Processing) {
  return { ...p, completude: checkProcessing(p), risques: assessRisks(p), aipd: assessDpia(p) };
}

/**
 * Writes one change (before → after) with its history and journal entries, inside `repos`'s
 * transaction. Returns false when nothing changed (no row, history or journal written).
 */
export async function writeChange(app: App, repos: Repositories, actor: Pick<Actor, 'tenantId' | 'userId' | 'role'>, meta: RequestMeta, before: Processing | null, after: Processing | null, by = ''): Promise<boolean> {
  const now = app.now();
  const entry = historyEntry({ before, after, at: now, actorId: actor.userId, actorLabel: actor.role });
  if (!entry) return false;
  const repo = repos.register(actor.tenantId);
  const id = entry.processingId;
  if (after === null) await repo.deleteProcessing(id);
  else if (before === null) await repo.insertProcessing(rowOf(actor.tenantId, after, actor.userId, after.status === 'publie' ? now.toISOString() : null));
  else {
    const row = rowOf(actor.tenantId, after, null);
    await repo.updateProcessing(id, {
      status: row.status,
      body: row.body,
      updated_at: row.updated_at,
      ...(before.status !== after.status ? { published_at: after.status === 'publie' ? now.toISOString() : null } : {}),
    });
  }
  await repo.addHistory({ id: randomUUID(), tenant_id: actor.tenantId, processing_id: id, at: entry.at, actor_id: entry.actorId, actor_label: entry.actorLabel, action: entry.action, diff: JSON.stringify(entry.changes) });
  await appendJournal(app, repos, {
    tenantId: actor.tenantId,
    actorId: actor.userId,
    actorLabel: actor.role,
    ip: meta.ip,
    action: JOURNAL_ACTION[entry.action],
    recordType: 'traitement',
    recordId: id,
    details: { champs: entry.changes.map((c) => c.field).join(',').slice(0, 500), ...(by ? { par: by } : {}) },
  });
  return true;
}

export async function createProcessing(app: App, actor: Actor, input: { templateId?: string | undefined; name?: string | undefined }, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const now = app.now();
  let p: Processing;
  if (input.templateId) {
    if (!findTemplate(input.templateId)) throw invalid('MODELE_INCONNU', 'Ce modèle de traitement n’existe pas.');
    p = instantiateTemplate(input.templateId, { now, id: randomUUID() });
    if (input.name) p = { ...p, name: input.name };
  } else {
    if (!input.name) throw invalid('NOM_REQUIS', 'Donnez un nom au traitement (par exemple « Gestion des clients ») ou choisissez un modèle.');
    const at = now.toISOString();
    p = processingSchema.parse({
      id: randomUUID(), templateId: null, name: input.name, purposes: [], peopleCategories: [], dataCategories: [], sources: [], collectedVia: [], recipients: [], transfers: [], retention: [],
      securityMeasures: [], supports: [], automatedDecision: { exists: false }, risks: { events: [], dpia: { criteria: [], cnilCases: [] } }, status: 'brouillon', createdAt: at, updatedAt: at,
    });
  }
  await app.tx((repos) => writeChange(app, repos, actor, meta, null, p));
  return processingView(p);
}

export async function readProcessing(app: App, actor: Actor, id: string, meta: RequestMeta) {
  return processingView(processingOf(await targetProcessing(app, actor, id, meta)));
}

/**
 * Applies an edit. A published processing stays published while it is complete; an edit that
 * leaves it incomplete sends it back to draft (it cannot stay in the published documents).
 */
export async function updateProcessing(app: App, actor: Actor, id: string, patch: ProcessingPatch, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const before = processingOf(await targetProcessing(app, actor, id, meta));
  const merged = processingSchema.parse({ ...before, ...patch, updatedAt: app.now().toISOString() });
  const after: Processing = merged.status === 'publie' && !checkProcessing(merged).publishable ? { ...merged, status: 'brouillon' } : merged;
  const changed = await app.tx((repos) => writeChange(app, repos, actor, meta, before, after));
  return { traitement: processingView(changed ? after : before), repasseEnBrouillon: before.status === 'publie' && after.status === 'brouillon' };
}

export async function setPublished(app: App, actor: Actor, id: string, published: boolean, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const before = processingOf(await targetProcessing(app, actor, id, meta));
  if (published) assertPublishable(before);
  const after: Processing = { ...before, status: published ? 'publie' : 'brouillon', updatedAt: app.now().toISOString() };
  const changed = await app.tx((repos) => writeChange(app, repos, actor, meta, before, after));
  return processingView(changed ? after : before);
}

export async function deleteProcessing(app: App, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  await requireWriter(app, actor, meta);
  const before = processingOf(await targetProcessing(app, actor, id, meta));
  await app.tx((repos) => writeChange(app, repos, actor, meta, before, null));
}

export async function processingHistory(app: App, actor: Actor, id: string, meta: RequestMeta) {
  await targetProcessing(app, actor, id, meta);
  const rows = await app.repos.register(actor.tenantId).history(id);
  return rows.map((r) => {
    const entry: HistoryEntry = historyEntrySchema.parse({ processingId: r.processing_id, at: r.at, actorId: r.actor_id, actorLabel: r.actor_label, action: r.action, changes: JSON.parse(r.diff) });
    return { ...entry, resume: describeEntry(entry) };
  });
}
