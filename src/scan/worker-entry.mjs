// Worker threads do not inherit tsx's loader when the scan runs inside another runner
// (vitest, the web server): register it here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
