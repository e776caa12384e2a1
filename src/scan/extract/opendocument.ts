// The content.xml of an OpenDocument file (.odt, .ods, .odp): a file encrypted by LibreOffice
// keeps its manifest in clear and says so there.
import { fileErrors } from '../errors.ts';
import { attr, decodeXml, type XmlToken } from './xml.ts';
import { readZipEntries } from './zip.ts';

export function openDocumentContent(data: Uint8Array): string {
  const entries = readZipEntries(data, 'OpenDocument', (n) => n === 'content.xml' || n === 'META-INF/manifest.xml');
  if (/encryption-data/.test(entries.text('META-INF/manifest.xml') ?? '')) throw fileErrors.protectedFile();
  const xml = entries.text('content.xml');
  if (xml === undefined) throw fileErrors.corrupt('OpenDocument');
  return xml;
}

/**
 * The comments LibreOffice writes inside what they are on (office:annotation, in a paragraph or a
 * sheet's cell): their author and text, not their date, kept apart from the words around them —
 * read with them, « Julie Martin 2026-01-05T10:32:00 » was glued to a name.
 */
export class AnnotationReader {
  private parts: string[] | null = null;
  private inDate = false;

  /**
   * Takes the token when it opens, belongs to or closes a comment (the caller reads it no further);
   * `done` receives the comment's text when it closes.
   */
  take(t: XmlToken, done: (text: string) => void): boolean {
    if (t.tag === 'office:annotation') {
      if (!t.closing && !t.selfClosing) this.parts = [];
      else if (t.closing && this.parts) {
        const text = this.parts.join('').replace(/\s+/g, ' ').trim();
        this.parts = null;
        this.inDate = false;
        if (text) done(text);
      }
      return true;
    }
    if (!this.parts) return false;
    if (t.tag === 'dc:date') this.inDate = !t.closing;
    else if (t.tag !== undefined) this.parts.push(' ');
    else if (t.text !== undefined && !this.inDate) this.parts.push(decodeXml(t.text));
    return true;
  }
}

/** A form check box's label and state, as declared in office:forms (« form:current-state="checked" »). */
export function checkBoxControl(attrs: string | undefined): { label: string; checked: boolean } {
  const state = attr(attrs, 'form:current-state') ?? attr(attrs, 'form:state');
  return { label: (attr(attrs, 'form:label') ?? '').replace(/\s+/g, ' ').trim(), checked: state === 'checked' };
}
