// Office and PDF files built at test time from minimal XML (fflate), exceljs and pdfkit.
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const wParagraphs = (paragraphs: string[]) => paragraphs.map((p) => (p === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)).join('');
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function makeDocx(paragraphs: string[], header: string[] = []): Uint8Array {
  const body = wParagraphs(paragraphs);
  return zipSync({
    ...(header.length ? { 'word/header1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W_NS}>${wParagraphs(header)}</w:hdr>`) } : {}),
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

/** A docx whose document.xml inflates to `mb` megabytes of spaces: a small zip bomb. */
export function makeDocxBomb(mb: number): Uint8Array {
  const filler = new Uint8Array(mb * 1024 * 1024).fill(0x20);
  return zipSync({ 'word/document.xml': [filler, { level: 9 }] });
}

export async function makeXlsx(sheets: Record<string, (string | number)[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function makeOds(sheetName: string, rows: string[][]): Uint8Array {
  const table = rows.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="${esc(sheetName)}">${table}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
}

export function makePdf(pages: string[][], options: { userPassword?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, ...(options.userPassword ? { userPassword: options.userPassword } : {}) });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const lines of pages) {
      doc.addPage();
      for (const l of lines) doc.fontSize(12).text(l);
    }
    doc.end();
  });
}

/** The bytes of a CFB (OLE) container: what an encrypted .docx/.xlsx really is. */
export function makeCompoundFile(): Buffer {
  const b = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  return b;
}

export function makeOdt(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<text:p text:style-name="P1">${esc(p).replace(/ {2}/g, ' <text:s/>')}</text:p>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h text:outline-level="1">Courrier</text:h>${body}</office:text></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
}
