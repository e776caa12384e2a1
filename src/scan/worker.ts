// Worker thread: runs analyseFile for each job the pool sends; only small results go back.
import { parentPort } from 'node:worker_threads';
import { Detections } from '../core/scan/emit.ts';
import { analyseFile, type AnalyseJob } from './analyse.ts';

export type WorkerRequest = { id: number } & AnalyseJob;
export type WorkerMessage = { type: 'bytes'; id: number; bytes: number } | ({ type: 'done'; id: number } & Awaited<ReturnType<typeof analyseFile>>);

// Benchmark only (npm run bench:scan): detectors off, to measure what the engine itself costs.
const detect = process.env.REMPART_SCAN_BENCH_NO_DETECT === '1' ? () => new Detections(0) : undefined;

const port = parentPort!;
port.on('message', async (job: WorkerRequest) => {
  const result = await analyseFile(job, (bytes) => port.postMessage({ type: 'bytes', id: job.id, bytes } satisfies WorkerMessage), detect);
  port.postMessage({ type: 'done', id: job.id, ...result } satisfies WorkerMessage);
});
port.postMessage({ type: 'ready' });
