// Validation of an incident typed by a non-technical user: every message is in plain French
// and points at the field to fix. Dates may arrive as ISO strings (HTTP) or Date objects.
import { z } from 'zod';
import {
  BREACH_NATURES,
  CONTROLLER_CONTEXTS,
  DATA_KINDS,
  DETAIL_LEVELS,
  EXPOSURES,
  IDENTIFICATION_LEVELS,
  PASSWORD_STORAGES,
  type Incident,
} from './types.ts';

// Not z.coerce.date(): it turns null into 1 January 1970, a silent and plausible-looking error.
const date = (what: string) =>
  z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))], { error: `${what} : date invalide.` });
const text = (max: number, what: string) =>
  z.string({ error: `${what} : texte attendu.` }).trim().max(max, { error: `${what} : ${max} caractères au maximum.` });
const bool = (what: string) => z.boolean({ error: `${what} : répondez par oui ou non.` });
const count = (what: string) =>
  z
    .number({ error: `${what} : indiquez un nombre.` })
    .int({ error: `${what} : indiquez un nombre entier.` })
    .nonnegative({ error: `${what} ne peut pas être négatif.` });
const hours = (what: string) =>
  z.number({ error: `${what} : indiquez un nombre d’heures.` }).nonnegative({ error: `${what} ne peut pas être négative.` });
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what} : choix non reconnu.` });

export const dataCategorySchema = z.object({
  category: text(200, 'Catégorie de données'),
  sensitive: bool('Données sensibles'),
  kind: choice(DATA_KINDS, 'Type de données'),
  accessTo: choice(DATA_KINDS, 'Données accessibles avec ces identifiants').optional(),
  passwordStorage: choice(PASSWORD_STORAGES, 'Protection des mots de passe').optional(),
  detail: choice(DETAIL_LEVELS, 'Niveau de détail').optional(),
});

export const enisaContextSchema = z.object({
  volumeProfile: bool('Volume de données par personne').optional(),
  controller: choice(CONTROLLER_CONTEXTS, 'Ce que révèle votre activité').optional(),
  vulnerable: bool('Personnes vulnérables').optional(),
  safetyCritical: bool('Sécurité des personnes').optional(),
  publiclyAvailable: bool('Données déjà publiques').optional(),
  invalidOrOutdated: bool('Données périmées').optional(),
  identification: choice(IDENTIFICATION_LEVELS, 'Facilité d’identification').optional(),
});

/** Shape only, without the rules that need `now`; exported for partial (draft) parsing. */
export const incidentShapeSchema = z.object({
  occurredAt: z.object({ at: date('Date de la violation'), approximate: bool('Date approximative') }).nullable(),
  awareAt: date('Date à laquelle vous avez eu connaissance de la violation'),
  discoveredHow: text(2000, 'Comment la violation a été découverte'),
  nature: z
    .array(choice(BREACH_NATURES, 'Type d’atteinte'), { error: 'Type d’atteinte : liste attendue.' })
    .min(1, { error: 'Choisissez au moins un type d’atteinte : confidentialité, intégrité ou disponibilité.' })
    .transform((n) => [...new Set(n)]),
  description: text(5000, 'Description'),
  people: z.object({
    count: count('Le nombre de personnes concernées').nullable(),
    approximate: bool('Nombre approximatif'),
    categories: z.array(text(100, 'Catégorie de personnes').min(1, { error: 'Catégorie de personnes : ne peut pas être vide.' })).max(30, { error: 'Catégories de personnes : 30 au maximum.' }),
  }),
  records: z.object({ count: count('Le nombre d’enregistrements concernés').nullable(), approximate: bool('Nombre approximatif') }),
  dataCategories: z.array(dataCategorySchema).max(50, { error: 'Catégories de données : 50 au maximum.' }),
  encrypted: z.object({
    was: bool('Données chiffrées'),
    keySafe: bool('Clé de chiffrement en sécurité').nullable(),
    stateOfTheArt: bool('Chiffrement reconnu'),
  }),
  backup: z.object({
    exists: bool('Sauvegarde'),
    restored: bool('Données restaurées'),
    restoredWithinHours: hours('La durée de restauration').nullable(),
  }),
  leftBusiness: bool('Données sorties de l’entreprise').nullable(),
  exposure: choice(EXPOSURES, 'Qui a pu voir les données').nullable(),
  recipientTrusted: bool('Destinataire de confiance').nullable(),
  malicious: bool('Acte malveillant').nullable(),
  alteredDataUsed: bool('Données modifiées utilisées').nullable().optional(),
  availabilityLossHours: hours('La durée d’indisponibilité').nullable(),
  consequences: text(5000, 'Conséquences'),
  measuresTaken: text(5000, 'Mesures prises'),
  measuresPlanned: text(5000, 'Mesures envisagées'),
  context: enisaContextSchema.optional(),
});

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

/** Full incident schema: the timeline rules compare dates with `now`, passed in to keep this pure. */
export function makeIncidentSchema(now: Date) {
  return incidentShapeSchema.superRefine((i, ctx) => {
    const t = now.getTime();
    if (i.occurredAt && i.occurredAt.at.getTime() > t)
      issue(ctx, ['occurredAt', 'at'], 'La date de la violation ne peut pas être dans le futur.');
    if (i.awareAt.getTime() > t)
      issue(ctx, ['awareAt'], 'La date à laquelle vous avez eu connaissance de la violation ne peut pas être dans le futur.');
    if (i.occurredAt && i.awareAt.getTime() < i.occurredAt.at.getTime())
      issue(
        ctx,
        ['awareAt'],
        i.occurredAt.approximate
          ? 'Vous avez eu connaissance de la violation avant la date approximative indiquée pour celle-ci : corrigez l’une des deux dates.'
          : 'Vous ne pouvez pas avoir eu connaissance de la violation avant qu’elle se produise : vérifiez les deux dates.',
      );
    if (i.backup.restored && !i.backup.exists)
      issue(ctx, ['backup', 'restored'], 'Vous indiquez avoir restauré les données sans avoir de sauvegarde : vérifiez votre réponse.');
    if (i.backup.restoredWithinHours !== null && !i.backup.restored)
      issue(ctx, ['backup', 'restoredWithinHours'], 'Indiquez une durée de restauration seulement si les données ont été restaurées.');
    if ((i.encrypted.keySafe !== null || i.encrypted.stateOfTheArt) && !i.encrypted.was)
      issue(ctx, ['encrypted', 'was'], 'Vous décrivez un chiffrement alors que les données n’étaient pas chiffrées : vérifiez vos réponses.');
    if (i.occurredAt && i.availabilityLossHours !== null && i.occurredAt.at.getTime() + i.availabilityLossHours * 3_600_000 > t && !i.occurredAt.approximate)
      issue(ctx, ['availabilityLossHours'], 'La durée d’indisponibilité dépasse le temps écoulé depuis la violation.');
    i.dataCategories.forEach((d, n) => {
      if (d.kind !== 'identifiants' && (d.accessTo !== undefined || d.passwordStorage !== undefined))
        issue(ctx, ['dataCategories', n, 'kind'], 'La protection des mots de passe et l’accès ouvert ne concernent que les identifiants.');
    });
  });
}

/** Input accepted by the schema (dates may be strings) and the parsed incident. */
export type IncidentInput = z.input<typeof incidentShapeSchema>;

// Compile-time guarantee that the parsed shape is exactly what the rules consume.
const sameShape = (i: z.output<typeof incidentShapeSchema>): Incident => i;
void sameShape;

export interface MissingField {
  field: string;
  label: string;
}

/**
 * What the CNIL notification still lacks (Art. 33(3)): nature, categories and approximate
 * numbers of people and records, likely consequences, measures taken or proposed. The contact
 * point comes from the business profile, checked by the caller. Missing items do not block:
 * Art. 33(4) allows notifying in phases.
 */
export function missingForNotification(incident: Incident): MissingField[] {
  const out: MissingField[] = [];
  const add = (field: string, label: string) => out.push({ field, label });
  if (incident.description.trim() === '') add('description', 'la description de ce qui s’est passé');
  if (incident.occurredAt === null) add('occurredAt', 'la date (même approximative) de début de la violation');
  if (incident.people.categories.length === 0) add('people.categories', 'les catégories de personnes concernées (clients, salariés…)');
  if (incident.people.count === null) add('people.count', 'le nombre, même approximatif, de personnes concernées');
  if (incident.dataCategories.length === 0) add('dataCategories', 'les catégories de données concernées');
  if (incident.records.count === null) add('records.count', 'le nombre, même approximatif, d’enregistrements concernés');
  if (incident.consequences.trim() === '') add('consequences', 'les conséquences probables pour les personnes');
  if (incident.measuresTaken.trim() === '' && incident.measuresPlanned.trim() === '')
    add('measures', 'les mesures prises ou envisagées pour remédier à la violation et en limiter les effets');
  return out;
}
