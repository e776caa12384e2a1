// Shapes of the client-file API answers (src/server/routes/clients.ts and retention.ts).
export type ClientStatus = 'prospect' | 'client' | 'ancien_client';
export type LegalBasis = 'contrat' | 'interet_legitime' | 'consentement' | 'obligation_legale';
export type ConsentChannel = 'formulaire' | 'email' | 'papier' | 'telephone' | 'sur_place' | 'autre';
export type DocumentKind = 'devis' | 'contrat' | 'facture' | 'rib' | 'autre';
export type ExportFormat = 'json' | 'csv' | 'xlsx';

export interface PostalAddress {
  lignes: string[];
  codePostal: string | null;
  ville: string | null;
  pays: string;
}

export interface MarketingConsent {
  given: boolean;
  at: string | null;
  channel: ConsentChannel | null;
  textShown: string | null;
}

export interface ClientFields {
  civilite: 'M.' | 'Mme' | null;
  nom: string | null;
  prenom: string | null;
  emails: string[];
  phones: string[];
  address: PostalAddress | null;
  company: string | null;
  notes: string | null;
  status: ClientStatus;
  source: string | null;
  collectedAt: string;
  legalBasis: LegalBasis;
  lastContactAt: string | null;
  marketingConsent: MarketingConsent | null;
  relationshipEndedAt: string | null;
}

export interface StoredClient extends ClientFields {
  id: string;
  hasInvoices: boolean;
  lastInvoiceAt: string | null;
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentInfo {
  id: string;
  kind: DocumentKind | string;
  filename: string;
  mime: string;
  size: number;
  documentDate: string | null;
  createdAt: string;
}

export interface ClientPage {
  clients: StoredClient[];
  next: string | null;
  total: number | null;
}

export interface SearchAnswer {
  type: 'email' | 'telephone' | 'nom';
  total: number;
  clients: StoredClient[];
}

export interface ClientRead {
  client: StoredClient;
  documents: DocumentInfo[];
}

export interface ColumnGuess {
  index: number;
  header: string;
  field: string | null;
  confidence: number;
  note: string | null;
}

export interface ImportPreview {
  fichier: { format: 'csv' | 'xlsx' | 'xls' | 'numbers'; encodage: string | null; separateur: string | null; feuille: string | null };
  headers: string[];
  mapping: ColumnGuess[];
  champs: Record<string, string>;
  apercu: string[][];
  total: number;
  valides: number;
  invalides: number;
  erreurs: { ligne: number; messages: string[] }[];
  avertissements: string[];
  nombreAvertissements: number;
  doublons: {
    dansLeFichier: number;
    existants: number;
    lignes: { ligne: number; doublonDe: number | 'existant'; par: 'email' | 'telephone' }[];
  };
}

export interface ImportJob {
  id: string;
  state: 'en_cours' | 'termine' | 'echec';
  etape: 'chiffrement' | 'enregistrement' | 'termine';
  done: number;
  total: number;
  progression: number;
  result?: { lignes: number; importes: number; doublonsIgnores: number; avertissements: number };
  erreur?: string;
}
