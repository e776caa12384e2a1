// Office and PDF files built at test time from minimal XML (fflate), exceljs and pdfkit.
import CFB from 'cfb';
import { strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { compress } from 'snappyjs';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const wParagraphs = (paragraphs: string[]) => paragraphs.map((p) => (p === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)).join('');
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx of paragraphs; `media` adds pictures as Word keeps them (word/media/…). */
export function makeDocx(paragraphs: string[], header: string[] = [], media: Record<string, Uint8Array> = {}): Uint8Array {
  const body = wParagraphs(paragraphs);
  return zipSync({
    ...Object.fromEntries(Object.entries(media).map(([name, data]) => [`word/media/${name}`, data])),
    ...(header.length ? { 'word/header1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W_NS}>${wParagraphs(header)}</w:hdr>`) } : {}),
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

/** A docx whose document.xml (or another part) inflates to `mb` megabytes of spaces: a small zip bomb. */
export function makeDocxBomb(mb: number, part = 'word/document.xml'): Uint8Array {
  const filler = new Uint8Array(mb * 1024 * 1024).fill(0x20);
  return zipSync({ [part]: [filler, { level: 9 }] });
}

export async function makeXlsx(sheets: Record<string, (string | number | Date)[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The workbook with Excel's form check boxes drawn over its first sheet, as Excel writes them: a legacy VML drawing
 * the sheet's relationships name (its anchor's first column and row 0-based; `label` '' keeps Excel's default one).
 */
export function withCheckBoxes(xlsx: Uint8Array, boxes: Array<{ col: number; row: number; checked: boolean; label: string }>): Uint8Array {
  const parts = unzipSync(xlsx);
  const shapes = boxes.map((b, i) => `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t201" filled="f" stroked="f" o:insetmode="auto">
  <v:textbox style='mso-direction-alt:auto' o:singleclick="f"><div style='text-align:left'><font face="Segoe UI" size="160" color="auto">${esc(b.label || `Case à cocher ${i + 1}`)}</font></div></v:textbox>
  <x:ClientData ObjectType="Checkbox"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor> ${b.col - 1}, 15, ${b.row - 1}, 2, ${b.col}, 5, ${b.row - 1}, 18</x:Anchor><x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign>${b.checked ? '<x:Checked>1</x:Checked>' : ''}<x:NoThreeD/></x:ClientData>
 </v:shape>`);
  const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
 <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>
 ${shapes.join('\n ')}
</xml>`;
  parts['xl/drawings/vmlDrawing1.vml'] = strToU8(vml);
  parts['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`);
  return zipSync(parts);
}

export function makeOds(sheetName: string, rows: string[][]): Uint8Array {
  const table = rows.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="${esc(sheetName)}">${table}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
}

/**
 * An .ods with LibreOffice Calc's form check boxes: declared in the sheet's office:forms, each drawn in the cell that
 * anchors it (its row and column 1-based; `label` '' keeps none).
 */
export function makeOdsWithCheckBoxes(sheetName: string, rows: string[][], boxes: Array<{ col: number; row: number; checked: boolean; label: string }>): Uint8Array {
  const forms = boxes.map((b, i) => `<form:checkbox form:name="Case à cocher ${i + 1}" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" xml:id="control${i + 1}" form:id="control${i + 1}"${b.label ? ` form:label="${esc(b.label)}"` : ''} form:current-state="${b.checked ? 'checked' : 'unchecked'}" form:image-position="center"/>`).join('');
  const height = Math.max(rows.length, ...boxes.map((b) => b.row));
  const width = Math.max(...rows.map((r) => r.length), ...boxes.map((b) => b.col));
  const table = Array.from({ length: height }, (_, r) =>
    `<table:table-row>${Array.from({ length: width }, (_, c) => {
      const text = rows[r]?.[c] ?? '';
      const drawn = boxes.map((b, i) => (b.row === r + 1 && b.col === c + 1 ? `<draw:control draw:z-index="${i}" draw:control="control${i + 1}" svg:width="0.4cm" svg:height="0.4cm" svg:x="0.1cm" svg:y="0.1cm"/>` : '')).join('');
      return drawn || text ? `<table:table-cell office:value-type="string">${drawn}${text ? `<text:p>${esc(text)}</text:p>` : ''}</table:table-cell>` : '<table:table-cell/>';
    }).join('')}</table:table-row>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"><office:body><office:spreadsheet><table:table table:name="${esc(sheetName)}"><office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form form:name="Formulaire">${forms}</form:form></office:forms>${table}</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
}

/** An .ods whose cells may carry a comment (LibreOffice's office:annotation: its author, its date, its text). */
export function makeOdsWithNotes(sheetName: string, rows: Array<Array<string | { value: string; note: string; author: string }>>): Uint8Array {
  const cell = (c: string | { value: string; note: string; author: string }) =>
    typeof c === 'string'
      ? `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`
      : `<table:table-cell office:value-type="string"><office:annotation><dc:creator>${esc(c.author)}</dc:creator><dc:date>2026-01-05T10:32:00</dc:date><text:p>${esc(c.note)}</text:p></office:annotation><text:p>${esc(c.value)}</text:p></table:table-cell>`;
  const table = rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:spreadsheet><table:table table:name="${esc(sheetName)}">${table}</table:table></office:spreadsheet></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
}

/** A 1×1 PNG: the page of a scanned document, as far as text extraction goes. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * A PDF of text pages; `image` adds a tiny picture to each, `scans` makes pages that are only a
 * picture (a scanned page; a picture given by its path twice is one object shown twice).
 */
export function makePdf(pages: string[][], options: { userPassword?: string; image?: boolean; scans?: (Buffer | string)[] } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, ...(options.userPassword ? { userPassword: options.userPassword } : {}) });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const lines of pages) {
      doc.addPage();
      if (options.image) doc.image(TINY_PNG, 50, 50, { width: 400 });
      for (const l of lines) doc.fontSize(12).text(l);
    }
    for (const scan of options.scans ?? []) {
      doc.addPage();
      doc.image(scan, 20, 20, { width: 560 });
    }
    doc.end();
  });
}

/** A filled PDF form: each field's label printed left of it, the field named `name` holding `value` (an AcroForm text field). */
export function makePdfForm(fields: Array<{ label: string; name: string; value: string }>, notes: string[] = [], boxes: Array<{ label: string; name: string; checked: boolean }> = []): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.initForm();
    doc.fontSize(12).text("Fiche d'inscription", 50, 40);
    fields.forEach((f, i) => {
      doc.text(f.label, 50, 80 + 30 * i);
      doc.formText(f.name, 200, 75 + 30 * i, 200, 20, { value: f.value });
    });
    // check boxes, their label printed right of them, their state in /V and /AS as a reader saves it (each state drawn
    // by its appearance stream: pdfkit has no option for it)
    boxes.forEach((b, i) => {
      const y = 80 + 30 * (fields.length + i);
      const appearance = (draw: string) => {
        const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 12, 12] });
        ref.end(draw);
        return ref;
      };
      const state = b.checked ? 'Yes' : 'Off';
      doc.annotate(50, y, 12, 12, { Subtype: 'Widget', FT: 'Btn', F: 4, T: new String(b.name), V: state, AS: state, AP: { N: { Yes: appearance('0 0 m 12 12 l S'), Off: appearance('') } } } as never);
      const ref = doc.page.annotations[doc.page.annotations.length - 1];
      (doc as unknown as { _addToParent(ref: unknown): void })._addToParent(ref);
      doc.text(b.label, 70, y);
    });
    // sticky notes, as a reader's « comment » tool leaves them
    notes.forEach((n, i) => doc.note(450, 80 + 30 * i, 20, 20, n));
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
  return makeOdtOf(`<text:h text:outline-level="1">Courrier</text:h>${body}`);
}

/** An .odt whose office:text is this XML as written (comments, form controls: the namespaces they use declared). */
export function makeOdtOf(officeText: string): Uint8Array {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:text>${officeText}</office:text></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
}

const aParagraphs = (paragraphs: string[]) => paragraphs.map((p) => `<a:p><a:r><a:rPr lang="fr-FR"/><a:t>${esc(p)}</a:t></a:r></a:p>`).join('');
const P_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** A .pptx: each slide's paragraphs in one text box, and speaker notes by slide number. */
export function makePptx(slides: string[][], notes: Record<number, string[]> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'ppt/presentation.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><p:presentation ${P_NS}/>`),
  };
  slides.forEach((paragraphs, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><p:sld ${P_NS}><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>${aParagraphs(paragraphs)}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`);
  });
  for (const [n, paragraphs] of Object.entries(notes)) {
    files[`ppt/notesSlides/notesSlide${n}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><p:notes ${P_NS}><p:cSld><p:spTree><p:sp><p:txBody>${aParagraphs(paragraphs)}</p:txBody></p:sp></p:spTree></p:cSld></p:notes>`);
  }
  return zipSync(files);
}

/** A .odp: one <draw:page> per slide, its paragraphs in a text frame. */
export function makeOdp(slides: string[][]): Uint8Array {
  const pages = slides
    .map((paragraphs, i) => `<draw:page draw:name="page${i + 1}"><draw:frame><draw:text-box>${paragraphs.map((p) => `<text:p>${esc(p)}</text:p>`).join('')}</draw:text-box></draw:frame></draw:page>`)
    .join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body><office:presentation>${pages}</office:presentation></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.presentation'), { level: 0 }], 'content.xml': strToU8(content) });
}

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

interface MsgContent {
  subject: string;
  body: string;
  from: [string, string];
  to: [string, string][];
  /** A file's bytes, or a message attached as a message (an Outlook « élément joint », 3701000D). */
  attachments?: Record<string, Uint8Array | MsgContent>;
  /** An HTML body in bytes (PidTagHtml, 10130102), UTF-8, as Outlook writes it. */
  html?: string;
}

/**
 * An Outlook .msg: a compound file of MAPI property streams (subject 0037, body 1000, sender
 * 0C1A/0C1F, recipients 3001/39FE, attachment name 3707 and data 3701), as Outlook writes them.
 */
export function makeMsg(m: MsgContent): Buffer {
  const c = CFB.utils.cfb_new();
  const add = (path: string, data: Buffer) => CFB.utils.cfb_add(c, path, data);
  const message = (root: string, msg: MsgContent, header: number) => {
    add(`${root}/__properties_version1.0`, Buffer.alloc(header));
    add(`${root}/__substg1.0_0037001F`, utf16(msg.subject));
    add(`${root}/__substg1.0_1000001F`, utf16(msg.body));
    if (msg.html !== undefined) add(`${root}/__substg1.0_10130102`, Buffer.from(msg.html, 'utf8'));
    add(`${root}/__substg1.0_0C1A001F`, utf16(msg.from[0]));
    add(`${root}/__substg1.0_0C1F001F`, utf16(msg.from[1]));
    msg.to.forEach(([name, email], i) => {
      const dir = `${root}/__recip_version1.0_#${String(i).padStart(8, '0')}`;
      add(`${dir}/__properties_version1.0`, Buffer.alloc(8));
      add(`${dir}/__substg1.0_3001001F`, utf16(name));
      add(`${dir}/__substg1.0_39FE001F`, utf16(email));
    });
    Object.entries(msg.attachments ?? {}).forEach(([name, data], i) => {
      const dir = `${root}/__attach_version1.0_#${String(i).padStart(8, '0')}`;
      add(`${dir}/__properties_version1.0`, Buffer.alloc(8));
      if (data instanceof Uint8Array) {
        add(`${dir}/__substg1.0_3707001F`, utf16(name));
        add(`${dir}/__substg1.0_37010102`, Buffer.from(data));
      } else {
        // an attached message: its display name, and the message itself as a storage
        add(`${dir}/__substg1.0_3001001F`, utf16(name));
        message(`${dir}/__substg1.0_3701000D`, data, 24);
      }
    });
  };
  message('', m, 32);
  CFB.utils.cfb_del(c, '/\u0001Sh33tJ5'); // the library's own marker stream
  return CFB.write(c, { type: 'buffer' }) as Buffer;
}

export function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const field = (no: number, bytes: Uint8Array | number[]) => [...varint(no * 8 + 2), ...varint(bytes.length), ...bytes];
const number = (no: number, n: number) => [...varint(no * 8), ...varint(n)];

/** An .iwa file of Apple's Pages: one message (a storage of text: field 3, as TSWP.StorageArchive), its ArchiveInfo header, in Snappy chunks of `chunk` bytes. */
export function iwa(paragraphs: string[], chunk = 1 << 16): Uint8Array {
  const storage = [...number(1, 0), ...field(2, [...number(1, 7)]), ...field(3, strToU8(paragraphs.join('\u2029'))), ...field(5, [...number(1, 2), ...field(2, [...number(1, 12), ...number(2, 1)])])];
  const archiveInfo = [...number(1, 42), ...field(2, [...number(1, 2001), ...number(3, storage.length)])];
  const stream = new Uint8Array([...varint(archiveInfo.length), ...archiveInfo, ...storage]);
  const parts: number[] = [];
  for (let at = 0; at < stream.length; at += chunk) {
    const packed = compress(stream.subarray(at, at + chunk));
    parts.push(0, packed.length & 255, (packed.length >> 8) & 255, packed.length >> 16, ...packed);
  }
  return new Uint8Array(parts);
}

/** A Pages document: its text in Index/Document.iwa (entries stored, not deflated, when `stored`). */
export function makePages(paragraphs: string[], stored = false): Uint8Array {
  return zipSync({ 'Index/Document.iwa': iwa(paragraphs, 64), 'Metadata/Properties.plist': strToU8('bplist00') }, stored ? { level: 0 } : {});
}
