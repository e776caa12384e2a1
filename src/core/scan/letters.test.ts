// The lexicon's expressions without the u flag (letters.ts) must find what they found with it.
import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import { caseless, twoByte, withoutUnicodeFlag } from './letters.ts';

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
