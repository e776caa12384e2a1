// The register of processing activities (RGPD Art. 30 (1), CNIL model): zod schemas and the
// types inferred from them. This is the one source of truth the documents (policy, notices,
// register export) are generated from.
//
// The schemas check the *shape* only: a draft may be incomplete (no legal basis, no
// retention…). What publication needs is checked by completeness.ts. Text fields are plain
// strings: HTML/Markdown is escaped by the documents layer, never stripped here.
import { z } from 'zod';
import { ART9_CATEGORIES } from './categories.ts';

export * from './categories.ts';

export const LEGAL_BASES = ['consentement', 'contrat', 'obligation_legale', 'interet_vital', 'mission_publique', 'interet_legitime'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, string>> = {
  consentement: 'Consentement (art. 6.1.a RGPD)',
  contrat: 'Exécution d’un contrat ou de mesures précontractuelles (art. 6.1.b RGPD)',
  obligation_legale: 'Obligation légale (art. 6.1.c RGPD)',
  interet_vital: 'Sauvegarde des intérêts vitaux (art. 6.1.d RGPD)',
  mission_publique: 'Mission d’intérêt public (art. 6.1.e RGPD)',
  interet_legitime: 'Intérêt légitime (art. 6.1.f RGPD)',
};

export const RECIPIENT_KINDS = ['interne', 'sous_traitant', 'tiers'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const CONTRACT_STATUSES = ['signe', 'a_signer', 'a_verifier', 'sans_objet'] as const;
/** Art. 28 contract with a processor: signed, to sign, to check (e.g. a SaaS's terms), n/a. */
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const SUPPORT_KINDS = ['materiel', 'logiciel', 'canal', 'papier', 'lieu'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_LABELS: Readonly<Record<SupportKind, string>> = {
  materiel: 'Matériel',
  logiciel: 'Logiciel ou service en ligne',
  canal: 'Canal de communication',
  papier: 'Dossier papier',
  lieu: 'Lieu',
};

export const SAFEGUARDS = ['decision_adequation', 'data_privacy_framework', 'clauses_contractuelles_types', 'regles_entreprise_contraignantes', 'derogation_art49'] as const;
/** Art. 45–49 safeguards for a transfer outside the EU. */
export type Safeguard = (typeof SAFEGUARDS)[number];
export const SAFEGUARD_LABELS: Readonly<Record<Safeguard, string>> = {
  decision_adequation: 'Décision d’adéquation de la Commission européenne (art. 45)',
  data_privacy_framework: 'Certification Data Privacy Framework UE–États-Unis (décision d’adéquation, art. 45)',
  clauses_contractuelles_types: 'Clauses contractuelles types de la Commission européenne (art. 46)',
  regles_entreprise_contraignantes: 'Règles d’entreprise contraignantes (art. 47)',
  derogation_art49: 'Dérogation pour une situation particulière (art. 49)',
};

export const COLLECTION_POINTS = ['formulaire_web', 'devis_contrat', 'email', 'telephone', 'sur_place', 'tiers', 'automatique'] as const;
/** Where people hand over their data: tells the documents layer which notices to attach where. */
export type CollectionPoint = (typeof COLLECTION_POINTS)[number];

export const ART9_CONDITIONS = ['consentement_explicite', 'soins_sante', 'droit_travail_protection_sociale', 'interets_vitaux', 'rendues_publiques', 'justice'] as const;
/** The Art. 9 (2) exception that lets a processing use special-category data. */
export type Art9Condition = (typeof ART9_CONDITIONS)[number];
export const ART9_CONDITION_LABELS: Readonly<Record<Art9Condition, string>> = {
  consentement_explicite: 'Consentement explicite de la personne (art. 9.2.a RGPD)',
  soins_sante: 'Médecine préventive, diagnostics, soins, par un professionnel soumis au secret (art. 9.2.h RGPD)',
  droit_travail_protection_sociale: 'Obligations en matière de droit du travail et de protection sociale (art. 9.2.b RGPD)',
  interets_vitaux: 'Sauvegarde des intérêts vitaux d’une personne hors d’état de consentir (art. 9.2.c RGPD)',
  rendues_publiques: 'Données manifestement rendues publiques par la personne (art. 9.2.e RGPD)',
  justice: 'Constatation, exercice ou défense de droits en justice (art. 9.2.f RGPD)',
};

export const PROCESSING_STATUSES = ['brouillon', 'publie'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

// Risk vocabulary (CNIL PIA method): three feared events, their sources, 4-level scales.
export const FEARED_EVENTS = ['acces_illegitime', 'modification_non_desiree', 'disparition'] as const;
export type FearedEvent = (typeof FEARED_EVENTS)[number];
export const RISK_SOURCES = ['humaine_interne', 'humaine_externe', 'panne', 'sinistre', 'bug'] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];
export const LEVELS = ['negligeable', 'limitee', 'importante', 'maximale'] as const;
/** The CNIL 4-level scale used for both severity and likelihood. */
export type Level = (typeof LEVELS)[number];
export const MEASURE_EFFECTS = ['vraisemblance', 'gravite', 'les_deux'] as const;
export type MeasureEffect = (typeof MEASURE_EFFECTS)[number];
export const EDPB_CRITERIA = [
  'evaluation_scoring',
  'decision_automatique',
  'surveillance_systematique',
  'donnees_sensibles',
  'grande_echelle',
  'croisement_donnees',
  'personnes_vulnerables',
  'usage_innovant',
  'exclusion_droit_contrat',
] as const;
/** The nine criteria of the EDPB (WP248 rev.01) guidelines on DPIA. */
export type EdpbCriterion = (typeof EDPB_CRITERIA)[number];
export const CNIL_DPIA_CASES = [
  'sante_grande_echelle',
  'surveillance_salaries',
  'alerte_professionnelle',
  'profilage_rh',
  'donnees_sociales_precarite',
  'biometrie_personnes_vulnerables',
  'genetique',
  'geolocalisation_grande_echelle',
  'profilage_exclusion_contrat',
  'objets_connectes',
  'videosurveillance_grande_echelle',
  'autre',
] as const;
/** Cases of the CNIL's list of processing operations that require a DPIA (délibération 2018-327). */
export type CnilDpiaCase = (typeof CNIL_DPIA_CASES)[number];

// ── Field helpers: French messages, sane limits. ─────────────────────────────────────────
const text = (max: number, what: string) =>
  z.string({ error: `${what} : texte attendu.` }).trim().max(max, { error: `${what} : ${max} caractères au maximum.` });
const required = (max: number, what: string) => text(max, what).min(1, { error: `${what} : à remplir.` });
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item, { error: `${what} : liste attendue.` }).max(max, { error: `${what} : ${max} au maximum.` });
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, { error: `${what} : choix non reconnu.` });
const bool = (what: string) => z.boolean({ error: `${what} : répondez par oui ou non.` });
const isoDate = (what: string) => z.iso.datetime({ offset: true, error: `${what} : date invalide.` });

export const purposeSchema = z.object({
  purpose: required(500, 'Finalité'),
  /** null while the user has not chosen it yet (draft). */
  legalBasis: choice(LEGAL_BASES, 'Base légale').nullable(),
  /** Required for publication when the basis is « intérêt légitime » (Art. 13 (1) d). */
  legitimateInterest: text(1000, 'Intérêt légitime poursuivi').optional(),
});

export const dataCategorySchema = z.object({
  key: required(60, 'Code de la catégorie de données'),
  label: required(200, 'Catégorie de données'),
  sensitive: bool('Donnée sensible'),
  art9: choice(ART9_CATEGORIES, 'Catégorie particulière (art. 9)').optional(),
  banking: bool('Coordonnées bancaires').optional(),
  nir: bool('Numéro de sécurité sociale').optional(),
  /** Whether people must provide it, and what happens if they do not (Art. 13 (2) e). */
  required: z
    .object({ mandatory: bool('Fourniture obligatoire'), consequence: text(500, 'Conséquence si non fournie').optional() })
    .optional(),
  details: text(500, 'Précisions').optional(),
})
  // Art. 9 data and the NIR are sensitive by definition, whatever the form sent.
  .transform((c) => ((c.art9 !== undefined || c.nir === true) && !c.sensitive ? { ...c, sensitive: true } : c));

export const recipientSchema = z.object({
  kind: choice(RECIPIENT_KINDS, 'Type de destinataire'),
  name: required(200, 'Destinataire'),
  role: text(500, 'Rôle du destinataire').optional(),
  /** For processors (sous-traitants): where the Art. 28 contract stands. */
  contractStatus: choice(CONTRACT_STATUSES, 'Contrat de sous-traitance').optional(),
});

export const transferSchema = z.object({
  country: required(100, 'Pays'),
  recipient: required(200, 'Destinataire du transfert'),
  /** null until the user has checked which safeguard applies. */
  safeguard: choice(SAFEGUARDS, 'Garantie').nullable(),
  documentation: text(500, 'Où consulter la garantie').optional(),
});

export const retentionSchema = z.object({
  what: required(300, 'Données conservées'),
  duration: required(200, 'Durée de conservation'),
  /** The duration in months when it is one, for the drift check (file dates). */
  months: z.number({ error: 'Durée en mois : nombre attendu.' }).int({ error: 'Durée en mois : nombre entier attendu.' }).min(0).max(1200).optional(),
  trigger: text(300, 'Point de départ').optional(),
});

export const supportSchema = z.object({
  kind: choice(SUPPORT_KINDS, 'Type de support'),
  name: required(200, 'Support'),
  /** Where it is (free text: « armoire du bureau », « hébergé en France »). */
  location: text(300, 'Emplacement').optional(),
  /** A folder on the computer holding this processing's files, matched by the drift check. */
  path: text(1000, 'Dossier').optional(),
});

export const measureSchema = z.object({
  label: required(300, 'Mesure'),
  reduces: choice(MEASURE_EFFECTS, 'Effet de la mesure'),
});

export const riskEventSchema = z.object({
  event: choice(FEARED_EVENTS, 'Événement redouté'),
  sources: list(choice(RISK_SOURCES, 'Source de risque'), RISK_SOURCES.length, 'Sources de risque'),
  /** What it would mean for the people concerned. */
  impacts: text(1000, 'Impacts sur les personnes').optional(),
  severity: choice(LEVELS, 'Gravité').nullable(),
  likelihood: choice(LEVELS, 'Vraisemblance').nullable(),
  measures: list(measureSchema, 30, 'Mesures'),
  /** Set by the user to override the computed residual levels (risks.ts). */
  residualSeverity: choice(LEVELS, 'Gravité résiduelle').nullable().optional(),
  residualLikelihood: choice(LEVELS, 'Vraisemblance résiduelle').nullable().optional(),
});

export const dpiaSchema = z.object({
  /** EDPB criteria the user declared (others are derived from the processing, see risks.ts). */
  criteria: list(choice(EDPB_CRITERIA, 'Critère'), EDPB_CRITERIA.length, 'Critères'),
  cnilCases: list(choice(CNIL_DPIA_CASES, 'Cas de la liste CNIL'), CNIL_DPIA_CASES.length, 'Cas de la liste CNIL'),
  conductedAt: isoDate('Date de l’analyse d’impact').nullable().optional(),
  notes: text(2000, 'Notes sur l’analyse d’impact').optional(),
});

export const risksSchema = z.object({
  events: list(riskEventSchema, 10, 'Événements redoutés'),
  dpia: dpiaSchema,
});

export const processingSchema = z.object({
  id: required(100, 'Identifiant'),
  templateId: text(100, 'Modèle').nullable().optional(),
  name: required(200, 'Nom du traitement'),
  description: text(2000, 'Description').optional(),
  purposes: list(purposeSchema, 20, 'Finalités'),
  peopleCategories: list(required(200, 'Catégorie de personnes'), 20, 'Catégories de personnes'),
  dataCategories: list(dataCategorySchema, 40, 'Catégories de données'),
  /** Required for publication when an Art. 9 category is processed. */
  art9Condition: choice(ART9_CONDITIONS, 'Exception permettant les données sensibles').nullable().optional(),
  sources: list(required(300, 'Source des données'), 20, 'Sources des données'),
  collectedVia: list(choice(COLLECTION_POINTS, 'Point de collecte'), COLLECTION_POINTS.length, 'Points de collecte'),
  recipients: list(recipientSchema, 30, 'Destinataires'),
  transfers: list(transferSchema, 20, 'Transferts hors UE'),
  retention: list(retentionSchema, 20, 'Durées de conservation'),
  securityMeasures: list(required(300, 'Mesure de sécurité'), 40, 'Mesures de sécurité'),
  supports: list(supportSchema, 40, 'Supports'),
  automatedDecision: z.object({ exists: bool('Décision automatisée'), logic: text(1000, 'Logique de la décision').optional() }),
  risks: risksSchema,
  status: choice(PROCESSING_STATUSES, 'Statut'),
  createdAt: isoDate('Date de création'),
  updatedAt: isoDate('Date de mise à jour'),
});

export const controllerSchema = z.object({
  raisonSociale: required(200, 'Raison sociale'),
  siren: text(14, 'SIREN').nullable().optional(),
  adresse: text(500, 'Adresse').nullable().optional(),
  contactNom: required(200, 'Nom du contact'),
  contactEmail: required(254, 'E-mail de contact'),
  telephone: text(30, 'Téléphone').optional(),
  siteWeb: text(300, 'Site web').optional(),
  /** A DPO is rarely required for a micro-entreprise; null when there is none. */
  dpo: z.object({ nom: required(200, 'Nom du DPO'), contact: required(300, 'Contact du DPO') }).nullable().optional(),
});

export const registerSchema = z
  .object({
    controller: controllerSchema,
    processings: list(processingSchema, 100, 'Traitements'),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.processings.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['processings', i, 'id'], message: `Deux traitements ont le même identifiant (${p.id}).` });
      seen.add(p.id);
    });
  });

export type Purpose = z.infer<typeof purposeSchema>;
export type DataCategory = z.infer<typeof dataCategorySchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type Retention = z.infer<typeof retentionSchema>;
export type Support = z.infer<typeof supportSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type RiskEvent = z.infer<typeof riskEventSchema>;
export type Dpia = z.infer<typeof dpiaSchema>;
export type Risks = z.infer<typeof risksSchema>;
export type Processing = z.infer<typeof processingSchema>;
export type Controller = z.infer<typeof controllerSchema>;
export type Register = z.infer<typeof registerSchema>;

/** The tenant's identity as the app stores it (db tenants row), mirrored as the controller. */
export interface TenantIdentity {
  raisonSociale: string;
  siren?: string | null;
  adresse?: string | null;
  contactNom: string;
  contactEmail: string;
  activite?: string;
}

export function controllerFromTenant(t: TenantIdentity): Controller {
  return { raisonSociale: t.raisonSociale, siren: t.siren ?? null, adresse: t.adresse ?? null, contactNom: t.contactNom, contactEmail: t.contactEmail, dpo: null };
}
