// Text encodings met in a small business's files: UTF-8 (with or without BOM), UTF-16 with
// a BOM (Excel's "Unicode text" export), Windows-1252 (older Windows tools, CSV from Excel) and
// Mac OS Roman (Excel for Mac's « CSV (Macintosh) »).
import { isUtf8 } from 'node:buffer';
import { singleByteEncoding } from '../../documents/single-byte.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface Sniffed {
  encoding: TextEncoding | null;
  /** Bytes to skip at the start of the file (the BOM). */
  bomLength: number;
}

/** BOM first; otherwise UTF-8 until a block proves it is not (see decodeBlock). */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: utf16WithoutBom(head), bomLength: 0 };
}

/**
 * UTF-16 without a BOM (a database's or a server's export, SQL Server's bcp): French text puts a NUL
 * in nine characters' high byte out of ten, and a printable byte beside it. Read so when, over the
 * first bytes' pairs (16 at least), 70 % have a NUL on one side, almost none on the other, and the
 * other side is text — 16-bit numbers of a binary file have control bytes there.
 */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(head.length, 4096) >> 1;
  if (pairs < 16) return null;
  let nulEven = 0;
  let nulOdd = 0;
  let controlBeside = 0;
  for (let i = 0; i < pairs; i++) {
    const a = head[2 * i]!;
    const b = head[2 * i + 1]!;
    if (a === 0) nulEven++;
    if (b === 0) nulOdd++;
    const other = a === 0 ? b : b === 0 ? a : 32;
    if (other < 32 && !TEXT_CONTROL.has(other)) controlBeside++;
  }
  if (controlBeside * 50 > pairs) return null;
  if (nulOdd * 10 >= pairs * 7 && nulEven * 50 <= pairs) return 'utf-16le';
  if (nulEven * 10 >= pairs * 7 && nulOdd * 50 <= pairs) return 'utf-16be';
  return null;
}

// Control bytes that text holds: tab, line feed, vertical tab, form feed, carriage return, escape.
const TEXT_CONTROL = new Set([9, 10, 11, 12, 13, 27]);

/**
 * The first bytes of a file without a UTF-16 BOM are binary when other control bytes (NUL…) make
 * more than 1 % of them, 4 at least: compressed or encoded data holds ~9 %. A text with a few stray
 * NUL bytes (a field of a fixed-width export, padding left by a crash) is text: read as spaces.
 */
export function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < head.length; i++) if (head[i]! < 32 && !TEXT_CONTROL.has(head[i]!)) controls++;
  return controls >= 4 && controls * 100 > head.length;
}

/** Longest run of NUL characters still read as spaces (a sparse file's hole is binary data). */
const MAX_NUL_RUN = 64;

/**
 * A decoded block's NUL characters as spaces (same length: columns are kept) when they are stray:
 * no run of 64, and 1 % of the block at most (or 3). Otherwise null: binary data inside the text.
 */
export function strayNulsAsSpaces(text: string): string | null {
  let count = 0;
  let run = 0;
  for (let i = text.indexOf('\0'), prev = -2; i !== -1; prev = i, i = text.indexOf('\0', i + 1)) {
    run = i === prev + 1 ? run + 1 : 1;
    if (run >= MAX_NUL_RUN || (++count >= 4 && count * 100 > text.length)) return null;
  }
  return text.replaceAll('\0', ' ');
}

// Windows-1252 differs from latin1 only in 0x80–0x9F; Node's TextDecoder treats it as latin1.
/** What Windows-1252 shows for each byte 0x80–0x9f (the five it leaves undefined as Latin-1's). */
export const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const C1 = /[\x80-\x9f]/g;
const HAS_C1 = /[\x80-\x9f]/;

export function decodeWindows1252(bytes: Buffer): string {
  const s = bytes.toString('latin1');
  return HAS_C1.test(s) ? s.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : s;
}

const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const macintosh = new TextDecoder('macintosh');

/**
 * Decodes one block cut on a character boundary. An undetermined encoding starts as UTF-8;
 * the first invalid sequence switches the rest of the file to Windows-1252, or to Mac OS Roman
 * when that block's accented letters are Mac OS Roman's (documents/single-byte.ts).
 */
export function decodeBlock(bytes: Buffer, encoding: TextEncoding | null): { text: string; encoding: TextEncoding | null } {
  switch (encoding) {
    case 'utf-16le':
      return { text: utf16le.decode(bytes), encoding };
    case 'utf-16be':
      return { text: utf16be.decode(bytes), encoding };
    case 'windows-1252':
      return { text: decodeWindows1252(bytes), encoding };
    case 'macintosh':
      return { text: macintosh.decode(bytes), encoding };
    default: {
      // isUtf8 (simdutf) then toString is several times faster than a fatal TextDecoder.
      if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding };
      const single = singleByteEncoding(bytes);
      return decodeBlock(bytes, single);
    }
  }
}

/**
 * Where to cut a block: after its last newline; in a line longer than the block (a minified JSON
 * export, an HTML page on one line), after a separator that no finding holds — an e-mail or a
 * phone cut in two would be lost — or at least on a character boundary.
 */
export function cutPoint(buf: Buffer, length: number, encoding: TextEncoding | null): { cut: number; endsLine: boolean } {
  if (isUtf16(encoding)) {
    const even = length - (length % 2);
    const nl = lastLineBreak(buf, even, 0, encoding);
    if (nl !== -1) return { cut: nl + 2, endsLine: true };
    const sep = lastSeparator(even, 2, (i) => unitAt(buf, i, encoding));
    if (sep > 0) return { cut: sep, endsLine: false };
    // No separator either: never split a surrogate pair.
    let cut = even;
    const last = cut >= 2 ? unitAt(buf, cut - 2, encoding) : 0;
    if (last >= 0xd800 && last <= 0xdbff) cut -= 2;
    return { cut, endsLine: false };
  }
  const nl = lastLineBreak(buf, length, 0, encoding);
  if (nl !== -1) return { cut: nl + 1, endsLine: true };
  // (these separators are ASCII: in UTF-8 and Windows-1252 such a byte is that character)
  const sep = lastSeparator(length, 1, (i) => buf[i]!);
  if (sep > 0) return { cut: sep, endsLine: false };
  let cut = length;
  // Back off UTF-8 continuation bytes and the lead byte they belong to.
  let back = 0;
  while (back < 4 && cut - back - 1 >= 0 && (buf[cut - back - 1]! & 0xc0) === 0x80) back++;
  if (back < 4 && cut - back - 1 >= 0 && buf[cut - back - 1]! >= 0xc0) cut = cut - back - 1;
  return { cut, endsLine: false };
}

// Within the last 8 KB of a block without a line break: first the end of a JSON object or array
// or of an HTML tag, then a field separator, then a space (a phone or a name may hold one).
const SEPARATOR_REACH = 8192;
const SEPARATOR_RANKS: ReadonlyArray<ReadonlyArray<number>> = [
  [0x7d, 0x5d, 0x3e], // } ] >
  [0x2c, 0x3b, 0x09, 0x22], // , ; tab "
  [0x20],
];

/** The offset just after the last separator of the best rank in the block's end, or -1. */
function lastSeparator(length: number, step: number, unitAt: (i: number) => number): number {
  const from = Math.max(0, length - SEPARATOR_REACH);
  for (const rank of SEPARATOR_RANKS) {
    for (let i = length - step; i >= from; i -= step) if (rank.includes(unitAt(i))) return i + step;
  }
  return -1;
}

export const isUtf16 = (encoding: TextEncoding | null): encoding is 'utf-16le' | 'utf-16be' => encoding === 'utf-16le' || encoding === 'utf-16be';

/** The UTF-16 code unit at byte offset i. */
function unitAt(buf: Buffer, i: number, encoding: 'utf-16le' | 'utf-16be'): number {
  return encoding === 'utf-16le' ? buf[i]! | (buf[i + 1]! << 8) : (buf[i]! << 8) | buf[i + 1]!;
}

/**
 * Where the last line break of buf[floor, end) starts (its first byte in UTF-16, whose units are
 * counted back from `end`), or -1.
 */
export function lastLineBreak(buf: Buffer, end: number, floor: number, encoding: TextEncoding | null): number {
  if (isUtf16(encoding)) {
    for (let i = end - 2; i >= floor; i -= 2) if (unitAt(buf, i, encoding) === 0x0a) return i;
    return -1;
  }
  const nl = end > floor ? buf.lastIndexOf(0x0a, end - 1) : -1;
  return nl >= floor ? nl : -1;
}

/** Whether buf[0, end) ends with a line break, one byte or a two-byte UTF-16 unit. */
export function endsWithLineBreak(buf: Buffer, end: number, encoding: TextEncoding | null): boolean {
  return isUtf16(encoding) ? end >= 2 && unitAt(buf, end - 2, encoding) === 0x0a : buf[end - 1] === 0x0a;
}
