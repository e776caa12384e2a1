// Large text files are read in parts by every worker at once: the report must be exactly the
// one a single worker gives (line numbers, columns, masks, the first findings listed, counts,
// person hashes), whatever the cut points, encodings and line endings.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanToList } from '../../src/scan/engine.ts';
import { messageAlignedStarts, PartsMerger, partsOf } from '../../src/scan/parts.ts';
import type { FileFormat } from '../../src/scan/formats.ts';
import type { AnalyseResult } from '../../src/scan/analyse.ts';
import { unpackFindings } from '../../src/scan/packed-findings.ts';
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
  // a spreadsheet saved as CSV: its title and a blank line above the table
  writeFileSync(join(folder, 'titre.csv'), 'Liste des clients 2026;;;;\n;;;;\n' + clientsCsv(2000));
  writeFileSync(join(folder, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letters(50, '\n'), 'utf16le')]));
  // a CSV export opened in Excel as « ANSI » and saved again (« PrÃ©nom », « ZoÃ© »), and Excel for Mac's « CSV (Macintosh) »
  writeFileSync(join(folder, 'ansi.csv'), Buffer.from(clientsCsv(2000), 'utf8').toString('latin1'));
  writeFileSync(join(folder, 'mac.csv'), iconv.encode(clientsCsv(2000), 'macintosh'));
  // a website's backup as mysqldump writes it: the columns only in the CREATE TABLE, at the top
  const rows = Array.from({ length: 40 }, (_, l) => 'INSERT INTO `clients` VALUES ' + Array.from({ length: 50 }, (_, i) => `(${l * 50 + i},'Kerbrat${String.fromCharCode(97 + (i % 26))}','Anne${String.fromCharCode(97 + (l % 26))}','1975-03-03')`).join(',') + ';');
  writeFileSync(join(folder, 'sauvegarde.sql'), '-- MySQL dump 10.13\nCREATE TABLE `clients` (\n  `id` int NOT NULL,\n  `nom` varchar(64),\n  `prenom` varchar(64),\n  `date_naissance` date\n);\n' + rows.join('\n') + '\n');
});

const personIndex = { tenantId: 'tenant-test', key: new Uint8Array(32).fill(7) };

async function scan(options: ScanOptions): Promise<Map<string, FileReport>> {
  const reports = await scanToList([folder], { workers: 2, personIndex, ...options });
  return new Map(reports.map((r) => [r.path.slice(folder.length + 1), r]));
}

describe('large files in parts', () => {
  it('gives the same reports as a whole-file read, for every cut', async () => {
    const whole = await scan({ partBytes: 1 << 30 });
    expect([...whole.keys()].sort()).toEqual(['ancien.txt', 'ansi.csv', 'bom.csv', 'clients.csv', 'courrier.txt', 'mac.csv', 'regulier.txt', 'sans-fin.txt', 'sauvegarde.sql', 'titre.csv', 'utf16.txt', 'windows.txt']);
    expect(whole.get('clients.csv')!.counts.person_name).toBe(6000);
    // every row of the dump under its columns: read whole, whatever its size
    expect(whole.get('sauvegarde.sql')!.counts).toEqual({ person_name: 4000, birth_date: 2000 });
    // its header under its title: the Prénom column's first names too, in every part
    expect(whole.get('titre.csv')!.counts.person_name).toBe(4000);
    // the misencoded header read decoded in every block and every part, and Mac OS Roman told from Windows-1252
    expect(whole.get('ansi.csv')!.counts.person_name).toBe(4000);
    expect(whole.get('mac.csv')!.counts.person_name).toBe(4000);
    // parts smaller and larger than a 60 KB block
    for (const partBytes of [4096, 10_007, 65_536, 300_000]) {
      const parts = await scan({ partBytes });
      for (const [name, r] of whole) expect({ name, partBytes, ...parts.get(name)! }).toEqual({ name, partBytes, ...r });
    }
    // (five scans of the folder with two workers: 13 s alone on a slow host, past 30 s beside another scan)
  }, 120_000);

  it('reads in parts the plain text files of two parts or more, with several workers', () => {
    const file = (name: string, format: FileFormat) => ({ path: join(folder, name), format, size: statSync(join(folder, name)).size });
    const inParts = (...a: Parameters<typeof partsOf>) => partsOf(...a) !== null;
    expect(inParts(file('clients.csv', 'csv'), 4096, 2)).toBe(true);
    expect(inParts(file('courrier.txt', 'txt'), 300_000, 2)).toBe(true);
    expect(inParts(file('courrier.txt', 'txt'), 4096, 1)).toBe(false);
    expect(inParts(file('courrier.txt', 'txt'), 1 << 30, 2)).toBe(false);
    expect(inParts(file('courrier.txt', 'html'), 4096, 2)).toBe(false); // markup carries state
    expect(inParts(file('utf16.txt', 'txt'), 4096, 2)).toBe(false); // '\n' is not one byte there
    expect(inParts(file('sauvegarde.sql', 'texte'), 4096, 2)).toBe(false); // its tables' columns go from block to block
    // the last part reads to the end, even if the file grew since the walk
    expect(partsOf(file('regulier.txt', 'txt'), 60_000, 2)).toEqual([
      { start: 0, end: 60_000 },
      { start: 60_000, end: 120_000 },
      { start: 120_000, end: Number.MAX_SAFE_INTEGER },
    ]);
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

  it('lists the same findings packed (--format jsonl), whole or in parts, and nothing as objects then', async () => {
    const objects = await scan({ partBytes: 1 << 30, maxFindingsPerFile: 500 });
    for (const partBytes of [1 << 30, 4096]) {
      const packed = await scan({ partBytes, maxFindingsPerFile: 500, listFindings: 'packed' });
      for (const [name, r] of objects) {
        const p = packed.get(name)!;
        expect(p.findings).toEqual([]);
        const { findings, ...rest } = r;
        const { findings: _none, listed, ...restPacked } = p;
        expect({ name, partBytes, ...restPacked, findings: listed ? unpackFindings(listed, p.path) : [] }).toEqual({ name, partBytes, ...rest, findings });
      }
    }
    expect(objects.get('clients.csv')!.findings).toHaveLength(500);
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

// A mailbox (Thunderbird « Inbox », no extension) is read as e-mail: its parts start on messages,
// so that every message is decoded (base64 bodies) and its attachments read, however large the file.
describe('large mailboxes in parts', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/.{76}/g, '$&\n');
  function mailbox(messages: number, eol: string): string {
    const out: string[] = [];
    for (let i = 0; i < messages; i++) {
      out.push(`From - Mon Mar 02 09:${String(i % 60).padStart(2, '0')}:00 2026`, `From: Client ${i} <client.${i}@exemple.fr>`, 'Subject: Devis', 'Content-Type: multipart/mixed; boundary="B"', '');
      out.push('--B', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(`Bonjour,\nécrivez à lea.${i}@exemple.org.\n` + 'Merci pour votre message. '.repeat(i % 5 === 0 ? 400 : 20)));
      // a body line that starts with « From » without a blank line before: not a message start
      out.push('--B', 'Content-Type: text/plain', '', `Transféré par Léa :`, `From the office, ${i}`, '');
      if (i % 3 === 0) out.push('--B', `Content-Type: text/csv; name="rib-${i}.csv"`, 'Content-Disposition: attachment', 'Content-Transfer-Encoding: base64', '', b64(`nom;iban\nMartin;FR76 3000 6000 0112 3456 7890 189\n` + 'Durand;aucun\n'.repeat(400)));
      out.push('--B--', '');
    }
    return out.join(eol);
  }
  const box = join(base, 'boites');
  beforeAll(() => {
    mkdirSync(box);
    writeFileSync(join(box, 'Inbox'), mailbox(120, '\n'));
    writeFileSync(join(box, 'Sent'), mailbox(60, '\r\n'));
  });

  it('cuts a mailbox only where a message starts', () => {
    for (const name of ['Inbox', 'Sent']) {
      const path = join(box, name);
      const fd = openSync(path, 'r');
      const size = statSync(path).size;
      const starts = messageAlignedStarts(fd, size, 4096);
      closeSync(fd);
      const text = Buffer.from(mailbox(name === 'Inbox' ? 120 : 60, name === 'Inbox' ? '\n' : '\r\n')).toString('latin1');
      expect(starts.length).toBeGreaterThan(5);
      for (const [k, s] of starts.entries()) {
        expect(text.slice(s, s + 7)).toBe('From - ');
        if (k > 0) expect(s - starts[k - 1]!).toBeGreaterThanOrEqual(4096);
      }
      // even with one worker: attachments then wait for one part, not for the whole mailbox
      expect(partsOf({ path, format: 'texte', size }, 4096, 1)).toHaveLength(starts.length);
    }
  });

  it('reads every message and attachment as a whole-file read does, with one or two workers', async () => {
    const read = async (options: ScanOptions) => new Map((await scanToList([box], { personIndex, ...options })).map((r) => [r.path.slice(box.length + 1), r]));
    const summary = (r: FileReport) => ({ counts: r.counts, findings: r.findings.map((f) => `${f.type} ${f.locator ?? `${f.line}:${f.column}`} ${f.masked}`).sort(), hashes: [...(r.personHashes ?? [])].sort() });
    // (every finding listed: the attachments' 16 040 names too, read as the tables they are)
    const whole = await read({ workers: 2, partBytes: 1 << 30, maxFindingsPerFile: 50_000 });
    // 120 bodies decoded (their addresses), 40 CSV attachments read (their IBAN)
    expect(whole.get('Inbox')!.counts).toMatchObject({ iban: 40, person_name: 16_040 });
    expect(whole.get('Inbox')!.findings.filter((f) => f.type === 'email' && f.masked.endsWith('g'))).toHaveLength(120);
    for (const workers of [1, 2]) {
      const parts = await read({ workers, partBytes: 4096, maxFindingsPerFile: 50_000 });
      for (const name of ['Inbox', 'Sent']) expect({ name, workers, ...summary(parts.get(name)!) }).toEqual({ name, workers, ...summary(whole.get(name)!) });
    }
  });
});

