// Pure bookkeeping of a scan: what one file report becomes in the store, and the running
// totals per scan and per folder. Only counts travel from here: a report's findings (with
// their masked values) are read for nothing and never copied.
import { dirname } from 'node:path';
import { FINDING_TYPES, SENSIBLES, type FindingType } from '../core/scan/types.ts';
import type { FileReport } from '../scan/contract.ts';

export type Counts = Partial<Record<FindingType, number>>;

const KNOWN = new Set<string>(FINDING_TYPES);
const SENSITIVE = new Set<string>(SENSIBLES);

/** Known types with a positive whole count; anything else is dropped. */
export function cleanCounts(counts: Record<string, unknown> | undefined): Counts {
  const out: Counts = {};
  for (const [type, n] of Object.entries(counts ?? {})) {
    if (KNOWN.has(type) && typeof n === 'number' && Number.isInteger(n) && n > 0) out[type as FindingType] = n;
  }
  return out;
}

export function addCounts(into: Counts, more: Counts): void {
  for (const [type, n] of Object.entries(more) as [FindingType, number][]) into[type] = (into[type] ?? 0) + n;
}

export function split(counts: Counts): { courantes: number; sensibles: number } {
  let courantes = 0;
  let sensibles = 0;
  for (const [type, n] of Object.entries(counts) as [FindingType, number][]) {
    if (SENSITIVE.has(type)) sensibles += n;
    else courantes += n;
  }
  return { courantes, sensibles };
}

/** What the store keeps of one file. */
export interface StoredFile {
  path: string;
  folder: string;
  format: string;
  size: number;
  modifiedAt: string;
  counts: Counts;
  findings: number;
  sensitive: number;
  error: { code: string; message: string } | null;
}

export function storedFile(report: FileReport): StoredFile {
  const counts = cleanCounts(report.counts as Record<string, unknown>);
  const { courantes, sensibles } = split(counts);
  return {
    path: report.path,
    folder: dirname(report.path),
    format: report.format || 'inconnu',
    size: Number.isFinite(report.size) && report.size > 0 ? Math.floor(report.size) : 0,
    modifiedAt: report.modifiedAt,
    counts,
    findings: courantes + sensibles,
    sensitive: sensibles,
    error: report.error ? { code: report.error.code.slice(0, 64), message: report.error.message.slice(0, 500) } : null,
  };
}

export interface FolderTotals {
  folder: string;
  files: number;
  errors: number;
  bytes: number;
  counts: Counts;
}

/** Totals of a whole scan and of each folder, fed file by file. */
export class ScanTally {
  files = 0;
  errors = 0;
  bytes = 0;
  findings = 0;
  readonly totals: Counts = {};
  private readonly byFolder = new Map<string, FolderTotals>();

  add(file: StoredFile): void {
    this.files += 1;
    this.bytes += file.size;
    this.findings += file.findings;
    if (file.error) this.errors += 1;
    addCounts(this.totals, file.counts);
    let f = this.byFolder.get(file.folder);
    if (!f) this.byFolder.set(file.folder, (f = { folder: file.folder, files: 0, errors: 0, bytes: 0, counts: {} }));
    f.files += 1;
    f.bytes += file.size;
    if (file.error) f.errors += 1;
    addCounts(f.counts, file.counts);
  }

  folders(): FolderTotals[] {
    return [...this.byFolder.values()].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  }
}
