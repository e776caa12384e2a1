// Collects the findings of one file: positions only, masked values, never a raw value.
import type { Detection, Finding, FindingType } from '../../core/scan/types.ts';

export class FindingSink {
  readonly findings: Finding[] = [];
  readonly counts: Partial<Record<FindingType, number>> = {};
  total = 0;
  truncated = false;

  constructor(
    readonly path: string,
    /** Memory stays bounded on huge files: past this, only counts go on. */
    readonly maxFindings: number,
  ) {}

  add(d: Detection, where: { line?: number; column?: number; locator?: string }): void {
    this.counts[d.type] = (this.counts[d.type] ?? 0) + 1;
    this.total++;
    if (this.findings.length >= this.maxFindings) {
      this.truncated = true;
      return;
    }
    this.findings.push({ path: this.path, type: d.type, category: d.category, ...where, length: d.length, masked: d.masked });
  }
}

/** Offsets where each line (or segment joined by '\n') of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line holding `offset` (binary search in lineStarts). */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Adds the detections of a block of lines. `firstLine` is the 1-based number of the block's first
 * line; `firstColumnOffset` counts the UTF-16 units of that line already seen in earlier blocks.
 */
export function addLineDetections(sink: FindingSink, text: string, detections: Detection[], firstLine: number, firstColumnOffset: number): void {
  if (detections.length === 0) return;
  const starts = lineStarts(text);
  for (const d of detections) {
    const i = lineOf(starts, d.start);
    const column = d.start - starts[i]! + 1 + (i === 0 ? firstColumnOffset : 0);
    sink.add(d, { line: firstLine + i, column });
  }
}

/**
 * Detects in several pieces of text at once (paragraphs, cells of one column, pages) joined
 * by newlines, then gives each finding the locator of the piece it starts in.
 */
export function addSegmentDetections(
  sink: FindingSink,
  segments: string[],
  detect: (text: string) => Detection[],
  locatorOf: (index: number) => string,
): void {
  if (segments.length === 0) return;
  const text = segments.join('\n');
  const detections = detect(text);
  if (detections.length === 0) return;
  const starts: number[] = [];
  let o = 0;
  for (const s of segments) {
    starts.push(o);
    o += s.length + 1;
  }
  for (const d of detections) sink.add(d, { locator: locatorOf(lineOf(starts, d.start)) });
}
