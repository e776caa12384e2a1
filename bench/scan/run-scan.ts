// Child process of the scan benchmark: one scan, then its figures as JSON on stdout.
// Peak RSS is the whole process's, worker threads included.
import { scanFolders } from '../../src/scan/engine.ts';
import { jsonlPieces } from '../../src/scan/output/jsonl.ts';

const [dir, workers] = process.argv.slice(2);
const started = performance.now();
const cpuStart = process.cpuUsage();
let files = 0;
let bytes = 0;
let findings = 0;
let pages = 0;
let errors = 0;
const partBytes = Number(process.env.REMPART_SCAN_BENCH_PART_BYTES) || undefined;
// as `rempart scan` (French summary) and the web inventory: counts only; LIST=1 as --format jsonl
const listFindings = process.env.REMPART_SCAN_BENCH_LIST === '1' && 'packed';
// as `rempart scan --images`
const readImages = process.env.REMPART_SCAN_BENCH_IMAGES === '1';
let jsonlBytes = 0;
for await (const r of scanFolders([dir!], { workers: Number(workers) || undefined, listFindings, readImages, ...(partBytes ? { partBytes } : {}) })) {
  // the jsonl lines are made as `rempart scan --format jsonl` makes them (then dropped): they
  // weigh in the peak RSS
  if (r.listed) for (const piece of jsonlPieces(r.listed, r.path)) jsonlBytes += piece.length;
  files++;
  bytes += r.size;
  findings += Object.values(r.counts).reduce((a, b) => a + (b ?? 0), 0);
  pages += r.pages ?? 0;
  if (r.error) errors++;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU time of all threads: a figure that stays meaningful on a busy machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ seconds, files, bytes, findings, pages, errors, cpuSeconds, jsonlBytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
