// Importing a client file: guess which column is what, read each row into a client through
// the same schema as the form, and compute the keys that reveal duplicates.
import { parisDate } from './calendar.ts';
import { guessHeader, isMultiField, SINGLE_IMPORT_FIELDS, type ImportField, type MultiImportField, type SingleImportField } from './import-headers.ts';
import { parseImportDate, parseYesNo, restorePostcode, splitEmailCell, splitFullName, splitPhoneCell } from './import-values.ts';
import { normaliseEmail, normalisePhone } from './normalise.ts';
import { makeClientInputSchema, type Client, type ClientStatus, type MarketingConsent } from './types.ts';
import { normaliseCountry, parseCivilite, usesFrenchPostcodes } from './values.ts';

export { IMPORT_FIELD_LABELS, MULTI_IMPORT_FIELDS, SINGLE_IMPORT_FIELDS, normaliseHeader } from './import-headers.ts';
export type { ImportField, MultiImportField, SingleImportField } from './import-headers.ts';

export interface ColumnGuess {
  index: number;
  header: string;
  field: ImportField | null;
  /** 1: known header; 0.6: guessed from a word; 0: not recognised. The user confirms below 1. */
  confidence: number;
  /** Why a column is left out (« non importée : donnée sensible… »), or null. */
  note: string | null;
}

/**
 * One guess per header. A single-valued field (Nom, Code postal…) goes to one column only:
 * the most confident, then the leftmost; the other columns are left unmapped with a note.
 * Several columns may feed e-mails, phones, address lines and notes, in column order.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnGuess[] {
  const guesses: ColumnGuess[] = headers.map((header, index) => ({ index, header, ...guessHeader(header) }));
  for (const field of SINGLE_IMPORT_FIELDS) {
    const claimants = guesses.filter((g) => g.field === field);
    if (claimants.length < 2) continue;
    const winner = claimants.reduce((best, g) => (g.confidence > best.confidence ? g : best));
    for (const g of claimants) {
      if (g === winner) continue;
      g.field = null;
      g.confidence = 0;
      g.note = `même information que la colonne « ${winner.header} »`;
    }
  }
  return guesses;
}

export type MappedRow = { [K in SingleImportField]?: string } & { [K in MultiImportField]?: string[] };

/** The cells of one row, by target field; empty cells are dropped. */
export function applyMapping(cells: readonly string[], mapping: readonly ColumnGuess[]): MappedRow {
  const row: MappedRow = {};
  for (const { index, field } of mapping) {
    const value = (cells[index] ?? '').trim();
    if (field === null || value === '') continue;
    if (isMultiField(field)) (row[field] ??= []).push(value);
    else if (row[field] === undefined) row[field] = value;
  }
  return row;
}

export interface ImportDefaults {
  /** Status when the file has no « Statut » column; 'client' since people import their client file. */
  status?: ClientStatus;
  source?: string | null;
}

export type ImportRowResult =
  | { ok: true; client: Client; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

// Building the schema per row would dominate a 10 000-row import; it only depends on `now`.
let cached: { time: number; schema: ReturnType<typeof makeClientInputSchema> } | null = null;
function schemaFor(now: Date) {
  if (cached?.time !== now.getTime()) cached = { time: now.getTime(), schema: makeClientInputSchema(now) };
  return cached.schema;
}

/**
 * Reads one mapped row into a client. Errors and warnings are French and name the row
 * (« Ligne 12 : adresse e-mail invalide (« jean@ ») »). Warnings do not block the row:
 * an unknown civilité is dropped, a postcode that lost its leading zero gets it back, a
 * consent without proof is not imported (it could not be relied upon, art. 7.1 RGPD).
 */
export function validateImportRow(row: MappedRow, rowNumber: number, now: Date, defaults: ImportDefaults = {}): ImportRowResult {
  const prefix = `Ligne ${rowNumber} : `;
  const warnings: string[] = [];
  const today = parisDate(now);
  const date = (value: string | undefined) => (value === undefined ? null : (parseImportDate(value, today) ?? value));

  let { nom = null, prenom = null } = row;
  let civilite: string | null = row.civilite ?? null;
  if (nom === null && prenom === null && row.nomComplet !== undefined) {
    const split = splitFullName(row.nomComplet);
    ({ nom, prenom } = split);
    civilite ??= split.civilite;
  }
  if (civilite !== null && parseCivilite(civilite) === null) {
    warnings.push(`${prefix}civilité « ${civilite} » non reconnue : ignorée`);
    civilite = null;
  }

  const relationshipEndedAt = date(row.relationshipEndedAt);
  // A filled « Date de fin » without any status column can only describe a former client.
  const status = row.status ?? (relationshipEndedAt !== null ? 'ancien_client' : (defaults.status ?? 'client'));

  let marketingConsent: MarketingConsent | null = null;
  if (row.consentement !== undefined) {
    const given = parseYesNo(row.consentement);
    const at = date(row.consentementDate);
    if (given === null) {
      warnings.push(`${prefix}consentement « ${row.consentement} » illisible (oui ou non attendu) : non repris`);
    } else if (!given) {
      marketingConsent = { given: false, at, channel: null, textShown: null };
    } else if (at !== null && row.consentementTexte !== undefined) {
      marketingConsent = { given: true, at, channel: 'autre', textShown: row.consentementTexte };
    } else {
      warnings.push(`${prefix}consentement indiqué sans preuve (date et texte présenté) : non repris, à redemander avant toute prospection par e-mail ou SMS`);
    }
  }

  const pays = normaliseCountry(row.pays ?? null);
  let codePostal = row.codePostal ?? null;
  if (codePostal !== null && usesFrenchPostcodes(pays)) {
    const restored = restorePostcode(codePostal);
    if (restored !== codePostal) warnings.push(`${prefix}code postal « ${codePostal} » complété en « ${restored} » (zéro initial perdu par le tableur)`);
    codePostal = restored;
  }

  const input = {
    civilite,
    nom,
    prenom,
    emails: (row.emails ?? []).flatMap(splitEmailCell),
    phones: (row.phones ?? []).flatMap(splitPhoneCell),
    address: { lignes: row.adresse ?? [], codePostal, ville: row.ville ?? null, pays: row.pays ?? null },
    company: row.societe ?? null,
    notes: row.notes?.join('\n') ?? null,
    status,
    source: row.source ?? defaults.source ?? null,
    collectedAt: date(row.collectedAt),
    lastContactAt: date(row.lastContactAt),
    relationshipEndedAt,
    marketingConsent,
  };
  const parsed = schemaFor(now).safeParse(input);
  if (parsed.success) return { ok: true, client: parsed.data, warnings };
  const errors = [...new Set(parsed.error.issues.map((issue) => `${prefix}${issue.message}`))];
  return { ok: false, errors, warnings };
}

/**
 * Keys shared by two records of the same person: normalised e-mails and E.164 phones,
 * prefixed so that one set holds both (« email:jean@exemple.fr », « tel:+33612345678 »).
 */
export function dedupeKeys(client: Pick<Client, 'emails' | 'phones'>): string[] {
  const keys = new Set<string>();
  for (const email of client.emails) keys.add(`email:${normaliseEmail(email)}`);
  for (const phone of client.phones) {
    const e164 = normalisePhone(phone);
    if (e164) keys.add(`tel:${e164}`);
  }
  return [...keys];
}

export interface DuplicateMatch {
  rowNumber: number;
  /** Row number of the first occurrence in the file, or 'existant' for a client already stored. */
  duplicateOf: number | 'existant';
  key: string;
}

/** Rows that share a key with an earlier row of the file or with an existing client. */
export function findDuplicates(rows: ReadonlyArray<{ rowNumber: number; client: Pick<Client, 'emails' | 'phones'> }>, existingKeys: Iterable<string> = []): DuplicateMatch[] {
  return findDuplicateKeys(rows.map(({ rowNumber, client }) => ({ rowNumber, keys: dedupeKeys(client) })), existingKeys);
}

/** The same, from each row's dedupe keys (computed once by a caller that has them). */
export function findDuplicateKeys(rows: ReadonlyArray<{ rowNumber: number; keys: readonly string[] }>, existingKeys: Iterable<string> = []): DuplicateMatch[] {
  const seen = new Map<string, number | 'existant'>();
  for (const key of existingKeys) seen.set(key, 'existant');
  const matches: DuplicateMatch[] = [];
  for (const { rowNumber, keys } of rows) {
    const hit = keys.find((k) => seen.has(k));
    if (hit !== undefined) matches.push({ rowNumber, duplicateOf: seen.get(hit) ?? 'existant', key: hit });
    for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
  }
  return matches;
}
