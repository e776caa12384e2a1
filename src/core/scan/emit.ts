// Building detections: every detector goes through here, so masking cannot be forgotten.
import { maskRange } from './mask.ts';
import { categoryOf, FINDING_TYPES, type Detection, type FindingCategory, type FindingType } from './types.ts';

const CATEGORY = Object.fromEntries(FINDING_TYPES.map((t) => [t, categoryOf(t)])) as Record<FindingType, FindingCategory>;

export function emit(out: Detection[], text: string, type: FindingType, start: number, end: number): void {
  out.push({ type, category: CATEGORY[type], start, length: end - start, masked: maskRange(text, start, end) });
}

/**
 * Sorted by start (equal starts: the earlier detector first); within one type, a detection
 * overlapping an earlier one is dropped. `runs` are the offsets where each detector's output
 * begins: each run is sorted (checked, sorted if not), then runs are merged pairwise, which on
 * CSV blocks with tens of thousands of detections is far cheaper than one comparator sort.
 */
export function normalize(all: Detection[], runs: number[] = [0, all.length]): Detection[] {
  let parts: Detection[][] = [];
  for (let r = 0; r + 1 < runs.length; r++) {
    if (runs[r + 1]! <= runs[r]!) continue;
    const part = all.slice(runs[r], runs[r + 1]);
    for (let i = 1; i < part.length; i++) {
      if (part[i]!.start < part[i - 1]!.start) {
        part.sort(byStart);
        break;
      }
    }
    parts.push(part);
  }
  while (parts.length > 1) {
    const next: Detection[][] = [];
    for (let p = 0; p < parts.length; p += 2) next.push(p + 1 < parts.length ? merge(parts[p]!, parts[p + 1]!) : parts[p]!);
    parts = next;
  }
  const sorted = parts[0] ?? [];
  const lastEnd: Partial<Record<FindingType, number>> = {};
  const out: Detection[] = [];
  for (const d of sorted) {
    const end = lastEnd[d.type] ?? -1;
    if (d.start < end) continue;
    lastEnd[d.type] = d.start + d.length;
    out.push(d);
  }
  return out;
}

function byStart(a: Detection, b: Detection): number {
  return a.start - b.start || b.length - a.length;
}

function merge(a: Detection[], b: Detection[]): Detection[] {
  const res: Detection[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) res[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
  while (i < a.length) res[k++] = a[i++]!;
  while (j < b.length) res[k++] = b[j++]!;
  return res;
}

/** Letters (ASCII and Latin-1 accents) and digits: what glues a number to a word. */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
