// « Où vos coordonnées apparaissent dans les fichiers de l’entreprise » (access pack) and the
// files to clean by hand after an erasure: the files of the latest finished scan holding the
// person's e-mail or phone, matched by blind index (the scan stored HMACs, never values).
import type { App } from '../app.ts';
import { formatFrenchDate, parisDate } from '../core/clients/calendar.ts';
import type { ClientVault, StoredClient } from '../clients/vault.ts';

export interface FileWithContacts {
  chemin: string;
  dossier: string;
  /** What was recognised in the file: 'e-mail', 'téléphone' or both. */
  contient: string[];
}

export interface FoundInFiles {
  /** True when the latest scan could look for the person (it was made with the index). */
  disponible: boolean;
  message: string;
  analyse: { id: string; date: string; origine: string; dossiers: string[] } | null;
  fichiers: FileWithContacts[];
}

const KIND_LABELS = { email: 'e-mail', phone: 'téléphone' } as const;
const SCOPE =
  'L’analyse ne couvre que les dossiers choisis par l’entreprise et n’y reconnaît que les adresses e-mail et les numéros de téléphone ; ' +
  'l’entreprise complète sa réponse avec ce qu’elle détient ailleurs (messagerie, papier…).';

export const NO_SCAN_MESSAGE =
  'Aucune analyse des dossiers de l’entreprise n’a encore été faite dans Rempart : la recherche de vos coordonnées dans ses autres fichiers (tableurs, documents, dossiers partagés) n’est pas disponible. ' +
  'Ce document couvre uniquement ce qui est enregistré dans Rempart ; l’entreprise complète sa réponse avec ce qu’elle détient ailleurs.';

const day = (iso: string) => formatFrenchDate(parisDate(new Date(iso)));

/** The files of the latest finished scan holding the client's e-mails or phones. */
export async function foundInFiles(app: App, tenantId: string, vault: ClientVault, client: StoredClient | null): Promise<FoundInFiles> {
  const scan = await app.repos.scans(tenantId).latestFinished();
  if (!scan) return { disponible: false, message: NO_SCAN_MESSAGE, analyse: null, fichiers: [] };
  const analyse = { id: scan.id, date: scan.started_at, origine: scan.source, dossiers: JSON.parse(scan.roots) as string[] };
  if (Number(scan.person_index ?? 0) !== 1) {
    return {
      disponible: false,
      analyse,
      fichiers: [],
      message:
        `La dernière analyse des dossiers de l’entreprise, du ${day(scan.started_at)}, a été faite sans la clé qui permet d’y reconnaître vos coordonnées (${scan.source === 'cli' ? 'analyse lancée en ligne de commande' : 'analyse antérieure à cette fonction'}) : ` +
        'elle ne peut pas dire dans quels fichiers elles apparaissent. L’entreprise peut relancer une analyse depuis Rempart. ' +
        SCOPE,
    };
  }
  if (!client) {
    return { disponible: false, analyse, fichiers: [], message: 'Sans fiche à votre nom, vos coordonnées ne peuvent pas être recherchées dans les fichiers analysés. ' + SCOPE };
  }
  const kinds = new Map(vault.indexes(client).filter((e) => e.kind === 'email' || e.kind === 'phone').map((e) => [e.hash, e.kind as 'email' | 'phone']));
  const rows = await app.repos.scans(tenantId).filesWithHashes(scan.id, [...kinds.keys()]);
  const byPath = new Map<string, { dossier: string; kinds: Set<'email' | 'phone'> }>();
  for (const r of rows) {
    const entry = byPath.get(r.path) ?? { dossier: r.folder, kinds: new Set() };
    entry.kinds.add(kinds.get(r.hash)!);
    byPath.set(r.path, entry);
  }
  const fichiers = [...byPath].map(([chemin, e]) => ({ chemin, dossier: e.dossier, contient: (['email', 'phone'] as const).filter((k) => e.kinds.has(k)).map((k) => KIND_LABELS[k]) }));
  const message =
    fichiers.length > 0
      ? `La dernière analyse des dossiers de l’entreprise, du ${day(scan.started_at)}, a trouvé votre adresse e-mail ou votre numéro de téléphone dans ${fichiers.length === 1 ? 'le fichier suivant' : `les ${fichiers.length} fichiers suivants`}. ` + SCOPE
      : `La dernière analyse des dossiers de l’entreprise, du ${day(scan.started_at)}, n’a trouvé ni votre adresse e-mail ni votre numéro de téléphone dans ses fichiers. ` + SCOPE;
  return { disponible: true, message, analyse, fichiers };
}
