// Shapes of the /api/scans answers.
import type { UnreadKind } from '../../../core/scan/unread.ts';

export type Statut = 'en_cours' | 'terminee' | 'annulee' | 'echouee' | 'interrompue';
export type ParType = Record<string, number>;

export interface Totaux {
  courantes: number;
  sensibles: number;
  parType: ParType;
}

export interface Progression {
  fichiers: number;
  totalFichiers: number | null;
  octets: number;
  totalOctets: number | null;
  donnees: number;
  pourcentage: number | null;
  resteSecondes: number | null;
}

export interface Analyse {
  id: string;
  statut: Statut;
  origine: string;
  dossiers: string[];
  debut: string;
  fin: string | null;
  fichiers: number;
  erreurs: number;
  octets: number;
  donnees: number;
  totaux: Totaux;
  /** Files not read, by kind (core/scan/unread.ts). */
  nonLus: Record<string, number>;
  /** The scan read the text of images (« Lire aussi le texte des photos… »). */
  imagesLues: boolean;
  echec: string | null;
  progression: Progression | null;
}

export interface ResumeDossier {
  dossier: string;
  fichiers: number;
  erreurs: number;
  octets: number;
  courantes: number;
  sensibles: number;
  parType: ParType;
}

export interface Fichier {
  chemin: string;
  dossier: string;
  format: string;
  taille: number;
  modifieLe: string;
  courantes: number;
  sensibles: number;
  parType: ParType;
  erreur: string | null;
  nonLus: Partial<Record<UnreadKind, number>>;
}

export interface Detail {
  analyse: Analyse;
  parDossier: ResumeDossier[];
  fichiers: { page: number; parPage: number; total: number; erreursSeulement: boolean; elements: Fichier[] };
}

export interface Historique {
  analyses: Analyse[];
  enCours: string | null;
}
