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
  /** A table's elements (Word's w:tbl, w:tr, w:tc), and where a cell says it spans columns (w:gridSpan). */
  table?: { table: string; row: string; cell: string; span: string };
}

/** Where a paragraph stands in a table: the table's number in the part, its row and column from 1. */
export interface TableCellAt {
  table: number;
  row: number;
  col: number;
}

/** Where the reading of a document (Word's, Writer's) stands in its tables: the innermost one's row and cell. */
export class TableCursor {
  private readonly open: Array<TableCellAt & { next: number }> = [];
  private numbered = 0;

  enter(): void {
    this.open.push({ table: ++this.numbered, row: 0, col: 0, next: 1 });
  }

  leave(): void {
    this.open.pop();
  }

  get inTable(): boolean {
    return this.open.length > 0;
  }

  row(): void {
    const t = this.open[this.open.length - 1];
    if (t) {
      t.row++;
      t.col = 0;
      t.next = 1;
    }
  }

  /** A cell opens, `width` columns wide (a run of empty cells written once). */
  cell(width = 1): void {
    const t = this.open[this.open.length - 1];
    if (t) {
      t.col = t.next;
      t.next = t.col + width;
    }
  }

  /** The cell just opened spans `width` columns: the next one stands after them. */
  spans(width: number): void {
    const t = this.open[this.open.length - 1];
    if (t) t.next = t.col + width;
  }

  /** The cell a paragraph read now stands in, or null outside any table's cell. */
  at(): TableCellAt | null {
    const t = this.open[this.open.length - 1];
    return t && t.row > 0 && t.col > 0 ? { table: t.table, row: t.row, col: t.col } : null;
  }
}

/**
 * Paragraphs of an Office Open XML part; line breaks become spaces. Text outside any paragraph (slide comments) is one of its own.
 * `cells`, with `tags.table`: receives, for each paragraph, the table cell it stands in (the innermost), or null.
 */
export function ooxmlParagraphs(xml: string, tags: ParagraphTags, cells?: Array<TableCellAt | null>): string[] {
  const paragraphs: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  const cursor = new TableCursor();
  const table = cells ? tags.table : undefined;
  const push = (p: string) => {
    paragraphs.push(p);
    cells?.push(cursor.at());
  };
  for (const t of xmlTokens(xml)) {
    if (table && t.tag !== undefined && !t.selfClosing && (t.tag === table.table || t.tag === table.row || t.tag === table.cell)) {
      if (t.tag === table.table) {
        if (!t.closing) cursor.enter();
        else cursor.leave();
      } else if (!t.closing && t.tag === table.row) cursor.row();
      else if (!t.closing) cursor.cell();
      continue;
    }
    if (table && t.tag === table.span && cursor.inTable) {
      // (a cell across columns: the next one stands after them)
      const span = attr(t.attrs, 'w:val') ?? '';
      cursor.spans(/^\d{1,3}$/.test(span) ? Math.max(1, Number(span)) : 1);
      continue;
    }
    if (t.tag === tags.paragraph) {
      if (t.selfClosing) push('');
      else if (!t.closing) current = [];
      else if (current) {
        push(current.join(''));
        current = null;
      }
    } else if (t.tag !== undefined && tags.text.includes(t.tag)) inText = !t.closing && !t.selfClosing;
    else if (t.tag === tags.tab && current) current.push('\t');
    else if (t.tag !== undefined && tags.breaks.includes(t.tag) && current) current.push(' ');
    else if (t.text !== undefined && inText) {
      const text = tags.shown ? tags.shown(decodeXml(t.text)) : decodeXml(t.text);
      if (current) current.push(text);
      else push(text);
    }
    else if (t.tag !== undefined && tags.drawn) {
      const s = tags.drawn(t);
      if (s && current) current.push(s);
    }
  }
  return paragraphs;
}

