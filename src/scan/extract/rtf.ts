// Rich Text Format (.rtf: TextEdit's and WordPad's default, and many « .doc »): its text, one
// paragraph per line, locator « paragraphe N ». Read as plain text, an accented name is split by
// its escapes (H\'e9l\'e8ne) and every paragraph runs into the next. No maintained npm package
// turns general RTF into text (rtf-stream-parser only unwraps Outlook's encapsulated bodies), so
// this follows the RTF 1.9 rules it needs: groups, control words, hex and Unicode escapes with
// their code page, and the destinations that hold no text (fonts, styles, pictures, metadata).
import iconv from 'iconv-lite';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

/** Destinations whose content is not the document's text. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'xmlnsdecl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'filetbl', 'revtbl', 'fldinst', 'bkmkstart', 'bkmkend',
  'pgdsctbl', 'mmathPr', 'defchp', 'defpap', 'expandedcolortbl', 'private', 'xmlopen', 'nonshppict', 'blipuid',
]);
const BREAKS: Record<string, string> = { par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', cell: '\t', tab: '\t', emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', emspace: ' ', enspace: ' ', qmspace: ' ' };
const SYMBOLS: Record<string, string> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00a0', _: '‑', '-': '', '\n': '\n', '\r': '\n' };

export function isRtf(data: Uint8Array): boolean {
  return data.length >= 5 && Buffer.from(data.subarray(0, 5)).toString('latin1') === '{\\rtf';
}

/** The text of an RTF document, its paragraphs separated by '\n'. */
export function rtfToText(data: Uint8Array | string): string {
  const s = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  const out: string[] = [];
  let codepage = 'windows-1252';
  let bytes: number[] = []; // \'hh escapes in a row: one character may take two (Asian code pages)
  const flush = () => {
    if (bytes.length > 0) out.push(iconv.decode(Buffer.from(bytes), codepage));
    bytes = [];
  };
  // per group: whether its text is skipped, and how many characters follow a \uN as its fallback
  let state = { skip: false, uc: 1 };
  const stack: (typeof state)[] = [];
  let fallback = 0; // fallback characters still to drop after a \uN
  let groupStart = false; // the next control word is the first of its group (a destination)
  const emit = (text: string) => {
    if (fallback > 0) {
      const dropped = Math.min(fallback, text.length);
      fallback -= dropped;
      text = text.slice(dropped);
    }
    if (!state.skip && text) {
      flush();
      out.push(text);
    }
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      i++;
      continue;
    }
    if (c === '}') {
      flush();
      state = stack.pop() ?? state;
      groupStart = false;
      fallback = 0;
      i++;
      continue;
    }
    if (c !== '\\') {
      groupStart = false;
      let j = i;
      while (j < s.length && s[j] !== '\\' && s[j] !== '{' && s[j] !== '}') j++;
      // line breaks in the file are not text
      emit(s.slice(i, j).replace(/[\r\n]/g, ''));
      i = j;
      continue;
    }
    const next = s[i + 1] ?? '';
    if (next === "'") {
      const code = parseInt(s.slice(i + 2, i + 4), 16);
      i += 4;
      if (fallback > 0) fallback--;
      else if (!state.skip && !Number.isNaN(code)) bytes.push(code);
      groupStart = false;
      continue;
    }
    if (next === '*') {
      // {\*\destination …}: ignorable when not understood, which is all of them here
      state.skip = true;
      i += 2;
      continue;
    }
    const word = /^[a-zA-Z]+/.exec(s.slice(i + 1, i + 33))?.[0];
    if (!word) {
      if (next in SYMBOLS) emit(SYMBOLS[next]!);
      groupStart = false;
      i += 2;
      continue;
    }
    let j = i + 1 + word.length;
    const param = /^-?\d+/.exec(s.slice(j, j + 12))?.[0];
    if (param !== undefined) j += param.length;
    if (s[j] === ' ') j++; // the space that ends a control word is not text
    i = j;
    const n = param === undefined ? undefined : Number(param);
    if (groupStart && SKIPPED.has(word)) state.skip = true;
    groupStart = false;
    if (word === 'ansicpg' && n !== undefined && iconv.encodingExists(`cp${n}`)) codepage = `cp${n}`;
    else if (word === 'uc' && n !== undefined) state.uc = Math.max(0, n);
    else if (word === 'u' && n !== undefined) {
      emit(String.fromCharCode(n < 0 ? n + 65536 : n));
      fallback = state.uc;
    } else if (word === 'bin' && n !== undefined) i += Math.max(0, n);
    else if (word in BREAKS) emit(BREAKS[word]!);
  }
  flush();
  return out.join('');
}

export function scanRtf(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const paragraphs = rtfToText(data).replace(/\n+$/, '').split('\n');
  addSegmentDetections(sink, paragraphs, (t) => detect(t, { format: 'docx' }), (i) => `paragraphe ${i + 1}`);
}
