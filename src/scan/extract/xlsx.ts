// Excel (.xlsx): shared strings and the cells of each sheet; locator « Feuille1!B3 ».
import { fileErrors } from '../errors.ts';
import { detectSheet, parseRef, type Cell } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { attr, decodeXml, xmlTokens } from './xml.ts';
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

export function sheetCells(xml: string, shared: string[]): Cell[] {
  const cells: Cell[] = [];
  let ref: { col: number; row: number } | null = null;
  let type = 'n';
  let inValue = false;
  let value: string[] = [];
  for (const t of xmlTokens(xml)) {
    if (t.tag === 'c') {
      if (t.closing) {
        if (ref) cells.push({ ...ref, text: cellText(type, value.join(''), shared) });
        ref = null;
      } else {
        ref = parseRef(attr(t.attrs, 'r') ?? '');
        type = attr(t.attrs, 't') ?? 'n';
        value = [];
        if (t.selfClosing) ref = null;
      }
    } else if (t.tag === 'v' || t.tag === 't') inValue = !t.closing && !t.selfClosing;
    else if (t.text !== undefined && inValue && ref) value.push(decodeXml(t.text));
  }
  return cells;
}

function cellText(type: string, raw: string, shared: string[]): string {
  if (type === 's') return shared[Number(raw)] ?? '';
  if (type === 'b') return '';
  return raw;
}

/** Sheet names and their part paths, in workbook order. */
function sheets(entries: ZipEntries): { name: string; path: string }[] {
  const rels = new Map<string, string>();
  for (const t of xmlTokens(entries.text('xl/_rels/workbook.xml.rels') ?? '')) {
    if (t.tag === 'Relationship') {
      const id = attr(t.attrs, 'Id');
      const target = attr(t.attrs, 'Target');
      if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
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
  const entries = readZipEntries(data, 'Excel', (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  if (!entries.has('xl/workbook.xml')) throw fileErrors.corrupt('Excel');
  const shared = sharedStrings(entries.text('xl/sharedStrings.xml'));
  for (const sheet of sheets(entries)) {
    const xml = entries.text(sheet.path);
    if (xml === undefined) continue;
    detectSheet(sheet.name, sheetCells(xml, shared), detect, 'xlsx', sink);
  }
}
