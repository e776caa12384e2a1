// A stand-in worker that takes 900 ms to start (a machine under load, the detectors loading), then answers its files as
// pool-worker.mjs does: its files must not be abandoned for the silence of its start.
import { parentPort } from 'node:worker_threads';

const until = Date.now() + 900;
while (Date.now() < until);
parentPort.on('message', (job) => {
  setTimeout(() => {
    parentPort.postMessage({ type: 'bytes', id: job.id, bytes: 10 });
    parentPort.postMessage({ type: 'done', id: job.id, findings: [], counts: {}, total: 0, truncated: false });
  }, 30);
});
parentPort.postMessage({ type: 'ready' });
