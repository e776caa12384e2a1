// Importing a client file: a preview that writes nothing, then the import itself, all or nothing.
import type { App } from '../../app.ts';
import type { Actor } from '../../accounts/team.ts';
import type { RequestMeta } from '../../accounts/meta.ts';
import { invalid } from '../../core/errors.ts';
import { recordEvent } from '../../journal/journal.ts';
import { journalBase, openVault, requireWriter } from '../access.ts';
import { startImportJob, type ImportJob } from './jobs.ts';
import { planImport, previewOf, rowsToImport, type ImportOptions } from './plan.ts';
import { readSheet } from './read-file.ts';
import { SEAL_WORKERS_MIN, SealWorkers } from './seal-pool.ts';

export async function previewImport(app: App, actor: Actor, file: Uint8Array, options: ImportOptions, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  const plan = await planImport(app, vault, await readSheet(file), options);
  const preview = previewOf(plan);
  // Comparing with the stored file reveals which people are already clients: journaled.
  await recordEvent(app, {
    ...journalBase(actor, meta),
    action: 'clients.import_apercu',
    recordType: 'client',
    details: { format: plan.sheet.format, lignes: preview.total, valides: preview.valides, doublons: plan.duplicates.length },
  });
  return preview;
}

/**
 * Checks the whole file first: one invalid row and nothing is written (400 with the list).
 * Then the rows are written by a background job, in one transaction.
 */
export async function startImport(app: App, actor: Actor, file: Uint8Array, options: ImportOptions, meta: RequestMeta): Promise<ImportJob> {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  const sheet = await readSheet(file);
  // A large file: the sealing workers boot while the rows are being checked.
  const workers = sheet.rows.length >= SEAL_WORKERS_MIN ? SealWorkers.start(actor.tenantId, actor.dataKey!) : null;
  try {
    const plan = await planImport(app, vault, sheet, options);
    if (plan.errors.length > 0) {
      const n = plan.errors.length;
      throw invalid('IMPORT_INVALIDE', `${n} ligne${n > 1 ? 's' : ''} invalide${n > 1 ? 's' : ''} : rien n’a été importé. Corrigez le fichier ou la correspondance des colonnes, puis recommencez.`, {
        lignesInvalides: n,
        erreurs: plan.errors.slice(0, 500),
      });
    }
    const rows = rowsToImport(plan, options.ignoreDuplicates ?? false);
    if (rows.length === 0) throw invalid('IMPORT_VIDE', 'Aucune ligne à importer (fichier vide ou uniquement des doublons).');
    return startImportJob(
      app,
      actor,
      vault,
      {
        format: plan.sheet.format,
        lines: plan.sheet.rows.length,
        clients: rows.map((r) => r.client),
        skippedDuplicates: plan.valid.length - rows.length,
        warnings: plan.warnings.length,
      },
      meta,
      workers,
    );
  } catch (err) {
    await workers?.terminate();
    throw err;
  }
}
