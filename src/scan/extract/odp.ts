// OpenDocument presentation (.odp, LibreOffice Impress): the paragraphs of each page (notes
// included) of content.xml; locator « diapositive N, paragraphe M », as for PowerPoint.
import { odtParagraphs } from './odt.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { openDocumentContent } from './opendocument.ts';

/** The XML of each <draw:page> of a presentation's content.xml, in order. */
export function odpPages(xml: string): string[] {
  const pages: string[] = [];
  const open = /<draw:page[\s>]/g;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const end = xml.indexOf('</draw:page>', m.index);
    const stop = end === -1 ? xml.length : end;
    pages.push(xml.slice(m.index, stop));
    open.lastIndex = stop;
  }
  return pages;
}

export function scanOdp(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const xml = openDocumentContent(data);
  odpPages(xml).forEach((page, p) => {
    addSegmentDetections(sink, odtParagraphs(page), (text) => detect(text, { format: 'docx' }), (i) => `diapositive ${p + 1}, paragraphe ${i + 1}`);
  });
}
