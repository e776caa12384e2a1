// Accuracy and single-thread speed of the detectors on the generated labelled corpus.
// Usage: npm run eval:scan [-- --docs 4000] [-- --mb 64] [-- --no-openredaction] [-- --speed-only] [-- --verbose]
// Two seeds: DEV_SEED is the corpus the detectors were tuned on, HELD_OUT_SEED a fresh one.
// Matching: a detection is correct when it overlaps a label of the same type; a label is found
// when a detection of its type overlaps it (spans of names/addresses may differ by a word).
import { performance } from 'node:perf_hooks';
import { detectText } from '../../src/core/scan/detect.ts';
import { FINDING_TYPES, SPECIAL_CATEGORIES, type DetectHints, type FindingType } from '../../src/core/scan/types.ts';
import { bulkText, labelledDocuments } from './corpus/generate.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const DOCS = Number(arg('--docs', '4000'));
const MB = Number(arg('--mb', '64'));
const DEV_SEED = 1;
const HELD_OUT_SEED = 20261201;

const STRICT: FindingType[] = ['email', 'phone', 'iban', 'card', 'nir', 'siret'];
const SPECIAL: readonly FindingType[] = SPECIAL_CATEGORIES;

interface Counts { tp: number; fp: number; fn: number }

function evaluate(seed: number, verbose: boolean): Map<FindingType, Counts> {
  const counts = new Map<FindingType, Counts>(FINDING_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const examples: string[] = [];
  for (const doc of labelledDocuments(seed, DOCS)) {
    const found = detectText(doc.text, { format: doc.format });
    for (const d of found) {
      const hit = doc.labels.some((l) => l.type === d.type && d.start < l.start + l.length && l.start < d.start + d.length);
      const c = counts.get(d.type)!;
      if (hit) c.tp++;
      else {
        c.fp++;
        if (verbose && examples.length < 400) examples.push(`FP ${d.type}: ${JSON.stringify(doc.text.slice(Math.max(0, d.start - 30), d.start + d.length + 30))} [${JSON.stringify(doc.text.slice(d.start, d.start + d.length))}]`);
      }
    }
    for (const l of doc.labels) {
      const hit = found.some((d) => l.type === d.type && d.start < l.start + l.length && l.start < d.start + d.length);
      if (!hit) {
        counts.get(l.type)!.fn++;
        if (verbose && examples.length < 400) examples.push(`FN ${l.type}: ${JSON.stringify(doc.text.slice(Math.max(0, l.start - 30), l.start + l.length + 30))} [${JSON.stringify(doc.text.slice(l.start, l.start + l.length))}]`);
      }
    }
  }
  if (verbose) for (const e of examples.sort()) console.log(e);
  return counts;
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  —  ');

function table(title: string, counts: Map<FindingType, Counts>): void {
  console.log(`\n${title}`);
  console.log('type / type               précision  rappel   F1     cible / target   VP/TP  FP    FN');
  for (const t of FINDING_TYPES) {
    const { tp, fp, fn } = counts.get(t)!;
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = (2 * p * r) / (p + r);
    const strict = STRICT.includes(t) || t === 'siren';
    const target = strict ? 'P,R ≥ 0.99' : 'F1 ≥ 0.90';
    const ok = tp + fn === 0 ? '' : strict ? (p >= 0.99 && r >= 0.99 ? 'ok' : 'MANQUÉ/MISSED') : f1 >= 0.9 ? 'ok' : 'MANQUÉ/MISSED';
    console.log(`${t.padEnd(26)}${f(p).padStart(7)}  ${f(r).padStart(7)}  ${f(f1).padStart(6)}   ${target.padEnd(12)} ${ok.padEnd(4)} ${String(tp).padStart(6)} ${String(fp).padStart(5)} ${String(fn).padStart(5)}`);
  }
  const sp = SPECIAL.reduce((a, t) => ({ tp: a.tp + counts.get(t)!.tp, fp: a.fp + counts.get(t)!.fp, fn: a.fn + counts.get(t)!.fn }), { tp: 0, fp: 0, fn: 0 });
  const p = sp.tp / (sp.tp + sp.fp);
  const r = sp.tp / (sp.tp + sp.fn);
  console.log(`${'(catégories particulières)'.padEnd(26)}${f(p).padStart(7)}  ${f(r).padStart(7)}  ${f((2 * p * r) / (p + r)).padStart(6)}`);
}

function speed(format: 'text' | 'csv', density: 'mixed' | 'dense' = 'mixed'): number {
  const chunks = [...bulkText(7, MB * 1e6, format, density)];
  const bytes = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
  const header = format === 'csv' ? chunks[0]!.slice(0, chunks[0]!.indexOf('\n')) : undefined;
  detectText(chunks[0]!, { format }); // warm-up
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  chunks.forEach((c, i) => {
    const hints: DetectHints = { format, ...(i > 0 && header ? { headerLine: header } : {}) };
    n += detectText(c, hints).length;
  });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  // CPU time as well as wall time: on a loaded machine the wall clock counts other processes.
  console.log(`  ${(format === 'text' ? `texte/text (${density === 'mixed' ? 'mixte/mixed' : 'dense'})` : 'csv').padEnd(26)} ${(bytes / 1e6).toFixed(0)} Mo/MB, ${n} détections: ${(bytes / 1e6 / s).toFixed(0)} Mo/s (MB/s) horloge/wall, ${(bytes / 1e6 / cpuS).toFixed(0)} Mo/s (MB/s) temps CPU/CPU time`);
  return bytes / 1e6 / cpuS;
}

async function openredactionSpeed(ours: number): Promise<void> {
  try {
    const { OpenRedaction } = await import('openredaction');
    const sample = [...bulkText(7, 3e5, 'text')].join('');
    const lines = sample.split('\n');
    const redactor = new OpenRedaction({});
    await redactor.detect(lines.slice(0, 50).join('\n'));
    const c0 = process.cpuUsage();
    // ~0.3 MB in pieces of 200 lines: its detector is written for short texts
    for (let i = 0; i < lines.length; i += 200) await redactor.detect(lines.slice(i, i + 200).join('\n'));
    const cpu = process.cpuUsage(c0);
    const mbs = Buffer.byteLength(sample) / 1e6 / ((cpu.user + cpu.system) / 1e6);
    console.log(`  openredaction 1.1.5 : ${mbs.toFixed(2)} Mo/s (MB/s, temps CPU/CPU time) sur 0,3 Mo de texte → nous/us ×${(ours / mbs).toFixed(0)}`);
  } catch (e) {
    console.log(`  openredaction indisponible / unavailable: ${(e as Error).message}`);
  }
}

const verbose = args.includes('--verbose');
if (!args.includes('--speed-only')) {
  console.log(`Corpus étiqueté / labelled corpus: ${DOCS} documents par graine / per seed`);
  table(`Graine de mise au point / tuning seed (${DEV_SEED})`, evaluate(DEV_SEED, verbose));
  table(`Graine jamais vue / held-out seed (${HELD_OUT_SEED})`, evaluate(HELD_OUT_SEED, false));
}
console.log('\nVitesse / speed (detectText, un cœur / one core):');
const text = speed('text', 'dense');
speed('text', 'mixed');
speed('csv');
if (!args.includes('--no-openredaction')) await openredactionSpeed(text);
