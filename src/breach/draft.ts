// An incident as the user types it, step by step: every field optional, saved as a draft.
// Each save is checked against what is already stored (an impossible timeline is refused);
// the assessment then fills what is still unknown with the most cautious value, because the
// CNIL asks to notify within 72 hours even before everything is known (Art. 33(4)).
import { z } from 'zod';
import { incidentShapeSchema, makeIncidentSchema, MIN_JUSTIFICATION, type Incident } from '../core/breach/index.ts';
import { invalid } from '../core/errors.ts';

const justification = (what: string) =>
  z
    .string({ error: `${what} : texte attendu.` })
    .trim()
    .max(2000, { error: `${what} : 2000 caractères au maximum.` })
    .refine((s) => s === '' || s.length >= MIN_JUSTIFICATION, { error: `${what} : expliquez-le en au moins ${MIN_JUSTIFICATION} caractères.` })
    .nullable();

/** Fields that are not part of the incident itself but belong to its file. */
const envelope = {
  titre: z.string({ error: 'Titre : texte attendu.' }).trim().max(120, { error: 'Titre : 120 caractères au maximum.' }),
  /** Art. 34(3)(b): measures that make the high risk to people unlikely. */
  measuresNeutraliseRisk: justification('Les mesures qui écartent le risque'),
  /** Art. 34(3)(c): why contacting each person would be disproportionate. */
  disproportionateEffort: justification('L’effort disproportionné'),
  /** Art. 33(1): reason for a notification after 72 hours, prepared before sending it. */
  lateReason: z.string({ error: 'Motif du retard : texte attendu.' }).trim().max(2000, { error: 'Motif du retard : 2000 caractères au maximum.' }).nullable(),
};

export const draftSchema = incidentShapeSchema.partial().extend(
  Object.fromEntries(Object.entries(envelope).map(([k, s]) => [k, s.optional()])) as { [K in keyof typeof envelope]: z.ZodOptional<(typeof envelope)[K]> },
);

export type Draft = z.output<typeof draftSchema>;
export const DRAFT_KEYS: readonly string[] = Object.keys(draftSchema.shape);

/** What an unanswered question means for the assessment: unknown, or the riskier answer. */
const UNKNOWN: Omit<Incident, 'awareAt' | 'nature'> = {
  occurredAt: null,
  discoveredHow: '',
  description: '',
  people: { count: null, approximate: false, categories: [] },
  records: { count: null, approximate: false },
  dataCategories: [],
  encrypted: { was: false, keySafe: null, stateOfTheArt: false },
  backup: { exists: false, restored: false, restoredWithinHours: null },
  leftBusiness: null,
  exposure: null,
  recipientTrusted: null,
  malicious: null,
  alteredDataUsed: null,
  availabilityLossHours: null,
  consequences: '',
  measuresTaken: '',
  measuresPlanned: '',
};

function fail(error: z.ZodError): never {
  const first = error.issues[0];
  const field = first?.path.length ? `Champ « ${first.path.join('.')} » : ` : '';
  throw invalid('DONNEES_INVALIDES', `${field}${first?.message ?? 'données invalides.'}`, {
    champs: error.issues.map((i) => ({ champ: i.path.join('.'), message: i.message })),
  });
}

/** Parses what the user sent; a misspelt field is an error rather than silently dropped. */
export function parseDraftInput(body: unknown): Draft {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('DONNEES_INVALIDES', 'Un objet JSON décrivant l’incident est attendu.');
  const unknown = Object.keys(body).filter((k) => !DRAFT_KEYS.includes(k));
  if (unknown.length > 0) throw invalid('CHAMP_INCONNU', `Champ inconnu : ${unknown.join(', ')}.`);
  const parsed = draftSchema.safeParse(body);
  if (!parsed.success) fail(parsed.error);
  return parsed.data;
}

/** Re-reads a stored draft (dates come back as ISO strings). */
export function readStoredDraft(json: string): Draft {
  return draftSchema.parse(JSON.parse(json));
}

/** The incident the draft describes once merged, with the envelope left out. */
function incidentPart(draft: Draft): Partial<Incident> {
  const { titre: _t, measuresNeutraliseRisk: _m, disproportionateEffort: _d, lateReason: _l, ...incident } = draft;
  return incident as Partial<Incident>;
}

/**
 * The fields sent replace the stored ones; the result must still be a possible story
 * (no date in the future, aware after it happened, no restore without a backup…).
 */
export function mergeDraft(stored: Draft, change: Draft, now: Date): Draft {
  const merged: Draft = { ...stored, ...change };
  const check = makeIncidentSchema(now).safeParse({ ...UNKNOWN, awareAt: now, nature: ['confidentialite'], ...incidentPart(merged) });
  if (!check.success) fail(check.error);
  return merged;
}

/** True when the assessment can run: the date of awareness and what was affected are known. */
export function canAssess(draft: Draft): boolean {
  return draft.awareAt !== undefined && draft.nature !== undefined && draft.nature.length > 0;
}

/** The incident to assess, unknown answers filled with the cautious value. */
export function completeIncident(draft: Draft, now: Date): Incident {
  if (!canAssess(draft)) {
    throw invalid(
      'INCIDENT_INCOMPLET',
      'Pour évaluer l’incident, indiquez au moins la date à laquelle vous en avez eu connaissance et ce qui a été touché (confidentialité, intégrité ou disponibilité).',
    );
  }
  const parsed = makeIncidentSchema(now).safeParse({ ...UNKNOWN, ...incidentPart(draft) });
  if (!parsed.success) fail(parsed.error);
  return parsed.data;
}

/** Plain JSON for storage and for the API (dates as ISO strings). */
export function draftJson(draft: Draft): Record<string, unknown> {
  return JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
}
