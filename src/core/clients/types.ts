// A client or prospect as the business keeps it, and the rules every entry path (form, API,
// file import) goes through: one schema, so an import cannot store what the form refuses.
import { z } from 'zod';
import { parisDate, toIsoDate, type IsoDate } from './calendar.ts';
import { isValidEmail, normaliseEmail, normalisePhone } from './normalise.ts';
import { defaultLegalBasis, isFrenchPostcode, normaliseCountry, parseCivilite, parseStatus, usesFrenchPostcodes } from './values.ts';

export type { IsoDate } from './calendar.ts';
export { defaultLegalBasis, isFrenchPostcode, normaliseCountry, parseCivilite, parseStatus, usesFrenchPostcodes } from './values.ts';

export const CIVILITES = ['M.', 'Mme'] as const;
export type Civilite = (typeof CIVILITES)[number];

export const CLIENT_STATUSES = ['prospect', 'client', 'ancien_client'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const CLIENT_STATUS_LABELS: Readonly<Record<ClientStatus, string>> = {
  prospect: 'Prospect',
  client: 'Client',
  ancien_client: 'Ancien client',
};

export const LEGAL_BASES = ['contrat', 'interet_legitime', 'consentement', 'obligation_legale'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const CONSENT_CHANNELS = ['formulaire', 'email', 'papier', 'telephone', 'sur_place', 'autre'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export interface PostalAddress {
  lignes: string[];
  codePostal: string | null;
  ville: string | null;
  /** 'France' for every spelling of France (default when empty); other countries as typed. */
  pays: string;
}

/**
 * Consent to marketing (art. 7 RGPD: the business must be able to prove it). When given, the
 * proof is mandatory: when (date or ISO instant), through which channel, and the exact text
 * the person agreed to. A refusal or withdrawal only needs its date, when known.
 */
export type MarketingConsent =
  | { given: true; at: string; channel: ConsentChannel; textShown: string }
  | { given: false; at: string | null; channel: ConsentChannel | null; textShown: string | null };

export interface Client {
  civilite: Civilite | null;
  nom: string | null;
  prenom: string | null;
  /** Normalised (see normaliseEmail), first one is the main address. */
  emails: string[];
  /** E.164, first one is the main number. */
  phones: string[];
  address: PostalAddress | null;
  company: string | null;
  notes: string | null;
  status: ClientStatus;
  source: string | null;
  collectedAt: IsoDate;
  legalBasis: LegalBasis;
  lastContactAt: IsoDate | null;
  marketingConsent: MarketingConsent | null;
  /** Only for 'ancien_client': starts the 3-year clock of the retention rules. */
  relationshipEndedAt: IsoDate | null;
}

// ---------------------------------------------------------------------------------------
// Schema

function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed;
}

const toList = (value: unknown): unknown => (value === undefined || value === null ? [] : typeof value === 'string' ? [value] : value);

const text = (label: string, max: number) =>
  z.preprocess(blankToNull, z.string(`${label} : texte attendu`).max(max, `${label} : ${max} caractères au maximum`).nullable());

// Notes keep their line breaks: only the ends are trimmed.
const notesText = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : (v ?? null)),
  z.string('notes : texte attendu').max(5000, 'notes : 5000 caractères au maximum').nullable(),
);

function dateField(label: string, today: IsoDate) {
  return z.preprocess(blankToNull, z.string(`${label} : date attendue`).nullable()).transform((value, ctx): IsoDate | null => {
    if (value === null) return null;
    const date = toIsoDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${label} invalide (« ${value} »)` });
      return z.NEVER;
    }
    if (date > today) {
      ctx.addIssue({ code: 'custom', message: `${label} dans le futur (« ${value} »)` });
      return z.NEVER;
    }
    return date;
  });
}

/** `unknown` is the start of the message for a value outside the list, e.g. « civilité non reconnue ». */
function choice<T extends string>(label: string, unknown: string, parse: (v: string) => T | null, expected: string) {
  return z.preprocess(blankToNull, z.string(`${label} : texte attendu`).nullable()).transform((value, ctx): T | null => {
    if (value === null) return null;
    const parsed = parse(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: `${unknown} (« ${value} ») : ${expected} attendu` });
      return z.NEVER;
    }
    return parsed;
  });
}

const oneOf = <T extends string>(values: readonly T[]) => (v: string): T | null => (values as readonly string[]).includes(v) ? (v as T) : null;

const emailsField = z.preprocess(toList, z.array(z.string('adresse e-mail : texte attendu')).max(20, '20 adresses e-mail au maximum'))
  .transform((values, ctx) => {
    const out: string[] = [];
    for (const raw of values) {
      if (raw.trim() === '') continue;
      const email = normaliseEmail(raw);
      if (!isValidEmail(email)) ctx.addIssue({ code: 'custom', message: `adresse e-mail invalide (« ${raw.trim()} »)` });
      else if (!out.includes(email)) out.push(email);
    }
    return out;
  });

const phonesField = z.preprocess(toList, z.array(z.string('numéro de téléphone : texte attendu')).max(20, '20 numéros au maximum'))
  .transform((values, ctx) => {
    const out: string[] = [];
    for (const raw of values) {
      if (raw.trim() === '') continue;
      const phone = normalisePhone(raw);
      if (phone === null) ctx.addIssue({ code: 'custom', message: `numéro de téléphone invalide (« ${raw.trim()} »)` });
      else if (!out.includes(phone)) out.push(phone);
    }
    return out;
  });

const addressField = z.preprocess(
  (v) => v ?? null,
  z.object({
    lignes: z.preprocess(toList, z.array(z.preprocess(blankToNull, z.string().max(200, 'adresse : 200 caractères par ligne au maximum').nullable())).max(4, 'adresse : 4 lignes au maximum')),
    codePostal: text('code postal', 12),
    ville: text('ville', 100),
    pays: text('pays', 60),
  }).nullable(),
).transform((a, ctx): PostalAddress | null => {
  if (a === null) return null;
  const lignes = a.lignes.filter((l): l is string => l !== null);
  const pays = normaliseCountry(a.pays);
  let codePostal = a.codePostal;
  if (codePostal !== null && usesFrenchPostcodes(pays)) {
    codePostal = codePostal.replace(/\s/g, '');
    if (!isFrenchPostcode(codePostal)) {
      ctx.addIssue({ code: 'custom', message: `code postal invalide (« ${a.codePostal} ») : 5 chiffres attendus pour la France`, path: ['codePostal'] });
      return z.NEVER;
    }
  }
  if (lignes.length === 0 && codePostal === null && a.ville === null) return null;
  return { lignes, codePostal, ville: a.ville, pays };
});

function consentField(now: Date, today: IsoDate) {
  return z.preprocess(
    (v) => v ?? null,
    z.object({
      given: z.boolean('consentement : oui ou non attendu'),
      at: text('date du consentement', 40),
      channel: choice('canal du consentement', 'canal du consentement inconnu', oneOf(CONSENT_CHANNELS), CONSENT_CHANNELS.join(', ')),
      textShown: text('texte du consentement', 2000),
    }).nullable(),
  ).transform((c, ctx): MarketingConsent | null => {
    if (c === null) return null;
    let at: string | null = null;
    if (c.at !== null) {
      const instant = /T/.test(c.at) ? new Date(c.at) : null;
      const day = toIsoDate(c.at);
      if (day === null) ctx.addIssue({ code: 'custom', message: `date du consentement invalide (« ${c.at} »)`, path: ['at'] });
      else if (instant ? instant.getTime() > now.getTime() : day > today) ctx.addIssue({ code: 'custom', message: `date du consentement dans le futur (« ${c.at} »)`, path: ['at'] });
      else at = instant ? instant.toISOString() : day;
    }
    if (!c.given) return { given: false, at, channel: c.channel, textShown: c.textShown };
    // Art. 7.1 RGPD: without this proof the consent cannot be relied upon.
    if (c.at === null) ctx.addIssue({ code: 'custom', message: 'preuve du consentement : date manquante', path: ['at'] });
    if (c.channel === null) ctx.addIssue({ code: 'custom', message: 'preuve du consentement : canal de recueil manquant', path: ['channel'] });
    if (c.textShown === null) ctx.addIssue({ code: 'custom', message: 'preuve du consentement : texte présenté à la personne manquant', path: ['textShown'] });
    if (at === null || c.channel === null || c.textShown === null) return z.NEVER;
    return { given: true, at, channel: c.channel, textShown: c.textShown };
  });
}

/**
 * Validates and normalises a client as typed or imported: trims, turns empty strings into
 * null, normalises e-mails and phones, refuses dates after `now` (French calendar day).
 * Messages are French and carry the faulty value so the user can find it.
 */
export function makeClientInputSchema(now: Date) {
  const today = parisDate(now);
  return z
    .object({
      civilite: choice('civilité', 'civilité non reconnue', parseCivilite, '« M. » ou « Mme »'),
      nom: text('nom', 100),
      prenom: text('prénom', 100),
      emails: emailsField,
      phones: phonesField,
      address: addressField,
      company: text('société', 200),
      notes: notesText,
      status: z.string('statut à renseigner').transform((value, ctx): ClientStatus => {
        const status = parseStatus(value);
        if (status === null) {
          ctx.addIssue({ code: 'custom', message: `statut non reconnu (« ${value.trim()} ») : prospect, client ou ancien client attendu` });
          return z.NEVER;
        }
        return status;
      }),
      source: text('source', 100),
      collectedAt: dateField('date de collecte', today),
      legalBasis: choice('base légale', 'base légale inconnue', oneOf(LEGAL_BASES), LEGAL_BASES.join(', ')),
      lastContactAt: dateField('date du dernier contact', today),
      marketingConsent: consentField(now, today),
      relationshipEndedAt: dateField('date de fin de relation', today),
    })
    // Runs even when a field failed, so that every problem of a row is reported at once;
    // a failed field is then not a string, hence the typeof guards.
    .superRefine((c, ctx) => {
      const str = (v: unknown): v is string => typeof v === 'string';
      if (c.nom === null && c.company === null) ctx.addIssue({ code: 'custom', message: 'nom ou société à renseigner', path: ['nom'] });
      const ended = c.relationshipEndedAt;
      if (str(ended) && c.status !== 'ancien_client') {
        ctx.addIssue({ code: 'custom', message: 'la date de fin de relation ne concerne que les anciens clients', path: ['relationshipEndedAt'] });
      }
      if (str(ended) && str(c.collectedAt) && ended < c.collectedAt) {
        ctx.addIssue({ code: 'custom', message: 'la date de fin de relation précède la date de collecte', path: ['relationshipEndedAt'] });
      }
      if (c.legalBasis === 'consentement' && c.marketingConsent?.given !== true) {
        ctx.addIssue({ code: 'custom', message: 'base légale « consentement » sans consentement prouvé : enregistrez sa preuve ou choisissez une autre base légale', path: ['legalBasis'] });
      }
    }, { when: () => true })
    .transform((c): Client => ({
      ...c,
      // Left empty: we have had the data at least since the earliest date known about it.
      collectedAt: c.collectedAt ?? [today, c.lastContactAt, c.relationshipEndedAt].reduce<IsoDate>((a, d) => (d !== null && d < a ? d : a), today),
      legalBasis: c.legalBasis ?? defaultLegalBasis(c.status),
    }));
}

export type ClientInput = z.input<ReturnType<typeof makeClientInputSchema>>;

// Compile-time guard: the validated output is exactly a Client.
const _outputIsClient: (o: z.output<ReturnType<typeof makeClientInputSchema>>) => Client = (o) => o;
void _outputIsClient;
