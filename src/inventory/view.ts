// What the API shows of a scan: French keys, counts split into common and sensitive data,
// and the live progress of a running job.
import type { ScanFileRow, ScanFolderRow, ScanRow } from '../db/repositories/scans.ts';
import type { ScanJob } from './jobs.ts';
import type { UnreadKind } from '../core/scan/unread.ts';
import { split, type Counts } from './summary.ts';

export type ScanStatut = 'en_cours' | 'terminee' | 'annulee' | 'echouee' | 'interrompue';

const STATUT: Record<ScanRow['status'], ScanStatut> = { running: 'en_cours', finished: 'terminee', cancelled: 'annulee', failed: 'echouee' };

const INTERRUPTED = 'L’analyse a été interrompue (serveur redémarré pendant l’analyse) : les fichiers déjà lus sont enregistrés. Relancez-la pour un inventaire complet.';

function totaux(json: string) {
  const parType = JSON.parse(json) as Counts;
  return { ...split(parType), parType };
}

function progression(job: ScanJob) {
  const p = job.progress;
  const fraction = p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : p.totalFiles ? Math.min(1, p.files / p.totalFiles) : null;
  const elapsed = (Date.now() - job.startedMs) / 1000;
  const reste = p.etaSeconds ?? (fraction && fraction > 0.02 ? Math.round((elapsed * (1 - fraction)) / fraction) : null);
  return {
    fichiers: p.files,
    totalFichiers: p.totalFiles,
    octets: p.bytes,
    totalOctets: p.totalBytes,
    donnees: p.findings,
    pourcentage: fraction === null ? null : Math.floor(fraction * 100),
    resteSecondes: reste === null ? null : Math.max(0, Math.round(reste)),
  };
}

export function scanView(row: ScanRow, job: ScanJob | undefined) {
  // A row still 'running' with no job in this process was lost in a restart. (A job that
  // ended while the row was being read is not: the next read shows the end.)
  const lost = row.status === 'running' && !job;
  return {
    id: row.id,
    statut: lost ? ('interrompue' as const) : STATUT[row.status],
    origine: row.source,
    dossiers: JSON.parse(row.roots) as string[],
    debut: row.started_at,
    fin: row.finished_at,
    fichiers: row.files_count,
    erreurs: row.errors_count,
    octets: Number(row.bytes),
    donnees: row.findings_count,
    totaux: totaux(row.totals),
    nonLus: JSON.parse(row.unread ?? '{}') as Partial<Record<UnreadKind, number>>,
    imagesLues: row.read_images === 1,
    echec: lost ? INTERRUPTED : row.failure,
    // The row says 'finished' a moment before the job does: the row decides.
    progression: row.status === 'running' && job && job.state === 'running' ? progression(job) : null,
  };
}

export function folderView(row: ScanFolderRow) {
  const t = totaux(row.counts);
  return { dossier: row.folder, fichiers: row.files_count, erreurs: row.errors_count, octets: Number(row.bytes), courantes: t.courantes, sensibles: t.sensibles, parType: t.parType };
}

export function fileView(row: ScanFileRow) {
  const t = totaux(row.counts);
  return {
    chemin: row.path,
    dossier: row.folder,
    format: row.format,
    taille: Number(row.size),
    modifieLe: row.modified_at,
    courantes: t.courantes,
    sensibles: t.sensibles,
    parType: t.parType,
    erreur: row.error,
    nonLus: row.unread ? (JSON.parse(row.unread) as Partial<Record<UnreadKind, number>>) : {},
  };
}
