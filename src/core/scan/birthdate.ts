// Birth dates, only with their context ("né(e) le", "date de naissance", "DDN"): a date alone is
// an invoice date, a deadline or an appointment.
import { emit, type Detections } from './emit.ts';
import { isFirstName } from './firstnames.ts';
import { labelledBefore } from './names.ts';
import { textBefore } from './lines.ts';

// « né à Lyon le 03/03/1975 », « née à Saint-Étienne (42) le … »: the birthplace may come first
// Abridged, as forms and spreadsheets write it: « Date naiss. », « D.D.N. », « DN : », and « Anniversaire : » before a
// full date (a \b after their dot would need a letter next: « D.D.N. 03/03/1975 » was missed); and English
// software's and forms' labels (« Date of birth », « DOB », « Birthday: », « born on »); and a genealogist's sign for
// « born » before a date (« Jean Roux (° 12/03/1850 à Brest) », « ° le 12 mars 1850 »), not a number's or a degree's
// (« N° 12/03/2026 », « n ° 12/03/2026 », « 38 ° 12/03 »)
// (the place may come before « le »; first, a maiden name between, « née Martin le 12/03/1950 », « née Le Goff », « née
// de Villiers », capitalised: MAIDEN_CONTEXT_RE)
const PLACE_THEN_LE = '(?:(?:à[ \\u00a0]+[^\\n\\u2028,.;:]{1,40}?[ \\u00a0]+)?le|en)';
const FRENCH_CONTEXT = `(?:n[ée]e[ \\u00a0]+(?:(?:de|du|des)[ \\u00a0]+|d['’])?[a-zà-ÿ'’-]{2,30}(?:[ \\u00a0]+[a-zà-ÿ'’-]{2,30})?,?[ \\u00a0]+${PLACE_THEN_LE}|n[ée]e?(?:[ \\u00a0]?\\(e\\))?[ \\u00a0]+${PLACE_THEN_LE}|date[ \\u00a0]+de[ \\u00a0]+naissance|DDN|naissance`;
const ENGLISH_CONTEXT = '|date[ \\u00a0]+of[ \\u00a0]+birth|birth[ \\u00a0]?date|born(?:[ \\u00a0]+on)?|DOB';
const contextRe = (english: boolean) =>
  new RegExp(`\\b(?:${FRENCH_CONTEXT}${english ? ENGLISH_CONTEXT : ''})\\b|D\\.D\\.N\\.|D\\.N\\.${english ? '|D\\.O\\.B\\.' : ''}|(?:date[ \\u00a0]+(?:de[ \\u00a0]+)?)?naiss\\.|(?:DN|anniv(?:ersaire)?${english ? '|birthday' : ''})(?=[ \\u00a0]*[:：])|anniv(?:ersaire)?(?=[ \\u00a0]+d(?:e[ \\u00a0]|u[ \\u00a0]|['’])))|(?<![A-Za-zÀ-ÿ0-9])(?<![0-9Nn][ \\u00a0])°(?=[ \\u00a0]?(?:le[ \\u00a0]+)?\\d)`, 'gi');
// (CSV leaves out the English labels: its many words starting with « b » cost the search 0.65 ms per MB, and its
// columns are read under their headers, English ones included: columns.ts)
const CONTEXT_RE = contextRe(true);
const CSV_CONTEXT_RE = contextRe(false);
const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
// Excel's date formats write them too: « 12-mars-85 » (« jj-mmm-aa »), « mardi 12 mars 1985 » (its long date), abridged
// months (« 12 déc. 1985 »), and English software's (« 12-MAR-1985 », « March 12, 1985 », « 12 March 1985 »)
const SHORT_MONTHS = 'janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep';
const ENGLISH_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \\u00a0]+';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
export const DATE_RE = new RegExp(
  `(?:${DAY}(?: ?[/.\\-] ?)${MONTH}(?: ?[/.\\-] ?)(?:19|20)?\\d{2}` +
    `|(?:${WEEKDAY})?(?:1er|${DAY})[ \\u00a0]+(?:${MONTHS})[ \\u00a0]+(?:19|20)\\d{2}` +
    // (a month's name between dashes or abridged: « 12-mars-85 », « 12 déc. 1985 », « 12-MAR-1985 »)
    `|(?:${WEEKDAY})?${DAY}(?:[ \\u00a0]+|-)(?:${MONTHS}|${ENGLISH_MONTHS}|(?:${SHORT_MONTHS})\\.?)(?:[ \\u00a0]+|-)(?:19|20)?\\d{2}` +
    `|(?:${ENGLISH_MONTHS}|(?:${SHORT_MONTHS})\\.?)[ \\u00a0]+${DAY},?[ \\u00a0]+(?:19|20)\\d{2}` +
    // ISO, and its slashes (« 1985/03/12 »); eight digits run together, as older software and databases keep
    // them (« 12031985 », « 19850312 »: a day is never 19 or 20 with a month of 85)
    `|(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])|(?:19|20)\\d{2}/${MONTH}/${DAY}` +
    `|(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\\d{2}|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))(?![\\d])`,
  'iy',
);
// A birth date in part, after its context only: a birthday without its year (« Anniversaire : 12 mars », « né le
// 12/03 », as a shop's loyalty card keeps it), a month and year (« Date de naissance : mars 1985 », « 03/1985 »). A
// letter or a digit after it, and it is something else (« 12 maisons », « 12/03/2 »); with slashes only (« Poids de
// naissance : 3.10 kg »).
const PARTIAL_RE = new RegExp(
  `(?:(?:${WEEKDAY})?(?:1er|${DAY})[ \\u00a0]+(?:${MONTHS}|${ENGLISH_MONTHS})|${DAY}/${MONTH}` +
    `|(?:${MONTHS}|${ENGLISH_MONTHS})[ \\u00a0]+(?:19|20)\\d{2}|${MONTH}/(?:19|20)\\d{2})(?![\\dA-Za-zÀ-ÖØ-öø-ÿ]|[/.\\-]\\d)`,
  'iy',
);
// « née en 1985 », « né en mars 1985 »: a year, or a month and year, after « né en » said of someone — « je suis »,
// « elle est », a name whose first name is known or after an honorific (« Léa, née en 1990 », « Léa Morvan, née en… »,
// « Mme Kerbrat (née en…) », « M. L. de Villiers, né en 2009 ») or after a person's label; « l'atelier est né en 2015 » is none
const BORN_IN_SUBJECT_RE = /(?:(?<!\p{L})(?:[Jj]e suis|[Jj]['’]suis|[Ii]l est|[Ee]lle est)[ \u00a0]+|(?<![\p{L}.'’-])((?:[\p{L}.'’-]+[ \u00a0]+){0,3})(\p{Lu}[\p{L}'’-]+)(?:,[ \u00a0]+|[ \u00a0]+est[ \u00a0]+|[ \u00a0]?\(|[ \u00a0]+))$/u;
const HONORIFIC = new Set(['m.', 'mme', 'mlle', 'madame', 'monsieur', 'mademoiselle', 'dr', 'docteur']);

// (a first name after an article is a shop's or a brand's: « La Rose Trémière, née en 1990 »)
const ARTICLE = new Set(['la', 'le', 'les', 'un', 'une']);
const LITTLE = new Set(['petit', 'petite', 'jeune', 'grand', 'grande']);
const SMALL_RE = /^[a-zà-ÿœ]/;

/** Whether the words before « né en » name someone: a known first name, or an honorific (initials aside). */
function namesSomeone(words: string | undefined, last: string): boolean {
  let article = false;
  for (const w of (words ?? '').split(/[ \u00a0]+/)) {
    if (w === '') continue;
    if (HONORIFIC.has(w.toLowerCase()) || (!article && isFirstName(w))) return true;
    // (and a word written small after it, a thing's: « Le projet Phoenix né en 2020 »; not « La petite Léa »)
    article = ARTICLE.has(w.toLowerCase()) || (article && SMALL_RE.test(w) && !LITTLE.has(w));
  }
  return !article && isFirstName(last);
}
// « Née en 1985 à Lyon, Mme Pauline Roche … »: « Né(e) en » opening its sentence, whose subject comes after the comma,
// an honorific or a known first name (not « Née en 2015, l'association … », « Né en 1998, Le Fournil … »)
const OPENS_SENTENCE_RE = /(?:^|\n|[.!?][ \u00a0]+)[ \t\u00a0]*(?:[-•*][ \t]*)?$/;
const SUBJECT_AFTER_RE = /(?:[ \u00a0]+[àa][ \u00a0]+\p{Lu}[\p{L}'’ -]{1,40}?(?:[ \u00a0]*\(\d{2,3}\))?)?,[ \u00a0]*(\p{Lu}[\p{L}-]*\.?)(?![\p{L}'’])/uy;

function subjectAfter(text: string, at: number): boolean {
  SUBJECT_AFTER_RE.lastIndex = at;
  const s = SUBJECT_AFTER_RE.exec(text);
  return s !== null && (HONORIFIC.has(s[1]!.toLowerCase()) || isFirstName(s[1]!));
}
// « Naissance de Jules le 2 avril 2021 », « Naissance de l'enfant : … », « Naissance du bébé : … »: whose birth, then its
// full date (a first name only: « Naissance de Lyon » is a town's history)
const WHOSE_BIRTH_RE = /[ \u00a0]+(?:d(?:e[ \u00a0]+l['’]|u[ \u00a0]+)(?:enfant|b[ée]b[ée])|de[ \u00a0]+(\p{Lu}[\p{L}'’-]+))(?:[ \u00a0]*[:：,])?[ \u00a0]*(?:le[ \u00a0]+)?/uy;
// « Lieu et date de naissance : Lyon, le 12/03/1980 »: the place a form asks first, before the date
const PLACE_FIRST_RE = /[ \u00a0]*[:：][ \u00a0]*\p{Lu}[\p{L}'’ -]{1,40}?(?:[ \u00a0]*\(\d{2,3}\))?,?[ \u00a0]+(?:le[ \u00a0]+)?/uy;
const PLACE_ASKED_RE = /lieu[ \u00a0]+et[ \u00a0]+$/i;
// « Léo, 4 ans (né en 2021) »: a first name and its age, then when they were born
const AGE_BEFORE_RE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+),?[ \u00a0]+\d{1,3}[ \u00a0]+ans(?:,[ \u00a0]+|[ \u00a0]?\()$/u;

/**
 * The end of what sits between a birth's context and its date when it names whose birth or birthday it is (`whose`:
 * « Naissance de Jules », « Anniversaire de Léa : ») or asks the place first, or -1.
 */
function beforeTheDate(text: string, context: RegExpExecArray, whose: boolean): number {
  const end = context.index + context[0].length;
  if (whose) {
    WHOSE_BIRTH_RE.lastIndex = end;
    const w = WHOSE_BIRTH_RE.exec(text);
    if (w && (w[1] === undefined || isFirstName(w[1]))) return WHOSE_BIRTH_RE.lastIndex;
  } else if (PLACE_ASKED_RE.test(text.slice(Math.max(0, context.index - 12), context.index))) {
    PLACE_FIRST_RE.lastIndex = end;
    if (PLACE_FIRST_RE.exec(text)) return PLACE_FIRST_RE.lastIndex;
  }
  return -1;
}
// « Année de naissance : 1985 »: the year alone after the label that asks for it
const YEAR_LABEL_RE = /ann[ée]e[ \u00a0]+(?:de[ \u00a0]+)?$/i;
const YEAR_RE = /(?:19|20)\d{2}(?!\d|[/.\-]\d)/y;

// What may sit between the context and the date: ":", "le", "(e)", a few spaces or a tab, the
// bar of a Markdown table; and one line break when the context is a label ending its line (a
// form's cells, a table in a Word file: « Date de naissance » above « 12/03/1980 »).
const GAP_RE = /[ \u00a0\t]*(?:[:：=|]|\(e\))?[ \u00a0\t]*(?:(\r?\n|\u2028)[ \u00a0\t]*)?(?:le[ \u00a0]+)?/y;

// A label's words between its context and its colon: whose date it is, or the format a form asks for
const QUALIFIED_GAP_RE = /(?:[ \u00a0]+(?:de[ \u00a0]+l['’](?:enfant|[ée]l[èe]ve|adh[ée]rente?|assur[ée]e?|int[ée]ress[ée]e?)|du[ \u00a0]+(?:patient|client|b[ée]n[ée]ficiaire|conjoint|p[èe]re|salari[ée]|participant|titulaire|souscripteur|candidat|stagiaire|b[ée]b[ée]|demandeur|mineur)|de[ \u00a0]+la[ \u00a0]+(?:patiente|cliente|m[èe]re|conjointe|salari[ée]e|participante|titulaire|candidate|stagiaire|b[ée]n[ée]ficiaire)|de[ \u00a0]+(?:votre|ton|son|sa)[ \u00a0]+[\p{L}-]{2,20})|[ \u00a0]*\((?:jj|dd)[^()\n]{0,15}\))[ \u00a0]*[:：][ \u00a0\t]*/iuy;

// (the maiden name's word starts with a capital: « née hier le … » is none)
const MAIDEN_CONTEXT_RE = /^n[ée]e[ \u00a0]+(?!(?:le|en)$|à[ \u00a0])(?:(?:de|du|des)[ \u00a0]+|d['’])?(\S)/i;

// (a business's or a project's story: « La société est née le 3 mai 1980 », « Notre entreprise est née le … à Lyon »;
// the subject opening its sentence: not « La fille du gérant de la société est née le … »; no u flag: a page of native code)
const THING_BORN_RE = /[.!?:;\n][ \t\u00a0]*(?:[-•*–][ \t\u00a0]*)?(?:l['’]|(?:la|le|notre|nos|cette|cet|ce|votre|leur|mon|ma|son|sa)[ \u00a0]+)(?:soci[ée]t[ée]|entreprise|association|asso|boutique|marque|agence|id[ée]e|projet|aventure|histoire|start-?up|structure|enseigne|maison|atelier|collection|magasin|restaurant|festival|revue|journal|club|cabinet|collectif|blog|site|application|gamme|concept|initiative)(?:[ \u00a0]+[a-zà-ÿœ'’-]+){0,3}[ \u00a0]+(?:est|[ée]tait|a[ \u00a0]+[ée]t[ée]|fut)[ \u00a0]+$/i;

export function detectBirthDates(text: string, out: Detections, csv = false): void {
  const contextRe = csv ? CSV_CONTEXT_RE : CONTEXT_RE;
  contextRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = contextRe.exec(text)) !== null) {
    const maiden = MAIDEN_CONTEXT_RE.exec(m[0]);
    if (maiden !== null && maiden[1] === maiden[1]!.toLowerCase()) continue;
    if ((m[0].charCodeAt(0) | 32) === 110 && THING_BORN_RE.test(textBefore(text, m.index, 60))) continue;
    let at = m.index + m[0].length;
    const bare = /^naissance$/i.test(m[0]);
    // (« Anniversaire de Léa : 3 mars »: whose birthday, as whose birth, then its colon and its date — not a party's date,
    // « Anniversaire de Paul le 12/08/2026 à 15 h »)
    const birthday = /^anniv/i.test(m[0]);
    GAP_RE.lastIndex = at;
    const g = GAP_RE.exec(text);
    if (g) {
      // « naissance » alone ends many a line (« acte de naissance ») above a dated line
      if (g[1] !== undefined && !/[:：=]/.test(g[0]) && bare) continue;
      at += g[0].length;
    }
    if (m[0].endsWith('en')) {
      const from = Math.max(0, m.index - 40);
      const lead = text.slice(from, m.index);
      const who = BORN_IN_SUBJECT_RE.exec(lead);
      // (a first name the list does not know names someone after a person's label: « Client : Koldo RICHARD, né en 1981 »)
      const said = (who !== null && (who[2] === undefined || namesSomeone(who[1], who[2]) || labelledBefore(text, from + who.index))) || isFirstName(AGE_BEFORE_RE.exec(lead)?.[1] ?? '');
      if (!said && !OPENS_SENTENCE_RE.test(lead)) continue;
      PARTIAL_RE.lastIndex = YEAR_RE.lastIndex = at;
      const d = PARTIAL_RE.exec(text) ?? YEAR_RE.exec(text);
      if (d && (said || subjectAfter(text, at + d[0].length))) emit(out, 'birth_date', at, at + d[0].length);
      continue;
    }
    // CSV: the date may be a few cells away from "naissance" only via the column header (columns.ts).
    DATE_RE.lastIndex = at;
    let d = DATE_RE.exec(text);
    // (after « ° », a whole date only: « 38 ° 12/03 », « n ° 12/2026 » are none)
    if (!d && m[0] === '°') continue;
    if (!d && !bare) {
      // a label saying whose or in which format, then its colon (« Date de naissance de l'enfant : », « (JJ/MM/AAAA) : »)
      QUALIFIED_GAP_RE.lastIndex = m.index + m[0].length;
      const q = QUALIFIED_GAP_RE.exec(text);
      if (q) {
        at = m.index + m[0].length + q[0].length;
        DATE_RE.lastIndex = at;
        d = DATE_RE.exec(text);
      }
    }
    if (!d) {
      const e = beforeTheDate(text, m, bare || birthday);
      if (e >= 0 && (!birthday || /[:：]/.test(text.slice(at, e)))) {
        DATE_RE.lastIndex = e;
        d = DATE_RE.exec(text);
        if (!d) {
          // (a birth date in part after whose it is: « Naissance de Jules le 2 avril », « Anniversaire de Léa : 3 mars »)
          PARTIAL_RE.lastIndex = e;
          d = PARTIAL_RE.exec(text);
        }
        if (d) at = e;
      }
    }
    if (!d) {
      PARTIAL_RE.lastIndex = at;
      d = PARTIAL_RE.exec(text);
    }
    if (!d && bare && YEAR_LABEL_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      YEAR_RE.lastIndex = at;
      d = YEAR_RE.exec(text);
    }
    if (d) {
      emit(out, 'birth_date', at, at + d[0].length);
      contextRe.lastIndex = at + d[0].length;
    }
  }
}

/** A whole cell that is a date (for columns headed "Date de naissance"). */
export function isDate(cell: string): boolean {
  return whole(DATE_RE, cell);
}

/** A whole cell that is a birth date in part: « 12 mars », « mars 1985 », « 15/03 », « 1985 ». */
export function isPartialDate(cell: string): boolean {
  return whole(PARTIAL_RE, cell) || whole(YEAR_RE, cell);
}

function whole(re: RegExp, cell: string): boolean {
  re.lastIndex = 0;
  const d = re.exec(cell);
  return d !== null && d[0].length === cell.length;
}
