// The 3-2-1 status shown on the dashboard: per destination, when it last succeeded and whether
// it is failing or too old; overall, whether there are copies in two places, one of them remote.
export const MAX_AGE_HOURS = 48;

export interface DestinationHistory {
  id: string;
  label: string;
  kind: 'local' | 'sftp' | 's3';
  lastSuccessAt: Date | null;
  lastAttemptAt: Date | null;
  /** French error of the last attempt, null when it succeeded. */
  lastError: string | null;
}

export type DestinationState = 'ok' | 'ancienne' | 'en_echec' | 'jamais';

export interface DestinationStatus {
  id: string;
  label: string;
  state: DestinationState;
  lastSuccessAt: Date | null;
  message: string;
}

export interface BackupStatus {
  destinations: DestinationStatus[];
  /** Warnings in French, most serious first; empty when all is well. */
  warnings: string[];
  ok: boolean;
}

const fmt = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

function ageText(hours: number): string {
  return hours < 48 ? `${Math.floor(hours)} h` : `${Math.floor(hours / 24)} jours`;
}

export function destinationStatus(h: DestinationHistory, now: Date): DestinationStatus {
  const base = { id: h.id, label: h.label, lastSuccessAt: h.lastSuccessAt };
  const failedLast = h.lastError !== null && h.lastAttemptAt !== null && (!h.lastSuccessAt || h.lastAttemptAt > h.lastSuccessAt);
  if (failedLast) return { ...base, state: 'en_echec', message: `La dernière sauvegarde vers ${h.label} a échoué : ${h.lastError}` };
  if (!h.lastSuccessAt) return { ...base, state: 'jamais', message: `Aucune sauvegarde réussie vers ${h.label}.` };
  const hours = (now.getTime() - h.lastSuccessAt.getTime()) / 3_600_000;
  if (hours > MAX_AGE_HOURS) return { ...base, state: 'ancienne', message: `La dernière sauvegarde réussie vers ${h.label} date de ${ageText(hours)} (plus de ${MAX_AGE_HOURS} h).` };
  return { ...base, state: 'ok', message: `Dernière sauvegarde réussie vers ${h.label} le ${fmt.format(h.lastSuccessAt)}.` };
}

export function backupStatus(history: readonly DestinationHistory[], now: Date): BackupStatus {
  const destinations = history.map((h) => destinationStatus(h, now));
  const warnings: string[] = [];
  if (history.length === 0) warnings.push('Aucune destination de sauvegarde n’est configurée : vos données ne sont pas sauvegardées.');
  for (const d of destinations) if (d.state !== 'ok') warnings.push(d.message);
  const healthy = history.filter((_, i) => destinations[i]!.state === 'ok');
  if (history.length > 0 && healthy.length < 2) warnings.push('Règle 3-2-1 : gardez des sauvegardes à jour dans au moins deux endroits (par exemple un disque externe et un serveur distant).');
  if (history.length > 0 && !healthy.some((h) => h.kind !== 'local')) warnings.push('Règle 3-2-1 : aucune copie à jour hors de vos locaux (SFTP ou stockage S3).');
  return { destinations, warnings, ok: warnings.length === 0 };
}
