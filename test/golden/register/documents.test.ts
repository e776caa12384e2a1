// Golden files of every generated document (Markdown and HTML page) for each fixture.
// Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/golden/register
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, renderDocument } from '../../../src/core/register/documents/index.ts';
import { FIXTURES, loadFixture, loadHistory } from './fixtures.ts';

const GOLDEN = import.meta.dirname;
const VERSION = { number: 3, date: new Date('2026-12-01T10:00:00Z') };

function golden(name: string, actual: string) {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(FIXTURES)('generated documents for the « %s » register', (fixture) => {
  const register = loadFixture(fixture);
  const history = loadHistory(fixture);
  const context = { version: VERSION, ...(history ? { history } : {}) };
  it.each(DOCUMENT_KINDS)('%s matches its golden Markdown and HTML', (kind) => {
    golden(`${fixture}/${kind}.md`, renderDocument(kind, register, { format: 'md', ...context }));
    golden(`${fixture}/${kind}.html`, renderDocument(kind, register, { format: 'html', ...context }));
  });

  it('is stable: same register in another order gives the same output', () => {
    const shuffled = { ...register, processings: [...register.processings].reverse() };
    for (const kind of DOCUMENT_KINDS) {
      const reversedHistory = history ? { history: [...history].reverse() } : {};
      expect(renderDocument(kind, shuffled, { format: 'md', ...context, ...reversedHistory })).toBe(renderDocument(kind, register, { format: 'md', ...context }));
    }
  });
});
