// A file's own name is personal data too: « Arrêt maladie Jean Dupont.pdf », « bulletin_salaire_Marie_Martin_2026-10.pdf »,
// « compte-rendu-IRM-Nathalie-Lefebvre.docx » — read as a short text, its findings located « nom du fichier ».
import { basename, extname } from 'node:path';
import type { FindingSink } from './extract/sink.ts';
import type { Detect } from './extract/text.ts';

export const FILE_NAME_LOCATOR = 'nom du fichier';

/** A file's name as words: without its extension, « _ » and « . » as blanks, and « - » too when it joins every word. */
export function fileNameText(path: string): string {
  const name = basename(path);
  const stem = name.slice(0, name.length - extname(name).length);
  // (« Jean-Pierre Dupont » keeps its hyphen; « IRM-Nathalie-Lefebvre », written without a blank, is three words)
  const joined = !/[ _]/.test(stem) && (stem.match(/-/g)?.length ?? 0) >= 2;
  return stem.replace(joined ? /[-_.]+/g : /[_.]+/g, ' ').trim();
}

/** The findings of the file's name, before its content's. */
export function detectFileName(path: string, detect: Detect, sink: FindingSink): void {
  const text = fileNameText(path);
  if (text === '') return;
  const ds = detect(text, { format: 'text' });
  for (let i = 0; i < ds.count; i++) sink.add(ds, i, text, { locator: FILE_NAME_LOCATOR });
}
