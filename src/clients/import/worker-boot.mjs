// Worker threads do not inherit the TypeScript loader of the main thread: register it here
// (as bin/rempart.js does), then load the worker module named by the parent.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
