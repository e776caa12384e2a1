// Which extractor reads a file, from its extension. Unknown extensions are tried as text
// (after a binary sniff); well-known binary ones are skipped without being opened.
import { extname, basename } from 'node:path';
import type { UnreadKind } from '../core/scan/unread.ts';
import type { TextFormat } from './extract/text.ts';
import { isRtf } from './extract/rtf.ts';
import { isCompoundFile } from '../documents/compound-file.ts';
import { isZip } from './extract/zip.ts';

export type FileFormat = 'txt' | 'md' | 'csv' | 'tsv' | 'json' | 'eml' | 'html' | 'xlsx' | 'xls' | 'xlsb' | 'ods' | 'docx' | 'doc' | 'odt' | 'pptx' | 'ppt' | 'odp' | 'pdf' | 'zip' | 'archive' | 'compressed' | 'msg' | 'image' | 'numbers' | 'pst' | 'rtf' | 'vcf' | 'ics' | 'sqlite' | 'iwork' | 'texte';

const BY_EXTENSION: Record<string, FileFormat> = {
  '.txt': 'txt', '.text': 'txt', '.log': 'txt', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.tsv': 'tsv', '.tab': 'tsv',
  '.json': 'json', '.jsonl': 'json', '.ndjson': 'json', '.eml': 'eml', '.emlx': 'eml', '.mht': 'eml', '.mhtml': 'eml', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.xls': 'xls', '.xlt': 'xls', '.xlsb': 'xlsb', '.ods': 'ods', '.docx': 'docx', '.odt': 'odt', '.docm': 'docx', '.doc': 'doc', '.dot': 'doc', '.pdf': 'pdf',
  '.pptx': 'pptx', '.pptm': 'pptx', '.ppsx': 'pptx', '.ppt': 'ppt', '.pps': 'ppt', '.pot': 'ppt', '.odp': 'odp', '.zip': 'zip', '.msg': 'msg', '.pst': 'pst', '.ost': 'pst', '.rtf': 'rtf', '.vcf': 'vcf', '.vcard': 'vcf', '.ics': 'ics', '.ical': 'ics',
  '.numbers': 'numbers', '.7z': 'archive', '.rar': 'archive', '.tar': 'archive', '.tgz': 'archive', '.tbz': 'archive', '.tbz2': 'archive', '.txz': 'archive',
  '.gz': 'compressed', '.bz2': 'compressed', '.xz': 'compressed',
  // (a « .db » that is no SQLite database, Windows's « Thumbs.db », is counted as before: extract/sqlite.ts)
  '.sqlite': 'sqlite', '.sqlite3': 'sqlite', '.db': 'sqlite', '.db3': 'sqlite',
  // Apple Pages and Keynote, and the .iwa files of a document saved as a folder (« Devis.pages/Index/Document.iwa »)
  // (a « .key » that is no Keynote presentation, a key in PEM, is counted as before: extract/iwork.ts)
  '.pages': 'iwork', '.key': 'iwork', '.iwa': 'iwork',
};
/** Images whose text Tesseract reads (image.ts), when the scan is asked to: else counted, not opened. */
const IMAGES_READ = new Set(['.png', '.jpg', '.jpeg', '.jfif', '.webp', '.bmp', '.tif', '.tiff', '.gif', '.heic', '.heif']);
/** A compressed tar; the last extension alone (.gz, .bz2, .xz) is one file compressed alone (« clients.csv.gz »). */
const COMPRESSED_TAR = /\.tar\.(gz|bz2|xz)$/i;

// Files Rempart does not read, by what they may hold (core/scan/unread.ts): the summary tells
// the owner to look at them by hand, since a scanned identity card is personal data too.
// 'autre': sounds, videos, programs, fonts, and files of unknown type found to be binary.
// ('messagerie', Outlook's .pst/.ost, is read since; the kind stays for the scans stored before.)
const UNREAD_BY_EXTENSION: Record<Exclude<UnreadKind, 'autre' | 'illisible' | 'messagerie'>, string> = {
  image: '.png .jpg .jpeg .gif .webp .bmp .tif .tiff .heic .heif .psd',
  // (.pages and .key are read since the nineteenth session: extract/iwork.ts; here for the « .key » that are no presentation)
  // (OneNote's notebooks, XPS prints, Visio, Works/WPS, WordPerfect, Project, drawings: documents of software Rempart cannot read)
  bureautique: '.rtfd .key .pub .vsd .vsdx .vsdm .one .onetoc2 .onepkg .xps .oxps .wps .wpd .mpp .odg',
  archive: '.zst .iso .dmg',
  // (.sqlite and .db are read since the eighteenth session: here for those that cannot be)
  base: '.sqlite .sqlite3 .db .db3 .mdb .accdb',
  chiffre: '.age .gpg .kdbx',
};
const OTHER_BINARY = '.ico .mp3 .mp4 .m4a .mov .avi .mkv .wav .flac .ogg .webm .exe .dll .so .dylib .bin .o .a .class .jar .wasm .pyc .woff .woff2 .ttf .otf .eot';

const UNREAD = new Map<string, UnreadKind>([
  ...Object.entries(UNREAD_BY_EXTENSION).flatMap(([kind, exts]) => exts.split(' ').map((e) => [e, kind as UnreadKind] as const)),
  ...OTHER_BINARY.split(' ').map((e) => [e, 'autre' as UnreadKind] as const),
]);

export function formatOf(path: string): FileFormat | 'binaire' {
  if (COMPRESSED_TAR.test(path)) return 'archive';
  const ext = extname(basename(path)).toLowerCase();
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  if (IMAGES_READ.has(ext)) return 'image';
  if (UNREAD.has(ext)) return 'binaire';
  return 'texte';
}

/** The format a file is read as in a scan that reads images or not: an image is otherwise skipped, as binary. */
export function readFormat(path: string, readImages: boolean): FileFormat | 'binaire' {
  const f = formatOf(path);
  return f === 'image' && !readImages ? 'binaire' : f;
}

/** What an unread file (skipped as binary, or found binary when read) may be. */
export function unreadKindOf(path: string): UnreadKind {
  if (isArchive(formatOf(path))) return 'archive';
  return UNREAD.get(extname(basename(path)).toLowerCase()) ?? 'autre';
}

/** Streamed as text; every other format is a document, read whole from memory (documents.ts). */
const TEXT_FORMATS = ['txt', 'md', 'csv', 'tsv', 'json', 'eml', 'html', 'texte'] as const;
export type TextFileFormat = (typeof TEXT_FORMATS)[number];
export type DocumentFormat = Exclude<FileFormat, TextFileFormat>;

export function isTextFormat(f: FileFormat): f is TextFileFormat {
  return (TEXT_FORMATS as readonly string[]).includes(f);
}

export function isDocumentFormat(f: FileFormat | 'binaire'): f is DocumentFormat {
  return f !== 'binaire' && !isTextFormat(f);
}

const TEXT_HINTS: Partial<Record<TextFileFormat, TextFormat>> = { csv: 'csv', tsv: 'tsv', json: 'json', html: 'html', eml: 'eml' };

/** How the text reader treats a text format (a CSV header, HTML tags, e-mail parts…). */
export function textHint(f: TextFileFormat): TextFormat {
  return TEXT_HINTS[f] ?? 'text';
}

/** Zip, 7-Zip, RAR, tar, a file compressed alone: opened when met on disk or attached to an e-mail, not when inside another archive. */
export function isArchive(f: FileFormat | 'binaire'): f is 'zip' | 'archive' | 'compressed' {
  return f === 'zip' || f === 'archive' || f === 'compressed';
}

export function isLegacyOffice(f: FileFormat): f is 'doc' | 'xls' {
  return f === 'doc' || f === 'xls';
}

/**
 * Word and Excel 97-2003 names are often worn by other files: RTF saved by Word (read as RTF),
 * a renamed .docx/.xlsx, the HTML or CSV « export Excel » of web software. From the file's first
 * bytes: the document to read it as (an OLE compound file or a zip is the named one), or else
 * how to read it as text.
 */
export function legacyReading(format: 'doc' | 'xls', head: Uint8Array): { as: 'document'; format: DocumentFormat } | { as: 'text'; hint: TextFormat } {
  if (isRtf(head)) return { as: 'document', format: 'rtf' };
  if (isCompoundFile(head) || isZip(head)) return { as: 'document', format };
  return { as: 'text', hint: legacyTextHint(format, head) };
}

function legacyTextHint(format: 'doc' | 'xls', head: Uint8Array): TextFormat {
  // (a UTF-16 export's zero bytes and byte-order mark are left out of the sniff)
  const start = Buffer.from(head).toString('latin1').replace(/\0/g, '').replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '').trimStart();
  if (start.startsWith('<')) return 'html';
  if (format === 'doc') return 'text';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'tsv' : /[;,]/.test(firstLine) ? 'csv' : 'text';
}
