// The lexicon's expressions without the u flag (letters.ts) must find what they found with it.
import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import { readFileSync } from 'node:fs';
import { bulkText } from '../../../bench/scan/corpus/generate.ts';
import { caseless, forLowercased, lowercased, twoByte, withoutUnicodeFlag } from './letters.ts';
import { LEXICON } from './lexicon.ts';
import { flushBeforeLists } from './list-flush.ts';

const chars = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

describe('withoutUnicodeFlag', () => {
  it('writes \\p{L} out, inside a class and alone, and keeps the other escapes', () => {
    expect(withoutUnicodeFlag('a(?![\\p{L}\\d])')).toMatch(/^a\(\?!\[a-zA-Z.*\\d\]\)$/);
    expect(withoutUnicodeFlag('\\p{L}+')).toMatch(/^\[a-zA-Z[^\]]*\]\+$/);
    expect(withoutUnicodeFlag('[^\\p{L}-]')).toMatch(/^\[\^a-zA-Z.*-\]$/);
    // an escaped backslash before « p{L} » is a backslash and letters, not a property
    expect(withoutUnicodeFlag('\\\\p{L}\\u00a0\\]')).toBe('\\\\p{L}\\u00a0\\]');
  });

  it('agrees with \\p{L} on every character of Latin-1, Latin Extended, IPA and the modifiers, and on the Greek and Cyrillic letters', () => {
    const unicode = /^\p{L}$/iu;
    const written = new RegExp(`^${withoutUnicodeFlag('\\p{L}')}$`, 'i');
    const differ = chars(0, 0x2ff).filter((c) => unicode.test(c) !== written.test(c));
    expect(differ).toEqual([]);
    const missed = chars(0x370, 0x52f).filter((c) => unicode.test(c) && !written.test(c));
    expect(missed).toEqual([]);
    expect(written.test('É') && written.test('œ') && written.test('ÿ') && written.test('Ł')).toBe(true);
    expect(written.test('’') || written.test('-') || written.test('2') || written.test(' ')).toBe(false);
  });

  it('writes \\p{N} out as Latin-1 has it', () => {
    const unicode = /^\p{N}$/u;
    const written = new RegExp(`^${withoutUnicodeFlag('\\p{N}')}$`);
    expect(chars(0, 0xff).filter((c) => unicode.test(c) !== written.test(c))).toEqual([]);
  });

  it('refuses what it cannot write out', () => {
    expect(() => withoutUnicodeFlag('\\p{Script=Greek}')).toThrow(/non prise en charge/);
    expect(() => withoutUnicodeFlag('\\P{L}')).toThrow(/non prise en charge/);
    expect(() => withoutUnicodeFlag('\\u{1F600}')).toThrow(/drapeau u/);
  });
});

describe('caseless', () => {
  it('finds, without the u flag, what the expression found with it, in any case', () => {
    const before = /(?<![\p{L}])(?:[ée]pilep\p{L}*|diab[eéèê]te)(?![\p{L}\d])/iu;
    const after = caseless(before);
    expect(after.flags).toBe('i');
    for (const s of ['épileptique', 'ÉPILEPSIE', 'Épilepsie', 'un diabète', 'DIABÈTE', 'Diabète de type 2', 'prédiabète', 'diabètes', 'diabèteÉ', 'diabète2', 'l’épilepsie']) {
      expect([s, after.test(s)]).toEqual([s, before.test(s)]);
    }
  });

  it('refuses an expression that minds the case', () => {
    expect(() => caseless(/\p{Lu}+/u)).toThrow(/sensible à la casse/);
  });
});

describe('forLowercased and lowercased', () => {
  it('lowercases an expression\'s letters, in its classes too, and keeps its escapes', () => {
    expect(forLowercased('Diab[EÉèê]te (?:AAH|RQTH)\\b')).toBe('diab[eéèê]te (?:aah|rqth)\\b');
    expect(forLowercased('[A-ZÀ-ÖØ-Þa-z]\\D\\S\\W\\B\\u00A0\\d')).toBe('[a-zà-öø-þa-z]\\D\\S\\W\\B\\u00a0\\d');
    expect(() => forLowercased('İstanbul')).toThrow(/une seule unité/);
  });

  it('lowercases a text, each character in its place, « İ » kept', () => {
    expect(lowercased('ÉPILEPSIE, Diabète')).toBe('épilepsie, diabète');
    expect(lowercased('İSTANBUL : Épilepsie’')).toBe('İstanbul : épilepsie’');
    expect(lowercased('İ'.repeat(3)).length).toBe(3);
  });

  it('leaves every phrase of the lexicon finding the same, where the same, in any case', () => {
    const probes = `${readFileSync(new URL('./detect.test.ts', import.meta.url), 'utf8')}\n${[...bulkText(5, 200_000, 'text', 'dense')].join('')}`;
    const text = `${probes}\n${probes.toUpperCase()}\nİstanbul, SOUS TRAITEMENT, İL EST DIABÉTIQUE, Il est diabétique`;
    const lower = lowercased(text);
    const spans = (m: IterableIterator<RegExpMatchArray>) => [...m].map((x) => `${x.index}+${x[0].length}`).join(' ');
    let found = 0;
    for (const entry of LEXICON) {
      const source = flushBeforeLists(withoutUnicodeFlag(entry.phrase));
      const before = spans(text.matchAll(new RegExp(source, 'gi')));
      expect(spans(lower.matchAll(new RegExp(forLowercased(source), 'g'))), entry.phrase.slice(0, 80)).toBe(before);
      if (before !== '') found++;
    }
    // (most phrases are met: a comparison of empty lists would prove nothing)
    expect(found).toBeGreaterThan(LEXICON.length / 2);
  });
});

describe('twoByte', () => {
  // (V8's serializer writes a string in its own width: « " » then one byte per character, or « c » then two, maybe
  // after a padding byte that aligns them)
  const width = (s: string) => (v8.serialize(s).subarray(2).find((b) => b !== 0) === 0x63 ? 2 : 1);
  it('gives the same characters as a two-byte string, a one-byte text and a two-byte one alike', () => {
    const text = 'Mme Roux est diabétique, elle porte le voile. '.repeat(3);
    expect(width(text)).toBe(1);
    expect(twoByte(text)).toBe(text);
    expect(width(twoByte(text))).toBe(2);
    expect(twoByte(`${text}’`)).toBe(`${text}’`);
    expect(width(twoByte(`${text}’`))).toBe(2);
    expect(twoByte('')).toBe('');
  });
});
