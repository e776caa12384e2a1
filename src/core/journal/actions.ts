// Journal action codes and how they read in French.
export const ACTIONS = {
  'compte.cree': 'Compte et entreprise créés',
  'connexion.reussie': 'Connexion réussie',
  'connexion.echec': 'Échec de connexion (mot de passe incorrect)',
  'connexion.totp_echec': 'Échec de connexion (code de vérification incorrect)',
  'connexion.totp_rejoue': 'Code de vérification déjà utilisé (rejeu refusé)',
  'connexion.code_secours': 'Connexion avec un code de secours',
  'connexion.refusee_verrouillage': 'Connexion refusée : compte verrouillé',
  'compte.verrouille': 'Compte verrouillé temporairement après plusieurs échecs',
  deconnexion: 'Déconnexion',
  'session.revoquee': 'Session révoquée',
  'mot_de_passe.modifie': 'Mot de passe modifié',
  'mot_de_passe.echec_modification': 'Modification du mot de passe refusée (mot de passe actuel incorrect)',
  'mot_de_passe.reinitialisation_demandee': 'Réinitialisation du mot de passe demandée',
  'mot_de_passe.reinitialise': 'Mot de passe réinitialisé par lien à usage unique',
  'mot_de_passe.jeton_refuse': 'Lien de réinitialisation refusé (expiré ou déjà utilisé)',
  'mot_de_passe.cle_recuperation_refusee': 'Clé de récupération incorrecte',
  '2fa.preparee': 'Double authentification en cours d’activation',
  '2fa.activee': 'Double authentification activée',
  '2fa.desactivee': 'Double authentification désactivée',
  '2fa.echec': 'Code de double authentification refusé',
  '2fa.codes_regeneres': 'Codes de secours régénérés',
  '2fa.reinitialisee_admin': 'Double authentification réinitialisée avec la clé de récupération',
  'entreprise.modifiee': 'Informations de l’entreprise modifiées',
  'utilisateurs.lecture': 'Consultation de la liste des utilisateurs',
  'utilisateur.cree': 'Utilisateur ajouté',
  'utilisateur.supprime': 'Utilisateur supprimé',
  'utilisateur.mot_de_passe_defini': 'Mot de passe d’un utilisateur redéfini par le propriétaire',
  'journal.exporte': 'Journal exporté',
  'journal.verifie': 'Intégrité du journal vérifiée',
  'securite.csrf_refuse': 'Requête refusée : jeton anti-CSRF invalide',
  'securite.acces_refuse': 'Accès refusé à un élément d’une autre entreprise ou inexistant',
  'securite.role_refuse': 'Action refusée : rôle insuffisant',
} as const;

export type ActionCode = keyof typeof ACTIONS;

export function actionLabel(code: string): string {
  return (ACTIONS as Record<string, string>)[code] ?? code;
}

export const ROLE_LABELS: Record<string, string> = {
  owner: 'Propriétaire',
  collaborator: 'Collaborateur',
  accountant: 'Comptable (lecture seule)',
  system: 'Système',
  anonymous: 'Inconnu',
};
