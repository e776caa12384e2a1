// One-line progress on stderr (only when it is a terminal): files, MB, findings, ETA.
import type { ScanProgress } from '../contract.ts';
import { formatBytes, formatDuration } from '../labels.ts';

const WIDTH = 24;

export function progressLine(p: ScanProgress): string {
  const known = p.totalBytes !== null && p.totalBytes > 0;
  const ratio = known ? Math.min(1, p.bytes / p.totalBytes!) : 0;
  const bar = known ? `[${'#'.repeat(Math.round(ratio * WIDTH)).padEnd(WIDTH, '-')}] ${Math.floor(ratio * 100)} % · ` : '';
  const files = p.totalFiles !== null ? `${p.files}/${p.totalFiles}` : `${p.files}`;
  const bytes = known ? `${formatBytes(p.bytes)}/${formatBytes(p.totalBytes!)}` : formatBytes(p.bytes);
  const eta = p.etaSeconds !== null ? ` · reste ~${formatDuration(p.etaSeconds)}` : '';
  return `${bar}${files} fichiers · ${bytes} · ${p.findings.toLocaleString('fr-FR')} données trouvées${eta}`;
}

export function progressBar(stream: NodeJS.WriteStream): { update: (p: ScanProgress) => void; clear: () => void } {
  let shown = false;
  return {
    update(p) {
      const line = progressLine(p).slice(0, Math.max(20, (stream.columns || 100) - 1));
      stream.write(`\r\x1b[2K${line}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
