// OpenDocument spreadsheets (.ods, LibreOffice): content.xml; locator « Feuille1!B3 ».
import { detectSheet, type Cell } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { attr, decodeXml, xmlTokens } from './xml.ts';
import { AnnotationReader, checkBoxControl, openDocumentContent } from './opendocument.ts';
import { labelOf, withCheckBoxes, type CheckBox } from './sheet-boxes.ts';

/** A sheet as read: its cells, the comments on them, its form's check boxes. */
interface OdsSheet {
  name: string;
  cells: Cell[];
  notes: Cell[];
  boxes: CheckBox[];
}

/** Repeated empty rows/columns (LibreOffice pads to 1 048 576 rows) only move the counters. */
export function odsSheets(xml: string): OdsSheet[] {
  const out: OdsSheet[] = [];
  let sheet: OdsSheet | null = null;
  // a form's check boxes (declared in the sheet's office:forms, before its rows), placed in the cell that anchors them
  const checkBoxes = new Map<string, { label: string; checked: boolean }>();
  let row = 0;
  let col = 0;
  let cell: { repeat: number; parts: string[]; paragraphs: number } | null = null;
  // a cell's comment, kept apart from the cell's value
  const annotations = new AnnotationReader();
  const keep = (text: string) => {
    if (cell && sheet) sheet.notes.push({ row, col: col + 1, text });
  };
  let rowRepeat = 1;
  for (const t of xmlTokens(xml)) {
    if (annotations.take(t, keep)) continue;
    if (t.tag === 'form:checkbox' && !t.closing) {
      const id = attr(t.attrs, 'xml:id') ?? attr(t.attrs, 'form:id');
      if (id) checkBoxes.set(id, checkBoxControl(t.attrs));
    } else if (t.tag === 'draw:control' && cell && sheet) {
      const box = checkBoxes.get(attr(t.attrs, 'draw:control') ?? '');
      if (box) sheet.boxes.push({ row, col: col + 1, checked: box.checked, label: labelOf(box.label) });
    } else if (t.tag === 'table:table') {
      if (!t.closing) {
        sheet = { name: attr(t.attrs, 'table:name') ?? `Feuille${out.length + 1}`, cells: [], notes: [], boxes: [] };
        out.push(sheet);
        row = 0;
      }
    } else if (t.tag === 'table:table-row') {
      if (!t.closing) {
        rowRepeat = Number(attr(t.attrs, 'table:number-rows-repeated') ?? 1);
        row++;
        col = 0;
        if (t.selfClosing) row += rowRepeat - 1;
      } else row += rowRepeat - 1;
    } else if (t.tag === 'table:table-cell' || t.tag === 'table:covered-table-cell') {
      if (!t.closing) {
        const repeat = Number(attr(t.attrs, 'table:number-columns-repeated') ?? 1);
        if (t.selfClosing) col += repeat;
        else cell = { repeat, parts: [], paragraphs: 0 };
      } else if (cell) {
        const text = cell.parts.join('');
        // Repeating a non-empty cell is rare; a bounded copy keeps it so.
        for (let i = 0; i < Math.min(cell.repeat, 1000); i++) if (text && sheet) sheet.cells.push({ row, col: col + i + 1, text });
        col += cell.repeat;
        cell = null;
      }
    } else if (t.tag === 'text:p' && cell && !t.closing) {
      if (cell.paragraphs++ > 0) cell.parts.push(' ');
    } else if ((t.tag === 'text:s' || t.tag === 'text:tab') && cell) cell.parts.push(' ');
    else if (t.text !== undefined && cell) cell.parts.push(decodeXml(t.text));
  }
  return out;
}

export function scanOds(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const xml = openDocumentContent(data);
  for (const s of odsSheets(xml)) detectSheet(s.name, withCheckBoxes(s.cells, s.boxes), detect, 'xlsx', sink, s.notes);
}
