// Prose hard-wrapped at a fixed width (a plain-text e-mail, a PDF's lines, a text file typed with
// returns) cuts phrases in two: « votre mari étant en fauteuil⏎roulant ». The special categories
// read the text with such line breaks made one space; a CRLF's \r is dropped, and positions are
// mapped back to the text's.
import type { Span } from './spans.ts';

/** A wrapped line is at least this long: a card's or a list's short lines stay lines. */
const MIN_WRAPPED = 40;

// a word's last letter, or a comma, before the break; a lowercase letter after it
const endsInWord = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 44;
const startsLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

export interface Joined {
  text: string;
  /** Where in `text` each \r\n became one space, ascending (none: the same positions as the text's). */
  joints: number[];
}

/** `text` with each line break inside a wrapped paragraph made one space (its \r dropped). */
export function joinWrappedLines(text: string): Joined {
  let parts: string[] | null = null;
  const joints: number[] = [];
  let from = 0;
  let length = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
    // (the cheapest test first: most lines start with a capital, a digit or a sign)
    if (!startsLower(text.charCodeAt(i + 1)) || i - lineStart < MIN_WRAPPED) continue;
    const end = i > lineStart && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    // (a format=flowed e-mail's line keeps a space before its break: two spaces then, which the phrases do not read)
    if (!endsInWord(text.charCodeAt(end - 1))) continue;
    (parts ??= []).push(text.slice(from, end), ' ');
    length += end - from;
    if (end < i) joints.push(length);
    length++;
    from = i + 1;
  }
  if (parts === null) return { text, joints };
  parts.push(text.slice(from));
  return { text: parts.join(''), joints };
}

/** Position `p` of the joined text in the text it was joined from. */
export function fromJoined(joints: readonly number[], p: number): number {
  let k = 0;
  while (k < joints.length && joints[k]! < p) k++;
  return p + k;
}

/** Spans of the text, in the joined text's positions. */
export function toJoined(joints: readonly number[], spans: ReadonlyArray<Span>): Span[] {
  // the k-th joint's \r stood at joints[k] + k in the text
  const at = (o: number) => {
    let k = 0;
    while (k < joints.length && joints[k]! + k < o) k++;
    return o - k;
  };
  return spans.map(([a, b]) => [at(a), at(b)] as const);
}
