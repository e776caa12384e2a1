// Archives made by real archivers for the tests: 7-Zip itself (7z-wasm, its WebAssembly build,
// the same 7-Zip that reads them in the scanner) for 7z, tar and its compressed forms; and a RAR 4
// writer of stored (uncompressed) entries, since no free tool writes RAR; and a plain tar writer
// for names no archiver writes.
import { crc32 } from 'node:zlib';
import sevenZipModule, { type SevenZipModuleFactory } from '7z-wasm';

export type SevenZipKind = '7z' | 'tar' | 'tar.gz' | 'tar.bz2' | 'tar.xz';

/** A fresh 7-Zip, and a way to run it that fails the test unless 7-Zip says « Everything is Ok ». */
async function archiver() {
  const out: string[] = [];
  const z = await (sevenZipModule as unknown as SevenZipModuleFactory)({ print: (s: string) => out.push(s), printErr: (s: string) => out.push(s) });
  const run = (args: string[]) => {
    z.callMain(args);
    if (!out.some((l) => l.includes('Everything is Ok'))) throw new Error(`7-Zip a échoué : ${out.join('\n')}`);
    out.length = 0;
  };
  return { fs: z.FS, run };
}

/** An archive of `files` (name → content, folders with '/'), made by 7-Zip. */
export async function sevenZip(kind: SevenZipKind, files: Record<string, string | Uint8Array>, options: { password?: string; encryptNames?: boolean } = {}): Promise<Uint8Array> {
  const { fs, run } = await archiver();
  fs.mkdir('/src');
  fs.chdir('/src');
  const made = new Set<string>();
  for (const [name, content] of Object.entries(files)) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!made.has(d)) fs.mkdir(d);
      made.add(d);
    }
    fs.writeFile(name, content);
  }
  const names = Object.keys(files);
  const password = options.password ? [`-p${options.password}`, ...(options.encryptNames ? ['-mhe=on'] : [])] : [];
  if (kind === '7z') run(['a', '-t7z', ...password, '/out.7z', ...names]);
  else {
    run(['a', '-ttar', '/out.tar', ...names]);
    const compressor = { 'tar.gz': 'gzip', 'tar.bz2': 'bzip2', 'tar.xz': 'xz' } as const;
    if (kind !== 'tar') run(['a', `-t${compressor[kind]}`, `/out.${kind}`, '/out.tar']);
  }
  return fs.readFile(`/out.${kind}`);
}

/** One file compressed alone by 7-Zip (as `bzip2 clients.csv`, `xz clients.csv`). */
export async function sevenZipAlone(kind: 'bzip2' | 'xz', name: string, content: string | Uint8Array): Promise<Uint8Array> {
  const { fs, run } = await archiver();
  fs.writeFile(`/${name}`, content);
  const target = `/out.${kind === 'bzip2' ? 'bz2' : 'xz'}`;
  run(['a', `-t${kind}`, target, `/${name}`]);
  return fs.readFile(target);
}

function block(type: number, flags: number, body: Buffer): Buffer {
  const b = Buffer.alloc(7 + body.length);
  b.writeUInt8(type, 2);
  b.writeUInt16LE(flags, 3);
  b.writeUInt16LE(b.length, 5);
  body.copy(b, 7);
  b.writeUInt16LE(crc32(b.subarray(2)) & 0xffff, 0); // HEAD_CRC: low half of the header's CRC32
  return b;
}

/**
 * A RAR 4 archive (RAR 2.9 format) of stored entries; `encrypted` sets each entry's password
 * flag, `encryptedHeaders` the main header's (as `rar -hp` does; the headers are then left clear).
 */
export function rar4(files: Record<string, string | Uint8Array>, options: { encrypted?: boolean; encryptedHeaders?: boolean } = {}): Uint8Array {
  const parts = [Buffer.from('Rar!\x1a\x07\x00', 'latin1'), block(0x73, options.encryptedHeaders ? 0x80 : 0, Buffer.alloc(6))];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    // (a name outside ASCII: the « Unicode » flag with no zero byte in the name means UTF-8)
    const n = Buffer.from(name.replaceAll('/', '\\'), 'utf8');
    const unicode = n.length !== name.length ? 0x200 : 0;
    const h = Buffer.alloc(25 + n.length);
    h.writeUInt32LE(data.length, 0); // packed size
    h.writeUInt32LE(data.length, 4); // unpacked size
    h.writeUInt8(2, 8); // made on Windows
    h.writeUInt32LE(crc32(data), 9);
    h.writeUInt32LE(0x5a2e6000, 13); // DOS date and time
    h.writeUInt8(20, 17); // version 2.0 to extract
    h.writeUInt8(0x30, 18); // stored
    h.writeUInt16LE(n.length, 19);
    h.writeUInt32LE(0x20, 21); // archive attribute
    n.copy(h, 25);
    parts.push(block(0x74, 0x8000 | unicode | (options.encrypted ? 0x04 : 0), h), data);
  }
  parts.push(block(0x7b, 0x4000, Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A plain tar (ustar) written entry by entry, for names no archiver writes (« ../x »). */
export function ustar(files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('14712345670\0', 136);
    h.write('        ', 148); // the checksum is summed with its own field as spaces
    h.write('0', 156);
    h.write('ustar\x0000', 257, 'latin1');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
