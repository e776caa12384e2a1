// The navigation: what Rempart does or will do, in the order a user meets it.
export interface Capability {
  path: string;
  label: string;
  /** One line for the « Bientôt disponible » page; absent when the page exists. */
  soon?: string;
}

export const CAPABILITIES: Capability[] = [
  { path: '/tableau-de-bord', label: 'Tableau de bord' },
  { path: '/inventaire', label: 'Inventaire' },
  { path: '/registre', label: 'Registre des traitements' },
  { path: '/clients', label: 'Fichier clients' },
  { path: '/droits', label: 'Droits des personnes' },
  { path: '/conservation', label: 'Durées de conservation' },
  { path: '/politique', label: 'Politique de confidentialité' },
  { path: '/violations', label: 'Violations de données' },
  { path: '/sauvegardes', label: 'Sauvegardes' },
  { path: '/hygiene', label: 'Hygiène de sécurité' },
  { path: '/securite', label: 'Sécurité du compte' },
  { path: '/entreprise', label: 'Entreprise' },
];

export function findCapability(path: string): Capability | undefined {
  return CAPABILITIES.find((c) => c.path === path);
}
