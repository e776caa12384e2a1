// Exports of the client file: CSV (« ; », UTF-8 with BOM, as French Excel expects), XLSX, and
// JSON for portability (art. 20 RGPD: structured, complete, machine-readable). Every CSV and
// XLSX cell goes through neutraliseRow: a name typed as « =HYPERLINK(…) » stays text.
// The whole file of 100 000 clients held the server's event loop 9 s as CSV or JSON and 39 s as
// XLSX (ExcelJS's in-memory workbook, 4 GB): records are opened, and lines written, a slice at a
// time with the loop turning in between, and the XLSX is streamed.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { parisDate } from '../core/clients/calendar.ts';
import { neutraliseRow } from '../core/clients/csv-safety.ts';
import { CLIENT_STATUS_LABELS } from '../core/clients/types.ts';
import type { PageCursor } from '../db/repositories/clients.ts';
import { recordEvent } from '../journal/journal.ts';
import { pagesOf, slicesOf } from '../util/pages.ts';
import { prettyJsonWithList } from '../util/pretty-json.ts';
import { journalBase, openVault, targetClient } from './access.ts';
import { documentList, type DocumentInfo } from './documents.ts';
import type { ClientVault, StoredClient } from './vault.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const LEGAL_BASIS_LABELS: Readonly<Record<string, string>> = {
  contrat: 'Contrat',
  interet_legitime: 'Intérêt légitime',
  consentement: 'Consentement',
  obligation_legale: 'Obligation légale',
};

// Headers that the import recognises, so an export can be imported again.
const COLUMNS: ReadonlyArray<readonly [string, (c: StoredClient) => string]> = [
  ['Civilité', (c) => c.civilite ?? ''],
  ['Nom', (c) => c.nom ?? ''],
  ['Prénom', (c) => c.prenom ?? ''],
  ['Société', (c) => c.company ?? ''],
  ['E-mail', (c) => c.emails.join(', ')],
  ['Téléphone', (c) => c.phones.join(', ')],
  ['Adresse', (c) => c.address?.lignes.join('\n') ?? ''],
  ['Code postal', (c) => c.address?.codePostal ?? ''],
  ['Ville', (c) => c.address?.ville ?? ''],
  ['Pays', (c) => c.address?.pays ?? ''],
  ['Statut', (c) => CLIENT_STATUS_LABELS[c.status] ?? c.status],
  ['Base légale', (c) => LEGAL_BASIS_LABELS[c.legalBasis] ?? c.legalBasis],
  ['Date de collecte', (c) => c.collectedAt],
  ['Date du dernier contact', (c) => c.lastContactAt ?? ''],
  ['Date de fin de relation', (c) => c.relationshipEndedAt ?? ''],
  ['Consentement', (c) => (c.marketingConsent === null ? '' : c.marketingConsent.given ? 'oui' : 'non')],
  ['Date du consentement', (c) => c.marketingConsent?.at ?? ''],
  ['Canal du consentement', (c) => c.marketingConsent?.channel ?? ''],
  ['Texte du consentement', (c) => c.marketingConsent?.textShown ?? ''],
  ['Source', (c) => c.source ?? ''],
  ['Notes', (c) => c.notes ?? ''],
  ['Factures', (c) => (c.hasInvoices ? 'oui' : 'non')],
  ['Dernière facture', (c) => c.lastInvoiceAt ?? ''],
  ['Fiche créée le', (c) => c.createdAt],
  ['Fiche modifiée le', (c) => c.updatedAt],
];

/** Records opened, or rows written, between two turns of the event loop (~70 ms of decryption). */
const SLICE = 1000;

const headerRow = () => neutraliseRow(COLUMNS.map(([h]) => h));
const clientRow = (c: StoredClient) => neutraliseRow(COLUMNS.map(([, get]) => get(c)));

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvLine = (row: string[]) => `${row.map(csvCell).join(';')}\r\n`;

export async function toCsv(clients: readonly StoredClient[]): Promise<Buffer> {
  const parts = [`\uFEFF${csvLine(headerRow())}`];
  for await (const slice of slicesOf(clients, SLICE)) parts.push(slice.map((c) => csvLine(clientRow(c))).join(''));
  return Buffer.from(parts.join(''), 'utf8');
}

/** Streamed: rows are written out as they come (inline strings, no shared-strings table to hold). */
export async function toXlsx(clients: readonly StoredClient[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Rempart';
  const sheet = workbook.addWorksheet('Clients', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(() => ({ width: 18 }));
  const header = sheet.addRow(headerRow());
  header.font = { bold: true };
  header.commit();
  // Plain strings only: a cell is never written as a formula.
  for await (const slice of slicesOf(clients, SLICE)) for (const c of slice) sheet.addRow(clientRow(c)).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function allClients(app: App, vault: ClientVault): Promise<StoredClient[]> {
  const repo = app.repos.clients(vault.tenantId);
  const out: StoredClient[] = [];
  const pages = pagesOf(SLICE, (cursor?: PageCursor) => repo.page(SLICE, cursor), (last) => ({ updatedAt: last.updated_at, id: last.id }));
  for await (const rows of pages) out.push(...rows.map((r) => vault.open(r)));
  return out;
}

async function documentsByClient(app: App, vault: ClientVault, clientIds: readonly string[] | null): Promise<Map<string, DocumentInfo[]>> {
  const map = new Map<string, DocumentInfo[]>();
  if (clientIds) {
    for (const id of clientIds) map.set(id, await documentList(app, vault, id));
    return map;
  }
  for (const d of await app.repos.clientDocuments(vault.tenantId).listAll()) {
    const list = map.get(d.client_id) ?? [];
    list.push({ id: d.id, kind: d.kind, filename: vault.openField('client_documents', 'filename_enc', d.id, d.filename_enc), mime: d.mime, size: Number(d.size), documentDate: d.document_date, createdAt: d.created_at });
    map.set(d.client_id, list);
  }
  return map;
}

/** The whole file (clientId null) or one client, journaled as an export. */
export async function exportClients(app: App, actor: Actor, format: ExportFormat, clientId: string | null, meta: RequestMeta): Promise<ExportFile> {
  const vault = openVault(actor);
  const clients = clientId ? [vault.open(await targetClient(app, actor, clientId, meta))] : await allClients(app, vault);
  const day = parisDate(app.now());
  const base = clientId ? `client-${clientId.slice(0, 8)}-${day}` : `clients-${day}`;
  let file: ExportFile;
  if (format === 'csv') file = { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: await toCsv(clients) };
  else if (format === 'xlsx') file = { filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(clients) };
  else {
    const docs = await documentsByClient(app, vault, clientId ? [clientId] : null);
    const tenant = await app.repos.tenants.get(actor.tenantId);
    const head = { format: 'rempart.clients', version: 1, exporteLe: app.now().toISOString(), responsableDuTraitement: tenant?.raison_sociale ?? null };
    const body = await prettyJsonWithList(head, 'clients', slicesOf(clients.map((c) => ({ ...c, documents: docs.get(c.id) ?? [] })), SLICE));
    file = { filename: `${base}.json`, contentType: 'application/json; charset=utf-8', body };
  }
  await recordEvent(app, { ...journalBase(actor, meta), action: 'clients.export', recordType: 'client', recordId: clientId, details: { format, nombre: clients.length } });
  return file;
}
