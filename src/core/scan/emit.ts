// Building detections: every detector goes through here, and a report entry is masked by `at`.
import { maskRange } from './mask.ts';
import { categoryOf, FINDING_TYPES, type Detection, type FindingCategory, type FindingType } from './types.ts';

const CATEGORY = Object.fromEntries(FINDING_TYPES.map((t) => [t, categoryOf(t)])) as Record<FindingType, FindingCategory>;

/**
 * The detections of one block, column by column in typed arrays: a CSV block yields tens of
 * thousands of them and a scan lists only the first ones of each file (the rest are counted),
 * so no object is made per detection; `toArray` builds them (masked) for the few that are kept.
 */
export class Detections {
  count = 0;
  private codes: Uint8Array;
  private starts: Int32Array;
  private lengths: Int32Array;

  constructor(capacity = 256) {
    this.codes = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
  }

  static of(list: ReadonlyArray<Pick<Detection, 'type' | 'start' | 'length'>>): Detections {
    const ds = new Detections(Math.max(16, list.length));
    for (const d of list) ds.push(TYPE_CODE[d.type], d.start, d.length);
    return ds;
  }

  push(code: number, start: number, length: number): void {
    if (this.count === this.codes.length) this.grow();
    this.codes[this.count] = code;
    this.starts[this.count] = start;
    this.lengths[this.count++] = length;
  }

  /** Index in FINDING_TYPES of the i-th detection's type. */
  code(i: number): number {
    return this.codes[i]!;
  }
  type(i: number): FindingType {
    return FINDING_TYPES[this.codes[i]!]!;
  }
  start(i: number): number {
    return this.starts[i]!;
  }
  length(i: number): number {
    return this.lengths[i]!;
  }

  /** Puts detection `from` at `to` (to ≤ from): in-place filtering. */
  move(from: number, to: number): void {
    this.codes[to] = this.codes[from]!;
    this.starts[to] = this.starts[from]!;
    this.lengths[to] = this.lengths[from]!;
  }

  truncate(count: number): void {
    this.count = Math.min(this.count, count);
  }

  /** Keeps, from `from` on, the detections `keep` accepts, in their order (in-place filtering). */
  retain(from: number, keep: (r: number) => boolean): void {
    let w = from;
    for (let r = from; r < this.count; r++) if (keep(r)) this.move(r, w++);
    this.truncate(w);
  }

  /** Drops the detections that start before `offset` (text given again only as context). */
  dropBefore(offset: number): void {
    this.retain(0, (r) => this.starts[r]! >= offset);
  }

  /** Detections [from, to) sorted by start, the longer first on a tie (stable otherwise). */
  sortRange(from: number, to: number): void {
    const order = Array.from({ length: to - from }, (_, k) => from + k);
    order.sort((x, y) => this.starts[x]! - this.starts[y]! || this.lengths[y]! - this.lengths[x]! || x - y);
    const codes = order.map((k) => this.codes[k]!);
    const starts = order.map((k) => this.starts[k]!);
    const lengths = order.map((k) => this.lengths[k]!);
    this.codes.set(codes, from);
    this.starts.set(starts, from);
    this.lengths.set(lengths, from);
  }

  /** The i-th detection as a report entry, masked from the text it was found in. */
  at(text: string, i: number): Detection {
    const type = this.type(i);
    const start = this.starts[i]!;
    const length = this.lengths[i]!;
    return { type, category: CATEGORY[type], start, length, masked: maskRange(text, start, start + length) };
  }

  toArray(text: string): Detection[] {
    return Array.from({ length: this.count }, (_, i) => this.at(text, i));
  }

  private grow(): void {
    const size = Math.max(16, this.codes.length * 2);
    const codes = new Uint8Array(size);
    const starts = new Int32Array(size);
    const lengths = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    lengths.set(this.lengths);
    this.codes = codes;
    this.starts = starts;
    this.lengths = lengths;
  }
}

/** Index of each type in FINDING_TYPES: the code a Detections list stores. */
export const TYPE_CODE = Object.fromEntries(FINDING_TYPES.map((t, i) => [t, i])) as Record<FindingType, number>;
const TYPE_COUNT = FINDING_TYPES.length;

export function emit(out: Detections, type: FindingType, start: number, end: number): void {
  out.push(TYPE_CODE[type], start, end - start);
}

/**
 * Sorted by start (equal starts: the earlier detector first); within one type, a detection
 * overlapping an earlier one is dropped. `runs` are the offsets where each detector's output
 * begins: each run is sorted in place (checked, sorted if not), then the runs are merged k-way
 * straight into the result: on CSV blocks with tens of thousands of detections, a comparator
 * sort over the whole block costs more than the detectors.
 */
export function normalize(all: Detections, runs: number[] = [0, all.count]): Detections {
  const heads: number[] = [];
  const ends: number[] = [];
  for (let r = 0; r + 1 < runs.length; r++) {
    const a = runs[r]!;
    const b = runs[r + 1]!;
    if (b <= a) continue;
    for (let i = a + 1; i < b; i++) {
      if (all.start(i) < all.start(i - 1)) {
        all.sortRange(a, b);
        break;
      }
    }
    heads.push(a);
    ends.push(b);
  }
  const k = heads.length;
  const out = new Detections(Math.max(16, all.count));
  if (k === 0) return out;
  // start of each run's head (Infinity once the run is used up)
  const starts = new Float64Array(k);
  for (let r = 0; r < k; r++) starts[r] = all.start(heads[r]!);
  const lastEnd = new Int32Array(TYPE_COUNT).fill(-1);
  for (;;) {
    // the run whose head starts first; on a tie the earlier run (detector) wins
    let best = 0;
    let bestStart = starts[0]!;
    for (let r = 1; r < k; r++) {
      if (starts[r]! < bestStart) {
        best = r;
        bestStart = starts[r]!;
      }
    }
    if (bestStart === Infinity) break;
    const h = heads[best]!;
    heads[best] = h + 1;
    starts[best] = h + 1 < ends[best]! ? all.start(h + 1) : Infinity;
    const t = all.code(h);
    if (bestStart < lastEnd[t]!) continue;
    const length = all.length(h);
    lastEnd[t] = bestStart + length;
    out.push(t, bestStart, length);
  }
  return out;
}

/** Letters (ASCII and Latin-1 accents) and digits: what glues a number to a word. */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
