// PowerPoint 97-2003 (.ppt, .pps, .pot): the text of each slide and of its notes, read from the
// « PowerPoint Document » stream (through `cfb`) by its records [MS-PPT]: text atoms (UTF-16
// « TextCharsAtom », Latin-1 « TextBytesAtom ») found in the slides, in the outline list that
// holds the placeholders' text, and in the notes; masters and handouts (« Cliquez pour modifier
// le style du titre ») are left out. Locators « diapositive 3, paragraphe 2 » and « notes de la
// diapositive 2, paragraphe 1 », as for .pptx. No maintained npm package reads this format.
import { findStream, readCompoundFile } from '../../documents/compound-file.ts';
import { fileErrors, ScanFileError } from '../errors.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

const DOCUMENT = 0x03e8;
const SLIDE = 0x03ee;
const NOTES = 0x03f0;
const NOTES_ATOM = 0x03f1;
const SLIDE_LIST_WITH_TEXT = 0x0ff0;
const SLIDE_PERSIST_ATOM = 0x03f3;
const TEXT_CHARS_ATOM = 0x0fa0;
const TEXT_BYTES_ATOM = 0x0fa8;
// A damaged file may nest containers without end.
const MAX_DEPTH = 32;

interface Record {
  type: number;
  instance: number;
  container: boolean;
  start: number;
  end: number;
}

function* records(b: Buffer, start: number, end: number): Generator<Record> {
  for (let at = start; at + 8 <= end; ) {
    const verInstance = b.readUInt16LE(at);
    const length = b.readUInt32LE(at + 4);
    const body = at + 8;
    if (length > end - body) throw fileErrors.corrupt('PowerPoint');
    yield { type: b.readUInt16LE(at + 2), instance: verInstance >> 4, container: (verInstance & 0xf) === 0xf, start: body, end: body + length };
    at = body + length;
  }
}

/** The text atoms inside a record, in order, each cut into its paragraphs. */
function texts(b: Buffer, r: Record, depth = 0): string[] {
  if (r.type === TEXT_CHARS_ATOM) return paragraphs(b.toString('utf16le', r.start, r.end));
  if (r.type === TEXT_BYTES_ATOM) return paragraphs(b.toString('latin1', r.start, r.end));
  if (!r.container || depth >= MAX_DEPTH) return [];
  return [...records(b, r.start, r.end)].flatMap((c) => texts(b, c, depth + 1));
}

// '\r' ends a paragraph, '\v' breaks a line; a lone « * » is a field (the slide number)
const paragraphs = (t: string) => t.split('\r').map((p) => p.replace(/\v/g, ' ')).filter((p) => p.trim() && p !== '*');

export async function scanPpt(data: Uint8Array, detect: Detect, sink: FindingSink): Promise<void> {
  let stream: Buffer;
  try {
    const container = readCompoundFile(data);
    // an encrypted presentation keeps its properties apart, in this stream [MS-PPT 2.1.3]
    if (findStream(container, 'EncryptedSummary')) throw fileErrors.protectedFile();
    const content = findStream(container, 'PowerPoint Document');
    if (!content) throw fileErrors.corrupt('PowerPoint');
    stream = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  } catch (e) {
    if (e instanceof ScanFileError) throw e;
    throw fileErrors.corrupt('PowerPoint');
  }
  const slides: string[][] = [];
  const notes = new Map<number, string[]>();
  // slide ids in presentation order (the outline list): notes name their slide by id
  const order = new Map<number, number>();
  let slideContainers = 0;
  for (const r of records(stream, 0, stream.length)) {
    if (r.type === DOCUMENT) {
      for (const list of records(stream, r.start, r.end)) {
        if (list.type !== SLIDE_LIST_WITH_TEXT || list.instance !== 0) continue;
        // the placeholders' text follows the persist atom of its slide
        for (const item of records(stream, list.start, list.end)) {
          if (item.type === SLIDE_PERSIST_ATOM && item.end - item.start >= 16) {
            order.set(stream.readUInt32LE(item.start + 12), order.size);
            slides[order.size - 1] ??= [];
          } else if (order.size > 0) slides[order.size - 1]!.push(...texts(stream, item));
        }
      }
    } else if (r.type === SLIDE) {
      // (slides are stored in presentation order; a « fast save » of PowerPoint 97 could append an edited one)
      (slides[slideContainers++] ??= []).push(...texts(stream, r));
    } else if (r.type === NOTES) {
      const atom = [...records(stream, r.start, r.end)].find((c) => c.type === NOTES_ATOM && c.end - c.start >= 4);
      const slide = atom ? order.get(stream.readUInt32LE(atom.start)) : undefined;
      // the notes master belongs to no slide
      if (slide !== undefined) notes.set(slide, texts(stream, r));
    }
  }
  const hints = { format: 'docx' as const };
  slides.forEach((paragraphsOf, i) => {
    addSegmentDetections(sink, paragraphsOf ?? [], (t) => detect(t, hints), (k) => `diapositive ${i + 1}, paragraphe ${k + 1}`);
    const n = notes.get(i);
    if (n) addSegmentDetections(sink, n, (t) => detect(t, hints), (k) => `notes de la diapositive ${i + 1}, paragraphe ${k + 1}`);
  });
}
