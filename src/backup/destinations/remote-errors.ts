// French errors shared by the remote destinations (SFTP, S3). Each says what failed and what
// to check, never a secret; the technical cause is kept in `details.cause` for the logs.
import { DomainError, invalid } from '../../core/errors.ts';

export type RemoteFailure =
  | 'refused'
  | 'timeout'
  | 'unreachable'
  | 'credentials'
  | 'host_key_changed'
  | 'full'
  | 'path_not_found'
  | 'bucket_not_found'
  | 'permission'
  | 'unknown';

const MESSAGES: Record<RemoteFailure, { code: string; message: (where: string) => string }> = {
  refused: { code: 'DESTINATION_CONNEXION_REFUSEE', message: (w) => `Connexion refusée par ${w} : vérifiez l’adresse et le port, et que le service est démarré.` },
  timeout: { code: 'DESTINATION_DELAI_DEPASSE', message: (w) => `Délai dépassé : ${w} ne répond pas. Vérifiez l’adresse, le port et votre connexion internet.` },
  unreachable: { code: 'DESTINATION_INJOIGNABLE', message: (w) => `${w} est injoignable : adresse inconnue ou réseau indisponible.` },
  credentials: { code: 'DESTINATION_IDENTIFIANTS_REFUSES', message: (w) => `Identifiants refusés par ${w} : vérifiez l’identifiant et le mot de passe (ou la clé).` },
  host_key_changed: {
    code: 'DESTINATION_CLE_HOTE_CHANGEE',
    message: (w) => `La clé d’hôte de ${w} a changé depuis le premier test : connexion refusée par prudence (serveur remplacé ou tentative d’interception). Si le changement est voulu, supprimez puis ajoutez de nouveau la destination.`,
  },
  full: { code: 'DESTINATION_PLEINE', message: (w) => `Espace insuffisant sur ${w} : libérez de la place ou choisissez une autre destination.` },
  path_not_found: { code: 'DESTINATION_CHEMIN_INTROUVABLE', message: (w) => `Chemin introuvable sur ${w} : vérifiez le dossier indiqué.` },
  bucket_not_found: { code: 'DESTINATION_BUCKET_INTROUVABLE', message: (w) => `Le bucket n’existe pas sur ${w} : créez-le ou corrigez son nom.` },
  permission: { code: 'DESTINATION_ACCES_REFUSE', message: (w) => `Accès refusé sur ${w} : le compte n’a pas le droit d’écrire ou de lire à cet endroit.` },
  unknown: { code: 'DESTINATION_ERREUR', message: (w) => `Échec de l’échange avec ${w}.` },
};

export function remoteError(failure: RemoteFailure, where: string, cause?: unknown): DomainError {
  const m = MESSAGES[failure];
  const detail = cause instanceof Error ? cause.message.slice(0, 300) : undefined;
  return invalid(m.code, m.message(where), detail ? { cause: detail } : undefined);
}

/** Network-level failures common to both protocols (Node's errno codes). */
export function networkFailure(err: unknown): RemoteFailure | null {
  const e = err as { code?: string; message?: string; name?: string };
  const text = `${e.code ?? ''} ${e.name ?? ''} ${e.message ?? ''}`;
  if (/ECONNREFUSED/.test(text)) return 'refused';
  if (/ETIMEDOUT|Timed out|timeout|TimeoutError/i.test(text)) return 'timeout';
  if (/ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET/.test(text)) return 'unreachable';
  return null;
}
