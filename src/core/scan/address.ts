// French postal addresses: a street number (bis/ter…), a street type and a capitalised street
// name, optionally followed by "BP/CS n" and "code postal + ville [CEDEX nn]" on the same or
// the next line. "5 cours de yoga" fails the capitalised-name rule.
import { emit, type Detections } from './emit.ts';

const UP = 'A-ZÀ-ÖØ-Þ';
const L = 'A-Za-zÀ-ÖØ-öø-ÿ';
// (and their abridged forms, as a form's narrow field or a quick e-mail writes them: « 12 r. de Brest », « Lot. Les Hortensias »)
const TYPES = 'rue|r\\.|avenue|av\\.|bd|bld|blvd|boulevard|place|pl\\.|allée|allee|all\\.|chemin|chem\\.|impasse|imp\\.|route|rte|quai|cours|square|sq\\.|passage|villa|hameau|voie|sentier|faubourg|fbg|cité|parvis|promenade|esplanade|résidence|rés\\.|lotissement|lot\\.|lieu-dit|mail|rond-point|montée|traverse|ruelle|venelle|clos|domaine|chaussée|sente';
// « Grande Rue », « Grand'Rue », « Grand-Rue »: a village's main street, named by its type (no name after it needed)
const GRAND_RUE = `grand(?:e[ \\u00a0]|[ \\u00a0'’-])rue`;
const GRAND_RUE_END = new RegExp(`${GRAND_RUE}$`, 'i');
// A country road named by its class, its number after it (« 7 chemin rural n° 5 », « 3 chemin vicinal », « 12 route
// départementale 785 »): no capitalised name follows, its town must (tried before the types: « chemin » is one)
const ROAD_CLASS = `(?:chemin|route|voie)[ \\u00a0]+(?:rural|vicinal|communal|communale|d[ée]partementale|nationale|forestier|forestière)(?:[ \\u00a0]+(?:n[°o][ \\u00a0]?)?\\d{1,4})?`;
// (its class written with a capital is a type and its name: « 129 route Nationale »)
const ROAD_CLASS_WORDS_RE = /(chemin|route|voie)[ \u00a0]+(\S)/i;
const START_RE = new RegExp(`\\b\\d{1,4}(?:[ \\u00a0]?(?:bis|ter|quater|[A-D])\\b)?,?[ \\u00a0]+(?:${ROAD_CLASS}(?![${L}\\d'’-])|(?:${TYPES})(?=[ \\u00a0])|${GRAND_RUE}(?![${L}'’-]))`, 'gi');
/**
 * Whether a street's start, its number and its type, stands at `at` (« 12 rue », « 100, quai », « 3 bis Grande Rue »).
 * (START_RE's own compiled code, over the next 80 characters: another expression of its source cost as much native code)
 */
export function streetStartsAt(text: string, at: number): boolean {
  const kept = START_RE.lastIndex;
  START_RE.lastIndex = 0;
  const m = START_RE.exec(text.slice(at, at + 80));
  START_RE.lastIndex = kept;
  return m !== null && m.index === 0;
}
const PARTICLE = "(?:de|du|des|la|le|les|aux|au|en|sur|sous|et|à)";
// The street's name: its words, particles and numbers (« du 8 Mai 1945 »), a date's month written small after its day
// (« place du 8 mai 1945 », « rue du 4 septembre »).
const MONTH = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
// a post office's box (« BP 45 », « CS 70012 »), a rural round's (« CIDEX 12 »)
const BOX = '(?:BP|CS|TSA)';
// (a post box after the street is none of its words: « 10 rue de la Paix CS 40001 75002 Paris Cedex 02 »)
const NAME_WORDS = `(?:[ \\u00a0]+(?:${PARTICLE}(?=[ \\u00a0])|[ldLD]['’][${L}'’-]+|(?!(?:${BOX}|CIDEX)[ \\u00a0]?\\d)[${UP}][${L}'’.-]*|\\d{1,4}(?!\\d)|(?<=\\d[ \\u00a0]+)${MONTH}(?![${L}'’-])))+`;
const NAME_RE = new RegExp(NAME_WORDS, 'y');
const CITY = `[${UP}][${L}'’-]*(?:[ \\u00a0](?:(?:sur|sous|en|lès|les|de|du|des|la|le|aux)[ \\u00a0])?(?!(?:CEDEX|Cedex)(?![${L}]))[${UP}][${L}'’-]*){0,3}`;
// Between the street and what follows it: a comma, a line break (U+2028: an HTML tag's), blanks or a dash (an en or em
// dash too: « 9 place Bellecour — 69002 Lyon »).
const SEPARATOR = `(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]*(?:\\r?\\n|\\u2028)[ \\t]*|[ \\u00a0]+[–—-]?[ \\u00a0]*)`;
// a place named inside the town, between the street and the town (« 3 chemin du Moulin, Quartier Saint-Jean, 13100
// Aix », « ZA des Landes », « Hameau de Bellevue »): its type, then its name
const LOCALITY = `(?:(?:[Qq]uartier|QUARTIER|[Ll]ieu-?dit|LIEU-?DIT|[Hh]ameau|HAMEAU|[Rr]ésidence|RÉSIDENCE|[Ll]otissement|LOTISSEMENT|[Ll]ot\\.|LOT\\.|Z\\.?[AI]\\.?(?:C\\.?)?|[Zz]one (?:[Aa]rtisanale|[Ii]ndustrielle|[Dd]['’][Aa]ctivités?)|[Pp]arc d['’][Aa]ctivités?|[Dd]omaine)(?=[ \\u00a0])${NAME_WORDS}(?:,?[ \\u00a0]+n[°o][ \\u00a0]?\\d{1,4})?|[Ll]e [Bb]ourg|LE BOURG)`;
// a floor or a door (« 3e étage », « étage 2 », « RDC », « porte 12 »)
const FLOOR = `(?:(?:[Pp]orte|PORTE)[ \\u00a0]+\\d{1,4}|\\d{1,2}(?:e|è|ème|eme|er|ère)[ \\u00a0]+(?:[ée]tage|ÉTAGE)|(?:[ÉéE]tage|ÉTAGE)[ \\u00a0]+\\d{1,2}|RDC|[Rr]ez-de-chauss[ée]e)`;
const PO_BOX = `${BOX}[ \\u00a0]?\\d{1,6}`;
// a post box, or a building's or a flat's mark (« Bât. B », « Appt 12 », « apt 3B », « logement 4 », in capitals on a CV's line « APPT A »):
// up to three between the street and the town
const POST_BOX = `(?:${PO_BOX}|CIDEX[ \\u00a0]?\\d{1,4}|${LOCALITY}|(?:bte|boîte|boite)[ \\u00a0]?\\d{1,4}|(?:[Bb][âa]t(?:iment|\\.)?|B[ÂA]T(?:IMENT|\\.)?|[Aa]pp?(?:ar)?t(?:ement|\\.)?|APP?(?:AR)?T(?:EMENT|\\.)?|[Ll]og(?:ement|\\.)|LOG(?:EMENT|\\.)|[Ee]sc(?:alier|\\.)?|ESC(?:ALIER|\\.)?)[ \\u00a0]*[A-Z0-9]{1,4}|${FLOOR})`;
const TOWN = `\\d{5}[ \\u00a0]+${CITY}(?:[ \\u00a0]+(?:CEDEX|Cedex|cedex)(?:[ \\u00a0]+\\d{1,2})?)?`;
// (after a numbered street, a Belgian, Swiss or Luxembourg town too: « 16 rue de la Loi, 1000 Bruxelles »)
const ANY_TOWN = `(?:${TOWN}|(?:(?:B|CH|L)-)?\\d{4}[ \\u00a0]+${CITY})`;
// (or the town in brackets, as a sentence writes it: « livraison au 12 avenue Foch (75016 Paris) »)
const POSTAL_RE = new RegExp(`(?:${SEPARATOR}(?:${POST_BOX}(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]*(?:\\r?\\n|\\u2028)[ \\t]*|[ \\u00a0]+[–—-][ \\u00a0]+|[ \\u00a0]+)){0,3}${ANY_TOWN}|[ \\u00a0]*\\(${TOWN}\\))`, 'y');
const HAS_CAPITAL = new RegExp(`(?:^|[ \\u00a0'’])[${UP}0-9]`);

// The same scan finds the towns (« 29000 Quimper ») that no numbered street came before: a second
// pass over the block for them cost 1.7 ms per MB, as much as this whole detector.
// (the town's postcode is its only capture)
// Belgium's, Switzerland's and Luxembourg's towns have four digits (« 1000 Bruxelles », « CH-1204 Genève »,
// « L-2610 Luxembourg ») and their streets the number last (« Rue de la Loi 16 »): such a town is one after a
// comma or at a line's start, below or beside a street
// (one capture for both: a second alternative for the four digits cost the search 8 ms per MB of text)
const START_OR_TOWN_RE = new RegExp(`${START_RE.source}|(?<![\\d.,])(\\d{4,5})(?=[ \\u00a0]+[${UP}])`, 'gi');
const TOWN_RE = new RegExp(TOWN, 'y');
const TOWN4_RE = new RegExp(`\\d{4}[ \\u00a0]+${CITY}`, 'y');

/** The length of the country's prefix before a four-digit postcode at `at` (« CH- »: 3; none: 0), −1 if it follows no comma or line break. */
function countryPrefix(text: string, at: number): number {
  let p = 0;
  if (text.charCodeAt(at - 1) === 45) {
    const c1 = text.charCodeAt(at - 2);
    p = c1 === 66 || c1 === 76 ? 2 : c1 === 72 && text.charCodeAt(at - 3) === 67 ? 3 : -1;
    if (p < 0) return -1;
  }
  const before = text.charCodeAt(at - p - 1);
  if (before === 10 || at - p === 0) return p;
  const sep = text.charCodeAt(at - p - 2);
  return (before === 32 || before === 0xa0) && sep === 44 ? p : -1;
}

/**
 * `withoutNumber` also reads streets without a number (below); CSV leaves them out, where an
 * address sits in its column (columns.ts reads the cells under « Adresse ») and its many 5-digit
 * numbers would make them cost.
 */
export function detectAddresses(text: string, out: Detections, withoutNumber = true): void {
  const re = withoutNumber ? START_OR_TOWN_RE : START_RE;
  re.lastIndex = 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m.index;
    if (m[1] !== undefined) {
      // a town with no numbered street before it (those consume theirs); a four-digit one after a comma or at a
      // line's start, its country's prefix allowed
      const four = m[1].length === 4;
      const prefix = four ? countryPrefix(text, s) : 0;
      if (prefix < 0) continue;
      const townRe = four ? TOWN4_RE : TOWN_RE;
      townRe.lastIndex = s;
      const town = townRe.exec(text);
      const start = town ? bareStreetBefore(text, s - prefix, lastEnd) : -1;
      // (a street before a four-digit town has its number: « R. Haskell, 2010 Aug 24 » is a name and a date)
      if (start < 0 || (four && !/\d/.test(text.slice(start, s - prefix)))) continue;
      lastEnd = s + town![0].length;
      emit(out, 'postal_address', start, lastEnd);
      re.lastIndex = lastEnd;
      continue;
    }
    let e = s + m[0].length;
    // « 12 R. Martin » is a number and an initial: the abridged street is written « r. »
    if (text.charCodeAt(e - 2) === 82 && text.charCodeAt(e - 1) === 46) continue;
    let roadClass = false;
    const rc = ROAD_CLASS_WORDS_RE.exec(m[0]);
    if (rc !== null) {
      const c = rc[2]!.charCodeAt(0);
      if ((c >= 97 && c <= 122) || c === 0xe9) roadClass = true;
      else e = s + rc.index + rc[1]!.length;
    }
    NAME_RE.lastIndex = e;
    const n = NAME_RE.exec(text);
    // the name's words may hold an abridged word's dot (« rue St. Jean »), not its sentence's end: « au 3 place du
    // Marché. Elle viendra » ends at « Marché »
    const stop = n === null ? -1 : sentenceEnd(n[0]);
    const name = n === null ? '' : stop >= 0 ? n[0].slice(0, stop) : n[0];
    const named = n !== null && HAS_CAPITAL.test(name);
    // « 15 Grande Rue » needs no name after its type: the capital says it is one (« grande rue », only with its town)
    if (!named && !GRAND_RUE_END.test(m[0]) && !roadClass) continue;
    if (named) e += name.length;
    // (a town may still follow its last word's dot: « 12 rue Pasteur. 75015 Paris »)
    const dot = stop >= 0 && stop === n![0].length - 1 ? 1 : 0;
    POSTAL_RE.lastIndex = e + dot;
    const p = stop >= 0 && !dot ? null : POSTAL_RE.exec(text);
    if (p) e += dot + p[0].length;
    else if (!named && !/G(?:rand|RAND)/.test(m[0])) continue;
    // a closing quote is no part of it (« '12 rue des Lilas' » in a SQL dump, a quoted cell)
    while (text.charCodeAt(e - 1) === 39 || text.charCodeAt(e - 1) === 0x2019) e--;
    // nor the full stop of its sentence (« au 3 place du Marché. », « … rue Pasteur... »); an abridged word keeps its
    // (« rue St. »)
    let dots = 0;
    while (text.charCodeAt(e - 1 - dots) === 46) dots++;
    if (dots > 1 || (dots === 1 && wordBefore(text, e - 1) > 3)) e -= dots;
    emit(out, 'postal_address', s, e);
    re.lastIndex = lastEnd = e;
  }
}

/** Where a sentence ends in a street's name (a dot after a word of four letters or more, or « ... »), or −1. */
function sentenceEnd(name: string): number {
  for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) {
    const next = name.charCodeAt(i + 1);
    if (next === 46 || ((i + 1 === name.length || next === 32 || next === 0xa0) && wordBefore(name, i) > 3)) return i;
  }
  return -1;
}

/** The number of letters of the word ending at `e`. */
function wordBefore(text: string, e: number): number {
  let k = e;
  while (k > 0 && /\p{L}/u.test(text[k - 1]!)) k--;
  return e - k;
}

// A street without a number is an address only with its postcode and town after it, on its line or
// the next: « rue du Moulin, 44000 Nantes », « Lieu-dit Kerbastard » above « 29000 Quimper », « Le Bourg »; or a post
// box alone (« BP 45, 97400 Saint-Denis »), or a place inside the town alone (a business zone's « ZA de Kerboulard,
// 56250 Saint-Nolff », « Quartier Saint-Jean »).
// (a street type written with a capital too: « Rue du Moulin », « Lieu-dit »)
// (or in capitals, as a letter's address block from some software: « LIEU-DIT KERBASTARD »)
const TYPES_ANY_CASE = TYPES.split('|').map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}|${t.toUpperCase()}`).join('|');
// (or any place's name after an address's label, as a farm's or a hamlet's address goes without a street: « Adresse :
// La Croix Blanche, 49170 Savennières », « Domicile : Kerhuel, 29000 Quimper »)
const ADDRESS_LABEL = `(?<=(?:^|\\n)[ \\t]*(?:[Aa]dresse(?: postale| personnelle| de (?:livraison|facturation|correspondance))?|ADRESSE|[Dd]omicile|[Dd]omiciliation)[ \\u00a0]*:[ \\u00a0]*)[${UP}][${L}'’-]*(?:${NAME_WORDS})?`;
const BARE_STREET_RE = new RegExp(
  `(?:^|[\\s,;:(])((?:${TYPES_ANY_CASE})(${NAME_WORDS})|${LOCALITY}|${PO_BOX}|Grand(?:e[ \\u00a0]|[ \\u00a0'’-])Rue|GRAND(?:E[ \\u00a0]|[ \\u00a0'’-])RUE|${ADDRESS_LABEL})${SEPARATOR}(?:${POST_BOX}${SEPARATOR}){0,2}$`,
);

/**
 * Where the street without a number before the postcode at `at` starts — on its line, or up to
 * two lines above with a « BP 12 » between — not before `floor`; -1 when there is none.
 */
function bareStreetBefore(text: string, at: number, floor: number): number {
  // the window: back over at most three line breaks and 120 characters
  let from = at;
  for (let breaks = 0; from > floor && at - from < 120; from--) {
    const c = text.charCodeAt(from - 1);
    if ((c === 10 || c === 0x2028) && ++breaks === 3) break;
  }
  const before = BARE_STREET_RE.exec(text.slice(from, at));
  if (!before || (before[2] !== undefined && !HAS_CAPITAL.test(before[2]))) return -1;
  const start = from + before.index + before[0].indexOf(before[1]!);
  // (a number before a business zone's name is the address's: « 7 ZA de Kerdroniou, 29000 Quimper »)
  if (!BUSINESS_ZONE_RE.test(text.slice(start, start + 5))) return start;
  const number = NUMBER_BEFORE_RE.exec(text.slice(Math.max(from, start - 12), start));
  return number === null ? start : start - number[0].length;
}
const BUSINESS_ZONE_RE = /^(?:Z\.?[AI]|[Zz]one|ZONE|[Pp]arc|PARC)/;
const NUMBER_BEFORE_RE = /(?<=^|[\s,;:(])\d{1,3}(?:[ \u00a0]?(?:bis|ter))?[ \u00a0]+$/;
