// A tiny XML tokenizer, enough to pull text out of Office and OpenDocument parts.
export interface XmlToken {
  /** Element name for tags (with its prefix), undefined for text. */
  tag?: string;
  closing?: boolean;
  selfClosing?: boolean;
  attrs?: string;
  text?: string;
}

const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|<[!?][^>]*>|([^<]+)/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  const re = new RegExp(TOKEN);
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[5] !== undefined) yield { text: m[5] };
    else if (m[2] !== undefined) yield { tag: m[2], closing: m[1] === '/', selfClosing: m[4] === '/', attrs: m[3] ?? '' };
  }
}

export function attr(attrs: string | undefined, name: string): string | undefined {
  if (!attrs) return undefined;
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

/** The element names of an Office Open XML text: Word's (w:) or DrawingML's (a:, slides). */
export interface ParagraphTags {
  paragraph: string;
  text: readonly string[];
  tab: string;
  breaks: readonly string[];
  /** What another element stands for in the text (a symbol Word draws), if anything. */
  drawn?: (t: XmlToken) => string | undefined;
  /** The text as read, when a run's font draws its letters as symbols. */
  shown?: (text: string) => string;
}

/** Paragraphs of an Office Open XML part; line breaks become spaces. Text outside any paragraph (slide comments) is one of its own. */
export function ooxmlParagraphs(xml: string, tags: ParagraphTags): string[] {
  const paragraphs: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  for (const t of xmlTokens(xml)) {
    if (t.tag === tags.paragraph) {
      if (t.selfClosing) paragraphs.push('');
      else if (!t.closing) current = [];
      else if (current) {
        paragraphs.push(current.join(''));
        current = null;
      }
    } else if (t.tag !== undefined && tags.text.includes(t.tag)) inText = !t.closing && !t.selfClosing;
    else if (t.tag === tags.tab && current) current.push('\t');
    else if (t.tag !== undefined && tags.breaks.includes(t.tag) && current) current.push(' ');
    else if (t.text !== undefined && inText) (current ?? paragraphs).push(tags.shown ? tags.shown(decodeXml(t.text)) : decodeXml(t.text));
    else if (t.tag !== undefined && tags.drawn) {
      const s = tags.drawn(t);
      if (s && current) current.push(s);
    }
  }
  return paragraphs;
}

