// Erasure (art. 17 RGPD) for a request linked to a client: the person is removed from the
// client file everywhere Rempart keeps them, except what the law requires to keep, and the
// business gets the French wording of what remains and why (whatRemainsAfterErasure).
// - ongoing contract: only what the contract does not need goes (notes, source, prospection);
// - invoices still within their accounting period, or a litigation: the record is anonymised,
//   those documents stay, every other document goes;
// - otherwise: the record, its indexes and all its documents are deleted.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { conflict } from '../core/errors.ts';
import { addMonths, formatFrenchDate, parisDate, type IsoDate } from '../core/clients/calendar.ts';
import { whatRemainsAfterErasure } from '../core/rights/requests.ts';
import type { ClientDocumentRow } from '../db/repositories/clients.ts';
import { appendJournal } from '../journal/journal.ts';
import { openVault, targetClient } from '../clients/access.ts';
import { removeDocumentFiles } from '../clients/documents.ts';
import { anonymiseInTx, deleteInTx } from '../retention/anonymise.ts';
import { loadPolicy } from '../retention/policy.ts';
import { journalBase, openSeal, requireRightsWriter, targetRequest } from './access.ts';
import { foundInFiles } from './found-in-files.ts';
import { publicRequest, type ErasureReport } from './record.ts';

export interface ErasureFlags {
  ongoingContract: boolean;
  litigation: boolean;
}

/** Documents that prove facts in a dispute (a bank detail form proves nothing). */
const LITIGATION_KINDS = new Set(['devis', 'contrat', 'autre']);

const REMARKS = [
  'Le journal des accès garde la trace des opérations faites sur la fiche, sous un identifiant technique, sans nom ni coordonnées : il est infalsifiable et sert à prouver le traitement de la demande.',
  'Rempart ne garde aucune copie des fichiers importés : les imports passés ne laissent que des comptages dans le journal.',
];

function cleanByHand(n: number, scannedAt: string): string {
  const files = n === 1 ? 'un fichier' : `${n} fichiers`;
  return (
    `La dernière analyse des dossiers de l’entreprise (du ${formatFrenchDate(parisDate(new Date(scannedAt)))}) a trouvé l’adresse e-mail ou le téléphone de la personne dans ${files} : ` +
    'Rempart ne modifie pas ces fichiers, ils sont à nettoyer à la main (la liste est donnée au moment de l’effacement, elle n’est pas conservée).'
  );
}

const documentDay = (d: ClientDocumentRow): IsoDate => d.document_date ?? d.created_at.slice(0, 10);

export async function eraseForRequest(app: App, actor: Actor, id: string, flags: ErasureFlags, meta: RequestMeta) {
  await requireRightsWriter(app, actor, meta);
  const seal = openSeal(actor);
  const vault = openVault(actor);
  const stored = seal.open(await targetRequest(app, actor, id, meta));
  const r = stored.request;
  if (r.type !== 'effacement') throw conflict('TYPE_DEMANDE', 'L’effacement ne s’applique qu’à une demande d’effacement (art. 17 RGPD).');
  if (stored.erasedOn !== null) throw conflict('DEJA_EFFACE', 'L’effacement a déjà été fait pour cette demande.');
  if (r.status === 'refusee' || r.status === 'cloturee') throw conflict('DEMANDE_TERMINEE', 'La demande est refusée ou clôturée : rien n’est effacé.');
  if (r.identityCheckRequired && r.identityVerifiedAt === null) {
    throw conflict('IDENTITE_NON_VERIFIEE', 'Vérifiez d’abord l’identité du demandeur : effacer sur une demande usurpée ferait perdre ses données à la vraie personne (art. 12.6 RGPD).');
  }
  if (stored.clientId === null) throw conflict('SANS_FICHE', 'Reliez d’abord la demande à la fiche client de la personne (champ clientId).');
  const clientId = stored.clientId;
  const row = await targetClient(app, actor, clientId, meta);

  const now = app.now();
  const today = parisDate(now);
  const at = now.toISOString();
  const { policy } = await loadPolicy(app.repos, actor.tenantId);
  // Invoices are kept until the end of their accounting period, counted from the close of the year.
  const accountingOver = (day: IsoDate) => addMonths(`${day.slice(0, 4)}-12-31`, policy.accountingMonths) < today;
  const docs = await app.repos.clientDocuments(actor.tenantId).listFor(clientId);
  const invoices = docs.filter((d) => d.kind === 'facture');
  const liveInvoices = invoices.filter((d) => !accountingOver(documentDay(d)));
  // Flagged invoices without a file here live in the invoicing software: still to be kept.
  const invoicesElsewhere = Number(row.has_invoices) === 1 && invoices.length === 0 && !(row.last_invoice_at && accountingOver(row.last_invoice_at));
  const hasInvoices = liveInvoices.length > 0 || invoicesElsewhere;
  const lastInvoiceAt = liveInvoices.map(documentDay).sort().at(-1) ?? row.last_invoice_at;

  const mode: ErasureReport['mode'] = flags.ongoingContract ? 'partielle' : hasInvoices || flags.litigation ? 'anonymisation' : 'suppression';
  const keep = new Set(
    mode === 'partielle'
      ? docs.map((d) => d.id)
      : mode === 'anonymisation'
        ? docs.filter((d) => liveInvoices.includes(d) || (flags.litigation && LITIGATION_KINDS.has(d.kind))).map((d) => d.id)
        : [],
  );
  // Files of the latest scan holding the person's e-mail or phone: Rempart does not edit them.
  // Their paths are returned once, never stored in the report (a file name may name the person).
  // A partial erasure keeps the contact details (ongoing contract): nothing to clean then.
  const found = mode === 'partielle' ? null : await foundInFiles(app, actor.tenantId, vault, vault.open(row));
  const toClean = found?.fichiers ?? [];
  const outcome = whatRemainsAfterErasure({ hasInvoices, lastInvoiceAt, ongoingContract: flags.ongoingContract, litigation: flags.litigation });
  const report: ErasureReport = {
    mode,
    erasedAt: today,
    documentsRemoved: docs.length - keep.size,
    documentsKept: keep.size,
    kept: outcome.kept,
    erased: outcome.erased,
    remarks: toClean.length > 0 ? [...REMARKS, cleanByHand(toClean.length, found!.analyse!.date)] : REMARKS,
    summary: outcome.summary,
  };

  const removed = await app.tx(async (repos) => {
    const clients = repos.clients(actor.tenantId);
    let gone: string[] = [];
    if (mode === 'partielle') {
      const client = vault.open(row);
      const next = { ...client, notes: null, source: null, marketingConsent: null, legalBasis: client.legalBasis === 'consentement' ? ('contrat' as const) : client.legalBasis };
      await clients.update(clientId, { ...vault.seal(clientId, next), updated_at: at });
    } else if (mode === 'anonymisation') {
      gone = await anonymiseInTx(repos, actor.tenantId, clientId, keep, at);
      // Expired invoices went with the rest: the flag follows what is left.
      if (invoices.length > 0) await clients.update(clientId, { has_invoices: liveInvoices.length > 0 ? 1 : 0, last_invoice_at: liveInvoices.length > 0 ? lastInvoiceAt : null });
    } else {
      gone = await deleteInTx(repos, actor.tenantId, clientId);
    }
    await repos.rights(actor.tenantId).update(id, { erased_on: today, erasure_report: JSON.stringify(report), updated_at: at });
    await appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: 'droits.effacement',
      recordType: 'droits',
      recordId: id,
      details: { client: clientId, mode, documentsSupprimes: gone.length, documentsConserves: keep.size },
    });
    return gone;
  });
  await removeDocumentFiles(app, actor.tenantId, removed);
  const after = seal.open((await app.repos.rights(actor.tenantId).get(id))!);
  return { request: publicRequest(after, now), erasure: report, fichiersANettoyer: toClean };
}
