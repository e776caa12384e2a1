// The lexicon's expressions compiled without the u flag. With it, V8 turns \p{L} into hundreds of ranges and every
// letter of a case-insensitive phrase into its Unicode case class: the health phrases took 4.4 MB of native code with
// it, 2.7 without. V8 compiles an expression without optimizing it once the worker's executable memory passes 16 MB
// (with more than 1 MB of expressions' code): past it, every detector compiled after ran about three times slower.
// Written out, a letter is one of the scripts a French document writes its words in.

/**
 * Letters as the phrases mean them: \p{L}'s up to U+02FF (Latin-1's ª µ º, Latin Extended, IPA, the modifier letters
 * such as « ʼ », an apostrophe some keyboards type), Greek and Cyrillic.
 */
const LETTER = 'a-zA-Zªµºß-öø-ÿÀ-ÖØ-Þ\\u0100-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u03ff\\u0400-\\u052f';
/**
 * The letters of a name past Latin-1, either case: Latin Extended-A and B and Vietnamese's (« Ayşe Yılmaz », « Łukasz
 * Nowak », « Nguyễn Văn An »). Two ranges: the same letters by their case are 150 ranges of one letter each, and
 * names.ts's searches with them made every detector a third slower.
 */
export const LATIN_EXTENDED = '\\u0100-\\u024f\\u1e00-\\u1eff';
/** Whether a character code is one of LATIN_EXTENDED's letters. */
export const isLatinExtended = (c: number): boolean => (c >= 0x100 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
/**
 * Whether the character at `i` is one of those letters written small: the ranges above take both cases, so a word
 * they start may be a sentence's (« și » in Romanian, « śledzić » in Polish), not a name's.
 */
export function extendedLowerAt(text: string, i: number): boolean {
  if (!isLatinExtended(text.charCodeAt(i))) return false;
  const ch = text[i]!;
  return ch !== ch.toUpperCase();
}
/** Digits, superscripts and fractions (\p{N} in Latin-1). */
const NUMBER = '0-9²³¹¼-¾';
const CLASSES = new Map([['L', LETTER], ['Ll', LETTER], ['Lu', LETTER], ['N', NUMBER]]);

/**
 * The same source with \p{L}, \p{Ll}, \p{Lu} and \p{N} written out, for an expression with the i flag and without
 * u (where \p{…} would mean the letters « p{L} »: any other property is refused). With i, \p{Ll} and \p{Lu} match
 * both cases, as they do with iu.
 */
export function withoutUnicodeFlag(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const prop = /^[pP]\{([^}]*)\}/.exec(source.slice(i + 1, i + 64));
      if (prop) {
        const ranges = CLASSES.get(prop[1]!);
        if (!ranges || prop[0][0] === 'P') throw new Error(`propriété Unicode non prise en charge sans le drapeau u : \\${prop[0]}`);
        out += inClass ? ranges : `[${ranges}]`;
        i += prop[0].length;
        continue;
      }
      if (source[i + 1] === 'u' && source[i + 2] === '{') throw new Error('échappement \\u{…} impossible sans le drapeau u');
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** A case-insensitive expression compiled without the u flag, its \p{…} written out (see above). */
export function caseless(re: RegExp): RegExp {
  if (!re.flags.includes('i')) throw new Error(`expression sensible à la casse : /${re.source}/${re.flags}`);
  return new RegExp(withoutUnicodeFlag(re.source), re.flags.replace('u', ''));
}

/**
 * The same expression for text lowercased first (`lowercased`): its letters lowercased, in its classes too, its escapes
 * kept (\d, \S, \b; \u00A0 is \u00a0). A case-insensitive expression finds the same there without the i flag (the
 * Kelvin sign aside, « k » lowercased), and V8 compiles it into less native code: the lexicon's phrases took 3.40 MB
 * with i, 2.83 without (Node 20, two-byte text).
 */
export function forLowercased(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    const l = c.toLowerCase();
    if (l.length !== 1) throw new Error(`lettre sans minuscule d'une seule unité : ${c}`);
    out += l;
  }
  return out;
}

/**
 * The text lowercased, each character in its place: toLowerCase writes « İ » as two (« i̇ »), left as it is here, as
 * the i flag leaves it.
 */
export function lowercased(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/**
 * The same characters as a two-byte string, whatever they hold. V8 compiles an expression once for each width of text it
 * meets, and a block of letters is often two-byte (« ’ ») where a client file's cells are one-byte: the lexicon's
 * phrases, tried in both, took Node 24 to 15.0–15.2 MiB of native code, a page from the 16 MB past which V8 stops
 * optimizing; tried in two-byte text only, 12.6–12.8 (Node 22 13.2 → 11.3; Node 20 stays at 9.7). (A copy, made where
 * an anchor is found. Searching the anchors in a copy of every block too saved 0.4 MiB more on Node 22 and 24, and the
 * special categories read client files at 331–356 MB/s with it against 360–365 without: left out.)
 */
export const twoByte = (s: string): string => `\u0100${s}`.slice(1);
