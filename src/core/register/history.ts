// The register's change history: who changed which processing, when, and which fields
// (Art. 30 asks the register to be kept up to date; the history shows it was). A diff is
// field-level: each top-level field of the processing with its value before and after, and
// for lists the items added and removed.
import { z } from 'zod';
import type { Processing } from './model.ts';

export const HISTORY_ACTIONS = ['cree', 'modifie', 'publie', 'depublie', 'supprime'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  templateId: 'Modèle',
  name: 'Nom du traitement',
  description: 'Description',
  purposes: 'Finalités et bases légales',
  peopleCategories: 'Catégories de personnes',
  dataCategories: 'Catégories de données',
  art9Condition: 'Exception permettant les données sensibles',
  sources: 'Sources des données',
  collectedVia: 'Points de collecte',
  recipients: 'Destinataires',
  transfers: 'Transferts hors UE',
  retention: 'Durées de conservation',
  securityMeasures: 'Mesures de sécurité',
  supports: 'Supports',
  automatedDecision: 'Décision automatisée',
  risks: 'Risques et analyse d’impact',
  status: 'Statut',
};

/** Fields whose change is not a change of content. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt']);

export const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  added: z.array(z.unknown()).optional(),
  removed: z.array(z.unknown()).optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  processingId: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** JSON with sorted keys, so two equal values always compare equal. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function listDelta(before: unknown[], after: unknown[]): { added: unknown[]; removed: unknown[] } {
  const b = before.map(stableStringify);
  const a = after.map(stableStringify);
  return { added: after.filter((_, i) => !b.includes(a[i] as string)), removed: before.filter((_, i) => !a.includes(b[i] as string)) };
}

/** The changed fields between two versions (either may be null: creation, deletion). */
export function diffProcessing(before: Processing | null, after: Processing | null): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(FIELD_LABELS), ...Object.keys(b), ...Object.keys(a)])].filter((f) => !IGNORED.has(f));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const vb = b[field];
    const va = a[field];
    if (stableStringify(vb ?? null) === stableStringify(va ?? null)) continue;
    const change: FieldChange = { field, label: FIELD_LABELS[field] ?? field, before: vb ?? null, after: va ?? null };
    if (Array.isArray(vb ?? []) && Array.isArray(va ?? [])) Object.assign(change, listDelta((vb ?? []) as unknown[], (va ?? []) as unknown[]));
    changes.push(change);
  }
  return changes;
}

/** The action a change amounts to: creation, deletion, (un)publication or modification. */
export function actionOf(before: Processing | null, after: Processing | null): HistoryAction {
  if (before === null) return 'cree';
  if (after === null) return 'supprime';
  if (before.status !== after.status) return after.status === 'publie' ? 'publie' : 'depublie';
  return 'modifie';
}

/** The history entry for a change, or null when nothing changed (no empty entries). */
export function historyEntry(input: {
  before: Processing | null;
  after: Processing | null;
  at: Date;
  actorId: string | null;
  actorLabel: string;
}): HistoryEntry | null {
  const { before, after } = input;
  const processingId = after?.id ?? before?.id;
  if (processingId === undefined) return null;
  const changes = diffProcessing(before, after);
  if (changes.length === 0 && before !== null && after !== null) return null;
  return { processingId, at: input.at.toISOString(), actorId: input.actorId, actorLabel: input.actorLabel, action: actionOf(before, after), changes };
}

/** One plain-French line per entry, for the history list: « Destinataires, Durées de conservation modifiés ». */
export function describeEntry(e: HistoryEntry): string {
  const fields = e.changes.map((c) => c.label).join(', ');
  switch (e.action) {
    case 'cree':
      return 'Traitement créé';
    case 'supprime':
      return 'Traitement supprimé';
    case 'publie':
      return 'Traitement publié';
    case 'depublie':
      return 'Traitement repassé en brouillon';
    default:
      return `Modifié : ${fields}`;
  }
}
