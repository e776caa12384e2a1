// What a restore would write: the dry-run listing, and the selection of one client's documents.
import type { FileEntry, Manifest } from './manifest.ts';

export interface RestorePlan {
  files: FileEntry[];
  bytes: number;
  lines: string[];
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} o`;
  const units = ['Ko', 'Mo', 'Go', 'To'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0).replace('.', ',')} ${units[i]}`;
}

/** The document files of one client, as client documents are stored: documents/<tenant>/<docId>.age. */
export function clientDocumentPaths(tenantId: string, documentIds: readonly string[]): Set<string> {
  return new Set(documentIds.map((id) => `documents/${tenantId}/${id}.age`));
}

export function restorePlan(m: Manifest, only?: ReadonlySet<string>): RestorePlan {
  const files = only ? m.files.filter((f) => only.has(f.path)) : m.files;
  const bytes = files.reduce((s, f) => s + f.size, 0);
  const lines = files.map((f) => `${f.role === 'database' ? 'base   ' : 'fichier'}  ${formatBytes(f.size).padStart(9)}  ${f.path}`);
  lines.push(`${files.length} fichier(s), ${formatBytes(bytes)} au total.`);
  return { files, bytes, lines };
}
