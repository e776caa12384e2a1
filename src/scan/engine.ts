// The scan: the main thread walks and dispatches, worker threads read, extract and detect.
// One FileReport per file (errors included), in completion order; memory stays bounded
// because the walk pauses while too many results wait for the consumer.
import { availableParallelism } from 'node:os';
import type { FindingType } from '../core/scan/types.ts';
import type { AnalyseJob, AnalyseResult } from './analyse.ts';
import { PartsMerger, partsOf } from './parts.ts';
import type { TextRange } from './extract/text.ts';
import type { FileReport, ScanOptions, ScanProgress } from './contract.ts';
import { WorkerPool } from './pool.ts';
import { packFindings, withFindings } from './packed-findings.ts';
import { walk, type WalkEntry } from './walk.ts';
import { formatOf, unreadKindOf } from './formats.ts';
import { FindingSink } from './extract/sink.ts';
import { detectFileName } from './file-name.ts';
import { addUnread, type UnreadKind } from '../core/scan/unread.ts';

const MAX_WAITING_RESULTS = 64;
/** Findings held for a slow consumer (a pipe, a database) before the walk pauses. */
const MAX_WAITING_FINDINGS = 100_000;
export const DEFAULT_MAX_FINDINGS_PER_FILE = 20_000;
const PROGRESS_INTERVAL_MS = 100;
/** Large plain text files are read in parts of this size, by every worker at once. */
export const DEFAULT_PART_BYTES = 32 * 1024 * 1024;

type FileEntry = Extract<WalkEntry, { kind: 'file' }>;

/** How a scan lists its findings (ScanOptions.listFindings). */
type Listing = 'counted' | 'objects' | 'packed';

function toReport(e: Pick<FileEntry, 'path' | 'root' | 'size' | 'modifiedAt'> & { format: string }, r: AnalyseResult, listing: Listing): FileReport {
  const findings = listing === 'packed' ? [] : withFindings(r, e.path).findings;
  const report: FileReport = { path: e.path, root: e.root, size: e.size, modifiedAt: e.modifiedAt, format: e.format, findings, counts: r.counts };
  // a large file's parts are folded as objects (parts.ts): packed again here
  const listed = listing === 'packed' ? (r.packed ?? (r.findings.length > 0 ? packFindings(r.findings).packed : undefined)) : undefined;
  if (listed) report.listed = listed;
  if (r.error) report.error = r.error;
  if (r.truncated && listing !== 'counted') report.findingsTruncated = true;
  if (r.pages !== undefined) report.pages = r.pages;
  if (r.unread) report.unread = r.unread;
  // a result is the pool's own copy (from its worker, or folded from parts): sorted in place
  if (r.personHashes) report.personHashes = r.personHashes.sort();
  return report;
}

/** What a file not read holds in its name (file-name.ts), or null when nothing. */
async function nameOnly(e: { path: string }, listing: Listing, maxListed: number): Promise<AnalyseResult | null> {
  // (the detectors are the workers' work: loaded here only once a file is not read)
  const { detectBlock } = await import('../core/scan/detect.ts');
  const sink = new FindingSink(e.path, listing === 'counted' ? 0 : maxListed, false);
  detectFileName(e.path, detectBlock, sink);
  return sink.total === 0 ? null : { findings: sink.findings, counts: sink.counts, total: sink.total, truncated: sink.truncated };
}

export async function* scanFolders(roots: string[], options: ScanOptions = {}): AsyncGenerator<FileReport> {
  const started = Date.now();
  const size = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const pool = new WorkerPool({ size });
  // A copy of the key in its own 32-byte buffer: only it is cloned to the workers.
  const personIndex = options.personIndex && { tenantId: options.personIndex.tenantId, key: new Uint8Array(options.personIndex.key) };
  const progress: Required<ScanProgress> = { files: 0, totalFiles: null, bytes: 0, totalBytes: null, findings: 0, etaSeconds: null, skipped: 0, unread: {}, errors: 0, elapsedSeconds: 0 };
  const unread = (path: string) => addUnread(progress.unread, unreadKindOf(path));
  let walkedFiles = 0;
  let walkedBytes = 0;
  let walkDone = false;
  let aborted = false;
  let walkError: unknown = null;
  let inflight = 0;
  let waitingFindings = 0;
  const ready: FileReport[] = [];
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = () => {
    wakeConsumer?.();
    wakeConsumer = null;
  };
  const freeSlot = () => {
    wakeProducer?.();
    wakeProducer = null;
  };

  let lastEmit = 0;
  const emit = (force = false) => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!force && now - lastEmit < PROGRESS_INTERVAL_MS) return;
    lastEmit = now;
    const elapsed = (now - started) / 1000;
    progress.elapsedSeconds = elapsed;
    const rate = progress.bytes / Math.max(elapsed, 0.001);
    progress.etaSeconds = walkDone && progress.totalBytes !== null && rate > 0 ? Math.max(0, (progress.totalBytes - progress.bytes) / rate) : null;
    options.onProgress({ ...progress, unread: { ...progress.unread } });
  };

  const onAbort = () => {
    aborted = true;
    void pool.close();
    wake();
    freeSlot();
  };
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const maxFindings = options.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE;
  const listing: Listing = options.listFindings === false ? 'counted' : options.listFindings === 'packed' ? 'packed' : 'objects';
  const maxListed = listing === 'counted' ? 0 : maxFindings;
  // a part reads at least one 60 KB block and the head of the file: tiny parts would only cost
  const partBytes = Math.max(4096, options.partBytes ?? DEFAULT_PART_BYTES);
  // person hashes keep the file's cap whether findings are listed or only counted
  const readImages = options.readImages === true;
  const jobOf = (e: FileEntry): AnalyseJob => ({ path: e.path, ...(e.fsPath ? { fsPath: e.fsPath } : {}), format: e.format, maxFindings: maxListed, maxHashes: maxFindings, ...(personIndex ? { personIndex } : {}), ...(readImages ? { readImages } : {}) });

  /** A file's result is in (null: the scan was aborted); `seen` bytes were already counted. */
  const complete = (e: FileEntry, r: AnalyseResult | null, seen: number) => {
    inflight--;
    // The walk may wait for a free slot even when this file gives no report (binary).
    freeSlot();
    if (r === null) return wake();
    progress.bytes += Math.max(0, e.size - seen);
    progress.files++;
    // attachments and archive entries it could not read
    for (const [kind, n] of Object.entries(r.unread ?? {}) as [UnreadKind, number][]) addUnread(progress.unread, kind, n);
    if (r.binary) {
      progress.skipped++;
      unread(e.path);
    } else {
      if (r.error) progress.errors++;
      progress.findings += r.total;
      ready.push(toReport(e, r, listing));
      waitingFindings += r.findings.length + (r.packed?.codes.length ?? 0) + (r.personHashes?.length ?? 0);
    }
    wake();
    emit();
  };

  const analyse = (e: FileEntry) => {
    let seen = 0;
    inflight++;
    void pool
      .run(jobOf(e), (bytes) => {
        progress.bytes += Math.max(0, bytes - seen);
        seen = Math.max(seen, bytes);
        emit();
      })
      .then((r) => complete(e, r, seen));
  };

  /**
   * A large text file in parts, `size` of them at a time, folded in order as they come back.
   * A part is given only the findings still to list, so memory stays bounded whatever the size.
   */
  const analyseInParts = (e: FileEntry, ranges: TextRange[]) => {
    const count = ranges.length;
    const merger = new PartsMerger(maxListed, maxFindings);
    const seen = new Float64Array(count);
    let submitted = 0;
    let returned = 0;
    let stopped = false;
    inflight++;
    const submit = () => {
      const k = submitted++;
      const range = ranges[k]!;
      void pool
        .run({ ...jobOf(e), maxFindings: Math.max(0, maxListed - merger.listed), range }, (bytes) => {
          progress.bytes += Math.max(0, bytes - seen[k]!);
          seen[k] = Math.max(seen[k]!, bytes);
          emit();
        })
        .then((r) => {
          returned++;
          merger.add(k, r && withFindings(r, e.path));
          // an error, a binary start or an abort ends the file: the parts after it cannot be numbered
          if (r === null || r.error || r.binary) stopped = true;
          if (!stopped && submitted < count) submit();
          else if (returned === submitted) complete(e, merger.result(), seen.reduce((a, b) => a + b, 0));
        });
    };
    for (let i = 0; i < Math.min(size, count); i++) submit();
  };

  const produce = async () => {
    try {
      for await (const e of walk(roots, { followSymlinks: options.followSymlinks === true, signal: options.signal, exclude: options.exclude, readImages })) {
        if (aborted) break;
        if (e.kind === 'skipped') {
          progress.skipped++;
          if (e.reason === 'binaire') {
            unread(e.path);
            // a photo or a file not read may say whom it is about by its name (« CNI_Yannick_Kerbrat.jpg »): reported
            const named = await nameOnly(e, listing, maxListed);
            if (named) {
              progress.findings += named.total;
              ready.push(toReport({ ...e, format: formatOf(e.path) }, named, listing));
              wake();
            }
          }
          continue;
        }
        walkedFiles++;
        if (e.kind === 'error') {
          progress.files++;
          progress.errors++;
          ready.push({ path: e.path, root: e.root, size: e.size, modifiedAt: e.modifiedAt, format: e.format, findings: [], counts: {}, error: { code: e.code, message: e.message } });
          wake();
          continue;
        }
        walkedBytes += e.size;
        while (!aborted && (inflight >= size * 2 || ready.length >= MAX_WAITING_RESULTS || waitingFindings >= MAX_WAITING_FINDINGS)) await new Promise<void>((r) => (wakeProducer = r));
        if (aborted) break;
        const ranges = partsOf(e, partBytes, size);
        if (ranges) analyseInParts(e, ranges);
        else analyse(e);
      }
    } catch (err) {
      walkError = err;
    } finally {
      walkDone = true;
      progress.totalFiles = walkedFiles;
      progress.totalBytes = walkedBytes;
      wake();
    }
  };

  const producing = produce();
  try {
    for (;;) {
      if (aborted) break;
      const next = ready.shift();
      if (next) {
        waitingFindings -= next.findings.length + (next.listed?.codes.length ?? 0) + (next.personHashes?.length ?? 0);
        freeSlot();
        yield next;
        // the consumer asks for the next report: done with this one's listed findings (contract.ts)
        if (next.listed) pool.giveBack([next.listed.codes.buffer, next.listed.numbers.buffer] as ArrayBuffer[]);
        continue;
      }
      if (walkDone && inflight === 0) break;
      await new Promise<void>((r) => (wakeConsumer = r));
    }
    if (walkError && !aborted) throw walkError;
  } finally {
    aborted = true;
    freeSlot();
    options.signal?.removeEventListener('abort', onAbort);
    await pool.close();
    await producing;
    emit(true);
  }
}

/** Every report of a scan, for callers that want them all at once (tests, small folders). */
export async function scanToList(roots: string[], options: ScanOptions = {}): Promise<FileReport[]> {
  const out: FileReport[] = [];
  // a report's packed findings are given back to the workers once the next one is asked for
  for await (const r of scanFolders(roots, options)) out.push(r.listed ? { ...r, listed: structuredClone(r.listed) } : r);
  return out;
}

/** Totals per type over reports. */
export function totalCounts(reports: Iterable<Pick<FileReport, 'counts'>>): Partial<Record<FindingType, number>> {
  const totals: Partial<Record<FindingType, number>> = {};
  for (const r of reports) for (const [t, n] of Object.entries(r.counts) as [FindingType, number][]) totals[t] = (totals[t] ?? 0) + n;
  return totals;
}
