// Where a line starts, looked for back from a position within a bound: a block without line breaks must not make the
// search quadratic.

/** The start of the line holding `end`, looked for up to `max` + 1 characters back (further: `end - max - 1` or less). */
export function lineStartBack(text: string, end: number, max: number): number {
  let start = end;
  while (start > 0 && end - start <= max && text.charCodeAt(start - 1) !== 10) start--;
  return start;
}

/** The `max` characters before `at`, a line break first when they reach the text's start (which opens a line, and a sentence). */
export function textBefore(text: string, at: number, max: number): string {
  return at <= max ? `\n${text.slice(0, at)}` : text.slice(at - max, at);
}
