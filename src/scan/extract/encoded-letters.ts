// Letters a text holds written in another code than its own, which the detectors read decoded:
// - « \u00e9 » escapes: PHP's json_encode and Python's json.dumps write every letter outside ASCII so by
//   default — « "H\u00e9l\u00e8ne Qu\u00e9r\u00e9" » — and a website's SQL backup doubles the backslash;
// - UTF-8 read as Windows-1252 and saved again (« HÃ©lÃ¨ne QuÃ©rÃ© », « lâ€™Ã‰glise »): a CSV export
//   opened in Excel as « ANSI », a web page's form stored through a wrong connection;
// - HTML entities outside HTML (« H&eacute;l&egrave;ne », « &#233; »): a PHP application's export of what
//   its forms stored through htmlentities — in a CSV, their « ; » even cut the row into false columns.
// Each finding is then placed and measured in the text as written (an offset map), its masked value
// keeping the decoded letters.

import { CP1252_HIGH } from './encoding.ts';

// A letter escaped (a run of backslashes: the JSON escape, doubled by SQL), ASCII left as written
// (« \u0022 » is a quote that must not end a JSON string); or a character's UTF-8 bytes read as
// Windows-1252 (or Latin-1): « Ã » or « Â » and one byte (é, à, «, °, the no-break space), « Å » and
// one (œ), « â » and two (’ “ ” … – — €); what they make is checked below
// (a continuation byte 0x80–0xbf as Latin-1 shows it, or as Windows-1252 shows 0x80–0x9f)
const CONTINUATION = `\\u0080-\\u00bf${[...CP1252_HIGH].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}`;
// (or an HTML entity: named, decimal, hexadecimal)
const ENCODED_RE = new RegExp(`\\\\+u([0-9a-fA-F]{4})|[\\u00c2\\u00c3\\u00c5][${CONTINUATION}]|\\u00e2[${CONTINUATION}]{2}|&(?:#(\\d{2,7})|#[xX]([0-9a-fA-F]{2,6})|([A-Za-z]{2,8}));`, 'g');
const ENTITY_RE = /&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8});/y;

// The named entities of letters and French typography (Latin-1's letters in order from « À », then the others)
const LATIN1_LETTERS = 'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const NAMED = new Map<string, number>([
  ...LATIN1_LETTERS.split(' ').map((name, i) => [name, 0xc0 + i] as const),
  ['amp', 38], ['apos', 39], ['nbsp', 0xa0], ['laquo', 0xab], ['raquo', 0xbb], ['deg', 0xb0], ['sup2', 0xb2], ['copy', 0xa9], ['reg', 0xae], ['OElig', 0x152], ['oelig', 0x153], ['Yuml', 0x178],
  ['lsquo', 0x2018], ['rsquo', 0x2019], ['ldquo', 0x201c], ['rdquo', 0x201d], ['hellip', 0x2026], ['ndash', 0x2013], ['mdash', 0x2014], ['euro', 0x20ac],
]);

// The characters of French text that such bytes make: Latin-1's letters and signs, œ, and typography
const FRENCH_PUNCTUATION = new Set([0x152, 0x153, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122]);

const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

export interface DecodedLetters {
  /** The text with its encoded letters decoded; line breaks are where they were. */
  readonly text: string;
  /** Where each of its offsets stands in the text as written (one more, for the end). */
  readonly at: Int32Array;
}

/** Whether a block may hold encoded letters (searched for then): a few `indexOf` and each « & » looked at. */
function mayHold(text: string): boolean {
  if (text.indexOf('\\u') >= 0 || mayBeMisencoded(text)) return true;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    ENTITY_RE.lastIndex = i;
    if (ENTITY_RE.test(text)) return true;
  }
  return false;
}

/**
 * The text with its encoded letters decoded, or null when it has none. `cells`: a CSV's, a JSON's or a
 * workbook's text, whose « &amp; » and « &#039; » are decoded too — their « ; » cut a CSV's row into false
 * columns — which an SQL dump's quoted strings could not take (an apostrophe would end one).
 */
export function decodeLetters(text: string, cells = false): DecodedLetters | null {
  if (!mayHold(text)) return null;
  const once = decodeOnce(text, cells);
  // Facebook's, Messenger's and Instagram's exports escape each byte of a letter's UTF-8 (« H\u00c3\u00a9l\u00c3\u00a8ne »):
  // decoded once, they read « HÃ©lÃ¨ne », decoded again « Hélène »
  const twice = once !== null && mayBeMisencoded(once.text) ? decodeOnce(once.text, cells) : null;
  if (once === null || twice === null) return once;
  return { text: twice.text, at: twice.at.map((i) => once.at[i]!) };
}

/** Whether a text may hold UTF-8 read as Windows-1252. */
function mayBeMisencoded(text: string): boolean {
  return text.indexOf('\u00c3') >= 0 || text.indexOf('\u00c2') >= 0 || text.indexOf('\u00e2\u20ac') >= 0 || text.indexOf('\u00e2\u0080') >= 0 || text.indexOf('\u00c5') >= 0;
}

/** One pass: each escape, entity or misencoded letter decoded. */
function decodeOnce(text: string, cells: boolean): DecodedLetters | null {
  ENCODED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let codes: Uint16Array | null = null;
  let at: Int32Array | null = null;
  let w = 0; // decoded length so far
  let from = 0; // first source offset not copied yet
  while ((m = ENCODED_RE.exec(text)) !== null) {
    const code = m[1] !== undefined ? escaped(m[1]) : m[0].charCodeAt(0) === 38 ? entity(m, cells) : utf8ReadAsWindows1252(m[0]);
    if (code < 0) continue;
    if (codes === null || at === null) {
      codes = new Uint16Array(text.length);
      at = new Int32Array(text.length + 1);
    }
    for (let i = from; i < m.index; i++, w++) {
      codes[w] = text.charCodeAt(i);
      at[w] = i;
    }
    if (code > 0xffff) {
      // (a character outside the first plane, written in two UTF-16 units)
      codes[w] = 0xd800 + ((code - 0x10000) >> 10);
      at[w++] = m.index;
      codes[w] = 0xdc00 + ((code - 0x10000) & 0x3ff);
    } else codes[w] = code;
    at[w++] = m.index;
    from = m.index + m[0].length;
  }
  if (codes === null || at === null) return null;
  for (let i = from; i < text.length; i++, w++) {
    codes[w] = text.charCodeAt(i);
    at[w] = i;
  }
  at[w] = text.length;
  const bytes = Buffer.from(codes.buffer, 0, w * 2);
  if (BIG_ENDIAN) bytes.swap16();
  return { text: bytes.toString('utf16le'), at: at.subarray(0, w + 1) };
}

/** The letter a « \uXXXX » escape stands for, or −1 for ASCII (left as written). */
function escaped(hex: string): number {
  const code = parseInt(hex, 16);
  return code < 0x80 ? -1 : code;
}

/** The character an HTML entity stands for; −1 for an unknown one, and for ASCII (left as written) but « & » and « ' » in cells. */
function entity(m: RegExpExecArray, cells: boolean): number {
  const code = m[2] !== undefined ? parseInt(m[2], 10) : m[3] !== undefined ? parseInt(m[3], 16) : (NAMED.get(m[4]!) ?? -1);
  if (code === 38 || code === 39) return cells ? code : -1;
  return code < 0xa0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? -1 : code;
}

/** The character whose UTF-8 bytes, read as Windows-1252, show as `s`; −1 if it is none French text holds. */
function utf8ReadAsWindows1252(s: string): number {
  let code = 0;
  for (let i = 0; i < s.length; i++) {
    const byte = byteOf(s.charCodeAt(i));
    code = i === 0 ? byte & (s.length === 2 ? 0x1f : 0x0f) : (code << 6) | (byte & 0x3f);
  }
  return (code >= 0xa0 && code <= 0xff) || FRENCH_PUNCTUATION.has(code) ? code : -1;
}

/** The byte Windows-1252 (or Latin-1) shows as character `c`. */
function byteOf(c: number): number {
  if (c <= 0xff) return c;
  const k = CP1252_HIGH.indexOf(String.fromCharCode(c));
  return k < 0 ? 0 : 0x80 + k;
}
