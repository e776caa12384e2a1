// Markdown's emphasis around a label (« - **Nom** : Kerbrat », « **Client :** Tehotu Vidal », « | **Nom** | »), as
// notes, Notion or Obsidian exports and text pasted from a chatbot write it: the markers say nothing, and every
// label rule would otherwise need them. They are blanked in place, so that offsets stay those of the text.

// A pair of « ** » or « __ » around a few characters that start and end with no blank (not « **** **** 1234 »), the
// pair within no word (not « a**2 + b**2 »)
const EMPHASIS_RE = /(?<![\p{L}\p{N}])(\*\*|__)(?=[^\s*_])[^*_\n]{0,60}?[^\s*_]\1(?![\p{L}\p{N}])/gu;

/** The text with its emphasis markers (« ** », « __ » pairs) turned into blanks of the same length. */
export function unemphasised(text: string): string {
  if (text.indexOf('**') < 0 && text.indexOf('__') < 0) return text;
  return text.replace(EMPHASIS_RE, (m, marker: string) => `  ${m.slice(marker.length, m.length - marker.length)}  `);
}
