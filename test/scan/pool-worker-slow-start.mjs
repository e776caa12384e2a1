// A stand-in worker that takes 900 ms to start (a machine under load, the detectors loading), then answers its files as
// pool-worker.mjs does (it is that worker, loaded late): its files must not be abandoned for the silence of its start.
const until = Date.now() + 900;
while (Date.now() < until);
await import('./pool-worker.mjs');
