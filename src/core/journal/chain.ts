// Hash chain of the access journal. Each entry's MAC covers its content and the previous
// entry's MAC, and the tenant row keeps the head (last seq + MAC), so any altered,
// removed, inserted or reordered entry — including removal of the newest ones — is detected.
export interface JournalContent {
  tenantId: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  details: string;
}

export interface ChainedEntry extends JournalContent {
  prevHash: string;
  hash: string;
}

export type Mac = (payload: string) => string;

export const GENESIS = 'genesis';

export function canonicalPayload(entry: JournalContent, prevHash: string): string {
  return JSON.stringify([
    entry.tenantId,
    entry.seq,
    entry.at,
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.recordType,
    entry.recordId,
    entry.ip,
    entry.details,
    prevHash,
  ]);
}

export function chainEntry(entry: JournalContent, prevHash: string, mac: Mac): ChainedEntry {
  return { ...entry, prevHash, hash: mac(canonicalPayload(entry, prevHash)) };
}

export interface ChainProblem {
  seq: number;
  kind: 'altered' | 'missing' | 'reordered' | 'truncated' | 'foreign';
  message: string;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  problems: ChainProblem[];
}

/** Entries must be given in storage order (by seq); `head` is what the tenant row says. */
export function verifyChain(entries: ChainedEntry[], head: { seq: number; hash: string }, tenantId: string, mac: Mac): ChainReport {
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.tenantId !== tenantId) {
      problems.push({ seq: e.seq, kind: 'foreign', message: `Entrée n°${e.seq} : n'appartient pas à cette entreprise.` });
    }
    if (e.seq !== expectedSeq) {
      problems.push(
        e.seq > expectedSeq
          ? { seq: expectedSeq, kind: 'missing', message: `Entrées n°${expectedSeq} à ${e.seq - 1} supprimées.` }
          : { seq: e.seq, kind: 'reordered', message: `Entrée n°${e.seq} : numéro déjà vu ou hors d'ordre.` },
      );
    }
    if (mac(canonicalPayload(e, e.prevHash)) !== e.hash) {
      problems.push({ seq: e.seq, kind: 'altered', message: `Entrée n°${e.seq} : contenu modifié.` });
    } else if (e.prevHash !== prevHash) {
      problems.push({ seq: e.seq, kind: 'reordered', message: `Entrée n°${e.seq} : ne suit pas l'entrée précédente (ordre modifié ou entrée retirée).` });
    }
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
  }
  const lastSeq = entries.at(-1)?.seq ?? 0;
  if (lastSeq !== head.seq || prevHash !== head.hash) {
    problems.push({
      seq: lastSeq + 1,
      kind: 'truncated',
      message: `Fin du journal altérée : ${head.seq} entrées attendues, dernière trouvée n°${lastSeq}.`,
    });
  }
  return { ok: problems.length === 0, checked: entries.length, problems };
}
