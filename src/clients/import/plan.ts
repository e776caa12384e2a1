// From a read sheet to what an import would do: the column mapping (guessed or chosen),
// every row read through the client schema, and duplicates within the file and against
// the clients already stored (found through the blind indexes, nothing decrypted).
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { invalid } from '../../core/errors.ts';
import {
  applyMapping,
  dedupeKeys,
  findDuplicateKeys,
  guessColumnMapping,
  IMPORT_FIELD_LABELS,
  MULTI_IMPORT_FIELDS,
  SINGLE_IMPORT_FIELDS,
  validateImportRow,
  type ColumnGuess,
  type DuplicateMatch,
  type ImportDefaults,
  type ImportField,
} from '../../core/clients/import-mapping.ts';
import type { Client } from '../../core/clients/types.ts';
import type { App } from '../../app.ts';
import type { ClientVault } from '../vault.ts';
import type { Sheet } from './read-file.ts';

export interface ColumnChoice {
  index: number;
  field: ImportField | null;
}

export interface ImportOptions {
  mapping?: ColumnChoice[];
  ignoreDuplicates?: boolean;
  defaults?: ImportDefaults;
}

export interface RowError {
  ligne: number;
  messages: string[];
}

export interface ImportPlan {
  sheet: Sheet;
  mapping: ColumnGuess[];
  valid: Array<{ rowNumber: number; client: Client }>;
  errors: RowError[];
  warnings: string[];
  duplicates: DuplicateMatch[];
}

const ALL_FIELDS: readonly string[] = [...SINGLE_IMPORT_FIELDS, ...MULTI_IMPORT_FIELDS];

/** The user's mapping over the file's headers; a single-valued field may feed from one column only. */
export function chosenMapping(headers: readonly string[], choices: readonly ColumnChoice[]): ColumnGuess[] {
  const guessed = guessColumnMapping(headers);
  const byIndex = new Map<number, ImportField | null>();
  for (const { index, field } of choices) {
    if (!Number.isInteger(index) || index < 0 || index >= headers.length) {
      throw invalid('CORRESPONDANCE_INVALIDE', `Correspondance des colonnes : la colonne n° ${index + 1} n’existe pas dans le fichier.`);
    }
    if (field !== null && !ALL_FIELDS.includes(field)) throw invalid('CORRESPONDANCE_INVALIDE', `Correspondance des colonnes : champ « ${String(field)} » inconnu.`);
    byIndex.set(index, field);
  }
  const mapping = guessed.map((g) => (byIndex.has(g.index) ? { ...g, field: byIndex.get(g.index)!, confidence: 1, note: null } : g));
  for (const field of SINGLE_IMPORT_FIELDS) {
    const columns = mapping.filter((m) => m.field === field);
    if (columns.length > 1) {
      throw invalid('CORRESPONDANCE_INVALIDE', `Correspondance des colonnes : « ${IMPORT_FIELD_LABELS[field]} » est choisi pour plusieurs colonnes (${columns.map((c) => `« ${c.header} »`).join(', ')}) ; gardez-en une seule.`);
    }
  }
  return mapping;
}

/** Rows checked (or keys hashed, four times as many) between two turns of the event loop: 15–50 ms of work. */
const YIELD_EVERY = 500;

/** A dedupe key (« email:… », « tel:+33… ») as its blind index. */
function keyIndex(vault: ClientVault, key: string): { kind: 'email' | 'phone'; hash: string } {
  return key.startsWith('email:') ? { kind: 'email', hash: vault.hash('email', key.slice(6)) } : { kind: 'phone', hash: vault.hash('phone', key.slice(4)) };
}

async function existingKeys(app: App, vault: ClientVault, keys: Iterable<string>): Promise<Set<string>> {
  const byHash = new Map<string, string>();
  const hashes: Record<'email' | 'phone', string[]> = { email: [], phone: [] };
  let n = 0;
  for (const key of keys) {
    if (++n % (YIELD_EVERY * 4) === 0) await yieldToLoop();
    const { kind, hash } = keyIndex(vault, key);
    byHash.set(`${kind}:${hash}`, key);
    hashes[kind].push(hash);
  }
  const repo = app.repos.clients(vault.tenantId);
  const found = new Set<string>();
  for (const kind of ['email', 'phone'] as const) {
    for (const m of await repo.findByIndex(kind, hashes[kind])) found.add(byHash.get(`${kind}:${m.hash}`)!);
  }
  return found;
}

/** `onValid` sees each valid row as soon as it is checked, in file order (the import starts sealing them). */
export async function planImport(app: App, vault: ClientVault, sheet: Sheet, options: ImportOptions, onValid?: (rowIndex: number, client: Client) => void): Promise<ImportPlan> {
  const mapping = options.mapping ? chosenMapping(sheet.headers, options.mapping) : guessColumnMapping(sheet.headers);
  const now = app.now();
  const valid: ImportPlan['valid'] = [];
  const errors: RowError[] = [];
  const warnings: string[] = [];
  const rowKeys: Array<{ rowNumber: number; keys: string[] }> = [];
  for (let i = 0; i < sheet.rows.length; i++) {
    // 100 000 rows take seconds to check: other requests get the thread between slices.
    if (i > 0 && i % YIELD_EVERY === 0) await yieldToLoop();
    const rowNumber = sheet.rowNumbers[i] ?? i + 2;
    const result = validateImportRow(applyMapping(sheet.rows[i]!, mapping), rowNumber, now, options.defaults);
    warnings.push(...result.warnings);
    if (result.ok) {
      valid.push({ rowNumber, client: result.client });
      rowKeys.push({ rowNumber, keys: dedupeKeys(result.client) });
      onValid?.(i, result.client);
    }
    else errors.push({ ligne: rowNumber, messages: result.errors });
  }
  const keys = new Set(rowKeys.flatMap((r) => r.keys));
  // A first import into an empty file has nothing to compare with: no need to hash every key.
  const empty = (await app.repos.clients(vault.tenantId).count()) === 0;
  const duplicates = findDuplicateKeys(rowKeys, empty ? new Set() : await existingKeys(app, vault, keys));
  return { sheet, mapping, valid, errors, warnings, duplicates };
}

/** The rows an import writes: every valid row, less the duplicates when asked to skip them. */
export function rowsToImport(plan: ImportPlan, ignoreDuplicates: boolean): ImportPlan['valid'] {
  if (!ignoreDuplicates) return plan.valid;
  const skip = new Set(plan.duplicates.map((d) => d.rowNumber));
  return plan.valid.filter((v) => !skip.has(v.rowNumber));
}

const LIST_LIMIT = 500;

/** What the preview shows: counts, the first problems, never a blind index. */
export function previewOf(plan: ImportPlan) {
  const { sheet } = plan;
  const existing = plan.duplicates.filter((d) => d.duplicateOf === 'existant').length;
  return {
    fichier: { format: sheet.format, encodage: sheet.encoding, separateur: sheet.delimiter, feuille: sheet.sheetName },
    headers: sheet.headers,
    mapping: plan.mapping,
    champs: IMPORT_FIELD_LABELS,
    apercu: sheet.rows.slice(0, 5),
    total: sheet.rows.length,
    valides: plan.valid.length,
    invalides: plan.errors.length,
    erreurs: plan.errors.slice(0, LIST_LIMIT),
    avertissements: plan.warnings.slice(0, LIST_LIMIT),
    nombreAvertissements: plan.warnings.length,
    doublons: {
      dansLeFichier: plan.duplicates.length - existing,
      existants: existing,
      lignes: plan.duplicates.slice(0, LIST_LIMIT).map((d) => ({ ligne: d.rowNumber, doublonDe: d.duplicateOf, par: d.key.startsWith('email:') ? 'email' : 'telephone' })),
    },
  };
}
