// Large text files are read in parts by every worker at once: the report must be exactly the
// one a single worker gives (line numbers, columns, masks, the first findings listed, counts,
// person hashes), whatever the cut points, encodings and line endings.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanToList } from '../../src/scan/engine.ts';
import { PartsMerger, readInParts } from '../../src/scan/parts.ts';
import type { FileFormat } from '../../src/scan/formats.ts';
import type { AnalyseResult } from '../../src/scan/analyse.ts';
import type { FileReport, ScanOptions } from '../../src/scan/contract.ts';

const base = mkdtempSync(join(tmpdir(), 'rempart-parts-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function clientsCsv(rows: number): string {
  const lines = ['Nom;Prénom;Courriel;Téléphone;Adresse'];
  for (let i = 0; i < rows; i++) lines.push(`DUPONT${i % 7 ? '' : 'É'};Zoé;zoe.${i}@exemple.fr;06 12 34 ${String(i % 100).padStart(2, '0')} 78;${(i % 90) + 1} rue de la Paix`);
  return lines.join('\n') + '\n';
}

function letters(paragraphs: number, eol: string): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    // a long line now and then, so that a part may end in the middle of one
    const long = i % 13 === 0 ? ' ' + 'et encore '.repeat(900) : '';
    out.push(`Madame Léa Martin${i}, née le 12/03/1985, joignable au 01 23 45 67 ${String(i % 90 + 10)} ou lea.${i}@exemple.org.${long}`, `IBAN FR76 3000 6000 0112 3456 7890 189 — suivi n° ${i}`, '');
  }
  return out.join(eol);
}

const folder = join(base, 'dossier');
beforeAll(() => {
  mkdirSync(folder);
  writeFileSync(join(folder, 'clients.csv'), clientsCsv(3000));
  writeFileSync(join(folder, 'courrier.txt'), letters(1200, '\n'));
  // lines of exactly 64 bytes: every part of 4096 bytes starts on a line
  writeFileSync(join(folder, 'regulier.txt'), Array.from({ length: 2000 }, (_, i) => `contact ${i} : c.${i}@exemple.fr`.padEnd(63, '.') + '\n').join(''));
  writeFileSync(join(folder, 'windows.txt'), letters(300, '\r\n'));
  writeFileSync(join(folder, 'ancien.txt'), iconv.encode(letters(200, '\r\n'), 'win1252'));
  writeFileSync(join(folder, 'sans-fin.txt'), letters(100, '\n').trimEnd());
  writeFileSync(join(folder, 'bom.csv'), '\ufeff' + clientsCsv(1000));
  writeFileSync(join(folder, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letters(50, '\n'), 'utf16le')]));
});

const personIndex = { tenantId: 'tenant-test', key: new Uint8Array(32).fill(7) };

async function scan(options: ScanOptions): Promise<Map<string, FileReport>> {
  const reports = await scanToList([folder], { workers: 2, personIndex, ...options });
  return new Map(reports.map((r) => [r.path.slice(folder.length + 1), r]));
}

describe('large files in parts', () => {
  it('gives the same reports as a whole-file read, for every cut', async () => {
    const whole = await scan({ partBytes: 1 << 30 });
    expect([...whole.keys()].sort()).toEqual(['ancien.txt', 'bom.csv', 'clients.csv', 'courrier.txt', 'regulier.txt', 'sans-fin.txt', 'utf16.txt', 'windows.txt']);
    expect(whole.get('clients.csv')!.counts.person_name).toBe(6000);
    // parts smaller and larger than a 256 KB block
    for (const partBytes of [4096, 10_007, 65_536, 300_000]) {
      const parts = await scan({ partBytes });
      for (const [name, r] of whole) expect({ name, partBytes, ...parts.get(name)! }).toEqual({ name, partBytes, ...r });
    }
  });

  it('reads in parts the plain text files of two parts or more, with several workers', () => {
    const file = (name: string, format: FileFormat) => ({ path: join(folder, name), format, size: statSync(join(folder, name)).size });
    expect(readInParts(file('clients.csv', 'csv'), 4096, 2)).toBe(true);
    expect(readInParts(file('courrier.txt', 'txt'), 300_000, 2)).toBe(true);
    expect(readInParts(file('courrier.txt', 'txt'), 4096, 1)).toBe(false);
    expect(readInParts(file('courrier.txt', 'txt'), 1 << 30, 2)).toBe(false);
    expect(readInParts(file('courrier.txt', 'html'), 4096, 2)).toBe(false); // markup carries state
    expect(readInParts(file('utf16.txt', 'txt'), 4096, 2)).toBe(false); // '\n' is not one byte there
  });

  it('lists the first findings of the file, not of each part, when the cap is reached', async () => {
    const whole = await scan({ partBytes: 1 << 30, maxFindingsPerFile: 500 });
    const parts = await scan({ partBytes: 4096, maxFindingsPerFile: 500 });
    for (const name of ['clients.csv', 'courrier.txt']) {
      expect(parts.get(name)!.findings).toHaveLength(500);
      expect(parts.get(name)!.findingsTruncated).toBe(true);
      expect(parts.get(name)).toEqual(whole.get(name));
    }
  });

  it('only counts when findings are not listed (summary, web): same counts and person hashes, whole or in parts', async () => {
    const listed = await scan({ partBytes: 1 << 30, maxFindingsPerFile: 500 });
    for (const partBytes of [1 << 30, 4096]) {
      const counted = await scan({ partBytes, maxFindingsPerFile: 500, listFindings: false });
      for (const [name, r] of listed) {
        const c = counted.get(name)!;
        expect({ name, partBytes, findings: c.findings, counts: c.counts, hashes: c.personHashes }).toEqual({ name, partBytes, findings: [], counts: r.counts, hashes: r.personHashes });
        // nothing was left out of a list that was not asked for
        expect(c).not.toHaveProperty('findingsTruncated');
      }
    }
    // the person hashes keep their own cap (here reached: 3000 e-mails and phones)
    expect(listed.get('clients.csv')!.personHashes).toHaveLength(500);
  });

  it('stops the file at a part in error, binary or aborted', () => {
    const part = (lines: number, line: number, extra: Partial<AnalyseResult> = {}): AnalyseResult => ({
      findings: [{ path: 'f', type: 'email', category: 'courante', line, column: 1, length: 5, masked: 'a•••b' }],
      counts: { email: 1 },
      total: 1,
      truncated: false,
      lines,
      ...extra,
    });
    const error = { code: 'MODIFIE', message: 'Le fichier a été modifié pendant l’analyse.' };
    const merge = (parts: Array<AnalyseResult | null>, order = parts.map((_, i) => i)) => {
      const m = new PartsMerger(100);
      for (const k of order) m.add(k, parts[k]!);
      return m.result();
    };
    // parts coming back out of order are folded in order
    const merged = merge([part(10, 3), part(5, 2, { error }), part(4, 1)], [2, 0, 1])!;
    expect(merged.findings.map((f) => f.line)).toEqual([3, 12]);
    expect([merged.total, merged.error]).toEqual([2, error]);
    expect(merge([part(7, 1), part(1, 4)], [1, 0])!.findings.map((f) => f.line)).toEqual([1, 11]);
    expect(merge([part(1, 1, { binary: true }), part(1, 1)])!.binary).toBe(true);
    expect(merge([part(1, 1), null])).toBeNull();
    // the file changed between two parts (each saw a steady file): the file is in error there
    const v1 = { size: 100, mtimeMs: 1 };
    const changed = merge([part(3, 1, { version: v1 }), part(3, 2, { version: v1 }), part(3, 1, { version: { size: 120, mtimeMs: 2 } })])!;
    expect(changed.error?.code).toBe('MODIFIE');
    expect(changed.findings.map((f) => f.line)).toEqual([1, 5]);
  });
});
