import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.ts';
import { allowedRoots, resolveFolders } from './roots.ts';

const base = mkdtempSync(join(tmpdir(), 'rempart-roots-'));
const allowed = join(base, 'autorise');
const other = join(base, 'ailleurs');
mkdirSync(join(allowed, 'clients', 'devis'), { recursive: true });
mkdirSync(other);
writeFileSync(join(allowed, 'note.txt'), 'x');
symlinkSync(other, join(allowed, 'lien-sortant'));

afterAll(() => rmSync(base, { recursive: true, force: true }));

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'OK';
}

describe('allowed scan roots', () => {
  it('reads REMPART_SCAN_ROOTS, keeps existing absolute folders, defaults to the home folder', () => {
    expect(allowedRoots({ REMPART_SCAN_ROOTS: `${allowed}:relatif:${join(base, 'absent')}:${allowed}` })).toEqual([allowed]);
    expect(allowedRoots({}).length).toBe(1);
  });

  it('accepts folders inside a root and drops nested duplicates', () => {
    expect(resolveFolders([join(allowed, 'clients', 'devis'), allowed, join(allowed, 'clients')], [allowed])).toEqual([allowed]);
    expect(resolveFolders([join(allowed, 'clients', '..', 'clients')], [allowed])).toEqual([join(allowed, 'clients')]);
  });

  it('refuses what resolves outside, relative paths, missing folders and files, in French', () => {
    expect(code(() => resolveFolders([other], [allowed]))).toBe('DOSSIER_NON_AUTORISE');
    expect(code(() => resolveFolders([join(allowed, '..', 'ailleurs')], [allowed]))).toBe('DOSSIER_NON_AUTORISE');
    expect(code(() => resolveFolders([join(allowed, 'lien-sortant')], [allowed]))).toBe('DOSSIER_NON_AUTORISE');
    expect(code(() => resolveFolders([`${allowed}-voisin`], [allowed]))).toBe('DOSSIER_NON_AUTORISE');
    expect(code(() => resolveFolders(['/etc/nexistepas-rempart'], [allowed]))).toBe('DOSSIER_NON_AUTORISE');
    expect(code(() => resolveFolders(['clients'], [allowed]))).toBe('CHEMIN_RELATIF');
    expect(code(() => resolveFolders([join(allowed, 'absent')], [allowed]))).toBe('DOSSIER_INTROUVABLE');
    expect(code(() => resolveFolders([join(allowed, 'note.txt')], [allowed]))).toBe('PAS_UN_DOSSIER');
    expect(code(() => resolveFolders([allowed], []))).toBe('DOSSIER_NON_AUTORISE');
  });
});
