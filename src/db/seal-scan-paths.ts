// Scans recorded before paths were sealed (see repositories/scan-paths.ts) kept them in clear.
// At start-up, each such scan is sealed in its own transaction (a crash leaves it whole, in
// clear, for the next start). A scan is found by its clear roots, which are sealed last. Every
// update is guarded by the clear value it replaces, so that two processes starting together
// never seal a value twice.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { fileContext, folderContext, rootsContext, SEALED_PREFIX, type PathSealer } from './repositories/scan-paths.ts';

const isSealed = (v: string) => v.startsWith(SEALED_PREFIX);

/** Seals the paths of every scan still stored in clear; returns how many scans it sealed. */
export async function sealClearScanPaths(db: Kysely<Database>, sealer: PathSealer): Promise<number> {
  const clear = await db.selectFrom('scans').select(['id', 'tenant_id']).where('roots', 'not like', `${SEALED_PREFIX}%`).execute();
  for (const scan of clear) {
    await db.transaction().execute(async (trx) => {
      const files = await trx.selectFrom('scan_files').select(['seq', 'path', 'folder']).where('scan_id', '=', scan.id).execute();
      for (const f of files) {
        const seq = Number(f.seq);
        if (!isSealed(f.path)) {
          await trx.updateTable('scan_files').set({ path: sealer.encrypt(fileContext(scan.tenant_id, scan.id, seq, 'path'), f.path) }).where('scan_id', '=', scan.id).where('seq', '=', seq).where('path', '=', f.path).execute();
        }
        if (!isSealed(f.folder)) {
          await trx.updateTable('scan_files').set({ folder: sealer.encrypt(fileContext(scan.tenant_id, scan.id, seq, 'folder'), f.folder) }).where('scan_id', '=', scan.id).where('seq', '=', seq).where('folder', '=', f.folder).execute();
        }
      }
      const folders = await trx.selectFrom('scan_folders').select('folder').where('scan_id', '=', scan.id).execute();
      for (const f of folders) {
        if (isSealed(f.folder)) continue;
        await trx.updateTable('scan_folders').set({ folder: sealer.encrypt(folderContext(scan.tenant_id, scan.id), f.folder) }).where('scan_id', '=', scan.id).where('folder', '=', f.folder).execute();
      }
      const row = await trx.selectFrom('scans').select('roots').where('id', '=', scan.id).executeTakeFirst();
      if (row && !isSealed(row.roots)) {
        await trx.updateTable('scans').set({ roots: sealer.encrypt(rootsContext(scan.tenant_id, scan.id), row.roots) }).where('id', '=', scan.id).where('roots', '=', row.roots).execute();
      }
    });
  }
  return clear.length;
}
