// Themes of the "Hygiène de sécurité" self-assessment, in display order.

export const THEMES = [
  { id: 'mots-de-passe', label: 'Mots de passe', description: 'Des mots de passe longs, différents pour chaque compte et bien rangés.' },
  { id: 'double-authentification', label: 'Double authentification', description: 'Un code en plus du mot de passe pour vos comptes les plus importants.' },
  { id: 'postes-de-travail', label: 'Ordinateurs', description: 'Un ordinateur à jour, protégé et verrouillé quand vous vous absentez.' },
  { id: 'chiffrement', label: 'Chiffrement', description: 'Rendre vos fichiers illisibles pour qui vole ou trouve votre matériel.' },
  { id: 'reseaux', label: 'Internet et Wi-Fi', description: 'Une box bien réglée et de la prudence sur les Wi-Fi publics.' },
  { id: 'sauvegardes', label: 'Sauvegardes', description: 'Des copies régulières, à l’abri, et dont vous savez vous servir.' },
  { id: 'acces', label: 'Accès aux données', description: 'Chacun n’accède qu’à ce dont il a besoin, et on sait qui a fait quoi.' },
  { id: 'papier', label: 'Documents papier', description: 'Les dossiers papier aussi contiennent des données à protéger.' },
  { id: 'mobiles', label: 'Téléphone et appareils mobiles', description: 'Un téléphone perdu ne doit pas livrer les données de vos clients.' },
  { id: 'sous-traitants', label: 'Prestataires', description: 'Votre comptable, vos logiciels en ligne et votre hébergeur protègent aussi vos données.' },
  { id: 'sensibilisation', label: 'Vigilance', description: 'Savoir reconnaître les pièges, et les faire connaître autour de vous.' },
  { id: 'incidents', label: 'En cas de problème', description: 'Savoir quoi faire, et dans quel délai, si des données sont perdues ou volées.' },
] as const satisfies readonly { id: string; label: string; description: string }[];

export type ThemeId = (typeof THEMES)[number]['id'];
export type Theme = (typeof THEMES)[number];

export const THEME_IDS: readonly ThemeId[] = THEMES.map((t) => t.id);

export function themeLabel(id: ThemeId): string {
  return THEMES.find((t) => t.id === id)?.label ?? id;
}

/** Position of a theme in display order (used to break ties). */
export function themeOrder(id: ThemeId): number {
  return THEME_IDS.indexOf(id);
}
