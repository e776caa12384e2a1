import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ScanFileHashesTable, ScanFilesTable, ScanFoldersTable, ScansTable, ScanStatus } from '../schema-scans.ts';
import type { FindingType, ScanSummary } from '../../core/scan/types.ts';
import { fileContext, folderContext, rootsContext, type PathSealer } from './scan-paths.ts';

export type ScanRow = ScansTable;
export type ScanFileRow = ScanFilesTable;
export type ScanFolderRow = ScanFoldersTable;
export type ScanFileHashRow = ScanFileHashesTable;

/** A file of a scan holding one of the hashes looked for. */
export interface HashedFile {
  path: string;
  folder: string;
  hash: string;
}

export interface ScanEnd {
  status: Exclude<ScanStatus, 'running'>;
  finished_at: string;
  totals: string;
  files_count: number;
  errors_count: number;
  findings_count: number;
  bytes: number;
  failure: string | null;
  unread?: string;
}

/** The files to check by hand: those not read, and those holding something not read. */
const toCheck = (w: ExpressionBuilder<Database, 'scan_files'>) => w.or([w('error', 'is not', null), w('unread', 'is not', null)]);

// Well under SQLite's 32 766 and PostgreSQL's 65 535 bound parameters per statement.
const INSERT_CHUNK = 500;

function counts(json: string): Partial<Record<FindingType, number>> {
  return JSON.parse(json) as Partial<Record<FindingType, number>>;
}

/**
 * The scans of one tenant: runs, scanned files and per-folder summaries. Rows go in and come out
 * with clear paths; they are sealed at rest (see scan-paths.ts), so SQL never sorts nor filters
 * on them.
 */
export class ScanRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
    private readonly sealer: PathSealer,
  ) {}

  private own(row: { tenant_id: string }) {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
  }

  private openScan(row: ScanRow): ScanRow {
    return { ...row, roots: this.sealer.decrypt(rootsContext(this.tenantId, row.id), row.roots) };
  }

  private openFile<T extends { scan_id: string; seq: number | string; path: string; folder: string }>(row: T): T {
    const seq = Number(row.seq);
    return {
      ...row,
      path: this.sealer.decrypt(fileContext(this.tenantId, row.scan_id, seq, 'path'), row.path),
      folder: this.sealer.decrypt(fileContext(this.tenantId, row.scan_id, seq, 'folder'), row.folder),
    };
  }

  async create(row: ScanRow): Promise<void> {
    this.own(row);
    await this.db.insertInto('scans').values({ ...row, roots: this.sealer.encrypt(rootsContext(this.tenantId, row.id), row.roots) }).execute();
  }

  async get(id: string): Promise<ScanRow | undefined> {
    const row = await this.db.selectFrom('scans').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    return row && this.openScan(row);
  }

  /** Newest first. */
  async list(limit = 50): Promise<ScanRow[]> {
    const rows = await this.db.selectFrom('scans').selectAll().where('tenant_id', '=', this.tenantId).orderBy('started_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map((r) => this.openScan(r));
  }

  /** Adds scanned files (and the blind indexes found in them) to a running scan of this tenant (call inside a transaction). */
  async appendFiles(scanId: string, rows: ScanFileRow[], hashes: ScanFileHashRow[] = []): Promise<void> {
    if (rows.length === 0) return;
    for (const r of [...rows, ...hashes]) {
      this.own(r);
      if (r.scan_id !== scanId) throw new Error('scan mismatch');
    }
    const scan = await this.db.selectFrom('scans').select('status').where('tenant_id', '=', this.tenantId).where('id', '=', scanId).executeTakeFirst();
    if (!scan || scan.status !== 'running') throw new Error('scan not running');
    const sealed = rows.map((r) => ({
      ...r,
      path: this.sealer.encrypt(fileContext(this.tenantId, scanId, r.seq, 'path'), r.path),
      folder: this.sealer.encrypt(fileContext(this.tenantId, scanId, r.seq, 'folder'), r.folder),
    }));
    for (let i = 0; i < sealed.length; i += INSERT_CHUNK) {
      await this.db.insertInto('scan_files').values(sealed.slice(i, i + INSERT_CHUNK)).execute();
    }
    for (let i = 0; i < hashes.length; i += INSERT_CHUNK) {
      await this.db.insertInto('scan_file_hashes').values(hashes.slice(i, i + INSERT_CHUNK)).execute();
    }
  }

  /** Closes a running scan with its totals and per-folder summary. Returns false if it was not running. */
  async finish(scanId: string, end: ScanEnd, folders: ScanFolderRow[]): Promise<boolean> {
    for (const f of folders) {
      this.own(f);
      if (f.scan_id !== scanId) throw new Error('scan mismatch');
    }
    const res = await this.db.updateTable('scans').set(end).where('tenant_id', '=', this.tenantId).where('id', '=', scanId).where('status', '=', 'running').executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    const sealed = folders.map((f) => ({ ...f, folder: this.sealer.encrypt(folderContext(this.tenantId, scanId), f.folder) }));
    for (let i = 0; i < sealed.length; i += INSERT_CHUNK) {
      await this.db.insertInto('scan_folders').values(sealed.slice(i, i + INSERT_CHUNK)).execute();
    }
    return true;
  }

  /** One page of the files of a scan, in scan order. */
  async files(scanId: string, page: { offset: number; limit: number; toCheckOnly?: boolean }): Promise<ScanFileRow[]> {
    let q = this.db.selectFrom('scan_files').selectAll().where('tenant_id', '=', this.tenantId).where('scan_id', '=', scanId);
    if (page.toCheckOnly) q = q.where(toCheck);
    return (await q.orderBy('seq').offset(page.offset).limit(page.limit).execute()).map((r) => this.openFile(r));
  }

  async countFiles(scanId: string, toCheckOnly = false): Promise<number> {
    let q = this.db.selectFrom('scan_files').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', this.tenantId).where('scan_id', '=', scanId);
    if (toCheckOnly) q = q.where(toCheck);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  /** Per-folder summary, most findings first is decided by the caller; here by folder name. */
  async folders(scanId: string): Promise<ScanFolderRow[]> {
    const rows = await this.db.selectFrom('scan_folders').selectAll().where('tenant_id', '=', this.tenantId).where('scan_id', '=', scanId).execute();
    return rows.map((r) => ({ ...r, folder: this.sealer.decrypt(folderContext(this.tenantId, scanId), r.folder) })).sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  }

  /** Scans left 'running' (a live job, or one the server lost in a restart). */
  async running(): Promise<ScanRow[]> {
    const rows = await this.db.selectFrom('scans').selectAll().where('tenant_id', '=', this.tenantId).where('status', '=', 'running').execute();
    return rows.map((r) => this.openScan(r));
  }

  /** The latest finished scan of the tenant. */
  async latestFinished(): Promise<ScanRow | undefined> {
    const row = await this.db
      .selectFrom('scans')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('status', '=', 'finished')
      .orderBy('started_at', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && this.openScan(row);
  }

  /** The files of a scan holding any of these blind indexes (one row per file and hash), in scan order. */
  async filesWithHashes(scanId: string, hashes: string[]): Promise<HashedFile[]> {
    if (hashes.length === 0) return [];
    const out: (HashedFile & { seq: number })[] = [];
    for (let i = 0; i < hashes.length; i += INSERT_CHUNK) {
      const rows = await this.db
        .selectFrom('scan_file_hashes as h')
        .innerJoin('scan_files as f', (j) => j.onRef('f.scan_id', '=', 'h.scan_id').onRef('f.seq', '=', 'h.seq'))
        .select(['f.scan_id', 'f.path', 'f.folder', 'f.seq', 'h.hash'])
        .where('h.tenant_id', '=', this.tenantId)
        .where('f.tenant_id', '=', this.tenantId)
        .where('h.scan_id', '=', scanId)
        .where('h.hash', 'in', hashes.slice(i, i + INSERT_CHUNK))
        .orderBy('f.seq')
        .execute();
      out.push(...rows.map((r) => this.openFile(r)).map((r) => ({ seq: Number(r.seq), path: r.path, folder: r.folder, hash: r.hash })));
    }
    return out.sort((a, b) => a.seq - b.seq).map(({ seq: _s, ...r }) => r);
  }

  /** The latest finished scan of the tenant, or null if it never scanned. */
  async latestSummary(): Promise<ScanSummary | null> {
    const scan = await this.latestFinished();
    if (!scan) return null;
    const files = (await this.db.selectFrom('scan_files').selectAll().where('tenant_id', '=', this.tenantId).where('scan_id', '=', scan.id).orderBy('seq').execute()).map((f) => this.openFile(f));
    return {
      id: scan.id,
      scannedAt: scan.started_at,
      roots: JSON.parse(scan.roots) as string[],
      totals: counts(scan.totals),
      files: files.map((f) => ({
        path: f.path,
        folder: f.folder,
        size: Number(f.size),
        modifiedAt: f.modified_at,
        counts: counts(f.counts),
        ...(f.error ? { error: f.error } : {}),
      })),
    };
  }
}
