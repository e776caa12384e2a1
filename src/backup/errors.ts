// System errors of a destination → one French sentence for reports and the CLI.
import { DomainError } from '../core/errors.ts';

export function destinationError(err: unknown, label: string): DomainError {
  if (err instanceof DomainError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const msg = (m: string) => new DomainError('invalid', `DESTINATION_${code ?? 'ERREUR'}`, m);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return msg(`Destination pleine : plus de place sur ${label}. Libérez de l’espace ou choisissez un autre support.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return msg(`Accès refusé en écriture sur ${label} (droits insuffisants ou support en lecture seule).`);
    case 'ENOENT':
    case 'ENOTDIR':
      return msg(`Dossier introuvable : ${label}. Le disque est-il branché ?`);
    case 'EIO':
      return msg(`Erreur d’entrée-sortie sur ${label} : le support est peut-être défectueux ou a été débranché.`);
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ECONNRESET':
      return msg(`Destination injoignable : ${label}.`);
    default:
      return msg(`Erreur inattendue sur ${label} : ${(err as Error)?.message ?? String(err)}`);
  }
}
