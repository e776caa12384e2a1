// The whole engine with its worker threads over real folders: .rempartignore, default skips,
// binaries, symbolic links (loops, outside the roots), FIFOs, unreadable files, huge sparse
// files, abort. Every problem is a French per-file report and the scan goes on.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFolders, scanToList } from '../../src/scan/engine.ts';
import type { FileReport, ScanProgress } from '../../src/scan/contract.ts';
import { canDropBypass, isRoot, withoutBypass } from '../helpers/without-root-bypass.ts';

const base = mkdtempSync(join(tmpdir(), 'rempart-engine-'));
const root = join(base, 'dossier');
const outside = join(base, 'ailleurs');

/** `rempart scan` (French summary) run without root's bypass of file modes (test/helpers/without-root-bypass.ts). */
async function scanWithoutPermissionBypass(folder: string): Promise<string> {
  const [cmd, args] = withoutBypass(process.execPath, ['bin/rempart.js', 'scan', folder]);
  const { stdout } = await promisify(execFile)(cmd, args, { env: { ...process.env, REMPART_DATA: base } });
  return stdout;
}

function put(rel: string, data: string | Uint8Array, dir = root): string {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, data);
  return p;
}

beforeAll(() => {
  put('clients.csv', 'nom;email\nMartin;jeanne.martin@exemple.fr\n');
  put('notes/rdv.txt', 'Rappeler paul.durand@exemple.org demain\n');
  put('notes/vide.md', '# Rien ici\n');
  put('journal.log', 'ignoré.par.motif@exemple.fr\n');
  put('garder.log', 'garde@exemple.fr\n');
  put('secret/cle.txt', 'cache@exemple.fr\n');
  put('node_modules/pkg/readme.md', 'dep@exemple.fr\n');
  put('.git/config', 'email = git@exemple.fr\n');
  put('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0, 1, 2]));
  put('sans-extension', Buffer.from([1, 0, 2, 0, 3]));
  put('.rempartignore', '# tests\n*.log\n!garder.log\nsecret/\n');
  put('externe.txt', 'dehors@exemple.fr\n', outside);
  symlinkSync(root, join(root, 'notes', 'boucle'));
  symlinkSync(join(outside, 'externe.txt'), join(root, 'lien-externe.txt'));
  symlinkSync(outside, join(root, 'lien-dossier'));
  execFileSync('mkfifo', [join(root, 'tube.txt')]);
  mkdirSync(join(root, 'dossier.txt'));
});
afterAll(() => {
  try {
    chmodSync(join(root, 'interdit.txt'), 0o600);
  } catch {
    /* not created */
  }
  rmSync(base, { recursive: true, force: true });
});

const byName = (reports: FileReport[]) => new Map(reports.map((r) => [r.path.slice(root.length + 1), r]));

describe('scanFolders', () => {
  it('walks the folder once, honours .rempartignore, skips binaries, links out of the folder, FIFOs', async () => {
    let last: ScanProgress | null = null;
    const reports = await scanToList([root], { workers: 2, onProgress: (p) => (last = p) });
    const names = [...byName(reports).keys()].sort();
    expect(names).toEqual(['clients.csv', 'garder.log', 'notes/rdv.txt', 'notes/vide.md']);
    const clients = byName(reports).get('clients.csv')!;
    expect(clients).toMatchObject({ root, format: 'csv', size: 42, counts: { email: 1 } });
    expect(clients.findings.find((f) => f.type === 'email')).toMatchObject({ line: 2, column: 8, path: join(root, 'clients.csv') });
    // No raw value anywhere in a report.
    expect(JSON.stringify(reports)).not.toMatch(/jeanne\.martin|paul\.durand/);
    // sans-extension is listed, then found binary by its content.
    expect(last).toMatchObject({ totalFiles: 5, files: 5, findings: reports.reduce((n, r) => n + r.findings.length, 0), etaSeconds: 0, errors: 0 });
    // photo.jpg, sans-extension, the three links, the FIFO.
    expect(last!.skipped).toBe(6);
  });

  it('follows links out of the folder only when asked, without looping', async () => {
    const reports = await scanToList([root], { workers: 1, followSymlinks: true });
    const names = [...byName(reports).keys()].sort();
    expect(names).toContain('lien-externe.txt');
    // The same outside file reached twice (a file link and a folder link) is read once.
    expect(names.filter((n) => n.includes('externe')).length).toBe(1);
  });

  it('reports an unreadable file in French and goes on', { timeout: 120_000 }, async (ctx) => {
    const p = put('interdit.txt', 'x@exemple.fr');
    chmodSync(p, 0o000);
    try {
      const reports = await scanToList([root], { workers: 1 });
      const r = byName(reports).get('interdit.txt')!;
      if (isRoot) {
        // root reads anything, so the refusal is checked below in a process without root's
        // permission bypass; here only that the scan went on.
        expect(r.error).toBeUndefined();
        if (canDropBypass) {
          const human = await scanWithoutPermissionBypass(root);
          expect(human).toContain(`${p}\n  erreur : Accès refusé : Rempart n’a pas le droit de lire ce fichier.`);
          expect(human).toContain(`${join(root, 'clients.csv')}\n  données courantes : 1 adresse e-mail`);
        } else ctx.annotate('setpriv cannot drop root’s bypass of file modes here: the refusal itself is not checked');
      } else expect(r.error).toEqual({ code: 'ACCES_REFUSE', message: 'Accès refusé : Rempart n’a pas le droit de lire ce fichier.' });
      expect(byName(reports).get('clients.csv')!.counts.email).toBe(1);
    } finally {
      chmodSync(p, 0o600);
      rmSync(p);
    }
  });

  it('scans each file once when folders are repeated or nested', async () => {
    const reports = await scanToList([root, join(root, 'notes'), root], { workers: 2 });
    const paths = reports.map((r) => r.path).sort();
    expect(paths).toEqual([...new Set(paths)]);
    expect(paths.filter((p) => p.endsWith('rdv.txt'))).toHaveLength(1);
  });

  it('never scans the excluded paths (the CLI’s own report inside a scanned folder)', async () => {
    const reports = await scanToList([join(root, 'notes')], { workers: 1, exclude: [join(root, 'notes', 'rdv.txt')] });
    expect(reports.map((r) => r.path)).toEqual([join(root, 'notes', 'vide.md')]);
  });

  it('a missing folder is a French report, the other folders are scanned', async () => {
    const reports = await scanToList([join(base, 'nulle-part'), join(root, 'notes')], { workers: 1 });
    expect(reports.find((r) => r.error)?.error).toEqual({ code: 'INTROUVABLE', message: 'Dossier introuvable.' });
    expect(reports.filter((r) => !r.error).map((r) => r.path).sort()).toEqual([join(root, 'notes', 'rdv.txt'), join(root, 'notes', 'vide.md')]);
  });

  it('streams a large text file with exact line numbers and bounded memory', async () => {
    const dir = join(base, 'gros');
    mkdirSync(dir);
    const line = 'Le chantier avance bien, rien à signaler pour cette journée de travail.\n';
    const fd = openSync(join(dir, 'journal.txt'), 'w');
    const block = line.repeat(10_000);
    for (let i = 0; i < 40; i++) writeSync(fd, block); // ~28 MB, 400 000 lines
    writeSync(fd, 'Fin : derniere.ligne@exemple.fr\n');
    closeSync(fd);
    const reports = await scanToList([dir], { workers: 1 });
    const f = reports[0]!.findings.find((x) => x.type === 'email');
    expect(f).toMatchObject({ line: 400_001, column: 7 });
  });

  it('stops at binary data inside a huge sparse text file (3 GB) with a French error', async () => {
    const dir = join(base, 'creux');
    mkdirSync(dir);
    const p = join(dir, 'export.csv');
    writeFileSync(p, 'nom;email\nMartin;jeanne.martin@exemple.fr\n'.repeat(40_000));
    truncateSync(p, 3 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    const reports = await scanToList([dir], { workers: 1 });
    expect(reports[0]!.error?.code).toBe('BINAIRE');
    expect(reports[0]!.error?.message).toMatch(/données binaires/);
    expect(reports[0]!.counts.email).toBeGreaterThan(30_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
    // read in parts by two workers: the part that meets the zeros ends the file the same way
    const inParts = await scanToList([dir], { workers: 2 });
    expect(inParts[0]!.error?.code).toBe('BINAIRE');
    expect(inParts[0]!.counts).toEqual(reports[0]!.counts);
  });

  it('goes on through many files that turn out to be binary (no report, no stall)', async () => {
    const dir = join(base, 'binaires');
    for (let i = 0; i < 12; i++) put(`inconnu-${i}.dat2`, Buffer.from([1, 0, 2, 0]), dir);
    put('dernier.txt', 'a@exemple.fr\n', dir);
    let last: ScanProgress | null = null;
    const reports = await scanToList([dir], { workers: 1, onProgress: (p) => (last = p) });
    expect(reports.map((r) => r.path)).toEqual([join(dir, 'dernier.txt')]);
    expect(last).toMatchObject({ files: 13, skipped: 12 });
  });

  it('keeps its worker when a reader’s promise rejects once the file is done (a damaged PDF, found by fuzzing)', async () => {
    const dir = join(base, 'pdf-abime');
    mkdirSync(dir);
    // a page whose MediaBox array runs to the end of the file: pdfjs rejects a promise nobody awaits
    copyFileSync(join(import.meta.dirname, 'fixtures', 'fuzz-mediabox.pdf'), join(dir, 'a.pdf'));
    for (const n of ['b', 'c', 'd']) writeFileSync(join(dir, `${n}.txt`), `${n}@exemple.fr\n`);
    const reports = await scanToList([dir], { workers: 1 });
    expect(reports.map((r) => [r.path.slice(dir.length + 1), r.error?.code ?? r.counts.email])).toEqual([
      ['a.pdf', 'SANS_TEXTE'],
      ['b.txt', 1],
      ['c.txt', 1],
      ['d.txt', 1],
    ]);
  });

  it('stops on abort and terminates its workers', async () => {
    const controller = new AbortController();
    const seen: FileReport[] = [];
    for await (const r of scanFolders([root], { workers: 1, signal: controller.signal })) {
      seen.push(r);
      controller.abort();
    }
    expect(seen).toHaveLength(1);
  });
});
