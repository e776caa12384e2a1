// The French summary of a scan: per file (only those with findings or an error), then totals,
// splitting « données courantes » and « données sensibles ». Never a raw value.
import { categoryOf, FINDING_TYPES, type FindingType } from '../../core/scan/types.ts';
import { unreadEntries, unreadLine, unreadList, type UnreadKind } from '../../core/scan/unread.ts';
import type { FileReport, ScanProgress } from '../contract.ts';
import { countLabel, formatBytes, formatDuration, shownPath } from '../labels.ts';

type Counts = Partial<Record<FindingType, number>>;

function byCategory(counts: Counts): { courantes: string[]; sensibles: string[] } {
  const courantes: string[] = [];
  const sensibles: string[] = [];
  for (const t of FINDING_TYPES) {
    const n = counts[t];
    if (!n) continue;
    (categoryOf(t) === 'sensible' ? sensibles : courantes).push(countLabel(t, n));
  }
  return { courantes, sensibles };
}

function categoryLines(counts: Counts, indent: string): string[] {
  const { courantes, sensibles } = byCategory(counts);
  const lines: string[] = [];
  if (courantes.length) lines.push(`${indent}données courantes : ${courantes.join(', ')}`);
  if (sensibles.length) lines.push(`${indent}données sensibles : ${sensibles.join(', ')}`);
  return lines;
}

/** Accumulates reports as they arrive; keeps only counts, so any scan size fits. */
export class HumanSummary {
  /** readImages: the scan read images (--images); otherwise the images counted come with the way to read them. */
  constructor(private readonly readImages = false) {}

  private readonly blocks: { path: string; text: string }[] = [];
  private readonly totals: Counts = {};
  private withFindings = 0;
  private clean = 0;
  private errors = 0;

  add(r: FileReport): void {
    const hasFindings = Object.values(r.counts).some((n) => n && n > 0);
    for (const [t, n] of Object.entries(r.counts) as [FindingType, number][]) this.totals[t] = (this.totals[t] ?? 0) + n;
    if (r.error) this.errors++;
    else if (hasFindings) this.withFindings++;
    else this.clean++;
    const unread = r.unread ? unreadList(r.unread) : '';
    if (!hasFindings && !r.error && !unread) return;
    const lines = [shownPath(r.path), ...categoryLines(r.counts, '  ')];
    if (r.error) lines.push(`  erreur : ${r.error.message}`);
    // a photo attached to a message, a protected file in a zip: counted below, located here
    if (unread) lines.push(`  non lu à l’intérieur : ${unread}`);
    this.blocks.push({ path: r.path, text: lines.join('\n') });
  }

  render(p: ScanProgress, interrupted: boolean): string {
    const total = Object.values(this.totals).reduce((a, b) => a + (b ?? 0), 0);
    const head = `${interrupted ? 'Analyse interrompue' : 'Analyse terminée'} : ${p.files.toLocaleString('fr-FR')} fichier${p.files > 1 ? 's' : ''} (${formatBytes(p.bytes)}) en ${formatDuration(p.elapsedSeconds ?? 0)}.`;
    const totalLines = categoryLines(this.totals, '  ');
    return [
      head,
      '',
      // Reports arrive in completion order; the summary reads better in path order.
      ...(this.blocks.length ? [[...this.blocks].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((b) => b.text).join('\n\n'), ''] : []),
      'Totaux',
      ...(totalLines.length ? totalLines : ['  aucune donnée personnelle trouvée']),
      `  ${total.toLocaleString('fr-FR')} donnée${total > 1 ? 's' : ''} personnelle${total > 1 ? 's' : ''} dans ${this.withFindings.toLocaleString('fr-FR')} fichier${this.withFindings > 1 ? 's' : ''}`,
      `  fichiers sans donnée personnelle : ${this.clean.toLocaleString('fr-FR')} · ignorés (binaires, liens, fichiers spéciaux) : ${(p.skipped ?? 0).toLocaleString('fr-FR')} · en erreur : ${this.errors.toLocaleString('fr-FR')}`,
      ...unreadSection(p.unread ?? {}),
      ...((p.unread?.image ?? 0) > 0 && !this.readImages ? ['  Pour lire le texte des photos et des scans : relancez l’analyse avec --images (plus lent).'] : []),
      '',
    ].join('\n');
  }
}

/** The files not read, by kind, with what to do: they may hold personal data all the same. */
function unreadSection(counts: Partial<Record<UnreadKind, number>>): string[] {
  const entries = unreadEntries(counts);
  if (entries.length === 0) return [];
  return ['', 'Fichiers non lus (Rempart ne lit pas leur contenu)', ...entries.map(([kind, n]) => `  ${unreadLine(kind, n)}`)];
}

