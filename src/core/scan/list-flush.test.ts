// The lookaheads list-flush.ts adds change the native code, never what an expression matches.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bulkText } from '../../../bench/scan/corpus/generate.ts';
import { withoutUnicodeFlag } from './letters.ts';
import { LEXICON } from './lexicon.ts';
import { flushBeforeLists } from './list-flush.ts';

describe('flushBeforeLists', () => {
  it('puts an empty lookahead before each non-capturing group of four alternatives or more, and nowhere else', () => {
    expect(flushBeforeLists('a (?:b|c|d|e) f')).toBe('a (?=)(?:b|c|d|e) f');
    expect(flushBeforeLists('(?:x (?:a|b|c|d)|y|z|w)')).toBe('(?=)(?:x (?=)(?:a|b|c|d)|y|z|w)');
    expect(flushBeforeLists('a (?:b|c|d) f')).toBe('a (?:b|c|d) f');
    // a capture, a lookaround, a class, escaped brackets and bars are left as they are
    for (const kept of ['(b|c|d|e)', '(?<=b|c|d|e)x', '(?!b|c|d|e)', '[(?:b|c|d|e)]', '\\(?:b|c|d|e\\)', '(?:a\\|b\\|c\\|d)', '[\\]](?:a|b)'])
      expect(flushBeforeLists(kept)).toBe(kept);
    expect(flushBeforeLists('[\\]](?:a|b|c|d)')).toBe('[\\]](?=)(?:a|b|c|d)');
  });

  it('leaves every phrase of the lexicon finding the same, where the same, in the probes and in dense text', () => {
    const text = `${readFileSync(new URL('./detect.test.ts', import.meta.url), 'utf8')}\n${[...bulkText(5, 300_000, 'text', 'dense')].join('')}`;
    const found = (source: string) => [...text.matchAll(new RegExp(source, 'gi'))].map((m) => `${m.index}+${m[0].length}`).join(' ');
    let changed = 0;
    for (const entry of LEXICON) {
      const plain = withoutUnicodeFlag(entry.phrase);
      const flushed = flushBeforeLists(plain);
      if (flushed === plain) continue;
      changed++;
      expect(found(flushed), entry.phrase.slice(0, 80)).toBe(found(plain));
    }
    expect(changed).toBeGreaterThan(100);
  });
});
