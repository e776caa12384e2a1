// Per-file problems: each becomes a FileReport.error in French and the scan goes on.
export class ScanFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScanFileError';
  }
}

export const fileErrors = {
  vanished: () => new ScanFileError('DISPARU', 'Le fichier a disparu pendant l’analyse.'),
  denied: () => new ScanFileError('ACCES_REFUSE', 'Accès refusé : Rempart n’a pas le droit de lire ce fichier.'),
  changed: () => new ScanFileError('MODIFIE', 'Le fichier a été modifié pendant l’analyse : relancez l’analyse pour un résultat fiable.'),
  protectedFile: () => new ScanFileError('PROTEGE', 'Fichier protégé par mot de passe : impossible d’en lire le contenu.'),
  corrupt: (what: string) => new ScanFileError('CORROMPU', `Fichier ${what} endommagé ou illisible.`),
  bomb: () => new ScanFileError('ARCHIVE_SUSPECTE', 'Archive suspecte (taille décompressée excessive, « bombe de décompression ») : analyse abandonnée.'),
  tooBig: (maxMb: number) => new ScanFileError('TROP_VOLUMINEUX', `Fichier trop volumineux pour ce format (plus de ${maxMb} Mo) : analyse abandonnée.`),
  imageTooLarge: (megapixels: number) => new ScanFileError('TROP_VOLUMINEUX', `Image trop grande (plus de ${megapixels} millions de pixels) : analyse abandonnée.`),
  noText: () => new ScanFileError('SANS_TEXTE', 'Aucun texte dans ce PDF (document scanné ou images) : Rempart ne lit pas les images, vérifiez-le à la main.'),
  noTextAtAll: () => new ScanFileError('SANS_TEXTE', 'Aucun texte dans ce PDF, même dans ses images (document scanné illisible ?) : vérifiez-le à la main.'),
  noTextInImage: () => new ScanFileError('SANS_TEXTE', 'Aucun texte reconnu dans cette image : si c’est un document (pièce d’identité, RIB…), vérifiez-la à la main.'),
  binaryInside: () => new ScanFileError('BINAIRE', 'Le fichier contient des données binaires au milieu du texte (fichier endommagé ?) : analyse arrêtée à cet endroit.'),
  timeout: () => new ScanFileError('DELAI_DEPASSE', 'L’analyse de ce fichier a pris trop de temps et a été abandonnée.'),
  outOfMemory: () => new ScanFileError('MEMOIRE', 'Ce fichier demande trop de mémoire pour être analysé : analyse abandonnée.'),
  internal: () => new ScanFileError('ERREUR_INTERNE', 'Erreur inattendue pendant l’analyse de ce fichier.'),
  unreadableFolder: () => new ScanFileError('DOSSIER_ILLISIBLE', 'Dossier illisible (droits insuffisants ?) : son contenu n’a pas été analysé.'),
  notAFolder: () => new ScanFileError('INTROUVABLE', 'Dossier introuvable.'),
};

/** Maps a system error (errno code) to the French per-file error. */
export function fromSystemError(err: unknown): ScanFileError {
  if (err instanceof ScanFileError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return fileErrors.vanished();
  if (code === 'EACCES' || code === 'EPERM') return fileErrors.denied();
  if (code === 'EISDIR') return fileErrors.changed();
  return new ScanFileError('ILLISIBLE', 'Lecture impossible de ce fichier (erreur système).');
}
