import { describe, expect, it } from 'vitest';
import { hostileRegister, loadFixture } from '../../../test/golden/register/fixtures.ts';
import { renderDocument } from './documents/index.ts';
import type { Register } from './model.ts';
import { contentHash, diffToHtml, diffToMarkdown, diffVersions, nextVersion } from './versions.ts';

const day1 = new Date('2026-11-01T10:00:00Z');
const day2 = new Date('2026-12-01T10:00:00Z');

function withRecipient(register: Register, name: string): Register {
  const [first, ...rest] = register.processings;
  return { ...register, processings: [{ ...first!, recipients: [...first!.recipients, { kind: 'tiers', name }] }, ...rest] };
}

describe('document versions', () => {
  const register = loadFixture('plombier');

  it('numbers versions, stamps them with their date, and makes none when nothing changed', () => {
    const v1 = nextVersion({ kind: 'politique', register, previous: null, now: day1 });
    expect(v1.created).toBe(true);
    expect(v1.version).toMatchObject({ kind: 'politique', number: 1, createdAt: day1.toISOString() });
    expect(v1.version.markdown).toContain('_Version 1 du 1er novembre 2026_');
    expect(v1.version.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const again = nextVersion({ kind: 'politique', register, previous: v1.version, now: day2 });
    expect(again.created).toBe(false);
    expect(again.version).toBe(v1.version);

    const changed = withRecipient(register, 'Assureur décennale');
    const v2 = nextVersion({ kind: 'politique', register: changed, previous: v1.version, now: day2 });
    expect(v2.created).toBe(true);
    expect(v2.version.number).toBe(2);
    expect(v2.version.markdown).toContain('_Version 2 du 1er décembre 2026_');
    expect(v2.version.contentHash).not.toBe(v1.version.contentHash);
  });

  it('hashes the content, not the version stamp', () => {
    const a = renderDocument('registre', register, { format: 'md', version: { number: 1, date: day1 } });
    const b = renderDocument('registre', register, { format: 'md', version: { number: 7, date: day2 } });
    expect(a).not.toBe(b);
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toBe(contentHash(renderDocument('registre', register, { format: 'md' })));
  });
});

describe('differences between versions', () => {
  const register = loadFixture('plombier');
  const before = renderDocument('politique', register, { format: 'md', version: { number: 1, date: day1 } });

  it('shows the added and removed lines of a register change, not the version stamp', () => {
    const changed = structuredClone(register);
    changed.processings.find((p) => p.id === 'site-contact')!.retention[0]!.duration = '4 ans';
    const after = renderDocument('politique', withRecipient(changed, 'Assureur décennale'), { format: 'md', version: { number: 2, date: day2 } });
    const diff = diffVersions(before, after);
    expect(diff.identical).toBe(false);
    const added = diff.blocks.filter((b) => b.type === 'added').flatMap((b) => b.lines);
    const removed = diff.blocks.filter((b) => b.type === 'removed').flatMap((b) => b.lines);
    expect(added).toEqual(['  - Assureur décennale', '  - Demandes de contact : 4 ans (point de départ : dernier contact)']);
    expect(removed).toEqual(['  - Demandes de contact : 3 ans (point de départ : dernier contact)']);
    expect(diff).toMatchObject({ added: 2, removed: 1 });
    // withRecipient changes the first processing of the array: the site, like the retention.
    expect(diff.blocks.filter((b) => b.type !== 'unchanged').map((b) => b.section)).toEqual([
      'Site web et formulaire de contact',
      'Site web et formulaire de contact',
      'Site web et formulaire de contact',
    ]);
    expect([...added, ...removed].join('\n')).not.toContain('Version');
  });

  it('shortens unchanged runs to their context and says how many lines were left out', () => {
    const after = renderDocument('politique', withRecipient(register, 'Assureur'), { format: 'md' });
    const diff = diffVersions(before, after, { context: 1 });
    const unchanged = diff.blocks.filter((b) => b.type === 'unchanged');
    const total = before.split('\n').length;
    expect(unchanged.every((b) => b.lines.length <= 2)).toBe(true);
    // All lines of `before` but the final empty one, the version line and its blank line.
    expect(unchanged.reduce((n, b) => n + b.lines.length + (b.skipped ?? 0), 0)).toBe(total - 3);
    const md = diffToMarkdown(diff);
    expect(md).toMatch(/^1 ligne ajoutée, 0 ligne retirée\.\n\n```diff\n/);
    expect(md).toContain('\n+   - Assureur\n');
    expect(md).toMatch(/… \d+ lignes inchangées …/);
  });

  it('reports identical versions plainly', () => {
    const same = renderDocument('politique', register, { format: 'md', version: { number: 9, date: day2 } });
    const diff = diffVersions(before, same);
    expect(diff).toMatchObject({ identical: true, added: 0, removed: 0 });
    expect(diffToMarkdown(diff)).toBe('Aucune différence avec la version précédente.\n');
    expect(diffToHtml(diff)).toContain('Aucune différence');
  });

  it('keeps hostile text inert in the HTML and Markdown fragments', () => {
    const hostile = renderDocument('registre', hostileRegister(), { format: 'md' });
    const raw = 'a\n<script>alert(1)</script>\n```\n[x](javascript:alert(1))\n';
    for (const [a, b] of [
      [renderDocument('registre', register, { format: 'md' }), hostile],
      ['a\n', raw],
    ] as const) {
      const diff = diffVersions(a, b);
      const html = diffToHtml(diff);
      expect(html).not.toMatch(/<(script|a|img|iframe|svg)\b/i);
      expect(html).toMatch(/<ins>[^\n]*&lt;script\\?&gt;/);
      const md = diffToMarkdown(diff);
      const fence = md.match(/^(`{3,})diff$/m)?.[1];
      expect(fence).toBeDefined();
      // The fence closes only at the end: no content line can close it early.
      expect(md.split('\n').filter((l) => l === fence)).toHaveLength(1);
      expect(md.trimEnd().endsWith(fence!)).toBe(true);
    }
  });
});
