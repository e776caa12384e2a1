// Tables of the scans capability (see Database in schema.ts). Counts are JSON objects
// (finding type → number); no found value is ever stored.
export type ScanStatus = 'running' | 'finished' | 'failed' | 'cancelled';

export interface ScansTable {
  id: string;
  tenant_id: string;
  status: ScanStatus;
  /** 'web' (job started from the interface) or 'cli' (`rempart scan --enregistrer`). */
  source: string;
  /** JSON array of absolute folders. */
  roots: string;
  started_at: string;
  finished_at: string | null;
  started_by: string | null;
  totals: string;
  files_count: number;
  errors_count: number;
  findings_count: number;
  bytes: number;
  failure: string | null;
  /** 1 when the scan computed the blind indexes of the e-mails and phones found (web scans). Defaults to 0. */
  person_index?: number;
  /** JSON object: kind of unread file (core/scan/unread.ts) → count. Defaults to '{}'. */
  unread?: string;
  /** 1 when the scan read the text of images (ScanOptions.readImages). Defaults to 0. */
  read_images?: number;
}

export interface ScanFilesTable {
  scan_id: string;
  seq: number;
  tenant_id: string;
  path: string;
  folder: string;
  format: string;
  size: number;
  modified_at: string;
  counts: string;
  findings: number;
  sensitive: number;
  error_code: string | null;
  error: string | null;
  /** What the file holds that could not be read, by kind (JSON), or null. */
  unread?: string | null;
}

export interface ScanFoldersTable {
  scan_id: string;
  tenant_id: string;
  folder: string;
  files_count: number;
  errors_count: number;
  bytes: number;
  counts: string;
}

/** Blind index (client file HMAC) of an e-mail or phone found in a scanned file; never a value. */
export interface ScanFileHashesTable {
  scan_id: string;
  seq: number;
  tenant_id: string;
  hash: string;
}

export interface ScanTables {
  scans: ScansTable;
  scan_files: ScanFilesTable;
  scan_folders: ScanFoldersTable;
  scan_file_hashes: ScanFileHashesTable;
}
