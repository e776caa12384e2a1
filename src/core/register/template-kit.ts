// Building blocks shared by the templates: catalogue categories, usual recipients, supports,
// security measures and default risks of a micro-entreprise. Kept apart so templates.ts reads
// as the list of activities, not as plumbing.
import { catalogueCategory } from './categories.ts';
import type { DataCategory, Measure, Recipient, Risks, RiskEvent, Support } from './model.ts';

/** A catalogue category, optionally with whether people must provide it. */
export function cat(key: string, required?: { mandatory: boolean; consequence?: string }, details?: string): DataCategory {
  const c = catalogueCategory(key);
  if (!c) throw new Error(`Catégorie inconnue du catalogue : ${key}`);
  const out: DataCategory = { key: c.key, label: c.label, sensitive: c.sensitive };
  if (c.art9) out.art9 = c.art9;
  if (c.banking) out.banking = true;
  if (c.nir) out.nir = true;
  if (required) out.required = required;
  if (details) out.details = details;
  return out;
}

export const MANDATORY_FOR_CONTRACT = { mandatory: true, consequence: 'Sans ces informations, la prestation ne peut pas être réalisée ni facturée.' };
export const OPTIONAL = { mandatory: false, consequence: 'Aucune : ces informations sont facultatives.' };

export const RECIPIENTS = {
  entreprise: { kind: 'interne', name: 'Le chef d’entreprise', role: 'Accès à l’ensemble des données du traitement' },
  expertComptable: {
    kind: 'sous_traitant',
    name: 'Expert-comptable',
    role: 'Tenue de la comptabilité et déclarations fiscales',
    contractStatus: 'a_verifier',
  },
  logicielFacturation: { kind: 'sous_traitant', name: 'Logiciel de facturation en ligne', role: 'Édition et stockage des devis et factures', contractStatus: 'a_verifier' },
  hebergeurSite: { kind: 'sous_traitant', name: 'Hébergeur du site web', role: 'Hébergement du site et des messages du formulaire', contractStatus: 'a_verifier' },
  messagerie: { kind: 'sous_traitant', name: 'Fournisseur de messagerie électronique', role: 'Envoi et stockage des e-mails', contractStatus: 'a_verifier' },
  administrationFiscale: { kind: 'tiers', name: 'Administration fiscale et organismes sociaux', role: 'Sur demande, dans le cadre d’un contrôle', contractStatus: 'sans_objet' },
  banque: { kind: 'tiers', name: 'Banque de l’entreprise', role: 'Encaissement des paiements', contractStatus: 'sans_objet' },
} satisfies Record<string, Recipient>;

export const SUPPORTS = {
  ordinateur: { kind: 'materiel', name: 'Ordinateur professionnel', location: 'Bureau' },
  telephone: { kind: 'materiel', name: 'Téléphone portable professionnel' },
  messagerie: { kind: 'canal', name: 'Messagerie électronique' },
  rempart: { kind: 'logiciel', name: 'Rempart (fichier clients chiffré)', location: 'Sur l’ordinateur de l’entreprise' },
  facturation: { kind: 'logiciel', name: 'Logiciel de facturation' },
  classeur: { kind: 'papier', name: 'Classeur des dossiers papier', location: 'Armoire fermée à clé du bureau' },
  bureau: { kind: 'lieu', name: 'Bureau de l’entreprise' },
} satisfies Record<string, Support>;

/** The baseline any business can apply; listed in the register's « mesures de sécurité ». */
export const BASE_SECURITY = [
  'Mots de passe robustes et différents pour chaque compte, gestionnaire de mots de passe',
  'Double authentification sur la messagerie et les services en ligne',
  'Mises à jour automatiques du système et des logiciels, antivirus actif',
  'Sauvegardes chiffrées régulières, dont une copie hors du bureau',
  'Écran verrouillé automatiquement, disque de l’ordinateur chiffré',
];
export const PAPER_SECURITY = 'Dossiers papier rangés dans une armoire fermée à clé';

const m = (label: string, reduces: Measure['reduces']): Measure => ({ label, reduces });
export const MEASURES = {
  motsDePasse: m('Mots de passe robustes et double authentification', 'vraisemblance'),
  chiffrement: m('Données chiffrées (disque, fichier clients, sauvegardes)', 'gravite'),
  misesAJour: m('Mises à jour et antivirus', 'vraisemblance'),
  sauvegardes: m('Sauvegardes chiffrées régulières, dont une hors du bureau', 'gravite'),
  restaurationTestee: m('Restauration des sauvegardes testée', 'vraisemblance'),
  historique: m('Historique des modifications conservé', 'gravite'),
  accesRestreint: m('Accès limité aux seules personnes qui en ont besoin', 'vraisemblance'),
  armoire: m('Dossiers papier sous clé', 'vraisemblance'),
};

type Sensitivity = 'courante' | 'financiere' | 'sensible';

/**
 * The three feared events with the usual sources and measures of a micro-entreprise; severity
 * follows what the data reveal (courantes: limitée, bancaires: importante, santé/NIR: maximale).
 */
export function defaultRisks(sensitivity: Sensitivity, opts: { paper?: boolean } = {}): Risks {
  const severity = sensitivity === 'sensible' ? 'maximale' : sensitivity === 'financiere' ? 'importante' : 'limitee';
  const access: RiskEvent = {
    event: 'acces_illegitime',
    sources: ['humaine_externe', 'humaine_interne'],
    impacts:
      sensitivity === 'sensible'
        ? 'Divulgation d’informations intimes : atteinte à la vie privée, discrimination, gêne durable.'
        : sensitivity === 'financiere'
          ? 'Fraude bancaire, hameçonnage ciblé, usurpation d’identité.'
          : 'Sollicitations non désirées, hameçonnage ciblé.',
    severity,
    likelihood: 'limitee',
    measures: [MEASURES.motsDePasse, MEASURES.chiffrement, MEASURES.accesRestreint, ...(opts.paper ? [MEASURES.armoire] : [])],
  };
  const change: RiskEvent = {
    event: 'modification_non_desiree',
    sources: ['humaine_interne', 'bug'],
    impacts: 'Erreurs dans les dossiers : prestation ou facture erronée, décisions prises sur de fausses informations.',
    severity: sensitivity === 'sensible' ? 'importante' : 'limitee',
    likelihood: 'limitee',
    measures: [MEASURES.historique, MEASURES.misesAJour],
  };
  const loss: RiskEvent = {
    event: 'disparition',
    sources: ['panne', 'sinistre', 'humaine_externe', 'bug'],
    impacts: 'Perte du suivi des personnes, impossibilité de répondre à leurs demandes ou de prouver une prestation.',
    severity: sensitivity === 'courante' ? 'limitee' : 'importante',
    likelihood: 'limitee',
    measures: [MEASURES.sauvegardes, MEASURES.restaurationTestee],
  };
  return { events: [access, change, loss], dpia: { criteria: [], cnilCases: [] } };
}
