// What a document's layout puts around its labels, that every label rule would otherwise need to know: Markdown's
// emphasis (« - **Nom** : Kerbrat », « **Client :** Tehotu Vidal », as notes, Notion or Obsidian exports and text
// pasted from a chatbot write it) and a form's leaders (« Nom ........ Kerbrat », « Prénom : ……… Yannick », « Client
// ______ Tehotu Vidal », a printed form filled in). Both are blanked in place, so that offsets stay the text's.

// A pair of « ** » or « __ » around a few characters that start and end with no blank (not « **** **** 1234 »), the
// pair within no word (not « a**2 + b**2 »)
const EMPHASIS_RE = /(?<![\p{L}\p{N}])(\*\*|__)(?=[^\s*_])[^*_\n]{0,60}?[^\s*_]\1(?![\p{L}\p{N}])/gu;
// A leader: four dots or more, two ellipses or more, three underscores or more (not a sentence's « ... »)
const LEADER_RE = /\.{4,}|…{2,}|_{3,}/g;
// A leader between a label and its value on its line stands for the label's colon (« Nom ........ Kerbrat »): after a
// word and a blank, before a value, no colon before it
const STANDS_FOR_COLON = /\p{L}[ \t]{1,3}$/u;

/** The text with its emphasis markers and its leaders turned into blanks of the same length (a leader's first into « : »). */
export function unmarked(text: string): string {
  let t = text;
  // (the leaders first: « ____Dupont____ » is no emphasis)
  if (t.indexOf('....') >= 0 || t.indexOf('……') >= 0 || t.indexOf('___') >= 0) t = t.replace(LEADER_RE, leader);
  if (t.indexOf('**') >= 0 || t.indexOf('__') >= 0) t = t.replace(EMPHASIS_RE, (m, marker: string) => `  ${m.slice(marker.length, m.length - marker.length)}  `);
  return t;
}

function leader(m: string, at: number, t: string): string {
  const after = at + m.length;
  // (an address's part: « _______@domain.com » is one)
  if (t.charCodeAt(at - 1) === 64 || t.charCodeAt(after) === 64) return m;
  const blanks = ' '.repeat(m.length);
  // a value after it on its line: not the line's end, nor a second leader
  let k = after;
  while (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9) k++;
  const value = k < t.length && t.charCodeAt(k) !== 10 && t.charCodeAt(k) !== 13;
  return value && STANDS_FOR_COLON.test(t.slice(Math.max(0, at - 40), at)) ? `:${blanks.slice(1)}` : blanks;
}
