// Line-preserving text views of HTML and e-mail: line numbers stay those of the file.
import { Buffer } from 'node:buffer';

// The address or number a link points to: « <a href="mailto:…">Écrivez-moi</a> » holds it in its tag only.
const LINK_TARGET = /\b(?:mailto|tel):([^"'\s<>?]+)/gi;
const LINK_SCHEME = /(?:mailto|tel):/i;

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à',
  acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', Eacute: 'É', Egrave: 'È',
};

/**
 * The entity at text[k] (« & ») that ends before `end`: its length, and its text in `entity.text`,
 * or 0 when there is none or it is unknown (left as written): « &eacute; », « &#64; », « &#x40; ».
 */
function entityAt(text: string, k: number, end: number): number {
  let i = k + 1;
  let code = 0;
  if (text.charCodeAt(i) === 35) {
    // « &#64; », « &#x40; »
    const hex = (text.charCodeAt(i + 1) | 32) === 120;
    i += hex ? 2 : 1;
    const first = i;
    for (let d; i < end && i - first < (hex ? 6 : 7) && (d = digitValue(text.charCodeAt(i), hex)) >= 0; i++) code = code * (hex ? 16 : 10) + d;
    if (i === first || i >= end || text.charCodeAt(i) !== 59 || code === 0 || code > 0x10ffff) return 0;
    entity.text = String.fromCodePoint(code);
    return i + 1 - k;
  }
  const first = i;
  while (i < end && i - first < 8 && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i - first < 2 || i >= end || text.charCodeAt(i) !== 59) return 0;
  const known = ENTITIES[text.slice(first, i)];
  if (known === undefined) return 0;
  entity.text = known;
  return i + 1 - k;
}

const entity = { text: '' };

function digitValue(c: number, hex: boolean): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return hex && l >= 97 && l <= 102 ? l - 87 : -1;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** Whether a UTF-16 unit is a blank as `\s` has it. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const RAW_TAG = /^<\s*(script|style)\b/i;
// Tags that end a line on screen: « Cordialement,<br>Nom », « <td>Nom</td><td>Dupont</td> ». Their « > »
// becomes U+2028 (LINE SEPARATOR), which the detectors read as a line break for their context (a
// signature, a label above its value) while line numbers, counted on « \n », stay those of the file.
const LINE_TAG = /^<(?:\/\s*(?:p|div|li|tr|td|th|h[1-6]|table|dt|dd|blockquote|section|article|header|footer|address|title|ul|ol)|\s*(?:br|hr))\b/i;

// Telegram's export of a chat (messages.html) puts each sender's name in « <div class="from_name"> »:
// that tag's blanks become the label « Nom : », above the name as a form's label stands (names.ts
// reads a name under it, its first name known or not). The tag is longer than the label.
const SENDER_TAG = '<div class="from_name">';
const SENDER_LABEL = 'Nom :';

/**
 * Blanks tags (but links' targets), scripts and styles, keeping newlines and columns; state carries
 * across blocks. Every change keeps the text's length, so the block is rewritten in place, as
 * UTF-16 code units: one piece of string per tag and per text between tags cost 14 ms per MB of HTML.
 */
export function htmlMasker(): (text: string) => string {
  let inTag = false;
  let tagHead = '';
  let tagStart = -1; // where the tag being read started in this block (-1: in the block before)
  let raw: RegExp | null = null;
  /** The end of the previous block, while in a script or a style: its closing tag may be cut in two. */
  let rawTail = '';
  return (text) => {
    if (!raw && !inTag && text.indexOf('<') === -1 && text.indexOf('&') === -1) return text;
    const units = new Units(text);
    let i = 0;
    if (inTag) tagStart = -1;
    if (raw && rawTail) {
      // « </scr » ended the previous block: the rest of the tag is this block's start
      raw.lastIndex = 0;
      const m = raw.exec(rawTail + text.slice(0, 8));
      if (m && m.index < rawTail.length) {
        raw = null;
        inTag = true;
        tagHead = '</';
      }
    }
    while (i < text.length) {
      if (raw) {
        raw.lastIndex = i;
        const m = raw.exec(text);
        const end = m ? m.index : text.length;
        units.blank(i, end);
        i = end;
        if (m) raw = null;
        else rawTail = text.slice(-8);
      } else if (inTag) {
        const j = text.indexOf('>', i);
        const end = j === -1 ? text.length : j + 1;
        if (tagHead.length < 16) tagHead += text.slice(i, Math.min(end, i + 16));
        units.blankTag(i, end);
        i = end;
        if (j !== -1) {
          inTag = false;
          // (a tag's second character tells most tags from <script> and <style>, and from <br>, </p>…)
          const second = tagHead.charCodeAt(1);
          if ((second === 47 || (second | 32) === 98 || (second | 32) === 104) && LINE_TAG.test(tagHead)) units.lineSeparator(j);
          else if (second === 100 && tagStart >= 0 && end - tagStart === SENDER_TAG.length && text.startsWith(SENDER_TAG, tagStart)) units.write(tagStart, SENDER_LABEL);
          const name = second === 115 || second === 83 || second <= 32 ? RAW_TAG.exec(tagHead)?.[1]?.toLowerCase() : undefined;
          if (name) {
            raw = new RegExp(`</${name}`, 'gi');
            rawTail = '';
          }
        }
      } else {
        const j = text.indexOf('<', i);
        const end = j === -1 ? text.length : j;
        units.decodeEntities(i, end);
        i = end;
        if (j !== -1) {
          inTag = true;
          tagHead = '';
          tagStart = j;
        }
      }
    }
    return units.toString();
  };
}

// the characters searched for ahead (Units.nextAfter)
const AMPERSAND = 0;
const NEWLINE = 1;
const COLON = 2;
const SEARCHED = ['&', '\n', ':'];

// (a Uint16Array has the machine's byte order, a 'utf16le' Buffer little-endian)
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

/** A block's UTF-16 code units, rewritten in place (the length never changes). */
class Units {
  private readonly buf: Buffer;
  private readonly codes: Uint16Array;

  constructor(private readonly text: string) {
    const encoded = Buffer.from(text, 'utf16le');
    // (a Uint16Array needs an even offset: small buffers come from a shared pool)
    this.buf = encoded.byteOffset % 2 === 0 ? encoded : Buffer.from(encoded);
    if (BIG_ENDIAN) this.buf.swap16();
    this.codes = new Uint16Array(this.buf.buffer, this.buf.byteOffset, text.length);
  }

  /** The next « & », line break and « : » found, kept: searched again from each tag, they made the masking quadratic. */
  private readonly next = [-1, -1, -1];

  /** Where the next SEARCHED[char] is at or after `from`, or the text's length. */
  nextAfter(char: number, from: number): number {
    let at = this.next[char]!;
    if (at < from) {
      at = this.text.indexOf(SEARCHED[char]!, from);
      this.next[char] = at = at === -1 ? this.text.length : at;
    }
    return at;
  }

  /** Spaces in place of [a, b), but line breaks. */
  blank(a: number, b: number): void {
    let from = a;
    for (let nl = this.nextAfter(NEWLINE, a); nl < b; nl = this.nextAfter(NEWLINE, nl + 1)) {
      this.codes.fill(32, from, nl);
      from = nl + 1;
    }
    this.codes.fill(32, from, b);
  }

  /** `s` written from `at`, over blanks (a tag's). */
  write(at: number, s: string): void {
    for (let k = 0; k < s.length; k++) this.codes[at + k] = s.charCodeAt(k);
  }

  /** U+2028 at i (a tag's « > », already blanked). */
  lineSeparator(i: number): void {
    this.codes[i] = 0x2028;
  }

  /** A tag [a, b) blanked but for its links' targets, each where it stood. */
  blankTag(a: number, b: number): void {
    if (this.nextAfter(COLON, a) >= b) return this.blank(a, b);
    const tag = this.text.slice(a, b);
    if (!LINK_SCHEME.test(tag)) return this.blank(a, b);
    let from = a;
    for (const m of tag.matchAll(LINK_TARGET)) {
      const at = a + m.index + m[0].length - m[1]!.length;
      this.blank(from, at);
      from = at + m[1]!.length;
    }
    this.blank(from, b);
  }

  /**
   * Decodes the entities of a text between tags, [a, b). Each run of characters between blanks that
   * holds one is decoded whole, then padded with spaces at its end, so that the next word keeps
   * its column in the source and the run stays one word: padding each entity where it stood cut
   * « Fran&ccedil;oise » and « 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78 » in pieces.
   */
  decodeEntities(a: number, b: number): void {
    const { text, codes } = this;
    for (let amp = this.nextAfter(AMPERSAND, a); amp < b; ) {
      let start = amp;
      while (start > a && !isBlank(text.charCodeAt(start - 1))) start--;
      let end = amp;
      while (end < b && !isBlank(text.charCodeAt(end))) end++;
      let w = start;
      for (let k = start; k < end; ) {
        const length = text.charCodeAt(k) === 38 ? entityAt(text, k, end) : 0;
        if (length > 0) {
          for (let d = 0; d < entity.text.length; d++) codes[w++] = entity.text.charCodeAt(d);
          k += length;
          continue;
        }
        codes[w++] = text.charCodeAt(k++);
      }
      codes.fill(32, w, end);
      amp = this.nextAfter(AMPERSAND, end);
    }
  }

  toString(): string {
    if (BIG_ENDIAN) this.buf.swap16();
    return this.buf.toString('utf16le');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBytes(bytes: Buffer, charset: string): string {
  if (/^utf-?8$/i.test(charset)) {
    try {
      return utf8.decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  }
  return bytes.toString('latin1');
}

/** RFC 2047 words in headers: "=?UTF-8?Q?Fran=C3=A7ois?=" → "François" (names often hide there). */
export function decodeEncodedWords(text: string): string {
  if (text.indexOf('=?') === -1) return text;
  return text.replace(/=\?([\w-]+)\?([BbQq])\?([^?\n]*)\?=/g, (m, charset: string, kind: string, body: string) => {
    const bytes = kind === 'B' || kind === 'b' ? Buffer.from(body, 'base64') : Buffer.from(body.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_h, x: string) => String.fromCharCode(parseInt(x, 16))), 'latin1');
    const out = decodeBytes(bytes, charset);
    return out.includes('\n') ? m : out;
  });
}

/**
 * E-mail: decodes header words, and quoted-printable bodies (=C3=A9, soft line breaks) once a part
 * of the file declares one (a mailbox's first message may be plain). `end`: the file's last block.
 */
export function qpDecoder(): (text: string, end?: boolean) => string {
  let enabled = false;
  let held = '';
  return (input, end = false) => {
    let text = held + decodeEncodedWords(input);
    held = '';
    enabled ||= QP_DECLARED.test(text);
    if (!enabled) return text;
    // lines that end with a soft break (a wrapped paragraph) wait for the next block, where their line goes on
    if (!end && SOFT_BREAK_AT_END.test(text)) {
      let lineStart = text.lastIndexOf('\n', text.length - 2) + 1;
      while (lineStart > 0 && text.length - lineStart < MAX_HELD && endsWithSoftBreak(text, lineStart - 1)) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      held = text.slice(lineStart);
      text = text.slice(0, lineStart);
    }
    return text.replace(SOFT_BROKEN_LINE, joinSoftBreaks).replace(/(?:=[0-9A-F]{2})+/g, (m) => decodeBytes(Buffer.from(m.replace(/=/g, ''), 'hex'), 'utf-8'));
  };
}

const QP_DECLARED = /content-transfer-encoding:\s*quoted-printable/i;
const SOFT_BREAK_AT_END = /=\r?\n$/;
const MAX_HELD = 16 * 1024;

/** Whether the line that ends with the line break at `nl` ends with a soft break (« =\n », « =\r\n »). */
function endsWithSoftBreak(text: string, nl: number): boolean {
  const eq = text.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
  return eq >= 0 && text.charCodeAt(eq) === 61;
}

// A line wrapped by soft line breaks (« = » at the end of each piece, every 76 characters): the
// text's own line. Anchored at line starts, so that a long line without soft break costs one pass.
const SOFT_BROKEN_LINE = /^(?:[^\n]*=\r?\n)+[^\n]*/gm;

/**
 * The pieces of a wrapped line joined on its first line, the line breaks of the soft breaks after
 * it (the lines after keep their numbers). Joining only the word cut by a break lost the words
 * around it: « Hélène » at the end of one piece, « Lefèvre-Dubois » at the start of the next, no
 * name; « 12 rue des Tilleuls, » then « 69003 Lyon », no address (a phone in seven lost so in
 * letters). A finding on the line's later pieces points at its first line, its column counted in
 * the joined line, as for a base64 part. A part's last line may end with a soft break: the
 * « --boundary » line after it is not joined.
 */
function joinSoftBreaks(wrapped: string): string {
  const parts = wrapped.split(/=(\r?\n)/); // piece, line break, piece, …
  let line = parts[0]!;
  let breaks = '';
  let k = 2;
  for (; k < parts.length && !parts[k]!.startsWith('--'); k += 2) {
    line += parts[k]!;
    breaks += parts[k - 1]!;
  }
  if (k >= parts.length) return line + breaks;
  // the boundary and what follows it, as written (the soft break before it is only a line break)
  let rest = `${parts[k - 1]!}${parts[k]!}`;
  for (let j = k + 1; j < parts.length; j += 2) rest += `=${parts[j]!}${parts[j + 1]!}`;
  return line + breaks + rest;
}
