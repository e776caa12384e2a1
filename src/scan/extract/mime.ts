// E-mail bodies sent as base64 (common for text parts): decoded so the detectors see them.
// Line numbers stay those of the file: a part's decoded text is put on the first base64 line of
// the block (newlines become spaces), the other base64 lines become empty. Attached documents
// (a quote in PDF, a CV in .docx, a .csv export) are handed to `collect` decoded, to be read
// after the message; other binary parts (images) are blanked: base64 is no text to search.
// Another text file attached (a .txt) is read in place, as a text part.
import { Buffer } from 'node:buffer';
import { isTextFormat, readFormat } from '../formats.ts';
import { decodeWindows1252 } from './encoding.ts';
import { decodeEncodedWords } from './markup.ts';

export interface Attachment {
  name: string;
  /** Empty for an attachment that is not read (an image, or one over the size cap). */
  data: Buffer;
  /** Over MAX_ATTACHMENT_BYTES: counted as unreadable. */
  tooBig?: boolean;
}

interface Part {
  base64: boolean;
  text: boolean;
  latin: boolean;
  name: string | null;
  /** Content-Disposition: inline (a logo in a signature), not an attached file. */
  inline: boolean;
}

const freshPart = (): Part => ({ base64: false, text: true, latin: false, name: null, inline: false });
const BASE64_LINE = /^[A-Za-z0-9+/=]*$/;
/** Larger attachments are not read (the message itself is). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** The documents attached to one message that are read, in all: the others are counted as too large. */
export const MAX_ATTACHED_BYTES = 100 * 1024 * 1024;

/** The file name of a part: filename= or name=, RFC 2231 (filename*=UTF-8''…) or RFC 2047 words. */
function partName(line: string): string | null {
  const ext = /\b(?:file)?name\*(?:0\*?)?=\s*(?:"?)([\w-]+)'[^']*'([^";\s]+)/i.exec(line);
  if (ext) {
    const bytes = Buffer.from(ext[2]!.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    return /^utf-?8$/i.test(ext[1]!) ? bytes.toString('utf8') : decodeWindows1252(bytes);
  }
  const plain = /\b(?:file)?name\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(line);
  return plain ? decodeEncodedWords(plain[1] ?? plain[2]!) : null;
}

const BLANK_LINE = /\n\r?\n/g;

/** Where the last line that may start a part (« --boundary ») or a message (« From ») begins, or -1. */
function lastPartStart(text: string): number {
  const at = Math.max(text.lastIndexOf('\n--'), text.lastIndexOf('\nFrom '));
  if (at >= 0) return at + 1;
  return text.startsWith('--') || text.startsWith('From ') ? 0 : -1;
}

/** The returned function decodes one block; `end`: the file's last block, where nothing may be held. */
export function base64Parts(collect?: (a: Attachment) => void, readImages = false): (text: string, end?: boolean) => string {
  let headers = true;
  let part = freshPart();
  let body64 = false;
  let carry = '';
  let decoder: TextDecoder | null = null;
  /** The base64 of an attachment being read (null: a binary part that is only blanked). */
  let attached: { chunks: string[]; chars: number; tooBig: boolean } | null = null;
  /** The last line of the previous block was blank (an mbox "From " line must follow one). */
  let previousBlank = true;
  /**
   * The decoded text after the last space of a text body that goes on in the next block: the
   * block may end in the middle of an e-mail address or a phone, which would be lost cut in two.
   */
  let held = '';

  const decodeChunk = (b64: string, final: boolean): string => {
    const joined = carry + b64;
    const usable = final ? joined.length : joined.length - (joined.length % 4);
    carry = joined.slice(usable);
    const bytes = Buffer.from(joined.slice(0, usable), 'base64');
    if (part.latin) return decodeWindows1252(bytes);
    decoder ??= new TextDecoder('utf-8');
    return decoder.decode(bytes, { stream: !final });
  };

  return (text, end = false) => {
    // Fast path: no base64 part can start or go on in this block, and it does not end inside a
    // part's headers (the next block could hold their « Content-Transfer-Encoding: base64 »).
    if (!body64 && !(headers && part.base64) && text.indexOf('base64') === -1) {
      const last = lastPartStart(text);
      const from = last >= 0 ? last : headers ? 0 : -1;
      BLANK_LINE.lastIndex = Math.max(0, from);
      if (from < 0 || BLANK_LINE.test(text)) {
        if (from >= 0) headers = false;
        previousBlank = text.endsWith('\n\n') || text.endsWith('\n\r\n') || (text === '' && previousBlank);
        return text;
      }
    }
    const lines = text.split('\n');
    let pending: { first: number; chunks: string[] } | null = null;
    const flush = (final: boolean) => {
      if (!pending) return;
      let decoded = held + decodeChunk(pending.chunks.join(''), final);
      held = '';
      if (!final) {
        const space = decoded.search(/\s\S{0,4095}$/);
        if (space !== -1) {
          held = decoded.slice(space + 1);
          decoded = decoded.slice(0, space + 1);
        }
      }
      const cr = lines[pending.first]!.endsWith('\r') ? '\r' : '';
      lines[pending.first] = decoded.replace(/\r?\n|\r/g, ' ') + cr;
      pending = null;
    };
    /** `at`: the line that ends the body, which receives what was held when no base64 line came before it in this block. */
    const endBody = (at: number) => {
      if (held && !pending) {
        const raw = lines[at]!;
        lines[at] = raw.endsWith('\r') ? `${raw.slice(0, -1)} ${held}\r` : `${raw} ${held}`;
        held = '';
      }
      flush(true);
      if (collect && part.name && !part.text) {
        // an attached file not read (an image: a scanned identity card?) is still counted
        if (attached && !attached.tooBig) collect({ name: part.name, data: Buffer.from(attached.chunks.join(''), 'base64') });
        else if (attached || !part.inline) collect({ name: part.name, data: Buffer.alloc(0), ...(attached ? { tooBig: true } : {}) });
      }
      attached = null;
      body64 = false;
      carry = '';
      decoder = null;
    };
    // (the empty string after a block's final line break is no line: taken for the blank line that
    // ends a part's headers, it made a block cut inside them skip a base64 body)
    const count = text.endsWith('\n') ? lines.length - 1 : lines.length;
    for (let i = 0; i < count; i++) {
      const raw = lines[i]!;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      // a boundary, or the "From " line that starts the next message of a mailbox (mbox)
      if (line.startsWith('--') || (line.startsWith('From ') && (i === 0 ? previousBlank : lines[i - 1] === '' || lines[i - 1] === '\r'))) {
        if (body64) endBody(i);
        headers = true;
        part = freshPart();
        continue;
      }
      if (body64) {
        if (BASE64_LINE.test(line)) {
          if (!part.text) {
            // kept aside (an attachment to read) or dropped, never searched as text
            if (attached && !attached.tooBig && (attached.chars += line.length) <= (MAX_ATTACHMENT_BYTES * 4) / 3) attached.chunks.push(line);
            else if (attached) {
              attached.tooBig = true;
              attached.chunks = [];
            }
            lines[i] = raw.endsWith('\r') ? '\r' : '';
            continue;
          }
          pending ??= { first: i, chunks: [] };
          pending.chunks.push(line);
          if (i !== pending.first) lines[i] = raw.endsWith('\r') ? '\r' : '';
        } else endBody(i);
        continue;
      }
      if (!headers) continue;
      if (line === '') {
        headers = false;
        // a file Rempart reads, by its name: a text one attached as application/octet-stream is
        // read inline, like a text part; a document is kept aside, to be read after the message
        // (an image shown in the message, a logo in a signature, is not read even when images are)
        const format = part.name && !(part.inline && readImages) ? readFormat(part.name, readImages) : 'binaire';
        const known = format !== 'binaire' && format !== 'texte';
        // (a table, a client file exported as .csv, is read after the message as the table it is: its header names its
        // columns, « Nom;Prénom », and its lines keep their numbers; in place its lines would be one)
        if (collect && part.base64 && !part.inline && (format === 'csv' || format === 'tsv')) part.text = false;
        else if (!part.text && known && isTextFormat(format)) part.text = true;
        body64 = part.base64;
        attached = part.base64 && !part.text && known ? { chunks: [], chars: 0, tooBig: false } : null;
        continue;
      }
      if (/^content-transfer-encoding:\s*base64/i.test(line)) part.base64 = true;
      const type = /^content-type:\s*([^;\s]+)/i.exec(line);
      if (type) part.text = /^(text|message)\//i.test(type[1]!);
      if (/charset="?(iso-8859-1|latin1|windows-1252|us-ascii)/i.test(line)) part.latin = true;
      if (/^content-disposition:\s*inline/i.test(line)) part.inline = true;
      part.name = partName(line) ?? part.name;
    }
    // The part goes on in the next block: decode what this block holds.
    flush(end);
    // a block ends with a line break: its last line is the one before the final empty string
    const tail = lines.length >= 2 ? lines[lines.length - 2]! : '';
    previousBlank = tail === '' || tail === '\r';
    return lines.join('\n');
  };
}
