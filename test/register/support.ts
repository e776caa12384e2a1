// Shared answers and helpers for the register suites.
export const SETUP_ANSWERS = {
  activite: 'artisan_batiment',
  activiteDetail: 'Plombier chauffagiste',
  siteWeb: true,
  formulaireContact: true,
  mesureAudience: 'respectueux',
  newsletter: false,
  rendezVous: 'non',
  donneesSante: false,
  recrutement: false,
  cameras: 'non',
  expertComptable: true,
  messagerie: 'francais',
  stockageEnLigne: 'aucun',
  facturation: 'logiciel_en_ligne',
  dossierClients: '/home/jean/Documents/Clients',
  dossiersPapier: true,
  lieuPapier: 'Armoire fermée à clé du bureau',
} as const;

export const SCRIPT = '<script>alert("x")</script>';
