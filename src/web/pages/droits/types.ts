// Shapes of the rights-request API answers (src/server/routes/rights.ts).
export type RequestType = 'acces' | 'rectification' | 'effacement' | 'opposition' | 'limitation' | 'portabilite';
export type RequestChannel = 'email' | 'courrier' | 'telephone' | 'sur_place' | 'formulaire';
export type RequestStatus = 'recue' | 'verification_identite' | 'en_cours' | 'prolongee' | 'repondue' | 'refusee' | 'cloturee';

export interface Deadline {
  status: 'ok' | 'bientot' | 'depassee';
  daysLeft: number;
  dueDate: string;
  extended: boolean;
  answered: boolean;
  message: string;
}

/** A file of the latest scan holding the person's e-mail or phone: to clean by hand. */
export interface FichierANettoyer {
  chemin: string;
  dossier: string;
  contient: string[];
}

export interface ErasureReport {
  mode: 'suppression' | 'anonymisation' | 'partielle';
  erasedAt: string;
  documentsRemoved: number;
  documentsKept: number;
  kept: { what: string; why: string; until: string }[];
  erased: string[];
  remarks: string[];
  summary: string;
}

export interface Requester {
  name: string | null;
  contact: string | null;
  message: string | null;
}

export interface RightsRequest {
  id: string;
  type: RequestType;
  typeLabel: string;
  channel: RequestChannel;
  channelLabel: string;
  status: RequestStatus;
  statusLabel: string;
  aboutMarketing: boolean;
  receivedAt: string;
  firstDueDate: string;
  dueDate: string;
  extendedAt: string | null;
  extendedDueDate: string | null;
  extensionReason: string | null;
  identityCheckRequired: boolean;
  identityVerifiedAt: string | null;
  answeredAt: string | null;
  refusalReason: string | null;
  closedAt: string | null;
  deadline: Deadline;
  allowedTransitions: RequestStatus[];
  extension: { possible: boolean; reason?: string };
  clientId: string | null;
  requester: Requester;
  notes: string | null;
  erasedAt: string | null;
  erasure: ErasureReport | null;
  createdAt: string;
  updatedAt: string;
}

export interface RequestList {
  requests: RightsRequest[];
  counts: { total: number; bientot: number; depassee: number };
}

export interface LinkedClient {
  id: string;
  label: string;
  status: string;
  anonymised?: boolean;
}

export interface RequestRead {
  request: RightsRequest;
  client: LinkedClient | null;
  clientMatches: LinkedClient[];
}
