// Renders a simple structured document (title, sections, paragraphs, bullets) as A4 PDF.
import PDFDocument from 'pdfkit';

export interface PdfSection {
  heading: string;
  paragraphs: string[];
  bullets: string[];
}

export interface PdfInput {
  title: string;
  subtitle?: string;
  sections: PdfSection[];
  footer?: string;
  /** Fixed metadata date keeps output reproducible for a given input. */
  date: Date;
}

export function renderPdf(input: PdfInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      compress: options.compress ?? true,
      info: { Title: input.title, Author: 'Rempart', Producer: 'Rempart', Creator: 'Rempart', CreationDate: input.date, ModDate: input.date },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(20).fillColor('#1d2433').text(input.title);
    if (input.subtitle) doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(11).fillColor('#4a5568').text(input.subtitle);
    for (const s of input.sections) {
      doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('#1d2433').text(s.heading);
      doc.moveDown(0.3).font('Helvetica').fontSize(11);
      for (const p of s.paragraphs) doc.text(p, { align: 'left' }).moveDown(0.4);
      if (s.bullets.length) doc.list(s.bullets, { bulletRadius: 2, textIndent: 12 }).moveDown(0.4);
    }
    if (input.footer) doc.moveDown(1.5).font('Helvetica-Oblique').fontSize(9).fillColor('#4a5568').text(input.footer);
    doc.end();
  });
}
