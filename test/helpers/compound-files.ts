// Hostile OLE compound files, made from well-formed ones by changing a link or two, as found by
// fuzzing: `cfb` aborts the whole process on the first (a V8 fatal error, not an exception).
const u32 = (b: Buffer, at: number) => b.readUInt32LE(at);

/** The offset of sector s's entry in the FAT (the FAT sectors named in the header). */
export function fatEntry(file: Buffer, s: number): number {
  const size = 1 << file.readUInt16LE(0x1e);
  return size + u32(file, 0x4c + Math.floor(s / (size / 4)) * 4) * size + (s % (size / 4)) * 4;
}

/** Offsets of the directory's entries, along its chain (the FAT sectors named in the header). */
function directoryEntries(file: Buffer): number[] {
  const size = 1 << file.readUInt16LE(0x1e);
  const entries: number[] = [];
  for (let s = u32(file, 0x30); s < 0xfffffffa && entries.length < 4096; s = u32(file, fatEntry(file, s))) {
    for (let i = 0; i < size / 128; i++) entries.push(size + s * size + i * 128);
  }
  return entries;
}

/** The offset of the directory entry of that name. */
export function directoryEntry(data: Uint8Array, name: string): number {
  const file = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const at = directoryEntries(file).find((e) => file.toString('utf16le', e, e + file.readUInt16LE(e + 0x40) - 2) === name);
  if (at === undefined) throw new Error(`no entry ${name}`);
  return at;
}

/** Two sibling entries made to point at each other: the last of a row of right siblings points back. */
export function withDirectoryLoop(data: Uint8Array): Buffer {
  const file = Buffer.from(data);
  const entries = directoryEntries(file);
  for (let i = 1; i < entries.length; i++) {
    const right = u32(file, entries[i]! + 0x48);
    if (right >= entries.length || file[entries[right]! + 0x42] !== 2 || u32(file, entries[right]! + 0x48) !== 0xffffffff) continue;
    file.writeUInt32LE(i, entries[right]! + 0x48);
    return file;
  }
  throw new Error('no row of right siblings');
}

/** Every stream entry made to claim the chain and size of the largest one. */
export function withStreamsOverlapping(data: Uint8Array): Buffer {
  const file = Buffer.from(data);
  const streams = directoryEntries(file).filter((at) => file[at + 0x42] === 2);
  const largest = streams.reduce((a, b) => (u32(file, b + 0x78) > u32(file, a + 0x78) ? b : a));
  for (const at of streams) {
    file.writeUInt32LE(u32(file, largest + 0x74), at + 0x74);
    file.writeUInt32LE(u32(file, largest + 0x78), at + 0x78);
  }
  return file;
}
