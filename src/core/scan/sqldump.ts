// SQL dumps (a website's backup: WordPress's « INSERT INTO `wp_usermeta` VALUES (12,3,'billing_first_name',
// 'Gwenaëlle'),… », WooCommerce's order meta): a table of properties writes each value right after its key, a
// quoted pair in a row. The value is read under its key, as a spreadsheet's cell under its header.
import { emit, type Detections } from './emit.ts';
import { columnType, namesOnlyPeople, needsPeople, plausibleAt } from './columns.ts';
import { isNameShaped } from './names.ts';
import type { FindingType } from './types.ts';

// Two quoted strings side by side in a row (SQL's \' and '' escapes allowed)
const PAIR_RE = /'((?:[^'\\\n]|\\.|''){1,60})'[ \t]*,[ \t]*'((?:[^'\\\n]|\\.|''){1,300})'/g;
// A key and its value in a PHP array serialized into a row (« s:9:"your-name";s:12:"Marie Dupont"; »: the
// messages a WordPress contact form's database add-on keeps), its quotes escaped by mysqldump or not
const SERIALIZED_RE = /s:\d{1,3}:\\?"([^"\\\n]{1,60})\\?";s:\d{1,4}:\\?"((?:[^"\\\n]|\\[^"\n]){1,300}?)\\?";/g;
// A key and its value in a JSON object kept in a row (« {\"first_name\":\"Marie\"} »: a forms plug-in's
// submissions, Fluent Forms'), its quotes escaped by mysqldump or not
const JSON_PAIR_RE = /\\?"([^"\\\n]{1,60})\\?"[ \t]*:[ \t]*\\?"((?:[^"\\\n]|\\[^"\n]){1,300}?)\\?"/g;
// Flamingo, WordPress's other store of contact forms, writes each field as a property « _field_your-name »
const FIELD_PREFIX = '_field_';

/** The values written beside a key that announces a type, in a block that inserts rows (insertsRows). */
export function detectSqlPairs(text: string, out: Detections): void {
  PAIR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR_RE.exec(text)) !== null) {
    const key = m[1]!;
    const value = m[2]!;
    const s = m.index + m[0].length - 1 - value.length;
    const e = s + value.length;
    const type = pairType(key.startsWith(FIELD_PREFIX) ? key.slice(FIELD_PREFIX.length) : key, text, s, e, value);
    if (type !== null) {
      emit(out, type, s, e);
      PAIR_RE.lastIndex = e + 1;
    } else {
      // the value may be the next pair's key: search again from it
      PAIR_RE.lastIndex = m.index + key.length + 2;
    }
  }
  // (« ";s: » and « ": » are looked for first: a PHP array's or a JSON object's pairs are rare outside some tables)
  if (text.indexOf('";s:') >= 0) quotedPairs(text, SERIALIZED_RE, 1, out);
  if (text.indexOf('":') >= 0) {
    quotedPairs(text, JSON_PAIR_RE, 0, out);
    labelledAnswers(text, out);
  }
}

// A form's answer written after its question in a JSON object kept in a row (WPForms' entries:
// « {\"name\":\"Date de naissance\",\"value\":\"14/02/1987\", … } »)
const LABELLED_RE = /\\?"(?:name|label)\\?"[ \t]*:[ \t]*\\?"((?:[^"\\\n]|\\[^"\n]){1,60}?)\\?"[ \t]*,[ \t]*\\?"(?:value|answer)\\?"[ \t]*:[ \t]*\\?"((?:[^"\\\n]|\\[^"\n]){1,300}?)\\?"/g;
// A question asking who someone is, in a form's entry: its other answers are about that person
const PERSON_QUESTION_RE = /\\?"(?:name|label)\\?"[ \t]*:[ \t]*\\?"[^"\n]{0,30}(?:e-?mail|courriel|pr[ée]nom|naissance|t[ée]l[ée]phone|nom (?:complet|de famille)|votre nom)/i;

/** The answers of the forms' entries kept in rows, each read under its question as a cell under its header. */
function labelledAnswers(text: string, out: Detections): void {
  LABELLED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABELLED_RE.exec(text)) !== null) {
    const value = m[2]!;
    const end = m.index + m[0].length;
    const e = end - (text.charCodeAt(end - 2) === 92 ? 2 : 1);
    const s = e - value.length;
    // what needs a person, and a name under a general question (« Nom »), only in an entry that asks who someone is
    const asksWho = () => PERSON_QUESTION_RE.test(text.slice(Math.max(0, s - 2000), Math.min(text.length, e + 2000)));
    const type = valueType(unescaped(m[1]!), text, s, e, value, asksWho, true);
    if (type !== null) emit(out, type, s, e);
  }
}

/**
 * The values of the key/value pairs `re` finds in the rows' strings (a PHP array's, a JSON object's:
 * the value's closing quote then `tail` characters end each match, its quotes escaped by mysqldump or not).
 */
function quotedPairs(text: string, re: RegExp, tail: number, out: Detections): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[2]!;
    const end = m.index + m[0].length - tail;
    const e = end - (text.charCodeAt(end - 2) === 92 ? 2 : 1);
    const s = e - value.length;
    const type = pairType(m[1]!, text, s, e, value);
    if (type !== null) emit(out, type, s, e);
    else re.lastIndex = s - 1;
  }
}

/**
 * What a property's value text[s, e) is under its key, or null: a name under a key that names nothing
 * else (« first_name », « your-name », not « display_name » of a page) or beside a form's e-mail key; health and the like only in a
 * record about someone, which a row of properties does not show; and no form's label (a translation's
 * « 'first_name','Prénom' »).
 */
function pairType(key: string, text: string, s: number, e: number, value: string): FindingType | null {
  return valueType(key, text, s, e, value, () => besideEmailKey(text, s, e), false);
}

/**
 * What a value text[s, e) written under `key` is, or null: what the key announces when the value can be
 * it and is no form's label; a name under a general key (« name », « nom ») only when `aboutSomeone`
 * says its record is someone's, and a special category (`sensitive`) only then too.
 */
function valueType(key: string, text: string, s: number, e: number, value: string, aboutSomeone: () => boolean, sensitive: boolean): FindingType | null {
  const type = columnType(key);
  if (type === null || !plausibleAt(type, text, s, e)) return null;
  const plain = unescaped(value);
  if (type !== 'phone' && type !== 'birth_date' && columnType(plain) !== null) return null;
  if (type === 'person_name') return isNameShaped(plain) && (namesOnlyPeople(key) || aboutSomeone()) ? type : null;
  if (needsPeople(type)) return sensitive && aboutSomeone() ? type : null;
  return type;
}

// A form's e-mail field, as a submission's key (Elementor's « 'email' », Forminator's « 'email-1' », CFDB7's « your-email »)
const EMAIL_KEY_RE = /['"](?:your-|_?field_)?(?:e-?mail|courriel|adresse-?mail)(?:-\d+)?\\?['"]/i;

/**
 * Whether a form's e-mail key stands within 300 characters of a value: a general name key (« name », « nom »,
 * « name-1 ») is then a submission's sender (Elementor's, Forminator's rows of key and value), not a category's.
 */
function besideEmailKey(text: string, s: number, e: number): boolean {
  return EMAIL_KEY_RE.test(text.slice(Math.max(0, s - 300), Math.min(text.length, e + 300)));
}

/** A quoted SQL value as written: « d\'Aubigné », « d''Aubigné » → « d'Aubigné ». */
export function unescaped(value: string): string {
  return value.indexOf('\\') < 0 && value.indexOf("''") < 0 ? value : value.replace(/\\(.)/g, '$1').replace(/''/g, "'");
}

/** Whether the block holds « INSERT INTO ». */
export function insertsRows(text: string): boolean {
  return holdsPhrase(text, 'INSERT', ' INTO');
}

/** Whether `text` holds `word` then `rest` (« INSERT » « INTO »): the word searched alone, V8 finding a six-letter word in 0.05 ms per MB, « INSERT INTO » in 0.3. */
export function holdsPhrase(text: string, word: string, rest: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) if (text.startsWith(rest, at + word.length)) return true;
  return false;
}
