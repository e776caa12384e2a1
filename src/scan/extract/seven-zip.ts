// 7-Zip, RAR and tar archives (.tar.gz, .tgz, .tar.bz2, .tar.xz too), read by 7-Zip itself in
// its WebAssembly build (7z-wasm): a fresh, sandboxed instance per archive, whose files live in
// memory only (nothing is written to the disk). The files inside are read like a zip's
// (archive.ts), one level deep, under the same caps, checked on the sizes the archive declares
// before anything is unpacked and on the bytes actually unpacked.
import type { SevenZipModule, SevenZipModuleFactory } from '7z-wasm';
import { fileErrors } from '../errors.ts';
import { pastCaps, type ZipCaps } from '../../documents/zip-size.ts';
import { ZIP_LIMITS } from './zip.ts';

export interface ArchiveEntryHandler {
  /** Whether the file is read (given to `read`), or only counted by `skip`. */
  wanted(name: string): boolean;
  read(name: string, data: Uint8Array): Promise<void>;
  skip(name: string): void;
  /** A file listed but not unpacked (a name 7-Zip lists and writes differently). */
  failed(name: string): void;
}

interface Listed {
  path: string;
  size: number;
  encrypted: boolean;
}

interface SevenZipRun {
  /** 7-Zip's exit code (0 ok, 1 warning, 2 error); throws when 7-Zip itself aborts. */
  run(args: string[]): number;
  fs: SevenZipModule['FS'];
  out: string[];
}

async function instance(onByte?: (byte: number) => void): Promise<SevenZipRun> {
  // (a CommonJS module: its default import is the factory, which its types call `default`)
  const SevenZip = (await import('7z-wasm')).default as unknown as SevenZipModuleFactory;
  const out: string[] = [];
  const z = await SevenZip({ print: (s: string) => out.push(s), printErr: (s: string) => out.push(s), stdin: () => null, ...(onByte ? { stdout: onByte } : {}) } as never);
  return {
    fs: z.FS,
    out,
    run(args) {
      out.length = 0;
      // (the switches: no progress, a password that opens nothing rather than a prompt, UTF-8 names)
      return (z.callMain(['-bd', '-pRempart', '-sccUTF-8', '-scsUTF-8', ...args]) as unknown as number | undefined) ?? 0;
    },
  };
}

/**
 * Walks the archive's files, in their order in it. Throws « protégé » when a file (or the list
 * of files) is encrypted, « suspecte » past the zip caps, « endommagé » when 7-Zip cannot open
 * or unpack it.
 */
export async function readArchive(data: Uint8Array, handler: ArchiveEntryHandler, limits: ZipCaps = ZIP_LIMITS): Promise<void> {
  const archive = isCompressedStream(data) ? await uncompress(data, limits) : data;
  if (!archive.some((b) => b !== 0)) return; // an empty tar is blocks of zeros
  const z = await instance();
  z.fs.writeFile('/archive', archive);
  const listed = succeeds(() => z.run(['l', '-slt', '-ba', '/archive'])) ? parseListing(z.out) : null;
  if (!listed) throw encryptedListing(archive) ? fileErrors.protectedFile() : fileErrors.corrupt('d’archive');
  if (listed.length > limits.maxEntries) throw fileErrors.bomb();
  if (listed.some((f) => f.encrypted)) throw fileErrors.protectedFile();
  const wanted = new Set(listed.filter((f) => handler.wanted(shown(f.path))));
  const declared = [...wanted].reduce((n, f) => n + f.size, 0);
  if (pastCaps(declared, data.length, limits)) throw fileErrors.bomb();

  if (wanted.size > 0) {
    z.fs.writeFile('/wanted', [...wanted].map((f) => f.path).join('\n'));
    if (!succeeds(() => z.run(['x', '-o/out', '-y', '-spd', '/archive', '@/wanted']))) throw fileErrors.corrupt('d’archive');
  }
  z.fs.unlink('/archive');
  let unpacked = 0;
  for (const f of listed) {
    if (!wanted.has(f)) {
      handler.skip(shown(f.path));
      continue;
    }
    const at = `/out/${f.path}`;
    // (a name climbing out of the folder, « ../x », is not looked for elsewhere)
    if (f.path.startsWith('/') || f.path.split('/').includes('..') || !exists(z.fs, at)) {
      handler.failed(shown(f.path));
      continue;
    }
    const bytes = z.fs.readFile(at);
    z.fs.unlink(at);
    if (pastCaps((unpacked += bytes.length), data.length, limits)) throw fileErrors.bomb();
    await handler.read(shown(f.path), bytes);
  }
}

/** Whether a 7-Zip command ended without error (7-Zip aborting, on some damaged archives, counts as an error). */
function succeeds(run: () => number): boolean {
  try {
    return run() === 0;
  } catch {
    return false;
  }
}

function exists(fs: SevenZipModule['FS'], path: string): boolean {
  try {
    fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The name as shown in reports (a tar's « ./ » dropped). */
const shown = (path: string) => path.replace(/^(\.\/)+/, '');

/** `7z l -slt -ba`: one block of « Key = value » lines per entry; folders left out. */
function parseListing(lines: readonly string[]): Listed[] {
  const out: Listed[] = [];
  let entry: Record<string, string> = {};
  const flush = () => {
    const folder = entry.Folder === '+' || (entry.Attributes ?? '').startsWith('D');
    if (entry.Path !== undefined && !folder) out.push({ path: entry.Path, size: Number(entry.Size) || 0, encrypted: entry.Encrypted === '+' });
    entry = {};
  };
  for (const line of lines) {
    const m = /^([A-Za-z ]+?) = (.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'Path' && entry.Path !== undefined) flush();
    entry[m[1]!] = m[2]!;
  }
  flush();
  return out;
}

/** gzip, bzip2, xz: one compressed stream, a tar inside when the name says .tar.gz, .tgz… */
export function isCompressedStream(d: Uint8Array): boolean {
  const gzip = d[0] === 0x1f && d[1] === 0x8b;
  const bzip2 = d[0] === 0x42 && d[1] === 0x5a && d[2] === 0x68;
  const xz = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00].every((b, i) => d[i] === b);
  return gzip || bzip2 || xz;
}

/** The stream's content, unpacked by 7-Zip to its standard output and cut off at the caps. */
export async function uncompress(data: Uint8Array, limits: ZipCaps = ZIP_LIMITS): Promise<Uint8Array> {
  let buffer = new Uint8Array(Math.min(Math.max(data.length * 4, 1 << 20), limits.maxUnpacked));
  let length = 0;
  let over = false;
  const z = await instance((byte) => {
    if (length === buffer.length) {
      if (pastCaps(length + 1, data.length, limits)) {
        over = true;
        throw new Error('plafond');
      }
      const grown = new Uint8Array(Math.min(buffer.length * 2, limits.maxUnpacked + 1));
      grown.set(buffer);
      buffer = grown;
    }
    buffer[length++] = byte;
  });
  z.fs.writeFile('/compressed', data);
  const ok = succeeds(() => z.run(['x', '-so', '/compressed']));
  if (over || pastCaps(length, data.length, limits)) throw fileErrors.bomb();
  if (!ok) throw fileErrors.corrupt('d’archive');
  return buffer.subarray(0, length);
}

/**
 * Whether the archive's list of files is itself encrypted, which 7-Zip can only report by
 * failing: 7-Zip's encoded header names the AES coder (06 F1 07 01), RAR 4 sets the main
 * header's password flag, RAR 5 starts with an encryption header (type 4).
 */
export function encryptedListing(d: Uint8Array): boolean {
  const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const starts = (sig: number[]) => sig.every((b, i) => d[i] === b);
  if (starts([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) && d.length >= 32) {
    const at = 32 + Number(view.getBigUint64(12, true));
    const size = Number(view.getBigUint64(20, true));
    const header = d.subarray(Math.min(at, d.length), Math.min(at + size, d.length));
    return header[0] === 0x17 && Buffer.from(header).includes(Buffer.from([0x06, 0xf1, 0x07, 0x01]));
  }
  if (starts([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]) && d.length >= 14) return d[9] === 0x73 && (view.getUint16(10, true) & 0x80) !== 0;
  if (starts([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]) && d.length >= 14) {
    // after the header's CRC32: its size, then its type, both as variable-length integers
    let p = 12;
    while (p < d.length && d[p]! & 0x80) p++;
    return d[p + 1] === 0x04;
  }
  return false;
}

