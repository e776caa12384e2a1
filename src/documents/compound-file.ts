// OLE compound files [MS-CFB] (Word .doc, Excel .xls, PowerPoint .ppt, Outlook .msg), read with
// every count and link bounded. `cfb` (and the readers inside msgreader, word-extractor and
// SheetJS) trust the file: a directory whose entries point at each other made cfb grow an array
// until V8 aborted the whole process — the web server with it — and chains that loop or overlap
// make them loop or allocate without end. Here a chain stops at a sector already seen, a stream
// at its size, every stream together at twice the file, and the tree is walked once per entry.
// Pure: bytes in, streams out.

export class CompoundFileError extends Error {}

export interface CompoundStream {
  /** From the root, storages separated by « / »: "__substg1.0_3701000D/__properties_version1.0". */
  path: string;
  content: Uint8Array;
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_ENTRY = 0xffffffff;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** Whether the bytes start as a compound file (its signature only: a file's first bytes will do). */
export const isCompoundFile = (data: Uint8Array): boolean => SIGNATURE.every((b, i) => data[i] === b);

export function readCompoundFile(data: Uint8Array): CompoundStream[] {
  if (data.length < 512 || !isCompoundFile(data)) throw new CompoundFileError('not a compound file');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const major = view.getUint16(0x1a, true);
  const shift = view.getUint16(0x1e, true);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) throw new CompoundFileError('sector size');
  const size = 1 << shift;
  const sectors = Math.ceil((data.length - size) / size);
  if (!(sectors > 0)) throw new CompoundFileError('no sectors');
  const sectorAt = (n: number) => size + n * size;
  const inFile = (n: number) => n < sectors;
  const perSector = size / 4;

  // FAT sectors: 109 in the header, the rest in the DIFAT chain (each sector's last entry links on)
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(0x4c + i * 4);
    if (s === FREE || s === END_OF_CHAIN) break;
    if (inFile(s)) fatSectors.push(s);
  }
  const seenDifat = new Set<number>();
  for (let d = u32(0x44); d !== END_OF_CHAIN && d !== FREE && inFile(d) && !seenDifat.has(d); ) {
    seenDifat.add(d);
    const base = sectorAt(d);
    for (let i = 0; i < perSector - 1 && base + i * 4 + 4 <= data.length; i++) {
      const s = u32(base + i * 4);
      if (s !== FREE && s !== END_OF_CHAIN && inFile(s)) fatSectors.push(s);
    }
    d = base + size <= data.length ? u32(base + size - 4) : END_OF_CHAIN;
  }
  if (fatSectors.length === 0) throw new CompoundFileError('no FAT');
  // a FAT holding more entries than the file has sectors: the rest could only point outside
  const fat = new Uint32Array(Math.min(fatSectors.length * perSector, sectors)).fill(FREE);
  for (let k = 0; k < fatSectors.length && k * perSector < fat.length; k++) {
    const base = sectorAt(fatSectors[k]!);
    for (let i = 0; i < perSector && k * perSector + i < fat.length && base + i * 4 + 4 <= data.length; i++) fat[k * perSector + i] = u32(base + i * 4);
  }

  // every stream together at most twice the file: overlapping chains cannot multiply it
  let budget = 2 * data.length + 65_536;
  const take = (n: number) => {
    budget -= n;
    if (budget < 0) throw new CompoundFileError('streams overlap');
  };
  /** The bytes of a chain of sectors (`count` of them, linked by `next`), `limit` at most. */
  function chain(start: number, limit: number, count: number, next: ArrayLike<number>, read: (n: number) => Uint8Array): Uint8Array {
    const parts: Uint8Array[] = [];
    const seen = new Uint8Array(count);
    let got = 0;
    for (let s = start; s < count && !seen[s] && got < limit; s = s < next.length ? next[s]! : END_OF_CHAIN) {
      seen[s] = 1;
      const part = read(s);
      parts.push(part);
      got += part.length;
    }
    const out = new Uint8Array(Math.min(got, limit));
    take(out.length);
    let at = 0;
    for (const p of parts) {
      if (at >= out.length) break;
      out.set(p.subarray(0, out.length - at), at);
      at += p.length;
    }
    return out;
  }
  const sector = (n: number) => data.subarray(sectorAt(n), Math.min(data.length, sectorAt(n) + size));
  const regular = (start: number, limit: number) => chain(start, limit, sectors, fat, sector);

  const directory = regular(u32(0x30), data.length);
  const entries: Entry[] = [];
  const dir = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  for (let at = 0; at + 128 <= directory.length; at += 128) {
    const nameBytes = Math.min(64, dir.getUint16(at + 0x40, true));
    let name = '';
    for (let i = 0; i + 1 < nameBytes; i += 2) {
      const c = dir.getUint16(at + i, true);
      if (c === 0) break;
      name += String.fromCharCode(c);
    }
    entries.push({ name, type: dir.getUint8(at + 0x42), left: dir.getUint32(at + 0x44, true), right: dir.getUint32(at + 0x48, true), child: dir.getUint32(at + 0x4c, true), start: dir.getUint32(at + 0x74, true), size: dir.getUint32(at + 0x78, true) });
  }
  const root = entries[0];
  if (!root || root.type !== ROOT) throw new CompoundFileError('no root');

  // the mini stream (small streams, in 64-byte sectors) lives in the root's chain
  let miniStream: Uint8Array | null = null;
  let miniFat: Uint32Array | null = null;
  const mini = (start: number, limit: number): Uint8Array => {
    miniStream ??= regular(root.start, root.size);
    if (!miniFat) {
      const bytes = regular(u32(0x3c), Math.min(data.length, u32(0x40) * size));
      miniFat = new Uint32Array(bytes.length >> 2);
      const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i < miniFat.length; i++) miniFat[i] = v.getUint32(i * 4, true);
    }
    const stream = miniStream;
    return chain(start, limit, Math.ceil(stream.length / MINI_SECTOR), miniFat, (n) => stream.subarray(n * MINI_SECTOR, (n + 1) * MINI_SECTOR));
  };

  // the tree: each storage's children are a binary tree by left/right; each entry is visited once
  const streams: CompoundStream[] = [];
  const visited = new Uint8Array(entries.length);
  const paths = new Set<string>();
  const pending: Array<[number, string]> = [[root.child, '']];
  while (pending.length > 0) {
    const [i, parent] = pending.pop()!;
    if (i === NO_ENTRY || i >= entries.length || visited[i]) continue;
    visited[i] = 1;
    const e = entries[i]!;
    pending.push([e.left, parent], [e.right, parent]);
    const path = parent ? `${parent}/${e.name}` : e.name;
    if (e.type === STORAGE) pending.push([e.child, path]);
    // two entries of one name in one storage: the first found is kept
    else if (e.type === STREAM && !paths.has(path) && paths.add(path)) streams.push({ path, content: e.size < MINI_CUTOFF ? mini(e.start, e.size) : regular(e.start, e.size) });
  }
  return streams;
}

/** The stream of that name (any case), at the root or at `path`. */
export function findStream(streams: CompoundStream[], path: string): Uint8Array | undefined {
  const want = path.toLowerCase();
  return streams.find((s) => s.path.toLowerCase() === want)?.content;
}

/**
 * The streams written out as a well-formed compound file (by cfb's writer), for the libraries that
 * read compound files themselves (msgreader, word-extractor, SheetJS): they see sizes and chains
 * that hold. Empty storages and class ids are not kept; none of them reads either.
 */
export async function rebuildCompoundFile(streams: CompoundStream[]): Promise<Buffer> {
  const CFB = (await import('cfb')).default;
  const file = CFB.utils.cfb_new();
  // unsafe: added as given, by full path (the safe way looks each name up alone, and a
  // « __properties_version1.0 » at the root replaced the one of an attached message)
  for (const s of streams) CFB.utils.cfb_add(file, s.path, Buffer.from(s.content.buffer, s.content.byteOffset, s.content.byteLength), { unsafe: true });
  CFB.utils.cfb_gc(file);
  return CFB.write(file, { type: 'buffer' }) as Buffer;
}
