// Archives (a client folder archived, a « photos.zip » sent by e-mail): the files inside that
// Rempart reads are read as if they were in the folder, with the locator « dans l’archive :
// Clients/liste.csv, ligne 3 ». Archives inside the archive are not opened (one level), and the
// zip caps (decompressed size, entries, ratio) stop a bomb. Zips are read here; 7-Zip, RAR, tar
// and files compressed alone by 7-Zip (seven-zip.ts). A password-protected archive is reported
// as protected, not as damaged.
import { basename } from 'node:path';
import { fileErrors } from '../errors.ts';
import { formatOf, isArchive, readFormat, unreadKindOf, type FileFormat } from '../formats.ts';
import { isCompressedStream, readArchive, uncompress } from './seven-zip.ts';
import type { FindingSink } from './sink.ts';
import { isZip, readZipEntries } from './zip.ts';

/**
 * Reads the central directory: null when there is none (not a whole zip), else whether an
 * entry is encrypted (general purpose flag, bit 0).
 */
export function centralDirectory(data: Uint8Array): { encrypted: boolean } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // the end of central directory record is in the last 22 bytes + comment (64 KB at most)
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < count; k++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== 0x02014b50) return null;
    if (view.getUint16(p + 8, true) & 1) return { encrypted: true };
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { encrypted: false };
}

// (`sameName`: a file compressed alone, named as its archive — « Jean Dupont.csv.gz » —, whose name was read already)
type ReadFile = (format: FileFormat, data: Uint8Array, name: string, sameName?: boolean) => Promise<void>;
/** An entry not read: what its name says is looked for all the same (« Clients/CNI_Yannick_Kerbrat.jpg »). */
type SeeName = (name: string) => void;

const ignored = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/');
/** Photos and scans in the archive (unless images are read), archives inside it: not read. */
const readable = (sink: FindingSink) => (name: string) => !ignored(name) && readFormat(name, sink.readImages) !== 'binaire' && !isArchive(formatOf(name));
const countNotRead = (sink: FindingSink, name: string, seeName?: SeeName) => {
  if (ignored(name)) return;
  sink.countUnread(unreadKindOf(name));
  seeName?.(name);
};
const readEntry = (sink: FindingSink, readFile: ReadFile, name: string, data: Uint8Array, sameName = false) =>
  sink.within(`dans l’archive : ${name}`, () => readFile(readFormat(name, sink.readImages) as FileFormat, data, name, sameName));

/**
 * The files of the zip, each read like a file of the folder by `readFile` (documents.ts'
 * readInner, passed in to keep this module free of the others), located in the archive.
 */
export async function scanZip(data: Uint8Array, sink: FindingSink, readFile: ReadFile, seeName?: SeeName): Promise<void> {
  const directory = isZip(data) ? centralDirectory(data) : null;
  if (!directory) throw fileErrors.corrupt('ZIP');
  if (directory.encrypted) throw fileErrors.protectedFile();
  const entries = readZipEntries(data, 'ZIP', readable(sink));
  for (const name of entries.others) countNotRead(sink, name, seeName);
  for (const name of entries.names().sort()) await readEntry(sink, readFile, name, entries.bytes(name)!);
}

/**
 * One file compressed alone (.gz, .bz2, .xz): « clients.csv.gz » is read as « clients.csv »
 * (a tar inside, whatever the name, as an archive), under the zip caps.
 */
export async function scanCompressed(data: Uint8Array, name: string, sink: FindingSink, readFile: ReadFile, seeName?: SeeName): Promise<void> {
  if (!isCompressedStream(data)) throw fileErrors.corrupt('compressé');
  const inner = await uncompress(data);
  if (isTar(inner)) return scanOtherArchive(inner, sink, readFile, seeName);
  const innerName = basename(name).replace(/\.(gz|bz2|xz)$/i, '');
  if (readable(sink)(innerName)) await readEntry(sink, readFile, innerName, inner, true);
  else countNotRead(sink, innerName);
}

/** A tar's first header says « ustar » at offset 257 (POSIX and GNU alike). */
const isTar = (d: Uint8Array) => Buffer.from(d.buffer, d.byteOffset, Math.min(d.byteLength, 262)).toString('latin1', 257, 262) === 'ustar';

/** The same for a 7-Zip, RAR or tar archive, in the archive's order. */
export async function scanOtherArchive(data: Uint8Array, sink: FindingSink, readFile: ReadFile, seeName?: SeeName): Promise<void> {
  await readArchive(data, {
    wanted: readable(sink),
    skip: (name) => countNotRead(sink, name, seeName),
    failed: () => sink.countUnread('illisible'),
    read: (name, bytes) => readEntry(sink, readFile, name, bytes),
  });
}
