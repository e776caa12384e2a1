// Restores a generation into a new data folder (or one client's documents). Every piece is
// checked against the manifest before it is written; each file is written to a temporary name
// and renamed once complete. An existing non-empty folder is refused unless the caller
// confirmed overwriting (--ecraser); even then only the backup's own files are replaced.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { chunkKey } from '../core/backup/generation.ts';
import type { FileEntry, Manifest } from '../core/backup/manifest.ts';
import { clientDocumentPaths, restorePlan, type RestorePlan } from '../core/backup/restore-plan.ts';
import { conflict, invalid, notFound } from '../core/errors.ts';
import type { Destination } from './destination.ts';
import { eachLimit } from './limit.ts';
import { AgeDecryptError, ageDecrypt } from './age-native.ts';
import { getObject, readManifest, storedAsWritten } from './objects.ts';

export interface RestoreOptions {
  dryRun?: boolean;
  /** Explicit confirmation to write into a folder that already has files. */
  force?: boolean;
}

export interface RestoreResult {
  plan: RestorePlan;
  manifest: Manifest;
  written: number;
  /** French instructions for what remains to do by hand (loading a PostgreSQL dump). */
  nextSteps: string[];
}

async function ensureTarget(target: string, force: boolean | undefined): Promise<void> {
  const entries = await readdir(target).catch((err) => {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [] as string[];
    throw err;
  });
  if (entries.length > 0 && !force) {
    throw conflict('DOSSIER_NON_VIDE', `Le dossier ${target} n’est pas vide : rien n’a été écrasé. Choisissez un nouveau dossier, ou confirmez avec --ecraser.`);
  }
  await mkdir(target, { recursive: true, mode: 0o700 });
}

async function restoreFile(dest: Destination, f: FileEntry, identities: readonly string[], target: string): Promise<void> {
  const final = join(target, ...f.path.split('/'));
  if (!resolve(final).startsWith(resolve(target))) throw invalid('CHEMIN_INVALIDE', `Chemin refusé dans la sauvegarde : ${f.path}`);
  await mkdir(dirname(final), { recursive: true, mode: 0o700 });
  const tmp = join(dirname(final), `.${randomBytes(6).toString('hex')}.restauration.tmp`);
  const h = await open(tmp, 'wx', f.mode || 0o600);
  const whole = createHash('sha256');
  // The next pieces are fetched while this one is checked and written (at most AHEAD pieces in memory).
  const AHEAD = 2;
  const fetch = (i: number) => {
    const ref = f.chunks[i]!;
    const p = getObject(dest, chunkKey(ref.name)).catch(() => {
      throw invalid('MORCEAU_MANQUANT', `Sauvegarde incomplète : le morceau ${ref.name.slice(0, 12)}… de ${f.path} est absent de ${dest.label}.`);
    });
    p.catch(() => {}); // awaited in order below
    return p;
  };
  const queue = f.chunks.slice(0, AHEAD).map((_, i) => fetch(i));
  try {
    for (const [i, ref] of f.chunks.entries()) {
      const data = await queue.shift()!;
      if (i + AHEAD < f.chunks.length) queue.push(fetch(i + AHEAD));
      const corrupt = () => invalid('MORCEAU_CORROMPU', `Sauvegarde corrompue : le morceau ${ref.name.slice(0, 12)}… de ${f.path} a été modifié ou tronqué sur ${dest.label}.`);
      if (!storedAsWritten(data, ref)) throw corrupt();
      // The manifest opened with these keys, and its pieces are sealed to the same recipients.
      const plain = await ageDecrypt(data, identities).catch((err: unknown) => {
        throw err instanceof AgeDecryptError ? corrupt() : err;
      });
      whole.update(plain);
      await h.write(plain);
    }
    await h.sync();
  } catch (err) {
    await h.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await h.close();
  if (whole.digest('hex') !== f.sha256) {
    await rm(tmp, { force: true });
    throw invalid('FICHIER_CORROMPU', `Le fichier restauré ${f.path} ne correspond pas à son empreinte : sauvegarde corrompue.`);
  }
  await rename(tmp, final);
}

function postgresSteps(m: Manifest, target: string): string[] {
  const db = m.files.find((f) => f.role === 'database');
  if (!db || m.instance.dialect !== 'postgres') return [];
  const file = join(target, db.path);
  if (m.instance.databaseFormat === 'pg_dump') {
    return [
      'La base PostgreSQL est dans ' + file + ' (format pg_dump « custom »). Pour la charger dans une base VIDE :',
      `  createdb rempart_restauree && pg_restore --no-owner --dbname=postgres://…/rempart_restauree "${file}"`,
      `Puis démarrez Rempart avec REMPART_DATA=${target} et DATABASE_URL=postgres://…/rempart_restauree.`,
    ];
  }
  return [
    'Les données PostgreSQL sont dans ' + file + ' (SQL). Pour les charger dans une base VIDE :',
    `  1. createdb rempart_restauree`,
    `  2. REMPART_DATA=${target} DATABASE_URL=postgres://…/rempart_restauree rempart backup key   (crée les tables vides)`,
    `  3. psql postgres://…/rempart_restauree -v ON_ERROR_STOP=1 -f "${file}"`,
    `Puis démarrez Rempart avec REMPART_DATA=${target} et la même DATABASE_URL.`,
  ];
}

export async function restoreFiles(dest: Destination, generation: string, identity: string | readonly string[], target: string, only: ReadonlySet<string> | undefined, options: RestoreOptions): Promise<RestoreResult> {
  const identities = typeof identity === 'string' ? [identity] : identity;
  const manifest = await readManifest(dest, generation, identities);
  const plan = restorePlan(manifest, only);
  if (options.dryRun) return { plan, manifest, written: 0, nextSteps: [] };
  await ensureTarget(target, options.force);
  await eachLimit(plan.files, 4, (f) => restoreFile(dest, f, identities, target));
  return { plan, manifest, written: plan.files.length, nextSteps: only ? [] : postgresSteps(manifest, target) };
}

/** Full restore into a new data folder: database, documents, settings, instance secret. */
export function restoreFull(dest: Destination, generation: string, identity: string | readonly string[], targetDataDir: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  return restoreFiles(dest, generation, identity, targetDataDir, undefined, options);
}

/**
 * One client's documents (still age-encrypted to the tenant's key, as in the data folder:
 * documents/<tenant>/<document>.age). The list comes from the database inside the backup,
 * so it works for a client since deleted.
 */
export async function restoreClientDocuments(
  dest: Destination,
  generation: string,
  identity: string | readonly string[],
  target: string,
  client: { tenantId?: string; clientId: string },
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const identities = typeof identity === 'string' ? [identity] : identity;
  const manifest = await readManifest(dest, generation, identities);
  if (manifest.instance.databaseFormat !== 'sqlite') {
    throw invalid('CLIENT_POSTGRESQL', 'La restauration des documents d’un seul client lit la base SQLite de la sauvegarde ; pour PostgreSQL, restaurez la sauvegarde complète dans un nouveau dossier.');
  }
  const db = manifest.files.find((f) => f.role === 'database')!;
  const tmp = await mkdtemp(join(tmpdir(), 'rempart-client-'));
  let ids: string[];
  let tenantId = '';
  try {
    await restoreFile(dest, db, identities, tmp);
    const sqlite = new Database(join(tmp, db.path), { readonly: true });
    try {
      // Client ids are UUIDs: the client row tells its business when the caller does not.
      tenantId = client.tenantId ?? (sqlite.prepare('SELECT tenant_id FROM clients WHERE id = ?').get(client.clientId) as { tenant_id: string } | undefined)?.tenant_id ?? '';
      ids = sqlite
        .prepare('SELECT id FROM client_documents WHERE tenant_id = ? AND client_id = ?')
        .all(tenantId, client.clientId)
        .map((r) => (r as { id: string }).id);
    } finally {
      sqlite.close();
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  if (ids.length === 0) throw notFound('Aucun document pour ce client dans cette sauvegarde (vérifiez l’identifiant du client).');
  return restoreFiles(dest, generation, identities, target, clientDocumentPaths(tenantId, ids), options);
}
