// SheetJS (@e965/xlsx: the npm republication of SheetJS 0.20, whose fixes for the advisories of
// npm's `xlsx` 0.18 are not on npm), for the Excel 97-2003 .xls files read by the scanner and the
// client import. Loaded on first use only, with the code pages of Excel 95 files.
import { withoutConsole } from '../util/quiet-console.ts';
import { readCompoundFile, rebuildCompoundFile } from './compound-file.ts';

const libraries = async () => {
  const [XLSX, codepages, CFB] = await Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel.full.mjs'), import('cfb')]);
  XLSX.set_cptable(codepages);
  return { XLSX, CFB: CFB.default };
};

export type SheetJs = Awaited<ReturnType<typeof libraries>>['XLSX'];
export type Workbook = ReturnType<SheetJs['read']>;
export type ReadOptions = Omit<NonNullable<Parameters<SheetJs['read']>[1]>, 'type'>;

export class WorkbookError extends Error {
  constructor(readonly reason: 'protege' | 'illisible') {
    super(reason === 'protege' ? 'Classeur protégé par mot de passe' : 'Classeur illisible');
  }
}

/**
 * An Apple Numbers spreadsheet (Numbers 2013 and later: a zip of « Index/….iwa » parts), which
 * SheetJS reads. A zip without them (another file renamed) is refused rather than read as .xlsx.
 */
export async function readNumbersWorkbook(data: Uint8Array, options: ReadOptions): Promise<{ book: Workbook; XLSX: SheetJs }> {
  const { XLSX, CFB } = await libraries();
  let parts: string[];
  try {
    parts = CFB.read(data, { type: 'buffer' }).FullPaths;
  } catch {
    throw new WorkbookError('illisible');
  }
  if (!parts.some((p) => /\/Index\/Document\.iwa$/i.test(p))) throw new WorkbookError('illisible');
  try {
    return { book: withoutConsole(() => XLSX.read(data, { ...options, type: 'buffer' })), XLSX };
  } catch {
    throw new WorkbookError('illisible');
  }
}

/**
 * An Excel binary workbook (.xlsb: a zip of « xl/workbook.bin » and binary sheets), which SheetJS reads;
 * the caller checks the zip's unpacked size first. A workbook without sheets is refused.
 */
export async function readBinaryWorkbook(data: Uint8Array, options: ReadOptions): Promise<{ book: Workbook; XLSX: SheetJs }> {
  const { XLSX } = await libraries();
  try {
    const book = withoutConsole(() => XLSX.read(data, { ...options, type: 'buffer' }));
    if (book.SheetNames.length === 0) throw new WorkbookError('illisible');
    return { book, XLSX };
  } catch {
    throw new WorkbookError('illisible');
  }
}

/**
 * An Excel 97-2003 workbook: an OLE compound file, read by Rempart first, since SheetJS, given
 * bytes that are not one (a truncated file), falls back to reading them as CSV text. SheetJS then
 * refuses a container without a workbook stream (a Word file renamed .xls).
 */
export async function readLegacyWorkbook(data: Uint8Array, options: ReadOptions): Promise<{ book: Workbook; XLSX: SheetJs }> {
  const { XLSX } = await libraries();
  let clean: Buffer;
  try {
    // SheetJS reads compound files itself, trusting them (a directory whose entries point at each
    // other aborted the process): it reads the streams rewritten
    clean = await rebuildCompoundFile(readCompoundFile(data));
  } catch {
    throw new WorkbookError('illisible');
  }
  try {
    return { book: withoutConsole(() => XLSX.read(clean, { ...options, type: 'buffer' })), XLSX };
  } catch (e) {
    // SheetJS says « File is password-protected » for an encrypted workbook (RC4 or XOR)
    throw new WorkbookError(/password-protected/i.test((e as Error | undefined)?.message ?? '') ? 'protege' : 'illisible');
  }
}
