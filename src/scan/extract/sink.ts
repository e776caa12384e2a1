// Collects the findings of one file: positions only, masked values, never a raw value.
import type { Detections } from '../../core/scan/emit.ts';
import { decodeLetters } from './encoded-letters.ts';
import { FINDING_TYPES, type DetectHints, type Finding, type FindingType } from '../../core/scan/types.ts';
import { addUnread, type UnreadKind } from '../../core/scan/unread.ts';

export class FindingSink {
  readonly findings: Finding[] = [];
  total = 0;
  truncated = false;
  // per type, in FINDING_TYPES order (a detection's code): every detection of a file is counted
  private readonly perType = new Float64Array(FINDING_TYPES.length);

  constructor(
    readonly path: string,
    /** Memory stays bounded on huge files: past this, only counts go on. */
    readonly maxFindings: number,
    /** Images inside this file (attachments, archive entries) are read too (ScanOptions.readImages). */
    readonly readImages = false,
  ) {}

  get counts(): Partial<Record<FindingType, number>> {
    const counts: Partial<Record<FindingType, number>> = {};
    FINDING_TYPES.forEach((t, i) => {
      if (this.perType[i]! > 0) counts[t] = this.perType[i]!;
    });
    return counts;
  }

  /** How many more findings may be kept with their position. */
  get room(): number {
    return Math.max(0, this.maxFindings - this.findings.length);
  }

  /** Set while a file inside this one (an attachment, an archive entry) is read: its findings are located inside it. */
  locatorPrefix: string | null = null;
  /** Files inside this one (attachments, archive entries) that could not be read, by kind. */
  readonly unread: Partial<Record<UnreadKind, number>> = {};

  countUnread(kind: UnreadKind): void {
    addUnread(this.unread, kind);
  }

  /** How many places deep the reading is (0: the file itself; 1: an attachment or an entry of it…). */
  depth = 0;

  /** The same for work that does not wait (a file's name): `within`'s await would leave `place` set meanwhile. */
  withinNow(place: string, read: () => void): void {
    const outer = this.locatorPrefix;
    this.locatorPrefix = outer ? `${outer}, ${place}` : place;
    try {
      read();
    } finally {
      this.locatorPrefix = outer;
    }
  }

  /** Runs `read` with findings located in `place`, itself inside the place being read, if any. */
  async within(place: string, read: () => Promise<void>): Promise<void> {
    const outer = this.locatorPrefix;
    this.locatorPrefix = outer ? `${outer}, ${place}` : place;
    this.depth++;
    try {
      await read();
    } finally {
      this.locatorPrefix = outer;
      this.depth--;
    }
  }

  /**
   * Keeps detection i of `ds` (found in `text`) with its position, or only counts it when full.
   * `length`: its length in the text as written, when the detectors read it decoded (encoded-letters.ts).
   */
  add(ds: Detections, i: number, text: string, where: { line?: number; column?: number; locator?: string }, length?: number): void {
    if (this.findings.length >= this.maxFindings) return this.countRange(ds, i, i + 1);
    this.perType[ds.code(i)]!++;
    this.total++;
    const d = ds.at(text, i);
    if (this.locatorPrefix !== null) {
      const p = this.locatorPrefix;
      where = { locator: where.locator ? `${p}, ${where.locator}` : where.line !== undefined ? `${p}, ligne ${where.line}` : p };
    }
    // key order is the jsonl report's: path, type, category, line, column | locator, length, masked
    this.findings.push({ path: this.path, type: d.type, category: d.category, ...where, length: length ?? d.length, masked: d.masked });
  }

  /** Counts detections [from, to) of `ds` without keeping them (the file already has maxFindings). */
  countRange(ds: Detections, from: number, to: number): void {
    if (to <= from) return;
    for (let i = from; i < to; i++) this.perType[ds.code(i)]!++;
    this.total += to - from;
    this.truncated = true;
  }
}

/** Index of the segment holding `offset` (binary search in the sorted segment starts). */
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
 * `at`: where each offset of `text` stands in the block as written, when the detectors read it with
 * its escaped letters decoded (same lines): columns and lengths are the written text's.
 */
export function addLineDetections(sink: FindingSink, text: string, ds: Detections, firstLine: number, firstColumnOffset: number, at?: Int32Array): void {
  const kept = Math.min(sink.room, ds.count);
  // Detections come sorted by start: the line is followed forward, one indexOf per line passed.
  let line = 0;
  let lineStart = 0;
  let nextBreak = kept > 0 ? text.indexOf('\n') : -1;
  for (let k = 0; k < kept; k++) {
    const start = ds.start(k);
    if (start < lineStart) {
      // out of order (a detector handed in by a test): start over from the top
      line = 0;
      lineStart = 0;
      nextBreak = text.indexOf('\n');
    }
    while (nextBreak !== -1 && nextBreak < start) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const column = (at ? at[start]! - at[lineStart]! : start - lineStart) + 1 + (line === 0 ? firstColumnOffset : 0);
    sink.add(ds, k, text, { line: firstLine + line, column }, at ? at[start + ds.length(k)]! - at[start]! : undefined);
  }
  sink.countRange(ds, kept, ds.count);
}

/**
 * Detects in several pieces of text at once (paragraphs, cells of one column, pages) joined
 * by newlines, then gives each finding the locator of the piece it starts in.
 */
export function addSegmentDetections(
  sink: FindingSink,
  segments: string[],
  detect: (text: string) => Detections,
  locatorOf: (index: number) => string,
): void {
  if (segments.length === 0) return;
  const written = segments.join('\n');
  // (a PDF invoice printed by a web shop that stored « QuÃ©rÃ© », a document holding « H&eacute;l&egrave;ne »: read decoded)
  const letters = decodeLetters(written);
  const text = letters?.text ?? written;
  const ds = detect(text);
  if (ds.count === 0) return;
  const starts: number[] = [];
  let o = 0;
  for (const s of segments) {
    starts.push(o);
    o += s.length + 1;
  }
  const kept = Math.min(sink.room, ds.count);
  for (let k = 0; k < kept; k++) {
    const start = ds.start(k);
    const at = letters ? letters.at[start]! : start;
    sink.add(ds, k, text, { locator: locatorOf(lineOf(starts, at)) }, letters ? letters.at[start + ds.length(k)]! - at : undefined);
  }
  sink.countRange(ds, kept, ds.count);
}

/**
 * Values read under what they are, as the columns of a spreadsheet (contacts, calendars): under
 * a header (« Nom », « Téléphone »…) each value is a finding of that type when plausible; under
 * none ('') it is plain text. One pass of the detectors per header; `place` locates each value.
 */
export class FieldColumns {
  private readonly columns = new Map<string, { cells: string[]; places: string[] }>();

  /** `aboutPeople`: each value is about a person (a contact card's), not an event's or a message's. */
  constructor(private readonly aboutPeople = false) {}

  add(header: string, value: string, place: string): void {
    let column = this.columns.get(header);
    if (!column) this.columns.set(header, (column = { cells: [], places: [] }));
    // one value, one line: the detectors see a column as its cells one below the other
    column.cells.push(value.replace(/\r?\n/g, ' '));
    column.places.push(place);
  }

  detectInto(sink: FindingSink, detect: (text: string, hints: DetectHints) => Detections): void {
    for (const [header, { cells, places }] of this.columns) {
      const hints: DetectHints = header ? { format: 'xlsx', columnHeader: header, aboutPeople: this.aboutPeople } : { format: 'eml', aboutPeople: this.aboutPeople };
      addSegmentDetections(sink, cells, (t) => detect(t, hints), (i) => places[i]!);
    }
  }
}
