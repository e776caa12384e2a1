import { describe, expect, it } from 'vitest';
import { bulkText } from '../../../bench/scan/corpus/generate.ts';
import { ANCHORS } from './lexicon.ts';
import { escapeRegExp, wordSuffixTrieSource, wordTrieSource } from './word-trie.ts';

const flat = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const all = (source: string, text: string) => [...text.matchAll(new RegExp(`\\b(?:${source})`, 'gi'))].map((m) => `${m.index}:${m[0]}`);

describe('wordTrieSource', () => {
  it('matches the longest word that starts at a spot, a shorter one where the longer stops', () => {
    const re = new RegExp(`^(?:${wordTrieSource(['porte', 'porteuse d', 'port'])})`, 'i');
    expect(re.exec('porteuse du gène')?.[0]).toBe('porteuse d');
    expect(re.exec('porteuse sans')?.[0]).toBe('porte');
    expect(re.exec('portail')?.[0]).toBe('port');
    expect(re.exec('pot')).toBeNull();
  });
  it('escapes what a word holds of the expressions\' signs', () => {
    const re = new RegExp(`^(?:${wordTrieSource(['m.', 'bat-m', '(ald)', 'a+b'])})$`);
    expect(['m.', 'bat-m', '(ald)', 'a+b'].every((w) => re.test(w))).toBe(true);
    expect(re.test('mx')).toBe(false);
    expect(re.test('aab')).toBe(false);
  });
  it('writes the branches that are one letter as a class', () => {
    expect(wordTrieSource(['ma', 'me', 'mi', 'mot'])).toBe('m(?:ot|[aei])');
    expect(wordSuffixTrieSource(['père', 'mère', 'grand-mère'])).toBe('(?:(?:grand\\-)?m|p)ère');
  });
  it('writes the letters after which the same words go on as a class, and one optional letter without a group', () => {
    expect(wordTrieSource(['dép', 'dep', 'déps'])).toBe('d(?:éps?|ep)');
    expect(wordTrieSource(['diabèt', 'diabet', 'chat', 'chats'])).toBe('(?:diab[èe]t|chats?)');
    expect(wordSuffixTrieSource(['mère', 'mere', 'père'])).toBe('(?:[mp]è|me)re');
    const re = new RegExp(`^(?:${wordTrieSource(['diabèt', 'diabet', 'chat', 'chats'])})$`);
    expect(['diabèt', 'diabet', 'chat', 'chats'].every((w) => re.test(w))).toBe(true);
    expect(['diabt', 'diab[et', 'chatss'].some((w) => re.test(w))).toBe(false);
  });
  it('factored by the words\' ends, matches behind a spot the longest word that ends there', () => {
    const re = new RegExp(`(?<=(${wordSuffixTrieSource(['mère', 'grand-mère', 'père'])}) )X`);
    expect(re.exec('sa grand-mère X')?.[1]).toBe('grand-mère');
    expect(re.exec('sa mère X')?.[1]).toBe('mère');
    expect(re.exec('sa lumière X')).toBeNull();
  });
  it('tries an expression grafted where its prefix leads after the words going on from there', () => {
    const source = wordTrieSource(['estime', 'sont'], [{ prefix: 'e', source: '(?:st|tait) (?:arabe|kurde)' }]);
    expect(source).toBe('(?:e(?:stime|(?:st|tait) (?:arabe|kurde))|sont)');
    const re = new RegExp(`^(?:${source})`);
    expect(['est kurde', 'etait arabe', 'estime', 'sont'].map((w) => re.exec(w)?.[0])).toEqual(['est kurde', 'etait arabe', 'estime', 'sont']);
    expect(re.test('est basque')).toBe(false);
  });
  it('finds what the flat alternation longest first found, at the same spots, over the lexicon\'s anchors', () => {
    const words = [...new Set(Object.values(ANCHORS).flat())];
    const text = [...bulkText(7, 1 << 18, 'text')].join('') + [...bulkText(7, 1 << 18, 'csv')].join('');
    const expected = all(flat(words), text);
    expect(expected.length).toBeGreaterThan(400);
    expect(all(wordTrieSource(words), text)).toEqual(expected);
  });
});
