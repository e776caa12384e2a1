// The folder-walking engine (src/scan/engine.ts), behind a seam so that the job can be
// exercised with a source the test controls (cancelling needs a scan that is still running).
import { scanFolders } from '../scan/engine.ts';
import type { FileReport, ScanOptions } from '../scan/contract.ts';

export type ScanEngine = (roots: string[], options: ScanOptions) => AsyncIterable<FileReport>;

let override: ScanEngine | null = null;

/** Replaces the engine (null restores the real one). */
export function useScanEngine(engine: ScanEngine | null): void {
  override = engine;
}

export async function scanEngine(): Promise<ScanEngine> {
  return override ?? scanFolders;
}
