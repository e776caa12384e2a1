// OpenDocument text (.odt, LibreOffice Writer): paragraphs and headings of content.xml;
// locator « paragraphe N », as for Word.
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { attr, decodeXml, TableCursor, xmlTokens, type TableCellAt } from './xml.ts';
import { readParagraphs } from './word-tables.ts';
import { AnnotationReader, checkBoxControl, openDocumentContent } from './opendocument.ts';
import { boxMark } from '../../core/scan/box-marks.ts';

export function odtParagraphs(xml: string): string[] {
  return odtText(xml).paragraphs;
}

const TABLE_CELLS = new Set(['table:table-cell', 'table:covered-table-cell']);

/**
 * The paragraphs, and apart from them the comments (office:annotation: author and text, not date)
 * that LibreOffice writes inside the paragraph they are on: read in it, they glued « Julie Martin
 * 2026-01-05T10:32:00 » to its words.
 */
export function odtText(xml: string): { paragraphs: string[]; comments: string[]; cells: Array<TableCellAt | null> } {
  const paragraphs: string[] = [];
  const comments: string[] = [];
  // each paragraph's table cell, the innermost (a table of people is read as a sheet: word-tables.ts)
  const cells: Array<TableCellAt | null> = [];
  const cursor = new TableCursor();
  const push = (p: string) => {
    paragraphs.push(p);
    cells.push(cursor.at());
  };
  let current: string[] | null = null;
  let depth = 0;
  const annotations = new AnnotationReader();
  const keep = (text: string) => comments.push(text);
  // a form's controls (declared in office:forms, before the text), read where the paragraph draws them: a check box's
  // label is the control's and was never read (« ☒ Grossesse en cours », « ☐ Diabète », as a typed form reads), nor
  // was what was typed in a text field (« Nom : » then the field holding « Laetitia Garnier »)
  const controls = new Map<string, string>();
  for (const t of xmlTokens(xml)) {
    if (annotations.take(t, keep)) continue;
    if (t.tag === 'table:table' && !t.selfClosing) {
      if (!t.closing) cursor.enter();
      else cursor.leave();
      continue;
    }
    if (cursor.inTable && t.tag === 'table:table-row' && !t.closing) {
      cursor.row();
      continue;
    }
    if (cursor.inTable && t.tag !== undefined && TABLE_CELLS.has(t.tag) && !t.closing) {
      // (a run of empty cells written once, « number-columns-repeated »)
      cursor.cell(Math.max(1, Math.min(1024, Number(attr(t.attrs, 'table:number-columns-repeated') ?? 1) || 1)));
      continue;
    }
    if (t.tag !== undefined && !t.closing && FORM_CONTROLS.has(t.tag)) {
      const id = attr(t.attrs, 'xml:id') ?? attr(t.attrs, 'form:id');
      const text = id ? controlText(t.tag, t.attrs) : '';
      if (id && text) controls.set(id, text);
    } else if (current && t.tag === 'draw:control') {
      const text = controls.get(attr(t.attrs, 'draw:control') ?? '');
      if (text) current.push(` ${text} `);
    } else if (t.tag === 'text:p' || t.tag === 'text:h') {
      if (t.selfClosing) {
        if (!current) push('');
      } else if (!t.closing) {
        if (depth++ === 0) current = [];
        else current?.push(' ');
      } else if (--depth === 0 && current) {
        push(current.join(''));
        current = null;
      }
    } else if (current && (t.tag === 'text:s' || t.tag === 'text:line-break')) current.push(' ');
    else if (current && t.tag === 'text:tab') current.push('\t');
    else if (current && t.text !== undefined) current.push(decodeXml(t.text));
  }
  return { paragraphs, comments, cells };
}

const FORM_CONTROLS = new Set(['form:checkbox', 'form:text', 'form:textarea', 'form:formatted-text', 'form:combobox']);

/** What a form control shows: a check box its state and label, a text field what was typed in it (else its default). */
function controlText(tag: string, attrs: string | undefined): string {
  if (tag === 'form:checkbox') {
    const { label, checked } = checkBoxControl(attrs);
    return label ? `${boxMark(checked)} ${label}` : '';
  }
  return (attr(attrs, 'form:current-value') ?? attr(attrs, 'form:value') ?? '').replace(/\s+/g, ' ').trim();
}

export function scanOdt(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const { paragraphs, comments, cells } = odtText(openDocumentContent(data));
  // (a table of people read as a sheet, each cell under its header, as Word's)
  readParagraphs(paragraphs, cells, detect, sink);
  addSegmentDetections(sink, comments, (text) => detect(text, { format: 'docx' }), (i) => `commentaire ${i + 1}`);
}
