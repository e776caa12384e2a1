// The inventory (scan results per tenant): public entry points.
export { recordScan, ScanWriter, type ScanActor } from './record.ts';
export { cancelScan, listScans, readScan, scanRoots, startScan } from './service.ts';
export { useScanEngine, type ScanEngine } from './engine.ts';
export { allowedRoots, resolveFolders } from './roots.ts';
