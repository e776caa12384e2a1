// Building detections: every detector goes through here, so masking cannot be forgotten.
import { maskRange } from './mask.ts';
import { categoryOf, FINDING_TYPES, type Detection, type FindingCategory, type FindingType } from './types.ts';

const CATEGORY = Object.fromEntries(FINDING_TYPES.map((t) => [t, categoryOf(t)])) as Record<FindingType, FindingCategory>;

/**
 * A detection keeps its block of text and masks itself when asked: a CSV block yields tens of
 * thousands of them, and a scan reports only the first ones of each file (the rest are counted).
 */
class BlockDetection implements Detection {
  constructor(
    private readonly text: string,
    readonly type: FindingType,
    readonly start: number,
    readonly length: number,
  ) {}

  get category(): FindingCategory {
    return CATEGORY[this.type];
  }

  get masked(): string {
    return maskRange(this.text, this.start, this.start + this.length);
  }
}

export function emit(out: Detection[], text: string, type: FindingType, start: number, end: number): void {
  out.push(new BlockDetection(text, type, start, end - start));
}

/**
 * Sorted by start (equal starts: the earlier detector first); within one type, a detection
 * overlapping an earlier one is dropped. `runs` are the offsets where each detector's output
 * begins: each run is sorted in place (checked, sorted if not), then the runs are merged k-way
 * straight into the result: on CSV blocks with tens of thousands of detections, intermediate
 * arrays and a comparator sort cost more than the detectors.
 */
export function normalize(all: Detection[], runs: number[] = [0, all.length]): Detection[] {
  const heads: number[] = [];
  const ends: number[] = [];
  for (let r = 0; r + 1 < runs.length; r++) {
    const a = runs[r]!;
    const b = runs[r + 1]!;
    if (b <= a) continue;
    for (let i = a + 1; i < b; i++) {
      if (all[i]!.start < all[i - 1]!.start) {
        const part = all.slice(a, b).sort(byStart);
        for (let k = 0; k < part.length; k++) all[a + k] = part[k]!;
        break;
      }
    }
    heads.push(a);
    ends.push(b);
  }
  const k = heads.length;
  if (k === 0) return [];
  // start of each run's head (Infinity once the run is used up), so the scan reads no object
  const starts = new Float64Array(k);
  for (let r = 0; r < k; r++) starts[r] = all[heads[r]!]!.start;
  const lastEnd = new Int32Array(TYPE_COUNT).fill(-1);
  const out: Detection[] = [];
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
    const d = all[h]!;
    heads[best] = h + 1;
    starts[best] = h + 1 < ends[best]! ? all[h + 1]!.start : Infinity;
    const t = TYPE_INDEX[d.type];
    if (d.start < lastEnd[t]!) continue;
    lastEnd[t] = d.start + d.length;
    out.push(d);
  }
  return out;
}

const TYPE_INDEX = Object.fromEntries(FINDING_TYPES.map((t, i) => [t, i])) as Record<FindingType, number>;
const TYPE_COUNT = FINDING_TYPES.length;

function byStart(a: Detection, b: Detection): number {
  return a.start - b.start || b.length - a.length;
}

/** Letters (ASCII and Latin-1 accents) and digits: what glues a number to a word. */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
