import { isBrandName, isFirstName, isWeakFirstName } from './firstnames.ts';
import { textBefore } from './lines.ts';
import { streetStartsAt } from './address.ts';

// What around two capitalised words says they name someone, when their first name is a word too (« Claire », « Jade »,
// « Adam », « Marine »: isWeakFirstName) and their surname is not in capitals: a greeting or an agenda's time opening
// the line, a meeting or a call with them before; what they did (« a appelé », « a réglé ») or their condition after; or
// another's name, its first name not a word, with « et » between (« Mariage de Claire Dubois et Paul Martin »).
// « Claire Dubois », « Jade Moreau », « Adam Girard » were lost in all of them; a shop's « Rose Bonbon », the navy's
// « Marine Nationale » seldom stand in them (« Salut Marine Nationale ! »: the brands' list, firstnames.ts, keeps it).

// (a line's greeting or thanks, a letter's addressee: « Bonjour Claire Dubois, », « Merci Claire Dubois pour… », « À
// l'attention de Marine Lefèvre »; an agenda's time opening the line: « 10h30 Océane Leroux — couleur »;
// a meeting or a call: « RDV avec Jade Moreau », « RDV 15h avec … », « RDV 14h Claire Martin », « Appel de Claire Dubois »;
// a booking site's notification: « Nouveau rendez-vous : Claire Martin », « Réservation confirmée pour Marine Lefèvre »;
// an agenda's shorthand: « RDV Marine Lefèvre »)
const BEFORE_RE =
  /(?:\n[ \t]*(?:Bonjour|Bonsoir|Salut|Hello|Coucou|Cher|Chère|Merci|[ÀA] l['’]attention de|(?:[-•*][ \t]*)?\d{1,2}[h:]\d{0,2}(?:[ \t]*[—–-])?)|(?<![\p{L}])(?:RDV|[Rr]dv|[Rr]endez-vous|[Rr]encontre|[Rr]éunion|[Ee]ntretien|[Ss]éance|[Dd]éjeuner|[Vv]isio|[Rr]endez-vous t[ée]l[ée]phonique)(?:(?: [àa])?(?: \d{1,2}[h:]\d{0,2})? avec| (?:[àa] )?\d{1,2}[h:]\d{0,2})|(?<![\p{L}])(?:[Aa]ppel|[Mm]essage|SMS|[Rr]appel) (?:de|d['’])|(?<![\p{L}])(?:[Nn]ouve(?:au|lle) )?(?:RDV|[Rr]endez-vous|[Rr][ée]servation)(?: (?:confirm[ée]e?|annul[ée]e?|modifi[ée]e?))?(?: ?:| pour| au nom de)|(?<![\p{L}])RDV)[ \u00a0]+$/u;

// (what they did; their condition — not a phone after the name: a shop's « Rose Bonbon, 06 … » is written so too)
const AFTER_RE =
  /[ \u00a0]+(?:a|avait)[ \u00a0]+(?:appel[ée]|t[ée]l[ée]phon[ée]|rappel[ée]|[ée]crit|r[ée]gl[ée]|pay[ée]|sign[ée]|annul[ée]|confirm[ée]|laiss[ée] un message)(?![\p{L}])|(?:[ \u00a0]+est|,)[ \u00a0]+(?:enceinte|diab[ée]tique|asthmatique|[ée]pileptique|allergique|autiste|dyslexique|hospitalis[ée]e?|d[ée]c[ée]d[ée]e?)(?![\p{L}])/uy;

// (« Paul Martin et » or a couple's « Yannick et » before, « et Paul Martin » after)
// (not a shop named after someone: « Achats chez Leroy Merlin et Renault Trucks »)
const AND_BEFORE_RE = /(?<![\p{L}])((\p{Lu}[\p{Ll}-]+)(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?)[ \u00a0]+et[ \u00a0]+$/u;
const AND_AFTER_RE = /[ \u00a0]+et[ \u00a0]+((\p{Lu}[\p{Ll}-]+)[ \u00a0]+\p{Lu}[\p{L}'’-]+)/uy;
const strong = (m: RegExpExecArray | null) => m !== null && isFirstName(m[2]!) && !isWeakFirstName(m[2]!) && !isBrandName(m[1]!);

/**
 * Whether what precedes the name starting at `s` says it is someone's: a greeting or an agenda's time opening its line,
 * a meeting or a call with them, another's name and « et » (the leftmost capitalised words before « et » only).
 */
export function personBefore(text: string, s: number): boolean {
  const before = textBefore(text, s, 40);
  return BEFORE_RE.test(before) || strong(AND_BEFORE_RE.exec(before));
}

/** Whether what follows the name ending at `e` says it is someone's: what they did, their condition, another's name. */
export function personAfter(text: string, e: number): boolean {
  AFTER_RE.lastIndex = e;
  if (AFTER_RE.test(text)) return true;
  AND_AFTER_RE.lastIndex = e;
  return strong(AND_AFTER_RE.exec(text));
}

// (the line's end, then the next line's blanks, before its street: « 12 rue des Lilas », « 100, quai de Nesle »)
const NEXT_LINE_RE = /[ \t\u00a0]*\r?\n[ \t]*/y;

/**
 * Whether the name at [s, e) is a letter's or an invoice's addressee: alone on its line, their street on the next
 * (« Claire Martin » above « 12 rue des Lilas »; not a letterhead's « Cabinet de psychothérapie Ben Ahmed »).
 */
export function addresseeAbove(text: string, s: number, e: number): boolean {
  const before = textBefore(text, s, 40);
  if (!/\n[ \t]*$/.test(before)) return false;
  NEXT_LINE_RE.lastIndex = e;
  return NEXT_LINE_RE.test(text) && streetStartsAt(text, NEXT_LINE_RE.lastIndex);
}
