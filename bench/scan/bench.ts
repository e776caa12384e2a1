// `npm run bench:scan [-- --size 1024 --docs 40 --workers 2]`: MB/s of the scanner on a
// generated text/CSV corpus, next to ripgrep with an equivalent regex set (the practical
// limit) and the openredaction npm package (a peer, timed on a sample and extrapolated);
// peak RSS; one large CSV file in parts; a folder of small files; pages/s on PDF, files/s
// on DOCX/XLSX, images/s read by Tesseract (--images). The corpus goes to a temporary folder,
// deleted at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bulkText } from './corpus/generate.ts';
import { makeDocx, makePdf, makeXlsx } from '../../test/scan/engine-fixtures.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1024' },
    docs: { type: 'string', default: '40' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'sample-kb': { type: 'string', default: '256' },
  },
});
const SIZE_MB = Number(values.size);
const DOCS = Number(values.docs);
const WORKERS = Number(values.workers);
const FILE_MB = 8;
const MB = 1024 * 1024;
const runner = fileURLToPath(new URL('./run-scan.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface ScanFigures {
  seconds: number;
  files: number;
  bytes: number;
  findings: number;
  pages: number;
  errors: number;
  cpuSeconds: number;
  maxRssMb: number;
}

function scan(dir: string, env: NodeJS.ProcessEnv = {}): ScanFigures {
  const out = execFileSync(process.execPath, [tsx, runner, dir, String(WORKERS)], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as ScanFigures;
}

const fmt = (n: number, d = 1) => n.toLocaleString('fr-FR', { maximumFractionDigits: d, minimumFractionDigits: d });
const log = (s: string) => console.log(s);

type Pool = Record<'text' | 'csv', Buffer[]>;

/** Unique content is generated once (the generator is slow), then laid out in varied orders. */
function makePool(): Pool {
  const pool: Pool = { text: [], csv: [] };
  const poolMb = Math.min(16, Math.max(2, Math.ceil(SIZE_MB / 32)));
  for (const format of ['text', 'csv'] as const) for (const chunk of bulkText(format === 'text' ? 11 : 12, poolMb * MB, format)) pool[format].push(Buffer.from(chunk));
  return pool;
}

function writeCorpus(dir: string, pool: Pool): number {
  let written = 0;
  for (let i = 0; written < SIZE_MB * MB; i++) {
    const format = i % 2 === 0 ? 'text' : 'csv';
    const chunks = pool[format];
    const path = join(dir, `${format === 'text' ? 'courrier' : 'export'}-${String(i).padStart(4, '0')}.${format === 'text' ? 'txt' : 'csv'}`);
    const fd = openSync(path, 'w');
    let size = 0;
    for (let k = 0; size < FILE_MB * MB && written + size < SIZE_MB * MB; k++) {
      const c = chunks[(i * 7 + k * 3) % chunks.length]!;
      writeSync(fd, c);
      size += c.length;
    }
    closeSync(fd);
    written += size;
  }
  return written;
}

// The same families as the detectors, without their checks (keys, Luhn, context): rg's best
// case. ASCII classes and (?-u:\b): Unicode-aware \d, \s and \b make rg about 20 times slower.
const B = '(?-u:\\b)';
const RG_PATTERNS = [
  String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`,
  String.raw`(?:\+33 ?|${B}0)[1-9](?:[ .-]?[0-9]{2}){4}${B}`,
  String.raw`${B}[A-Z]{2}[0-9]{2}(?: ?[0-9A-Z]{4}){2,7}(?: ?[0-9A-Z]{1,3})?${B}`,
  String.raw`${B}(?:[0-9][ -]?){13,19}${B}`,
  String.raw`${B}[12] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{2})?${B}`,
  String.raw`${B}[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{5})?${B}`,
  String.raw`${B}[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}${B}|${B}[0-9]{4}-[0-9]{2}-[0-9]{2}${B}`,
  String.raw`${B}(?:[0-9]{1,3}\.){3}[0-9]{1,3}${B}`,
  String.raw`${B}[0-9]{1,4}(?: ?(?:bis|ter|B))?,? +(?:rue|avenue|boulevard|place|allée|impasse|chemin|quai|route) +[^\n,]{2,40},? +[0-9]{5}${B}`,
  String.raw`${B}(?:M\.|Mme|Madame|Monsieur) +[A-Z][a-zà-ÿ-]+(?: +[A-Z][A-Za-zà-ÿ-]+)?`,
];

function ripgrep(dir: string): { seconds: number; cpuSeconds: number; matches: number } | null {
  if (spawnSync('rg', ['--version']).error) return null;
  const args = ['-j', String(WORKERS), '--count-matches', '--no-filename', '--no-messages', ...RG_PATTERNS.flatMap((p) => ['-e', p]), dir];
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  // bash's `times` gives the CPU time rg used (second line: children's user and system).
  const t = performance.now();
  const r = spawnSync('bash', ['-c', `rg ${quoted} > "$RG_OUT"; times >&2`], { encoding: 'utf8', env: { ...process.env, RG_OUT: join(dir, '..', 'rg.out') } });
  const seconds = (performance.now() - t) / 1000;
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stderr.trim());
  const cpuSeconds = m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : NaN;
  const out = readFileSync(join(dir, '..', 'rg.out'), 'utf8');
  return { seconds, cpuSeconds, matches: out.split('\n').filter(Boolean).reduce((n, l) => n + Number(l), 0) };
}

async function openredaction(): Promise<{ mbPerSecond: number; sampleKb: number; seconds: number } | null> {
  let mod: typeof import('openredaction');
  try {
    mod = await import('openredaction');
  } catch {
    return null;
  }
  const detector = new mod.OpenRedaction({});
  const sampleBytes = Number(values['sample-kb']) * 1024;
  // Half prose, half CSV, like the corpus; fed in 16 KB pieces (its cost grows with input size).
  const sample = [...bulkText(21, sampleBytes / 2, 'text'), ...bulkText(22, sampleBytes / 2, 'csv')].join('');
  const pieces: string[] = [];
  for (let i = 0; i < sample.length; i += 16 * 1024) pieces.push(sample.slice(i, i + 16 * 1024));
  const t = performance.now();
  for (const p of pieces) await detector.detect(p);
  const seconds = (performance.now() - t) / 1000;
  const bytes = Buffer.byteLength(sample);
  return { mbPerSecond: bytes / MB / seconds, sampleKb: Math.round(bytes / 1024), seconds };
}

async function writeDocuments(base: string): Promise<{ pdf: string; docx: string; xlsx: string; pdfPages: number }> {
  const dirs = { pdf: join(base, 'pdf'), docx: join(base, 'docx'), xlsx: join(base, 'xlsx') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  const lines = [...bulkText(31, 2 * MB, 'text')].join('').split('\n').filter((l) => l.trim());
  const rows = [...bulkText(32, 2 * MB, 'csv')].join('').split('\n').filter(Boolean).map((l) => l.split(','));
  const PAGES = 5;
  for (let i = 0; i < DOCS; i++) {
    const at = (i * 97) % Math.max(1, lines.length - 200);
    const pages = Array.from({ length: PAGES }, (_, p) => lines.slice(at + p * 25, at + p * 25 + 25));
    writeFileSync(join(dirs.pdf, `facture-${i}.pdf`), await makePdf(pages));
    writeFileSync(join(dirs.docx, `courrier-${i}.docx`), makeDocx(lines.slice(at, at + 120)));
    writeFileSync(join(dirs.xlsx, `clients-${i}.xlsx`), await makeXlsx({ Clients: [rows[0]!, ...rows.slice(1 + ((i * 53) % 1000), 1 + ((i * 53) % 1000) + 200)] }));
  }
  return { ...dirs, pdfPages: DOCS * PAGES };
}

const base = mkdtempSync(join(tmpdir(), 'rempart-bench-scan-'));
try {
  log(`Benchmark du scanner — ${WORKERS} worker(s), ${availableParallelism()} cœur(s), Node ${process.version}`);
  const corpus = join(base, 'corpus');
  mkdirSync(corpus);
  let t = performance.now();
  const pool = makePool();
  const bytes = writeCorpus(corpus, pool);
  log(`Corpus texte/CSV : ${fmt(bytes / MB, 0)} Mo générés en ${fmt((performance.now() - t) / 1000)} s (contenu unique de 2×16 Mo au plus, réagencé par fichier de ${FILE_MB} Mo)`);

  const s = scan(corpus);
  const scanMbs = s.bytes / MB / s.seconds;
  const perCpu = (f: { cpuSeconds: number }) => bytes / MB / f.cpuSeconds;
  log(`\nMo/s mesurés (horloge), puis Mo par seconde de CPU (stable même si la machine est chargée)`);
  log(`rempart scan      : ${fmt(scanMbs)} Mo/s ; ${fmt(perCpu(s))} Mo/s-CPU (${fmt(s.seconds)} s, ${fmt(s.cpuSeconds)} s CPU, ${s.files} fichiers, ${s.findings.toLocaleString('fr-FR')} données, ${s.errors} erreurs), RSS max ${fmt(s.maxRssMb, 0)} Mo — résumé (comptes), comme la commande par défaut et l’inventaire web`);
  const l = scan(corpus, { REMPART_SCAN_BENCH_LIST: '1' });
  log(`  --format jsonl   : ${fmt(l.bytes / MB / l.seconds)} Mo/s ; ${fmt(perCpu(l))} Mo/s-CPU (${fmt(l.seconds)} s), RSS max ${fmt(l.maxRssMb, 0)} Mo — les 20 000 premières données de chaque fichier listées (position, masque) et mises en lignes jsonl`);
  const e = scan(corpus, { REMPART_SCAN_BENCH_NO_DETECT: '1' });
  log(`  moteur seul      : ${fmt(e.bytes / MB / e.seconds)} Mo/s ; ${fmt(perCpu(e))} Mo/s-CPU (lecture + décodage + découpage, détecteurs coupés), RSS max ${fmt(e.maxRssMb, 0)} Mo`);

  const rg = ripgrep(corpus);
  if (rg) log(`rg (ripgrep)      : ${fmt(bytes / MB / rg.seconds)} Mo/s ; ${fmt(perCpu(rg))} Mo/s-CPU (${fmt(rg.seconds)} s, ${rg.matches.toLocaleString('fr-FR')} correspondances, ${RG_PATTERNS.length} motifs sans validation)`);
  else log('rg (ripgrep)      : introuvable (apt install ripgrep)');

  const peer = await openredaction();
  if (peer) log(`openredaction     : ${fmt(peer.mbPerSecond, 3)} Mo/s — extrapolé d’un échantillon de ${peer.sampleKb} Ko (${fmt(peer.seconds)} s) ; rempart est ${fmt(scanMbs / peer.mbPerSecond, 0)} × plus rapide`);
  else log('openredaction     : paquet absent');

  const targets = [
    `${scanMbs >= 300 ? 'OK ' : 'NON'} ≥ 300 Mo/s (${fmt(scanMbs)})`,
    peer ? `${scanMbs >= 10 * peer.mbPerSecond ? 'OK ' : 'NON'} ≥ 10 × le pair (${fmt(scanMbs / peer.mbPerSecond, 0)} ×)` : '—  pair non mesuré',
    `${Math.max(s.maxRssMb, l.maxRssMb) < 300 ? 'OK ' : 'NON'} RSS max < 300 Mo (${fmt(s.maxRssMb, 0)} / ${fmt(l.maxRssMb, 0)} listées)`,
  ];
  log(`\nObjectifs : ${targets.join(' · ')}`);
  log(`(charge moyenne de la machine pendant la mesure : ${loadavg().map((l) => fmt(l)).join(' ')} ; sur ${availableParallelism()} cœurs inoccupés, attendu ≈ ${fmt(Math.min(WORKERS, availableParallelism()) * perCpu(s))} Mo/s)`);
  rmSync(corpus, { recursive: true, force: true });

  // One large CSV export: read in parts by every worker, against one worker for the whole file.
  const big = join(base, 'gros');
  mkdirSync(big);
  const bigMb = Math.min(256, SIZE_MB);
  const fd = openSync(join(big, 'export-complet.csv'), 'w');
  let bigBytes = 0;
  for (let k = 0; bigBytes < bigMb * MB; k++) {
    const c = pool.csv[(k * 5) % pool.csv.length]!;
    writeSync(fd, c);
    bigBytes += c.length;
  }
  closeSync(fd);
  const inParts = scan(big);
  const single = scan(big, { REMPART_SCAN_BENCH_PART_BYTES: String(2 ** 40) });
  log(`\nUn seul fichier CSV de ${fmt(bigBytes / MB, 0)} Mo : ${fmt(inParts.bytes / MB / inParts.seconds)} Mo/s lu en parties de 32 Mo par les ${WORKERS} workers, ${fmt(single.bytes / MB / single.seconds)} Mo/s d’un seul worker (RSS max ${fmt(inParts.maxRssMb, 0)} / ${fmt(single.maxRssMb, 0)} Mo, ${inParts.findings.toLocaleString('fr-FR')} / ${single.findings.toLocaleString('fr-FR')} données)`);
  rmSync(big, { recursive: true, force: true });

  // Many small files (a real Documents folder): the cost per file, not per MB.
  const small = join(base, 'petits');
  mkdirSync(small);
  const smallCount = Math.min(10_000, Math.max(100, SIZE_MB * 10));
  for (let i = 0; i < smallCount; i++) {
    const c = pool.text[i % pool.text.length]!;
    // whole lines (a cut inside a UTF-8 character would make the file Windows-1252)
    const from = c.indexOf(0x0a, (i * 10_007) % Math.max(1, c.length - 12_288)) + 1;
    const to = c.lastIndexOf(0x0a, from + 10_240) + 1;
    writeFileSync(join(small, `note-${i}.txt`), c.subarray(from, to > from ? to : from + 10_240));
  }
  const smallRun = scan(small);
  log(`\n${smallCount.toLocaleString('fr-FR')} petits fichiers texte de 10 Ko : ${fmt(smallRun.files / smallRun.seconds, 0)} fichiers/s (${fmt(smallRun.bytes / MB / smallRun.seconds)} Mo/s, ${fmt(smallRun.seconds)} s, RSS max ${fmt(smallRun.maxRssMb, 0)} Mo)`);
  rmSync(small, { recursive: true, force: true });

  if (DOCS > 0) {
    t = performance.now();
    const docs = await writeDocuments(base);
    log(`\nDocuments : ${DOCS} PDF (5 pages de texte ou plus), ${DOCS} DOCX, ${DOCS} XLSX (200 lignes) générés en ${fmt((performance.now() - t) / 1000)} s`);
    const pdf = scan(docs.pdf);
    log(`PDF  : ${fmt(pdf.pages / pdf.seconds)} pages/s (${pdf.pages} pages, ${fmt(pdf.seconds)} s, ${pdf.errors} erreurs, RSS max ${fmt(pdf.maxRssMb, 0)} Mo)`);
    const docx = scan(docs.docx);
    log(`DOCX : ${fmt(docx.files / docx.seconds)} fichiers/s (${docx.files} fichiers, ${fmt(docx.seconds)} s, ${docx.errors} erreurs)`);
    const xlsx = scan(docs.xlsx);
    log(`XLSX : ${fmt(xlsx.files / xlsx.seconds)} fichiers/s (${xlsx.files} fichiers, ${fmt(xlsx.seconds)} s, ${xlsx.errors} erreurs)`);
    // Photos of documents, read by Tesseract (`--images`): the test RIB (760×330) in PNG, JPEG and HEIC.
    const images = join(base, 'images');
    mkdirSync(images);
    for (let i = 0; i < DOCS; i++) {
      const ext = (['png', 'jpg', 'heic'] as const)[i % 3]!;
      writeFileSync(join(images, `rib-${i}.${ext}`), readFileSync(new URL(`../../test/scan/fixtures/rib.${ext}`, import.meta.url)));
    }
    const ocr = scan(images, { REMPART_SCAN_BENCH_IMAGES: '1' });
    log(`Images (--images, Tesseract) : ${fmt(ocr.files / ocr.seconds)} images/s (${ocr.files} images de 760×330, ${fmt(ocr.seconds)} s, ${ocr.findings} données, ${ocr.errors} erreurs, RSS max ${fmt(ocr.maxRssMb, 0)} Mo)`);
    // Letters scanned whole (A4 at 300 dpi, 2480×3508) in PDFs of two pages, read by Tesseract too.
    const scans = join(base, 'scans');
    mkdirSync(scans);
    const a4 = fileURLToPath(new URL('../../test/scan/fixtures/scan-a4.jpg', import.meta.url));
    const scanned = Math.max(1, Math.round(DOCS / 4));
    for (let i = 0; i < scanned; i++) writeFileSync(join(scans, `courrier-scanne-${i}.pdf`), await makePdf([], { scans: [a4, a4] }));
    const a4run = scan(scans, { REMPART_SCAN_BENCH_IMAGES: '1' });
    log(`PDF scannés (--images) : ${fmt(a4run.pages / a4run.seconds, 2)} pages A4/s (${a4run.pages} pages à 300 dpi, ${fmt(a4run.seconds)} s, ${a4run.findings} données, ${a4run.errors} erreurs, RSS max ${fmt(a4run.maxRssMb, 0)} Mo)`);
    log('(temps mesurés dans le processus d’analyse, démarrage des workers compris)');
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
