// Excel 97-2003 (.xls, .xlt), Excel's binary workbooks (.xlsb) and Apple Numbers (.numbers): the cells of each sheet through SheetJS
// (src/documents/sheetjs.ts); locator « Clients!B3 », as for .xlsx. Only OLE compound files reach
// it as .xls: a renamed .xlsx, or a web export saved as HTML/CSV with an .xls name, is read for
// what it is.
import { readBinaryWorkbook, readLegacyWorkbook, readNumbersWorkbook, WorkbookError, type ReadOptions, type SheetJs, type Workbook } from '../../documents/sheetjs.ts';
import { fileErrors } from '../errors.ts';
import { isCompoundFile } from '../../documents/compound-file.ts';
import { checkZipSize } from '../../documents/zip-size.ts';
import { isZip, ZIP_LIMITS } from './zip.ts';
import { detectSheet, type Cell } from './sheet.ts';
import type { FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

// SheetJS holds the whole workbook in memory (about ten times the file): a legacy sheet this
// large is an export, not a file kept by hand, and would exhaust the worker's heap.
export const MAX_XLS_BYTES = 50 * 1024 * 1024;

// (cellNF: each cell's number format, to write a date as the sheet shows it — days counted, as in .xlsx)
const OPTIONS: ReadOptions = { dense: true, cellFormula: false, cellHTML: false, cellText: false, cellStyles: false, cellDates: false, cellNF: true, bookVBA: false };

export async function scanXls(data: Uint8Array, detect: Detect, sink: FindingSink, kind: 'xls' | 'numbers' | 'xlsb' = 'xls'): Promise<void> {
  if (data.byteLength > MAX_XLS_BYTES) throw fileErrors.tooBig(MAX_XLS_BYTES / 1024 / 1024);
  if (kind === 'xlsb') {
    // (an encrypted .xlsb is an OLE compound file, as an encrypted .xlsx; SheetJS unpacks the whole zip: its size first)
    if (isCompoundFile(data)) throw fileErrors.protectedFile();
    if (!isZip(data)) throw fileErrors.corrupt('Excel');
    const verdict = checkZipSize(data, ZIP_LIMITS);
    if (verdict === 'trop-gros') throw fileErrors.bomb();
    if (verdict === 'endommage') throw fileErrors.corrupt('Excel');
  }
  let book: Workbook;
  let XLSX: SheetJs;
  try {
    ({ book, XLSX } = await (kind === 'numbers' ? readNumbersWorkbook : kind === 'xlsb' ? readBinaryWorkbook : readLegacyWorkbook)(data, OPTIONS));
  } catch (e) {
    if (e instanceof WorkbookError && e.reason === 'protege') throw fileErrors.protectedFile();
    throw fileErrors.corrupt(kind === 'numbers' ? 'Numbers' : 'Excel');
  }
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  for (const name of book.SheetNames) {
    const rows = book.Sheets[name]?.['!data'] ?? [];
    const cells: Cell[] = [];
    eachPresent(rows, MAX_ROWS, (row, r) =>
      eachPresent(row, MAX_COLUMNS, (cell, c) => {
        const text = cellText(XLSX, cell, date1904);
        if (text) cells.push({ row: r + 1, col: c + 1, text });
      }),
    );
    detectSheet(name, cells, detect, 'xlsx', sink);
  }
}

// Excel's own limits: a damaged file's cell « in column 4 294 901 764 » made SheetJS's row a sparse array of
// that length, which forEach walked for minutes (found by fuzz:scan on .xlsb)
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Calls `fn` on the items of a (maybe sparse) array below `limit`, without walking its holes. */
function eachPresent<T>(items: ReadonlyArray<T | undefined> | undefined, limit: number, fn: (item: T, index: number) => void): void {
  if (!items) return;
  if (items.length <= limit) {
    for (let i = 0; i < items.length; i++) if (items[i] !== undefined) fn(items[i]!, i);
    return;
  }
  for (const key of Object.keys(items)) {
    const i = Number(key);
    if (Number.isInteger(i) && i < limit && items[i] !== undefined) fn(items[i]!, i);
  }
}

/** As the .xlsx reader: strings, numbers as stored (a phone typed 0612345678 is 612345678), dates as shown. */
function cellText(XLSX: SheetJs, cell: { t: string; v?: unknown; z?: unknown } | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined) return '';
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
    const d = XLSX.SSF.parse_date_code(cell.v, { date1904 });
    if (d) return `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}`;
  }
  if (cell.t === 's' || cell.t === 'n') return String(cell.v);
  return '';
}
