// Importing a client file: a preview that writes nothing, then the import itself, all or nothing.
import type { App } from '../../app.ts';
import type { Actor } from '../../accounts/team.ts';
import type { RequestMeta } from '../../accounts/meta.ts';
import { invalid } from '../../core/errors.ts';
import { recordEvent } from '../../journal/journal.ts';
import { journalBase, openVault, requireWriter } from '../access.ts';
import { startImportJob, type ImportJob } from './jobs.ts';
import { planImport, previewOf, rowsToImport, type ImportOptions } from './plan.ts';
import { readSheetOffThread } from './read-off-thread.ts';
import { SEAL_CHUNK, SEAL_WORKERS_MIN, SealWorkers, type Presealed, type SealItem } from './seal-pool.ts';
import { timeOrderedId } from '../ids.ts';
import type { Client } from '../../core/clients/types.ts';

export async function previewImport(app: App, actor: Actor, file: Uint8Array, options: ImportOptions, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  const plan = await planImport(app, vault, await readSheetOffThread(file), options);
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

/** At most this many chunks are sealed before the file is known to be valid (bounded memory). */
const PRESEAL_MAX_CHUNKS = 48;

/**
 * Checks the whole file first: one invalid row and nothing is written (400 with the list).
 * Then the rows are written by a background job, in one transaction. For a large file the
 * sealing workers boot and start on the first valid rows while the rest is being checked.
 */
export async function startImport(app: App, actor: Actor, file: Uint8Array, options: ImportOptions, meta: RequestMeta): Promise<ImportJob> {
  await requireWriter(app, actor, meta);
  const vault = openVault(actor);
  const sheet = await readSheetOffThread(file);
  const workers = sheet.rows.length >= SEAL_WORKERS_MIN ? SealWorkers.start(actor.tenantId, actor.dataKey!) : null;
  // One millisecond apart in file order, ending now: the listing (newest first) has a strict
  // order its index serves, and the time-ordered ids append to the indexes.
  const end = app.now().getTime();
  const items: SealItem[] = [];
  const presealed: Presealed = { chunks: [], covered: 0 };
  const onValid = (rowIndex: number, client: Client) => {
    const ms = end - (sheet.rows.length - 1 - rowIndex);
    items.push({ id: timeOrderedId(ms), at: new Date(ms).toISOString(), client });
    if (workers && items.length - presealed.covered === SEAL_CHUNK && presealed.chunks.length < PRESEAL_MAX_CHUNKS) {
      presealed.chunks.push(workers.submit(items.slice(presealed.covered)));
      presealed.covered = items.length;
    }
  };
  try {
    const plan = await planImport(app, vault, sheet, options, onValid);
    if (plan.errors.length > 0) {
      const n = plan.errors.length;
      throw invalid('IMPORT_INVALIDE', `${n} ligne${n > 1 ? 's' : ''} invalide${n > 1 ? 's' : ''} : rien n’a été importé. Corrigez le fichier ou la correspondance des colonnes, puis recommencez.`, {
        lignesInvalides: n,
        erreurs: plan.errors.slice(0, 500),
      });
    }
    const rows = rowsToImport(plan, options.ignoreDuplicates ?? false);
    if (rows.length === 0) throw invalid('IMPORT_VIDE', 'Aucune ligne à importer (fichier vide ou uniquement des doublons).');
    // plan.valid and items are in the same order: one item per valid row.
    const kept = new Set(rows.map((r) => r.rowNumber));
    const skip = rows.length === plan.valid.length ? new Set<string>() : new Set(plan.valid.flatMap((v, k) => (kept.has(v.rowNumber) ? [] : [items[k]!.id])));
    return startImportJob(
      app,
      actor,
      vault,
      {
        format: plan.sheet.format,
        lines: plan.sheet.rows.length,
        items,
        skip,
        skippedDuplicates: plan.valid.length - rows.length,
        warnings: plan.warnings.length,
      },
      meta,
      { workers, presealed },
    );
  } catch (err) {
    await workers?.terminate();
    throw err;
  }
}
