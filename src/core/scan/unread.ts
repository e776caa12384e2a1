// Files the scanner does not read, in plain French: what they may hold and what to do. The
// extensions behind each kind are in src/scan/formats.ts; the CLI summary and the web page
// both print these words.
export type UnreadKind = 'image' | 'bureautique' | 'messagerie' | 'archive' | 'base' | 'chiffre' | 'illisible' | 'autre';
export const UNREAD_KINDS: readonly UnreadKind[] = ['image', 'bureautique', 'messagerie', 'archive', 'base', 'chiffre', 'illisible', 'autre'];

// The advice reads the same for one file or many.
export const UNREAD_LABELS: Record<UnreadKind, { one: string; many: string; advice: string }> = {
  image: { one: 'image ou photo', many: 'images ou photos', advice: 'un scan de pièce d’identité, de carte Vitale ou de RIB est une donnée personnelle : à vérifier à la main.' },
  bureautique: {
    one: 'document bureautique d’un autre logiciel (.pub, .key, .vsd…)',
    many: 'documents bureautiques d’autres logiciels (.pub, .key, .vsd…)',
    advice: 'à enregistrer au format .docx, .xlsx, .pptx ou .pdf puis à analyser de nouveau, ou à vérifier à la main.',
  },
  // (only in scans stored before Rempart read Outlook mailboxes)
  messagerie: { one: 'boîte aux lettres Outlook (.pst, .ost)', many: 'boîtes aux lettres Outlook (.pst, .ost)', advice: 'lues depuis par Rempart : relancez l’analyse.' },
  archive: { one: 'archive non ouverte (dans une autre archive, .iso, .dmg…)', many: 'archives non ouvertes (dans une autre archive, .iso, .dmg…)', advice: 'à décompresser dans le dossier puis à analyser de nouveau.' },
  base: { one: 'base de données (.accdb, .mdb, .db…)', many: 'bases de données (.accdb, .mdb, .db…)', advice: 'contenu et accès à vérifier.' },
  chiffre: { one: 'fichier chiffré (.age, .gpg, .kdbx)', many: 'fichiers chiffrés (.age, .gpg, .kdbx)', advice: 'contenu protégé par une clé ou un mot de passe : rien à faire.' },
  illisible: {
    one: 'pièce jointe ou fichier d’archive illisible',
    many: 'pièces jointes ou fichiers d’archive illisibles',
    advice: 'contenu endommagé ou trop volumineux : à ouvrir et vérifier à la main.',
  },
  autre: { one: 'autre fichier binaire', many: 'autres fichiers binaires', advice: 'sons, vidéos, programmes : rien à analyser.' },
};

/** "3 images ou photos — un scan de … : à vérifier à la main." */
export function unreadLine(kind: UnreadKind, n: number): string {
  const l = UNREAD_LABELS[kind];
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? l.many : l.one} — ${l.advice}`;
}

/** "2 images ou photos, 1 fichier chiffré": what a file holds that could not be read. */
export function unreadList(counts: Partial<Record<UnreadKind, number>>): string {
  return unreadEntries(counts)
    .map(([kind, n]) => `${n.toLocaleString('fr-FR')} ${n > 1 ? UNREAD_LABELS[kind].many : UNREAD_LABELS[kind].one}`)
    .join(', ');
}

/** Adds n files of a kind to counts (a scan's, a file's). */
export function addUnread(counts: Partial<Record<UnreadKind, number>>, kind: UnreadKind, n = 1): void {
  counts[kind] = (counts[kind] ?? 0) + n;
}

/** The kinds with at least one file, in the order above. */
export function unreadEntries(counts: Partial<Record<UnreadKind, number>>): [UnreadKind, number][] {
  return UNREAD_KINDS.filter((k) => (counts[k] ?? 0) > 0).map((k) => [k, counts[k]!]);
}
