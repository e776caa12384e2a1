// The retention preview over a tenant's whole client file. Dates and status are stored in
// clear, so the decision needs no key (the CLI and the daily job run without one); names
// are decrypted only when a signed-in user looks at the preview.
import { formatFrenchDate, parisDate } from '../core/clients/calendar.ts';
import type { ClientStatus } from '../core/clients/types.ts';
import { compareReportLines, reportLine, reportOfLines, type RetentionReport, type RetentionReportLine, type RetentionSubject } from '../core/retention/expiry.ts';
import type { RetentionPolicy } from '../core/retention/policy.ts';
import type { RetentionRepository, RetentionSubjectRow } from '../db/repositories/retention.ts';
import type { ClientVault } from '../clients/vault.ts';
import { pagesOf, slicesOf } from '../util/pages.ts';
import { ANONYMISED_NAME } from './anonymise.ts';

export function subjectOf(row: RetentionSubjectRow, label?: string): RetentionSubject {
  return {
    id: row.id,
    label,
    status: row.status as ClientStatus,
    collectedAt: row.collected_at,
    lastContactAt: row.last_contact_at,
    relationshipEndedAt: row.relationship_ended_at,
    hasInvoices: Number(row.has_invoices) === 1,
    lastInvoiceAt: row.last_invoice_at,
  };
}

/** « Jean Dupont », the company, or the anonymised marker; the id when no key is at hand. */
export function rowLabel(row: RetentionSubjectRow, vault: ClientVault | null): string {
  if (row.anonymised_at !== null) return ANONYMISED_NAME;
  if (!vault) return row.id;
  const open = (column: 'nom_enc' | 'prenom_enc' | 'company_enc') => (row[column] === null ? null : vault.openField('clients', column, row.id, row[column]));
  return [open('prenom_enc'), open('nom_enc')].filter(Boolean).join(' ') || open('company_enc') || 'Client sans nom';
}

/** A tenant's client rows as the retention rules read them (in no particular order), with each one's label. */
export interface SubjectFile {
  rows: RetentionSubjectRow[];
  labels: Map<string, string>;
}

/** Rows read, and labelled, between two turns of the event loop. */
const PAGE = 5000;

/**
 * The whole client file a page at a time, with the event loop turning in between: read whole,
 * its names decrypted in one go, 100 000 clients held the server 5.2 s for the preview and
 * 2.1 s for the daily check.
 */
export async function readSubjects(repo: RetentionRepository, vault: ClientVault | null, pageSize = PAGE): Promise<SubjectFile> {
  const file: SubjectFile = { rows: [], labels: new Map() };
  const pages = pagesOf(pageSize, (before?: { updatedAt: string; id: string }) => repo.subjectsPage(pageSize, before), (last) => ({ updatedAt: last.updated_at, id: last.id }));
  for await (const page of pages) {
    for (const row of page) {
      file.rows.push(row);
      file.labels.set(row.id, rowLabel(row, vault));
    }
  }
  return file;
}

/**
 * The retention report of the file, knowing one thing the pure rule cannot: a record already
 * anonymised has nothing left to anonymise, and would otherwise be counted again every day
 * until its invoices expire.
 */
export async function fileReport(file: SubjectFile, policy: RetentionPolicy, now: Date, pageSize = PAGE): Promise<RetentionReport> {
  const { rows, labels } = file;
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Decided a page at a time too: the rules over 100 000 records take about half a second.
  const lines: RetentionReportLine[] = [];
  for await (const slice of slicesOf(rows, pageSize)) for (const row of slice) lines.push(reportLine(subjectOf(row, labels.get(row.id)), policy, now));
  const report = reportOfLines(lines, now);
  let changed = 0;
  for (const line of report.lines) {
    const anonymisedAt = byId.get(line.id)?.anonymised_at ?? null;
    if (anonymisedAt === null || line.action !== 'anonymiser') continue;
    changed++;
    const until = line.accountingUntil ? `, conservées jusqu'au ${formatFrenchDate(line.accountingUntil)}` : '';
    line.action = 'garder';
    line.reason = `Fiche anonymisée le ${formatFrenchDate(parisDate(new Date(anonymisedAt)))} : seules les factures restent${until} (article L123-22 du Code de commerce).`;
    report.counts.anonymiser--;
    report.counts.garder++;
    report.byStatus[line.status].anonymiser--;
    report.byStatus[line.status].garder++;
  }
  // reportOfLines sorted them the same way: only a changed action moves a line.
  if (changed > 0) report.lines.sort(compareReportLines);
  return report;
}
