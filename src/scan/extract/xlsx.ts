// Excel (.xlsx): shared strings and the cells of each sheet; locator « Feuille1!B3 ».
import { fileErrors } from '../errors.ts';
import { detectSheet, parseRef, type Cell } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { dateStyles, serialToDate, uses1904 } from './excel-dates.ts';
import { attr, decodeXml, xmlTokens } from './xml.ts';
import { vmlCheckBoxes, withCheckBoxes, type CheckBox } from './sheet-boxes.ts';
import { readZipEntries, type ZipEntries } from './zip.ts';

export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  for (const t of xmlTokens(xml)) {
    if (t.tag === 'si') {
      if (!t.closing) current = [];
      else if (current) {
        out.push(current.join(''));
        current = null;
      }
    } else if (t.tag === 'rPh') inPhonetic = !t.closing;
    else if (t.tag === 't') inText = !t.closing && !t.selfClosing;
    else if (t.text !== undefined && inText && !inPhonetic && current) current.push(decodeXml(t.text));
  }
  return out;
}

/** How a workbook writes its dates: the cell styles that show one, and its days' origin. */
export interface DateStyles {
  styles: ReadonlySet<number>;
  date1904: boolean;
}

const NO_DATES: DateStyles = { styles: new Set(), date1904: false };

export function sheetCells(xml: string, shared: string[], dates: DateStyles = NO_DATES): Cell[] {
  const cells: Cell[] = [];
  let ref: { col: number; row: number } | null = null;
  let type = 'n';
  let dated = false;
  let inValue = false;
  let value: string[] = [];
  for (const t of xmlTokens(xml)) {
    if (t.tag === 'c') {
      if (t.closing) {
        if (ref) cells.push({ ...ref, text: cellText(type, value.join(''), shared, dated ? dates.date1904 : null) });
        ref = null;
      } else {
        ref = parseRef(attr(t.attrs, 'r') ?? '');
        type = attr(t.attrs, 't') ?? 'n';
        const style = attr(t.attrs, 's');
        dated = style !== undefined && dates.styles.has(Number(style));
        value = [];
        if (t.selfClosing) ref = null;
      }
    } else if (t.tag === 'v' || t.tag === 't') inValue = !t.closing && !t.selfClosing;
    else if (t.text !== undefined && inValue && ref) value.push(decodeXml(t.text));
  }
  return cells;
}

/** A cell's text: a shared string, a number as stored — or, under a date style, the date it shows (`date1904` not null). */
function cellText(type: string, raw: string, shared: string[], date1904: boolean | null): string {
  if (type === 's') return shared[Number(raw)] ?? '';
  if (type === 'b') return '';
  if (date1904 !== null && type === 'n') return serialToDate(raw, date1904) ?? raw;
  return raw;
}

/**
 * What a sheet's relationships name besides its cells, its .rels read once: its comments (the notes on its cells:
 * « Client diabétique » on B3), each note's author and text by cell, and its form check boxes, from the legacy VML
 * drawing (sheet-boxes.ts).
 */
export function sheetExtras(entries: ZipEntries, sheetPath: string): { notes: Cell[]; boxes: CheckBox[] } {
  const notes: Cell[] = [];
  const boxes: CheckBox[] = [];
  const slash = sheetPath.lastIndexOf('/');
  const rels = entries.text(`${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`);
  for (const t of xmlTokens(rels ?? '')) {
    if (t.tag !== 'Relationship') continue;
    const type = attr(t.attrs, 'Type') ?? '';
    const comments = /\/comments$/.test(type);
    if (!comments && !/\/vmlDrawing$/.test(type)) continue;
    const xml = entries.text(resolvePart(sheetPath, attr(t.attrs, 'Target') ?? ''));
    if (!xml) continue;
    if (comments) notes.push(...commentCells(xml));
    else boxes.push(...vmlCheckBoxes(xml));
  }
  return { notes, boxes };
}

/** The comments of a comments part: « <comment ref="B3" authorId="0"><text>…</text></comment> », the author first. */
function commentCells(xml: string): Cell[] {
  const authors: string[] = [];
  const out: Cell[] = [];
  let author: string[] | null = null;
  let comment: { ref: { col: number; row: number }; parts: string[] } | null = null;
  let inText = false;
  for (const t of xmlTokens(xml)) {
    if (t.tag === 'author') {
      if (!t.closing && !t.selfClosing) author = [];
      else if (author) {
        authors.push(author.join(''));
        author = null;
      }
    } else if (t.tag === 'comment') {
      if (!t.closing && !t.selfClosing) {
        const ref = parseRef(attr(t.attrs, 'ref') ?? '');
        comment = ref ? { ref, parts: [authors[Number(attr(t.attrs, 'authorId'))] ?? '', ' '] } : null;
      } else if (comment) {
        out.push({ ...comment.ref, text: comment.parts.join('').trim() });
        comment = null;
      }
    } else if (t.tag === 't') inText = !t.closing && !t.selfClosing;
    else if (t.text !== undefined) {
      if (author) author.push(decodeXml(t.text));
      else if (comment && inText) comment.parts.push(decodeXml(t.text));
    }
  }
  return out;
}

/** A relationship's target, relative to the part that names it (« ../comments1.xml » from xl/worksheets/sheet1.xml). */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** Sheet names and their part paths, in workbook order. */
function sheets(entries: ZipEntries): { name: string; path: string }[] {
  const rels = new Map<string, string>();
  for (const t of xmlTokens(entries.text('xl/_rels/workbook.xml.rels') ?? '')) {
    if (t.tag === 'Relationship') {
      const id = attr(t.attrs, 'Id');
      const target = attr(t.attrs, 'Target');
      if (id && target) rels.set(id, resolvePart('xl/workbook.xml', target));
    }
  }
  const out: { name: string; path: string }[] = [];
  for (const t of xmlTokens(entries.text('xl/workbook.xml') ?? '')) {
    if (t.tag === 'sheet') {
      const path = rels.get(attr(t.attrs, 'r:id') ?? '');
      if (path) out.push({ name: attr(t.attrs, 'name') ?? path, path });
    }
  }
  return out;
}

export function scanXlsx(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  // (and the sheets' comments and drawn check boxes, by their relationships)
  const entries = readZipEntries(data, 'Excel', (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml' || /^xl\/worksheets\/(?:_rels\/)?[^/]+\.xml(?:\.rels)?$/.test(n) || /^xl\/(?:[^/]+\/)?comments[^/]*\.xml$/.test(n) || /^xl\/drawings\/[^/]+\.vml$/.test(n));
  if (!entries.has('xl/workbook.xml')) throw fileErrors.corrupt('Excel');
  const shared = sharedStrings(entries.text('xl/sharedStrings.xml'));
  const dates: DateStyles = { styles: dateStyles(entries.text('xl/styles.xml')), date1904: uses1904(entries.text('xl/workbook.xml')) };
  for (const sheet of sheets(entries)) {
    const xml = entries.text(sheet.path);
    if (xml === undefined) continue;
    const { notes, boxes } = sheetExtras(entries, sheet.path);
    detectSheet(sheet.name, withCheckBoxes(sheetCells(xml, shared, dates), boxes), detect, 'xlsx', sink, notes);
  }
}
