// Worker thread: runs analyseFile for each job the pool sends, one at a time and in order (the
// pool queues a second job here so the worker never waits for the main thread between files);
// only small results go back.
import { parentPort } from 'node:worker_threads';
import { Detections } from '../core/scan/emit.ts';
import { analyseFile, type AnalyseJob } from './analyse.ts';
import { packFindings, SpareBuffers, type PackedFindings } from './packed-findings.ts';

export type WorkerRequest = { id: number } & AnalyseJob;
/** The packed columns of a file whose lines are written, to be written again (engine.ts). */
export type SpareMessage = { spare: ArrayBuffer[] };
type Result = Awaited<ReturnType<typeof analyseFile>>;
/** A file's result, its listed findings packed (packed-findings.ts) rather than cloned one object at a time. */
export type DoneMessage = { type: 'done'; id: number; packed?: PackedFindings } & Omit<Result, 'findings'> & { findings?: Result['findings'] };
export type WorkerMessage = { type: 'bytes'; id: number; bytes: number } | DoneMessage;

/** Progress goes back once per this many bytes of a file at most (the result says the rest)… */
const PROGRESS_STEP_BYTES = 1024 * 1024;

// Benchmark only (npm run bench:scan): detectors off, to measure what the engine itself costs.
const detect = process.env.REMPART_SCAN_BENCH_NO_DETECT === '1' ? () => new Detections(0) : undefined;

// The readers' libraries print their own diagnostics (« Missing Info for XLS Record »…): a worker's
// console goes to the scan's standard output, where it would break a `--format jsonl` stream.
// What a file could not give is reported on the file instead.
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[level] = () => {};

// A library's promise that nobody awaits may reject once its file is done (pdfjs, « End of file
// inside array » on a damaged page, found by fuzzing): the file is reported already, and the
// worker must not die for it — the pool then blamed the file it held, « Erreur inattendue ».
process.on('unhandledRejection', () => {});

const port = parentPort!;
const spare = new SpareBuffers();
let queue: Promise<void> = Promise.resolve();
port.on('message', (job: WorkerRequest | SpareMessage) => {
  if ('spare' in job) {
    for (const b of job.spare) spare.give(b);
    return;
  }
  // a PDF awaits its pages: the next job must not start in the meantime
  queue = queue.then(() => run(job)).catch((err: unknown) => {
    // as before the queue: the worker dies, the pool reports the file and replaces it
    setImmediate(() => {
      throw err;
    });
  });
});

async function run(job: WorkerRequest): Promise<void> {
  let told = 0;
  let toldAt = Date.now();
  const onBytes = (bytes: number) => {
    // …or once a second, so that the pool's watchdog hears from a slow PDF
    if (bytes - told < PROGRESS_STEP_BYTES && Date.now() - toldAt < 1000) return;
    told = bytes;
    toldAt = Date.now();
    port.postMessage({ type: 'bytes', id: job.id, bytes } satisfies WorkerMessage);
  };
  const { findings, ...result } = await analyseFile(job, onBytes, detect);
  // most files list nothing (counting scans, files without personal data): a plain small message
  if (findings.length === 0) return port.postMessage({ type: 'done', id: job.id, ...result, findings } satisfies WorkerMessage);
  const { packed, transfer } = packFindings(findings, spare);
  port.postMessage({ type: 'done', id: job.id, ...result, packed } satisfies WorkerMessage, transfer);
}
port.postMessage({ type: 'ready' });
