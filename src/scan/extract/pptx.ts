// PowerPoint (.pptx): the paragraphs of each slide, of its speaker notes (where a trainer or a
// coach writes about people) and of the reviewers' comments; locator « diapositive N,
// paragraphe M ». Slides are numbered by their part name (slide3.xml), which is their order
// unless they were moved after creation.
import { fileErrors } from '../errors.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { ooxmlParagraphs, type ParagraphTags } from './xml.ts';
import { readZipEntries } from './zip.ts';

// Slide comments (<p:text>) hold their text outside any paragraph.
const DRAWING: ParagraphTags = { paragraph: 'a:p', text: ['a:t', 'p:text'], tab: 'a:tab', breaks: ['a:br'] };

export const drawingParagraphs = (xml: string): string[] => ooxmlParagraphs(xml, DRAWING);

// (PowerPoint for Microsoft 365 writes its comments and their replies as « modernComment_8A1_3F2C4E7B.xml »)
const PART = /^ppt\/(slides\/slide|notesSlides\/notesSlide|comments\/comment|comments\/modernComment_)([0-9A-Fa-f_]+)\.xml$/;
const LABEL: Record<string, string> = { 'slides/slide': 'diapositive', 'notesSlides/notesSlide': 'notes de la diapositive', 'comments/comment': 'commentaires', 'comments/modernComment_': 'commentaires' };

export function scanPptx(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const entries = readZipEntries(data, 'PowerPoint', (n) => n === 'ppt/presentation.xml' || PART.test(n));
  if (entries.text('ppt/presentation.xml') === undefined) throw fileErrors.corrupt('PowerPoint');
  const parts = entries
    .names()
    .map((name) => ({ name, m: PART.exec(name) }))
    .filter((p): p is { name: string; m: RegExpExecArray } => p.m !== null)
    // slides first, then notes, then comments; each in number order
    .sort((a, b) => Object.keys(LABEL).indexOf(a.m[1]!) - Object.keys(LABEL).indexOf(b.m[1]!) || Number(a.m[2]) - Number(b.m[2]) || a.m[2]!.localeCompare(b.m[2]!));
  const hints = { format: 'docx' as const };
  for (const { name, m } of parts) {
    const label = m[1]!.startsWith('comments/') ? LABEL[m[1]!]! : `${LABEL[m[1]!]} ${m[2]}`;
    addSegmentDetections(sink, drawingParagraphs(entries.text(name) ?? ''), (text) => detect(text, hints), (i) => `${label}, paragraphe ${i + 1}`);
  }
}
