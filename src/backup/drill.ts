// The restore drill: restore a generation into a temporary folder, open what came back, and
// say whether a real restore would work. Run monthly (scheduler) and by `rempart backup verify --exercice`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { DomainError } from '../core/errors.ts';
import type { Destination } from './destination.ts';
import { listGenerations } from './objects.ts';
import { restoreFull } from './restore.ts';
import { readLockDestination, type HeldLock } from './lock.ts';

export interface DrillReport {
  destination: string;
  generation: string | null;
  ok: boolean;
  files: number;
  /** Counts read from the restored database (never names). */
  tenants: number | null;
  clients: number | null;
  message: string;
  durationMs: number;
}

async function checkDatabase(dir: string, path: string, format: string): Promise<{ tenants: number | null; clients: number | null }> {
  const file = join(dir, path);
  if (format === 'sqlite') {
    const db = new Database(file, { readonly: true });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new DomainError('invalid', 'BASE_CORROMPUE', `La base restaurée est corrompue (${String(integrity)}).`);
      const count = (t: string) => Number((db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
      return { tenants: count('tenants'), clients: count('clients') };
    } finally {
      db.close();
    }
  }
  if (format === 'pg_dump') {
    await promisify(execFile)('pg_restore', ['--list', file]);
    return { tenants: null, clients: null };
  }
  const text = await readFile(file, 'utf8');
  if (!text.startsWith('-- Rempart') || !/COPY public\."tenants"/.test(text)) throw new DomainError('invalid', 'BASE_CORROMPUE', 'Les données PostgreSQL restaurées sont illisibles.');
  const block = /COPY public\."clients"[^\n]*\n([\s\S]*?)\\\.\n/.exec(text);
  return { tenants: null, clients: block ? block[1]!.split('\n').filter(Boolean).length : 0 };
}

export async function runDrill(dest: Destination, identity: string | readonly string[], generation?: string): Promise<DrillReport> {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'rempart-exercice-'));
  let key: string | null = generation ?? null;
  let lock: HeldLock | null = null;
  try {
    // a run's clean-up must not delete the generation while it is read back
    lock = await readLockDestination(dest);
    key ??= (await listGenerations(dest))[0]?.key ?? null;
    if (!key) throw new DomainError('not_found', 'AUCUNE_GENERATION', `Aucune sauvegarde sur ${dest.label}.`);
    const r = await restoreFull(dest, key, identity, join(dir, 'donnees'));
    const db = r.manifest.files.find((f) => f.role === 'database')!;
    const counts = await checkDatabase(join(dir, 'donnees'), db.path, r.manifest.instance.databaseFormat);
    const what = counts.clients === null ? 'base lisible' : `base ouverte : ${counts.tenants ?? '?'} entreprise(s), ${counts.clients} fiche(s) client`;
    return { destination: dest.label, generation: key, ok: true, files: r.written, ...counts, message: `Exercice de restauration réussi depuis ${dest.label} : ${r.written} fichier(s) restauré(s), ${what}.`, durationMs: Date.now() - started };
  } catch (err) {
    const msg = err instanceof DomainError ? err.message : `erreur inattendue (${(err as Error).message})`;
    return { destination: dest.label, generation: key, ok: false, files: 0, tenants: null, clients: null, message: `Exercice de restauration ÉCHOUÉ depuis ${dest.label} : ${msg}`, durationMs: Date.now() - started };
  } finally {
    await lock?.release();
    await rm(dir, { recursive: true, force: true });
  }
}
