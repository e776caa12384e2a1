// The HTML parts of e-mails, read as HTML files are: tags blanked, entities decoded. A contact
// form's notification is often HTML only (« T&eacute;l&eacute;phone : 06&nbsp;12&nbsp;34… »): read
// raw, its phone and accented names were lost.
// Runs after the base64 and quoted-printable decoders, on their line-preserving output.
import { htmlMasker } from './markup.ts';

/** Longest start of a line kept to read it as a header (headers are short; folded ones too). */
const MAX_LINE = 4096;
/** The boundaries remembered per message (nested multiparts). */
const MAX_BOUNDARIES = 16;
// A line that may start a part (« --boundary ») or the next message of a mailbox (« From », after a blank line).
const PART_OR_MESSAGE = /\n(?:--|From )/g;
const CONTENT_TYPE = /content-type:/iy;
const BOUNDARY = /\bboundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i;

/** The returned function masks one block (state carries across blocks, as a block may end anywhere). */
export function htmlMailParts(): (text: string) => string {
  let headers = true; // in the headers of a message or a part
  let header = ''; // the current Content-Type header, with its folded lines ('' after another header)
  let html = false; // the part whose headers or body these are is text/html
  let nested = false; // the part is a message (message/rfc822): its headers follow the part's
  let masker: ((text: string) => string) | null = null; // the HTML body being read
  const boundaries: string[] = [];
  let line = ''; // the start of the current line, when a block ended inside it
  let atLineStart = true; // the next block starts a line
  let previousBlank = true; // the last whole line was blank

  /** Whether the line at `at` of `text` starts a part: « -- » then a boundary declared by the message (« --> » ends an HTML comment). */
  const startsPart = (text: string, at: number) => text.startsWith('--', at) && boundaries.some((b) => text.startsWith(b, at + 2));
  const startsMessage = (text: string, at: number, blankBefore: boolean) => blankBefore && text.startsWith('From ', at);

  /** Reads a whole header line, text[a, b) (without its line break): most are only looked at, not copied. */
  const headerLine = (text: string, a: number, b: number) => {
    const e = b > a && text.charCodeAt(b - 1) === 13 ? b - 1 : b;
    const c = text.charCodeAt(a);
    if (e === a) {
      // a forwarded message (message/rfc822) starts with its own headers
      if (nested) nested = false;
      else {
        headers = false;
        masker = html ? htmlMasker() : null;
      }
    } else if (c === 45 ? startsPart(text, a) : c === 70 && startsMessage(text, a, previousBlank)) {
      if (c === 70) boundaries.length = 0;
      html = false;
      nested = false;
      header = '';
    } else if (c === 32 || c === 9) {
      // a folded line: only Content-Type's matter
      if (header !== '') readContentType((header + text.slice(a, e)).slice(0, MAX_LINE));
    } else if (c === 67 || c === 99) {
      CONTENT_TYPE.lastIndex = a;
      if (CONTENT_TYPE.test(text)) readContentType(text.slice(a, Math.min(e, a + MAX_LINE)));
      else header = '';
    } else header = '';
    previousBlank = e === a;
  };

  /** A Content-Type header, maybe not whole yet: the part's type and the boundary of a multipart. */
  const readContentType = (h: string) => {
    header = h;
    const type = /^content-type:\s*([^;\s]+)/i.exec(h);
    if (type) {
      const t = type[1]!.toLowerCase();
      html = t === 'text/html';
      nested = t === 'message/rfc822';
    }
    const boundary = BOUNDARY.exec(h);
    if (boundary) {
      const b = boundary[1] ?? boundary[2]!;
      if (!boundaries.includes(b)) boundaries.push(b);
      if (boundaries.length > MAX_BOUNDARIES) boundaries.shift();
    }
  };

  /**
   * Whether the line that ends with the line break at `nl` is blank; `from`: where the body starts
   * in `text`, `startsLine`: whether a line starts there.
   */
  const blankBefore = (text: string, nl: number, from: number, startsLine: boolean): boolean => {
    const eol = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    return eol > from ? text.charCodeAt(eol - 1) === 10 : startsLine;
  };

  /** Where the body that starts at `from` ends: the first line that starts a part or a message, or the end. */
  const bodyEnd = (text: string, from: number, startsLine: boolean): number => {
    if (startsLine && (startsPart(text, from) || startsMessage(text, from, previousBlank))) return from;
    PART_OR_MESSAGE.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = PART_OR_MESSAGE.exec(text)) !== null) {
      const at = m.index + 1;
      if (startsPart(text, at) || startsMessage(text, at, blankBefore(text, m.index, from, startsLine))) return at;
    }
    return text.length;
  };

  return (text) => {
    // the masked bodies, between pieces of the text as it is (null: the text is returned as it is)
    let out: string[] | null = null;
    let copied = 0; // text[copied, i) is not in `out` yet
    let i = 0;
    let startsLine = atLineStart;
    while (i < text.length) {
      if (!headers) {
        const end = bodyEnd(text, i, startsLine);
        if (end > i) {
          if (masker) {
            (out ??= []).push(text.slice(copied, i), masker(text.slice(i, end)));
            copied = end;
          }
          // the body's last whole line, for a « From » line after it
          const lastNl = text.lastIndexOf('\n', end - 1);
          if (lastNl >= i) previousBlank = blankBefore(text, lastNl, i, startsLine);
          if (end === text.length) {
            startsLine = lastNl === end - 1;
            break;
          }
        }
        headers = true;
        masker = null;
        i = end;
        startsLine = true;
        continue;
      }
      const nl = text.indexOf('\n', i);
      if (nl === -1) {
        // a line the next block goes on with
        if (line.length < MAX_LINE) line += text.slice(i, i + MAX_LINE);
        startsLine = false;
        break;
      }
      if (line === '') headerLine(text, i, nl);
      else {
        line += text.slice(i, Math.min(nl, i + MAX_LINE));
        headerLine(line, 0, line.length);
        line = '';
      }
      i = nl + 1;
      startsLine = true;
    }
    atLineStart = startsLine;
    if (out === null) return text;
    out.push(text.slice(copied));
    return out.join('');
  };
}
