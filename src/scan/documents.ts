// Office documents, PDFs and zip archives, read whole from memory: a file's bytes, or a document
// attached to an e-mail (its findings then carry the locator « pièce jointe « devis.pdf », page 2 »).
import { scanCompressed, scanOtherArchive, scanZip } from './extract/archive.ts';
import { scanDoc } from './extract/doc.ts';
import { scanMsg } from './extract/msg.ts';
import { scanDocx } from './extract/docx.ts';
import type { Attachment } from './extract/mime.ts';
import { scanOdp } from './extract/odp.ts';
import { scanOds } from './extract/ods.ts';
import { scanOdt } from './extract/odt.ts';
import { scanPdf } from './extract/pdf.ts';
import { scanPpt } from './extract/ppt.ts';
import { scanPptx } from './extract/pptx.ts';
import { scanPst } from './extract/pst.ts';
import { scanRtf } from './extract/rtf.ts';
import { detectFileName } from './file-name.ts';
import { scanVcard } from './extract/vcard.ts';
import { scanIcal } from './extract/ical.ts';
import { scanEmbeddedImages, scanImage } from './extract/image.ts';
import type { FindingSink } from './extract/sink.ts';
import { scanTextFile, type Detect } from './extract/text.ts';
import { scanXls } from './extract/xls.ts';
import { scanXlsx } from './extract/xlsx.ts';
import { scanSqlite } from './extract/sqlite.ts';
import { scanIwork } from './extract/iwork.ts';
import { isZip } from './extract/zip.ts';
import { isDocumentFormat, isLegacyOffice, legacyReading, readFormat, textHint, unreadKindOf, type DocumentFormat, type FileFormat } from './formats.ts';
import { fileErrors, ScanFileError } from './errors.ts';
import type { UnreadKind } from '../core/scan/unread.ts';

const OFFICE_ZIPS = new Set<DocumentFormat>(['docx', 'doc', 'xlsx', 'xls', 'pptx', 'ppt', 'odt', 'ods', 'odp']);

/** Reads a document; returns the number of pages of a PDF. */
export async function scanDocument(format: DocumentFormat, data: Uint8Array, detect: Detect, sink: FindingSink, onPage?: (n: number, total: number) => void, name = sink.path): Promise<number | undefined> {
  // an archive's entry: its name first, as a file's on disk (« Clients/CNI_Yannick_Kerbrat.pdf »)
  const inner = (f: FileFormat, d: Uint8Array, n: string, sameName?: boolean) => {
    if (!sameName) detectFileName(n, detect, sink);
    return readInner(f, d, detect, sink, () => onPage?.(1, 1), n);
  };
  // (and one not read: a photo, an archive inside)
  const seeName = (n: string) => sink.withinNow(`dans l’archive : ${n}`, () => detectFileName(n, detect, sink));
  if (format === 'docx' || (format === 'doc' && isZip(data))) scanDocx(data, detect, sink);
  else if (format === 'doc') await scanDoc(data, detect, sink);
  else if (format === 'xlsx' || (format === 'xls' && isZip(data))) scanXlsx(data, detect, sink);
  else if (format === 'xls') await scanXls(data, detect, sink);
  else if (format === 'numbers') await scanXls(data, detect, sink, 'numbers');
  else if (format === 'xlsb') await scanXls(data, detect, sink, 'xlsb');
  else if (format === 'ods') scanOds(data, detect, sink);
  else if (format === 'odt') scanOdt(data, detect, sink);
  else if (format === 'pptx' || (format === 'ppt' && isZip(data))) scanPptx(data, detect, sink);
  else if (format === 'ppt') await scanPpt(data, detect, sink);
  else if (format === 'odp') scanOdp(data, detect, sink);
  else if (format === 'zip') await scanZip(data, sink, inner, seeName);
  else if (format === 'image') await scanImage(data, detect, sink, () => onPage?.(1, 1));
  else if (format === 'archive') await scanOtherArchive(data, sink, inner, seeName);
  else if (format === 'compressed') await scanCompressed(data, name, sink, inner, seeName);
  else if (format === 'msg') await scanMsg(data, detect, sink, (list) => scanAttachments(list, detect, sink, () => onPage?.(1, 1)));
  else if (format === 'rtf') scanRtf(data, detect, sink);
  else if (format === 'vcf') scanVcard(data, detect, sink);
  else if (format === 'ics') scanIcal(data, detect, sink);
  else if (format === 'sqlite') scanSqlite(data, detect, sink);
  else if (format === 'iwork') scanIwork(data, detect, sink, name);
  else if (format === 'pst') await scanPst(Buffer.from(data.buffer, data.byteOffset, data.byteLength), detect, sink, (list) => scanAttachments(list, detect, sink, () => onPage?.(1, 1)), () => onPage?.(1, 1));
  else return scanPdf(data, detect, sink, onPage ?? (() => {}));
  // the pictures pasted into an Office or OpenDocument file, when images are read
  if (sink.readImages && OFFICE_ZIPS.has(format) && isZip(data)) await scanEmbeddedImages(data, detect, sink, () => onPage?.(1, 1));
  return undefined;
}

/**
 * The files attached to an e-mail or an Outlook message, after its text, each located in its
 * attachment. One not read (an image, one too large, protected or damaged) is counted in
 * « Fichiers non lus »: the message itself was read.
 */
export async function scanAttachments(attachments: Attachment[], detect: Detect, sink: FindingSink, alive: () => void = () => {}, namesRead = false): Promise<void> {
  for (const a of attachments) {
    const format = readFormat(a.name, sink.readImages);
    const place = `pièce jointe « ${a.name} »`;
    // its name first, as a file's on disk (an Outlook message's « Arrêt de travail - Jean Dupont.pdf », a photo not read
    // too: « CNI Yannick Kerbrat.jpg »); an e-mail's were read with its headers (`namesRead`)
    if (!namesRead) sink.withinNow(place, () => detectFileName(a.name, detect, sink));
    if (a.tooBig || format === 'binaire') sink.countUnread(a.tooBig ? 'illisible' : unreadKindOf(a.name));
    // (text attachments of an Outlook message: those of an .eml are read in place)
    else await sink.within(place, () => readInner(format, a.data, detect, sink, alive, a.name));
  }
}

/**
 * A file taken out of another one (attachment, archive entry), read as if it were on disk.
 * One that cannot be read is counted as not read, by what its failure says.
 */
export async function readInner(named: FileFormat, data: Uint8Array, detect: Detect, sink: FindingSink, alive: () => void, name?: string): Promise<void> {
  // (a « .doc » or « .xls » that is really RTF, HTML or CSV: formats.ts)
  const legacy = isLegacyOffice(named) ? legacyReading(named, data.subarray(0, 4096)) : null;
  const format = legacy?.as === 'document' ? legacy.format : named;
  try {
    if (legacy?.as === 'text') {
      if (scanTextFile({ fd: data, format: legacy.hint, detect, sink, onBytes: () => {} }) === 'binary') throw fileErrors.corrupt('Office');
    } else if (isDocumentFormat(format)) await scanDocument(format, data, detect, sink, alive, name);
    else scanTextFile({ fd: data, format: textHint(format), detect, sink, onBytes: () => {} });
  } catch (e) {
    sink.countUnread(innerUnreadKind(e));
  }
  alive();
}

/** What a file inside another one is when it cannot be read: said in « Fichiers non lus ». */
function innerUnreadKind(e: unknown): UnreadKind {
  const code = e instanceof ScanFileError ? e.code : null;
  if (code === 'PROTEGE') return 'chiffre';
  // a PDF without text is a scan: the images' advice fits it
  if (code === 'SANS_TEXTE') return 'image';
  if (code === 'PAS_SQLITE') return 'base';
  if (code === 'PAS_IWORK') return 'bureautique';
  return 'illisible';
}
