// The author a reply quotes, named by the mail client's attribution line above the quoted message: « Le lun. 3 mars
// 2025 à 10:12, Tehotu Vidal <tv@exemple.fr> a écrit : », « Le 03/03/2025 à 10:12, Kerbrat Yannick a écrit : », Gmail's
// « On Mon, Mar 3, 2025 at 10:12 AM Koldo Etxeberria <…> wrote: » — whatever the first name, which the lists often do
// not know. Not a service's or a business's (« Support Technique <support@…> », « Garage Martin »).
import { isOrganisationName, isTradeAfterFirstName } from './organisations.ts';
import { LATIN_EXTENDED, extendedLowerAt } from './letters.ts';

// (a name's letters past Latin-1 too: « Le 12/03/2024 à 10:02, Łukasz Nowak a écrit : »)
const CAP = `A-ZÀ-ÖØ-Þ${LATIN_EXTENDED}`;
const WORD = `[${CAP}][A-Za-zÀ-ÖØ-öø-ÿ${LATIN_EXTENDED}'’-]+`;
// From the line's start: « Le » or « On », the date up to a comma (or Gmail's « at 10:12 AM »), two to four
// capitalised words (capture 1), an address in angle brackets (its local part: capture 2), « a écrit » or « wrote »
const ATTRIBUTION_RE = new RegExp(
  `[ \\t>]*(?:Le|On)[ \\u00a0][^\\n]{4,80}?(?:,|[ \\u00a0]at[ \\u00a0]\\d{1,2}:\\d{2}(?:[ \\u00a0\\u202f]?[AP]M)?)[ \\u00a0]+` +
    `(${WORD}(?:[ \\u00a0]+${WORD}){1,3})(?:[ \\u00a0]+<([^<>@\\s]{1,64})@[^<>\\s]{1,100}>)?[ \\u00a0]+(?:a[ \\u00a0]écrit|wrote)[ \\u00a0]*:`,
  'dy',
);
// a shared mailbox's address (« support@ », « contact@ », « noreply@ »)
export const ROLE_ADDRESS_RE = /^(?:support|contact|info|infos|no-?reply|ne-?pas-?repondre|service|admin|newsletter|news|hello|bonjour|factur|compta|commercial|vente|sav|rh|equipe|team|notification|mailer-daemon)/i;
// the words of a service or a team rather than someone (« Support Technique », « Service Client », « Équipe Rempart »)
const SERVICE_WORD_RE = /(?:^|[\s])(?:support|service|équipe|equipe|team|client|clients|contact|facturation|comptabilité|newsletter|notifications?|technique)(?=$|[\s])/i;

/** Whether a display name is a business's, a trade's or a service's (« Garage Martin », « Marc Transports », « Support
 * Technique »), not someone's; quoted-headers.ts asks the same of a header block's names. */
export function isServiceName(name: string): boolean {
  return isOrganisationName(name) || isTradeAfterFirstName(name.slice(name.search(/[ \u00a0]/))) || SERVICE_WORD_RE.test(name);
}

/** The spans of the quoted authors on the block's attribution lines (names.ts emits those no name found overlaps). */
export function replyAuthors(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const mark of [' écrit', 'wrote']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
      ATTRIBUTION_RE.lastIndex = text.lastIndexOf('\n', at) + 1;
      const m = ATTRIBUTION_RE.exec(text);
      // (the line's own « écrit » or « wrote », the one found)
      if (m === null || ATTRIBUTION_RE.lastIndex < at) continue;
      const name = m[1]!;
      // (its words capitalised: those letters are in CAP either case)
      if (name.split(/[ \u00a0]+/).some((w) => extendedLowerAt(w, 0))) continue;
      if (isServiceName(name)) continue;
      if (m[2] !== undefined && ROLE_ADDRESS_RE.test(m[2])) continue;
      spans.push(m.indices![1]!);
    }
  }
  return spans;
}
