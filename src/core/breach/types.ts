// Shared types of the personal-data breach module (RGPD Art. 33 and 34).
// Pure data: the HTTP/CLI layers parse input with schema.ts before calling the rules.

export const BREACH_NATURES = ['confidentialite', 'integrite', 'disponibilite'] as const;
/** The three kinds of breach named by the EDPB (confidentiality, integrity, availability). */
export type BreachNature = (typeof BREACH_NATURES)[number];

/**
 * Data types a micro-entrepreneur can recognise. Each maps to one ENISA 2013 category
 * (simple, behavioural, financial, sensitive) in enisa-dpc.ts; the extra French kinds
 * (NIR, IBAN, card, ID document, credentials, minors) drive the Art. 34 triggers and the
 * advice given to people, which depend on more than the ENISA category.
 */
export const DATA_KINDS = [
  // Simple data (ENISA Annex 1: biographical, contact, identification).
  'etat-civil', // nom, prénom, date de naissance
  'coordonnees', // adresse postale, e-mail, téléphone
  'vie-professionnelle', // CV, diplômes, poste
  'piece-identite', // copie de carte d'identité, passeport, titre de séjour
  'nir', // numéro de sécurité sociale
  'donnees-mineurs', // données concernant des enfants
  'autre',
  // Behavioural data.
  'comportement', // habitudes, achats, préférences, historique de navigation
  'localisation',
  // Financial data.
  'financier', // revenus, factures, relevés, transactions
  'iban', // RIB / IBAN, mandat de prélèvement
  'carte-bancaire',
  // Credentials: ENISA scores them by what they open (see DataCategory.accessTo).
  'identifiants',
  // Sensitive data: RGPD Art. 9 and Art. 10.
  'sante',
  'origine-ethnique',
  'opinions-politiques',
  'religion',
  'syndicat',
  'vie-sexuelle',
  'genetique',
  'biometrique',
  'infractions',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export const SENSITIVE_KINDS: readonly DataKind[] = [
  'sante',
  'origine-ethnique',
  'opinions-politiques',
  'religion',
  'syndicat',
  'vie-sexuelle',
  'genetique',
  'biometrique',
  'infractions',
];
export const FINANCIAL_KINDS: readonly DataKind[] = ['financier', 'iban', 'carte-bancaire'];

/** How much a data set really reveals (ENISA Annex A2, "nature of the data"). */
export const DETAIL_LEVELS = ['complet', 'partiel', 'general', 'minime'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];

export const PASSWORD_STORAGES = ['clair', 'hachage-faible', 'hachage-robuste'] as const;
/** "hachage-faible": MD5/SHA-1 without salt, treated as clear text (EDPB 01/2021, case 6). */
export type PasswordStorage = (typeof PASSWORD_STORAGES)[number];

export interface DataCategory {
  /** The user's own words, e.g. "Adresses e-mail des clients". */
  category: string;
  /** Ticked by the user: forces the ENISA "sensitive" category even for kind "autre". */
  sensitive: boolean;
  kind: DataKind;
  /** For credentials: the kind of data the account gives access to (default: contact data). */
  accessTo?: DataKind | undefined;
  /** For credentials: how the passwords were stored. Unknown is treated as clear text. */
  passwordStorage?: PasswordStorage | undefined;
  /** Default "complet", except IBAN ("partiel": account numbers without further details). */
  detail?: DetailLevel | undefined;
}

export const EXPOSURES = ['aucune-preuve', 'destinataires-connus', 'destinataires-inconnus'] as const;
/**
 * Who may have seen the data (ENISA "loss of confidentiality" scale):
 * - aucune-preuve: exposed but no sign anyone read it (lost device, open folder never accessed);
 * - destinataires-connus: a known, countable set of recipients (wrong e-mail, mailing in "À");
 * - destinataires-inconnus: an unknown number (hacker, theft, publication on the Internet).
 */
export type Exposure = (typeof EXPOSURES)[number];

export const CONTROLLER_CONTEXTS = ['neutre', 'statut', 'sensible'] as const;
/**
 * What the business's activity reveals about its customers (ENISA A2 "special characteristics
 * of the data controller"): "statut" (luxury, debt collection: social or financial status),
 * "sensible" (pharmacy, therapist, sex shop: Art. 9 information).
 */
export type ControllerContext = (typeof CONTROLLER_CONTEXTS)[number];

export const IDENTIFICATION_LEVELS = ['negligeable', 'limitee', 'significative', 'maximale'] as const;
/** ENISA ease of identification (EI): negligible, limited, significant, maximum. */
export type IdentificationLevel = (typeof IDENTIFICATION_LEVELS)[number];

/** ENISA contextual factors; every field is optional and defaults to "no such factor". */
export interface EnisaContext {
  /** Much data per person (long history, complete file) enabling a profile. */
  volumeProfile?: boolean | undefined;
  controller?: ControllerContext | undefined;
  /** People are minors or otherwise vulnerable (also derived from people.categories). */
  vulnerable?: boolean | undefined;
  /** The information is critical for the people's safety (victims, protected witnesses). */
  safetyCritical?: boolean | undefined;
  /** The data was already public before the breach (directory, website). */
  publiclyAvailable?: boolean | undefined;
  /** The controller is certain the data is outdated or wrong (expired cards…). */
  invalidOrOutdated?: boolean | undefined;
  /** Replaces the ease of identification derived from the data kinds. */
  identification?: IdentificationLevel | undefined;
}

export interface Incident {
  /** When the breach started; null when unknown. */
  occurredAt: { at: Date; approximate: boolean } | null;
  /** When the business became aware: starts the 72-hour clock (Art. 33(1)). */
  awareAt: Date;
  discoveredHow: string;
  /** At least one. */
  nature: readonly BreachNature[];
  description: string;
  people: { count: number | null; approximate: boolean; categories: string[] };
  records: { count: number | null; approximate: boolean };
  dataCategories: DataCategory[];
  encrypted: { was: boolean; keySafe: boolean | null; stateOfTheArt: boolean };
  backup: { exists: boolean; restored: boolean; restoredWithinHours: number | null };
  /** Data left the business (wrong recipient, theft, publication); null = not known yet. */
  leftBusiness: boolean | null;
  /** Null = not known yet. Only read when confidentiality is affected. */
  exposure: Exposure | null;
  /** The recipient is a known professional who confirmed deletion/return; null = no answer yet. */
  recipientTrusted: boolean | null;
  /** Intent to harm or to profit (theft, hacking); null = not known yet. */
  malicious: boolean | null;
  /** For integrity breaches: altered data was used (payment, decision); null = not known. */
  alteredDataUsed?: boolean | null | undefined;
  availabilityLossHours: number | null;
  consequences: string;
  measuresTaken: string;
  measuresPlanned: string;
  context?: EnisaContext | undefined;
}

/** Who to contact about the breach (Art. 33(3)(b), 34(2)): the DPO or, for a sole trader, themself. */
export interface ContactPoint {
  nom: string;
  fonction?: string | undefined;
  email: string;
  telephone?: string | undefined;
  /** True when a DPO has been designated. */
  dpo: boolean;
}

export interface Business {
  nom: string;
  siret?: string | undefined;
  /** Postal address, one line per entry. */
  adresse: string[];
  contact: ContactPoint;
}

/** Thrown for rule misuse the user can fix, with a stable code and a French message. */
export class BreachRuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BreachRuleError';
  }
}
