// Drift between the register (what the business says it does) and the latest scan (what its
// folders actually hold). Each gap becomes an action for the dashboard, in plain French,
// with a stable id so the UI can track it from one scan to the next.
//
// Only counts, folders and dates are read: a scan summary holds no raw personal value, and
// none is ever copied into an action.
import { categoryOf, FINDING_TYPES, type FindingType, type ScanSummary, type ScannedFileSummary } from '../scan/types.ts';
import { categoryCoversFinding, FINDING_TYPE_CATEGORIES, type Processing, type Register } from './model.ts';

export type DriftKind = 'categorie_non_declaree' | 'dossier_sans_traitement' | 'conservation_depassee' | 'categorie_jamais_trouvee';
export type DriftSeverity = 'haute' | 'moyenne' | 'info';

export interface DriftAction {
  /** Stable across scans for the same gap: kind + what it is about. */
  id: string;
  kind: DriftKind;
  severity: DriftSeverity;
  title: string;
  message: string;
  suggestion: string;
  findingType?: FindingType;
  processingId?: string;
  folder?: string;
  /** Number of findings (categorie_non_declaree) or of files (the other kinds). */
  count: number;
  /** Up to three example folders, those with the most findings first. */
  folders: string[];
  /** conservation_depassee: the oldest file date (ISO). */
  oldestModifiedAt?: string;
}

const EXAMPLES = 3;
/** Locale-independent order, so the same scan always gives the same list. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Folder paths compared with '/' separators, no trailing slash; Windows paths case-insensitively. */
export function normalisePath(p: string): string {
  let s = p.trim().replace(/\\/g, '/');
  if (s.length > 1) s = s.replace(/\/+$/, '');
  return /^[a-z]:\//i.test(s) ? s.toLowerCase() : s;
}

export function isUnder(folder: string, base: string): boolean {
  const f = normalisePath(folder);
  const b = normalisePath(base);
  if (b === '') return false;
  return f === b || f.startsWith(b === '/' ? '/' : `${b}/`);
}

function fileHasFindings(f: ScannedFileSummary): boolean {
  return f.error === undefined && Object.values(f.counts).some((n) => (n ?? 0) > 0);
}

function fileHasSensitive(f: ScannedFileSummary): boolean {
  return Object.entries(f.counts).some(([t, n]) => (n ?? 0) > 0 && categoryOf(t as FindingType) === 'sensible');
}

/** The processing whose support path is the longest prefix of `folder`. */
export function processingForFolder(register: Register, folder: string): { processing: Processing; path: string } | null {
  let best: { processing: Processing; path: string } | null = null;
  for (const p of register.processings) {
    for (const s of p.supports) {
      if (!s.path?.trim() || !isUnder(folder, s.path)) continue;
      if (!best || normalisePath(s.path).length > normalisePath(best.path).length) best = { processing: p, path: s.path };
    }
  }
  return best;
}

function addMonths(iso: string, months: number): Date {
  const d = new Date(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // 31 January + 1 month is the end of February, not 3 March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * The longest declared retention of a processing in months, or null when none is given in
 * months. The longest, because a folder may hold documents of several lines (client files and
 * invoices): warning only past the longest avoids false alarms on invoices kept 10 years.
 */
export function longestRetentionMonths(p: Processing): number | null {
  const months = p.retention.flatMap((r) => (r.months === undefined ? [] : [r.months]));
  return months.length === 0 ? null : Math.max(...months);
}

function topFolders(entries: Map<string, number>): string[] {
  return [...entries.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, EXAMPLES)
    .map(([f]) => f);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function undeclaredCategories(register: Register, scan: ScanSummary): DriftAction[] {
  const out: DriftAction[] = [];
  for (const type of FINDING_TYPES) {
    const byFolder = new Map<string, number>();
    for (const f of scan.files) {
      const n = f.error === undefined ? (f.counts[type] ?? 0) : 0;
      if (n > 0) byFolder.set(f.folder, (byFolder.get(f.folder) ?? 0) + n);
    }
    const count = scan.totals[type] ?? [...byFolder.values()].reduce((a, b) => a + b, 0);
    if (count <= 0) continue;
    const declared = register.processings.some((p) => p.dataCategories.some((c) => categoryCoversFinding(c, type)));
    if (declared) continue;
    const what = FINDING_TYPE_CATEGORIES[type].label;
    const sensitive = categoryOf(type) === 'sensible';
    out.push({
      id: `categorie_non_declaree:${type}`,
      kind: 'categorie_non_declaree',
      severity: sensitive ? 'haute' : 'moyenne',
      // (no participle to agree: « adresses », « mentions » and « numéros » share the sentence)
      title: `L’analyse a trouvé des ${what} qu’aucun traitement ne déclare`,
      message: `L’analyse a trouvé ${plural(count, 'occurrence', 'occurrences')} de ${what} dans vos dossiers, mais aucun traitement du registre ne déclare ces données.`,
      suggestion: sensitive
        ? `Vérifiez pourquoi vous détenez ces données. Si elles sont nécessaires, ajoutez-les au traitement concerné (avec ce qui vous autorise à les utiliser) ; sinon, supprimez-les.`
        : `Ajoutez cette catégorie de données au traitement concerné, ou supprimez les fichiers qui n’ont plus lieu d’être.`,
      findingType: type,
      count,
      folders: topFolders(byFolder),
    });
  }
  return out;
}

function uncoveredFolders(register: Register, scan: ScanSummary): DriftAction[] {
  const files = new Map<string, { files: number; sensitive: boolean }>();
  for (const f of scan.files) {
    if (!fileHasFindings(f) || processingForFolder(register, f.folder)) continue;
    const e = files.get(f.folder) ?? { files: 0, sensitive: false };
    e.files += 1;
    e.sensitive ||= fileHasSensitive(f);
    files.set(f.folder, e);
  }
  // One action per top-most uncovered folder: its subfolders are merged into it.
  const folders = [...files.keys()].sort((a, b) => normalisePath(a).length - normalisePath(b).length || cmp(a, b));
  const tops = new Map<string, { files: number; sensitive: boolean }>();
  for (const folder of folders) {
    const top = [...tops.keys()].find((t) => isUnder(folder, t));
    const e = files.get(folder) as { files: number; sensitive: boolean };
    if (top) {
      const t = tops.get(top) as { files: number; sensitive: boolean };
      t.files += e.files;
      t.sensitive ||= e.sensitive;
    } else tops.set(folder, { ...e });
  }
  return [...tops.entries()].map(([folder, e]) => ({
    id: `dossier_sans_traitement:${normalisePath(folder)}`,
    kind: 'dossier_sans_traitement' as const,
    severity: e.sensitive ? ('haute' as const) : ('moyenne' as const),
    title: 'Un dossier contient des données personnelles sans traitement associé',
    message: `Le dossier « ${folder} » contient ${plural(e.files, 'fichier', 'fichiers')} avec des données personnelles, mais aucun traitement du registre ne le cite comme support.`,
    suggestion: 'Indiquez ce dossier comme support du traitement auquel il sert, ou supprimez les fichiers s’ils ne servent plus.',
    folder,
    count: e.files,
    folders: [folder],
  }));
}

function retentionExceeded(register: Register, scan: ScanSummary, now: Date): DriftAction[] {
  const groups = new Map<string, { processing: Processing; folder: string; files: number; oldest: string; sensitive: boolean; months: number }>();
  for (const f of scan.files) {
    if (!fileHasFindings(f)) continue;
    const match = processingForFolder(register, f.folder);
    if (!match) continue;
    const months = longestRetentionMonths(match.processing);
    if (months === null || Number.isNaN(Date.parse(f.modifiedAt))) continue;
    if (addMonths(f.modifiedAt, months).getTime() >= now.getTime()) continue;
    const key = `${match.processing.id}:${normalisePath(f.folder)}`;
    const g = groups.get(key) ?? { processing: match.processing, folder: f.folder, files: 0, oldest: f.modifiedAt, sensitive: false, months };
    g.files += 1;
    if (Date.parse(f.modifiedAt) < Date.parse(g.oldest)) g.oldest = f.modifiedAt;
    g.sensitive ||= fileHasSensitive(f);
    groups.set(key, g);
  }
  return [...groups.entries()].map(([key, g]) => ({
    id: `conservation_depassee:${key}`,
    kind: 'conservation_depassee' as const,
    severity: g.sensitive ? ('haute' as const) : ('moyenne' as const),
    title: 'Des fichiers sont gardés plus longtemps que prévu',
    message: `Le dossier « ${g.folder} » (traitement « ${g.processing.name} ») contient ${plural(g.files, 'fichier', 'fichiers')} non ${g.files === 1 ? 'modifié' : 'modifiés'} depuis plus de ${plural(g.months, 'mois', 'mois')}, la durée de conservation la plus longue déclarée pour ce traitement.`,
    suggestion: 'Supprimez ou archivez ces fichiers, ou corrigez la durée de conservation du traitement si elle est fausse.',
    processingId: g.processing.id,
    folder: g.folder,
    count: g.files,
    folders: [g.folder],
    oldestModifiedAt: g.oldest,
  }));
}

/**
 * Sensitive categories (Art. 9, NIR) declared but never found: only informational, since the
 * data may live on paper or online. One action per declared category, not per finding type.
 */
function neverFound(register: Register, scan: ScanSummary): DriftAction[] {
  const found = (type: FindingType) => (scan.totals[type] ?? 0) > 0 || scan.files.some((f) => (f.counts[type] ?? 0) > 0);
  const byKey = new Map<string, { label: string; type: FindingType; processings: string[] }>();
  for (const p of register.processings) {
    for (const c of p.dataCategories) {
      if (!c.sensitive) continue;
      const types = FINDING_TYPES.filter((t) => categoryOf(t) === 'sensible' && categoryCoversFinding(c, t));
      if (types.length === 0 || types.some(found)) continue;
      const e = byKey.get(c.key) ?? { label: c.label, type: types[0] as FindingType, processings: [] };
      if (!e.processings.includes(p.name)) e.processings.push(p.name);
      byKey.set(c.key, e);
    }
  }
  return [...byKey.entries()].map(([key, e]) => ({
    id: `categorie_jamais_trouvee:${key}`,
    kind: 'categorie_jamais_trouvee' as const,
    severity: 'info' as const,
    title: `Aucune trace de « ${e.label} » dans les dossiers analysés`,
    message: `Le registre déclare la catégorie « ${e.label} » (${e.processings.map((n) => `« ${n} »`).join(', ')}), mais l’analyse n’en a trouvé aucune trace dans les dossiers analysés.`,
    suggestion: 'C’est normal si ces données sont sur papier ou dans un service en ligne. Sinon, vérifiez si vous les collectez encore : ce qui ne sert pas n’a pas à être déclaré.',
    findingType: e.type,
    count: 0,
    folders: [],
  }));
}

const SEVERITY_ORDER: Readonly<Record<DriftSeverity, number>> = { haute: 0, moyenne: 1, info: 2 };

export function computeDrift(register: Register, scan: ScanSummary, now: Date): DriftAction[] {
  return [...undeclaredCategories(register, scan), ...uncoveredFolders(register, scan), ...retentionExceeded(register, scan, now), ...neverFound(register, scan)].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || cmp(a.id, b.id),
  );
}
