// Which server-side folders a web scan may read. The server reads files with its own rights,
// so a user of the web interface must not make it walk /etc or another business's folder:
// every requested folder must resolve (symbolic links followed) inside an allowed root.
import { realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { invalid } from '../core/errors.ts';

/** REMPART_SCAN_ROOTS (':'-separated absolute paths), or the home folder of the server's user. */
export function allowedRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.REMPART_SCAN_ROOTS?.trim();
  const listed = raw ? raw.split(':').map((s) => s.trim()).filter(Boolean) : [homedir()];
  const roots: string[] = [];
  for (const root of listed) {
    if (!isAbsolute(root)) continue;
    try {
      const real = realpathSync(root);
      if (statSync(real).isDirectory() && !roots.includes(real)) roots.push(real);
    } catch {
      // A root that does not exist (yet) allows nothing.
    }
  }
  return roots;
}

export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function outside(folder: string, roots: string[]) {
  const list = roots.length ? roots.map((r) => `« ${r} »`).join(', ') : '(aucun : définissez REMPART_SCAN_ROOTS)';
  return invalid('DOSSIER_NON_AUTORISE', `Le dossier « ${folder} » est en dehors des dossiers que ce serveur peut analyser. Choisissez un dossier dans : ${list}.`);
}

/**
 * The real paths of the requested folders, each inside an allowed root; a folder inside
 * another requested one is dropped so that no file is counted twice.
 */
export function resolveFolders(requested: string[], roots: string[]): string[] {
  const resolved: string[] = [];
  for (const folder of requested) {
    if (!isAbsolute(folder)) throw invalid('CHEMIN_RELATIF', `Indiquez le chemin complet du dossier (il commence par « / ») : « ${folder} » n’en est pas un.`);
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      // Outside the roots, a missing folder gets the same answer as an existing one: the
      // error must not tell whether a path exists elsewhere on the server.
      if (!roots.some((root) => isInside(resolve(folder), root))) throw outside(folder, roots);
      throw invalid('DOSSIER_INTROUVABLE', `Le dossier « ${folder} » n’existe pas sur le serveur ou n’est pas lisible.`);
    }
    if (!roots.some((root) => isInside(real, root))) throw outside(folder, roots);
    if (!statSync(real).isDirectory()) throw invalid('PAS_UN_DOSSIER', `« ${folder} » est un fichier, pas un dossier : indiquez le dossier qui le contient.`);
    resolved.push(real);
  }
  const unique = [...new Set(resolved)].sort((a, b) => a.length - b.length);
  return unique.filter((f, i) => !unique.slice(0, i).some((parent) => isInside(f, parent)));
}
