// The scanner's vocabulary, shared by the detectors (pure, src/core/scan), the engine
// (src/scan), the stored summaries and the register's drift check. No raw value ever
// appears in these types: only positions, lengths and masked forms.
import type { SqlFile } from './sqltables.ts';

export const COURANTES = ['email', 'phone', 'postal_address', 'person_name', 'birth_date', 'ip_address', 'siren', 'siret'] as const;
/** What free text says of someone (RGPD art. 9, and art. 10's offences): the lexicon's types, read about people only. */
export const SPECIAL_CATEGORIES = ['health', 'religion', 'political', 'union_membership', 'sexual_orientation', 'ethnic_origin', 'criminal_offence', 'sex_life', 'genetic'] as const;
export const SENSIBLES = ['iban', 'card', 'nir', ...SPECIAL_CATEGORIES] as const;

export type FindingType = (typeof COURANTES)[number] | (typeof SENSIBLES)[number];
export type FindingCategory = 'courante' | 'sensible';
export const FINDING_TYPES: readonly FindingType[] = [...COURANTES, ...SENSIBLES];

export function categoryOf(type: FindingType): FindingCategory {
  return (SENSIBLES as readonly string[]).includes(type) ? 'sensible' : 'courante';
}

/** One detection inside a block of text. Offsets count UTF-16 code units of that text. */
export interface Detection {
  readonly type: FindingType;
  readonly category: FindingCategory;
  readonly start: number;
  readonly length: number;
  /** At most the first and last characters of the value, the rest replaced by '•'. */
  readonly masked: string;
}

/** What the engine knows about the text it hands to the detectors. */
export interface DetectHints {
  format?: 'text' | 'csv' | 'tsv' | 'json' | 'html' | 'eml' | 'xlsx' | 'docx' | 'pdf';
  /** For csv/tsv chunks after the first one: the header line of the file, when it has one. */
  headerLine?: string;
  /** For spreadsheet cells, one per line of the text: the header of their column, when it announces a type. */
  columnHeader?: string;
  /** What the table says that column holds when its header alone does not (a patient table's « Motif »: tableTypes). */
  columnAnnounces?: FindingType;
  /**
   * Each line is about a person: a row or a cell of a table that has a column of names, a field of a
   * contact card. A special-category mention there (« diabétique » in a client's « Notes ») needs no
   * pronoun or name beside it.
   */
  aboutPeople?: boolean;
  /** For a text file's blocks: its SQL dump's state, which each block reads and updates (sqltables.ts). */
  sqlFile?: SqlFile;
  /** For an HTML page's blocks: its tables' cells in this block, by row and column (src/scan/extract/html-tables.ts). */
  htmlTables?: readonly HtmlTable[];
}

/** A table of an HTML page, as much of it as one block holds: its header's words (read in an earlier block, maybe) and its rows' cells here. */
export interface HtmlTable {
  header: readonly string[];
  /** Per row, its cells: [column, start, end) in the block's text. */
  rows: ReadonlyArray<ReadonlyArray<readonly [number, number, number]>>;
}

/** One finding in a report (jsonl line). line/column are 1-based, UTF-16 code units. */
export interface Finding {
  path: string;
  type: FindingType;
  category: FindingCategory;
  line?: number;
  column?: number;
  /** For xlsx/docx/pdf: sheet!cell, page N, paragraph N. */
  locator?: string;
  length: number;
  masked: string;
}

/** The stored summary of one scan, per tenant: what the register's drift check reads. */
export interface ScanSummary {
  id: string;
  scannedAt: string;
  roots: string[];
  files: ScannedFileSummary[];
  totals: Partial<Record<FindingType, number>>;
}

export interface ScannedFileSummary {
  /** Absolute path on the machine that ran the scan. */
  path: string;
  /** The folder holding the file (absolute). */
  folder: string;
  size: number;
  /** File modification date (ISO-8601), for retention drift. */
  modifiedAt: string;
  counts: Partial<Record<FindingType, number>>;
  /** A French message when the file could not be read. */
  error?: string;
}
