// Worker thread: copies the SQLite database with the online backup API, so the copy (a second
// of CPU for a few hundred MB) runs beside the packing of the documents instead of before it.
// Plain JS, so it loads the same from tsx, vitest and a bundle.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const source = new Database(workerData.source, { readonly: true, fileMustExist: true });
try {
  // After a first small step, copy all remaining pages in one step: a write by the app
  // between steps would restart the copy, a single step cannot be interrupted.
  await source.backup(workerData.target, { progress: () => 1 << 30 });
  parentPort.postMessage({ ok: true });
} catch (err) {
  parentPort.postMessage({ error: String(err?.message ?? err) });
} finally {
  source.close();
}
