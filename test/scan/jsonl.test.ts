// `--format jsonl` is written from the packed findings in pieces of bounded size: together they
// are exactly JSON.stringify of each finding, one per line, whatever the masks, paths and locators.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/scan/types.ts';
import { packFindings, type PackedFindings } from '../../src/scan/packed-findings.ts';
import { jsonlPieces } from '../../src/scan/output/jsonl.ts';

const PATH = '/d/c.csv';
const finding = (i: number): Finding => ({ path: PATH, type: 'email', category: 'courante', line: i + 1, column: 1, length: 12, masked: 'a••••••••••r' });
const expected = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f) + '\n').join('');
/** The pieces copied as they come (each is only valid until the next), then read as one text. */
const written = (listed: PackedFindings, path: string, maxBytes?: number) => {
  const copies = [...(function* () {
    for (const p of jsonlPieces(listed, path, maxBytes)) yield Buffer.from(p);
  })()];
  return { text: Buffer.concat(copies).toString('utf8'), copies };
};

describe('jsonlPieces', () => {
  it('cuts the lines into pieces of at most maxBytes, only between lines, losing nothing', () => {
    const findings = Array.from({ length: 1000 }, (_, i) => finding(i));
    const { text, copies } = written(packFindings(findings).packed, PATH, 1000);
    expect(text).toBe(expected(findings));
    const line = Buffer.byteLength(JSON.stringify(finding(999))) + 1;
    expect(copies.length).toBeGreaterThan(50);
    for (const p of copies) {
      expect(p.at(-1)).toBe(0x0a);
      expect(p.length).toBeLessThanOrEqual(1000);
    }
    // full pieces: the next line would not have fitted
    for (const p of copies.slice(0, -1)) expect(p.length).toBeGreaterThan(1000 - line - 160);
  });

  it('writes nothing for a file without findings, and one piece for a few', () => {
    expect([...jsonlPieces(packFindings([]).packed, PATH)]).toEqual([]);
    const { text, copies } = written(packFindings([finding(0), finding(1)]).packed, PATH);
    expect(copies).toHaveLength(1);
    expect(text).toBe(expected([finding(0), finding(1)]));
  });

  it('writes what JSON.stringify writes: escapes, accents, locators, numbers, a line longer than a piece', () => {
    const path = '/données/Dossier "2024"\\clients\t.csv';
    const long = 'x' + '•'.repeat(3000) + 'y';
    const findings: Finding[] = [
      { path, type: 'person_name', category: 'courante', line: 1, column: 10, length: 5, masked: 'É•••e' },
      { path, type: 'health', category: 'sensible', locator: 'Feuille "A"!B3', length: 9, masked: '"•••••••\\' },
      { path, type: 'phone', category: 'courante', line: 2_147_483_647, column: 1_000_000, length: 10, masked: '\u0000••••••••\u001f' },
      { path, type: 'iban', category: 'sensible', locator: 'page 12', length: 0, masked: '' },
      { path, type: 'email', category: 'courante', line: 9, column: 0, length: 3002, masked: long },
      { path, type: 'religion', category: 'sensible', line: 10, column: 99, length: 4, masked: '😀••' },
      { path, type: 'political', category: 'sensible', line: 11, column: 1, length: 4, masked: 'ab•"' },
      { path, type: 'person_name', category: 'courante', line: 12, column: 1, length: 600, masked: 'M' + '•'.repeat(598) + 'ÿ' },
      { path, type: 'person_name', category: 'courante', line: 13, column: 1, length: 3, masked: ' ••' },
    ];
    const { text, copies } = written(packFindings(findings).packed, path, 256);
    expect(text).toBe(expected(findings));
    expect(copies.some((p) => p.length > 3000)).toBe(true);
  });
});
