// A worker for the pool's own tests, with the real worker's protocol (jobs run one at a time, in
// order; 'bytes' then 'done'): the path says what to do. « plante » kills the thread, « muet »
// never answers, anything else answers after a few milliseconds with the number of jobs that
// wait behind it when it ends.
import { parentPort } from 'node:worker_threads';

const waiting = [];
let busy = false;

parentPort.on('message', (job) => {
  waiting.push(job);
  if (!busy) next();
});

function next() {
  const job = waiting.shift();
  if (!job) return;
  busy = true;
  if (job.path === 'plante') setTimeout(() => process.exit(3), 20);
  else if (job.path === 'muet') return;
  else {
    setTimeout(() => {
      const behind = waiting.length;
      parentPort.postMessage({ type: 'bytes', id: job.id, bytes: 10 });
      parentPort.postMessage({ type: 'done', id: job.id, findings: [], counts: { email: behind }, total: behind, truncated: false });
      busy = false;
      next();
    }, 30);
  }
}
parentPort.postMessage({ type: 'ready' });
