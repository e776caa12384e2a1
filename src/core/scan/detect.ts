// Entry point of the detectors (pure, no I/O): a handful of cheap passes over the block, each
// confirmed in code (checksums, context windows), then merged per type.
import type { DetectHints, Detection } from './types.ts';
import { detectAddresses } from './address.ts';
import { detectBirthDates } from './birthdate.ts';
import { detectCell, detectColumns } from './columns.ts';
import { detectEmails } from './email.ts';
import { normalize } from './emit.ts';
import { detectIbans } from './iban.ts';
import { detectIpv6 } from './ipv6.ts';
import { detectNames } from './names.ts';
import { detectNumbers } from './numbers.ts';
import { detectSpecial } from './special.ts';
import { overlappingEnd, type Span } from './spans.ts';

export function detectText(text: string, hints: DetectHints = {}): Detection[] {
  const out: Detection[] = [];
  // Each detector appends its detections in order of start: `runs` marks where each one began,
  // so that the final ordering is a merge rather than a sort.
  const runs: number[] = [0];
  detectEmails(text, out);
  runs.push(out.length);
  const ibanShapes = detectIbans(text, out);
  runs.push(out.length);
  detectNumbers(text, out, (s, e) => overlappingEnd(ibanShapes, s, e));
  runs.push(out.length);
  detectIpv6(text, out);
  runs.push(out.length);
  detectBirthDates(text, out);
  runs.push(out.length);
  const beforeAddresses = out.length;
  detectAddresses(text, out);
  const beforeNames = out.length;
  runs.push(beforeNames);
  detectNames(text, out);
  // "rue Victor Hugo" is a place; addresses come out sorted and disjoint (one forward pass)
  if (beforeNames > beforeAddresses) dropInside(out, beforeNames, beforeAddresses);
  const afterNames = out.length;
  runs.push(afterNames);
  // the people's spans are only needed when a special-category phrase lacks a pronoun nearby
  detectSpecial(text, out, () => disjoint(out.slice(beforeNames, afterNames).map((d): Span => [d.start, d.start + d.length]).sort((x, y) => x[0] - y[0])));
  runs.push(out.length);
  if (hints.columnHeader !== undefined) detectCell(text, hints.columnHeader, out);
  else if (hints.format === 'csv' || hints.format === 'tsv') detectColumns(text, hints.headerLine, hints.format, out);
  runs.push(out.length);
  return normalize(out, runs);
}

/** Drops the detections from `from` on that overlap one of out[spansFrom, from) (sorted, disjoint). */
function dropInside(out: Detection[], from: number, spansFrom: number): void {
  let w = from;
  for (let r = from; r < out.length; r++) {
    const d = out[r]!;
    if (!overlapsDetection(out, spansFrom, from, d.start, d.start + d.length)) out[w++] = d;
  }
  out.length = w;
}

/** Whether [a, b) overlaps one of spans[lo, hi), sorted by start and disjoint: a binary search. */
function overlapsDetection(spans: Detection[], first: number, hi: number, a: number, b: number): boolean {
  let lo = first;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < b) lo = mid + 1;
    else hi = mid;
  }
  return lo > first && spans[lo - 1]!.start + spans[lo - 1]!.length > a;
}

/** Sorted spans merged where they overlap, as overlapsAny needs. */
function disjoint(spans: Span[]): Span[] {
  const res: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = res[res.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else res.push([a, b]);
  }
  return res;
}
