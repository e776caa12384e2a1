// Recognising the column headers of the files people actually have: a sheet typed by hand in
// French, a Google Contacts or Outlook export, an invoicing tool or CRM export.
import { normaliseName } from './normalise.ts';

export const SINGLE_IMPORT_FIELDS = [
  'civilite', 'nom', 'prenom', 'nomComplet', 'societe', 'codePostal', 'ville', 'pays',
  'collectedAt', 'lastContactAt', 'relationshipEndedAt', 'status', 'source',
  'consentement', 'consentementDate', 'consentementTexte',
] as const;
/** Several columns may feed these: « Email », « Email 2 »; « Adresse 1 », « Adresse 2 »… */
export const MULTI_IMPORT_FIELDS = ['emails', 'phones', 'adresse', 'notes'] as const;

export type SingleImportField = (typeof SINGLE_IMPORT_FIELDS)[number];
export type MultiImportField = (typeof MULTI_IMPORT_FIELDS)[number];
export type ImportField = SingleImportField | MultiImportField;

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  civilite: 'Civilité', nom: 'Nom', prenom: 'Prénom', nomComplet: 'Nom complet (prénom et nom)',
  societe: 'Société', codePostal: 'Code postal', ville: 'Ville', pays: 'Pays',
  collectedAt: 'Date de collecte', lastContactAt: 'Date du dernier contact', relationshipEndedAt: 'Date de fin de relation',
  status: 'Statut', source: 'Source', consentement: 'Consentement à la prospection',
  consentementDate: 'Date du consentement', consentementTexte: 'Texte du consentement',
  emails: 'Adresse e-mail', phones: 'Téléphone', adresse: "Ligne d'adresse", notes: 'Notes',
};

export function isMultiField(field: ImportField): field is MultiImportField {
  return (MULTI_IMPORT_FIELDS as readonly string[]).includes(field);
}

/**
 * Header as compared: no accents, lower case, punctuation as spaces, « e-mail » as « email »,
 * and without column numbers or Google's « Value » suffix (« E-mail 2 - Value » → « email »),
 * because the column order already tells the first address from the second.
 */
export function normaliseHeader(header: string): string {
  const spelled = header.replace(/^\uFEFF/, '').replace(/\be[\s-]?mail/gi, 'email').replace(/\bmails?\b/gi, 'mail');
  return normaliseName(spelled)
    .split(' ')
    .filter((token) => token !== '' && !/^\d+$/.test(token) && token !== 'value')
    .join(' ');
}

const EXACT: Readonly<Record<ImportField, readonly string[]>> = {
  civilite: ['civilite', 'civ', 'titre', 'title', 'name prefix', 'prefix', 'salutation', 'appellation', 'm mme'],
  nom: ['nom', 'nom de famille', 'last name', 'lastname', 'family name', 'surname', 'nom du contact', 'nom contact', 'patronyme'],
  prenom: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'prenom du contact', 'prenom contact'],
  nomComplet: ['name', 'full name', 'nom complet', 'contact', 'nom et prenom', 'nom prenom', 'prenom nom', 'prenom et nom', 'display name', 'identite', 'nom du client', 'client', 'interlocuteur'],
  societe: ['societe', 'entreprise', 'raison sociale', 'company', 'company name', 'organization', 'organisation', 'organization name', 'denomination', 'denomination sociale', 'nom de l entreprise', 'nom de la societe', 'etablissement'],
  emails: ['email', 'mail', 'courriel', 'adresse email', 'adresse mail', 'email address', 'adresse electronique', 'adresse de messagerie', 'messagerie', 'mel', 'email pro', 'email perso', 'email professionnel', 'email personnel', 'autre email', 'email secondaire', 'home email', 'work email', 'other email'],
  phones: ['tel', 'telephone', 'portable', 'mobile', 'fixe', 'tel portable', 'tel fixe', 'tel mobile', 'telephone portable', 'telephone mobile', 'telephone fixe', 'gsm', 'phone', 'phone number', 'mobile phone', 'home phone', 'business phone', 'work phone', 'primary phone', 'other phone', 'numero de telephone', 'num tel', 'no tel', 'n tel', 'cell', 'cellulaire', 'tel pro', 'telephone pro', 'tel domicile', 'telephone domicile', 'autre telephone'],
  adresse: ['adresse', 'adresse postale', 'address', 'street', 'rue', 'voie', 'adresse ligne', 'ligne adresse', 'complement', 'complement d adresse', 'complement adresse', 'address street', 'address extended address', 'street address', 'address line', 'numero et rue', 'lieu dit', 'adresse de facturation', 'billing address', 'business street', 'home street'],
  codePostal: ['cp', 'code postal', 'postal code', 'zip', 'zip code', 'zipcode', 'postcode', 'code postale', 'address postal code', 'c p', 'business postal code', 'home postal code'],
  ville: ['ville', 'commune', 'city', 'localite', 'town', 'address city', 'business city', 'home city'],
  pays: ['pays', 'country', 'address country', 'country region', 'business country region', 'home country region'],
  notes: ['notes', 'note', 'commentaire', 'commentaires', 'remarque', 'remarques', 'observations', 'observation', 'memo', 'comments', 'comment', 'informations complementaires'],
  collectedAt: ['date de creation', 'date creation', 'cree le', 'creation', 'created', 'created at', 'create date', 'date created', 'date d ajout', 'ajoute le', 'date de collecte', 'date d inscription', 'inscrit le', 'client depuis', 'date premier contact', 'premier contact', 'date d entree'],
  lastContactAt: ['dernier contact', 'date du dernier contact', 'date dernier contact', 'last contact', 'last contacted', 'last contact date', 'derniere interaction', 'dernier rdv', 'dernier rendez vous', 'derniere visite', 'date derniere visite', 'last activity date', 'last activity', 'derniere activite', 'dernier achat', 'date dernier achat', 'derniere commande'],
  relationshipEndedAt: ['date de fin', 'fin de relation', 'date de fin de relation', 'fin de la relation', 'fin de contrat', 'date fin contrat', 'date de fin de contrat', 'date de depart', 'end date'],
  status: ['statut', 'status', 'etat', 'lifecycle stage', 'statut client', 'type de relation'],
  source: ['source', 'origine', 'provenance', 'canal d acquisition', 'lead source', 'comment nous avez vous connu', 'apporteur', 'source du contact'],
  consentement: ['consentement', 'consentement marketing', 'consentement prospection', 'opt in', 'optin', 'newsletter', 'accepte newsletter', 'abonne newsletter', 'accord prospection', 'accepte la prospection', 'email marketing', 'rgpd'],
  consentementDate: ['date du consentement', 'date consentement', 'consentement date', 'date de consentement', 'date opt in', 'date optin', 'date d inscription newsletter'],
  consentementTexte: ['texte du consentement', 'texte consentement', 'texte affiche', 'mention de consentement'],
};

const EXACT_INDEX = new Map<string, ImportField>();
for (const [field, headers] of Object.entries(EXACT) as Array<[ImportField, readonly string[]]>) {
  for (const header of headers) EXACT_INDEX.set(header, field);
}

const MINIMISATION = 'non importée : donnée inutile au fichier client (minimisation)';
const SENSITIVE = 'non importée : donnée sensible (art. 9 RGPD) ou numéro de sécurité sociale, à ne pas conserver ici';
const TECHNICAL = 'non importée : information technique ou comptable, sans usage dans le fichier client';

// Columns recognised on purpose and left out. Checked before anything else, so that
// « Phone 1 - Type » or « Organization 1 - Title » never lands in a real field.
const IGNORED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(securite sociale|nir|sante|pathologies?|allergies?|traitements?|handicap|religion|opinions?|orientation|origine ethnique|syndicat)\b/, SENSITIVE],
  [/\b(birthday|anniversaire|naissance|age|gender|sexe|genre|photo|nickname|surnom|initials|yomi|phonetic|maiden|suffix|middle name|additional name|short name|file as|hobby|occupation|fonction|poste|job title|organization title|organization department|website|site web|site internet|url|fax|situation familiale|enfants?)\b/, MINIMISATION],
  // « Address 1 - Region » is left out, « Pays/Région » is not.
  [/^(?!.*\b(pays|country)\b).*\bregion\b/, TECHNICAL],
  [/\b(label|labels|type|formatted|po box|group membership|sensitivity|priority|mileage|billing information|siret|siren|tva|iban|bic|rib|id|identifiant|reference|ref|code client|numero client|n client|montant|chiffre d affaires|solde|total)\b/, TECHNICAL],
];

// Weaker guesses on words inside the header, in order of precedence.
const KEYWORDS: ReadonlyArray<readonly [RegExp, ImportField]> = [
  [/\b(consentement|opt ?in|newsletter)\b.*\bdate\b|\bdate\b.*\b(consentement|opt ?in|newsletter)\b/, 'consentementDate'],
  [/\b(consentement|opt ?in|newsletter)\b/, 'consentement'],
  [/\b(email|mail|courriel|messagerie)\b/, 'emails'],
  [/\b(tel|telephone|portable|mobile|phone|gsm|fixe)\b/, 'phones'],
  [/\b(postal|cp|zip)\b/, 'codePostal'],
  [/\b(ville|city|commune)\b/, 'ville'],
  [/\b(pays|country)\b/, 'pays'],
  [/\b(adresse|address|rue|street)\b/, 'adresse'],
  [/\b(prenom|first)\b/, 'prenom'],
  [/\b(societe|entreprise|company|organization|organisation)\b/, 'societe'],
  [/\bcivilite\b/, 'civilite'],
  [/\b(dernier|derniere|last)\b.*\b(contact|rdv|visite|activite|activity|interaction|echange)\b/, 'lastContactAt'],
  [/\bfin\b.*\b(relation|contrat)\b/, 'relationshipEndedAt'],
  [/\b(creation|cree|creee|ajout|collecte|created)\b/, 'collectedAt'],
  [/\b(nom|last|surname)\b/, 'nom'],
  [/\b(statut|status)\b/, 'status'],
  [/\b(source|origine)\b/, 'source'],
  [/\b(notes?|commentaires?|remarques?)\b/, 'notes'],
];

export interface HeaderGuess {
  field: ImportField | null;
  /** 1 for a known header (or a column deliberately left out), 0.6 for a guess on a word, 0 when unknown. */
  confidence: number;
  note: string | null;
}

export function guessHeader(header: string): HeaderGuess {
  const key = normaliseHeader(header);
  if (key === '') return { field: null, confidence: 0, note: 'colonne sans titre' };
  const exact = EXACT_INDEX.get(key);
  if (exact) return { field: exact, confidence: 1, note: null };
  for (const [pattern, note] of IGNORED) if (pattern.test(key)) return { field: null, confidence: 1, note };
  for (const [pattern, field] of KEYWORDS) if (pattern.test(key)) return { field, confidence: 0.6, note: null };
  return { field: null, confidence: 0, note: 'colonne non reconnue' };
}
