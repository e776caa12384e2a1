// Shapes of the register API answers (docs/api.md, Register).
import type { MissingItem, ProcessingCompleteness } from '../../../core/register/completeness.ts';
import type { Art13Check } from '../../../core/register/art13.ts';
import type { Controller, Processing } from '../../../core/register/model.ts';
import type { DpiaAssessment, RiskAssessment } from '../../../core/register/risks.ts';
import type { SetupAnswers, SetupQuestion } from '../../../core/register/setup-questions.ts';
import type { FieldChange } from '../../../core/register/history.ts';
import type { RegisterLabels } from '../../../register/labels.ts';

export type Libelles = RegisterLabels;

export type { Processing, SetupAnswers, SetupQuestion, MissingItem };

export interface TraitementVue extends Processing {
  completude: ProcessingCompleteness;
  risques: RiskAssessment;
  aipd: DpiaAssessment;
}

export interface Manquant extends MissingItem {
  item?: string;
  processingId?: string;
}

export interface Registre {
  responsable: Controller;
  traitements: TraitementVue[];
  politique: { publishable: boolean; missing: Manquant[]; items: Art13Check[] };
  assistantTermineLe: string | null;
}

export interface Modele {
  id: string;
  label: string;
  description: string;
  group: 'commun' | 'activite';
  suggere: boolean;
}

export interface Coordonnees {
  adresse?: string;
  siteWeb?: string;
  telephone?: string;
}

export interface EtatAssistant {
  questions: SetupQuestion[];
  visibles: string[];
  reponses: SetupAnswers;
  coordonnees: Coordonnees;
  adresseManquante: boolean;
  termineLe: string | null;
}

export interface ResultatAssistant {
  ajoutes: string[];
  misAJour: string[];
  conserves: string[];
  retires: string[];
}

export interface EntreeHistorique {
  processingId: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: 'cree' | 'modifie' | 'publie' | 'depublie' | 'supprime';
  changes: FieldChange[];
  resume: string;
}

export interface VersionDocument {
  kind: string;
  numero: number;
  creeLe: string;
  empreinte: string;
  titre: string;
}

export interface Differences {
  identical: boolean;
  added: number;
  removed: number;
  blocks: { type: 'added' | 'removed' | 'unchanged'; lines: string[]; skipped?: number }[];
  html: string;
}

export interface EtatDocument {
  kind: string;
  titre: string;
  publishable: boolean;
  missing: Manquant[];
  brouillons: { id: string; name: string; missing: MissingItem[] }[];
  /** Public documents: the Art. 13 checklist. */
  items?: Art13Check[];
  versions: VersionDocument[];
}

export interface Generation {
  version: VersionDocument;
  nouvelle: boolean;
  precedente: number | null;
  differences: Differences | null;
  brouillonsExclus: string[];
}

export interface ActionRegistre {
  id: string;
  niveau: 'haute' | 'moyenne' | 'info';
  titre: string;
  detail: string;
  lien: string;
  libelleLien: string;
}

export interface ActionsRegistre {
  vide: boolean;
  traitements: number;
  publies: number;
  actions: ActionRegistre[];
}

export const STATUTS: Record<string, string> = { brouillon: 'Brouillon', publie: 'Publié' };

export function lienTraitement(id: string): string {
  return `/registre?traitement=${encodeURIComponent(id)}`;
}
