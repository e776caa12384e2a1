// Templates specific to one activity: health and well-being, home services, building trades,
// coaching and training, photography.
import type { ProcessingBody } from './template-types.ts';
import { BASE_SECURITY, MANDATORY_FOR_CONTRACT, OPTIONAL, PAPER_SECURITY, RECIPIENTS, SUPPORTS, cat, defaultRisks } from './template-kit.ts';

export const santeBienEtre = (): ProcessingBody => ({
  name: 'Suivi des clients en santé / bien-être',
  description: 'Dossier de suivi des séances (bilan, antécédents utiles, évolution) d’un praticien exerçant seul.',
  purposes: [
    { purpose: 'Assurer le suivi des séances et adapter l’accompagnement', legalBasis: 'contrat' },
    { purpose: 'Émettre les factures et notes d’honoraires', legalBasis: 'obligation_legale' },
  ],
  peopleCategories: ['Clients / patients', 'Représentants légaux des mineurs'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT, 'nom, prénom, date de naissance'),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('sante', { mandatory: false, consequence: 'L’accompagnement pourra être moins adapté à votre situation.' }, 'motif de consultation, antécédents utiles, observations de séance'),
    cat('vie_personnelle', OPTIONAL, 'habitudes de vie utiles à l’accompagnement'),
    cat('economique_financier', { mandatory: true, consequence: 'La facture ne peut pas être établie sans ces informations.' }),
  ],
  art9Condition: 'consentement_explicite',
  sources: ['Directement auprès des clients, lors du premier rendez-vous et des séances'],
  collectedVia: ['sur_place', 'formulaire_web', 'telephone'],
  recipients: [RECIPIENTS.entreprise, RECIPIENTS.expertComptable],
  transfers: [],
  retention: [
    {
      what: 'Dossier de suivi',
      duration: '5 ans après la dernière séance (prescription de la responsabilité civile, article 2224 du Code civil)',
      months: 60,
      trigger: 'Dernière séance',
    },
    { what: 'Factures', duration: '10 ans (article L123-22 du Code de commerce)', months: 120, trigger: 'Clôture de l’exercice comptable' },
  ],
  securityMeasures: [
    ...BASE_SECURITY,
    PAPER_SECURITY,
    'Dossiers de suivi stockés en ligne uniquement chez un hébergeur certifié HDS (hébergeur de données de santé)',
    'Aucune donnée de santé envoyée par e-mail non chiffré ni par SMS',
  ],
  supports: [SUPPORTS.ordinateur, SUPPORTS.rempart, { kind: 'papier', name: 'Fiches de suivi des séances', location: 'Armoire fermée à clé du cabinet' }, { kind: 'lieu', name: 'Cabinet' }],
  automatedDecision: { exists: false },
  risks: defaultRisks('sensible', { paper: true }),
});

export const servicesPersonne = (): ProcessingBody => ({
  name: 'Interventions de services à la personne',
  description: 'Organisation des interventions à domicile et attestations fiscales.',
  purposes: [
    { purpose: 'Organiser et réaliser les interventions au domicile des clients', legalBasis: 'contrat' },
    { purpose: 'Délivrer l’attestation fiscale annuelle (crédit d’impôt services à la personne)', legalBasis: 'obligation_legale' },
  ],
  peopleCategories: ['Clients (bénéficiaires des interventions)', 'Proches à prévenir'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('localisation', MANDATORY_FOR_CONTRACT, 'adresse d’intervention, codes d’accès, clés confiées'),
    cat('vie_personnelle', OPTIONAL, 'habitudes et consignes pour les interventions'),
    cat('economique_financier', { mandatory: true, consequence: 'L’attestation fiscale ne peut pas être délivrée sans ces informations.' }),
  ],
  sources: ['Directement auprès des clients ou de leurs proches'],
  collectedVia: ['devis_contrat', 'telephone', 'sur_place'],
  recipients: [RECIPIENTS.entreprise, RECIPIENTS.logicielFacturation, RECIPIENTS.expertComptable, RECIPIENTS.administrationFiscale],
  transfers: [],
  retention: [
    { what: 'Dossier client', duration: 'Durée du contrat, puis 3 ans', months: 36, trigger: 'Fin du contrat' },
    { what: 'Codes d’accès et clés', duration: 'Restitués ou effacés à la fin du contrat', months: 0, trigger: 'Fin du contrat' },
    { what: 'Factures et attestations fiscales', duration: '10 ans (article L123-22 du Code de commerce)', months: 120, trigger: 'Clôture de l’exercice comptable' },
  ],
  securityMeasures: [...BASE_SECURITY, 'Codes d’accès jamais notés avec l’adresse du client', 'Clés étiquetées sans nom ni adresse'],
  supports: [SUPPORTS.ordinateur, SUPPORTS.rempart, SUPPORTS.telephone, SUPPORTS.facturation],
  automatedDecision: { exists: false },
  risks: (() => {
    const r = defaultRisks('courante');
    r.dpia.criteria = ['personnes_vulnerables'];
    return r;
  })(),
});

export const artisanBatiment = (): ProcessingBody => ({
  name: 'Chantiers et garanties (artisan du bâtiment)',
  description: 'Devis, réalisation des chantiers, photos de suivi, garanties de parfait achèvement et décennale.',
  purposes: [
    { purpose: 'Établir les devis et réaliser les chantiers', legalBasis: 'contrat' },
    { purpose: 'Assurer le suivi des garanties (parfait achèvement, biennale, décennale)', legalBasis: 'obligation_legale' },
  ],
  peopleCategories: ['Clients', 'Occupants des logements'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('localisation', MANDATORY_FOR_CONTRACT, 'adresse du chantier, codes d’accès'),
    cat('image', OPTIONAL, 'photos du chantier, sans les occupants'),
    cat('economique_financier', { mandatory: true, consequence: 'La facture ne peut pas être établie sans ces informations.' }),
  ],
  sources: ['Directement auprès des clients'],
  collectedVia: ['devis_contrat', 'telephone', 'sur_place'],
  recipients: [
    RECIPIENTS.entreprise,
    { kind: 'tiers', name: 'Assureur (garantie décennale)', role: 'En cas de sinistre', contractStatus: 'sans_objet' },
    { kind: 'tiers', name: 'Sous-traitants du chantier (autres corps de métier)', role: 'Adresse et contact utiles à leur intervention', contractStatus: 'sans_objet' },
    RECIPIENTS.expertComptable,
  ],
  transfers: [],
  retention: [
    { what: 'Dossier de chantier (devis, procès-verbal de réception, photos)', duration: '10 ans après la réception des travaux (garantie décennale, article 1792-4-1 du Code civil)', months: 120, trigger: 'Réception des travaux' },
    { what: 'Factures', duration: '10 ans (article L123-22 du Code de commerce)', months: 120, trigger: 'Clôture de l’exercice comptable' },
  ],
  securityMeasures: [...BASE_SECURITY, PAPER_SECURITY, 'Téléphone de chantier verrouillé par code'],
  supports: [SUPPORTS.ordinateur, SUPPORTS.telephone, SUPPORTS.facturation, SUPPORTS.classeur, { kind: 'lieu', name: 'Véhicule et chantiers' }],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante', { paper: true }),
});

export const coachingFormation = (): ProcessingBody => ({
  name: 'Coaching et formation',
  description: 'Organisation des séances et des formations, suivi des participants, attestations.',
  purposes: [
    { purpose: 'Organiser les séances et formations et suivre la progression des participants', legalBasis: 'contrat' },
    { purpose: 'Établir les feuilles d’émargement et attestations exigées par les financeurs', legalBasis: 'obligation_legale' },
  ],
  peopleCategories: ['Participants', 'Clients (entreprises ou particuliers)'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('vie_professionnelle', OPTIONAL, 'objectifs, parcours, évaluations de fin de formation'),
    cat('vie_personnelle', OPTIONAL, 'éléments confiés pendant le coaching'),
  ],
  sources: ['Directement auprès des participants', 'Employeur ou financeur qui inscrit le participant'],
  collectedVia: ['devis_contrat', 'formulaire_web', 'email'],
  recipients: [
    RECIPIENTS.entreprise,
    { kind: 'tiers', name: 'Financeurs de la formation (OPCO, Caisse des dépôts pour le CPF)', role: 'Émargements et attestations', contractStatus: 'sans_objet' },
    { kind: 'sous_traitant', name: 'Outil de visioconférence', role: 'Séances à distance', contractStatus: 'a_verifier' },
  ],
  transfers: [],
  retention: [
    { what: 'Dossier du participant', duration: 'Durée de l’accompagnement, puis 3 ans', months: 36, trigger: 'Dernière séance' },
    { what: 'Émargements et attestations', duration: '6 ans (contrôle des financeurs)', months: 72, trigger: 'Fin de l’action de formation' },
  ],
  securityMeasures: [...BASE_SECURITY, 'Notes de coaching limitées à ce qui est utile à l’accompagnement'],
  supports: [SUPPORTS.ordinateur, SUPPORTS.messagerie, { kind: 'logiciel', name: 'Outil de visioconférence' }],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});

export const photographe = (): ProcessingBody => ({
  name: 'Prises de vue et droit à l’image (photographe)',
  description: 'Séances photo, livraison des images, autorisations de droit à l’image.',
  purposes: [
    { purpose: 'Réaliser et livrer les prises de vue commandées', legalBasis: 'contrat' },
    { purpose: 'Diffuser des images dans le portfolio et sur les réseaux sociaux', legalBasis: 'consentement' },
  ],
  peopleCategories: ['Clients', 'Personnes photographiées (dont mineurs, avec l’accord des parents)'],
  dataCategories: [
    cat('identite', MANDATORY_FOR_CONTRACT),
    cat('coordonnees', MANDATORY_FOR_CONTRACT),
    cat('image', MANDATORY_FOR_CONTRACT, 'photographies et vidéos'),
    cat('economique_financier', { mandatory: true, consequence: 'La facture ne peut pas être établie sans ces informations.' }),
  ],
  sources: ['Directement auprès des clients et des personnes photographiées'],
  collectedVia: ['devis_contrat', 'sur_place', 'email'],
  recipients: [RECIPIENTS.entreprise, { kind: 'sous_traitant', name: 'Galerie de livraison en ligne', role: 'Livraison des images aux clients', contractStatus: 'a_verifier' }, { kind: 'sous_traitant', name: 'Laboratoire d’impression', role: 'Tirages', contractStatus: 'a_verifier' }],
  transfers: [],
  retention: [
    { what: 'Images livrées', duration: '2 ans après la livraison (retirages), sauf accord du client', months: 24, trigger: 'Livraison' },
    { what: 'Autorisations de droit à l’image', duration: 'Durée de diffusion des images, puis 5 ans', months: 60, trigger: 'Fin de la diffusion' },
    { what: 'Factures', duration: '10 ans (article L123-22 du Code de commerce)', months: 120, trigger: 'Clôture de l’exercice comptable' },
  ],
  securityMeasures: [...BASE_SECURITY, 'Galeries de livraison protégées par mot de passe et liens à durée limitée', 'Cartes mémoire vidées après sauvegarde'],
  supports: [SUPPORTS.ordinateur, { kind: 'materiel', name: 'Appareils photo et cartes mémoire' }, { kind: 'materiel', name: 'Disques de sauvegarde des images' }, { kind: 'logiciel', name: 'Galerie de livraison en ligne' }],
  automatedDecision: { exists: false },
  risks: defaultRisks('courante'),
});
