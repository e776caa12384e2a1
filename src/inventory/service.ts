// The inventory as the web interface uses it: start a scan of server-side folders, follow
// it, read the results and the history. Everybody in the business reads; only the owner
// starts or cancels a scan (the server reads files with its own rights).
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import { requireOwner } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { notFound } from '../core/errors.ts';
import type { ScanRow } from '../db/repositories/scans.ts';
import { recordEvent } from '../journal/journal.ts';
import { subKey } from '../crypto/derive.ts';
import { liveJob, runningJob, startScanJob } from './jobs.ts';
import { allowedRoots, resolveFolders } from './roots.ts';
import { fileView, folderView, scanView } from './view.ts';

function actorOf(actor: Actor, meta: RequestMeta) {
  return { actorId: actor.userId, actorLabel: actor.role, ip: meta.ip };
}

/** Another tenant's id and a missing id answer the same 404, and the attempt is journaled. */
async function targetScan(app: App, actor: Actor, id: string, meta: RequestMeta): Promise<ScanRow> {
  const row = await app.repos.scans(actor.tenantId).get(id);
  if (!row) {
    await recordEvent(app, { ...actorOf(actor, meta), tenantId: actor.tenantId, action: 'securite.acces_refuse', recordType: 'analyse', recordId: id.slice(0, 64) });
    throw notFound('Analyse introuvable.');
  }
  return row;
}

export function scanRoots() {
  return { racines: allowedRoots() };
}

export async function startScan(app: App, actor: Actor, dossiers: string[], meta: RequestMeta, options: { readImages?: boolean } = {}) {
  await requireOwner(app, actor, meta);
  const roots = resolveFolders(dossiers, allowedRoots());
  // The client file's blind-index key: the scan notes where each person's e-mail or phone is (access pack).
  const personIndex = actor.dataKey ? { tenantId: actor.tenantId, key: subKey(actor.dataKey, 'blind-index') } : undefined;
  const job = await startScanJob(app, actor.tenantId, roots, actorOf(actor, meta), personIndex, options.readImages === true);
  const row = (await app.repos.scans(actor.tenantId).get(job.id))!;
  return scanView(row, job);
}

export async function listScans(app: App, actor: Actor) {
  const rows = await app.repos.scans(actor.tenantId).list();
  return { analyses: rows.map((r) => scanView(r, liveJob(app, actor.tenantId, r.id))), enCours: runningJob(app, actor.tenantId)?.id ?? null };
}

export async function readScan(app: App, actor: Actor, id: string, page: { page: number; parPage: number; erreurs: boolean }, meta: RequestMeta) {
  const row = await targetScan(app, actor, id, meta);
  const repo = app.repos.scans(actor.tenantId);
  const [total, files, folders] = await Promise.all([
    repo.countFiles(id, page.erreurs),
    repo.files(id, { offset: (page.page - 1) * page.parPage, limit: page.parPage, toCheckOnly: page.erreurs }),
    repo.folders(id),
  ]);
  return {
    analyse: scanView(row, liveJob(app, actor.tenantId, id)),
    parDossier: folders.map(folderView),
    fichiers: { page: page.page, parPage: page.parPage, total, erreursSeulement: page.erreurs, elements: files.map(fileView) },
  };
}

export async function cancelScan(app: App, actor: Actor, id: string, meta: RequestMeta) {
  await requireOwner(app, actor, meta);
  const row = await targetScan(app, actor, id, meta);
  const job = liveJob(app, actor.tenantId, id);
  if (job && job.state === 'running') {
    job.controller.abort();
    await job.finished;
  }
  return scanView((await app.repos.scans(actor.tenantId).get(id)) ?? row, liveJob(app, actor.tenantId, id));
}
