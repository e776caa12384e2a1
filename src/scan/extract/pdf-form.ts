// A filled PDF form (AcroForm: a registration form, a CERFA filled in a reader) keeps what was typed in
// its fields, apart from the page's text: pdfjs's text content never shows it. Each field is read
// under its label — its tooltip, its name, or the words printed just left of it or above it.
import { boxMark } from '../../core/scan/box-marks.ts';
import { columnType } from '../../core/scan/columns.ts';

/** What pdfjs gives of a widget annotation (a form field), and of a page's text run. */
interface Widget {
  subtype?: string;
  fieldType?: string;
  checkBox?: boolean;
  exportValue?: unknown;
  radioButton?: boolean;
  buttonValue?: unknown;
  fieldName?: string;
  alternativeText?: string;
  fieldValue?: unknown;
  rect?: number[];
  /** A comment's text and author (a sticky note, a text box drawn over the page). */
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
}
interface TextRun {
  str: string;
  transform: number[];
  width: number;
}

export interface FormField {
  /** What the field is, as a column header would say it (« Date de naissance »), or '' when nothing says. */
  label: string;
  value: string;
  /** The field's own name, for the locator. */
  name: string;
}

/** The typed fields of a page: text fields and choices, not check boxes; the label that says what each holds. */
export function formFields(annotations: readonly Widget[], runs: readonly TextRun[]): FormField[] {
  const out: FormField[] = [];
  for (const a of annotations) {
    if (a.subtype !== 'Widget' || (a.fieldType !== 'Tx' && a.fieldType !== 'Ch')) continue;
    const value = (Array.isArray(a.fieldValue) ? a.fieldValue.filter((v) => typeof v === 'string').join(', ') : typeof a.fieldValue === 'string' ? a.fieldValue : '').trim();
    if (!value) continue;
    const name = lastPart(a.fieldName ?? '');
    // the printed words last, and only on a page of a reasonable size: each field looks over every run
    const label = [a.alternativeText ?? '', name].find(says) ?? (runs.length * annotations.length <= MAX_PAIRS ? [printedLabel(a.rect, runs)].find(says) : undefined) ?? '';
    out.push({ label, value, name: name || 'sans nom' });
  }
  return out;
}

// fields × text runs of a page looked at for labels (a hostile page of 10 000 of each stays linear)
const MAX_PAIRS = 2_000_000;

const says = (label: string) => label.length > 0 && label.length <= 80 && columnType(label) !== null;

// Annotations that only show another's text (a comment's popup) or lead elsewhere (a link)
const NO_COMMENT = new Set(['Widget', 'Popup', 'Link']);

/**
 * The comments drawn on a page (sticky notes, text boxes, highlights with a remark: « Client : Julie
 * Martin, diabétique »), their author first: none of it is in the page's text either.
 */
export function pageComments(annotations: readonly Widget[]): string[] {
  const out: string[] = [];
  for (const a of annotations) {
    if (a.subtype === undefined || NO_COMMENT.has(a.subtype)) continue;
    const text = (a.contentsObj?.str ?? '').trim();
    if (text) out.push(`${(a.titleObj?.str ?? '').trim()} ${text}`.trim().replace(/[\r\n]+/g, ' '));
  }
  return out;
}

/**
 * A form's check boxes, each with the words printed right of it on its line (« ☐ Diabète », « ☒ Grossesse en
 * cours »): the box's state is no part of the page's text, only its label is, and a label left unchecked read alone
 * says what it does not (« Diabète »). Each label's run gets « ☐ » or « ☒ » before it; a ticked box is a field too,
 * its label the value, read with the form's other fields.
 */
export function checkBoxes(annotations: readonly Widget[], runs: readonly TextRun[]): { marks: Map<TextRun, string>; ticked: FormField[] } {
  const marks = new Map<TextRun, string>();
  const ticked: FormField[] = [];
  let pairs = 0;
  for (const a of annotations) {
    // (a radio button too, « ☐ Oui ☒ Non » after a question: only its mark, « Oui » alone says nothing)
    if (a.subtype !== 'Widget' || a.fieldType !== 'Btn' || !(a.checkBox || a.radioButton)) continue;
    // (a hostile page of 10 000 boxes and as many runs stays linear, as the fields' labels do)
    pairs += runs.length;
    if (pairs > MAX_PAIRS) break;
    const on = a.checkBox ? a.exportValue : a.buttonValue;
    const checked = typeof a.fieldValue === 'string' && a.fieldValue !== 'Off' && a.fieldValue === on;
    const run = labelOnTheRight(a.rect, runs);
    if (run && !marks.has(run)) marks.set(run, `${boxMark(checked)} `);
    const label = run?.str.trim() || (a.alternativeText ?? '').trim();
    if (checked && label && a.checkBox) ticked.push({ label: '', value: label, name: lastPart(a.fieldName ?? '') || 'sans nom' });
  }
  return { marks, ticked };
}

/** The run printed just right of a box on its line, within a short reach. PDF coordinates: y grows upwards. */
function labelOnTheRight(rect: number[] | undefined, runs: readonly TextRun[]): TextRun | undefined {
  if (!rect || rect.length < 4) return undefined;
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  const height = Math.max(Math.abs(y2 - y1), 8);
  const middle = (y1 + y2) / 2;
  const boxRight = Math.max(x1, x2);
  let best: { run: TextRun; gap: number } | undefined;
  for (const run of runs) {
    if (!run.str.trim()) continue;
    const gap = run.transform[4]! - boxRight;
    if (gap >= -2 && gap < 40 && Math.abs(run.transform[5]! - middle) <= height && (!best || gap < best.gap)) best = { run, gap };
  }
  return best?.run;
}

/** « topmostSubform[0].Page1[0].Nom[0] » → « Nom » (a form designer's full names). */
function lastPart(fieldName: string): string {
  const last = fieldName.split('.').pop() ?? '';
  return last.replace(/\[\d+\]$/, '').trim();
}

/**
 * The words printed just left of a field on its line (« Date de naissance : » before the box), or
 * just above it, within a short reach; '' when none. PDF coordinates: y grows upwards.
 */
function printedLabel(rect: number[] | undefined, runs: readonly TextRun[]): string {
  if (!rect || rect.length < 4) return '';
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  const height = Math.max(Math.abs(y2 - y1), 8);
  const middle = (y1 + y2) / 2;
  let left: { run: TextRun; gap: number } | null = null;
  let above: { run: TextRun; gap: number } | null = null;
  for (const run of runs) {
    const text = run.str.trim();
    if (!text) continue;
    const x = run.transform[4]!;
    const y = run.transform[5]!;
    const right = x + run.width;
    // (a label may run a little under its box: a few points of overlap)
    if (Math.abs(y - middle) <= height && x < Math.min(x1, x2) && right <= Math.min(x1, x2) + 12) {
      const gap = Math.max(0, Math.min(x1, x2) - right);
      if (gap < 250 && (!left || gap < left.gap)) left = { run, gap };
    } else if (y > Math.max(y1, y2) && x < Math.max(x1, x2) && right > Math.min(x1, x2)) {
      const gap = y - Math.max(y1, y2);
      if (gap < 3 * height && (!above || gap < above.gap)) above = { run, gap };
    }
  }
  return (left ?? above)?.run.str.trim().replace(/\s*:$/, '') ?? '';
}
