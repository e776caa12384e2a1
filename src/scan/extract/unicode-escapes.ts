// JSON written by PHP's json_encode or Python's json.dumps, as they are by default, escapes every letter
// outside ASCII: « "H\u00e9l\u00e8ne Qu\u00e9r\u00e9" », and a website's SQL backup doubles the
// backslash (« H\\u00e9l\\u00e8ne »). The detectors read such a block with those letters decoded; each
// finding is then placed and measured in the text as written (an offset map), its masked value
// keeping the decoded letters.

// A letter escaped (a run of backslashes: the JSON escape, doubled by SQL), ASCII left as written
// (« \u0022 » is a quote that must not end a JSON string)
const ESCAPE_RE = /\\+u([0-9a-fA-F]{4})/g;

const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

export interface DecodedEscapes {
  /** The text with its escaped letters decoded; line breaks are where they were. */
  readonly text: string;
  /** Where each of its offsets stands in the text as written (one more, for the end). */
  readonly at: Int32Array;
}

/** The text with its « \uXXXX » letters decoded, or null when it has none. */
export function decodeUnicodeEscapes(text: string): DecodedEscapes | null {
  if (text.indexOf('\\u') < 0) return null;
  ESCAPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let codes: Uint16Array | null = null;
  let at: Int32Array | null = null;
  let w = 0; // decoded length so far
  let from = 0; // first source offset not copied yet
  while ((m = ESCAPE_RE.exec(text)) !== null) {
    const code = parseInt(m[1]!, 16);
    if (code < 0x80) continue;
    if (codes === null || at === null) {
      codes = new Uint16Array(text.length);
      at = new Int32Array(text.length + 1);
    }
    for (let i = from; i < m.index; i++, w++) {
      codes[w] = text.charCodeAt(i);
      at[w] = i;
    }
    codes[w] = code;
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
