// Reading the files people have: CSV from any tool (any of ; , tab |, UTF-8 with or without
// BOM, UTF-16 « texte Unicode » from Excel, Windows-1252 from older French software or Mac OS Roman
// from Excel for Mac), XLSX
// workbooks, Excel 97-2003 .xls ones and Apple Numbers spreadsheets. Cells are read as text;
// nothing in them is ever evaluated.
import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '../../core/errors.ts';
import { singleByteEncoding } from '../../documents/single-byte.ts';
import { checkZipSize, type ZipCaps } from '../../documents/zip-size.ts';
import { readLegacyWorkbook, readNumbersWorkbook, WorkbookError, type SheetJs, type Workbook } from '../../documents/sheetjs.ts';

export interface Sheet {
  format: 'csv' | 'xlsx' | 'xls' | 'numbers';
  encoding: string | null;
  delimiter: string | null;
  sheetName: string | null;
  headers: string[];
  rows: string[][];
  /** Row number of each data row as the spreadsheet shows it (the header is row 1). */
  rowNumbers: number[];
}

export const MAX_IMPORT_ROWS = 200_000;
const DELIMITERS = [';', ',', '\t', '|'] as const;
export const DELIMITER_LABELS: Readonly<Record<string, string>> = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation', '|': 'barre verticale' };

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a French file saved by Excel or an older tool is Windows-1252, by Excel for Mac Mac OS Roman.
    const encoding = singleByteEncoding(bytes);
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}

/** Occurrences of each candidate outside quotes, per line, over the first lines. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const counts: Array<Record<string, number>> = [];
  let current: Record<string, number> = {};
  let quoted = false;
  for (let i = 0; i < sample.length && counts.length < 50; i++) {
    const ch = sample[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      counts.push(current);
      current = {};
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) current[ch] = (current[ch] ?? 0) + 1;
  }
  if (Object.keys(current).length > 0) counts.push(current);
  let best: { delimiter: string; score: number; header: number } = { delimiter: ',', score: -1, header: 0 };
  for (const d of DELIMITERS) {
    const header = counts[0]?.[d] ?? 0;
    if (header === 0) continue;
    // The header's count should repeat on the following lines.
    const rest = counts.slice(1).filter((c) => Object.keys(c).length > 0);
    const score = rest.length === 0 ? 1 : rest.filter((c) => (c[d] ?? 0) === header).length / rest.length;
    if (score > best.score || (score === best.score && header > best.header)) best = { delimiter: d, score, header };
  }
  return best.delimiter;
}

/** Our own exports prefix formulas with a quote (see csv-safety.ts): read them back as typed. */
function unneutralise(cell: string): string {
  return /^'[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function csvError(err: unknown, lastGoodLine: number): never {
  if (err instanceof CsvError) {
    const line = Number(err.lines ?? 0);
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw invalid('CSV_MALFORME', `Fichier CSV mal formé : un guillemet (") ouvert à la ligne ${lastGoodLine + 1} n’est jamais refermé. Corrigez cette ligne ou enregistrez de nouveau le fichier depuis votre tableur.`);
    }
    if (err.code === 'CSV_INVALID_CLOSING_QUOTE') {
      throw invalid('CSV_MALFORME', `Fichier CSV mal formé à la ligne ${line} : un guillemet (") est mal placé dans une cellule entre guillemets (doublez-le : "").`);
    }
    throw invalid('CSV_MALFORME', `Fichier CSV illisible à la ligne ${line} : vérifiez qu’il s’agit bien d’un fichier CSV.`);
  }
  throw err;
}

function toSheet(format: Sheet['format'], meta: Pick<Sheet, 'encoding' | 'delimiter' | 'sheetName'>, records: Array<{ cells: string[]; number: number }>): Sheet {
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = filled;
  if (!header) throw invalid('FICHIER_VIDE', 'Le fichier ne contient aucune ligne.');
  if (data.length > MAX_IMPORT_ROWS) throw invalid('FICHIER_TROP_GRAND', `Le fichier compte ${data.length} lignes : ${MAX_IMPORT_ROWS} au maximum par import. Découpez-le en plusieurs fichiers.`);
  return {
    format,
    ...meta,
    headers: header.cells.map((h) => h.trim()),
    rows: data.map((r) => r.cells),
    rowNumbers: data.map((r) => r.number),
  };
}

export function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  let lastGoodLine = 0;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        lastGoodLine = context.lines;
        return record;
      },
    }) as string[][];
  } catch (err) {
    csvError(err, lastGoodLine);
  }
  return toSheet('csv', { encoding, delimiter, sheetName: null }, records.map((cells, i) => ({ cells: cells.map(unneutralise), number: i + 1 })));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  // A formula is never evaluated here: the value the spreadsheet last showed is taken.
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('XLSX_ILLISIBLE', 'Classeur Excel illisible : enregistrez-le de nouveau au format .xlsx, ou exportez-le en CSV.');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw invalid('FICHIER_VIDE', 'Le classeur ne contient aucune ligne.');
  const records: Array<{ cells: string[]; number: number }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(unneutralise(cellText(row.getCell(c).value)));
    records.push({ cells, number });
  });
  return toSheet('xlsx', { encoding: null, delimiter: null, sheetName: sheet.name }, records);
}

/**
 * Excel 97-2003 (.xls), through SheetJS: the first sheet with rows, formulas as last shown, dates
 * as YYYY-MM-DD from the serial number (no time zone involved), numbers as stored.
 */
const SHEETJS_OPTIONS = { dense: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false, cellDates: false, bookVBA: false } as const;

export async function readXls(bytes: Uint8Array): Promise<Sheet> {
  let read: Awaited<ReturnType<typeof readLegacyWorkbook>>;
  try {
    read = await readLegacyWorkbook(bytes, SHEETJS_OPTIONS);
  } catch (e) {
    if (e instanceof WorkbookError && e.reason === 'protege') throw invalid('XLS_PROTEGE', 'Classeur Excel protégé par mot de passe : ouvrez-le dans Excel, retirez le mot de passe, puis importez-le de nouveau.');
    throw invalid('XLS_ILLISIBLE', 'Classeur Excel (.xls) illisible : enregistrez-le de nouveau au format .xlsx, ou exportez-le en CSV.');
  }
  return firstSheetWithRows('xls', read.book, read.XLSX);
}

/** Apple Numbers (Numbers 2013 and later), through SheetJS like an .xls. */
export async function readNumbers(bytes: Uint8Array): Promise<Sheet> {
  let read: Awaited<ReturnType<typeof readNumbersWorkbook>>;
  try {
    read = await readNumbersWorkbook(bytes, SHEETJS_OPTIONS);
  } catch {
    throw invalid('NUMBERS_ILLISIBLE', 'Feuille Numbers illisible : dans Numbers, choisissez Fichier > Exporter vers > Excel, puis importez le fichier obtenu.');
  }
  return firstSheetWithRows('numbers', read.book, read.XLSX);
}

function firstSheetWithRows(format: 'xls' | 'numbers', book: Workbook, XLSX: SheetJs): Sheet {
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  for (const name of book.SheetNames) {
    const records: Array<{ cells: string[]; number: number }> = [];
    (book.Sheets[name]?.['!data'] ?? []).forEach((row, r) => {
      const cells = (row ?? []).map((cell) => unneutralise(xlsCellText(XLSX, cell, date1904)));
      if (cells.some((c) => c !== '')) records.push({ cells, number: r + 1 });
    });
    if (records.length > 0) return toSheet(format, { encoding: null, delimiter: null, sheetName: name }, records);
  }
  throw invalid('FICHIER_VIDE', 'Le classeur ne contient aucune ligne.');
}

function xlsCellText(XLSX: SheetJs, cell: { t: string; v?: unknown; z?: unknown } | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined) return '';
  if (cell.t === 's') return String(cell.v);
  if (cell.t === 'b') return cell.v ? 'oui' : 'non';
  if (cell.t !== 'n' || typeof cell.v !== 'number') return '';
  if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
    const d = XLSX.SSF.parse_date_code(cell.v, { date1904 });
    if (d) return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  }
  return String(cell.v);
}

/** A zip of « Index/….iwa » parts: a Numbers spreadsheet (the parts' names are stored in clear, even in a file cut short). */
function isNumbers(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.includes('Index/') && b.includes('.iwa');
}

const MiB = 1024 * 1024;
/**
 * What an .xlsx or a Numbers file may unpack to before a library reads it in the server's main
 * thread: 200 000 rows of 10 columns make ~100 MB of XML, ten times their zip; a zip bomb makes a
 * thousand times (a 2 MB one blocked the server 12.5 s). The ratio is the scanner's, and leaves
 * room for very repetitive sheets.
 */
const ZIP_CAPS: ZipCaps = { maxUnpacked: 300 * MiB, maxEntries: 10_000, maxRatio: 200, ratioFloor: 8 * MiB };

/** XLSX and Numbers are ZIPs (PK\x03\x04); an old binary .xls starts with an OLE header; the rest is read as CSV. */
export function containerOf(bytes: Uint8Array): 'zip' | 'compound' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'compound';
  return 'text';
}

export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw invalid('FICHIER_VIDE', 'Le fichier est vide.');
  const container = containerOf(bytes);
  if (container === 'zip') {
    // a damaged zip is left to the library, which says it in its own words
    if (checkZipSize(bytes, ZIP_CAPS) === 'trop-gros') throw invalid('CLASSEUR_TROP_GROS', `Classeur trop volumineux une fois décompressé (plus de ${ZIP_CAPS.maxUnpacked / MiB} Mo, ou ${ZIP_CAPS.maxRatio} fois sa taille) : exportez-le en CSV, ou importez-le en plusieurs fois.`);
    return isNumbers(bytes) ? readNumbers(bytes) : readXlsx(bytes);
  }
  return container === 'compound' ? readXls(bytes) : readCsv(bytes);
}
