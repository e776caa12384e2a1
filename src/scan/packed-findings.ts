// A file's listed findings as they cross from a worker to the main thread: columns of numbers
// instead of up to 20 000 objects. Cloning the objects wrote every key and string of every
// finding, and the main thread got back its own copy of the path, the type and the category in
// each one (measured: 78 MB of main-thread heap when listing, 10 when counting). Unpacked, the
// findings share their path, type and category strings.
// A mask is its first character, a run of dots and its last character (core/scan/mask.ts): three
// numbers, 25 bytes a finding in all. Sent as one string, a file's masks (600 KB) grew the main
// thread's young generation to its largest (32 MB); as UTF-8 bytes, moved, they waited as
// external memory for a collection (up to 70 MB; peak RSS 296–307 MB on the benchmark); as
// numbers the main heap stays at 16 MB (peak RSS 266–288 MB, about the string's: the workers'
// own lists and the arrays moved weigh the rest).
import { categoryOf, FINDING_TYPES, type Finding, type FindingCategory, type FindingType } from '../core/scan/types.ts';

/** Per finding in PackedFindings.numbers: line, column, length, then the mask's first, dots and last. */
export const STRIDE = 6;
/** A mask's first or last character that is absent. */
export const NONE = -1;
/** In place of a mask's first character: the mask is not of the usual shape, see `odd`. */
export const ODD = -2;
export const DOT = '•';
const DOT_CODE = DOT.charCodeAt(0);

export interface PackedFindings {
  /** Index in FINDING_TYPES. */
  codes: Uint8Array;
  /**
   * STRIDE numbers per finding: line (0 for a finding with a locator instead: a line is 1-based),
   * column, length, and the mask as its first character's code (NONE, or ODD), its dots, its
   * last character's code (or NONE).
   */
  numbers: Int32Array;
  /** One per finding when the file has locators (documents), otherwise null. */
  locators: string[] | null;
  /** One per finding when a mask is not first, dots, last (none from mask.ts), otherwise null. */
  odd: string[] | null;
}

const CODE = new Map<FindingType, number>(FINDING_TYPES.map((t, i) => [t, i]));
const CATEGORY: readonly FindingCategory[] = FINDING_TYPES.map(categoryOf);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Writes mask `m` as first, dots, last at numbers[at…at+2]; false when it is not of that shape. */
function packMask(m: string, numbers: Int32Array, at: number): boolean {
  const n = m.length;
  let i = 0;
  let first = NONE;
  if (n > 0 && m.charCodeAt(0) !== DOT_CODE) {
    first = m.charCodeAt(0);
    i = 1;
  }
  let j = i;
  while (j < n && m.charCodeAt(j) === DOT_CODE) j++;
  let last = NONE;
  if (j === n - 1) last = m.charCodeAt(j);
  else if (j !== n) return false;
  // half a character has no UTF-8 of its own: kept whole in `odd`
  if (isSurrogate(first) || isSurrogate(last)) return false;
  numbers[at] = first;
  numbers[at + 1] = j - i;
  numbers[at + 2] = last;
  return true;
}

/**
 * A worker's buffers given back by the main thread once a file's lines are written (engine.ts), written
 * again for the next file. Fresh ones for each file, moved to the main thread, waited there for a full
 * collection of its old generation (measured: about 45 MB of peak RSS on the benchmark's jsonl listing).
 */
export class SpareBuffers {
  private readonly stock: ArrayBuffer[] = [];

  constructor(private readonly max = 8) {}

  give(buffer: ArrayBuffer): void {
    this.stock.push(buffer);
    // the smallest goes first: a file with few findings would not fit a large one's
    if (this.stock.length > this.max) this.stock.sort((a, b) => b.byteLength - a.byteLength).pop();
  }

  /** A buffer of at least `bytes`: the smallest spare one that fits, or a new one (a power of two, so that it fits others). */
  take(bytes: number): ArrayBuffer {
    let best = -1;
    this.stock.forEach((b, i) => {
      if (b.byteLength >= bytes && (best === -1 || b.byteLength < this.stock[best]!.byteLength)) best = i;
    });
    if (best !== -1) return this.stock.splice(best, 1)[0]!;
    return new ArrayBuffer(Math.max(4096, 2 ** Math.ceil(Math.log2(Math.max(1, bytes)))));
  }

  get size(): number {
    return this.stock.length;
  }
}

/**
 * Packs `findings` (all of one file); `transfer` lists the buffers postMessage may move rather than copy.
 * With `spare`, the columns are written in its buffers (each whole buffer moves then).
 */
export function packFindings(findings: readonly Finding[], spare?: SpareBuffers): { packed: PackedFindings; transfer: ArrayBuffer[] } {
  const n = findings.length;
  const codes = spare ? new Uint8Array(spare.take(n), 0, n) : new Uint8Array(n);
  const numbers = spare ? new Int32Array(spare.take(n * STRIDE * 4), 0, n * STRIDE) : new Int32Array(n * STRIDE);
  let locators: string[] | null = null;
  let odd: string[] | null = null;
  for (let i = 0, at = 0; i < n; i++, at += STRIDE) {
    const f = findings[i]!;
    codes[i] = CODE.get(f.type)!;
    if (f.locator !== undefined) {
      (locators ??= new Array<string>(n).fill(''))[i] = f.locator;
      // a given back buffer holds the last file's numbers: 0 says « a locator, no line »
      numbers[at] = 0;
      numbers[at + 1] = 0;
    } else {
      numbers[at] = f.line ?? 0;
      numbers[at + 1] = f.column ?? 0;
    }
    numbers[at + 2] = f.length;
    if (!packMask(f.masked, numbers, at + 3)) {
      numbers[at + 3] = ODD;
      (odd ??= new Array<string>(n).fill(''))[i] = f.masked;
    }
  }
  const packed: PackedFindings = { codes, numbers, locators, odd };
  return { packed, transfer: [codes.buffer, numbers.buffer] as ArrayBuffer[] };
}

// Runs of dots by length, built once: most masks are short.
const DOTS: string[] = Array.from({ length: 64 }, (_, k) => DOT.repeat(k));

/** The mask of finding `i`. */
export function maskOf(p: PackedFindings, i: number): string {
  const at = i * STRIDE + 3;
  const first = p.numbers[at]!;
  if (first === ODD) return p.odd![i]!;
  const dots = p.numbers[at + 1]!;
  const last = p.numbers[at + 2]!;
  return (first === NONE ? '' : String.fromCharCode(first)) + (dots < 64 ? DOTS[dots]! : DOT.repeat(dots)) + (last === NONE ? '' : String.fromCharCode(last));
}

/** The findings again, in the jsonl report's key order, all sharing `path`. */
export function unpackFindings(p: PackedFindings, path: string): Finding[] {
  const n = p.codes.length;
  const out = new Array<Finding>(n);
  for (let i = 0, at = 0; i < n; i++, at += STRIDE) {
    const code = p.codes[i]!;
    const type = FINDING_TYPES[code]!;
    const masked = maskOf(p, i);
    const locator = p.locators?.[i];
    const line = p.numbers[at]!;
    out[i] =
      locator !== undefined && line === 0
        ? { path, type, category: CATEGORY[code]!, locator, length: p.numbers[at + 2]!, masked }
        : { path, type, category: CATEGORY[code]!, line, column: p.numbers[at + 1]!, length: p.numbers[at + 2]!, masked };
  }
  return out;
}

/** `r` with its findings as objects: unpacked when they came packed from a worker. */
export function withFindings<T extends { findings: Finding[]; packed?: PackedFindings }>(r: T, path: string): T {
  if (!r.packed) return r;
  const { packed, ...rest } = r;
  return { ...rest, findings: unpackFindings(packed, path) } as T;
}
