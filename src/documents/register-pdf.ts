// PDF of any register document (register, policy, notices, client page), drawn from the
// structured document — never from HTML — so no text can become markup or a link. Same page
// set-up and metadata as pdf.ts (A4, Helvetica, fixed dates for reproducible output); this
// renderer adds what the register needs there: heading levels, blocks in their order,
// labelled fields, tables and page numbers.
import PDFDocument from 'pdfkit';
import { oneLine } from '../core/register/documents/escape.ts';
import { buildDocument, type DocumentContext, type DocumentKind, type Section, type StructuredDocument, type Block } from '../core/register/documents/index.ts';
import type { Register } from '../core/register/model.ts';

const INK = '#1d2433';
const MUTED = '#4a5568';
const HEADING_SIZES = [16, 13, 11.5, 11];
const BODY = 10.5;
/** Metadata date when no version is given: fixed, so the same input gives the same bytes. */
const EPOCH = new Date('2000-01-01T00:00:00Z');

// The standard PDF fonts only know WinAnsi (Latin-1 plus a few typographic signs). Anything
// else (emoji, other scripts) would print as garbage: show « ? » instead, and turn the French
// narrow no-break spaces into plain spaces.
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of oneLine(text).replace(/[\u202F\u2007\u2009]/g, ' ')) {
    const code = ch.codePointAt(0)!;
    out += (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) ? ch : '?';
  }
  return out;
}

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, text: string, level: number) {
  // A heading alone at the foot of a page reads badly: start the page after instead.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
  const size = HEADING_SIZES[Math.min(level - 2, HEADING_SIZES.length - 1)] ?? BODY;
  doc.moveDown(level === 2 ? 1 : 0.7).font('Helvetica-Bold').fontSize(size).fillColor(INK).text(toWinAnsi(text));
  doc.moveDown(0.25).font('Helvetica').fontSize(BODY);
}

function block(doc: Doc, b: Block) {
  doc.font('Helvetica').fontSize(BODY).fillColor(INK);
  switch (b.type) {
    case 'paragraph':
      doc.text(toWinAnsi(b.text)).moveDown(0.4);
      return;
    case 'list':
      if (b.items.length) doc.list(b.items.map(toWinAnsi), { bulletRadius: 2, textIndent: 12 }).moveDown(0.4);
      return;
    case 'fields':
      for (const f of b.items) {
        const label = `${toWinAnsi(f.label)} : `;
        if (Array.isArray(f.value)) {
          doc.font('Helvetica-Bold').text(label.trimEnd());
          doc.font('Helvetica');
          if (f.value.length) doc.list(f.value.map(toWinAnsi), { bulletRadius: 2, textIndent: 12, indent: 12 });
          else doc.text('—', { indent: 12 });
        } else {
          doc.font('Helvetica-Bold').text(label, { continued: true }).font('Helvetica').text(toWinAnsi(f.value) || '—');
        }
        doc.moveDown(0.2);
      }
      doc.moveDown(0.2);
      return;
    case 'table':
      doc.fontSize(9).table({
        defaultStyle: { padding: 3, border: 0.5, borderColor: '#cbd5e0' },
        rowStyles: (i) => (i === 0 ? { backgroundColor: '#edf2f7' } : undefined),
        data: [b.columns.map((c) => ({ text: toWinAnsi(c), type: 'TH' as const, font: { src: 'Helvetica-Bold' } })), ...b.rows.map((r) => r.map((c) => toWinAnsi(c)))],
      });
      doc.fontSize(BODY).moveDown(0.6);
      doc.x = doc.page.margins.left;
      return;
  }
}

function section(doc: Doc, s: Section, level: number) {
  heading(doc, s.heading, level);
  for (const b of s.blocks) block(doc, b);
  for (const sub of s.sections ?? []) section(doc, sub, level + 1);
}

function pageNumbers(doc: Doc, footer: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(`${footer} — page ${i + 1 - range.start} sur ${range.count}`, doc.page.margins.left, doc.page.height - 36, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export function renderStructuredPdf(input: StructuredDocument, options: { date?: Date; compress?: boolean } = {}): Promise<Buffer> {
  const date = options.date ?? EPOCH;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      bufferPages: true,
      compress: options.compress ?? true,
      lang: 'fr-FR',
      info: { Title: toWinAnsi(input.title), Author: 'Rempart', Producer: 'Rempart', Creator: 'Rempart', CreationDate: date, ModDate: date },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(toWinAnsi(input.title));
    if (input.subtitle) doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(11).fillColor(MUTED).text(toWinAnsi(input.subtitle));
    if (input.versionLine) doc.moveDown(0.2).font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text(toWinAnsi(input.versionLine));
    for (const s of input.sections) section(doc, s, 2);
    if (input.footer) doc.moveDown(1.5).font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(toWinAnsi(input.footer));
    pageNumbers(doc, toWinAnsi(input.versionLine ? `${input.title}, ${input.versionLine.charAt(0).toLowerCase()}${input.versionLine.slice(1)}` : input.title));
    doc.end();
  });
}

/** Any register document as PDF; the version date (if any) is also the PDF's metadata date. */
export function documentPdf(kind: DocumentKind, register: Register, context: DocumentContext = {}, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = buildDocument(kind, register, context);
  return renderStructuredPdf(doc, { ...options, ...(context.version ? { date: context.version.date } : {}) });
}

/** The register of processing activities (Art. 30) as PDF. */
export function registerPdf(register: Register, context: DocumentContext = {}, options: { compress?: boolean } = {}): Promise<Buffer> {
  return documentPdf('registre', register, context, options);
}
