// Writes one scan to the store as it runs: the scan row when it starts, the files in
// batches (each batch its own short transaction, so that on SQLite the other requests and
// the progress polls are not kept waiting), then the totals and the per-folder summary with
// the journal entry in the closing transaction.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import type { ScanFileHashRow, ScanFileRow } from '../db/repositories/scans.ts';
import type { ScanStatus } from '../db/schema-scans.ts';
import { appendJournal } from '../journal/journal.ts';
import type { FileReport, ScanProgress } from '../scan/contract.ts';
import { ScanTally, storedFile, type StoredFile } from './summary.ts';

export interface ScanActor {
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
}

const BATCH_FILES = 250;
const BATCH_MS = 1000;

export class ScanWriter {
  readonly tally = new ScanTally();
  private buffer: ScanFileRow[] = [];
  private hashes: ScanFileHashRow[] = [];
  private seq = 0;
  private lastFlush = Date.now();

  private constructor(
    private readonly app: App,
    readonly tenantId: string,
    readonly scanId: string,
    private readonly actor: ScanActor,
  ) {}

  static async open(app: App, tenantId: string, input: { roots: string[]; startedAt: string; source: 'web' | 'cli'; actor: ScanActor; id?: string; personIndex?: boolean; readImages?: boolean }): Promise<ScanWriter> {
    const id = input.id ?? randomUUID();
    await app.tx(async (repos) => {
      await repos.scans(tenantId).create({
        id,
        tenant_id: tenantId,
        status: 'running',
        source: input.source,
        roots: JSON.stringify(input.roots),
        started_at: input.startedAt,
        finished_at: null,
        started_by: input.actor.actorId,
        totals: '{}',
        files_count: 0,
        errors_count: 0,
        findings_count: 0,
        bytes: 0,
        failure: null,
        person_index: input.personIndex ? 1 : 0,
        read_images: input.readImages ? 1 : 0,
      });
      await appendJournal(app, repos, { tenantId, ...input.actor, action: 'inventaire.analyse_demarree', recordType: 'analyse', recordId: id, details: { dossiers: input.roots.length, origine: input.source } });
    });
    return new ScanWriter(app, tenantId, id, input.actor);
  }

  async add(report: FileReport): Promise<StoredFile> {
    const file = storedFile(report);
    this.tally.add(file);
    this.buffer.push({
      scan_id: this.scanId,
      seq: ++this.seq,
      tenant_id: this.tenantId,
      path: file.path,
      folder: file.folder,
      format: file.format,
      size: file.size,
      modified_at: file.modifiedAt,
      counts: JSON.stringify(file.counts),
      findings: file.findings,
      sensitive: file.sensitive,
      error_code: file.error?.code ?? null,
      error: file.error?.message ?? null,
      unread: report.unread ? JSON.stringify(report.unread) : null,
    });
    for (const hash of report.personHashes ?? []) this.hashes.push({ scan_id: this.scanId, seq: this.seq, tenant_id: this.tenantId, hash });
    if (this.buffer.length >= BATCH_FILES || Date.now() - this.lastFlush >= BATCH_MS) await this.flush();
    return file;
  }

  async flush(): Promise<void> {
    this.lastFlush = Date.now();
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    const hashes = this.hashes;
    this.buffer = [];
    this.hashes = [];
    await this.app.tx((repos) => repos.scans(this.tenantId).appendFiles(this.scanId, rows, hashes));
  }

  /** Writes what is left, the totals, the files not read (by kind) and the per-folder summary; journals the end. */
  async finish(status: Exclude<ScanStatus, 'running'>, failure: string | null = null, unread: ScanProgress['unread'] = {}): Promise<void> {
    await this.flush();
    const t = this.tally;
    await this.app.tx(async (repos) => {
      const done = await repos.scans(this.tenantId).finish(
        this.scanId,
        { status, finished_at: this.app.now().toISOString(), totals: JSON.stringify(t.totals), files_count: t.files, errors_count: t.errors, findings_count: t.findings, bytes: t.bytes, failure, unread: JSON.stringify(unread) },
        t.folders().map((f) => ({ scan_id: this.scanId, tenant_id: this.tenantId, folder: f.folder, files_count: f.files, errors_count: f.errors, bytes: f.bytes, counts: JSON.stringify(f.counts) })),
      );
      if (!done) return;
      await appendJournal(this.app, repos, {
        tenantId: this.tenantId,
        ...this.actor,
        action: 'inventaire.analyse_terminee',
        recordType: 'analyse',
        recordId: this.scanId,
        details: { statut: status, fichiers: t.files, erreurs: t.errors, donnees: t.findings },
      });
    });
  }
}

/**
 * Saves a scan run elsewhere (the command line) for a tenant: the same rows as a web scan.
 * Returns the scan id.
 */
export async function recordScan(
  app: App,
  tenantId: string,
  roots: string[],
  reports: FileReport[] | AsyncIterable<FileReport>,
  scannedAt: string,
  actor: ScanActor = { actorId: null, actorLabel: 'system', ip: 'cli' },
  unread: ScanProgress['unread'] = {},
  readImages = false,
): Promise<string> {
  const writer = await ScanWriter.open(app, tenantId, { roots, startedAt: scannedAt, source: 'cli', actor, readImages });
  try {
    for await (const report of reports) await writer.add(report);
  } catch (err) {
    await writer.finish('failed', 'L’analyse a été interrompue par une erreur : seuls les fichiers déjà lus sont enregistrés.');
    throw err;
  }
  await writer.finish('finished', null, unread);
  return writer.scanId;
}
