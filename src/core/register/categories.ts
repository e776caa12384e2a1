// The data categories of the CNIL register model, and how the scanner's finding types map
// onto them (for the drift check). Keys are stable identifiers; labels are what the user
// reads. A processing may also declare its own categories with other keys.
import type { FindingType } from '../scan/types.ts';

export const ART9_CATEGORIES = [
  'health',
  'religion',
  'political',
  'union_membership',
  'sexual_orientation',
  'ethnic_origin',
  'genetic',
  'biometric',
  'sex_life',
] as const;
/** The special categories of RGPD Art. 9 (1). */
export type Art9Category = (typeof ART9_CATEGORIES)[number];

export const ART9_LABELS: Readonly<Record<Art9Category, string>> = {
  health: 'Données de santé',
  religion: 'Convictions religieuses ou philosophiques',
  political: 'Opinions politiques',
  union_membership: 'Appartenance syndicale',
  sexual_orientation: 'Orientation sexuelle',
  ethnic_origin: 'Origine raciale ou ethnique',
  genetic: 'Données génétiques',
  biometric: 'Données biométriques (identification)',
  sex_life: 'Vie sexuelle',
};

export interface CatalogueCategory {
  key: string;
  label: string;
  sensitive: boolean;
  art9?: Art9Category;
  banking?: boolean;
  nir?: boolean;
  /** Examples shown to the user. */
  examples: string;
}

/** The CNIL model's categories (« données courantes » then « données sensibles »). */
export const DATA_CATEGORY_CATALOGUE: readonly CatalogueCategory[] = [
  { key: 'identite', label: 'État civil, identité, données d’identification', sensitive: false, examples: 'nom, prénom, date de naissance' },
  { key: 'coordonnees', label: 'Coordonnées', sensitive: false, examples: 'adresse postale, e-mail, téléphone' },
  { key: 'vie_personnelle', label: 'Vie personnelle', sensitive: false, examples: 'habitudes de vie, situation familiale' },
  { key: 'vie_professionnelle', label: 'Vie professionnelle', sensitive: false, examples: 'CV, diplômes, poste, n° SIREN/SIRET' },
  { key: 'economique_financier', label: 'Informations d’ordre économique et financier', sensitive: false, examples: 'factures, revenus, moyens de paiement' },
  { key: 'bancaire', label: 'Coordonnées bancaires', sensitive: false, banking: true, examples: 'RIB/IBAN, numéro de carte' },
  { key: 'connexion', label: 'Données de connexion', sensitive: false, examples: 'adresse IP, journaux de connexion' },
  { key: 'internet', label: 'Cookies et traceurs', sensitive: false, examples: 'identifiants de cookies, mesure d’audience' },
  { key: 'localisation', label: 'Données de localisation', sensitive: false, examples: 'adresse d’intervention, déplacements' },
  { key: 'image', label: 'Images (photos, vidéos)', sensitive: false, examples: 'photographies, enregistrements vidéo' },
  { key: 'nir', label: 'Numéro de sécurité sociale (NIR)', sensitive: true, nir: true, examples: 'numéro de sécurité sociale' },
  { key: 'sante', label: ART9_LABELS.health, sensitive: true, art9: 'health', examples: 'antécédents, suivi des séances, ordonnances' },
  { key: 'convictions_religieuses', label: ART9_LABELS.religion, sensitive: true, art9: 'religion', examples: 'religion, convictions' },
  { key: 'opinions_politiques', label: ART9_LABELS.political, sensitive: true, art9: 'political', examples: 'engagement politique' },
  { key: 'appartenance_syndicale', label: ART9_LABELS.union_membership, sensitive: true, art9: 'union_membership', examples: 'adhésion à un syndicat' },
  { key: 'orientation_sexuelle', label: ART9_LABELS.sexual_orientation, sensitive: true, art9: 'sexual_orientation', examples: 'orientation sexuelle' },
  { key: 'origine_ethnique', label: ART9_LABELS.ethnic_origin, sensitive: true, art9: 'ethnic_origin', examples: 'origine' },
  { key: 'genetique', label: ART9_LABELS.genetic, sensitive: true, art9: 'genetic', examples: 'analyses génétiques' },
  { key: 'biometrique', label: ART9_LABELS.biometric, sensitive: true, art9: 'biometric', examples: 'empreinte digitale' },
  { key: 'vie_sexuelle', label: ART9_LABELS.sex_life, sensitive: true, art9: 'sex_life', examples: 'vie sexuelle' },
  { key: 'infractions', label: 'Infractions, condamnations (art. 10)', sensitive: true, examples: 'casier judiciaire' },
];

export function catalogueCategory(key: string): CatalogueCategory | undefined {
  return DATA_CATEGORY_CATALOGUE.find((c) => c.key === key);
}

/** What a finding of the scanner means in the register's vocabulary. */
export interface FindingMapping {
  /** Catalogue keys that declare this finding when a processing lists one of them. */
  keys: readonly string[];
  art9?: Art9Category;
  banking?: boolean;
  nir?: boolean;
  /** Plain-French name of what was found, for drift messages. */
  label: string;
}

export const FINDING_TYPE_CATEGORIES: Readonly<Record<FindingType, FindingMapping>> = {
  email: { keys: ['coordonnees'], label: 'adresses e-mail' },
  phone: { keys: ['coordonnees'], label: 'numéros de téléphone' },
  postal_address: { keys: ['coordonnees', 'localisation'], label: 'adresses postales' },
  person_name: { keys: ['identite'], label: 'noms de personnes' },
  birth_date: { keys: ['identite'], label: 'dates de naissance' },
  ip_address: { keys: ['connexion', 'internet'], label: 'adresses IP' },
  siren: { keys: ['vie_professionnelle', 'identite'], label: 'numéros SIREN' },
  siret: { keys: ['vie_professionnelle', 'identite'], label: 'numéros SIRET' },
  iban: { keys: ['bancaire'], banking: true, label: 'IBAN (coordonnées bancaires)' },
  card: { keys: ['bancaire'], banking: true, label: 'numéros de carte bancaire' },
  nir: { keys: ['nir'], nir: true, label: 'numéros de sécurité sociale (NIR)' },
  health: { keys: ['sante'], art9: 'health', label: 'mentions de santé' },
  religion: { keys: ['convictions_religieuses'], art9: 'religion', label: 'mentions de convictions religieuses' },
  political: { keys: ['opinions_politiques'], art9: 'political', label: 'mentions d’opinions politiques' },
  union_membership: { keys: ['appartenance_syndicale'], art9: 'union_membership', label: 'mentions d’appartenance syndicale' },
  sexual_orientation: { keys: ['orientation_sexuelle'], art9: 'sexual_orientation', label: 'mentions d’orientation sexuelle' },
  ethnic_origin: { keys: ['origine_ethnique'], art9: 'ethnic_origin', label: 'mentions d’origine ethnique' },
  sex_life: { keys: ['vie_sexuelle'], art9: 'sex_life', label: 'mentions de vie sexuelle' },
  genetic: { keys: ['genetique'], art9: 'genetic', label: 'mentions de données génétiques' },
  criminal_offence: { keys: ['infractions'], label: 'mentions d’infractions ou de condamnations pénales' },
};

/** Whether a declared category covers a finding type (by key, or by its Art. 9/banking/NIR flags). */
export function categoryCoversFinding(
  category: { key: string; art9?: Art9Category | undefined; banking?: boolean | undefined; nir?: boolean | undefined },
  type: FindingType,
): boolean {
  const m = FINDING_TYPE_CATEGORIES[type];
  if (m.keys.includes(category.key)) return true;
  if (m.art9 !== undefined && category.art9 === m.art9) return true;
  if (m.banking === true && category.banking === true) return true;
  if (m.nir === true && category.nir === true) return true;
  return false;
}
