// Escaping of plain text for each output. A business's answers (processing names, purposes,
// processor names…) end up in the published privacy policy: they must never become markup.

// Control characters other than tab/newline have no place in a document and can confuse viewers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** One line of text: control characters dropped, every run of white space (newlines too) made one space. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return escapeHtmlKeepSpaces(oneLine(text));
}

/** Entities only, white space kept (for preformatted text such as a diff). */
export function escapeHtmlKeepSpaces(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Characters that can start or close inline Markdown anywhere in a line: emphasis, code,
// links and images (brackets), raw HTML and autolinks (angle brackets), tables (pipe),
// strikethrough (tilde), headings (hash). Parentheses and full stops stay readable: without
// an opening bracket no link can form, and block markers are handled at the line start.
const MD_INLINE = /[\\`*_[\]<>#|~]/g;
// An entity such as « &lt; » or « &#60; » would be decoded by a Markdown renderer.
const MD_ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// Block markers at the start of a line: list (- + *), quote (>), setext underline (=),
// ordered list (« 1. » or « 1) »).
const MD_LINE_START = /^([-+=])|^(\d+)([.)])/;

export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(MD_INLINE, '\\$&').replace(MD_ENTITY, '\\&');
  return escaped.replace(MD_LINE_START, (_m, marker: string | undefined, digits: string | undefined, dot: string | undefined) =>
    marker !== undefined ? `\\${marker}` : `${digits}\\${dot}`,
  );
}
