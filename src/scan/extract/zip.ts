// Reads chosen entries of an Office/OpenDocument zip with hard caps, so that a zip bomb or a
// huge archive ends as a French per-file error instead of filling the memory.
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { isCompoundFile } from '../../documents/compound-file.ts';
import { pastCaps, type ZipCaps } from '../../documents/zip-size.ts';
import { fileErrors, ScanFileError } from '../errors.ts';

export const ZIP_LIMITS: ZipCaps = {
  /** Total decompressed bytes of the entries we read. */
  maxUnpacked: 200 * 1024 * 1024,
  maxEntries: 20_000,
  /** Above a few MB, more than this ratio between decompressed and compressed is a bomb. */
  maxRatio: 200,
  ratioFloor: 8 * 1024 * 1024,
};

export function isZip(data: Uint8Array): boolean {
  return data[0] === 0x50 && data[1] === 0x4b && (data[2] === 0x03 || data[2] === 0x05) && (data[3] === 0x04 || data[3] === 0x06);
}

/** Decompressed entries whose name passes `want`, kept as bytes (outside the JS heap) until used. */
export function readZipEntries(data: Uint8Array, what: string, want: (name: string) => boolean, limits = ZIP_LIMITS): ZipEntries {
  // encrypted OOXML files are OLE compound files, not zips
  if (isCompoundFile(data)) throw fileErrors.protectedFile();
  if (!isZip(data)) throw fileErrors.corrupt(what);
  const chunks = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  const others: string[] = [];
  let entries = 0;
  let total = 0;
  let failure: ScanFileError | null = null;

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (++entries > limits.maxEntries) {
      failure = fileErrors.bomb();
      return;
    }
    if (!want(file.name)) {
      others.push(file.name);
      return;
    }
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = fileErrors.corrupt(what);
        return;
      }
      total += chunk.length;
      if (pastCaps(total, data.length, limits)) {
        failure = fileErrors.bomb();
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) done.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    const step = 256 * 1024;
    for (let i = 0; i < data.length && !failure; i += step) unzip.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
  } catch (e) {
    if (e instanceof ScanFileError) throw e;
    if (!failure) failure = fileErrors.corrupt(what);
  }
  if (failure) throw failure;

  const out = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) {
    if (!done.has(name)) throw fileErrors.corrupt(what);
    out.set(name, concat(parts));
  }
  return new ZipEntries(out, others);
}

const utf8 = new TextDecoder('utf-8');

/** Decodes one part at a time, so that only the sheet being read sits in the heap as text. */
export class ZipEntries {
  constructor(
    private readonly entries: Map<string, Uint8Array>,
    /** The names of the entries not asked for (not decompressed). */
    readonly others: readonly string[] = [],
  ) {}
  has(name: string): boolean {
    return this.entries.has(name);
  }
  names(): string[] {
    return [...this.entries.keys()];
  }
  bytes(name: string): Uint8Array | undefined {
    return this.entries.get(name);
  }
  text(name: string): string | undefined {
    const b = this.entries.get(name);
    return b === undefined ? undefined : utf8.decode(b);
  }
}

/** Byte chunks joined (the one chunk itself when alone). */
export function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
