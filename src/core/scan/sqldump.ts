// SQL dumps (a website's backup: WordPress's « INSERT INTO `wp_usermeta` VALUES (12,3,'billing_first_name',
// 'Gwenaëlle'),… », WooCommerce's order meta): a table of properties writes each value right after its key, a
// quoted pair in a row. The value is read under its key, as a spreadsheet's cell under its header.
import { emit, type Detections } from './emit.ts';
import { columnType, namesOnlyPeople, needsPeople, plausibleAt } from './columns.ts';
import { isNameShaped } from './names.ts';

// Two quoted strings side by side in a row (SQL's \' and '' escapes allowed)
const PAIR_RE = /'((?:[^'\\\n]|\\.|''){1,60})'[ \t]*,[ \t]*'((?:[^'\\\n]|\\.|''){1,300})'/g;

/** The values written beside a key that announces a type, in a block that inserts rows (insertsRows). */
export function detectSqlPairs(text: string, out: Detections): void {
  PAIR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR_RE.exec(text)) !== null) {
    const key = m[1]!;
    const value = m[2]!;
    const s = m.index + m[0].length - 1 - value.length;
    const e = s + value.length;
    const type = columnType(key);
    // a name under a key that names nothing else (« first_name », not « display_name » of a page);
    // health and the like only in a record about someone, which a row of properties does not show;
    // and no form's label (a translation's « 'first_name','Prénom' »)
    const read =
      type !== null && !needsPeople(type) && plausibleAt(type, text, s, e) &&
      (type !== 'person_name' || (namesOnlyPeople(key) && isNameShaped(unescaped(value)))) &&
      (type === 'phone' || type === 'birth_date' || columnType(unescaped(value)) === null);
    if (read) {
      emit(out, type, s, e);
      PAIR_RE.lastIndex = e + 1;
    } else {
      // the value may be the next pair's key: search again from it
      PAIR_RE.lastIndex = m.index + key.length + 2;
    }
  }
}

/** A quoted SQL value as written: « d\'Aubigné », « d''Aubigné » → « d'Aubigné ». */
export function unescaped(value: string): string {
  return value.indexOf('\\') < 0 && value.indexOf("''") < 0 ? value : value.replace(/\\(.)/g, '$1').replace(/''/g, "'");
}

/** Whether the block holds « INSERT INTO » (searched as « INSERT »: V8 finds a six-letter word in 0.05 ms per MB, « INSERT INTO » in 0.3). */
export function insertsRows(text: string): boolean {
  for (let at = text.indexOf('INSERT'); at >= 0; at = text.indexOf('INSERT', at + 6)) if (text.startsWith(' INTO', at + 6)) return true;
  return false;
}
