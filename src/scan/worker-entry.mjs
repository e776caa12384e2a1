// Worker threads do not inherit tsx's loader when the scan runs inside another runner
// (vitest, the web server): register it here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

let unregister = register();
// Libraries that need no transformation are imported with tsx's hooks off (src/util/import-plain.ts).
// This thread runs one file at a time, so no TypeScript module is being loaded meanwhile.
globalThis[Symbol.for('rempart.importPlain')] = async (specifier) => {
  await unregister();
  try {
    return await import(specifier);
  } finally {
    unregister = register();
  }
};
await import('./worker.ts');
