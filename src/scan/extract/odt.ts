// OpenDocument text (.odt, LibreOffice Writer): paragraphs and headings of content.xml;
// locator « paragraphe N », as for Word.
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { decodeXml, xmlTokens } from './xml.ts';
import { openDocumentContent } from './opendocument.ts';

export function odtParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] | null = null;
  let depth = 0;
  for (const t of xmlTokens(xml)) {
    if (t.tag === 'text:p' || t.tag === 'text:h') {
      if (t.selfClosing) {
        if (!current) paragraphs.push('');
      } else if (!t.closing) {
        if (depth++ === 0) current = [];
        else current?.push(' ');
      } else if (--depth === 0 && current) {
        paragraphs.push(current.join(''));
        current = null;
      }
    } else if (current && (t.tag === 'text:s' || t.tag === 'text:line-break')) current.push(' ');
    else if (current && t.tag === 'text:tab') current.push('\t');
    else if (current && t.text !== undefined) current.push(decodeXml(t.text));
  }
  return paragraphs;
}

export function scanOdt(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const xml = openDocumentContent(data);
  addSegmentDetections(sink, odtParagraphs(xml), (text) => detect(text, { format: 'docx' }), (i) => `paragraphe ${i + 1}`);
}
