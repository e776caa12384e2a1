// The guided first set-up: about a dozen questions in plain words (no legal jargon), each
// answered in a few seconds. setup.ts turns the answers into a register.
import { z } from 'zod';

export const SETUP_ACTIVITIES = ['artisan_batiment', 'coaching_formation', 'sante_bien_etre', 'services_personne', 'photographe', 'conseil_freelance', 'commerce', 'autre'] as const;

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, { error: `${what} : choix non reconnu.` });
const yesNo = (what: string) => z.boolean({ error: `${what} : répondez par oui ou non.` });
const text = (max: number, what: string) => z.string({ error: `${what} : texte attendu.` }).trim().max(max, { error: `${what} : ${max} caractères au maximum.` });

export const AUDIENCE_TOOLS = ['aucun', 'respectueux', 'google_analytics', 'ne_sais_pas'] as const;
export const NEWSLETTER_TOOLS = ['brevo', 'mailchimp', 'messagerie', 'autre'] as const;
export const APPOINTMENT_MODES = ['non', 'telephone', 'en_ligne'] as const;
export const CAMERA_MODES = ['non', 'entree', 'postes'] as const;
export const EMAIL_PROVIDERS = ['gmail', 'outlook', 'francais', 'autre'] as const;
export const CLOUD_PROVIDERS = ['aucun', 'google_drive', 'onedrive', 'dropbox', 'icloud', 'francais'] as const;
export const INVOICING_TOOLS = ['logiciel_en_ligne', 'logiciel_ordinateur', 'tableur', 'papier'] as const;

/** Every answer is optional: the set-up can be saved half-way and resumed. */
export const setupAnswersSchema = z.object({
  activite: choice(SETUP_ACTIVITIES, 'Activité').optional(),
  activiteDetail: text(200, 'Votre métier').optional(),
  siteWeb: yesNo('Site internet').optional(),
  formulaireContact: yesNo('Formulaire de contact').optional(),
  mesureAudience: choice(AUDIENCE_TOOLS, 'Statistiques de visite').optional(),
  newsletter: yesNo('Lettre d’information').optional(),
  outilNewsletter: choice(NEWSLETTER_TOOLS, 'Outil d’envoi').optional(),
  rendezVous: choice(APPOINTMENT_MODES, 'Rendez-vous').optional(),
  donneesSante: yesNo('Informations de santé').optional(),
  professionSanteReglementee: yesNo('Profession de santé réglementée').optional(),
  recrutement: yesNo('Recrutement').optional(),
  cameras: choice(CAMERA_MODES, 'Caméras').optional(),
  expertComptable: yesNo('Expert-comptable').optional(),
  messagerie: choice(EMAIL_PROVIDERS, 'Messagerie').optional(),
  stockageEnLigne: choice(CLOUD_PROVIDERS, 'Stockage en ligne').optional(),
  facturation: choice(INVOICING_TOOLS, 'Facturation').optional(),
  dossierClients: text(1000, 'Dossier des fichiers clients').optional(),
  dossiersPapier: yesNo('Dossiers papier').optional(),
  lieuPapier: text(300, 'Où sont les dossiers papier').optional(),
});
export type SetupAnswers = z.infer<typeof setupAnswersSchema>;
export type SetupQuestionId = keyof SetupAnswers;

export interface SetupQuestion {
  id: SetupQuestionId;
  question: string;
  help?: string;
  kind: 'choix' | 'oui_non' | 'texte' | 'dossier';
  options?: { value: string; label: string }[];
  /** Asked only when another answer has one of these values. */
  showIf?: { question: SetupQuestionId; in: readonly (string | boolean)[] };
}

export const SETUP_QUESTIONS: readonly SetupQuestion[] = [
  {
    id: 'activite',
    question: 'Quelle est votre activité ?',
    kind: 'choix',
    options: [
      { value: 'artisan_batiment', label: 'Artisan du bâtiment' },
      { value: 'coaching_formation', label: 'Coaching / formation' },
      { value: 'sante_bien_etre', label: 'Santé / bien-être' },
      { value: 'services_personne', label: 'Services à la personne' },
      { value: 'photographe', label: 'Photographe' },
      { value: 'conseil_freelance', label: 'Conseil / freelance' },
      { value: 'commerce', label: 'Commerce' },
      { value: 'autre', label: 'Autre' },
    ],
  },
  { id: 'activiteDetail', question: 'En quelques mots, quel est votre métier ?', help: 'Par exemple : plombier chauffagiste, sophrologue, photographe de mariage.', kind: 'texte' },
  { id: 'siteWeb', question: 'Avez-vous un site internet ?', kind: 'oui_non' },
  { id: 'formulaireContact', question: 'Les visiteurs peuvent-ils vous écrire par un formulaire sur votre site ?', kind: 'oui_non', showIf: { question: 'siteWeb', in: [true] } },
  {
    id: 'mesureAudience',
    question: 'Comptez-vous les visites de votre site ?',
    help: 'Les statistiques de visite (nombre de visiteurs, pages vues) déposent souvent des « cookies ».',
    kind: 'choix',
    options: [
      { value: 'aucun', label: 'Non' },
      { value: 'respectueux', label: 'Oui, avec un outil qui ne suit pas les visiteurs (Matomo, Plausible…)' },
      { value: 'google_analytics', label: 'Oui, avec Google Analytics' },
      { value: 'ne_sais_pas', label: 'Je ne sais pas' },
    ],
    showIf: { question: 'siteWeb', in: [true] },
  },
  { id: 'newsletter', question: 'Envoyez-vous des nouvelles ou des offres par e-mail à vos clients ou à des inscrits ?', kind: 'oui_non' },
  {
    id: 'outilNewsletter',
    question: 'Avec quel outil envoyez-vous ces e-mails ?',
    kind: 'choix',
    options: [
      { value: 'brevo', label: 'Brevo (ex-Sendinblue)' },
      { value: 'mailchimp', label: 'Mailchimp' },
      { value: 'messagerie', label: 'Ma messagerie habituelle' },
      { value: 'autre', label: 'Un autre outil' },
    ],
    showIf: { question: 'newsletter', in: [true] },
  },
  {
    id: 'rendezVous',
    question: 'Vos clients prennent-ils rendez-vous avec vous ?',
    kind: 'choix',
    options: [
      { value: 'non', label: 'Non' },
      { value: 'telephone', label: 'Oui, par téléphone ou de vive voix' },
      { value: 'en_ligne', label: 'Oui, en ligne (agenda sur internet)' },
    ],
  },
  { id: 'donneesSante', question: 'Notez-vous des informations sur la santé de vos clients (douleurs, médicaments, antécédents, grossesse…) ?', kind: 'oui_non' },
  {
    id: 'professionSanteReglementee',
    question: 'Exercez-vous une profession de santé avec un diplôme d’État ou un titre protégé (infirmier, kiné, psychologue, ostéopathe…) ?',
    kind: 'oui_non',
    showIf: { question: 'donneesSante', in: [true] },
  },
  { id: 'recrutement', question: 'Vous arrive-t-il de recruter quelqu’un (salarié, apprenti, stagiaire) ?', kind: 'oui_non' },
  {
    id: 'cameras',
    question: 'Avez-vous des caméras dans votre local ?',
    kind: 'choix',
    options: [
      { value: 'non', label: 'Non' },
      { value: 'entree', label: 'Oui, à l’entrée ou dans la réserve' },
      { value: 'postes', label: 'Oui, et elles filment aussi des personnes qui travaillent' },
    ],
  },
  { id: 'expertComptable', question: 'Travaillez-vous avec un expert-comptable ?', kind: 'oui_non' },
  {
    id: 'messagerie',
    question: 'Quelle messagerie utilisez-vous pour vos e-mails professionnels ?',
    kind: 'choix',
    options: [
      { value: 'gmail', label: 'Gmail' },
      { value: 'outlook', label: 'Outlook / Hotmail / Microsoft 365' },
      { value: 'francais', label: 'Celle de mon fournisseur internet ou d’un hébergeur français (Orange, Free, OVH…)' },
      { value: 'autre', label: 'Une autre' },
    ],
  },
  {
    id: 'stockageEnLigne',
    question: 'Rangez-vous des fichiers « dans le cloud » ?',
    kind: 'choix',
    options: [
      { value: 'aucun', label: 'Non' },
      { value: 'google_drive', label: 'Google Drive' },
      { value: 'onedrive', label: 'OneDrive' },
      { value: 'dropbox', label: 'Dropbox' },
      { value: 'icloud', label: 'iCloud' },
      { value: 'francais', label: 'Un service français ou européen' },
    ],
  },
  {
    id: 'facturation',
    question: 'Comment faites-vous vos devis et factures ?',
    kind: 'choix',
    options: [
      { value: 'logiciel_en_ligne', label: 'Avec un logiciel sur internet' },
      { value: 'logiciel_ordinateur', label: 'Avec un logiciel installé sur mon ordinateur' },
      { value: 'tableur', label: 'Avec un tableur ou un traitement de texte' },
      { value: 'papier', label: 'Sur papier' },
    ],
  },
  { id: 'dossierClients', question: 'Dans quel dossier de votre ordinateur rangez-vous les fichiers de vos clients ?', help: 'Par exemple : Documents/Clients. Rempart le surveillera.', kind: 'dossier' },
  { id: 'dossiersPapier', question: 'Gardez-vous des dossiers papier sur vos clients ?', kind: 'oui_non' },
  { id: 'lieuPapier', question: 'Où sont rangés ces dossiers papier ?', help: 'Par exemple : armoire fermée à clé du bureau.', kind: 'texte', showIf: { question: 'dossiersPapier', in: [true] } },
];

/** The questions to show given the answers so far (conditional ones only when they apply). */
export function visibleQuestions(answers: SetupAnswers): SetupQuestion[] {
  return SETUP_QUESTIONS.filter((q) => !q.showIf || q.showIf.in.includes(answers[q.showIf.question] as string | boolean));
}
