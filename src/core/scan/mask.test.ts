import { describe, expect, it } from 'vitest';
import { mask } from './mask.ts';

describe('mask', () => {
  it('keeps at most the first and last characters', () => {
    expect(mask('0612345678')).toBe('0••••••••8');
    expect(mask('abcde')).toBe('a•••e');
  });
  it('short values keep less (a 2-character value would be fully revealed otherwise)', () => {
    expect(mask('abcd')).toBe('a•••');
    expect(mask('ab')).toBe('••');
    expect(mask('a')).toBe('•');
    expect(mask('')).toBe('');
  });
  it('never keeps half a character (a surrogate): its UTF-8 would be no character', () => {
    expect(mask('😀bcdefg😀')).toBe('••••••••••');
    expect(mask('𝒜bc')).toBe('••••');
    expect(mask('é\ud800bcd\udc00x')).toBe('é•••••x');
    expect(mask('\udc00bcdef')).toBe('•••••f');
    for (const v of ['😀bcdefg😀', '𝒜bc', 'x😀', '\ud800abcdefgh\udfff']) expect(mask(v)).not.toMatch(/[\ud800-\udfff]/);
  });
});
