// Documents generated from the register (policy, register, notices, client page): each
// generation makes a new numbered version only when the content changed, and answers the
// differences with the previous version. Public documents show published processings only
// and are blocked, with the list of what is missing, until every Art. 13 item is there.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { conflict, invalid, notFound } from '../core/errors.ts';
import { checkPolicy } from '../core/register/art13.ts';
import { checkProcessing } from '../core/register/completeness.ts';
import { DOCUMENT_TITLES, renderDocument, type DocumentKind } from '../core/register/documents/index.ts';
import { historyEntrySchema, type HistoryEntry } from '../core/register/history.ts';
import { registerSchema, type Register } from '../core/register/model.ts';
import { diffToHtml, diffVersions, nextVersion, type DocumentVersion } from '../core/register/versions.ts';
import type { DocumentVersionRow } from '../db/repositories/register.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { appendJournal } from '../journal/journal.ts';
import { journalBase, requireWriter } from './access.ts';
import { loadRegister } from './store.ts';

/** French file names: « politique-de-confidentialite-v3.pdf ». */
export const FILE_SLUGS: Readonly<Record<DocumentKind, string>> = {
  registre: 'registre-des-traitements',
  politique: 'politique-de-confidentialite',
  'mention-formulaire': 'mention-information-formulaires',
  'mention-devis': 'mention-information-devis-contrats',
  'signature-email': 'mention-signature-email',
  'page-clients': 'protection-de-vos-donnees',
};

/** The register is the internal record (drafts included); every other document is public. */
export const isPublic = (kind: DocumentKind) => kind !== 'registre';

/** What a document is generated from: the register (narrowed for public documents) and, for the register, its history. */
export interface DocumentSource {
  register: Register;
  history?: HistoryEntry[];
}

async function historyOf(repos: Repositories, tenantId: string): Promise<HistoryEntry[]> {
  const rows = await repos.register(tenantId).allHistory();
  return rows.map((r) => historyEntrySchema.parse({ processingId: r.processing_id, at: r.at, actorId: r.actor_id, actorLabel: r.actor_label, action: r.action, changes: JSON.parse(r.diff) }));
}

export async function documentSource(app: App, actor: Pick<Actor, 'tenantId'>, kind: DocumentKind, repos: Repositories = app.repos): Promise<DocumentSource> {
  const { register } = await loadRegister(app, actor, repos);
  if (!isPublic(kind)) return { register, history: await historyOf(repos, actor.tenantId) };
  return { register: { ...register, processings: register.processings.filter((p) => p.status === 'publie') } };
}

/** What stops a document's publication (empty when it can be generated). */
export function blockers(kind: DocumentKind, full: Register, source: DocumentSource) {
  if (!isPublic(kind)) return { publishable: true, missing: [], brouillons: [] };
  const drafts = full.processings.filter((p) => p.status !== 'publie').map((p) => ({ id: p.id, name: p.name, missing: checkProcessing(p).missing }));
  const policy = checkPolicy(source.register);
  const noneMissing = source.register.processings.length === 0 ? [{ item: 'finalites_bases', code: 'AUCUN_TRAITEMENT_PUBLIE', field: 'processings', message: 'Aucun traitement n’est publié : complétez et publiez au moins un traitement du registre.' }] : [];
  const missing = [...noneMissing, ...policy.missing.filter((m) => !(noneMissing.length && m.code === 'AUCUN_TRAITEMENT'))];
  return { publishable: missing.length === 0, missing, items: policy.items, brouillons: drafts };
}

function versionOf(row: DocumentVersionRow): DocumentVersion {
  return { kind: row.kind as DocumentKind, number: Number(row.number), createdAt: row.created_at, contentHash: row.content_hash, markdown: row.markdown };
}

function versionView(row: Pick<DocumentVersionRow, 'kind' | 'number' | 'created_at' | 'content_hash'>) {
  return { kind: row.kind, numero: Number(row.number), creeLe: row.created_at, empreinte: row.content_hash, titre: DOCUMENT_TITLES[row.kind as DocumentKind] ?? row.kind };
}

export async function generateDocument(app: App, actor: Actor, kind: DocumentKind, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const now = app.now();
  try {
    return await app.tx(async (repos) => {
      const { register: full } = await loadRegister(app, actor, repos);
      const source = await documentSource(app, actor, kind, repos);
      const check = blockers(kind, full, source);
      if (!check.publishable) {
        throw invalid('DOCUMENT_INCOMPLET', `« ${DOCUMENT_TITLES[kind]} » ne peut pas être publié : ${check.missing.length === 1 ? 'il manque une information' : `il manque ${check.missing.length} informations`}.`, {
          missing: check.missing,
          brouillons: check.brouillons,
        });
      }
      const repo = repos.register(actor.tenantId);
      const previousRow = await repo.latestDocumentVersion(kind);
      const previous = previousRow ? versionOf(previousRow) : null;
      const { version, created } = nextVersion({ kind, register: source.register, previous, now, ...(source.history ? { history: source.history } : {}) });
      if (created) {
        const stamp = { number: version.number, date: now };
        const html = renderDocument(kind, source.register, { format: 'html', version: stamp, ...(source.history ? { history: source.history } : {}) });
        await repo.insertDocumentVersion({
          id: randomUUID(),
          tenant_id: actor.tenantId,
          kind,
          number: version.number,
          created_at: version.createdAt,
          created_by: actor.userId,
          content_hash: version.contentHash,
          markdown: version.markdown,
          html,
          snapshot: JSON.stringify(source),
        });
        await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'registre.document_genere', recordType: 'document', recordId: `${kind}-v${version.number}`, details: { document: kind, version: version.number } });
      }
      const diff = previous && created ? diffVersions(previous.markdown, version.markdown) : null;
      return {
        version: { kind, numero: version.number, creeLe: version.createdAt, empreinte: version.contentHash, titre: DOCUMENT_TITLES[kind] },
        nouvelle: created,
        precedente: created ? (previous?.number ?? null) : null,
        differences: diff ? { ...diff, html: diffToHtml(diff) } : null,
        brouillonsExclus: check.brouillons.map((b) => b.name),
      };
    });
  } catch (e) {
    // Two generations at once: the unique (tenant, kind, number) index lets only one win.
    if (e instanceof Error && /unique|duplicate/i.test(e.message)) throw conflict('VERSION_CONCURRENTE', 'Une autre version de ce document vient d’être générée. Rechargez la page et réessayez.');
    throw e;
  }
}

export async function documentStatus(app: App, actor: Actor, kind: DocumentKind) {
  const { register: full } = await loadRegister(app, actor);
  const source = await documentSource(app, actor, kind);
  const check = blockers(kind, full, source);
  const versions = await app.repos.register(actor.tenantId).documentVersions(kind);
  return { kind, titre: DOCUMENT_TITLES[kind], ...check, versions: versions.map(versionView) };
}

export async function documentVersionRow(app: App, actor: Actor, kind: DocumentKind, number: number): Promise<DocumentVersionRow> {
  const row = await app.repos.register(actor.tenantId).documentVersion(kind, number);
  if (!row) throw notFound('Version introuvable.');
  return row;
}

/** The source a version was generated from, checked again before it feeds a PDF or XLSX. */
export function snapshotOf(row: DocumentVersionRow): DocumentSource {
  const raw = JSON.parse(row.snapshot) as { register: unknown; history?: unknown[] };
  const register = registerSchema.parse(raw.register);
  return raw.history ? { register, history: raw.history.map((h) => historyEntrySchema.parse(h)) } : { register };
}

/** Differences between version `number` and the one before it (or `against`). */
export async function versionDiff(app: App, actor: Actor, kind: DocumentKind, number: number, against?: number) {
  const row = await documentVersionRow(app, actor, kind, number);
  const base = against ?? number - 1;
  if (base < 1) return { version: versionView(row), precedente: null, differences: null };
  if (base === number) throw invalid('COMPARAISON_INVALIDE', 'Choisissez deux versions différentes à comparer.');
  const prev = await documentVersionRow(app, actor, kind, base);
  const diff = diffVersions(prev.markdown, row.markdown);
  return { version: versionView(row), precedente: versionView(prev), differences: { ...diff, html: diffToHtml(diff) } };
}
