// Plain-French names and explanations of what the scan looks for.
import type { ParType, Statut } from './types.ts';

export interface TypeDonnee {
  libelle: string;
  explication: string;
}

export const COURANTES: Record<string, TypeDonnee> = {
  email: { libelle: 'Adresses e-mail', explication: 'Elles permettent de joindre une personne directement : une liste qui fuit sert au démarchage ou à l’hameçonnage.' },
  phone: { libelle: 'Numéros de téléphone', explication: 'Comme l’e-mail, ils identifient et permettent de joindre une personne.' },
  postal_address: { libelle: 'Adresses postales', explication: 'Elles disent où vit une personne : à garder seulement le temps utile.' },
  person_name: { libelle: 'Noms de personnes', explication: 'Un nom suffit à faire d’un fichier un fichier de données personnelles.' },
  birth_date: { libelle: 'Dates de naissance', explication: 'Souvent demandées sans nécessité ; associées à un nom, elles facilitent l’usurpation d’identité.' },
  ip_address: { libelle: 'Adresses IP', explication: 'Elles peuvent désigner la connexion d’une personne (journaux de site web, formulaires).' },
  siren: { libelle: 'Numéros SIREN', explication: 'Ils identifient une entreprise ; pour un entrepreneur individuel, ils désignent aussi une personne.' },
  siret: { libelle: 'Numéros SIRET', explication: 'Même remarque que le SIREN : l’établissement d’un entrepreneur individuel, c’est une personne.' },
};

export const SENSIBLES: Record<string, TypeDonnee> = {
  iban: { libelle: 'IBAN (coordonnées bancaires)', explication: 'Ils permettent des prélèvements frauduleux : conservez-les chiffrés, et seulement le temps nécessaire.' },
  card: { libelle: 'Numéros de carte bancaire', explication: 'Ils ne devraient jamais être gardés dans un fichier : supprimez-les après le paiement.' },
  nir: { libelle: 'Numéros de sécurité sociale', explication: 'Leur usage est réservé par la loi à quelques cas (santé, paie) : hors de ces cas, ne les gardez pas.' },
  health: { libelle: 'Données de santé', explication: 'Donnée « sensible » au sens du RGPD (article 9) : interdite sauf exceptions, et à protéger tout particulièrement.' },
  religion: { libelle: 'Convictions religieuses', explication: 'Donnée « sensible » (article 9 du RGPD) : sa collecte est en principe interdite.' },
  political: { libelle: 'Opinions politiques', explication: 'Donnée « sensible » (article 9 du RGPD) : sa collecte est en principe interdite.' },
  union_membership: { libelle: 'Appartenance syndicale', explication: 'Donnée « sensible » (article 9 du RGPD) : sa collecte est en principe interdite.' },
  sexual_orientation: { libelle: 'Orientation sexuelle', explication: 'Donnée « sensible » (article 9 du RGPD) : sa collecte est en principe interdite.' },
  ethnic_origin: { libelle: 'Origine raciale ou ethnique', explication: 'Donnée « sensible » (article 9 du RGPD) : sa collecte est en principe interdite.' },
  sex_life: { libelle: 'Vie sexuelle', explication: 'Donnée « sensible » (article 9 du RGPD), que des notes de séance gardent souvent : à protéger tout particulièrement, et seulement si elle sert au suivi.' },
  genetic: { libelle: 'Données génétiques', explication: 'Donnée « sensible » (article 9 du RGPD) : un test ADN ou une mutation révèle aussi la famille de la personne.' },
  criminal_offence: { libelle: 'Infractions et condamnations pénales', explication: 'Casier judiciaire, condamnation, garde à vue, retrait de permis… (article 10 du RGPD) : hors des cas prévus par la loi, ne les gardez pas ; un extrait de casier judiciaire se consulte, il ne se conserve pas.' },
};

export function libelleType(type: string): string {
  return COURANTES[type]?.libelle ?? SENSIBLES[type]?.libelle ?? type;
}

/** "3 adresses e-mail, 1 IBAN" — the types found in a file or a folder. */
export function detailTypes(parType: ParType): string {
  const parts = Object.entries(parType)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${n} × ${libelleType(type).toLowerCase()}`);
  return parts.join(', ');
}

export const STATUTS: Record<Statut, string> = {
  en_cours: 'En cours',
  terminee: 'Terminée',
  annulee: 'Annulée',
  echouee: 'Échouée',
  interrompue: 'Interrompue',
};

export function pluriel(n: number, singulier: string, plurielForme = `${singulier}s`): string {
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? plurielForme : singulier}`;
}

export function taille(octets: number): string {
  if (octets < 1024) return `${octets} o`;
  if (octets < 1024 * 1024) return `${(octets / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
  return `${(octets / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

export function duree(secondes: number): string {
  if (secondes < 60) return `${secondes} s`;
  const min = Math.floor(secondes / 60);
  if (min < 60) return `${min} min ${String(secondes % 60).padStart(2, '0')} s`;
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}
