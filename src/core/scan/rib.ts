// French RIBs written field by field, as forms and old invoices give them: « Code banque : 30006
// Code guichet : 00001 N° de compte : 12345678901 Clé RIB : 89 », on one line or down a table, or the labels on a
// line and the values below (« Banque⇥Guichet⇥N° compte⇥Clé », a bank's RIB copied from a table). The
// RIB key must hold; reported as `iban` (the same bank details). The digit scanner (numbers.ts)
// calls this on each run of 11 digits, an account's length — searching the whole block for
// « guichet » cost 0.55 ms per MB — and reads the RIB written in one run itself.
import { emit, type Detections } from './emit.ts';
import { ribKeyValid } from './validators.ts';

const FIELDS_RE =
  /banque[^0-9\n]{0,20}(\d{5})[^0-9]{1,40}?guichet[^0-9\n]{0,20}(\d{5})[^0-9]{1,40}?compte[^0-9A-Z\n]{0,20}([0-9A-Z]{11})(?![0-9A-Z])[^0-9]{1,40}?cl[ée](?:[ \u00a0]+RIB)?[^0-9\n]{0,10}(\d{2})(?!\d)/iy;

const TABLE_RE =
  /banque[^0-9\n]{0,40}?guichet[^0-9\n]{0,60}?compte[^0-9\n]{0,40}?cl[ée][^0-9\n]{0,20}\r?\n(?:[ \t|:-]+\r?\n)?[ \t|]*(\d{5})[ \t|]+(\d{5})[ \t|]+([0-9A-Z]{11})[ \t|]+(\d{2})(?!\d)/iy;

/** The end of the RIB whose account starts at `account`, emitted, or -1 when there is none. */
export function ribFieldsAround(text: string, account: number, out: Detections): number {
  // « Code banque » then « Code guichet » stand at most 160 characters before the account
  const from = Math.max(0, account - 160);
  const before = text.slice(from, account);
  // (most 11-digit runs are no account: a plain search first, the pattern only where it may hold)
  if (before.indexOf('uichet') < 0 && before.indexOf('UICHET') < 0) return -1;
  const b = before.search(/banque[^0-9\n]{0,20}\d{5}[^0-9]{1,40}?guichet/i);
  // (or the labels on a line, the values on the next, as a bank's RIB lays them out in a table)
  const h = b < 0 ? before.search(/banque[^0-9\n]{0,40}?guichet/i) : -1;
  if (b < 0 && h < 0) return -1;
  const re = b >= 0 ? FIELDS_RE : TABLE_RE;
  re.lastIndex = from + (b >= 0 ? b : h);
  const f = re.exec(text);
  if (!f || !ribKeyValid(f[1]! + f[2]! + f[3]!.toUpperCase() + f[4]!)) return -1;
  const end = f.index + f[0].length;
  if (end - f[4]!.length - account > 60) return -1; // another account's key
  emit(out, 'iban', f.index + f[0].indexOf(f[1]!), end);
  return end;
}
