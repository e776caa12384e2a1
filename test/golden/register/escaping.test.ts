// Hostile text in every field of the register: inert in every document, in HTML and Markdown.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, renderDocument } from '../../../src/core/register/documents/index.ts';
import { hostileRegister } from './fixtures.ts';

const version = { number: 1, date: new Date('2026-12-01T10:00:00Z') };
const register = hostileRegister();

// The only tags the HTML renderer writes.
const OUR_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'article', 'h1', 'h2', 'h3', 'h4', 'p', 'section', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'footer']);

/** Positions of `char` not escaped by a backslash (an escaped backslash does not count). */
function unescaped(text: string, char: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === char) at.push(i);
  }
  return at;
}

describe.each(DOCUMENT_KINDS)('hostile register, %s', (kind) => {
  it('HTML: only our own tags, no event handler or javascript: URL, the text shown escaped', () => {
    const html = renderDocument(kind, register, { format: 'html', version });
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)];
    for (const [, name, attributes] of tags) {
      expect(OUR_TAGS, `tag <${name}>`).toContain(name!.toLowerCase());
      expect(attributes).not.toMatch(/\bon\w+\s*=|javascript:|src=|href=/i);
    }
    expect(html).not.toMatch(/<(script|img|iframe|svg|a)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('Markdown: no link, image, raw HTML, code or stray emphasis can form', () => {
    const md = renderDocument(kind, register, { format: 'md', version });
    // Our Markdown never writes these: any unescaped one would come from user text.
    for (const char of ['<', '>', '[', ']', '`', '|', '~', '_'].filter((c) => !(c === '|' && kind === 'registre') && !(c === '_'))) {
      expect(unescaped(md, char), `unescaped ${char}`).toEqual([]);
    }
    // Emphasis only in our labels (« - **Label** : »), the subtitle (« *…* »), and « * » as
    // the bullet of a list that follows another list.
    for (const line of md.split('\n')) {
      const stars = unescaped(line, '*').length;
      if (stars === 0) continue;
      if (/^\* [^*]/.test(line)) expect(stars, line).toBe(1);
      else expect(line, line).toMatch(/^(\s*[-*] \*\*[^*]+\*\* :|\*[^*]+\*$)/);
      expect(stars, line).toBeLessThanOrEqual(line.startsWith('* ') ? 5 : 4);
    }
    // Underscores only around the version line.
    for (const line of md.split('\n')) if (unescaped(line, '_').length) expect(line).toMatch(/^_Version \d+ du [^_]+_$/);
    // Block markers from user text never start a line.
    expect(md).not.toMatch(/^(\s*)(- fausse liste|1\. fausse|# Titre injecté)/m);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });
});

describe('registre table in Markdown', () => {
  it('escapes pipes so user text cannot add table cells', () => {
    const md = renderDocument('registre', register, { format: 'md', version });
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = unescaped(line, '|').length - 1;
      expect([5], line).toContain(cells);
    }
  });
});

it('a trailing backslash in user text cannot escape our own markup', () => {
  const r = hostileRegister();
  r.processings[0] = { ...r.processings[0]!, name: 'fin\\', description: 'a\\' };
  const md = renderDocument('registre', r, { format: 'md', version });
  expect(md).toContain('## Fiche T01 : fin\\\\\n');
  expect(md).toContain('- **Description** : a\\\\\n');
});
