// vCard (.vcf): the contacts exported from a phone, Google Contacts, Outlook or macOS Contacts —
// often the business's whole client list. Each property is read under what it is, as the column
// of a spreadsheet: names (N, FN, NICKNAME) under « Nom », phones under « Téléphone », addresses
// under « Adresse », the birthday under « Date de naissance »; e-mails, notes and the rest as text.
// Photos, logos, sounds and keys are not text. Locator « contact 3, ligne 25 ». Versions 2.1
// (quoted-printable, CHARSET=), 3.0 and 4.0 (RFC 6350: folded lines, escaped « \, \; \n »).
import iconv from 'iconv-lite';
import { properties, unescapeText, type Property } from './content-lines.ts';
import { decodeWindows1252 } from './encoding.ts';
import { FieldColumns, type FindingSink } from './sink.ts';
import type { Detect } from './text.ts';

const HEADER_OF: Record<string, string> = { N: 'Nom', FN: 'Nom', NICKNAME: 'Nom', TEL: 'Téléphone', ADR: 'Adresse', LABEL: 'Adresse', BDAY: 'Date de naissance' };
const NOT_TEXT = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY', 'BEGIN', 'END', 'VERSION', 'PRODID', 'UID', 'REV', 'X-ABUID', 'CLIENTPIDMAP']);

export function scanVcard(data: Uint8Array, detect: Detect, sink: FindingSink): void {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const utf8 = bytes.toString('utf8');
  // vCard 3.0 and 4.0 are UTF-8; an old export may be Windows-1252
  const text = utf8.includes('\uFFFD') ? decodeWindows1252(bytes) : utf8.replace(/^\uFEFF/, '');
  const columns = new FieldColumns(true);
  let contact = 0;
  for (const p of properties(text)) {
    if (p.name === 'BEGIN' && /^vcard$/i.test(p.value)) contact++;
    if (NOT_TEXT.has(p.name) || /^(?:b|base64)$/i.test(p.params.ENCODING ?? '') || /^data:/i.test(p.value)) continue;
    const value = decodeValue(p);
    if (!value.trim()) continue;
    columns.add(HEADER_OF[p.name] ?? '', value, `contact ${Math.max(1, contact)}, ligne ${p.line}`);
  }
  columns.detectInto(sink, detect);
}

function decodeValue(p: Property): string {
  let value = p.value;
  if (/^quoted-printable$/i.test(p.params.ENCODING ?? '')) {
    const bytes = Buffer.from(value.replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    const charset = p.params.CHARSET ?? 'utf-8';
    value = iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : bytes.toString('utf8');
  }
  const parts = value.split(/(?<!\\);/).map((s) => unescapeText(s).trim());
  // N: family;given;additional;prefix;suffix — in the order a name is written
  if (p.name === 'N') return [parts[3], parts[1], parts[2], parts[0], parts[4]].filter(Boolean).join(' ');
  // ADR: post office box;extended;street;locality;region;postal code;country — as a French address reads
  if (p.name === 'ADR') return [parts[0], parts[1], parts[2], [parts[5], parts[3]].filter(Boolean).join(' '), parts[4], parts[6]].filter(Boolean).join(', ');
  // BDAY in vCard 4.0 may be written 19850312; without its year « --0312 » (« --03-12 » in 3.0), or
  // as Apple writes it, « 1604-03-12 » with X-APPLE-OMIT-YEAR=1604: a day and a month
  if (p.name === 'BDAY') {
    return parts
      .join(' ')
      .replace(/^(\d{4})(\d{2})(\d{2})\b/, '$1-$2-$3')
      .replace(/^(?:--|1604-)(\d{2})-?(\d{2})$/, '$2/$1');
  }
  // TEL in vCard 4.0 is a URI: « tel:+33-6-47-82-91-35 »
  return parts.join(' ').replace(/^tel:/i, '');
}
