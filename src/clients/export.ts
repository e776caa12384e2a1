// Exports of the client file: CSV (« ; », UTF-8 with BOM, as French Excel expects), XLSX, and
// JSON for portability (art. 20 RGPD: structured, complete, machine-readable). Every CSV and
// XLSX cell goes through neutraliseRow: a name typed as « =HYPERLINK(…) » stays text.
import ExcelJS from 'exceljs';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { parisDate } from '../core/clients/calendar.ts';
import { neutraliseRow } from '../core/clients/csv-safety.ts';
import { CLIENT_STATUS_LABELS } from '../core/clients/types.ts';
import type { PageCursor } from '../db/repositories/clients.ts';
import { recordEvent } from '../journal/journal.ts';
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

function table(clients: readonly StoredClient[]): string[][] {
  return [neutraliseRow(COLUMNS.map(([h]) => h)), ...clients.map((c) => neutraliseRow(COLUMNS.map(([, get]) => get(c))))];
}

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(clients: readonly StoredClient[]): Buffer {
  const lines = table(clients).map((row) => row.map(csvCell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(clients: readonly StoredClient[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rempart';
  const sheet = workbook.addWorksheet('Clients');
  const [header, ...rows] = table(clients);
  sheet.addRow(header!).font = { bold: true };
  // Plain strings only: a cell is never written as a formula.
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((col) => {
    col.width = 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function allClients(app: App, vault: ClientVault): Promise<StoredClient[]> {
  const repo = app.repos.clients(vault.tenantId);
  const out: StoredClient[] = [];
  let cursor: PageCursor | undefined;
  for (;;) {
    const rows = await repo.page(1000, cursor);
    out.push(...rows.map((r) => vault.open(r)));
    const last = rows.at(-1);
    if (rows.length < 1000 || !last) return out;
    cursor = { updatedAt: last.updated_at, id: last.id };
  }
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
  if (format === 'csv') file = { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(clients) };
  else if (format === 'xlsx') file = { filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(clients) };
  else {
    const docs = await documentsByClient(app, vault, clientId ? [clientId] : null);
    const tenant = await app.repos.tenants.get(actor.tenantId);
    const json = {
      format: 'rempart.clients',
      version: 1,
      exporteLe: app.now().toISOString(),
      responsableDuTraitement: tenant?.raison_sociale ?? null,
      clients: clients.map((c) => ({ ...c, documents: docs.get(c.id) ?? [] })),
    };
    file = { filename: `${base}.json`, contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(json, null, 2), 'utf8') };
  }
  await recordEvent(app, { ...journalBase(actor, meta), action: 'clients.export', recordType: 'client', recordId: clientId, details: { format, nombre: clients.length } });
  return file;
}
