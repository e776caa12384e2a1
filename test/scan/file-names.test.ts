// File names as they come from old machines, zips and USB keys: not valid UTF-8 (Latin-1 /
// Windows-1252 bytes), in files and folders, beside a UTF-8 twin, and names holding control
// characters. Each file is read like any other, and shown readably.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanToList } from '../../src/scan/engine.ts';
import { shownPath } from '../../src/scan/labels.ts';

const base = mkdtempSync(join(tmpdir(), 'rempart-noms-'));
const root = join(base, 'partage');
const bytes = (...parts: (string | number[] | Buffer)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.isBuffer(p) ? p : Buffer.from(p))));
const E_ACUTE = [0xe9]; // 'é' in Latin-1 / Windows-1252
const LONG_LINE = 'Le chantier avance bien, rien à signaler pour cette journée.\n';

beforeAll(() => {
  mkdirSync(root, { recursive: true });
  writeFileSync(bytes(root, '/R', E_ACUTE, 'sum', E_ACUTE, '.txt'), 'Contact : jeanne.martin@exemple.fr\n');
  // a folder with a Latin-1 name, its own .rempartignore and a file
  const folder = bytes(root, '/Dossier ', E_ACUTE, 't', E_ACUTE);
  mkdirSync(folder);
  writeFileSync(bytes(folder, '/fiche.txt'), 'Écrire à paul.durand@exemple.org\n');
  writeFileSync(bytes(folder, '/cache.log'), 'ignore@exemple.fr\n');
  writeFileSync(bytes(folder, '/.rempartignore'), '*.log\n');
  // the same displayed name twice: UTF-8 "café.txt" and Latin-1 "caf\xe9.txt"
  writeFileSync(join(root, 'café.txt'), 'a@exemple.fr\n');
  writeFileSync(bytes(root, '/caf', E_ACUTE, '.txt'), 'b@exemple.fr\nc@exemple.fr\n');
  // large enough to be read in parts by two workers
  writeFileSync(bytes(root, '/Journal ', E_ACUTE, 't', E_ACUTE, '.txt'), LONG_LINE.repeat(400) + 'Fin : derniere.ligne@exemple.fr\n');
  writeFileSync(join(root, 'nom\navec\u001b[2Jsaut.txt'), 'z@exemple.fr\n');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('file names that are not UTF-8', () => {
  it('scans them, inside folders named so too, with readable names and the folder’s .rempartignore', async () => {
    for (const workers of [1, 2]) {
      const reports = await scanToList([root], { workers, partBytes: 4096 });
      const byPath = new Map(reports.map((r) => [r.path.slice(root.length + 1), r]));
      expect([...byPath.keys()].sort()).toEqual(['Dossier été/fiche.txt', 'Journal été.txt', 'Résumé.txt', 'caf\uFFFD.txt', 'café.txt', 'nom\navec\u001b[2Jsaut.txt'].sort());
      expect(reports.filter((r) => r.error)).toEqual([]);
      expect(byPath.get('Résumé.txt')!.counts).toEqual({ email: 1 });
      expect(byPath.get('Dossier été/fiche.txt')!.counts).toEqual({ email: 1 });
      // the twins are both read, each its own content
      expect(byPath.get('café.txt')!.counts).toEqual({ email: 1 });
      expect(byPath.get('caf\uFFFD.txt')!.counts).toEqual({ email: 2 });
      const journal = byPath.get('Journal été.txt')!;
      expect(journal.findings.find((f) => f.type === 'email')).toMatchObject({ line: 401, column: 7 });
    }
  });

  it('prints control characters of a name as escapes in the French summary', { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/rempart.js', 'scan', root], { env: { ...process.env, REMPART_DATA: base } });
    expect(stdout).toContain(`${root}/nom\\navec\\x1b[2Jsaut.txt\n  données courantes : 1 adresse e-mail`);
    expect(stdout).toContain(`${root}/Résumé.txt\n`);
    expect(stdout).not.toContain('\u001b[2J');
    expect(stdout).toContain('en erreur : 0');
  });

  it('shownPath leaves ordinary paths alone', () => {
    expect(shownPath('/srv/partage/C:\\dossier/été.txt')).toBe('/srv/partage/C:\\dossier/été.txt');
    expect(shownPath('/a\\b\tc\u007f')).toBe('/a\\\\b\\tc\\x7f');
  });
});
