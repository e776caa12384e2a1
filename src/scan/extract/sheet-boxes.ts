// A spreadsheet's form check boxes, never in its cells: Excel's (Développeur › Insérer › Case à cocher) in the sheet's
// legacy VML drawing, LibreOffice Calc's in the sheet's form (ods.ts). A health questionnaire's « Diabète » box, ticked
// or not, was read as the bare word typed beside it, or as nothing.
import { boxMark } from '../../core/scan/box-marks.ts';
import { pushTo, type Cell } from './sheet.ts';
import { attr, decodeXml, xmlTokens } from './xml.ts';

export interface CheckBox {
  /** The cell under the box's top left corner (1-based, as cells are). */
  col: number;
  row: number;
  checked: boolean;
  /** The box's own label, '' when it has none or keeps Excel's default (« Case à cocher 3 »). */
  label: string;
}

// (Excel names a new box after its kind and number, in the language it runs in)
const DEFAULT_LABEL_RE = /^(?:case à cocher|case|check ?box|casilla|kontrollkästchen|casella di controllo)[ \u00a0]*\d*$/iu;
const YES_NO_RE = /^(?:oui|non|yes|no)$/iu;

/** The check boxes of a VML drawing (a comment's shape, « Note », is none). */
export function vmlCheckBoxes(vml: string): CheckBox[] {
  const out: CheckBox[] = [];
  let shape: { text: string[]; checkbox: boolean; anchor: string; checked: boolean } | null = null;
  let inTextbox = false;
  let field: 'anchor' | 'checked' | null = null;
  for (const t of xmlTokens(vml)) {
    const tag = t.tag;
    if (tag === 'v:shape') {
      if (!t.closing && !t.selfClosing) shape = { text: [], checkbox: false, anchor: '', checked: false };
      else if (t.closing && shape) {
        const box = shape.checkbox ? anchored(shape.anchor) : null;
        if (box) out.push({ ...box, checked: shape.checked, label: labelOf(shape.text.join('')) });
        shape = null;
      }
    } else if (!shape) continue;
    else if (tag === 'v:textbox') inTextbox = !t.closing && !t.selfClosing;
    else if (tag === 'x:ClientData' && !t.closing) shape.checkbox = attr(t.attrs, 'ObjectType') === 'Checkbox';
    else if (tag === 'x:Anchor') field = t.closing || t.selfClosing ? null : 'anchor';
    else if (tag === 'x:Checked') field = t.closing || t.selfClosing ? null : 'checked';
    else if ((tag === 'div' || tag === 'br') && inTextbox) shape.text.push(' ');
    else if (t.text !== undefined) {
      if (field === 'anchor') shape.anchor += t.text;
      // (1 ticked, 2 mixed: neither says yes)
      else if (field === 'checked') shape.checked = t.text.trim() === '1';
      else if (inTextbox) shape.text.push(decodeXml(t.text));
    }
  }
  return out;
}

/** The cell of an anchor « LeftColumn, LeftOffset, TopRow, TopOffset, … » (0-based). */
function anchored(anchor: string): { col: number; row: number } | null {
  const n = anchor.split(',').map((p) => Number(p.trim()));
  if (n.length < 4 || !Number.isInteger(n[0]) || !Number.isInteger(n[2]) || n[0]! < 0 || n[2]! < 0) return null;
  return { col: n[0]! + 1, row: n[2]! + 1 };
}

/** A box's label as read: blanks folded, Excel's or LibreOffice's default one (« Case à cocher 3 ») read as none. */
export function labelOf(text: string): string {
  const label = text.replace(/\s+/g, ' ').trim();
  return DEFAULT_LABEL_RE.test(label) ? '' : label;
}

/**
 * The sheet's cells with its boxes read in, as the other extractors write a box (box-marks.ts):
 * - a box with its own label is a cell of its own, « ☒ Diabète » ticked; left unchecked it says nothing, and adds
 *   none.
 * - boxes labelled « Oui », « Non » answer the question on their left in their row: their marks follow it, in their
 *   order (« Êtes-vous enceinte ? ☐ Oui ☒ Non », as special.ts reads a form's answer).
 * - a box without a label marks the one typed beside it: the cell under it, else the next one right, else the one on
 *   its left (« Diabète » then the box, a form's usual two layouts) — « ☐ Diabète » left unchecked.
 */
export function withCheckBoxes(cells: Cell[], boxes: readonly CheckBox[]): Cell[] {
  if (boxes.length === 0) return cells;
  const at = new Map<string, number>();
  cells.forEach((c, i) => {
    if (c.text.trim() !== '') at.set(`${c.col}:${c.row}`, i);
  });
  const out = [...cells];
  const marked = new Set<number>();
  const answers = new Map<number, CheckBox[]>();
  for (const box of boxes) {
    if (YES_NO_RE.test(box.label)) pushTo(answers, box.row, box);
    else if (box.label !== '') {
      if (box.checked) out.push({ col: box.col, row: box.row, text: `${boxMark(true)} ${box.label}` });
    } else {
      const i = at.get(`${box.col}:${box.row}`) ?? at.get(`${box.col + 1}:${box.row}`) ?? at.get(`${box.col - 1}:${box.row}`);
      if (i === undefined || marked.has(i)) continue;
      marked.add(i);
      out[i] = { ...out[i]!, text: `${boxMark(box.checked)} ${out[i]!.text}` };
    }
  }
  // (the rows' cells indexed once: a sheet may hold thousands of answered rows)
  const byRow = new Map<number, number[]>();
  if (answers.size > 0) out.forEach((c, i) => {
    if (answers.has(c.row) && c.text.trim() !== '') pushTo(byRow, c.row, i);
  });
  for (const [row, list] of answers) {
    list.sort((a, b) => a.col - b.col);
    const question = questionLeftOf(out, byRow.get(row) ?? [], list[0]!.col);
    const marks = list.map((b) => `${boxMark(b.checked)} ${b.label}`).join(' ');
    if (question !== undefined) out[question] = { ...out[question]!, text: `${out[question]!.text} ${marks}` };
    else for (const b of list) if (b.checked) out.push({ col: b.col, row, text: b.label });
  }
  return out;
}

/** The index of the nearest of a row's written cells (`inRow`) left of column `col`. */
function questionLeftOf(cells: readonly Cell[], inRow: readonly number[], col: number): number | undefined {
  let best: number | undefined;
  for (const i of inRow) if (cells[i]!.col < col && (best === undefined || cells[i]!.col > cells[best]!.col)) best = i;
  return best;
}
