// The first names given in France beyond firstnames.ts's list — « Mamadou », « Fatoumata », « Kylian », « Maëlys »,
// « Joao », « Mehmet »: the 36 000 spellings of gender-detection-from-name's French list (given-names-data.ts).
// The clients of a micro-business carry them as much as « Jean » or « Marie », and the « Prénom Nom » rule knew
// none of them.
import { GIVEN_NAMES, GIVEN_NAME_WORDS } from './given-names-data.ts';

// What opens a place's name far more often than it names anyone (« Saint-Malo », « rue Saint Jean », « Santa Clara »)
const SAINTS = new Set(['saint', 'sainte', 'santa', 'san', 'sao', 'são']);

// Places and brands the list holds as rare first names, capitalised before another word in many a letter or
// invoice (« Renault Trucks », « Michelin Pilot », « Chanel N°5 »): wanting stronger evidence, as ordinary words do
const PLACES_AND_BRANDS = new Set(['provence', 'rome', 'renault', 'michelin', 'engie', 'sony', 'mercedes', 'nissan', 'kia', 'bentley', 'chanel', 'dior', 'sephora', 'zola', 'toyota', 'honda', 'lexus', 'tesla', 'fiat', 'opel', 'dacia', 'skoda', 'volvo', 'porsche', 'ferrari', 'cartier', 'lancôme', 'clarins', 'gucci', 'prada', 'versace', 'armani', 'nike', 'adidas', 'puma', 'kenzo', 'celine', 'ikea', 'lidl', 'aldi']);

const names = () => GIVEN_NAMES.split(' ').filter((n) => !SAINTS.has(n));

// The names as a text writes them (« Mamadou », « Élodie »), built on first use: one look-up per capitalised word,
// without lowercasing it (the names' rule asks it of thousands of words per MB of text)
let capitalised: ReadonlySet<string> | undefined;

/** Whether a word written « Mamadou » (a capital, then lowercase) is a first name of the list. */
export function isGivenName(w: string): boolean {
  capitalised ??= new Set(names().map((n) => n.charAt(0).toUpperCase() + n.slice(1)));
  return capitalised.has(w);
}

/** Whether such a first name is an ordinary word too (« Avril », « Chance », « Hope »), a place or a brand: it wants stronger evidence. */
export function isGivenNameWord(w: string): boolean {
  const lower = w.toLowerCase();
  return GIVEN_NAME_WORDS.has(lower) || PLACES_AND_BRANDS.has(lower);
}

/** Whether such a first name is a place's or a brand's (« Renault », « Provence »): no context makes it someone's. */
export function isPlaceOrBrand(w: string): boolean {
  return PLACES_AND_BRANDS.has(w.toLowerCase());
}

/** The list's names that want no stronger evidence, folded by `fold` (« maelys »): for names written in capitals. */
export function foldedGivenNames(fold: (w: string) => string): string[] {
  return names().filter((n) => !GIVEN_NAME_WORDS.has(n) && !PLACES_AND_BRANDS.has(n)).map(fold);
}
