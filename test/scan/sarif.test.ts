// `--format sarif` writes a file's results from its packed findings, without an object per finding:
// the text must be JSON.stringify's of each SARIF result, whatever the masks, paths and locators.
import { Buffer } from 'node:buffer';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { categoryOf, FINDING_TYPES, type Finding } from '../../src/core/scan/types.ts';
import { packFindings } from '../../src/scan/packed-findings.ts';
import { TYPE_LABELS } from '../../src/scan/labels.ts';
import { sarifHead, sarifPieces, sarifTail } from '../../src/scan/output/sarif.ts';

/** A SARIF 2.1.0 result, as an object (the reference the pieces are held to). */
function result(f: Finding) {
  const artifactLocation = { uri: pathToFileURL(f.path).href };
  const physicalLocation = f.line !== undefined ? { artifactLocation, region: { startLine: f.line, startColumn: f.column, charLength: f.length } } : { artifactLocation };
  return {
    ruleId: f.type,
    level: f.category === 'sensible' ? 'error' : 'warning',
    message: { text: `${TYPE_LABELS[f.type].one} : ${f.masked}${f.locator ? ` (${f.locator})` : ''}` },
    locations: [{ physicalLocation, ...(f.locator ? { logicalLocations: [{ name: f.locator, kind: 'element' }] } : {}) }],
  };
}

/** The pieces copied as they come (each is only valid until the next). */
const pieces = (...args: Parameters<typeof sarifPieces>) => {
  const copies: Buffer[] = [];
  for (const p of sarifPieces(...args)) copies.push(Buffer.from(p));
  return copies;
};
const text = (...args: Parameters<typeof sarifPieces>) => Buffer.concat(pieces(...args)).toString('utf8');

describe('sarifPieces', () => {
  it('writes what JSON.stringify writes of each result: escapes, accents, locators, every type', () => {
    const path = '/données/Dossier "2024"\\clients #1 %20.csv';
    const findings: Finding[] = [
      { path, type: 'person_name', category: 'courante', line: 1, column: 10, length: 5, masked: 'É•••e' },
      { path, type: 'health', category: 'sensible', locator: 'Feuille "A"!B3', length: 9, masked: '"•••••••\\' },
      { path, type: 'phone', category: 'courante', line: 2_147_483_647, column: 1_000_000, length: 10, masked: '\u0000••••••••\u001f' },
      { path, type: 'iban', category: 'sensible', locator: 'page 12', length: 0, masked: '' },
      { path, type: 'religion', category: 'sensible', line: 10, column: 99, length: 4, masked: '😀••' },
      { path, type: 'political', category: 'sensible', line: 11, column: 1, length: 4, masked: 'ab•"' },
      ...FINDING_TYPES.map((type, i): Finding => ({ path, type, category: categoryOf(type), line: i + 20, column: 1, length: 3, masked: 'a•b' })),
    ];
    expect(text(packFindings(findings).packed, path, true, 300)).toBe(findings.map((f) => JSON.stringify(result(f))).join(','));
    // not the scan's first file: a comma goes before its first result
    expect(text(packFindings(findings.slice(0, 1)).packed, path, false)).toBe(',' + JSON.stringify(result(findings[0]!)));
  });

  it('writes nothing for a file without findings; a result longer than a piece is whole', () => {
    expect(pieces(packFindings([]).packed, '/d/a.txt', true)).toEqual([]);
    const long: Finding = { path: '/d/a.txt', type: 'email', category: 'courante', line: 1, column: 1, length: 3002, masked: 'x' + '•'.repeat(3000) + 'y' };
    const cut = pieces(packFindings([long, long]).packed, '/d/a.txt', true, 256);
    expect(cut).toHaveLength(2);
    expect(Buffer.concat(cut).toString('utf8')).toBe([long, long].map((f) => JSON.stringify(result(f))).join(','));
  });

  it('a locator that is empty says no place, and pieces only cut between results', () => {
    const path = '/d/lettre.docx';
    const findings: Finding[] = [
      { path, type: 'email', category: 'courante', locator: 'paragraphe 3', length: 12, masked: 'a••••••••••r' },
      { path, type: 'email', category: 'courante', line: 4, column: 2, length: 12, masked: 'a••••••••••r' },
      { path, type: 'email', category: 'courante', locator: '', length: 12, masked: 'a••••••••••r' },
    ];
    const cut = pieces(packFindings(Array.from({ length: 200 }, () => findings).flat()).packed, path, true, 1000);
    expect(cut.length).toBeGreaterThan(10);
    for (const p of cut) expect(p.length).toBeLessThanOrEqual(1000);
    for (const p of cut.slice(1)) expect(p.toString('utf8').startsWith(',{"ruleId"')).toBe(true);
    const document = JSON.parse(sarifHead() + Buffer.concat(cut).toString('utf8') + sarifTail([], false));
    expect(document.runs[0].results).toHaveLength(600);
    expect(document.runs[0].results.slice(0, 3)).toEqual(findings.map(result));
  });
});
