// Line-preserving text views of HTML and e-mail: line numbers stay those of the file.
import { Buffer } from 'node:buffer';

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à',
  acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', Eacute: 'É', Egrave: 'È',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
// A run of characters between blanks that holds an entity: « Fran&ccedil;ois », « 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78 »,
// « jean&#64;exemple.fr ».
const RUN_WITH_ENTITY = /[^\s<]*&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});\S*/gi;

/**
 * Decodes the entities of a text between tags. Each run of characters between blanks is decoded
 * whole, then padded with spaces at its end, so that the next word keeps its column in the
 * source and the run stays one word: padding each entity where it stood cut « François » and
 * « 06 12 34 56 78 » in pieces.
 */
function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(RUN_WITH_ENTITY, (run) => {
    const decoded = run.replace(ENTITY, (m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
    return decoded + ' '.repeat(run.length - decoded.length);
  });
}

/** Blanks tags, scripts and styles (keeping newlines and columns); state carries across blocks. */
export function htmlMasker(): (text: string) => string {
  let inTag = false;
  let tagHead = '';
  let raw: RegExp | null = null;
  return (text) => {
    const parts: string[] = [];
    let i = 0;
    while (i < text.length) {
      if (raw) {
        raw.lastIndex = i;
        const m = raw.exec(text);
        const end = m ? m.index : text.length;
        parts.push(blank(text.slice(i, end)));
        i = end;
        if (m) raw = null;
      } else if (inTag) {
        const j = text.indexOf('>', i);
        const end = j === -1 ? text.length : j + 1;
        const piece = text.slice(i, end);
        if (tagHead.length < 8) tagHead += piece.slice(0, 8);
        parts.push(blank(piece));
        i = end;
        if (j !== -1) {
          inTag = false;
          const name = /^<\s*(script|style)\b/i.exec(tagHead)?.[1]?.toLowerCase();
          if (name) raw = new RegExp(`</${name}`, 'gi');
        }
      } else {
        const j = text.indexOf('<', i);
        const end = j === -1 ? text.length : j;
        parts.push(decodeEntities(text.slice(i, end)));
        i = end;
        if (j !== -1) {
          inTag = true;
          tagHead = '';
        }
      }
    }
    return parts.join('');
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBytes(bytes: Buffer, charset: string): string {
  if (/^utf-?8$/i.test(charset)) {
    try {
      return utf8.decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  }
  return bytes.toString('latin1');
}

/** RFC 2047 words in headers: "=?UTF-8?Q?Fran=C3=A7ois?=" → "François" (names often hide there). */
export function decodeEncodedWords(text: string): string {
  if (text.indexOf('=?') === -1) return text;
  return text.replace(/=\?([\w-]+)\?([BbQq])\?([^?\n]*)\?=/g, (m, charset: string, kind: string, body: string) => {
    const bytes = kind === 'B' || kind === 'b' ? Buffer.from(body, 'base64') : Buffer.from(body.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_h, x: string) => String.fromCharCode(parseInt(x, 16))), 'latin1');
    const out = decodeBytes(bytes, charset);
    return out.includes('\n') ? m : out;
  });
}

/**
 * E-mail: decodes header words, and quoted-printable bodies (=C3=A9, soft line breaks) once a part
 * of the file declares one (a mailbox's first message may be plain). `end`: the file's last block.
 */
export function qpDecoder(): (text: string, end?: boolean) => string {
  let enabled = false;
  let held = '';
  return (input, end = false) => {
    let text = held + decodeEncodedWords(input);
    held = '';
    enabled ||= QP_DECLARED.test(text);
    if (!enabled) return text;
    // lines that end with a soft break (a wrapped paragraph) wait for the next block, where their word goes on
    if (!end && SOFT_BREAK_AT_END.test(text)) {
      let lineStart = text.lastIndexOf('\n', text.length - 2) + 1;
      while (lineStart > 0 && text.length - lineStart < MAX_HELD && endsWithSoftBreak(text, lineStart - 1)) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      held = text.slice(lineStart);
      text = text.slice(0, lineStart);
    }
    return text.replace(SOFT_BROKEN_WORD, joinSoftBreaks).replace(/(?:=[0-9A-F]{2})+/g, (m) => decodeBytes(Buffer.from(m.replace(/=/g, ''), 'hex'), 'utf-8'));
  };
}

const QP_DECLARED = /content-transfer-encoding:\s*quoted-printable/i;
const SOFT_BREAK_AT_END = /=\r?\n$/;
const MAX_HELD = 16 * 1024;

/** Whether the line that ends with the line break at `nl` ends with a soft break (« =\n », « =\r\n »). */
function endsWithSoftBreak(text: string, nl: number): boolean {
  const eq = text.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
  return eq >= 0 && text.charCodeAt(eq) === 61;
}

// A soft line break, then the rest of the word it cut (through further soft breaks): an address
// wrapped at 76 characters (« jean.dupont@exem= » / « ple.fr ») must be read whole.
const SOFT_BROKEN_WORD = /=\r?\n((?:[^\s=]|=[0-9A-Fa-f]{2}|=\r?\n)*)/g;

/**
 * The word joined on the first line; each piece that moved up leaves spaces where it stood, so the
 * lines keep their numbers and the words after the pieces their columns.
 */
function joinSoftBreaks(match: string, rest: string): string {
  const first = match.slice(1, match.length - rest.length); // the first line break
  const parts = rest.split(/=(\r?\n)/); // piece, line break, piece, …
  let word = '';
  let after = first;
  for (let k = 0; k < parts.length; k += 2) {
    word += parts[k]!;
    after += ' '.repeat(parts[k]!.length) + (parts[k + 1] ?? '');
  }
  return word + after;
}
