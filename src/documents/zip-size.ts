// What a zip unpacks to, counted before a library unpacks it in the server's main thread: a 2 MB
// .xlsx holding 2 GB of XML (a zip bomb) blocked the event loop 12.5 s and took 2.2 GB before
// ExcelJS gave up. Each entry of the central directory (what JSZip and SheetJS read, overlapping
// entries included) is inflated and counted, the bytes dropped, until a cap or a ratio is passed.
// Pure: bytes in, a verdict out.
import { Inflate } from 'fflate';

export interface ZipCaps {
  /** Decompressed bytes of all the entries together. */
  maxUnpacked: number;
  maxEntries: number;
  /** Past `ratioFloor` bytes, more than this many times the zip's own size is a bomb. */
  maxRatio: number;
  ratioFloor: number;
}

/** Whether `unpacked` bytes out of `packed` pass the caps (the scanner's archives use it too). */
export const pastCaps = (unpacked: number, packed: number, caps: ZipCaps): boolean => unpacked > caps.maxUnpacked || (unpacked > caps.ratioFloor && unpacked > packed * caps.maxRatio);

export type ZipVerdict = 'ok' | 'trop-gros' | 'endommage';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STEP = 16 * 1024; // a bomb inflates ~1 000 times: a step overshoots the cap by 16 MB at most

export function checkZipSize(data: Uint8Array, caps: ZipCaps): ZipVerdict {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  // the end of central directory record, within the last 64 KB (its comment) of the file
  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65_535); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return 'endommage';
  let entries = u16(eocd + 10);
  let at = u32(eocd + 16);
  if ((entries === 0xffff || at === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(eocd - 12);
    if (z + 56 > data.length || u32(z) !== ZIP64_EOCD) return 'endommage';
    entries = u64(z + 32);
    at = u64(z + 48);
  }
  if (entries > caps.maxEntries) return 'trop-gros';
  let total = 0;
  const tooMuch = () => pastCaps(total, data.length, caps);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || u32(at) !== CENTRAL) return 'endommage';
    const method = u16(at + 10);
    const local = u32(at + 42);
    const next = at + 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    if (local + 30 > data.length || u32(local) !== LOCAL) return 'endommage';
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start > data.length) return 'endommage';
    if (method === 0) {
      // stored: its bytes, as far as the file goes
      total += Math.min(u32(at + 20), data.length - start);
    } else if (method === 8) {
      let ended = false;
      const inflate = new Inflate((chunk, final) => {
        total += chunk.length;
        if (final) ended = true;
      });
      try {
        for (let p = start; p < data.length && !ended && !tooMuch(); p += STEP) inflate.push(data.subarray(p, Math.min(p + STEP, data.length)), p + STEP >= data.length);
      } catch {
        return 'endommage';
      }
      if (!ended && !tooMuch()) return 'endommage';
    } else return 'endommage';
    if (tooMuch()) return 'trop-gros';
    at = next;
  }
  return 'ok';
}
