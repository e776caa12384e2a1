// The « content lines » of vCard (RFC 6350) and iCalendar (RFC 5545) files: NAME;PARAM=…:value,
// folded lines joined (a line starting with a space or a tab continues the previous one), and
// vCard 2.1's quoted-printable soft line breaks.

export interface Property {
  /** Upper case, without a group prefix (« item1.TEL » → TEL). */
  name: string;
  /** Parameter names in upper case; a bare 2.1 parameter (QUOTED-PRINTABLE, BASE64) sets ENCODING. */
  params: Record<string, string>;
  value: string;
  /** The line of the file where the property starts (1-based). */
  line: number;
}

export function* properties(text: string): Generator<Property> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let raw = lines[i]!;
    const quoted = /;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(raw.slice(0, raw.indexOf(':') + 1));
    for (;;) {
      const next = lines[i + 1];
      if (next !== undefined && (next.startsWith(' ') || next.startsWith('\t'))) raw += next.slice(1);
      else if (next !== undefined && quoted && raw.endsWith('=')) raw = raw.slice(0, -1) + next;
      else break;
      i++;
    }
    const colon = nameEnd(raw);
    if (colon <= 0) continue;
    const [head = '', ...rest] = splitOutsideQuotes(raw.slice(0, colon), ';');
    const params: Record<string, string> = {};
    for (const r of rest) {
      const eq = r.indexOf('=');
      if (eq > 0) params[r.slice(0, eq).toUpperCase()] = r.slice(eq + 1).replace(/^"|"$/g, '');
      else if (/^quoted-printable$/i.test(r)) params.ENCODING = 'QUOTED-PRINTABLE';
      else if (/^(?:b|base64)$/i.test(r)) params.ENCODING = 'B';
    }
    yield { name: head.replace(/^[^.]*\./, '').toUpperCase(), params, value: raw.slice(colon + 1), line };
  }
}

/** The ':' that ends the name and parameters: not one inside a quoted parameter (ALTREP="cid:…"). */
function nameEnd(raw: string): number {
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '"') quoted = !quoted;
    else if (raw[i] === ':' && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(s: string, separator: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === separator && !quoted) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** A TEXT value's escapes undone: « \, » « \; » « \\ », and « \n » as a space. */
export function unescapeText(value: string): string {
  return value.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1');
}
