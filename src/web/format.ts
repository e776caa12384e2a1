// French labels and formats shared by several pages.
import type { Role } from './types.ts';

export const ACTIVITES: { value: string; label: string }[] = [
  { value: 'artisan_batiment', label: 'Artisan du bâtiment' },
  { value: 'coaching_formation', label: 'Coaching / formation' },
  { value: 'sante_bien_etre', label: 'Santé / bien-être' },
  { value: 'services_personne', label: 'Services à la personne' },
  { value: 'photographe', label: 'Photographe' },
  { value: 'conseil_freelance', label: 'Conseil / freelance' },
  { value: 'commerce', label: 'Commerce' },
  { value: 'autre', label: 'Autre' },
];

export const ROLES: Record<Role, string> = {
  owner: 'Propriétaire',
  collaborator: 'Collaborateur',
  accountant: 'Comptable (lecture seule)',
};

export function dateHeure(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

/** "Firefox sur Windows" rather than the raw user agent string. */
export function appareil(userAgent: string | null): string {
  if (!userAgent) return 'Appareil inconnu';
  const nav = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Navigateur';
  const os = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iPhone / iPad' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'Mac' : /Linux/.test(userAgent) ? 'Linux' : '';
  return os ? `${nav} sur ${os}` : nav;
}
