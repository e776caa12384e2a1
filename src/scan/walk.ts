// Lists the files to scan (main thread: metadata only, no content read). Symbolic links are
// never followed out of the chosen folders unless asked; links inside them point to things
// the walk reaches anyway, so they are skipped, which also rules out loops.
// A name that is not valid UTF-8 (copied from an old Windows machine, a zip, a USB key) is
// shown decoded as Windows-1252 and opened by its bytes (`fsPath`): Node's strings would
// replace its bytes with U+FFFD and the file could never be opened.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Dirent, Stats } from 'node:fs';
import { fileErrors, fromSystemError } from './errors.ts';
import { formatOf, readFormat, type FileFormat } from './formats.ts';
import { DEFAULT_SKIPPED_DIRS, IGNORE_FILE, isIgnored, parseIgnore, type IgnoreRule } from './ignore.ts';

export type WalkEntry =
  | { kind: 'file'; path: string; root: string; size: number; modifiedAt: string; format: FileFormat; fsPath?: Buffer }
  // (a file not read still has a name, which may say whom it is about: its place in the tree comes with it)
  | { kind: 'skipped'; path: string; reason: 'binaire'; root: string; size: number; modifiedAt: string }
  | { kind: 'skipped'; path: string; reason: 'lien' | 'special' }
  | { kind: 'error'; path: string; root: string; size: number; modifiedAt: string; format: string; code: string; message: string };

interface Dir {
  path: string;
  /** The path's bytes on disk, when they are not the UTF-8 of `path`. */
  fsPath?: Buffer;
  root: string;
  rules: readonly IgnoreRule[];
  /** Reached through a followed link: its files may also be reached another way. */
  outside?: boolean;
}

function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
}

const fileEntry = (path: string, root: string, st: Stats, readImages: boolean, fsPath?: Buffer): WalkEntry => {
  const format = readFormat(path, readImages);
  const place = { path, root, size: st.size, modifiedAt: st.mtime.toISOString() };
  if (format === 'binaire') return { kind: 'skipped', reason: 'binaire', ...place };
  return { kind: 'file', ...place, format, ...(fsPath ? { fsPath } : {}) };
};

interface Named {
  name: string;
  d: Dirent;
  /** Bytes of the full path on disk, when the name (or a parent's) is not valid UTF-8. */
  fsPath?: Buffer;
}

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** The folder's entries with their displayed names, read again as bytes only when a name needs it. */
async function entries(dir: Dir): Promise<Named[]> {
  const names = await readdir(dir.fsPath ?? dir.path, { withFileTypes: true });
  if (!dir.fsPath && !names.some((d) => d.name.includes('\uFFFD'))) return names.map((d) => ({ name: d.name, d }));
  const raw = await readdir(dir.fsPath ?? dir.path, { withFileTypes: true, encoding: 'buffer' });
  const valid = new Set<string>();
  const decoded = raw.map((d) => {
    const bytes = d.name as unknown as Buffer;
    const utf8 = bytes.toString('utf8');
    const ok = Buffer.from(utf8, 'utf8').equals(bytes);
    if (ok) valid.add(utf8);
    return { d, bytes, utf8, ok };
  });
  const parent = dir.fsPath ?? Buffer.from(dir.path, 'utf8');
  return decoded.map(({ d, bytes, utf8, ok }) => {
    // Shown as Windows-1252 unless a sibling already bears that name (two files, one path).
    const shown = ok ? utf8 : WINDOWS_1252.decode(bytes);
    const name = ok || valid.has(shown) ? utf8 : shown;
    const fsPath = ok && !dir.fsPath ? undefined : Buffer.concat([parent, Buffer.from(sep), bytes]);
    return { name, d: d as unknown as Dirent, ...(fsPath ? { fsPath } : {}) };
  });
}

const errorEntry = (path: string, root: string, e: unknown, format = 'dossier'): WalkEntry => {
  const err = fromSystemError(e);
  return { kind: 'error', path, root, size: 0, modifiedAt: new Date(0).toISOString(), format, code: err.code, message: err.message };
};

export async function* walk(roots: string[], options: { followSymlinks?: boolean; signal?: AbortSignal; exclude?: string[]; readImages?: boolean } = {}): AsyncGenerator<WalkEntry> {
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const readImages = options.readImages === true;
  const absRoots = roots.map((r) => resolve(r));
  const realRoots: string[] = [];
  for (const r of absRoots) realRoots.push(await realpath(r).catch(() => r));
  const seen = new Set<string>();
  const stack: Dir[] = [];

  for (const root of absRoots) {
    let st: Stats;
    try {
      st = await stat(root);
    } catch (e) {
      yield { ...(errorEntry(root, root, e) as Extract<WalkEntry, { kind: 'error' }>), ...((e as NodeJS.ErrnoException).code === 'ENOENT' ? pick(fileErrors.notAFolder()) : {}) };
      continue;
    }
    if (st.isFile()) yield fileEntry(root, root, st, readImages);
    else if (st.isDirectory() && !seen.has(key(st))) {
      seen.add(key(st));
      stack.push({ path: root, root, rules: [] });
    }
  }

  while (stack.length > 0) {
    if (options.signal?.aborted) return;
    const dir = stack.pop()!;
    let names: Named[];
    try {
      names = await entries(dir);
    } catch (e) {
      const err = (e as NodeJS.ErrnoException).code === 'ENOENT' ? fileErrors.vanished() : fileErrors.unreadableFolder();
      yield { kind: 'error', path: dir.path, root: dir.root, size: 0, modifiedAt: new Date(0).toISOString(), format: 'dossier', code: err.code, message: err.message };
      continue;
    }
    let rules = dir.rules;
    // Only a regular file: a FIFO named .rempartignore must not block the walk.
    if (names.some((n) => n.name === IGNORE_FILE && n.d.isFile())) {
      const ignoreText = await readFile(dir.fsPath ? Buffer.concat([dir.fsPath, Buffer.from(sep + IGNORE_FILE)]) : join(dir.path, IGNORE_FILE), 'utf8').catch(() => null);
      if (ignoreText !== null) rules = [...rules, ...parseIgnore(ignoreText, dir.path)];
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: Dir[] = [];
    for (const { name, d, fsPath } of names) {
      const path = join(dir.path, name);
      const onDisk = fsPath ?? path;
      if (d.isDirectory() && DEFAULT_SKIPPED_DIRS.has(name)) continue;
      if (name === IGNORE_FILE || excluded.has(path)) continue;
      if (rules.length > 0 && isIgnored(rules, path, d.isDirectory())) continue;
      try {
        if (d.isSymbolicLink()) {
          const real = await realpath(onDisk).catch(() => null);
          if (real === null || inside(real, realRoots) || !options.followSymlinks) {
            yield { kind: 'skipped', path, reason: 'lien' };
            continue;
          }
          const st = await stat(real);
          if (seen.has(key(st))) {
            yield { kind: 'skipped', path, reason: 'lien' };
            continue;
          }
          seen.add(key(st));
          if (st.isDirectory()) subdirs.push({ path, root: dir.root, rules, outside: true, ...(fsPath ? { fsPath } : {}) });
          else if (st.isFile()) yield fileEntry(path, dir.root, st, readImages, fsPath);
          else yield { kind: 'skipped', path, reason: 'special' };
        } else if (d.isDirectory()) {
          // Nested or repeated roots (~/Documents and ~/Documents/Clients): each folder once.
          const st = await lstat(onDisk);
          if (seen.has(key(st))) continue;
          seen.add(key(st));
          subdirs.push({ path, root: dir.root, rules, outside: dir.outside === true, ...(fsPath ? { fsPath } : {}) });
        } else if (d.isFile()) {
          const st = await lstat(onDisk);
          if (dir.outside) {
            if (seen.has(key(st))) continue;
            seen.add(key(st));
          }
          yield fileEntry(path, dir.root, st, readImages, fsPath);
        } else {
          // FIFOs, sockets, devices: opening them could block or never end.
          yield { kind: 'skipped', path, reason: 'special' };
        }
      } catch (e) {
        yield errorEntry(path, dir.root, e, formatOf(path));
      }
    }
    // Depth-first, in name order.
    for (let j = subdirs.length - 1; j >= 0; j--) stack.push(subdirs[j]!);
  }
}

const key = (st: Stats) => `${st.dev}:${st.ino}`;
const pick = (e: { code: string; message: string }) => ({ code: e.code, message: e.message });
