// Office documents, PDFs and zip archives, read whole from memory: a file's bytes, or a document
// attached to an e-mail (its findings then carry the locator « pièce jointe « devis.pdf », page 2 »).
import { scanZip } from './extract/archive.ts';
import { scanDoc } from './extract/doc.ts';
import { scanMsg } from './extract/msg.ts';
import { scanDocx } from './extract/docx.ts';
import type { Attachment } from './extract/mime.ts';
import { scanOdp } from './extract/odp.ts';
import { scanOds } from './extract/ods.ts';
import { scanOdt } from './extract/odt.ts';
import { scanPdf } from './extract/pdf.ts';
import { scanPptx } from './extract/pptx.ts';
import type { FindingSink } from './extract/sink.ts';
import { scanTextFile, type Detect, type TextFormat } from './extract/text.ts';
import { scanXlsx } from './extract/xlsx.ts';
import { isZip } from './extract/zip.ts';
import { formatOf, isTextFormat, unreadKindOf, type FileFormat } from './formats.ts';
import { ScanFileError } from './errors.ts';
import type { UnreadKind } from '../core/scan/unread.ts';

export type DocumentFormat = Exclude<FileFormat, 'txt' | 'md' | 'csv' | 'tsv' | 'json' | 'eml' | 'html' | 'texte'>;

export function isDocumentFormat(f: FileFormat | 'binaire'): f is DocumentFormat {
  return f !== 'binaire' && !isTextFormat(f);
}

/** Reads a document; returns the number of pages of a PDF. */
export async function scanDocument(format: DocumentFormat, data: Uint8Array, detect: Detect, sink: FindingSink, onPage?: (n: number, total: number) => void): Promise<number | undefined> {
  if (format === 'docx' || (format === 'doc' && isZip(data))) scanDocx(data, detect, sink);
  else if (format === 'doc') await scanDoc(data, detect, sink);
  else if (format === 'xlsx') scanXlsx(data, detect, sink);
  else if (format === 'ods') scanOds(data, detect, sink);
  else if (format === 'odt') scanOdt(data, detect, sink);
  else if (format === 'pptx') scanPptx(data, detect, sink);
  else if (format === 'odp') scanOdp(data, detect, sink);
  else if (format === 'zip') await scanZip(data, detect, sink, (f, d) => scanDocument(f as DocumentFormat, d, detect, sink), innerUnreadKind, () => onPage?.(1, 1));
  else if (format === 'msg') await scanMsg(data, detect, sink, (list) => scanAttachments(list, detect, sink, () => onPage?.(1, 1)));
  else return scanPdf(data, detect, sink, onPage ?? (() => {}));
  return undefined;
}

/**
 * The documents attached to an e-mail, after its text. One that cannot be read (protected,
 * damaged) is passed over: the message itself was read, and the sender still has the file.
 */
export async function scanAttachments(attachments: Attachment[], detect: Detect, sink: FindingSink, alive: () => void = () => {}): Promise<void> {
  // inside an attachment or an archive entry already (a .msg attached to an e-mail): said in full
  const outer = sink.locatorPrefix;
  for (const a of attachments) {
    const format = formatOf(a.name);
    if (a.tooBig) {
      sink.countUnread('illisible');
      continue;
    }
    if (format === 'binaire') {
      sink.countUnread(unreadKindOf(a.name));
      continue;
    }
    sink.locatorPrefix = `${outer ? `${outer}, ` : ''}pièce jointe « ${a.name} »`;
    try {
      // text attachments of an Outlook message (those of an .eml are read in place)
      if (!isDocumentFormat(format)) scanTextFile({ fd: a.data, format: TEXT_HINT[format] ?? 'text', detect, sink, onBytes: () => {} });
      else await scanDocument(format, a.data, detect, sink, alive);
      alive();
    } catch (e) {
      sink.countUnread(innerUnreadKind(e));
    } finally {
      sink.locatorPrefix = outer;
    }
  }
}

const TEXT_HINT: Partial<Record<FileFormat, TextFormat>> = { csv: 'csv', tsv: 'tsv', json: 'json', html: 'html', eml: 'eml' };

/** What a file inside another one (attachment, archive entry) is when it cannot be read: said in « Fichiers non lus ». */
export function innerUnreadKind(e: unknown): UnreadKind {
  const code = e instanceof ScanFileError ? e.code : null;
  if (code === 'PROTEGE') return 'chiffre';
  // a PDF without text is a scan: the images' advice fits it
  if (code === 'SANS_TEXTE') return 'image';
  return 'illisible';
}
