// Which extractor reads a file, from its extension. Unknown extensions are tried as text
// (after a binary sniff); well-known binary ones are skipped without being opened.
import { extname, basename } from 'node:path';

export type FileFormat = 'txt' | 'md' | 'csv' | 'tsv' | 'json' | 'eml' | 'html' | 'xlsx' | 'ods' | 'docx' | 'odt' | 'pdf' | 'texte';

const BY_EXTENSION: Record<string, FileFormat> = {
  '.txt': 'txt', '.text': 'txt', '.log': 'txt', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.tsv': 'tsv', '.tab': 'tsv',
  '.json': 'json', '.jsonl': 'json', '.ndjson': 'json', '.eml': 'eml', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.ods': 'ods', '.docx': 'docx', '.odt': 'odt', '.docm': 'docx', '.pdf': 'pdf',
};

const BINARY = new Set(
  (
    '.png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .heic .psd .mp3 .mp4 .m4a .mov .avi .mkv .wav .flac .ogg .webm ' +
    '.zip .gz .tgz .bz2 .xz .7z .rar .zst .iso .dmg .exe .dll .so .dylib .bin .o .a .class .jar .wasm .pyc ' +
    '.woff .woff2 .ttf .otf .eot .sqlite .db .age .gpg .kdbx .doc .xls .ppt .pptx .odp .rtfd'
  ).split(' '),
);

export function formatOf(path: string): FileFormat | 'binaire' {
  const ext = extname(basename(path)).toLowerCase();
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  if (BINARY.has(ext)) return 'binaire';
  return 'texte';
}

export function isTextFormat(f: FileFormat): f is 'txt' | 'md' | 'csv' | 'tsv' | 'json' | 'eml' | 'html' | 'texte' {
  return f !== 'xlsx' && f !== 'ods' && f !== 'docx' && f !== 'odt' && f !== 'pdf';
}
