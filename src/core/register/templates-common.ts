// Templates for the activities almost every micro-entreprise has. Retention periods follow
// the CNIL référentiels (gestion commerciale, recrutement, vidéoprotection) and the Code de
// commerce; each template is a starting point the user edits.
import type { ProcessingBody } from './template-types.ts';
import { BASE_SECURITY, MANDATORY_FOR_CONTRACT, OPTIONAL, PAPER_SECURITY, RECIPIENTS, SUPPORTS, cat, defaultRisks } from './template-kit.ts';

export const gestionClients = (): ProcessingBody => ({
  name: 'Gestion des clients et facturation',
  description: 'Suivi des clients, devis, commandes, factures et paiements.',
  purposes: [
    { purpose: 'Établir les devis, réaliser les prestations et suivre la relation avec les clients', legalBasis: 'contrat' },
    { purpose: 'Émettre les factures et suivre les paiements', legalBasis: 'obligation_legale' },
    { purpose: 'Gérer les réclamations et les garanties', legalBasis: 'contrat' },
  ],
  peopleCategories: ['Clients', 'Personnes ayant demandé un devis'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('economique_financier', { mandatory: true, consequence: 'La facture ne peut pas être établie sans ces informations, exigées par la loi.' }, 'devis, factures, règlements'),
    cat('bancaire', OPTIONAL, 'uniquement en cas de paiement par prélèvement'),
  ],
  sources: ['Directement auprès des clients (demande de devis, commande)'],
  collectedVia: ['devis_contrat', 'email', 'telephone'],
  recipients: [RECIPIENTS.entreprise, RECIPIENTS.logicielFacturation, RECIPIENTS.expertComptable, RECIPIENTS.banque],
  transfers: [],
  retention: [
    { what: 'Dossier client', duration: 'Durée de la relation commerciale, puis 3 ans', months: 36, trigger: 'Fin de la relation commerciale' },
    { what: 'Devis non suivis', duration: '3 ans', months: 36, trigger: 'Date du devis ou dernier contact venant du prospect' },
    { what: 'Factures et pièces comptables', duration: '10 ans (article L123-22 du Code de commerce)', months: 120, trigger: 'Clôture de l’exercice comptable' },
  ],
  securityMeasures: [...BASE_SECURITY, PAPER_SECURITY],
  supports: [SUPPORTS.ordinateur, SUPPORTS.rempart, SUPPORTS.facturation, SUPPORTS.messagerie, SUPPORTS.classeur],
  automatedDecision: { exists: false },
  risks: defaultRisks('financiere', { paper: true }),
});

export const prospection = (): ProcessingBody => ({
  name: 'Prospection commerciale et lettre d’information',
  description: 'Envoi d’offres et de la lettre d’information aux clients et aux personnes inscrites.',
  purposes: [
    { purpose: 'Envoyer la lettre d’information et des offres aux personnes qui l’ont demandé', legalBasis: 'consentement' },
    {
      purpose: 'Proposer aux clients des prestations similaires à celles déjà achetées',
      legalBasis: 'interet_legitime',
      legitimateInterest: 'Faire connaître à nos clients des prestations analogues à celles qu’ils ont déjà achetées (article L34-5 du Code des postes et des communications électroniques) ; ils peuvent s’y opposer à tout moment.',
    },
  ],
  peopleCategories: ['Abonnés à la lettre d’information', 'Clients', 'Prospects'],
  dataCategories: [
    cat('identite', OPTIONAL, 'prénom'),
    cat('coordonnees', { mandatory: true, consequence: 'Sans adresse e-mail, la lettre d’information ne peut pas être envoyée.' }, 'adresse e-mail'),
    cat('connexion', OPTIONAL, 'ouvertures et clics, preuve du consentement (date, formulaire)'),
  ],
  sources: ['Formulaire d’inscription', 'Clients ayant accepté de recevoir des offres'],
  collectedVia: ['formulaire_web', 'devis_contrat'],
  recipients: [
    RECIPIENTS.entreprise,
    { kind: 'sous_traitant', name: 'Outil d’envoi de la lettre d’information', role: 'Gestion de la liste et envoi des e-mails', contractStatus: 'a_verifier' },
  ],
  transfers: [],
  retention: [
    { what: 'Prospects et abonnés', duration: '3 ans après le dernier contact venant de la personne', months: 36, trigger: 'Dernier contact (clic, réponse, achat)' },
    { what: 'Preuve du consentement', duration: 'Durée d’utilisation du consentement, puis 5 ans', months: 60, trigger: 'Fin d’utilisation du consentement' },
    { what: 'Liste d’opposition (désinscrits)', duration: '3 ans', months: 36, trigger: 'Désinscription' },
  ],
  securityMeasures: [...BASE_SECURITY, 'Lien de désinscription dans chaque envoi'],
  supports: [SUPPORTS.ordinateur, { kind: 'logiciel', name: 'Outil d’envoi de la lettre d’information' }, SUPPORTS.messagerie],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});

export const siteWeb = (): ProcessingBody => ({
  name: 'Site web : formulaire de contact et mesure d’audience',
  description: 'Réponse aux messages envoyés par le formulaire de contact et statistiques de fréquentation du site.',
  purposes: [
    { purpose: 'Répondre aux demandes envoyées par le formulaire de contact', legalBasis: 'contrat' },
    {
      purpose: 'Mesurer la fréquentation du site (statistiques anonymes)',
      legalBasis: 'interet_legitime',
      legitimateInterest: 'Connaître la fréquentation du site pour l’améliorer, avec un outil de mesure d’audience configuré selon les recommandations de la CNIL (exempté de consentement).',
    },
  ],
  peopleCategories: ['Visiteurs du site', 'Personnes qui envoient un message'],
  dataCategories: [
    cat('identite', { mandatory: true, consequence: 'Sans nom, nous ne pouvons pas vous répondre personnellement.' }),
    cat('coordonnees', { mandatory: true, consequence: 'Sans adresse e-mail ou téléphone, nous ne pouvons pas vous répondre.' }),
    cat('vie_personnelle', OPTIONAL, 'contenu libre du message'),
    cat('internet', OPTIONAL, 'cookies de mesure d’audience'),
    cat('connexion', OPTIONAL, 'adresse IP, journaux techniques de l’hébergeur'),
  ],
  sources: ['Formulaire de contact du site', 'Navigation sur le site'],
  collectedVia: ['formulaire_web', 'automatique'],
  recipients: [RECIPIENTS.entreprise, RECIPIENTS.hebergeurSite, { kind: 'sous_traitant', name: 'Outil de mesure d’audience', role: 'Statistiques de fréquentation', contractStatus: 'a_verifier' }],
  transfers: [],
  retention: [
    { what: 'Messages du formulaire', duration: '3 ans après le dernier contact', months: 36, trigger: 'Dernier échange' },
    { what: 'Cookies de mesure d’audience', duration: '13 mois', months: 13, trigger: 'Dépôt du cookie' },
    { what: 'Statistiques de fréquentation', duration: '25 mois', months: 25, trigger: 'Collecte' },
    { what: 'Journaux techniques de l’hébergeur', duration: '1 an', months: 12, trigger: 'Connexion (obligation de conservation des hébergeurs)' },
  ],
  securityMeasures: ['Site servi en HTTPS', 'Protection du formulaire contre les robots (sans traceur publicitaire)', 'Mises à jour du site et de ses extensions', ...BASE_SECURITY.slice(0, 2)],
  supports: [{ kind: 'logiciel', name: 'Site web et son hébergement' }, SUPPORTS.messagerie],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});

export const rendezVous = (): ProcessingBody => ({
  name: 'Prise de rendez-vous',
  description: 'Prise, rappel et suivi des rendez-vous.',
  purposes: [
    { purpose: 'Prendre les rendez-vous, envoyer les confirmations et les rappels', legalBasis: 'contrat' },
  ],
  peopleCategories: ['Clients', 'Personnes qui prennent rendez-vous'],
  dataCategories: [
    cat('identite', { mandatory: true, consequence: 'Sans nom, le rendez-vous ne peut pas être enregistré.' }),
    cat('coordonnees', { mandatory: true, consequence: 'Sans e-mail ou téléphone, nous ne pouvons pas confirmer ni déplacer le rendez-vous.' }),
    cat('vie_personnelle', OPTIONAL, 'motif du rendez-vous, sans information de santé'),
  ],
  sources: ['Directement auprès des personnes (en ligne, par téléphone, sur place)'],
  collectedVia: ['formulaire_web', 'telephone', 'sur_place'],
  recipients: [RECIPIENTS.entreprise, { kind: 'sous_traitant', name: 'Outil de prise de rendez-vous en ligne', role: 'Agenda en ligne, rappels par SMS ou e-mail', contractStatus: 'a_verifier' }],
  transfers: [],
  retention: [
    { what: 'Rendez-vous', duration: '3 ans après le dernier rendez-vous', months: 36, trigger: 'Dernier rendez-vous' },
  ],
  securityMeasures: [...BASE_SECURITY.slice(0, 3), 'Rappels sans détail sur l’objet du rendez-vous'],
  supports: [{ kind: 'logiciel', name: 'Agenda en ligne' }, SUPPORTS.telephone],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});

export const recrutement = (): ProcessingBody => ({
  name: 'Recrutement ponctuel',
  description: 'Réception et examen des candidatures (salarié, apprenti, stagiaire).',
  purposes: [
    { purpose: 'Examiner les candidatures et organiser les entretiens', legalBasis: 'contrat' },
    {
      purpose: 'Conserver les candidatures non retenues pour un poste futur',
      legalBasis: 'consentement',
    },
  ],
  peopleCategories: ['Candidats'],
  dataCategories: [
    cat('identite', { mandatory: true, consequence: 'Sans ces informations, la candidature ne peut pas être examinée.' }),
    cat('coordonnees', { mandatory: true, consequence: 'Sans coordonnées, nous ne pouvons pas vous recontacter.' }),
    cat('vie_professionnelle', { mandatory: true, consequence: 'Sans CV, la candidature ne peut pas être examinée.' }, 'CV, lettre de motivation, notes d’entretien'),
  ],
  sources: ['Directement auprès des candidats', 'Sites d’offres d’emploi, France Travail'],
  collectedVia: ['email', 'sur_place'],
  recipients: [RECIPIENTS.entreprise],
  transfers: [],
  retention: [
    { what: 'Candidature non retenue', duration: 'Fin du recrutement, ou 2 ans après le dernier contact avec l’accord du candidat', months: 24, trigger: 'Dernier contact avec le candidat' },
    { what: 'Candidature retenue', duration: 'Versée au dossier du salarié', trigger: 'Embauche' },
  ],
  securityMeasures: [...BASE_SECURITY, PAPER_SECURITY, 'Notes d’entretien factuelles, sans appréciation sans lien avec le poste'],
  supports: [SUPPORTS.messagerie, SUPPORTS.ordinateur, SUPPORTS.classeur],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante', { paper: true }),
});

export const comptabilite = (): ProcessingBody => ({
  name: 'Comptabilité avec l’expert-comptable',
  description: 'Tenue de la comptabilité, déclarations fiscales et sociales.',
  purposes: [
    { purpose: 'Tenir la comptabilité et conserver les pièces justificatives', legalBasis: 'obligation_legale' },
    { purpose: 'Établir les déclarations fiscales et sociales', legalBasis: 'obligation_legale' },
  ],
  peopleCategories: ['Clients', 'Fournisseurs'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('economique_financier', { mandatory: true, consequence: 'Ces informations sont exigées par la loi (factures, pièces comptables).' }),
    cat('bancaire', OPTIONAL, 'relevés bancaires de l’entreprise'),
  ],
  sources: ['Factures émises et reçues', 'Relevés bancaires de l’entreprise'],
  collectedVia: ['devis_contrat'],
  recipients: [RECIPIENTS.entreprise, RECIPIENTS.expertComptable, RECIPIENTS.administrationFiscale],
  transfers: [],
  retention: [
    { what: 'Pièces comptables et factures', duration: '10 ans (article L123-22 du Code de commerce)', months: 120, trigger: 'Clôture de l’exercice comptable' },
  ],
  securityMeasures: [...BASE_SECURITY, 'Échanges avec l’expert-comptable par un espace sécurisé plutôt que par e-mail'],
  supports: [SUPPORTS.ordinateur, SUPPORTS.facturation, { kind: 'logiciel', name: 'Espace de partage avec l’expert-comptable' }, SUPPORTS.classeur],
  automatedDecision: { exists: false },
  risks: defaultRisks('financiere', { paper: true }),
});

export const videosurveillance = (): ProcessingBody => ({
  name: 'Vidéosurveillance du local',
  description: 'Caméras filmant l’entrée et les zones de stockage du local professionnel.',
  purposes: [
    {
      purpose: 'Assurer la sécurité des biens et des personnes dans le local',
      legalBasis: 'interet_legitime',
      legitimateInterest: 'Prévenir les vols et dégradations et pouvoir en apporter la preuve, sans filmer la voie publique ni les postes de travail en continu.',
    },
  ],
  peopleCategories: ['Clients et visiteurs', 'Salariés éventuels', 'Prestataires'],
  dataCategories: [cat('image', OPTIONAL, 'images des personnes filmées, date et heure')],
  sources: ['Caméras du local'],
  collectedVia: ['automatique', 'sur_place'],
  recipients: [RECIPIENTS.entreprise, { kind: 'tiers', name: 'Forces de l’ordre', role: 'Sur réquisition, en cas d’incident', contractStatus: 'sans_objet' }],
  transfers: [],
  retention: [
    { what: 'Enregistrements vidéo', duration: '1 mois au plus (sauf incident : le temps de la procédure)', months: 1, trigger: 'Enregistrement' },
  ],
  securityMeasures: [
    'Panneau d’information visible à l’entrée du local',
    'Accès aux images limité au chef d’entreprise, par mot de passe',
    'Mot de passe par défaut de l’enregistreur changé, mises à jour appliquées',
    'Effacement automatique des images après 1 mois',
  ],
  supports: [
    { kind: 'materiel', name: 'Caméras de vidéosurveillance', location: 'Entrée et réserve du local' },
    { kind: 'materiel', name: 'Enregistreur vidéo', location: 'Local, dans un meuble fermé' },
    { kind: 'lieu', name: 'Local professionnel' },
  ],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});

export const demandesDroits = (): ProcessingBody => ({
  name: 'Gestion des demandes d’exercice des droits',
  description: 'Réponse aux demandes d’accès, de rectification, d’effacement, d’opposition… et preuve de la réponse.',
  purposes: [{ purpose: 'Répondre aux demandes d’exercice des droits et en conserver la preuve', legalBasis: 'obligation_legale' }],
  peopleCategories: ['Personnes exerçant leurs droits (clients, prospects, candidats…)'],
  dataCategories: [
    cat('identite', { mandatory: true, consequence: 'Sans ces informations, la demande ne peut pas être traitée.' }),
    cat('coordonnees', { mandatory: true, consequence: 'Sans coordonnées, nous ne pouvons pas vous répondre.' }),
  ],
  sources: ['Directement auprès des personnes'],
  collectedVia: ['email', 'sur_place'],
  recipients: [RECIPIENTS.entreprise],
  transfers: [],
  retention: [{ what: 'Demande et réponse', duration: '5 ans après la réponse (prescription civile, article 2224 du Code civil)', months: 60, trigger: 'Date de la réponse' }],
  securityMeasures: [...BASE_SECURITY.slice(0, 3), 'Vérification de l’identité du demandeur proportionnée, sans copie systématique de pièce d’identité'],
  supports: [SUPPORTS.rempart, SUPPORTS.messagerie],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});
