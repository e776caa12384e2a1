// Shapes of the /api/breaches answers (docs/api.md, « Violations de données »).
export type Nature = 'confidentialite' | 'integrite' | 'disponibilite';
export type Statut = 'draft' | 'assessed' | 'notified' | 'closed';
export type EtatHorloge = 'a-renseigner' | 'en-cours' | 'depasse' | 'notifie' | 'non-requis' | 'cloture';

export interface Horloge {
  etat: EtatHorloge;
  texte: string;
  echeance: string | null;
  resteMs: number;
  motifRetardRequis: boolean;
}

export interface ViolationResume {
  id: string;
  titre: string;
  statut: Statut;
  statutLibelle: string;
  awareAt: string | null;
  nature: Nature[];
  gravite: { niveau: string; libelle: string } | null;
  notifierCnil: boolean | null;
  informerPersonnes: boolean | null;
  evaluationPerimee: boolean;
  notifications: number;
  horloge: Horloge;
  createdAt: string;
  updatedAt: string;
}

export interface CategorieDonnees {
  category: string;
  sensitive: boolean;
  kind: string;
  accessTo?: string;
  passwordStorage?: string;
  detail?: string;
}

/** The draft as stored: every field optional until the user answers it. */
export interface Incident {
  titre?: string;
  occurredAt?: { at: string; approximate: boolean } | null;
  awareAt?: string;
  discoveredHow?: string;
  nature?: Nature[];
  description?: string;
  people?: { count: number | null; approximate: boolean; categories: string[] };
  records?: { count: number | null; approximate: boolean };
  dataCategories?: CategorieDonnees[];
  encrypted?: { was: boolean; keySafe: boolean | null; stateOfTheArt: boolean };
  backup?: { exists: boolean; restored: boolean; restoredWithinHours: number | null };
  leftBusiness?: boolean | null;
  exposure?: 'aucune-preuve' | 'destinataires-connus' | 'destinataires-inconnus' | null;
  recipientTrusted?: boolean | null;
  malicious?: boolean | null;
  alteredDataUsed?: boolean | null;
  availabilityLossHours?: number | null;
  consequences?: string;
  measuresTaken?: string;
  measuresPlanned?: string;
  measuresNeutraliseRisk?: string | null;
  disproportionateEffort?: string | null;
  lateReason?: string | null;
}

export interface Decision {
  severity: { score: number; band: string; explanations: string[] };
  cnil: { notify: boolean; recommended: boolean; uncertain: boolean; reasons: string[] };
  people: { communicate: boolean; recommended: boolean; mode: 'individuelle' | 'publique' | 'aucune'; highRisk: boolean; reasons: string[] };
  register: { required: true; reason: string };
  override: Derogation | null;
  summary: string;
}

export interface Derogation {
  notifyCnil?: boolean;
  communicate?: boolean;
  justification: string;
}

export interface NotificationEnvoyee {
  id: string;
  kind: 'initiale' | 'complementaire';
  notifiedAt: string;
  late: boolean;
  lateReason: string | null;
  reference: string | null;
}

export interface Violation extends ViolationResume {
  incident: Incident;
  evaluable: boolean;
  manquants: { field: string; label: string }[];
  decision: Decision | null;
  derogation: Derogation | null;
  assessedAt: string | null;
  closedAt: string | null;
  notificationsEnvoyees: NotificationEnvoyee[];
  chronologie: { id: string; at: string; action: string }[];
}

export interface Libelles {
  statuts: Record<Statut, string>;
  natures: Record<Nature, string>;
  donnees: Record<string, string>;
  expositions: Record<string, string>;
  gravites: Record<string, string>;
}

export interface Liste {
  violations: ViolationResume[];
  ouvertes: number;
  libelles: Libelles;
}

export interface Detail {
  violation: Violation;
  libelles: Libelles;
}

/** Saves part of the draft (PUT merges) and returns the incident as stored. */
export type Enregistrer = (change: Partial<Incident>) => Promise<void>;
