// Retention periods (durées de conservation), editable per business within bounds that keep
// them lawful. Defaults follow the CNIL guidance for client and prospect files
// (référentiel « gestion des activités commerciales »):
// - prospects: 3 years from collection or from the last contact coming from the prospect;
// - clients: the whole relationship, then 3 years after it ends for prospection;
// - invoices and accounting documents: 10 years (art. L123-22 Code de commerce), kept even
//   when the client record itself is anonymised;
// - proof of marketing consent: as long as the consent is used, then 5 years. The CNIL asks
//   to keep the proof for the duration of the processing and of the limitation period; we
//   take the 5-year civil limitation (art. 2224 Code civil), the longest a client could use
//   to claim that a sending was unlawful.
import { z } from 'zod';

export interface RetentionPolicy {
  /** Months after the later of collection and last contact. */
  prospectMonths: number;
  /** Months after the end of the relationship (or the last contact after it). */
  clientAfterEndMonths: number;
  /** Months after the close of the financial year of the last invoice. */
  accountingMonths: number;
  /** Months after the consent stops being used. */
  consentProofMonths: number;
}

export const DEFAULT_RETENTION_POLICY: Readonly<RetentionPolicy> = Object.freeze({
  prospectMonths: 36,
  clientAfterEndMonths: 36,
  accountingMonths: 120,
  consentProofMonths: 60,
});

interface Bound {
  min: number;
  max: number;
  label: string;
  /** Why the bounds are what they are, shown when a value is refused. */
  why: string;
}

export const RETENTION_BOUNDS: Readonly<Record<keyof RetentionPolicy, Bound>> = {
  prospectMonths: {
    min: 1,
    max: 36,
    label: 'Prospects',
    why: 'la CNIL recommande 3 ans au plus après le dernier contact venant du prospect',
  },
  clientAfterEndMonths: {
    min: 0,
    max: 36,
    label: 'Anciens clients',
    why: 'la CNIL recommande 3 ans au plus après la fin de la relation commerciale',
  },
  accountingMonths: {
    min: 120,
    max: 132,
    label: 'Factures et pièces comptables',
    // Upper bound: one spare year at most; keeping them longer has no legal ground.
    why: "10 ans sont obligatoires (article L123-22 du Code de commerce) ; au-delà d'un an de marge, rien ne justifie de les garder",
  },
  consentProofMonths: {
    min: 12,
    max: 72,
    label: 'Preuves de consentement',
    why: 'la preuve sert en cas de réclamation, prescrite après 5 ans (article 2224 du Code civil)',
  },
};

function monthsField(key: keyof RetentionPolicy) {
  const b = RETENTION_BOUNDS[key];
  const range = `${b.label} : entre ${b.min} et ${b.max} mois (${b.why})`;
  return z
    .number(`${b.label} : nombre de mois attendu`)
    .int(`${b.label} : nombre entier de mois attendu`)
    .min(b.min, range)
    .max(b.max, range);
}

export const retentionPolicySchema = z.object({
  prospectMonths: monthsField('prospectMonths'),
  clientAfterEndMonths: monthsField('clientAfterEndMonths'),
  accountingMonths: monthsField('accountingMonths'),
  consentProofMonths: monthsField('consentProofMonths'),
});

/** Validates a tenant's policy; missing fields take the defaults. */
export function validateRetentionPolicy(input: unknown): { ok: true; policy: RetentionPolicy } | { ok: false; errors: string[] } {
  const merged = typeof input === 'object' && input !== null ? { ...DEFAULT_RETENTION_POLICY, ...input } : input;
  const parsed = retentionPolicySchema.safeParse(merged);
  if (parsed.success) return { ok: true, policy: parsed.data };
  return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => i.message))] };
}

/** « 3 ans », « 18 mois », « 10 ans et 6 mois » for sentences shown to the user. */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years > 0 ? `${years} an${years > 1 ? 's' : ''}` : '';
  const m = rest > 0 ? `${rest} mois` : '';
  return [y, m].filter(Boolean).join(' et ') || '0 mois';
}
