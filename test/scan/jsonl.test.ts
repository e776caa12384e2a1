// `--format jsonl` is written in pieces of bounded size: together they are exactly the lines.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/scan/types.ts';
import { jsonlPieces } from '../../src/scan/output/jsonl.ts';

const finding = (i: number): Finding => ({ path: '/d/c.csv', type: 'email', category: 'courante', line: i + 1, column: 1, length: 12, masked: 'a••••••••••r' });

describe('jsonlPieces', () => {
  it('cuts the lines into pieces of about maxChars, only between lines, losing nothing', () => {
    const findings = Array.from({ length: 1000 }, (_, i) => finding(i));
    const pieces = [...jsonlPieces(findings, 1000)];
    expect(pieces.join('')).toBe(findings.map((f) => JSON.stringify(f) + '\n').join(''));
    const line = JSON.stringify(finding(999)).length + 1;
    expect(pieces.length).toBeGreaterThan(50);
    for (const p of pieces) {
      expect(p.endsWith('\n')).toBe(true);
      expect(p.length).toBeLessThan(1000 + line);
    }
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(1000);
  });

  it('writes nothing for a file without findings, and one piece for a few', () => {
    expect([...jsonlPieces([])]).toEqual([]);
    expect([...jsonlPieces([finding(0), finding(1)])]).toEqual([`${JSON.stringify(finding(0))}\n${JSON.stringify(finding(1))}\n`]);
  });
});
