// A file's listed findings as they cross from a worker to the main thread: columns of numbers
// and one string of masks instead of up to 20 000 objects. Cloning the objects wrote every key
// and string of every finding, and the main thread got back its own copy of the path, the type
// and the category in each one (measured: 78 MB of main-thread heap when listing, 10 when
// counting). Unpacked, the findings share their path, type and category strings.
import { categoryOf, FINDING_TYPES, type Finding, type FindingCategory, type FindingType } from '../core/scan/types.ts';

export interface PackedFindings {
  /** Index in FINDING_TYPES. */
  codes: Uint8Array;
  /** 0 for a finding with a locator instead (a line is 1-based). */
  lines: Int32Array;
  columns: Int32Array;
  lengths: Int32Array;
  /** The masks one after the other, and where each ends. */
  masks: string;
  maskEnds: Int32Array;
  /** One per finding when the file has locators (documents), otherwise null. */
  locators: string[] | null;
}

const CODE = new Map<FindingType, number>(FINDING_TYPES.map((t, i) => [t, i]));
const CATEGORY: readonly FindingCategory[] = FINDING_TYPES.map(categoryOf);

/** Packs `findings` (all of one file); `transfer` lists the buffers postMessage may move rather than copy. */
export function packFindings(findings: readonly Finding[]): { packed: PackedFindings; transfer: ArrayBuffer[] } {
  const n = findings.length;
  const codes = new Uint8Array(n);
  const lines = new Int32Array(n);
  const columns = new Int32Array(n);
  const lengths = new Int32Array(n);
  const maskEnds = new Int32Array(n);
  const masks: string[] = [];
  let locators: string[] | null = null;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    codes[i] = CODE.get(f.type)!;
    if (f.locator !== undefined) (locators ??= new Array<string>(n).fill(''))[i] = f.locator;
    else {
      lines[i] = f.line ?? 0;
      columns[i] = f.column ?? 0;
    }
    lengths[i] = f.length;
    masks.push(f.masked);
    end += f.masked.length;
    maskEnds[i] = end;
  }
  const packed: PackedFindings = { codes, lines, columns, lengths, masks: masks.join(''), maskEnds, locators };
  return { packed, transfer: [codes.buffer, lines.buffer, columns.buffer, lengths.buffer, maskEnds.buffer] as ArrayBuffer[] };
}

/** The findings again, in the jsonl report's key order, all sharing `path`. */
export function unpackFindings(p: PackedFindings, path: string): Finding[] {
  const n = p.codes.length;
  const out = new Array<Finding>(n);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const code = p.codes[i]!;
    const type = FINDING_TYPES[code]!;
    const masked = p.masks.slice(start, p.maskEnds[i]!);
    start = p.maskEnds[i]!;
    const locator = p.locators?.[i];
    out[i] =
      locator !== undefined && p.lines[i] === 0
        ? { path, type, category: CATEGORY[code]!, locator, length: p.lengths[i]!, masked }
        : { path, type, category: CATEGORY[code]!, line: p.lines[i]!, column: p.columns[i]!, length: p.lengths[i]!, masked };
  }
  return out;
}
