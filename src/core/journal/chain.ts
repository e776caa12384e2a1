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

/**
 * The chain checked a page of entries at a time, in storage order (by seq), so that a long
 * journal need not be held in memory; `finish` compares the end with the tenant row's head.
 */
export class ChainVerifier {
  private readonly problems: ChainProblem[] = [];
  private prevHash = GENESIS;
  private expectedSeq = 1;
  private checked = 0;
  private lastSeq = 0;

  constructor(
    private readonly tenantId: string,
    private readonly mac: Mac,
  ) {}

  add(entries: readonly ChainedEntry[]): void {
    for (const e of entries) {
      if (e.tenantId !== this.tenantId) {
        this.problems.push({ seq: e.seq, kind: 'foreign', message: `Entrée n°${e.seq} : n'appartient pas à cette entreprise.` });
      }
      if (e.seq !== this.expectedSeq) {
        this.problems.push(
          e.seq > this.expectedSeq
            ? { seq: this.expectedSeq, kind: 'missing', message: `Entrées n°${this.expectedSeq} à ${e.seq - 1} supprimées.` }
            : { seq: e.seq, kind: 'reordered', message: `Entrée n°${e.seq} : numéro déjà vu ou hors d'ordre.` },
        );
      }
      if (this.mac(canonicalPayload(e, e.prevHash)) !== e.hash) {
        this.problems.push({ seq: e.seq, kind: 'altered', message: `Entrée n°${e.seq} : contenu modifié.` });
      } else if (e.prevHash !== this.prevHash) {
        this.problems.push({ seq: e.seq, kind: 'reordered', message: `Entrée n°${e.seq} : ne suit pas l'entrée précédente (ordre modifié ou entrée retirée).` });
      }
      this.prevHash = e.hash;
      this.expectedSeq = e.seq + 1;
      this.lastSeq = e.seq;
      this.checked++;
    }
  }

  /** The seq of the last entry given so far (0 before any). */
  get last(): number {
    return this.lastSeq;
  }

  /** `head` is what the tenant row says. */
  finish(head: { seq: number; hash: string }): ChainReport {
    const problems = [...this.problems];
    if (this.lastSeq !== head.seq || this.prevHash !== head.hash) {
      problems.push({
        seq: this.lastSeq + 1,
        kind: 'truncated',
        message: `Fin du journal altérée : ${head.seq} entrées attendues, dernière trouvée n°${this.lastSeq}.`,
      });
    }
    return { ok: problems.length === 0, checked: this.checked, problems };
  }
}

/** Entries must be given in storage order (by seq); `head` is what the tenant row says. */
export function verifyChain(entries: readonly ChainedEntry[], head: { seq: number; hash: string }, tenantId: string, mac: Mac): ChainReport {
  const verifier = new ChainVerifier(tenantId, mac);
  verifier.add(entries);
  return verifier.finish(head);
}
