// `.rempartignore` rules: gitignore-like, relative to the folder holding the file.
import { describe, expect, it } from 'vitest';
import { isIgnored, parseIgnore } from '../../src/scan/ignore.ts';

const rules = parseIgnore(['# commentaire', '', '*.log', '!garder.log', 'brouillons/', '/export.csv', 'archives/**/vieux-*.txt', 'photo?.txt', 'f[ab].md', '\\#diese'].join('\n'), '/d');

const cases: [string, boolean, boolean][] = [
  ['/d/a.log', false, true],
  ['/d/sous/b.log', false, true],
  ['/d/garder.log', false, false],
  ['/d/brouillons', true, true],
  ['/d/brouillons', false, false], // a file named like the folder rule
  ['/d/export.csv', false, true],
  ['/d/sous/export.csv', false, false], // anchored to /d
  ['/d/archives/2020/01/vieux-devis.txt', false, true],
  ['/d/archives/vieux-devis.txt', false, true],
  ['/d/autres/vieux-devis.txt', false, false],
  ['/d/photo1.txt', false, true],
  ['/d/photo12.txt', false, false],
  ['/d/fa.md', false, true],
  ['/d/fc.md', false, false],
  ['/d/#diese', false, true],
  ['/ailleurs/a.log', false, false], // rules apply only below their folder
];

describe('.rempartignore', () => {
  it.each(cases)('%s (dossier: %s) → ignoré: %s', (path, isDir, expected) => {
    expect(isIgnored(rules, path, isDir)).toBe(expected);
  });
});
