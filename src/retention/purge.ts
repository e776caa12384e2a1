// Applying the retention periods: deleting what has expired, anonymising what invoices still
// tie to the accounts. Shared by the HTTP route and the CLI. Nothing is purged without a
// preview: the caller passes the counts it showed, and they must match a fresh computation
// made inside the purge transaction, or nothing happens.
import type { App } from '../app.ts';
import { conflict } from '../core/errors.ts';
import type { RetentionReport } from '../core/retention/expiry.ts';
import { appendJournal } from '../journal/journal.ts';
import { removeDocumentFiles } from '../clients/documents.ts';
import type { ClientVault } from '../clients/vault.ts';
import { anonymiseInTx, deleteInTx } from './anonymise.ts';
import { checkTenant } from './daily.ts';
import { loadPolicy } from './policy.ts';
import { fileReport, readSubjects } from './report.ts';

export interface PurgeActor {
  tenantId: string;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
}

export interface ExpectedCounts {
  supprimer: number;
  anonymiser: number;
}

export interface PurgeResult {
  date: string;
  supprimees: number;
  anonymisees: number;
  documentsSupprimes: number;
  lignes: Array<{ id: string; status: string; action: 'supprimer' | 'anonymiser'; reason: string }>;
  /** Still to check by hand (unusable dates…), as in the preview. */
  avertissements: number;
}

export async function previewFile(app: App, tenantId: string, vault: ClientVault | null): Promise<RetentionReport> {
  const { policy } = await loadPolicy(app.repos, tenantId);
  return await fileReport(await readSubjects(app.repos.retention(tenantId), vault), policy, app.now());
}

export async function applyPurge(app: App, who: PurgeActor, expected: ExpectedCounts): Promise<PurgeResult> {
  const now = app.now();
  const at = now.toISOString();
  const removedFiles: string[] = [];
  const result = await app.tx(async (repos) => {
    const { policy } = await loadPolicy(repos, who.tenantId);
    const report = await fileReport(await readSubjects(repos.retention(who.tenantId), null), policy, now);
    const { supprimer, anonymiser } = report.counts;
    if (supprimer !== expected.supprimer || anonymiser !== expected.anonymiser) {
      throw conflict(
        'APERCU_PERIME',
        `Le fichier a changé depuis l’aperçu (aperçu : ${expected.supprimer} à supprimer et ${expected.anonymiser} à anonymiser ; maintenant : ${supprimer} et ${anonymiser}). Rien n’a été supprimé : relancez l’aperçu et vérifiez-le avant d’appliquer.`,
      );
    }
    const lignes: PurgeResult['lignes'] = [];
    for (const line of report.lines) {
      if (line.action === 'supprimer') {
        removedFiles.push(...(await deleteInTx(repos, who.tenantId, line.id)));
      } else if (line.action === 'anonymiser') {
        // The invoices stay as issued; every other document named the person.
        const keep = new Set((await repos.clientDocuments(who.tenantId).listFor(line.id)).filter((d) => d.kind === 'facture').map((d) => d.id));
        removedFiles.push(...(await anonymiseInTx(repos, who.tenantId, line.id, keep, at)));
      } else continue;
      lignes.push({ id: line.id, status: line.status, action: line.action, reason: line.reason });
    }
    await appendJournal(app, repos, {
      ...who,
      action: 'retention.appliquee',
      recordType: 'retention',
      details: { supprimees: supprimer, anonymisees: anonymiser, documentsSupprimes: removedFiles.length, date: report.date },
    });
    const after = await checkTenant(repos, who.tenantId, now);
    return { date: report.date, supprimees: supprimer, anonymisees: anonymiser, documentsSupprimes: removedFiles.length, lignes, avertissements: after.withWarnings };
  });
  await removeDocumentFiles(app, who.tenantId, removedFiles);
  return result;
}
