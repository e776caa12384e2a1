// PowerPoint (.pptx): the paragraphs of each slide, of its speaker notes (where a trainer or a
// coach writes about people) and of the reviewers' comments; locator « diapositive N,
// paragraphe M ». Slides are numbered by their part name (slide3.xml), which is their order
// unless they were moved after creation.
import { fileErrors } from '../errors.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { decodeXml, xmlTokens } from './xml.ts';
import { readZipEntries } from './zip.ts';

/** Paragraphs (<a:p>) of a DrawingML part; line breaks and tabs become spaces and tabs. */
export function drawingParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  for (const t of xmlTokens(xml)) {
    if (t.tag === 'a:p') {
      if (t.selfClosing) paragraphs.push('');
      else if (!t.closing) current = [];
      else if (current) {
        paragraphs.push(current.join(''));
        current = null;
      }
    } else if (t.tag === 'a:t' || t.tag === 'p:text') inText = !t.closing && !t.selfClosing;
    else if (t.tag === 'a:br' && current) current.push(' ');
    else if (t.tag === 'a:tab' && current) current.push('\t');
    else if (t.text !== undefined && inText) (current ?? paragraphs).push(decodeXml(t.text));
  }
  return paragraphs;
}

const PART = /^ppt\/(slides\/slide|notesSlides\/notesSlide|comments\/comment)(\d+)\.xml$/;
const LABEL: Record<string, string> = { 'slides/slide': 'diapositive', 'notesSlides/notesSlide': 'notes de la diapositive', 'comments/comment': 'commentaires' };

export function scanPptx(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const entries = readZipEntries(data, 'PowerPoint', (n) => n === 'ppt/presentation.xml' || PART.test(n));
  if (entries.text('ppt/presentation.xml') === undefined) throw fileErrors.corrupt('PowerPoint');
  const parts = entries
    .names()
    .map((name) => ({ name, m: PART.exec(name) }))
    .filter((p): p is { name: string; m: RegExpExecArray } => p.m !== null)
    // slides first, then notes, then comments; each in number order
    .sort((a, b) => Object.keys(LABEL).indexOf(a.m[1]!) - Object.keys(LABEL).indexOf(b.m[1]!) || Number(a.m[2]) - Number(b.m[2]));
  const hints = { format: 'docx' as const };
  for (const { name, m } of parts) {
    const label = m[1] === 'comments/comment' ? LABEL[m[1]]! : `${LABEL[m[1]!]} ${m[2]}`;
    addSegmentDetections(sink, drawingParagraphs(entries.text(name) ?? ''), (text) => detect(text, hints), (i) => `${label}, paragraphe ${i + 1}`);
  }
}
