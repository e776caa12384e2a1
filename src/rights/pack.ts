// The access pack (art. 15 RGPD): everything Rempart holds on the person who asked, as
// structured JSON (reusable for portability, art. 20) or as a PDF to send. The files of the
// documents are included in the JSON only on request (`files`), as base64: they can weigh
// up to 10 MB each, and the PDF lists them without their content.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { conflict } from '../core/errors.ts';
import { CLIENT_STATUS_LABELS } from '../core/clients/types.ts';
import { actionLabel, ROLE_LABELS } from '../core/journal/actions.ts';
import { currentDueDate } from '../core/rights/deadlines.ts';
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS } from '../core/rights/types.ts';
import { retentionDecision } from '../core/retention/expiry.ts';
import { appendJournal } from '../journal/journal.ts';
import { openVault } from '../clients/access.ts';
import { documentList, documentPath, readSealedFile, tenantIdentity } from '../clients/documents.ts';
import type { StoredClient } from '../clients/vault.ts';
import { loadPolicy } from '../retention/policy.ts';
import { subjectOf } from '../retention/report.ts';
import { journalBase, openSeal, targetRequest } from './access.ts';
import { foundInFiles } from './found-in-files.ts';
import { purposesSection, YOUR_RIGHTS } from './purposes.ts';

export const PACK_FORMAT = 'rempart-dossier-acces/1';

const LEGAL_BASIS_LABELS: Readonly<Record<string, string>> = {
  contrat: 'Contrat',
  interet_legitime: 'Intérêt légitime',
  consentement: 'Consentement',
  obligation_legale: 'Obligation légale',
};

function personSection(c: StoredClient) {
  return {
    civilite: c.civilite,
    nom: c.nom,
    prenom: c.prenom,
    societe: c.company,
    emails: c.emails,
    telephones: c.phones,
    adresse: c.address,
    notes: c.notes,
    statut: c.status,
    statutLibelle: CLIENT_STATUS_LABELS[c.status],
    source: c.source,
    collecteLe: c.collectedAt,
    baseLegale: c.legalBasis,
    baseLegaleLibelle: LEGAL_BASIS_LABELS[c.legalBasis] ?? c.legalBasis,
    dernierContact: c.lastContactAt,
    finDeRelation: c.relationshipEndedAt,
    consentementProspection: c.marketingConsent,
    factures: c.hasInvoices,
    derniereFacture: c.lastInvoiceAt,
    anonymiseeLe: c.anonymisedAt,
    creeeLe: c.createdAt,
    modifieeLe: c.updatedAt,
  };
}

async function fileContent(app: App, identity: string | null, tenantId: string, docId: string): Promise<string | null> {
  if (identity === null) return null;
  try {
    return (await readSealedFile(identity, documentPath(app, tenantId, docId))).toString('base64');
  } catch {
    return null; // listed anyway; `contenuBase64: null` says the file could not be read
  }
}

export async function buildAccessPack(app: App, actor: Actor, id: string, options: { files: boolean; format: 'json' | 'pdf' }, meta: RequestMeta) {
  const seal = openSeal(actor);
  const vault = openVault(actor);
  const stored = seal.open(await targetRequest(app, actor, id, meta));
  const r = stored.request;
  if (r.type !== 'acces' && r.type !== 'portabilite') {
    throw conflict('TYPE_DEMANDE', 'Le dossier d’accès répond à une demande d’accès (art. 15) ou de portabilité (art. 20).');
  }
  if (r.identityCheckRequired && r.identityVerifiedAt === null) {
    throw conflict('IDENTITE_NON_VERIFIEE', 'Vérifiez d’abord l’identité du demandeur : ce dossier contient toutes ses données (art. 12.6 RGPD).');
  }
  const now = app.now();
  const tenant = (await app.repos.tenants.get(actor.tenantId))!;
  const row = stored.clientId === null ? undefined : await app.repos.clients(actor.tenantId).get(stored.clientId);
  const client = row ? vault.open(row) : null;
  const docs = row ? await documentList(app, vault, row.id) : [];
  const identity = options.files && docs.length > 0 ? await tenantIdentity(app, vault) : null;
  const documents = [];
  for (const d of docs) {
    const base = { id: d.id, type: d.kind, nom: d.filename, typeMime: d.mime, taille: d.size, date: d.documentDate, ajouteLe: d.createdAt };
    documents.push(options.files ? { ...base, contenuBase64: await fileContent(app, identity, actor.tenantId, d.id) } : base);
  }
  const uses = row ? await app.repos.rights(actor.tenantId).journalOf('client', row.id) : [];
  const hasAccountant = (await app.repos.users(actor.tenantId).list()).some((u) => u.role === 'accountant');
  const { policy } = await loadPolicy(app.repos, actor.tenantId);
  const decision = row ? retentionDecision(subjectOf(row), policy, now) : null;
  const finalites = await purposesSection(app, actor.tenantId, { activite: tenant.activite, raisonSociale: tenant.raison_sociale, client, hasAccountant });
  const elsewhere = await foundInFiles(app, actor.tenantId, vault, client);

  const pack = {
    format: PACK_FORMAT,
    genereLe: now.toISOString(),
    responsableDuTraitement: {
      raisonSociale: tenant.raison_sociale,
      siren: tenant.siren,
      adresse: tenant.adresse,
      contact: { nom: tenant.contact_nom, email: tenant.contact_email },
    },
    demande: {
      reference: stored.id,
      type: r.type,
      typeLibelle: REQUEST_TYPE_LABELS[r.type],
      canal: REQUEST_CHANNEL_LABELS[r.channel],
      recueLe: r.receivedAt,
      echeance: currentDueDate(r),
      demandeur: stored.requester,
    },
    personne: client ? personSection(client) : null,
    constat: client ? null : 'Aucune fiche à votre nom ne figure dans notre fichier clients.',
    documents,
    fichiersInclus: options.files,
    utilisations: uses.map((e) => ({ date: e.at, action: e.action, libelle: actionLabel(e.action), par: ROLE_LABELS[e.actor_label] ?? e.actor_label })),
    finalitesEtDestinataires: finalites,
    conservation: decision && { regle: decision.reason, jusquau: decision.expiresAt, facturesJusquau: decision.accountingUntil },
    ouVosDonneesApparaissentAussi: elsewhere,
    vosDroits: YOUR_RIGHTS,
  };
  await app.tx((repos) =>
    appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: 'droits.pack_genere',
      recordType: 'droits',
      recordId: id,
      details: { client: stored.clientId, format: options.format, documents: documents.length, fichiers: options.files, fichiersAnalyses: elsewhere.fichiers.length },
    }),
  );
  return pack;
}

export type AccessPack = Awaited<ReturnType<typeof buildAccessPack>>;
