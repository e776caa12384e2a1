// The answers of /api/backups (see src/backup/overview.ts).
export type Genre = 'local' | 'sftp' | 's3';
export type EtatDestination = 'ok' | 'ancienne' | 'en_echec' | 'jamais';
export type StatutRun = 'en_cours' | 'reussie' | 'partielle' | 'echouee';

export interface ResultatDestination {
  destinationId: string;
  label: string;
  ok: boolean;
  message: string;
  generation: string | null;
  uploadedBytes?: number;
  reusedChunks?: number;
  uploadedChunks?: number;
}

export interface Run {
  id: string;
  kind: 'sauvegarde' | 'exercice';
  trigger: 'manuel' | 'planifie' | 'cli';
  status: StatutRun;
  startedAt: string;
  finishedAt: string | null;
  progress: { phase: string; doneBytes: number; totalBytes: number } | null;
  results: ResultatDestination[];
}

export interface Destination {
  id: string;
  label: string;
  kind: Genre;
  enabled: boolean;
  config: Record<string, string | number | null>;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}

export interface Reglages {
  scheduleEnabled: boolean;
  scheduleHour: number;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
  nextRunAt: string | null;
}

export interface Etat {
  canManage: boolean;
  status: {
    ok: boolean;
    warnings: string[];
    destinations: { id: string; label: string; kind: Genre; state: EtatDestination; message: string; lastSuccessAt: string | null }[];
  };
  destinations: Destination[];
  runs: Run[];
  lastDrill: Run | null;
  running: boolean;
  settings: Reglages;
  keys: { recipient: string; recoveryConfigured: boolean; recoveryCreatedAt: string | null } | null;
}

export const ETATS: Record<EtatDestination, string> = {
  ok: 'À jour',
  ancienne: 'Trop ancienne',
  en_echec: 'En échec',
  jamais: 'Jamais sauvegardée',
};

export const GENRES: Record<Genre, string> = {
  local: 'Dossier local (disque externe)',
  sftp: 'Serveur SFTP',
  s3: 'Stockage S3',
};

export const STATUTS: Record<StatutRun, string> = {
  en_cours: 'En cours',
  reussie: 'Réussie',
  partielle: 'Partiellement réussie',
  echouee: 'Échouée',
};

export function octets(n: number): string {
  if (n < 1024) return `${n} o`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 0 })} Ko`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  return `${(n / 1024 ** 3).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} Go`;
}
