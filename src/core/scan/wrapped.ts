// Prose hard-wrapped at a fixed width (a plain-text e-mail, a PDF's lines, a text file typed with
// returns) cuts phrases in two: « votre mari étant en fauteuil⏎roulant ». The special categories
// read the text with such line breaks made spaces, offsets unchanged.

/** A wrapped line is at least this long: a card's or a list's short lines stay lines. */
const MIN_WRAPPED = 40;

// a word's last letter, or a comma, before the break; a lowercase letter after it
const endsInWord = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 44;
const startsLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** `text` with each line break inside a wrapped paragraph (its \r too) made a space: the same length. */
export function joinWrappedLines(text: string): string {
  let parts: string[] | null = null;
  let from = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
    // (the cheapest test first: most lines start with a capital, a digit or a sign)
    if (!startsLower(text.charCodeAt(i + 1)) || i - lineStart < MIN_WRAPPED) continue;
    const end = i > lineStart && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    // (a format=flowed e-mail's line keeps a space before its break: two spaces then, which the phrases do not read)
    if (!endsInWord(text.charCodeAt(end - 1))) continue;
    (parts ??= []).push(text.slice(from, end), end < i ? '  ' : ' ');
    from = i + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
