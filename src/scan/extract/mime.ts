// E-mail bodies sent as base64 (common for text parts): decoded so the detectors see them.
// Line numbers stay those of the file: a part's decoded text is put on the first base64 line of
// the block (newlines become spaces), the other base64 lines become empty.
import { Buffer } from 'node:buffer';
import { decodeWindows1252 } from './encoding.ts';

interface Part {
  base64: boolean;
  text: boolean;
  latin: boolean;
}

const freshPart = (): Part => ({ base64: false, text: true, latin: false });
const BASE64_LINE = /^[A-Za-z0-9+/=]*$/;

export function base64Parts(): (text: string) => string {
  let headers = true;
  let part = freshPart();
  let body64 = false;
  let carry = '';
  let decoder: TextDecoder | null = null;

  const decodeChunk = (b64: string, final: boolean): string => {
    const joined = carry + b64;
    const usable = final ? joined.length : joined.length - (joined.length % 4);
    carry = joined.slice(usable);
    const bytes = Buffer.from(joined.slice(0, usable), 'base64');
    if (part.latin) return decodeWindows1252(bytes);
    decoder ??= new TextDecoder('utf-8');
    return decoder.decode(bytes, { stream: !final });
  };

  return (text) => {
    // Fast path: no base64 part can start or go on in this block.
    if (!body64 && !(headers && part.base64) && text.indexOf('base64') === -1) return text;
    const lines = text.split('\n');
    let pending: { first: number; chunks: string[] } | null = null;
    const flush = (final: boolean) => {
      if (!pending) return;
      const decoded = decodeChunk(pending.chunks.join(''), final);
      const cr = lines[pending.first]!.endsWith('\r') ? '\r' : '';
      lines[pending.first] = decoded.replace(/\r?\n|\r/g, ' ') + cr;
      pending = null;
    };
    const endBody = () => {
      flush(true);
      body64 = false;
      carry = '';
      decoder = null;
    };
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.startsWith('--')) {
        if (body64) endBody();
        headers = true;
        part = freshPart();
        continue;
      }
      if (body64) {
        if (BASE64_LINE.test(line)) {
          pending ??= { first: i, chunks: [] };
          pending.chunks.push(line);
          if (i !== pending.first) lines[i] = raw.endsWith('\r') ? '\r' : '';
        } else endBody();
        continue;
      }
      if (!headers) continue;
      if (line === '') {
        headers = false;
        body64 = part.base64 && part.text;
        continue;
      }
      if (/^content-transfer-encoding:\s*base64/i.test(line)) part.base64 = true;
      const type = /^content-type:\s*([^;\s]+)/i.exec(line);
      if (type) part.text = /^(text|message)\//i.test(type[1]!);
      if (/charset="?(iso-8859-1|latin1|windows-1252|us-ascii)/i.test(line)) part.latin = true;
    }
    // The part goes on in the next block: decode what this block holds.
    flush(false);
    return lines.join('\n');
  };
}
