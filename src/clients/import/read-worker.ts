// Worker thread of an import: reads one file (see read-off-thread.ts), then hands its rows to
// the main thread a chunk at a time, each when asked.
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../core/errors.ts';
import { readSheet } from './read-file.ts';
import type { ReaderMessage } from './read-off-thread.ts';

const port = parentPort!;
const post = (message: ReaderMessage) => port.postMessage(message);

port.once('message', async ({ bytes, chunk }: { bytes: Uint8Array; chunk: number }) => {
  try {
    const { rows, rowNumbers, ...head } = await readSheet(bytes);
    let at = 0;
    port.on('message', () => {
      post({ type: 'rows', rows: rows.slice(at, at + chunk), rowNumbers: rowNumbers.slice(at, at + chunk) });
      at += chunk;
    });
    post({ type: 'head', head, total: rows.length });
  } catch (err) {
    if (err instanceof DomainError) post({ type: 'refused', kind: err.kind, code: err.code, message: err.message, details: err.details });
    else post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
post({ type: 'ready' });
