// PDF: the text of each page through pdfjs (legacy build, for Node 20); locator « page N ».
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importPlain } from '../../util/import-plain.ts';
import { fileErrors } from '../errors.ts';
import type { Pixels } from './bitmap.ts';
import { addRecognised, hasWords, recognisePixels } from './image.ts';
import { columnType } from '../../core/scan/columns.ts';
import { checkBoxes, formFields, pageComments, type FormField } from './pdf-form.ts';
import { addSegmentDetections, FieldColumns, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
// pdfjs wants a URL ending with a slash to find the fonts PDFs refer to without embedding.
const standardFontDataUrl = `${pathToFileURL(join(pdfjsRoot, 'standard_fonts')).href}/`;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// (its worker's half too, which it would import itself, as a fake worker in this thread)
const loadPdfJs = () =>
  (pdfjs ??= (async () => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await importPlain('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return importPlain<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
  })());

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** The text Tesseract reads in the pictures painted on page n (a scanned page is one picture). */
async function pageImagesText(doc: PdfDocument, n: number, alive: () => void): Promise<string[]> {
  const { OPS } = await loadPdfJs();
  const page = await doc.getPage(n);
  try {
    const ops = await page.getOperatorList();
    const lines: string[] = [];
    for (let i = 0; i < ops.fnArray.length; i++) {
      const op = ops.fnArray[i];
      if (op !== OPS.paintImageXObject && op !== OPS.paintInlineImageXObject) continue;
      const arg = (ops.argsArray[i] as unknown[])[0];
      // (an image used on several pages is kept with the document's shared objects, « g_… »)
      const objs = typeof arg === 'string' && arg.startsWith('g_') ? page.commonObjs : page.objs;
      const image = (typeof arg === 'string' ? (objs.has(arg) ? objs.get(arg) : null) : arg) as Pixels | null;
      // (icons and rules are not worth a recognition)
      if (!image?.data || image.width * image.height < 10_000) continue;
      lines.push(...(await recognisePixels(image, alive).catch(() => [])));
    }
    return lines;
  } finally {
    page.cleanup();
  }
}

export async function scanPdf(data: Uint8Array, detect: Detect, sink: FindingSink, onPage?: (page: number, pages: number) => void): Promise<number> {
  const { getDocument } = await loadPdfJs();
  // pdfjs refuses Node Buffers: hand it a plain view of the same bytes.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const task = getDocument({ data: bytes, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error | undefined)?.name;
    if (name === 'PasswordException') throw fileErrors.protectedFile();
    throw fileErrors.corrupt('PDF');
  }
  try {
    // A PDF without any text is a scan (an identity card, a signed contract): no count would say so.
    let readable = false;
    const fields: Array<FormField & { page: number }> = [];
    const comments: Array<{ text: string; page: number }> = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let text = '';
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const runs = [];
        for (const item of content.items) if ('str' in item) runs.push(item);
        // a filled form's fields and the comments drawn on the page: no part of the page's text; its check boxes'
        // states marked before their labels
        const annotations = await page.getAnnotations();
        const boxes = checkBoxes(annotations, runs);
        for (const run of runs) {
          text += (boxes.marks.get(run) ?? '') + run.str;
          text += run.hasEOL ? '\n' : '';
        }
        for (const f of [...formFields(annotations, runs), ...boxes.ticked]) fields.push({ ...f, page: n });
        for (const c of pageComments(annotations)) comments.push({ text: c, page: n });
        page.cleanup();
      } catch {
        throw fileErrors.corrupt('PDF');
      }
      readable ||= /\S/.test(text);
      addSegmentDetections(sink, [text], (t) => detect(t, { format: 'pdf' }), () => `page ${n}`);
      // a page without text is a scan: its pictures are read by Tesseract when the scan reads images
      if (sink.readImages && !/\S/.test(text)) {
        const lines = await pageImagesText(doc, n, () => onPage?.(n - 1, doc.numPages));
        readable ||= hasWords(lines);
        addRecognised(sink, lines, detect, `page ${n}, `);
      }
      onPage?.(n, doc.numPages);
    }
    if (fields.length > 0) {
      readable = true;
      // a form with a field for a name is about someone: its « Allergies » field is theirs
      const columns = new FieldColumns(fields.some((f) => f.label !== '' && columnType(f.label) === 'person_name'));
      for (const f of fields) columns.add(f.label, f.value, `page ${f.page}, champ « ${f.name} »`);
      columns.detectInto(sink, detect);
    }
    if (comments.length > 0) {
      readable = true;
      addSegmentDetections(sink, comments.map((c) => c.text), (t) => detect(t, { format: 'pdf' }), (i) => `page ${comments[i]!.page}, commentaire`);
    }
    if (!readable && doc.numPages > 0) throw sink.readImages ? fileErrors.noTextAtAll() : fileErrors.noText();
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
