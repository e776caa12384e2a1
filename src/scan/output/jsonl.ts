// `--format jsonl`: one finding per line, written in pieces of bounded size. A file's 20 000
// lines joined at once made strings of several MB (two bytes per character, the masks' '•'),
// which V8 keeps in its large-object space until a full collection: the peak memory of a
// listing scan came from them.
import type { Finding } from '../../core/scan/types.ts';

/** The jsonl lines of `findings`, in pieces of about `maxChars` characters, each ending with a newline. */
export function* jsonlPieces(findings: readonly Finding[], maxChars = 32 * 1024): Generator<string> {
  let piece = '';
  for (const f of findings) {
    piece += JSON.stringify(f) + '\n';
    if (piece.length >= maxChars) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
