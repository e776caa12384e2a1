// Plain-French labels shared by the rules, the notification and the letters,
// so the same thing is always named the same way for the user.
import type { BreachNature, DataCategory, DataKind, Exposure, Incident } from './types.ts';
import { FINANCIAL_KINDS, SENSITIVE_KINDS } from './types.ts';

export const NATURE_LABELS: Readonly<Record<BreachNature, string>> = {
  confidentialite: 'Perte de confidentialité (des données ont été vues ou copiées par des personnes non autorisées)',
  integrite: 'Perte d’intégrité (des données ont été modifiées sans autorisation)',
  disponibilite: 'Perte de disponibilité (des données ont été perdues, détruites ou rendues inaccessibles)',
};

export const KIND_LABELS: Readonly<Record<DataKind, string>> = {
  'etat-civil': 'État civil (nom, prénom, date de naissance)',
  coordonnees: 'Coordonnées (adresse, e-mail, téléphone)',
  'vie-professionnelle': 'Vie professionnelle (CV, diplômes, poste)',
  'piece-identite': 'Pièce d’identité (carte d’identité, passeport, titre de séjour)',
  nir: 'Numéro de sécurité sociale',
  'donnees-mineurs': 'Données concernant des enfants',
  autre: 'Autres données',
  comportement: 'Habitudes et historique (achats, préférences, navigation)',
  localisation: 'Données de localisation',
  financier: 'Données financières (revenus, factures, relevés)',
  iban: 'Coordonnées bancaires (RIB, IBAN)',
  'carte-bancaire': 'Numéros de carte bancaire',
  identifiants: 'Identifiants et mots de passe',
  sante: 'Données de santé',
  'origine-ethnique': 'Origine ethnique',
  'opinions-politiques': 'Opinions politiques',
  religion: 'Convictions religieuses ou philosophiques',
  syndicat: 'Appartenance syndicale',
  'vie-sexuelle': 'Vie sexuelle ou orientation sexuelle',
  genetique: 'Données génétiques',
  biometrique: 'Données biométriques (empreintes, reconnaissance faciale)',
  infractions: 'Condamnations pénales et infractions',
};

export const EXPOSURE_LABELS: Readonly<Record<Exposure, string>> = {
  'aucune-preuve': 'aucune preuve que quelqu’un ait consulté les données',
  'destinataires-connus': 'des destinataires connus et identifiés',
  'destinataires-inconnus': 'un nombre inconnu de personnes (pirate, vol, publication)',
};

/** Availability restored within this delay counts as "recovered without difficulty". */
export const QUICK_RESTORE_HOURS = 24;

export const has = (incident: Incident, kind: DataKind): boolean => incident.dataCategories.some((d) => d.kind === kind);

export const isSensitive = (d: DataCategory): boolean => d.sensitive || SENSITIVE_KINDS.includes(d.kind);

export const hasSensitive = (incident: Incident): boolean => incident.dataCategories.some(isSensitive);

export const hasFinancial = (incident: Incident): boolean =>
  incident.dataCategories.some((d) => FINANCIAL_KINDS.includes(d.kind) || (d.kind === 'identifiants' && d.accessTo !== undefined && FINANCIAL_KINDS.includes(d.accessTo)));

const normalise = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// People categories are free text typed by the user: match on word stems, accent-insensitive.
const MINOR_WORDS = ['mineur', 'enfant', 'eleve', 'adolescent', 'bebe', 'nourrisson'];
const VULNERABLE_WORDS = ['vulnerable', 'handicap', 'tutelle', 'curatelle', 'victime', 'personne agee', 'dependan'];
const PATIENT_WORDS = ['patient', 'malade'];

const matches = (categories: readonly string[], words: readonly string[]): boolean =>
  categories.some((c) => {
    const n = normalise(c);
    return words.some((w) => n.includes(w));
  });

export const concernsMinors = (incident: Incident): boolean =>
  has(incident, 'donnees-mineurs') || matches(incident.people.categories, MINOR_WORDS);

export const isVulnerable = (incident: Incident): boolean =>
  incident.context?.vulnerable === true || concernsMinors(incident) || matches(incident.people.categories, VULNERABLE_WORDS);

/** Being someone's patient reveals health information, like the ENISA online-pharmacy list. */
export const controllerContext = (incident: Incident): 'neutre' | 'statut' | 'sensible' =>
  incident.context?.controller ?? (matches(incident.people.categories, PATIENT_WORDS) ? 'sensible' : 'neutre');

/** "environ 120 personnes", "1 personne", "un nombre encore inconnu de personnes". */
export function countText(count: number | null, approximate: boolean, singular: string, plural: string): string {
  if (count === null) return `un nombre encore inconnu de ${plural}`;
  const n = count.toLocaleString('fr-FR');
  return `${approximate ? 'environ ' : ''}${n} ${count > 1 ? plural : singular}`;
}

/** "12/03/2025 à 14 h 05", always in Paris time so texts match what the user sees on the wall clock. */
export function formatDateTime(d: Date): string {
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} à ${get('hour')} h ${get('minute')}`;
}

export function formatDate(d: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}
