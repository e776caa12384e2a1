// The register as an XLSX workbook, one row per processing, in the column order of the
// CNIL's register model (see REGISTER_COLUMNS). Cells are plain text (several values one per
// line) or dates: never formulas, and every text goes through neutraliseFormula so that a
// processing named « =HYPERLINK(…) » stays text when the file is opened or re-saved as CSV.
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../core/clients/csv-safety.ts';
import {
  art9ConditionLine,
  categoryLine,
  contactLine,
  controllerLines,
  dpoLine,
  isSensitive,
  legalBasisLabel,
  orderedProcessings,
  recipientLine,
  reference,
  retentionLine,
  supportLine,
  transferLine,
} from '../core/register/documents/labels.ts';
import { oneLine } from '../core/register/documents/escape.ts';
import { parisDay } from '../core/register/documents/format.ts';
import type { Processing, Register } from '../core/register/model.ts';

/**
 * Column order (CNIL model), one row per processing:
 *  1 Nom du traitement · 2 N° / référence · 3 Date de création · 4 Date de mise à jour ·
 *  5 Responsable / acteurs · 6 Finalité(s) · 7 Base(s) légale(s) · 8 Catégories de personnes ·
 *  9 Catégories de données · 10 Données sensibles · 11 Sources · 12 Destinataires ·
 * 13 Sous-traitants · 14 Transferts hors UE et garanties · 15 Durées de conservation ·
 * 16 Mesures de sécurité · 17 Supports
 */
export const REGISTER_COLUMNS = [
  'Nom du traitement',
  'N° / référence',
  'Date de création',
  'Date de mise à jour',
  'Responsable / acteurs',
  'Finalité(s)',
  'Base(s) légale(s)',
  'Catégories de personnes',
  'Catégories de données',
  'Données sensibles',
  'Sources',
  'Destinataires',
  'Sous-traitants',
  'Transferts hors UE et garanties',
  'Durées de conservation',
  'Mesures de sécurité',
  'Supports',
] as const;

const WIDTHS = [28, 12, 14, 14, 34, 40, 44, 26, 40, 36, 30, 34, 40, 40, 40, 40, 40];
const NONE = 'Aucun';

/** Several values in one cell, one per line. */
function lines(values: readonly string[], none = NONE): string {
  const kept = values.map(oneLine).filter(Boolean);
  return kept.length ? kept.join('\n') : none;
}

/** The Paris calendar day as a UTC-midnight date, which spreadsheets show as that day. */
function day(iso: string): Date {
  const { year, month, day } = parisDay(new Date(iso));
  return new Date(Date.UTC(year, month - 1, day));
}

export function registerRow(p: Processing, index: number, register: Register): [string, string, Date, Date, ...string[]] {
  const c = register.controller;
  const dpo = dpoLine(c);
  const art9 = art9ConditionLine(p);
  const bases = p.purposes.map((u) => {
    const interest = u.legalBasis === 'interet_legitime' && u.legitimateInterest?.trim() ? ` (intérêt poursuivi : ${u.legitimateInterest.trim()})` : '';
    return `${u.purpose} : ${legalBasisLabel(u)}${interest}`;
  });
  const recipients = p.recipients
    .filter((r) => r.kind !== 'sous_traitant')
    .map((r) => `${r.kind === 'interne' ? 'Interne' : 'Tiers'} : ${recipientLine(r)}`);
  return [
    oneLine(p.name),
    reference(index),
    day(p.createdAt),
    day(p.updatedAt),
    lines([`Responsable : ${controllerLines(c)}`, `Contact : ${contactLine(c)}`, `DPO : ${dpo ?? 'non désigné'}`]),
    lines(p.purposes.map((u) => u.purpose)),
    lines(bases),
    lines(p.peopleCategories),
    lines(p.dataCategories.filter((d) => !isSensitive(d)).map(categoryLine)),
    lines([...p.dataCategories.filter(isSensitive).map(categoryLine), ...(art9 ? [`Exception (art. 9.2) : ${art9}`] : [])]),
    lines(p.sources),
    lines(recipients),
    lines(p.recipients.filter((r) => r.kind === 'sous_traitant').map((r) => recipientLine(r, { contract: true }))),
    lines(p.transfers.map(transferLine)),
    lines(p.retention.map(retentionLine)),
    lines(p.securityMeasures),
    lines(p.supports.map(supportLine)),
  ];
}

function safe(value: string | Date): string | Date {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/** The register as XLSX. `date` (the version date) fixes the workbook's metadata dates. */
export async function registerXlsx(register: Register, options: { date?: Date } = {}): Promise<Buffer> {
  const date = options.date ?? new Date('2000-01-01T00:00:00Z');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rempart';
  workbook.lastModifiedBy = 'Rempart';
  workbook.created = date;
  workbook.modified = date;
  workbook.title = 'Registre des activités de traitement';

  const sheet = workbook.addWorksheet('Registre');
  const header = sheet.addRow([...REGISTER_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  orderedProcessings(register).forEach((p, i) => {
    const row = sheet.addRow(registerRow(p, i, register).map(safe));
    row.alignment = { vertical: 'top', wrapText: true };
  });
  REGISTER_COLUMNS.forEach((_, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = WIDTHS[i] ?? 30;
    if (i === 2 || i === 3) col.numFmt = 'dd/mm/yyyy';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };

  const c = register.controller;
  const who = workbook.addWorksheet('Responsable du traitement');
  const fields: [string, string][] = [
    ['Organisme', c.raisonSociale],
    ['SIREN', c.siren?.trim() || 'Non renseigné'],
    ['Adresse', c.adresse?.trim() || 'Non renseignée'],
    ['Contact', contactLine(c)],
    ['Délégué à la protection des données', dpoLine(c) ?? 'Non désigné'],
  ];
  for (const [label, value] of fields) who.addRow([label, neutraliseFormula(oneLine(value))]).getCell(1).font = { bold: true };
  who.getColumn(1).width = 36;
  who.getColumn(2).width = 70;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
