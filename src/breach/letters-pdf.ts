// Mail-merged postal letters: one A4 page per person, the address block placed for a window
// envelope (DL, window on the right). The body shrinks a little when a letter is long, so
// that each person's letter stays on one sheet.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import PDFDocument from 'pdfkit';

export interface LetterPage {
  sender: string[];
  recipient: string[];
  /** From the date line to the signature. */
  body: string;
}

const MARGIN = 56;
const MAX_SIZE = 10.5;
const MIN_SIZE = 6.5;
/** Space between paragraphs, in lines. */
const GAP = 0.5;

// Helvetica has no glyph for the narrow no-break space used by fr-FR numbers.
const safe = (s: string): string => s.replace(/[\u202f\u2009]/g, ' ');

interface Block {
  heading: string | null;
  text: string;
}

/** A short first line without final punctuation (« Ce qui s’est passé ») reads as a heading; so does « Objet : ». */
function paragraphs(body: string): Block[] {
  return body.split('\n\n').map((p) => {
    const [first = '', ...rest] = p.split('\n');
    if (first.startsWith('Objet : ')) return { heading: first, text: rest.join('\n') };
    const isHeading = rest.length > 0 && first.length < 60 && !/[.,:;!?]$/.test(first);
    return isHeading ? { heading: first, text: rest.join('\n') } : { heading: null, text: p };
  });
}

function height(doc: PDFKit.PDFDocument, blocks: readonly Block[], size: number, width: number): number {
  let h = 0;
  for (const b of blocks) {
    if (b.heading) h += doc.font('Helvetica-Bold').fontSize(size).heightOfString(b.heading, { width, lineGap: 1 });
    if (b.text) h += doc.font('Helvetica').fontSize(size).heightOfString(b.text, { width, lineGap: 1 });
    h += doc.currentLineHeight(true) * GAP;
  }
  return h;
}

/**
 * The event loop gets a turn after this many milliseconds of layout: 1 500 short letters held the
 * server 1.7 s; a long letter, whose type is shrunk until it fits, takes ten times a short one.
 */
const TURN_MS = 50;

export async function renderLettersPdf(pages: readonly LetterPage[], meta: { title: string; date: Date }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: meta.title, Author: 'Rempart', Producer: 'Rempart', Creator: 'Rempart', CreationDate: meta.date, ModDate: meta.date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const written = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  written.catch(() => undefined); // awaited below; this only keeps an error after a throw in the layout from going unhandled

  let turn = performance.now();
  for (const page of pages) {
    if (performance.now() - turn > TURN_MS) {
      await yieldToLoop();
      turn = performance.now();
    }
    doc.addPage();
    const width = doc.page.width - 2 * MARGIN;
    doc.fillColor('#1d2433').font('Helvetica-Bold').fontSize(10).text(safe(page.sender[0] ?? ''), MARGIN, MARGIN);
    doc.font('Helvetica').fontSize(10).text(safe(page.sender.slice(1).join('\n')));
    // Window of a DL envelope: about 11 cm from the left edge, 4.5 cm from the top.
    doc.fontSize(11).text(safe(page.recipient.join('\n')), 312, 140, { width: doc.page.width - 312 - MARGIN });
    const top = Math.max(doc.y, 200) + 20;
    const room = doc.page.height - MARGIN - top;
    const blocks = paragraphs(safe(page.body));
    let size = MAX_SIZE;
    while (size > MIN_SIZE && height(doc, blocks, size, width) > room) size -= 0.5;
    // Below the smallest size the letter simply continues on a second sheet.
    doc.x = MARGIN;
    doc.y = top;
    for (const b of blocks) {
      if (b.heading) doc.font('Helvetica-Bold').fontSize(size).text(b.heading, { width, lineGap: 1 });
      if (b.text) doc.font('Helvetica').fontSize(size).text(b.text, { width, lineGap: 1 });
      doc.moveDown(GAP);
    }
  }
  doc.end();
  return written;
}
