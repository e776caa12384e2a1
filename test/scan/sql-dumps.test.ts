// SQL dumps made by the real tools (fixtures/dumps/make-dumps.sh: PostgreSQL's pg_dump three ways,
// SQLite's .dump): a client table's rows read under their columns — the names, the birth dates, the
// addresses without a postcode beside them, a health note — and a bakery's products' name and
// allergens as no one's.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';
import { analyseFile } from '../../src/scan/analyse.ts';
import { formatOf } from '../../src/scan/formats.ts';
import { readAsScan } from './read-as-scan.ts';

const DUMPS = join(import.meta.dirname, 'fixtures', 'dumps');

// [type, line] per client row, in the row's order; the products' rows give nothing
function expected(lines: [number, number, number]): string[] {
  const [a, b, c] = lines;
  return [
    `person_name ligne ${a}`, `person_name ligne ${a}`, `email ligne ${a}`, `phone ligne ${a}`, `postal_address ligne ${a}`, `birth_date ligne ${a}`, `health ligne ${a}`,
    `person_name ligne ${b}`, `person_name ligne ${b}`, `email ligne ${b}`, `postal_address ligne ${b}`, `birth_date ligne ${b}`,
    `person_name ligne ${c}`, `person_name ligne ${c}`, `phone ligne ${c}`, `postal_address ligne ${c}`,
  ];
}

describe('SQL dumps made by pg_dump and sqlite3', () => {
  it.each([
    ['pg_dump-copy.sql', [122, 123, 124]],
    ['pg_dump-inserts.sql', [121, 122, 123]],
    ['pg_dump-column-inserts.sql', [121, 122, 123]],
    ['sqlite-dump.sql', [4, 5, 6]],
  ] as Array<[string, [number, number, number]]>)('%s: each client\'s row under its columns, no product\'s', async (name, lines) => {
    const { r, at } = await readAsScan(join(DUMPS, name));
    expect(r.error).toBeUndefined();
    expect(at).toEqual(expected(lines));
  });
});

describe('SQL dumps longer than a block', () => {
  const { dir } = tempFolder('rempart-sql-dumps-');
  const ROWS = 3000;
  const person = (i: number) => [`Kerbrat${String.fromCharCode(97 + (i % 26))}`, `Anne${String.fromCharCode(97 + ((i * 7) % 26))}`];
  const count = async (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const r = await analyseFile({ path, format: formatOf(path) as 'texte', maxFindings: 100 }, () => {});
    expect(r.error).toBeUndefined();
    return [r.counts.person_name ?? 0, r.counts.birth_date ?? 0];
  };

  it('read a table\'s rows past the block where its COPY or INSERT starts: every client\'s name, a value cut by a block\'s edge included', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => person(i));
    // pg_dump: 3 000 lines under one COPY (about 150 KB: three blocks)
    const copy = 'COPY public.clients (id, nom, prenom, date_naissance) FROM stdin;\n' + rows.map(([n, p], i) => `${i + 1}\t${n}\t${p}\t1975-03-03\n`).join('') + '\\.\n';
    expect(await count('pg.sql', copy)).toEqual([2 * ROWS, ROWS]);
    // mysqldump: every row on the INSERT's one line (no line break for a block to end at)
    const mysql = 'CREATE TABLE `clients` (\n  `id` int NOT NULL,\n  `nom` varchar(64),\n  `prenom` varchar(64),\n  `date_naissance` date\n);\n' +
      'INSERT INTO `clients` VALUES ' + rows.map(([n, p], i) => `(${i + 1},'${n}','${p}','1975-03-03')`).join(',') + ';\n';
    const [names, births] = await count('mysql.sql', mysql);
    // (a date cut by a block's edge is no date: « 1975-0 »)
    expect([names, births! >= ROWS - 5]).toEqual([2 * ROWS, true]);
    // phpMyAdmin: a row per line
    const pma = 'INSERT INTO `clients` (`id`, `nom`, `prenom`, `date_naissance`) VALUES\n' + rows.map(([n, p], i) => `(${i + 1}, '${n}', '${p}', '1975-03-03')`).join(',\n') + ';\n';
    expect(await count('pma.sql', pma)).toEqual([2 * ROWS, ROWS]);
    // WordPress's properties on mysqldump's one line: their pairs in the blocks that hold no « INSERT INTO » too
    const meta = 'INSERT INTO `wp_usermeta` VALUES ' + rows.map(([n], i) => `(${i + 1},${i},'last_name','${n}')`).join(',') + ';\n';
    // (a pair cut by a block's edge is lost: the line is two blocks long; 1 817 were found before)
    const [properties] = await count('meta.sql', meta);
    expect(properties).toBeGreaterThanOrEqual(ROWS - 1);
  });
});
