// The templates a micro-entrepreneur picks at sign-up (or later): each builds a complete,
// editable processing in plain French. suggestTemplates() proposes the ones that fit the
// business's activity (the tenant's `activite` key, or free text).
import type { Processing } from './model.ts';
import type { ProcessingBody } from './template-types.ts';
import { artisanBatiment, coachingFormation, photographe, santeBienEtre, servicesPersonne } from './templates-activity.ts';
import { comptabilite, demandesDroits, gestionClients, prospection, rendezVous, recrutement, siteWeb, videosurveillance } from './templates-common.ts';

export type { ProcessingBody } from './template-types.ts';

export interface ProcessingTemplate {
  id: string;
  label: string;
  description: string;
  /** 'commun' templates fit almost every business; 'activite' ones a given trade. */
  group: 'commun' | 'activite';
  /** Tenant activity keys (server/validation ACTIVITES) this template is suggested for. */
  activities: readonly string[];
  /** Words of a free-text activity that suggest this template (lower case, no accents). */
  keywords: readonly string[];
  build: () => ProcessingBody;
}

const HEALTH_WORDS = ['sante', 'bien-etre', 'naturopath', 'sophrolog', 'osteopath', 'kine', 'psycholog', 'therapeute', 'infirmi', 'reflexolog', 'hypno', 'dieteti', 'massage'];

export const TEMPLATES: readonly ProcessingTemplate[] = [
  { id: 'gestion_clients', label: 'Gestion des clients et facturation', description: 'Devis, commandes, factures, paiements et suivi des clients.', group: 'commun', activities: ['*'], keywords: [], build: gestionClients },
  { id: 'comptabilite', label: 'Comptabilité avec l’expert-comptable', description: 'Pièces comptables et déclarations, partagées avec l’expert-comptable.', group: 'commun', activities: ['*'], keywords: [], build: comptabilite },
  { id: 'demandes_droits', label: 'Demandes d’exercice des droits', description: 'Réponse aux demandes d’accès, d’effacement, d’opposition… et preuve de la réponse.', group: 'commun', activities: ['*'], keywords: [], build: demandesDroits },
  { id: 'prospection_newsletter', label: 'Prospection commerciale et lettre d’information', description: 'Offres commerciales et lettre d’information par e-mail.', group: 'commun', activities: ['commerce', 'coaching_formation', 'photographe', 'sante_bien_etre'], keywords: ['newsletter', 'lettre', 'prospection', 'boutique', 'vente'], build: prospection },
  { id: 'site_web', label: 'Site web : formulaire de contact et mesure d’audience', description: 'Messages reçus par le site, cookies et statistiques de fréquentation.', group: 'commun', activities: [], keywords: ['site', 'web', 'internet', 'en ligne'], build: siteWeb },
  { id: 'rendez_vous', label: 'Prise de rendez-vous', description: 'Agenda, confirmations et rappels de rendez-vous.', group: 'commun', activities: ['sante_bien_etre', 'coaching_formation', 'photographe'], keywords: ['rendez-vous', 'rdv', 'seance', 'cabinet', 'coiff', 'esthetique', 'coach', ...HEALTH_WORDS], build: rendezVous },
  { id: 'recrutement', label: 'Recrutement ponctuel', description: 'Candidatures d’un salarié, d’un apprenti ou d’un stagiaire.', group: 'commun', activities: [], keywords: ['recrut', 'apprenti', 'stagiaire', 'salarie', 'embauche'], build: recrutement },
  { id: 'videosurveillance', label: 'Vidéosurveillance du local', description: 'Caméras à l’entrée et dans les réserves du local.', group: 'commun', activities: [], keywords: ['camera', 'videosurveillance', 'videoprotection'], build: videosurveillance },
  { id: 'sante_bien_etre', label: 'Santé et bien-être : suivi des clients', description: 'Dossier de suivi des séances, avec des données de santé.', group: 'activite', activities: ['sante_bien_etre'], keywords: HEALTH_WORDS, build: santeBienEtre },
  { id: 'services_personne', label: 'Services à la personne', description: 'Interventions à domicile et attestations fiscales.', group: 'activite', activities: ['services_personne'], keywords: ['domicile', 'menage', 'aide a domicile', 'garde', 'jardinage', 'services a la personne', 'soutien scolaire'], build: servicesPersonne },
  { id: 'artisan_batiment', label: 'Artisan du bâtiment : chantiers et garanties', description: 'Devis, chantiers, photos de suivi et garanties décennales.', group: 'activite', activities: ['artisan_batiment'], keywords: ['plomb', 'electric', 'macon', 'menuis', 'peintre', 'chauffag', 'couvreur', 'carrel', 'batiment', 'renovation', 'artisan'], build: artisanBatiment },
  { id: 'coaching_formation', label: 'Coaching et formation', description: 'Séances, formations, émargements et attestations.', group: 'activite', activities: ['coaching_formation'], keywords: ['coach', 'formation', 'formateur', 'formatrice', 'accompagnement'], build: coachingFormation },
  { id: 'photographe', label: 'Photographe : prises de vue et droit à l’image', description: 'Séances photo, livraison des images, autorisations de droit à l’image.', group: 'activite', activities: ['photographe'], keywords: ['photo', 'video', 'videaste', 'mariage'], build: photographe },
];

export function findTemplate(id: string): ProcessingTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** A template as a new draft processing. `id` defaults to the template id (one per register). */
export function instantiateTemplate(templateId: string, opts: { now: Date; id?: string }): Processing {
  const t = findTemplate(templateId);
  if (!t) throw new Error(`Modèle de traitement inconnu : ${templateId}`);
  const at = opts.now.toISOString();
  // build() returns fresh objects, but the shared kit constants are referenced: clone so
  // editing one processing never edits another.
  const body = structuredClone(t.build());
  return { id: opts.id ?? t.id, templateId: t.id, ...body, status: 'brouillon', createdAt: at, updatedAt: at };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/**
 * Templates that fit an activity, in list order: the common ones every business needs, then
 * those whose activity key or keywords match. `activity` is a tenant activity key
 * ('artisan_batiment'…) or the words the user typed (« plombier chauffagiste »).
 */
export function suggestTemplates(activity: string): ProcessingTemplate[] {
  const text = fold(activity);
  return TEMPLATES.filter(
    (t) => t.activities.includes('*') || t.activities.includes(activity) || t.keywords.some((k) => text.includes(k)),
  );
}
