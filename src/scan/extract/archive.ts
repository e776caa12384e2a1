// Zip archives (a client folder archived, a « photos.zip » sent by e-mail): the files inside
// that Rempart reads are read as if they were in the folder, with the locator « dans l’archive :
// Clients/liste.csv, ligne 3 ». Archives inside the archive are not opened (one level), and the
// zip caps (decompressed size, entries, ratio) stop a bomb. A password-protected archive says
// so in its central directory: it is reported as protected, not as damaged.
import { fileErrors } from '../errors.ts';
import { formatOf, unreadKindOf, type FileFormat } from '../formats.ts';
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

/**
 * The files of the archive, each read like a file of the folder by `readFile` (documents.ts'
 * readInner, passed in to keep this module free of the others), located in the archive.
 */
export async function scanZip(data: Uint8Array, sink: FindingSink, readFile: (format: FileFormat, data: Uint8Array) => Promise<void>): Promise<void> {
  const directory = isZip(data) ? centralDirectory(data) : null;
  if (!directory) throw fileErrors.corrupt('ZIP');
  if (directory.encrypted) throw fileErrors.protectedFile();
  const ignored = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/');
  const readable = (name: string) => {
    if (ignored(name)) return false;
    const f = formatOf(name);
    return f !== 'binaire' && f !== 'zip';
  };
  const entries = readZipEntries(data, 'ZIP', readable);
  // photos and scans in the archive, archives inside it: not read, counted
  for (const name of entries.others) if (!ignored(name)) sink.countUnread(formatOf(name) === 'zip' ? 'archive' : unreadKindOf(name));
  for (const name of entries.names().sort()) {
    await sink.within(`dans l’archive : ${name}`, () => readFile(formatOf(name) as FileFormat, entries.bytes(name)!));
  }
}
