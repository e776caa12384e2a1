// A file's findings cross from its worker packed (columns and one string of masks): what comes
// out on the main thread must be exactly what the worker listed, down to the jsonl key order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/scan/types.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { scanFolders, scanToList } from '../../src/scan/engine.ts';
import { packFindings, SpareBuffers, unpackFindings, type PackedFindings } from '../../src/scan/packed-findings.ts';
import { makeDocx, makeXlsx } from './engine-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'rempart-packed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (fs: readonly Finding[]) => fs.map((f) => JSON.stringify(f));

describe('packed findings', () => {
  it('unpack(pack(x)) is x, key order included, with lines, locators, empty and unusual masks', () => {
    const path = '/données/clients.csv';
    const findings: Finding[] = [
      { path, type: 'email', category: 'courante', line: 1, column: 7, length: 21, masked: 'j•••••••••••••••••••r' },
      { path, type: 'nir', category: 'sensible', line: 123_456, column: 1, length: 15, masked: '1•••••••••••••2' },
      { path, type: 'health', category: 'sensible', locator: 'Feuille 1!B3', length: 9, masked: '' },
      { path, type: 'person_name', category: 'courante', locator: 'page 2', length: 2, masked: '\u0000é' },
      { path, type: 'phone', category: 'courante', line: 2, column: 1, length: 14, masked: '0••••••••••••8' },
      { path, type: 'religion', category: 'sensible', line: 3, column: 4, length: 4, masked: '😀••' },
      // not first, dots, last: kept as they are
      { path, type: 'political', category: 'sensible', line: 4, column: 1, length: 4, masked: 'ab•c' },
      { path, type: 'health', category: 'sensible', line: 5, column: 1, length: 9, masked: '•••x•••' },
      { path, type: 'email', category: 'courante', line: 6, column: 1, length: 1, masked: '•' },
      { path, type: 'email', category: 'courante', line: 7, column: 1, length: 1, masked: 'é' },
      { path, type: 'email', category: 'courante', line: 8, column: 1, length: 2, masked: 'xy' },
      { path, type: 'email', category: 'courante', line: 9, column: 1, length: 700, masked: 'x' + '•'.repeat(698) + 'y' },
    ];
    const { packed, transfer } = packFindings(findings);
    expect(transfer).toHaveLength(2);
    const back = unpackFindings(structuredClone(packed, { transfer }), path);
    expect(json(back)).toEqual(json(findings));
    // one path string for all, not a copy each
    expect(new Set(back.map((f) => f.path)).size).toBe(1);
    expect(unpackFindings(packFindings([]).packed, path)).toEqual([]);
  });

  it('a scan through the worker pool lists what the worker found, for text, CSV, DOCX and XLSX', async () => {
    const files: Record<string, string | Uint8Array> = {
      'lettre.txt': 'Madame Jeanne Martin, née le 03/04/1985, jeanne.martin@exemple.fr, 06 12 34 56 78.\nIBAN FR76 3000 6000 0112 3456 7890 189\n',
      'clients.csv': 'nom;prénom;email;téléphone\nDurand;Paul;paul.durand@exemple.org;0612345678\nMARTIN;Léa;lea@exemple.fr;+33 6 98 76 54 32\n',
      'compte-rendu.docx': makeDocx(['M. Paul Durand souffre de diabète.', 'Contact : paul.durand@exemple.org'], ['Cabinet Dupont']),
      'fichier.xlsx': await makeXlsx({ Clients: [['Nom', 'Email'], ['Martin', 'lea.martin@exemple.fr']] }),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
    const reports = await scanToList([dir], { workers: 2 });
    expect(reports).toHaveLength(4);
    for (const r of reports) {
      const direct = await analyseFile({ path: r.path, format: r.format as never, maxFindings: 20_000 }, () => undefined);
      expect(direct.findings.length).toBeGreaterThan(0);
      expect(json(r.findings)).toEqual(json(direct.findings));
    }
  });

  it('a buffer given back is written again: a locator says 0 over the last file’s line number', () => {
    const spare = new SpareBuffers();
    const lines: Finding[] = Array.from({ length: 50 }, (_, i) => ({ path: '/a.txt', type: 'email', category: 'courante', line: i + 7, column: 3, length: 5, masked: 'a•••b' }));
    const first = packFindings(lines, spare);
    for (const b of first.transfer) spare.give(b);
    const located: Finding[] = [
      { path: '/b.docx', type: 'health', category: 'sensible', locator: 'paragraphe 2', length: 7, masked: 'd•••••e' },
      { path: '/b.docx', type: 'phone', category: 'courante', line: 4, column: 9, length: 10, masked: '0••••••••8' },
    ];
    const second = packFindings(located, spare);
    // the same buffers, not new ones
    expect(second.transfer).toEqual(expect.arrayContaining(first.transfer));
    expect(spare.size).toBe(0);
    expect(json(unpackFindings(second.packed, '/b.docx'))).toEqual(json(located));
  });

  it('keeps the smallest buffer that fits, a few at most, and makes new ones in powers of two', () => {
    const spare = new SpareBuffers(3);
    expect(spare.take(10).byteLength).toBe(4096);
    expect(spare.take(5000).byteLength).toBe(8192);
    const sizes = [4096, 65_536, 16_384, 1_048_576];
    for (const n of sizes) spare.give(new ArrayBuffer(n));
    // the smallest went when a fourth came
    expect(spare.size).toBe(3);
    expect(spare.take(10_000).byteLength).toBe(16_384);
    expect(spare.take(10).byteLength).toBe(65_536);
    expect(spare.take(2_000_000).byteLength).toBe(2_097_152);
    expect(spare.size).toBe(1);
  });

  it('through the pool, each report’s packed findings are right while the workers write in buffers given back', async () => {
    const folder = join(dir, 'rendus');
    mkdirSync(folder);
    const text = Array.from({ length: 300 }, (_, i) => `client${i}@exemple.fr`).join('\n');
    for (let i = 0; i < 4; i++) {
      writeFileSync(join(folder, `${i}-liste.txt`), text);
      writeFileSync(join(folder, `${i}-note.docx`), makeDocx([`M. Paul Durand${i} souffre de diabète.`, `Contact : paul${i}@exemple.org`], []));
    }
    const seen: PackedFindings[] = [];
    for await (const r of scanFolders([folder], { workers: 1, listFindings: 'packed' })) {
      const direct = await analyseFile({ path: r.path, format: r.format as never, maxFindings: 20_000 }, () => undefined);
      expect(direct.findings.length).toBeGreaterThan(0);
      expect(json(unpackFindings(r.listed!, r.path))).toEqual(json(direct.findings));
      seen.push(r.listed!);
    }
    expect(seen).toHaveLength(8);
    // each report's buffers went back to the worker once the next was asked for
    expect(seen.slice(0, -1).every((p) => p.codes.length === 0 && p.numbers.length === 0)).toBe(true);
  });
});
