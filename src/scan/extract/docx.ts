// Word (.docx): the paragraphs of word/document.xml; locator « paragraphe N ».
import type { FindingSink } from './sink.ts';
import { addSegmentDetections } from './sink.ts';
import type { Detect } from './text.ts';
import { ooxmlParagraphs, type ParagraphTags, type TableCellAt } from './xml.ts';
import { readParagraphs } from './word-tables.ts';
import { wordFormFields } from './word-form-fields.ts';
import { readZipEntries } from './zip.ts';
import { fileErrors } from '../errors.ts';

// (a tracked change's deleted text, w:delText, is still in the file and sent with it: read too, a
// blank on each side of the deletion so that « Dupont » deleted before « Durand » stays a word)
const WORD: ParagraphTags = { paragraph: 'w:p', text: ['w:t', 'w:delText'], tab: 'w:tab', breaks: ['w:br', 'w:cr', 'w:del'], table: { table: 'w:tbl', row: 'w:tr', cell: 'w:tc', span: 'w:gridSpan' } };

export const docxParagraphs = (xml: string, cells?: Array<TableCellAt | null>): string[] => ooxmlParagraphs(xml, { ...WORD, ...wordFormFields() }, cells);

/** Other parts where people's details hide: letterheads, notes, reviewers' comments. */
const OTHER_PARTS: [RegExp, string][] = [
  [/^word\/header\d*\.xml$/, 'en-tête'],
  [/^word\/footer\d*\.xml$/, 'pied de page'],
  [/^word\/footnotes\.xml$/, 'notes de bas de page'],
  [/^word\/endnotes\.xml$/, 'notes de fin'],
  [/^word\/comments\.xml$/, 'commentaires'],
];

export function scanDocx(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const entries = readZipEntries(data, 'Word', (n) => n === 'word/document.xml' || OTHER_PARTS.some(([re]) => re.test(n)));
  const xml = entries.text('word/document.xml');
  if (xml === undefined) throw fileErrors.corrupt('Word');
  const hints = { format: 'docx' as const };
  const cells: Array<TableCellAt | null> = [];
  // (a table of people read as a sheet, each cell under its header: word-tables.ts)
  readParagraphs(docxParagraphs(xml, cells), cells, detect, sink);
  for (const name of entries.names().sort()) {
    const label = OTHER_PARTS.find(([re]) => re.test(name))?.[1];
    if (!label) continue;
    addSegmentDetections(sink, docxParagraphs(entries.text(name) ?? ''), (text) => detect(text, hints), (i) => `${label}, paragraphe ${i + 1}`);
  }
}
