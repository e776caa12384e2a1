import { describe, expect, it } from 'vitest';
import type { FileReport } from '../scan/contract.ts';
import { cleanCounts, ScanTally, split, storedFile } from './summary.ts';

function report(path: string, counts: Record<string, number>, over: Partial<FileReport> = {}): FileReport {
  return { path, root: '/r', size: 100, modifiedAt: '2026-01-01T00:00:00.000Z', format: 'csv', findings: [], counts, ...over };
}

describe('scan summary', () => {
  it('keeps known types with positive counts only', () => {
    expect(cleanCounts({ email: 2, iban: 0, inconnu: 4, phone: -1, nir: 1.5, health: 3 })).toEqual({ email: 2, health: 3 });
  });

  it('splits common and sensitive data', () => {
    expect(split({ email: 2, phone: 1, iban: 1, health: 4 })).toEqual({ courantes: 3, sensibles: 5 });
  });

  it('drops the findings and their masked values, keeps counts and the error', () => {
    const r = report('/r/a/clients.csv', { email: 1, iban: 1 }, {
      findings: [{ path: '/r/a/clients.csv', type: 'email', category: 'courante', length: 20, masked: 'j••••••r' }],
      error: { code: 'ILLISIBLE', message: 'Fichier illisible.' },
    });
    const f = storedFile(r);
    expect(f).toEqual({ path: '/r/a/clients.csv', folder: '/r/a', format: 'csv', size: 100, modifiedAt: r.modifiedAt, counts: { email: 1, iban: 1 }, findings: 2, sensitive: 1, error: { code: 'ILLISIBLE', message: 'Fichier illisible.' } });
    expect(JSON.stringify(f)).not.toContain('j••');
  });

  it('totals per scan and per folder', () => {
    const t = new ScanTally();
    t.add(storedFile(report('/r/b/x.txt', { email: 2 })));
    t.add(storedFile(report('/r/a/y.txt', { iban: 1 }, { size: 50 })));
    t.add(storedFile(report('/r/b/z.txt', {}, { error: { code: 'E', message: 'illisible' } })));
    expect({ files: t.files, errors: t.errors, bytes: t.bytes, findings: t.findings, totals: t.totals }).toEqual({ files: 3, errors: 1, bytes: 250, findings: 3, totals: { email: 2, iban: 1 } });
    expect(t.folders()).toEqual([
      { folder: '/r/a', files: 1, errors: 0, bytes: 50, counts: { iban: 1 } },
      { folder: '/r/b', files: 2, errors: 1, bytes: 200, counts: { email: 2 } },
    ]);
  });
});
