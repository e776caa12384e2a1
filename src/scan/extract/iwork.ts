// Apple Pages documents and Keynote presentations (.pages, .key, 2013 and later: a Mac freelancer's
// quotes, invoices, contracts and talks) and the « Index/*.iwa » files of one saved as a folder. A .pages file is a zip
// whose Index/*.iwa files hold the document as protobuf messages in Snappy-compressed chunks
// (Apple's « IWA » container; Numbers, read through SheetJS, uses the same). No schema is published
// and no npm package reads Pages, so the text is taken from the messages' strings: every
// length-delimited field that is text rather than a nested message — the body's paragraphs, a
// table's cells, comments — one paragraph per line, locator « paragraphe N ». Snappy: `snappyjs`.
// (Pages '09 and Keynote '09 kept an XML index instead: its paragraphs are read.)
import { uncompress } from 'snappyjs';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';
import { concat, isZip, readZipEntries } from './zip.ts';
import { decodeXml, xmlTokens } from './xml.ts';
import { fileErrors, ScanFileError } from '../errors.ts';

// (a document's messages decompressed past this are no document: the same cap as a zip's entries)
const MAX_UNPACKED = 200 * 1024 * 1024;
// Nested messages are walked this deep at most (a hostile file's endless nesting)
const MAX_DEPTH = 40;
const WHAT = 'Pages';

/** A « .key » that is neither zip nor IWA: a key (PEM, SSH), not a presentation — counted among the files not read, as before. */
export const notKeynote = () => new ScanFileError('PAS_IWORK', 'Fichier .key qui n’est pas une présentation Keynote : non lu.');

/** Whether a file is an IWA stream (its first chunk's header: a zero, then a length). */
export function isIwa(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0 && (data[1]! | (data[2]! << 8) | (data[3]! << 16)) > 0;
}

/** A Pages document or a Keynote presentation (zip), or one of their .iwa files: the text of its messages. */
export function scanIwork(data: Uint8Array, detect: Detect, sink: FindingSink, name = ''): void {
  const keynote = /\.key$/i.test(name);
  if (keynote && !isZip(data) && !isIwa(data)) throw notKeynote();
  try {
    readIwork(data, detect, sink);
  } catch (e) {
    // (the readers below say « Pages »)
    if (keynote && e instanceof ScanFileError && e.code === 'CORROMPU') throw fileErrors.corrupt('Keynote');
    throw e;
  }
}

// Pages '09 and Keynote '09 kept the document as XML: its paragraphs' text (« <sf:p>…</sf:p> »)
const INDEX_09 = /^(?:index\.xml|index\.apxl)$/i;

function readIwork(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const paragraphs: string[] = [];
  if (isZip(data)) {
    const zip = readZipEntries(data, WHAT, (name) => /^Index\/.+\.iwa$/i.test(name) || INDEX_09.test(name));
    // Document.iwa first: the body, then the rest (tables, comments, metadata) in the zip's order
    const names = zip.names().sort((a, b) => Number(b === 'Index/Document.iwa') - Number(a === 'Index/Document.iwa'));
    if (names.length === 0) throw fileErrors.corrupt(WHAT);
    let unpacked = 0;
    for (const name of names) {
      if (INDEX_09.test(name)) xmlParagraphs(zip.text(name)!, paragraphs);
      else unpacked += iwaText(zip.bytes(name)!, paragraphs, MAX_UNPACKED - unpacked);
    }
  } else if (isIwa(data)) iwaText(data, paragraphs, MAX_UNPACKED);
  else throw fileErrors.corrupt(WHAT);
  addSegmentDetections(sink, paragraphs, (t) => detect(t, { format: 'docx' }), (i) => `paragraphe ${i + 1}`);
}

/** The text of a Pages '09 or Keynote '09 index: a paragraph (sf:p) per line, a line break (sf:br, sf:lnbr) too; tags' attributes are no text. */
function xmlParagraphs(xml: string, paragraphs: string[]): void {
  let line = '';
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) paragraphs.push(clean);
    line = '';
  };
  for (const t of xmlTokens(xml)) {
    if (t.text !== undefined) line += decodeXml(t.text);
    else if ((t.closing && t.tag === 'sf:p') || t.tag === 'sf:br' || t.tag === 'sf:lnbr' || t.tag === 'sf:pgbr') flush();
    else if (t.tag === 'sf:tab') line += '\t';
  }
  flush();
}

/** The text of one .iwa file, pushed to `paragraphs`; returns the bytes decompressed (at most `room`). */
export function iwaText(data: Uint8Array, paragraphs: string[], room: number): number {
  const stream = decompress(data, room);
  // the stream: a message's header (ArchiveInfo: its length first) then its payloads, again and again
  for (let at = 0; at < stream.length; ) {
    const [length, next] = varint(stream, at);
    const end = next + length;
    if (length < 0 || end > stream.length) throw fileErrors.corrupt(WHAT);
    const payloads = payloadLengths(stream, next, end);
    at = end;
    for (const n of payloads) {
      if (at + n > stream.length) throw fileErrors.corrupt(WHAT);
      strings(stream, at, at + n, 0, paragraphs);
      at += n;
    }
  }
  return stream.length;
}

/** The chunks of an .iwa file (a zero, a 3-byte length, Snappy-compressed bytes), decompressed and joined. */
function decompress(data: Uint8Array, room: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let at = 0; at < data.length; ) {
    if (at + 4 > data.length || data[at] !== 0) throw fileErrors.corrupt(WHAT);
    const length = data[at + 1]! | (data[at + 2]! << 8) | (data[at + 3]! << 16);
    const chunk = data.subarray(at + 4, at + 4 + length);
    if (chunk.length !== length) throw fileErrors.corrupt(WHAT);
    // (the length Snappy announces is checked before it allocates)
    const [announced] = varint(chunk, 0);
    if (announced < 0) throw fileErrors.corrupt(WHAT);
    total += announced;
    if (total > room) throw fileErrors.bomb();
    let part: Uint8Array;
    try {
      part = uncompress(chunk);
    } catch {
      throw fileErrors.corrupt(WHAT);
    }
    parts.push(part);
    at += 4 + length;
  }
  return concat(parts);
}

/** The lengths of the payloads an ArchiveInfo announces: its MessageInfo fields (2), each one's length (3). */
function payloadLengths(buf: Uint8Array, from: number, to: number): number[] {
  const lengths: number[] = [];
  forEachField(buf, from, to, (field, wire, s, e) => {
    if (field !== 2 || wire !== 2) return;
    forEachField(buf, s, e, (f, w, value) => {
      if (f === 3 && w === 0) lengths.push(value);
    });
  });
  return lengths;
}

/** The strings of a message buf[from, to): text fields kept, nested messages walked. */
function strings(buf: Uint8Array, from: number, to: number, depth: number, out: string[]): void {
  forEachField(buf, from, to, (_field, wire, s, e) => {
    if (wire !== 2 || e - s < 2) return;
    const text = asText(buf, s, e);
    if (text !== null) {
      for (const line of text.split(/[\n\r\u2028\u2029]/)) {
        const clean = line.replace(/\ufffc/g, '').trim();
        if (clean) out.push(clean);
      }
    } else if (depth < MAX_DEPTH && isMessage(buf, s, e)) strings(buf, s, e, depth + 1, out);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** buf[s, e) as text, when it is valid UTF-8 without control characters (line breaks and tabs aside) and with a letter or a digit. */
function asText(buf: Uint8Array, s: number, e: number): string | null {
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return null;
    if (c === 127) return null;
  }
  let text: string;
  try {
    text = utf8.decode(buf.subarray(s, e));
  } catch {
    return null;
  }
  return /[\p{L}\p{N}]/u.test(text) ? text : null;
}

/** Whether buf[from, to) parses as protobuf fields to its end. */
function isMessage(buf: Uint8Array, from: number, to: number): boolean {
  try {
    forEachField(buf, from, to, () => {});
    return true;
  } catch {
    return false;
  }
}

/**
 * Calls `f` with each field of the message buf[from, to): its number, wire type, and its value
 * (varint) or bounds (length-delimited: [s, e)). Throws on anything that is not protobuf.
 */
function forEachField(buf: Uint8Array, from: number, to: number, f: (field: number, wire: number, s: number, e: number) => void): void {
  let at = from;
  while (at < to) {
    const [tag, next] = varint(buf, at);
    if (tag <= 0 || next > to) throw fileErrors.corrupt(WHAT);
    const wire = tag & 7;
    const field = Math.floor(tag / 8);
    at = next;
    if (wire === 0) {
      const [value, after] = varint(buf, at);
      if (after > to) throw fileErrors.corrupt(WHAT);
      f(field, wire, value, after);
      at = after;
    } else if (wire === 2) {
      const [length, after] = varint(buf, at);
      if (length < 0 || after + length > to) throw fileErrors.corrupt(WHAT);
      f(field, wire, after, after + length);
      at = after + length;
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
      if (at > to) throw fileErrors.corrupt(WHAT);
    } else throw fileErrors.corrupt(WHAT);
  }
}

/** A varint at buf[at]: its value (-1 past 2^53 or cut) and where it ends. */
function varint(buf: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i]!;
    value += (b & 0x7f) * scale;
    scale *= 128;
    if ((b & 0x80) === 0) return [value > Number.MAX_SAFE_INTEGER ? -1 : value, i + 1];
  }
  return [-1, buf.length + 1];
}
