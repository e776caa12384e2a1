// SQL dumps made by the real tools (fixtures/dumps/make-dumps.sh: PostgreSQL's pg_dump three ways,
// SQLite's .dump): a client table's rows read under their columns — the names, the birth dates, the
// addresses without a postcode beside them, a health note — and a bakery's products' name and
// allergens as no one's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
