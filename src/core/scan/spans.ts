// Overlap look-ups against spans sorted by start and not overlapping each other (ends sorted
// too), by binary search: a block of 1 MB holds thousands of them.
export type Span = readonly [start: number, end: number];

export function overlapsAny(spans: ReadonlyArray<Span>, a: number, b: number): boolean {
  return overlappingEnd(spans, a, b) >= 0;
}

/** End of the span overlapping [a, b), or -1 when none does. */
export function overlappingEnd(spans: ReadonlyArray<Span>, a: number, b: number): number {
  return overlapping(spans, a, b)?.[1] ?? -1;
}

/** The span overlapping [a, b) (the last one starting before b), or undefined when none does. */
export function overlapping(spans: ReadonlyArray<Span>, a: number, b: number): Span | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < b) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]![1] > a ? spans[lo - 1] : undefined;
}
