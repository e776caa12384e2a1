// A name opening its line right before a postal address: a nurse's round, an agenda's or a delivery list's entry
// (« 09h30  Tuarii Brunet — 120 impasse du Dahomey, 29000 Quimper », « Chidera SIMON, 28 ter boulevard … »). Its first
// name may be one the lists do not know: the address after it says it is someone's, as an e-mail address does.
import { emit, TYPE_CODE, type Detections } from './emit.ts';
import { lineStartBack } from './lines.ts';
import { isOrganisationName } from './organisations.ts';

// the line's start: a bullet, a time, an honorific; then two or three capitalised words (a particle before the last),
// then a dash or a comma, the address right after it
const WORD = `(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?|\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)*)`;
const ENTRY_RE = new RegExp(
  `^[ \\t]*(?:[-•*][ \\t]*)?(?:\\d{1,2}[h:]\\d{0,2}[ \\t]+)?(?:(?:M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr)[ \\t]+)?` +
    `(${WORD}(?:[ \\t]+(?:(?:de|da|du|des|le|la|van|von|d['’])[ \\t]+)?${WORD}){1,2})[ \\t]*(?:[—–-]|,)[ \\t]*$`,
  'u',
);
// a place's, a residence's or a street's words opening the line: no one's (« Résidence Les Pins », « Angle Rue … »), nor
// a home's or a farm's name in the country (« Mas des Oliviers, 1250 chemin des Vignes », « Ferme Le Gall, … »; not « Moulin », a surname too)
const PLACE_RE = /^(?:les?|la|l['’]|résidence|résidences|lotissement|lot|hameau|lieu-dit|domaine|parc|quartier|zone|za|zi|zac|bâtiment|bât|immeuble|villa|maison|angle|face|chez|place|rue|avenue|boulevard|chemin|route|impasse|allée|quai|square|cours|centre|espace|cité|tour|gare|aéroport|port|village|mairie|église|mas|clos|bastide|chalet|manoir|ferme|gîte|gite|château|chateau|ranch|relais|auberge)$/i;

// a public place's or a body's word anywhere in it (« Rennes Métropole », « Théâtre Graslin », « Salle Paul Fort »)
const BODY_RE = /(?:^|[\s'’-])(?:métropole|agglomération|agglo|université|habitat|ville|théâtre|musée|stade|gymnase|piscine|médiathèque|bibliothèque|salle|halles?|marché|parking|campus|cathédrale|basilique|chapelle|château|abbaye|jardin|jardins|parc|square)(?=$|[\s'’-])/iu;
const TITLE_CASE_RE = /\p{Lu}\p{Ll}/u;

const PERSON = TYPE_CODE.person_name;
const ADDRESS = TYPE_CODE.postal_address;

/** Names opening the line of one of the addresses out[from, to), where no name was found (out[namesFrom, namesTo)). */
export function detectAddressees(text: string, out: Detections, from: number, to: number, namesFrom: number, namesTo: number): void {
  let name = namesFrom;
  for (let i = from; i < to; i++) {
    if (out.code(i) !== ADDRESS) continue;
    const at = out.start(i);
    const lineStart = lineStartBack(text, at, 80);
    if (at - lineStart > 80 || at === lineStart) continue;
    const m = ENTRY_RE.exec(text.slice(lineStart, at));
    if (m === null) continue;
    const words = m[1]!;
    const start = lineStart + m[0].indexOf(words);
    const first = words.split(/[ \t]/, 1)[0]!;
    // (one word at least written small: a title in capitals is no one, « ÉTAT DES LIEUX — 15 rue Lamartine »)
    if (PLACE_RE.test(first) || BODY_RE.test(words) || !TITLE_CASE_RE.test(words) || isOrganisationName(words)) continue;
    // (a name the other rules found there already stands)
    while (name < namesTo && out.start(name) + out.length(name) <= start) name++;
    if (name < namesTo && out.start(name) < start + words.length && out.code(name) === PERSON) continue;
    emit(out, 'person_name', start, start + words.length);
  }
}
