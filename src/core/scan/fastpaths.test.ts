// The hand-written fast paths must agree with the slower forms they replace.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import { Detections, normalize } from './emit.ts';
import { maskRange } from './mask.ts';
import { readRun, RUN_RE } from './numbers.ts';
import type { Detection, FindingType } from './types.ts';

describe('readRun', () => {
  const viaRegex = (s: string, p: number) => {
    RUN_RE.lastIndex = p;
    const m = RUN_RE.exec(s);
    return m ? p + m[0].length : -1;
  };
  it('reads the same runs as RUN_RE', () => {
    const samples = [
      '06 12 34 56 78', '+33 (0)6 12 34 56 78', '+33(0)612345678', '+33 (0) 6 12', '12 (0)x', '12 (0) ', '12 (1) 3', '2A 12 345',
      '1 85 05 2B 123 456', '12AB3', '1.2-3\u00a04\u202f5', '12 - 3', 'x12', '+x', '++1', '1 ', '2026-12-01.', ' (0)6',
      '(+33) 6 12 34 56 78', '(+33)6 12', '(+1234) 5', '(+33) x', '+1 (514) 555-0199', '+1(514)555', '+49 (30) 1234567', '+1 (12345) 6', '(+1) (514) 5', '1 (514) 5',
      Array.from({ length: 100 }, (_, i) => String(i % 10)).join(' '),
    ];
    // plus every string of up to 4 pieces from a small alphabet of tricky pieces
    const pieces = ['1', '0', ' ', '.', '-', '(0)', ' (0) ', '(', ')', '(12)', '(+', 'A', 'B', '+', 'x', '\u00a0'];
    const gen = (prefix: string, depth: number): void => {
      samples.push(prefix);
      if (depth < 4) for (const p of pieces) gen(prefix + p, depth + 1);
    };
    gen('', 0);
    for (const s of samples) for (let p = 0; p < s.length; p++) expect([s, p, readRun(s, p)]).toEqual([s, p, viaRegex(s, p)]);
  });
});

describe('special categories in the block lowercased', () => {
  it('finds an uppercase phrase as it finds the lowercase one', () => {
    const types = (t: string) => detectText(t).map((d) => d.type);
    expect(types('Elle est DIABÉTIQUE depuis 5 ans.')).toEqual(['health']);
    expect(types('Elle est Épileptique depuis 5 ans.')).toEqual(['health']);
    // a Kelvin sign (lowercased to "k"), a « İ » (which toLowerCase writes as two characters, `lowercased` as one):
    // the same (before the sixtieth session, a block holding « İ » was searched as it was written, its capitals missed)
    expect(types('Elle est DIABÉTIQUE depuis 5 ans. 300 \u212a')).toEqual(['health']);
    expect(types('Mme Roux (İzmir) est DIABÉTIQUE et SOUS INSULINE.')).toEqual(['person_name', 'health', 'health']);
  });
});

describe('maskRange', () => {
  it('keeps only the first and last characters, also once its cache was filled and cleared', () => {
    expect(maskRange('M. Dupont.', 3, 9)).toBe('D••••t');
    expect(maskRange('Dupont', 0, 6)).toBe('D••••t');
    expect(maskRange('Durant', 0, 6)).toBe('D••••t');
    expect(maskRange('Ωmega', 0, 5)).toBe('Ω•••a');
    for (let n = 5; n < 64; n++) for (let c = 0; c < 1200; c++) maskRange(String.fromCharCode(32 + (c % 200)) + 'x'.repeat(n - 2) + String.fromCharCode(40 + (c % 7)), 0, n);
    expect(maskRange('Lemaire', 0, 7)).toBe('L•••••e');
  });
});

describe('normalize', () => {
  const d = (type: FindingType, start: number, length: number): Detection => ({ type, category: 'courante', start, length, masked: '' });
  it('merges the runs by start, the earlier run first on a tie, and drops overlaps within a type', () => {
    const all = [d('email', 5, 3), d('email', 20, 2), /* run 2, unsorted: */ d('phone', 30, 4), d('phone', 5, 4), d('email', 6, 2), /* run 3: */ d('email', 0, 1)];
    expect(normalize(Detections.of(all), [0, 2, 5, 6]).toArray('x'.repeat(40)).map((x) => [x.type, x.start])).toEqual([
      ['email', 0],
      ['email', 5],
      ['phone', 5],
      ['email', 20],
      ['phone', 30],
    ]);
    expect(normalize(Detections.of([]), [0, 0]).count).toBe(0);
  });
  it('grows its typed arrays from any capacity, zero included', () => {
    const ds = new Detections(0);
    for (let i = 0; i < 100; i++) ds.push(i % 3, i * 2, 1);
    expect([ds.count, ds.start(99), ds.type(98), ds.type(97)]).toEqual([100, 198, 'postal_address', 'phone']);
  });
});
