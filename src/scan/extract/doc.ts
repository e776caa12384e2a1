// Word 97-2003 (.doc, .dot): text through word-extractor (body, headers and footers, notes,
// comments, text boxes); locator « paragraphe N », as for .docx. The File Information Block
// says whether the document is encrypted: then its text is ciphered, and the file is reported
// as protected rather than read as garbage or as « endommagé ».
import type WordExtractor from 'word-extractor';
import { findStream, readCompoundFile, rebuildCompoundFile, type CompoundStream } from '../../documents/compound-file.ts';
import { fileErrors } from '../errors.ts';
import { addSegmentDetections, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

const WORD_MAGIC = 0xa5ec;
const F_ENCRYPTED = 0x0100;

// Loaded on the first .doc only: a folder without any spares each worker the start-up cost.
const loadExtractor = async () => (await import('word-extractor')).default;

export async function scanDoc(data: Uint8Array, detect: Detect, sink: FindingSink): Promise<void> {
  const WordExtractor = await loadExtractor();
  let streams: CompoundStream[];
  try {
    streams = readCompoundFile(data);
  } catch {
    throw fileErrors.corrupt('Word');
  }
  const stream = findStream(streams, 'WordDocument');
  const fib = stream && Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
  if (!fib || fib.length < 0x20 || fib.readUInt16LE(0) !== WORD_MAGIC) throw fileErrors.corrupt('Word');
  if (fib.readUInt16LE(0x0a) & F_ENCRYPTED) throw fileErrors.protectedFile();
  let doc: Awaited<ReturnType<WordExtractor['extract']>>;
  try {
    // word-extractor reads compound files itself, trusting them: it reads the streams rewritten
    doc = await new WordExtractor().extract(await rebuildCompoundFile(streams));
  } catch {
    throw fileErrors.corrupt('Word');
  }
  const hints = { format: 'docx' as const };
  const parts: [string, string][] = [
    ['', doc.getBody()],
    ['en-tête ou pied de page, ', doc.getHeaders({ includeFooters: true })],
    ['notes de bas de page, ', doc.getFootnotes()],
    ['notes de fin, ', doc.getEndnotes()],
    ['commentaires, ', doc.getAnnotations()],
    ['zone de texte, ', doc.getTextboxes({ includeHeadersAndFooters: true, includeBody: true })],
  ];
  for (const [label, text] of parts) {
    if (!text) continue;
    const paragraphs = text.replace(/\n+$/, '').split('\n');
    addSegmentDetections(sink, paragraphs, (t) => detect(t, hints), (i) => `${label}paragraphe ${i + 1}`);
  }
}
