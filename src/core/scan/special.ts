// Special categories from free text. A first pass looks for lexicon anchors at word starts (one
// alternation over the lowercased text, without the costly i/u flags); at each hit the phrases of
// the anchor's categories are tried once (sticky), then the matched entry's context rules.
import type { FindingType } from './types.ts';
import { emit, type Detections } from './emit.ts';
import { ANCHOR_PRODUCTS, ANCHORS, LEXICON, TOPIC } from './lexicon.ts';
import { lineStartBack } from './lines.ts';
import { caseless, forLowercased, isLatinExtended, lowercased, twoByte, withoutUnicodeFlag } from './letters.ts';
import { overlapping, overlapsAny, type Span } from './spans.ts';
import { isFirstName, isWeakFirstName } from './firstnames.ts';
import { wordTrieSource, type Graft } from './word-trie.ts';
import { flushBeforeLists } from './list-flush.ts';

// (each reading to avoid starts a word: « thé » is none in « Philothée », « chat » none in « achat »)
const avoidRe = (avoid: string) => new RegExp(withoutUnicodeFlag(`(?<![\\p{L}\\p{N}])(?:${avoid})`), 'i');
// The readings of a topic (TOPIC) that most entries avoid are one expression, tried apart from each entry's own: V8
// compiles the next expressions without optimizing once a worker's executable memory passes 16 MB (see letters.ts).
// Seventy copies of that alternation took a large part of it: on a large client file after a letter, every detector
// ran about three times slower.
const TOPIC_RE = avoidRe(TOPIC);
// (entries that avoid the same readings, a category's topic as SEX_TOPIC, share one expression)
const OWN_AVOID_RES = new Map<string, RegExp>();
const ownAvoidRe = (own: string) => OWN_AVOID_RES.get(own) ?? OWN_AVOID_RES.set(own, avoidRe(own)).get(own)!;
const ENTRY_RES = LEXICON.map((e) => {
  const topic = e.avoid !== undefined && (e.avoid === TOPIC || e.avoid.startsWith(`${TOPIC}|`));
  const own = topic ? e.avoid!.slice(TOPIC.length + 1) : e.avoid;
  return {
    entry: e,
    before: e.before ? new RegExp(withoutUnicodeFlag(e.before), 'i') : null,
    topic,
    avoid: own ? ownAvoidRe(own) : null,
  };
});
const ENTRIES_BY_TYPE = new Map<FindingType, typeof ENTRY_RES>();
for (const r of ENTRY_RES) ENTRIES_BY_TYPE.set(r.entry.type, [...(ENTRIES_BY_TYPE.get(r.entry.type) ?? []), r]);
/**
 * Per category: its phrases in alternations tried in turn where an anchor starts, the first that matches winning, as
 * in one alternation. Each stays under 16 000 characters: V8 stops optimizing a regexp whose source passes 20 KB
 * (`kRegExpTooLargeToOptimize`), and health's one alternation, past it at 20 936, cost the detectors 8–12 % on text.
 */
const MAX_SOURCE = 16_000;
const TYPE_RES = new Map<FindingType, Array<{ re: RegExp; first: number }>>();
/**
 * A phrase as its category's alternation holds it: without the u flag (a third of the native code, see letters.ts), a
 * long list's code written once (list-flush.ts), and for the text lowercased, without the i flag (a sixth less,
 * forLowercased). `bench/scan/lexicon-code.ts` weighs each phrase so.
 */
export const phraseSource = (phrase: string): string => forLowercased(flushBeforeLists(withoutUnicodeFlag(phrase)));
for (const type of new Set(LEXICON.map((e) => e.type))) {
  const phrases = LEXICON.filter((e) => e.type === type).map((e) => phraseSource(e.phrase));
  const parts: Array<{ re: RegExp; first: number }> = [];
  for (let first = 0; first < phrases.length; ) {
    let end = first + 1;
    let size = phrases[first]!.length + 3;
    while (end < phrases.length && size + phrases[end]!.length + 3 <= MAX_SOURCE) size += phrases[end++]!.length + 3;
    // one capture group per entry: the group that matched names the entry (phrases capture nothing)
    parts.push({ re: new RegExp(phrases.slice(first, end).map((p) => `(${p})`).join('|'), 'y'), first });
    first = end;
  }
  TYPE_RES.set(type, parts);
}
/** The readings each entry avoids as the lexicon writes them, the topic's once (their sizes are tested). */
export const avoidSources = (): string[] => [TOPIC, ...OWN_AVOID_RES.keys()];
/** The sources of the alternations tried at the anchors (their sizes are tested). */
export const alternationSources = (): string[] => [...TYPE_RES.values()].flatMap((parts) => parts.map((p) => p.re.source));
const TYPE_SLOTS = new Map<FindingType, number>([...TYPE_RES.keys()].map((t, i) => [t, i]));
const ANCHOR_TYPES = new Map<string, FindingType[]>();
for (const [type, words] of Object.entries(ANCHORS) as Array<[FindingType, string[]]>) {
  for (const w of words) ANCHOR_TYPES.set(w, [...(ANCHOR_TYPES.get(w) ?? []), type]);
}
/** The shorter anchors `w` starts with, longest first: its prefixes looked up (each worker builds this at start). */
function shorterAnchors(w: string): string[] {
  const found: string[] = [];
  for (let k = w.length - 1; k > 0; k--) if (ANCHOR_TYPES.has(w.slice(0, k))) found.push(w.slice(0, k));
  return found;
}
// The search takes the longest anchor at a spot: it brings the categories of the shorter anchors it starts with
// (« porteuse d » is health's and genetic's, « porte » religion's: « porte le voile » must still be tried there)
// (by each anchor's prefixes: comparing every pair of the 2 500 anchors cost each worker ~0.2 s at start)
const OWN_TYPES = new Map(ANCHOR_TYPES);
for (const w of OWN_TYPES.keys()) {
  const all = new Set(OWN_TYPES.get(w));
  for (const v of shorterAnchors(w)) for (const t of OWN_TYPES.get(v)!) all.add(t);
  ANCHOR_TYPES.set(w, [...all]);
}
// An anchor whose shorter anchor brings the same categories is searched for nothing (« accro aux j » after « accro
// au »): the shorter one finds the spot. Left out of the search, whose expression must stay under 20 KB: past it V8
// does not optimize it, and every block's search took twice as long (the forty-fifth session's anchors took it to
// 21.0 KB; 20.4 without these)
const COVERED = new Map<string, string>();
for (const [w, types] of ANCHOR_TYPES) {
  const shorter = shorterAnchors(w)[0];
  if (shorter !== undefined && ANCHOR_TYPES.get(shorter)!.length === types.length) COVERED.set(w, shorter);
}
for (const w of COVERED.keys()) ANCHOR_TYPES.delete(w);
/** The categories whose phrases are tried where this anchor (lowercase, as in the lexicon) is found. */
export function anchorCategories(anchor: string): readonly FindingType[] {
  let a = anchor;
  while (COVERED.has(a)) a = COVERED.get(a)!;
  return ANCHOR_TYPES.get(a) ?? ANCHOR_TYPES.get(a.slice(1)) ?? [];
}
// \b is the fast path but knows only ASCII letters: an anchor starting with an accented letter
// ("épilep") is searched without it ("pilep", after the \b that "é" makes) and checked back.
const searchedAs = (w: string): string => (w.charCodeAt(0) < 128 ? w : w.slice(1));
const SHIFTED = new Set<string>();
for (const w of [...ANCHOR_TYPES.keys()]) {
  const key = searchedAs(w);
  if (key === w) continue;
  SHIFTED.add(key);
  ANCHOR_TYPES.set(key, ANCHOR_TYPES.get(w)!);
  ANCHOR_TYPES.delete(w);
}
// The anchors written as products (« est » + « arabe ») searched as « (?:heads) (?:tails) », the tails once for the
// heads that start with one letter, grafted in the trie where those heads' common start leads (« e » then « (?:st|tait)
// (?:arabe|kurde|…) », tried after the trie's own words there): the same anchor found at each spot, the longest, as
// long as no other anchor starts one of them (« est a » would be the trie's, and win over « est arabe ») — a head
// whose anchors another one starts stays in the trie. (One alternative after the whole trie per product made every
// word's start try ten more: the search took 9.5 ms per MB of letters against 7.0.)
const FACTORED = new Set<string>();
const GRAFTS: Graft[] = [];
const commonStart = (words: string[]) =>
  words.reduce((p, w) => {
    let k = 0;
    while (k < p.length && p[k] === w[k]) k++;
    return p.slice(0, k);
  });
for (const { heads, tails } of ANCHOR_PRODUCTS) {
  const whole = heads.map(searchedAs).filter((h) => tails.every((t) => ANCHOR_TYPES.has(`${h} ${t}`) && shorterAnchors(`${h} ${t}`).length === 0));
  for (const letter of new Set(whole.map((h) => h[0]!))) {
    const group = whole.filter((h) => h[0] === letter);
    if (group.length < 2) continue;
    for (const h of group) for (const t of tails) FACTORED.add(`${h} ${t}`);
    const prefix = commonStart(group);
    GRAFTS.push({ prefix, source: `${wordTrieSource(group.map((h) => h.slice(prefix.length)))} ${wordTrieSource(tails)}` });
  }
}
const ANCHOR_RE = new RegExp(`\\b(?:${wordTrieSource([...ANCHOR_TYPES.keys()].filter((w) => !FACTORED.has(w)), GRAFTS)})`, 'g');
/** The anchors searched for (as the search finds them: an accented first letter left out), for the tests. */
export const anchorKeys = (): string[] => [...ANCHOR_TYPES.keys()];
/** The anchors' search, whose size V8 must optimize (see COVERED above). */
export const anchorSource = (): string => ANCHOR_RE.source;
// (a lowercased letter past ASCII: Latin-1's, Latin Extended's, Vietnamese's — « Atıgay », a Turkish surname, holds no « gay »)
const isAccented = (c: number) => (c >= 0xdf && c <= 0xff && c !== 0xf7) || isLatinExtended(c);
const isLetter = (c: number) => (c >= 97 && c <= 122) || isAccented(c);
// A person in the sentence: pronouns, honorifics, a care/client role, or first-person speech (« un des enfants est
// asthmatique » on a booking — not « des enfants autistes » in an offer —, « personne âgée, malentendante » on a
// tradesman's work order; a pupil, a wedding's witness, a guest, a baby: « Le témoin est en fauteuil roulant »; a
// trainee, an applicant, a member, a resident, as a training centre's, a driving school's or a care home's lists write
// them, one of them (« Stagiaire RQTH », « Candidat sourd »; the plural is a job offer's « ouvert aux candidats »); « moi »,
// not an imperative's « dites-moi » nor an opinion's « Pour moi, … »; a funeral director's « le défunt »); « mon », « ma »,
// « mes », not a practitioner's own page (« Burn-out : mes séances de sophrologie », « Fibromyalgie : mon approche »); a
// couple therapist's « le couple » (« Le couple Roux n'a plus de rapports »); an uncle, an aunt, a nephew, a niece, a
// cousin (a camp's sign-up: « Neveu autiste, prévoir un accompagnement »). Not an impersonal « il » (« Il est
// conseillé de consulter votre médecin si vous êtes sous anticoagulants »), nor a practitioner's « je vous » to the
// reader (« Je vous accompagne dans la gestion de l'anxiété »), nor a technique's « il », « elle » (« Elle soulage les
// douleurs liées à l'arthrose »).
const PERSON_RE = caseless(/(?:^|[^\p{L}])(?:j['’](?=\p{L})|(?<!-)(?<!pour )moi(?=$|[^\p{L}-])|(?<=pour )moi(?=$|[^\p{L},-])|(?:mon|ma|mes)(?![ \u00a0]+(?:s[ée]ances?|tarifs?|m[ée]thodes?|services?|prestations?|consultations?|cabinet|pratique|approche|accompagnements?|ateliers?|formations?|soins|offres?|outils|coordonn[ée]es|horaires|disponibilit[ée]s|programmes?|stages?|cours|patient(?:e|s|es)?|client(?:e|s|es)?|articles?|conseils|sp[ée]cialit[ée]s?|techniques?|protocoles?)(?![\p{L}]))(?=$|[^\p{L}])|(?:(?:il(?![ \u00a0]+(?:faut|fallait|faudra|suffit|convient|vaut mieux|est (?:conseill|recommand|d[ée]conseill|important|n[ée]cessaire|pr[ée]f[ée]rable|utile|indispensable|possible)))|elle)(?![ \u00a0]+(?:soulage|apaise|aide à|permet|favorise|réduit|améliore|agit sur|s['’]adresse|est (?:efficace|indiquée?|recommandée?|contre-indiquée?|déconseillée?|adaptée?))(?![\p{L}]))|ils|elles|je(?![ \u00a0]+vous[ \u00a0])|suis|lui|son|sa|ses|m\.|mme|mlle|dr|me|monsieur|madame|docteur|patiente?|pat\.|enf\.|cliente?|consultante?|salariée?|locataire|stagiaire|apprentie?|participante?|candidate?|adhérente?|bénéficiaire|résidente?|pensionnaire|usager|usagère|enfant|(?:l['’])?une? des enfants|élève|témoin|(?<=le )couple|mariée?|invitée?|bébé|personne âgée|défunte?|fils|fille|(?<=(?:le|la|du|au|son|sa|mon|ma|ton|ta|leur|notre) )(?:maman|papa)|oncle|tante|neveu|nièce|cousine?|mari|épouse|conjointe?|compagnon|compagne|père|mère|frère|sœur|soeur|souffre|atteinte?|diagnostiquée?|suit|suivie?)(?=$|[^\p{L}]))/iu);

// An inverted subject's pronoun in a question is its noun's when a determiner opens the sentence (a page's questions:
// « Le massage est-il recommandé pendant la grossesse ? »), not someone's as in « Est-il diabétique ? », nor reported
// speech's (« Un homme de type maghrébin, dit-elle. »)
const NOUN_OPENING_RE = caseless(/^[^\p{L}]*(?:\p{L}+[ \u00a0]*[—–:][ \u00a0]*)?(?:le|la|les|l['’]|un|une|ce|cet|cette|ces)(?![\p{L}])/iu);
const INVERTED_PRONOUN_RE = caseless(/(?<=\p{L})-(?:t-)?(?:il|elle|ils|elles)(?![\p{L}])(?=[^.!?\n]*\?)/giu);
function personIn(win: string): boolean {
  if (!PERSON_RE.test(win)) return false;
  return !NOUN_OPENING_RE.test(win) || PERSON_RE.test(win.replace(INVERTED_PRONOUN_RE, '-x'));
}

/** `people`: the spans of the names found (sorted, disjoint), or a function building them on demand. */
export function detectSpecial(text: string, out: Detections, people: ReadonlyArray<Span> | (() => ReadonlyArray<Span>) = []): void {
  let spans: ReadonlyArray<Span> | null = typeof people === 'function' ? null : people;
  const getPeople = (): ReadonlyArray<Span> => (spans ??= (people as () => ReadonlyArray<Span>)());
  // (the names found, when the spans are theirs: a table's, a form's are their rows, their whole text)
  const names = typeof people === 'function' ? getPeople : null;
  // (the anchors searched in the text lowercased, every character in its place, where the phrases are then tried: the
  // same expression with the i flag on the text itself took 0.09 MiB more native code, and the phrases need the copy)
  const lower = lowercased(text);
  // an abbreviation's anchor holds the sign after it (« fo » and « . »): a space stands for it at the text's end (a
  // cell's, a file's last line: « il est à FO »)
  const last = lower.charCodeAt(lower.length - 1);
  const scan = last >= 97 && last <= 122 ? `${lower} ` : lower;
  ANCHOR_RE.lastIndex = 0;
  animalSentence = -1;
  const doneByType = new Int32Array(TYPE_SLOTS.size); // end of the last phrase found, per category
  // (the phrases tried in the text lowercased, as two-byte text: their native code compiled for one width, see twoByte)
  let wide: string | null = null;
  let a: RegExpExecArray | null;
  while ((a = ANCHOR_RE.exec(scan)) !== null) {
    // an anchor may start inside this one (« perte de » holds « de religion »'s start): searched again from its next word
    ANCHOR_RE.lastIndex = a.index + 1;
    const key = a[0];
    const types = ANCHOR_TYPES.get(key);
    if (!types) continue;
    let at = a.index;
    if (SHIFTED.has(key)) {
      // "pilep" must follow an accented letter that starts a word ("épilep")
      if (at === 0 || lower.charCodeAt(at - 1) < 0xdf || (at > 1 && isLetter(lower.charCodeAt(at - 2)))) continue;
      at--;
    } else if (at > 0 && isAccented(lower.charCodeAt(at - 1))) continue; // "…é|curité": \b inside a word
    for (const type of types) {
      const slot = TYPE_SLOTS.get(type)!;
      if (at < doneByType[slot]!) continue;
      let m: RegExpExecArray | null = null;
      let first = 0;
      for (const part of TYPE_RES.get(type)!) {
        part.re.lastIndex = at;
        m = part.re.exec((wide ??= twoByte(lower)));
        first = part.first;
        if (m) break;
      }
      if (!m) continue;
      const e = at + m[0].length;
      let g = 1;
      while (m[g] === undefined) g++;
      const found = ENTRIES_BY_TYPE.get(type)![first + g - 1]!;
      // (a phrase without its words before is not there, as with a lookbehind: a later phrase may start inside it)
      if (found.before && !found.before.test(text.slice(Math.max(0, at - 60), at))) continue;
      doneByType[slot] = e;
      check(found, text, at, e, out, getPeople, names);
    }
  }
}

function check(found: (typeof ENTRY_RES)[number], text: string, s: number, e: number, out: Detections, people: () => ReadonlyArray<Span>, names: (() => ReadonlyArray<Span>) | null): void {
  if (found.entry.upper && !LAST_WORD_UPPER_RE.test(text.slice(s, e))) return;
  if (found.entry.afterName && !NAME_BRACKET_BEFORE_RE.test(text.slice(Math.max(0, s - 32), s))) return;
  if (UNCHECKED_BEFORE_RE.test(text.slice(Math.max(0, s - 8), s))) return;
  if (answeredNo(text, e)) return;
  if (askedInGeneral(text, s, e)) return;
  if (found.entry.type !== 'health' && HYPOTHESIS_BEFORE_RE.test(text.slice(Math.max(0, s - 12), s))) return;
  if (priceListItem(text, s, e)) return;
  const [wa, wb] = sentenceWindow(text, s, e);
  const win = text.slice(wa, wb);
  if ((found.topic && TOPIC_RE.test(win)) || (found.avoid && found.avoid.test(win))) return;
  if (found.entry.type === 'health') {
    // (the sentence before the phrase: the window starts at most 120 characters before it)
    const lead = text.slice(wa, s);
    if (GENERAL_OR_DENIED_BEFORE_RE.test(lead) || STATISTIC_BEFORE_RE.test(lead)) return;
    if (specialtyBefore(text, Math.max(wa, s - 60), s)) return;
    if (putToReader(text, wa, s, e)) return;
    // (a sentence about an animal or a plant stays so: « vos chats diabétiques (injections d'insuline) »)
    if (wa === animalSentence) return;
    if (aboutAnimalOrPlant(text, win, wa, s, e)) {
      animalSentence = wa;
      return;
    }
  }
  // a capitalised word of someone's name (« Marie Gay », « David M. Gay », « Mme Gay »): their surname, not what they are;
  // nor a word of an e-mail address (« lupus@debian.org »)
  if (text.charCodeAt(e) === 64 || text.charCodeAt(s - 1) === 64) return;
  if (names !== null && UPPER_START_RE.test(text[s]!) && insideName(text, names(), s, e)) return;
  if (found.entry.needsPerson && !personIn(win) && !SUBJECTLESS_RE.test(win) && !leaveCause(win, wa, s) && !bankLabelOf(found.entry.type, win) && !overlapsAny(people(), wa, wb) && !namesSomeone(win) && !labelledBefore(text, wa, people()) && !cardAbout(text, wa, wb, people()) && !headedByPerson(text, people())) return;
  emit(out, found.entry.type, s, e);
}

// A condition named by a rule stated in general (a beautician's page: « contre-indiquée en cas de grossesse, d'épilepsie
// ou de prise de Roaccutane », « déconseillé aux personnes diabétiques »), or a state denied (terms of sale's « le client
// déclare ne pas être sous anticoagulants », « n'est pas enceinte », « atteste ne pas souffrir d'épilepsie », « ne
// présenter aucune contre-indication », « ni d'hémophilie », « ne pas suivre de traitement par Roaccutane »): no one's health
const GENERAL_OR_DENIED_BEFORE_RE =
  caseless(/(?:(?:contre-?indiqu|d[ée]conseill)\p{L}*(?:[ \u00a0]+\p{L}+){0,3}[ \u00a0]+(?:en cas (?:de|d['’])|aux personnes|pour les personnes|chez les personnes)[^.;!?\n]{0,60}|(?:ne pas (?:être|etre|souffrir|avoir|prendre|suivre)|n['’](?:est|était|etait|être|etre) pas|ne (?:souffre|souffrir) pas)[ \u00a0]+(?:sous[ \u00a0]+|atteinte?[ \u00a0]+(?:de|d['’])[ \u00a0]*|(?:de|du|des)[ \u00a0]+|d['’])?(?:(?:traitement|m[ée]dicament)s?[ \u00a0]+(?:par|[àa] base de|au|[àa] la)[ \u00a0]+)?|ne (?:souffre|souffrir) d['’]aucune?[ \u00a0]+|(?<![\p{L}])(?:aucune?|ni)[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+|d['’])?)$/iu);

// A statistic's share of a population before the condition (a newsletter's « Un Français sur trois souffre d'insomnie »,
// « 1 femme sur 8 », « 20 % des adultes »): no one's health. Not a rhythm (« Une fois sur deux, il fait une crise », « Une
// séance sur deux »).
const STATISTIC_BEFORE_RE = caseless(/(?<![\p{L}\d])(?:(?:une?|1)[ \u00a0]+(?!(?:fois|jours?|nuits?|semaines?|mois|ans?|matins?|soirs?|s[ée]ances?|rendez-vous|rdv|visites?|cours|repas)[ \u00a0])\p{L}[\p{L}-]*(?:[ \u00a0]+\p{L}[\p{L}-]*)?[ \u00a0]+sur[ \u00a0]+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)|\d+(?:[,.]\d+)?[ \u00a0]?%[ \u00a0]+(?:des|de la population))(?![\p{L}\d])/iu);

// A practitioner's specialty (« Diététicien, spécialiste du diabète », « spécialisée dans les allergies », the next ones
// of its list: « dans le burn-out et la dépression »), not whom one sees (« suivie par un spécialiste du diabète »): no
// one's health
const SPECIALTY_BEFORE_RE = /(?:sp[ée]cialiste|sp[ée]cialis[ée]e?)[ \u00a0]+(?:du|de la|des|de l['’]|en|dans (?:le|la|les|l['’]))[ \u00a0]*(?:[^.;!?\n]{1,50}?(?:,|[ \u00a0]et|[ \u00a0]ou)[ \u00a0]+(?:(?:le|la|les|du|de la|des)[ \u00a0]+|l['’]|de l['’])?)?$/i;
const SEEN_BEFORE_RE = /(?:par|chez|voit|consulte|vu)[ \u00a0]+(?:un|une|le|la|son|sa)[ \u00a0]+$/i;
function specialtyBefore(text: string, from: number, s: number): boolean {
  const m = SPECIALTY_BEFORE_RE.exec(text.slice(from, s));
  return m !== null && !SEEN_BEFORE_RE.test(text.slice(Math.max(0, from + m.index - 20), from + m.index));
}

// A question put to the reader (a practitioner's page or newsletter: « Votre enfant fait des cauchemars ? Nos conseils »,
// « Quand un enfant fait de l'anxiété, que faire ? », a workshop's « Mon enfant est-il hyperactif ? », its verb
// inverted: not a parent's « Mon fils est asthmatique, est-ce un problème ? »): no one's health
const READER_SUBJECT_RE = caseless(
  /(?:^|[.!?\n«“:;][ \u00a0]*)(?:(?:et|mais) )?(?:(?:quand|si|lorsque) |lorsqu['’])?(?:vous|(?:votre|vos|un|une) (?:enfants?|fils|filles?|b[ée]b[ée]s?|ados?|adolescente?s?|proches?|conjointe?s?|parents?)|(?:mon|ma|mes) (?:enfants?|fils|filles?|b[ée]b[ée]s?|ados?|adolescente?s?)[ \u00a0]+\p{L}+-(?:t-)?(?:il|elle|ils|elles))(?:[ \u00a0]+[\p{L}'’-]+){0,3}(?:[ \u00a0]+|['’])$/iu,
);
// (its question mark, the same sentence's; not a filled form's question, « Oui » after it: « Votre enfant a-t-il des
// allergies ? Oui : arachide »)
const QUESTION_AFTER_RE = /^[^.!\n]{0,60}\?(?![ \t]*(?:oui|Oui|OUI)(?![\p{L}]))/u;
// (or advice given to the reader after it, an imperative: « Si votre enfant est asthmatique, prévenez l'animateur »; not
// a form's « Si votre enfant est allergique, précisez : arachide », its answer after a colon)
const ADVICE_AFTER_RE = caseless(/^[^.!?\n:]{0,40},[ \u00a0]*(?:n['’])?\p{L}+ez(?![\p{L}])(?![^.!?\n]*:[ \u00a0]*[^\s.])/iu);
/** Whether the phrase at [s, e) is put to the reader: their subject before it, a question or advice after it. */
function putToReader(text: string, wa: number, s: number, e: number): boolean {
  if (!READER_SUBJECT_RE.test(text.slice(Math.max(wa, s - 80), s))) return false;
  const after = text.slice(e, e + 61);
  return QUESTION_AFTER_RE.test(after) || ADVICE_AFTER_RE.test(after);
}

// An offence supposed (a lawyer's or a driving school's page: « Maître Roux vous accompagne en cas de garde à vue »,
// « En cas de retrait de permis, … »): no one's; a health's « en cas de crise d'épilepsie » beside a name is hers
const HYPOTHESIS_BEFORE_RE = /en cas (?:de |d['’])[ \u00a0]*$/i;
// A price list's item, its price right after it and the list's word or another price before it on its line (a
// practitioner's « Tarifs : séance adulte 60 €, enfant 45 €, femme enceinte 50 € »): an offer, no one's; not what someone
// paid or receives (« M. Roux : pension invalidité 1200 € », « Mme Blanc : cotisation CGT 15 € »)
const PRICE_AFTER_RE = caseless(/[ \u00a0]*:?[ \u00a0]*\d+(?:[.,]\d{1,2})?[ \u00a0]*(?:€|euros?(?![\p{L}])|eur(?![\p{L}]))/iuy);
const PRICE_LIST_BEFORE_RE = caseless(/(?:^|[^\p{L}])(?:tarifs?|prix|grille)(?![\p{L}])|\d[ \u00a0]*(?:€|euros?(?![\p{L}]))/iu);
function priceListItem(text: string, s: number, e: number): boolean {
  PRICE_AFTER_RE.lastIndex = e;
  return PRICE_AFTER_RE.test(text) && PRICE_LIST_BEFORE_RE.test(text.slice(lineStartBack(text, s, SHORT), s));
}
// A question asked of the condition itself, its article opening the sentence and the verb's pronoun after it (a
// practitioner's questions and answers: « Le diabète est-il héréditaire ? », « La sciatique est-elle soignable par
// l'ostéopathie ? », « Un syndiqué peut-il être licencié ? »): no one's; not « Est-il diabétique ? », « Votre enfant
// a-t-il de l'asthme ? »
const ARTICLE_OPENING_RE = /(?:^|[.!?\n][ \t\u00a0]*)(?:le|la|les|un|une|des|l['’])[ \t\u00a0]*$/i;
const INVERTED_VERB_RE = /[ \u00a0]+[a-zà-ÿ]+-(?:t-)?(?:il|elle|ils|elles|on)(?![a-zà-ÿ])/iy;
function askedInGeneral(text: string, s: number, e: number): boolean {
  INVERTED_VERB_RE.lastIndex = e;
  return INVERTED_VERB_RE.test(text) && ARTICLE_OPENING_RE.test(text.slice(Math.max(0, s - 12), s));
}

// A form's box left unchecked before the phrase says it is not so (a beautician's « [ ] Diabète » beside « [x] Grossesse
// en cours », a meal's « ☐ Halal »)
// (« ☐ » too as the extractors write a drawn box: box-marks.ts)
const UNCHECKED_BEFORE_RE = /(?:\[[ \u00a0]?\]|\([ \u00a0]\)|[☐□◻❏])[ \t\u00a0]*$/u;
// A form's question or label answered « non » after the phrase, the answer ending its line (a masseur's « Enceinte :
// non », a hypnotherapist's « Souffrez-vous d'épilepsie ? Non »; not « Diabète : non insulino-dépendant »)
// (or its choices left as printed, « ? Oui Non », « ? ☐ Oui ☐ Non »: a blank form's; or « Non » the one ticked,
// « ? ☐ Oui ☒ Non », as a PDF form's radio buttons read, or « ? Oui ☐ Non ☒ », the boxes after their answers)
const BLANK = '(?:[☐□◻❏]|\\[[ \\u00a0]?\\]|\\([ \\u00a0]\\))';
const TICK = '(?:[☒☑■✓✔✗✘]|\\[[xX✓]\\]|\\([xX•●]\\))';
// (each run of blanks is followed by something else than a blank: no two runs can share them, no backtracking)
const SP = '[ \\t\\u00a0]*';
// (or in the next cell of a CSV row, as Calendly exports a question and its answer side by side: « Êtes-vous
// enceinte ?,Non, »; the answers' expression compiled once: its first group is a line's end, its second a cell's)
const QUESTION_END_RE = new RegExp(`[^\\n?:.!]{0,80}[?:]${SP}(?:([,;\\t])${SP}"?)?`, 'y');
const NO_ANSWER_RE = new RegExp(
  `(?:non|no|aucune?|n[ée]ant|(?:${BLANK}${SP})?oui${SP}(?:/${SP})?(?:${BLANK}${SP})?non|${BLANK}${SP}non${SP}${BLANK}${SP}oui|${BLANK}${SP}oui${SP}${TICK}${SP}non|oui${SP}${BLANK}${SP}non${SP}(?:${BLANK}|${TICK})|${TICK}${SP}non${SP}${BLANK}${SP}oui)` +
    `(?:([ \\t\\u00a0.!]*(?:\\r?\\n|$))|"?${SP}([,;\\t]|\\r?\\n|$))`,
  'iy',
);
/** Whether the phrase ending at `e` is a question or a label answered « non »: on its line, or in the next cell. */
function answeredNo(text: string, e: number): boolean {
  QUESTION_END_RE.lastIndex = e;
  const q = QUESTION_END_RE.exec(text);
  if (q === null) return false;
  NO_ANSWER_RE.lastIndex = QUESTION_END_RE.lastIndex;
  const a = NO_ANSWER_RE.exec(text);
  // (a cell's end only after a cell's delimiter: « Enceinte : non, 5 mois » is no answer)
  return a !== null && (q[1] !== undefined || a[1] !== undefined);
}
// An abbreviation's capitals ending the phrase (« sous AD », « TOC »)
const LAST_WORD_UPPER_RE = /(?:^|[^\p{L}])\p{Lu}+$/u;
// A capitalised word and the bracket opening before the phrase (the lexicon's phrases are matched without case)
const NAME_BRACKET_BEFORE_RE = /\p{Lu}\p{Ll}+ \($/u;

const UPPER_START_RE = /\p{Lu}/u;
// (a name's words only: the spans of people hold a dump's or a card's records too, « (12,'Haddad','Halal') »)
const NAME_ONLY_RE = /^[\p{L}\p{M}.'’ -]{1,60}$/u;
/** Whether [s, e) lies within a name found (« Gay » in « Marie Gay »). */
function insideName(text: string, names: ReadonlyArray<Span>, s: number, e: number): boolean {
  const span = overlapping(names, s, e);
  return span !== undefined && span[0] <= s && span[1] >= e && NAME_ONLY_RE.test(text.slice(span[0], span[1]));
}

/** A card's line is short: a longer one is a paragraph. */
const SHORT = 120;
const LABELLED_LINE = 2 * SHORT;

/** The start of the line ending at `end`, looked for up to SHORT + 1 characters back (further: a paragraph's). */
const shortLineStart = (text: string, end: number): number => lineStartBack(text, end, SHORT);

// A pet sitter's, a groomer's or a vet's notes: an animal's health is no one's personal data. The animal opening the
// sentence, its subject or its label (« Chat de Mme Lambert : Mistigri, insuffisance rénale », « Son chien est
// diabétique », after its name: « Rex, le chien de Mme Roux, est diabétique »), not as what someone is allergic to
// (« Chats : allergique »); or a label naming it on one of the card's lines above (« Animal : Rex, berger allemand »).
// (« Léa est diabétique, elle garde le chat de sa voisine » is Léa's health.)
// (and, opening the sentence, the breeds a groomer's or a vet's file names them by: « Rex, berger allemand de M.
// Roux », « Son yorkshire »; not those that are words too: « boxer », « persan », « carlin », « chartreux »)
const BREED = `(?:labradors?|golden retrievers?|bergers? (?:allemands?|australiens?|belges?|blancs? suisses?)|malinois|caniches?|yorkshires?|chihuahuas?|teckels?|beagles?|bouledogues?|[eé]pagneuls?|border collies?|jack[- ]russells?|shih[- ]tzus?|bichons?|huskys?|huskies|dalmatiens?|rottweilers?|westies?|l[eé]vriers?|maine coons?|siamois|sacr[eé]s? de birmanie|ragdolls?|sphynx|hamsters?|cobayes?|perruches?|canaris?)`;
const ANIMAL = `(?:chiens?|chiennes?|chiots?|chats?|chattes?|chatons?|animal|animaux|f[eé]lins?|canins?|chevaux|cheval|juments?|poneys?|lapins?|furets?|cochons? d['’]inde|perroquets?|NAC)`;
const ANIMAL_IN_SENTENCE_RE = caseless(new RegExp(`^[ \\t]*(?:[-•*–][ \\t]*)?(?:["«“][ \\u00a0]*)?(?:[\\p{L}-]+,[ \\t\\u00a0]*)?(?:(?:le|la|les|son|sa|ses|mon|ma|mes|notre|nos|leur|leurs|un|une|l['’])[ \\u00a0]*)?(?:${ANIMAL}|${BREED})(?![\\p{L}])`, 'iu'));
// A gardener's or a landscaper's notes alike: a plant's disease (« Le rosier de Mme Roux est malade », « Le chêne est
// atteint de la maladie de l'encre », « arbre malade »), the plant written small after its article: not a first name
// (« Olivier est diabétique »), a home's (« Les Tilleuls ») nor a remedy (« Vigne rouge », « La vigne rouge a soulagé
// ses varices », « Lavande : »); both in a quoted cell too (« "Le rosier du jardin est malade" », a CSV's remark)
const PLANT = `(?:plantes?|plants?|arbres?|arbustes?|rosiers?|ch[eê]nes?|cerisiers?|pommiers?|poiriers?|pruniers?|abricotiers?|figuiers?|citronniers?|palmiers?|buis|haies?|gazons?|pelouses?|ficus|orchid[eé]es?|potagers?|fruitiers?|sapins?|thuyas?|hortensias?|g[eé]raniums?|platanes?|bouleaux?|[eé]rables?|bambous?|massifs?|fraisiers?|framboisiers?|pins|cypr[eè]s|vignes?(?![ \\u00a0]rouge)|ceps|magnolias?|cam[eé]lias?|noyers?|ch[aâ]taigniers?|marronniers?|peupliers?|saules?|fr[eê]nes?|h[eê]tres?|c[eè]dres?)`;
const PLANT_IN_SENTENCE_RE = new RegExp(`^[ \\t]*(?:[-•*–][ \\t]*)?(?:["«“][ \\u00a0]*)?(?:[Ll]es?|[Ll]a|[Ss]on|[Ss]a|[Ss]es|[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os|[Ll]eurs?|[Uu]ne?|[Ll]['’]|[Cc]es?|[Cc]et|[Cc]ette)[ \\u00a0]*${PLANT}(?![a-zà-ÿœ])`);
const PLANT_BEFORE_RE = new RegExp(`(?<![A-Za-zÀ-ÿœ])${PLANT}[ \\u00a0]+$`);
const ALLERGEN_ANIMAL_RE = caseless(new RegExp(`allerg\\p{L}*[ \\u00a0]+(?:aux?|à|a)[ \\u00a0]+(?:la[ \\u00a0]+|le[ \\u00a0]+|les[ \\u00a0]+|l['’])?(?:poils?[ \\u00a0]+(?:de[ \\u00a0]+|d['’]))?${ANIMAL}`, 'iu'));
/** The start of the last sentence found about an animal, in the block being read. */
let animalSentence = -1;
const ANIMAL_BEFORE_RE = caseless(new RegExp(`(?<![\\p{L}])${ANIMAL}[ \\u00a0]+$`, 'iu'));
const ANIMAL_LABEL_RE = /^[ \t]*(?:animal|chien|chienne|chat|chatte|esp[eè]ce|race|nom de l['’]animal|nac|cheval)[ \t]*:/i;

// (a home help's card names its client first, their pet below: « Client : Mme Roux » above « Animal : un chat »)
const TITLE_RE = /(?<![\p{L}])(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr|Docteur)(?![\p{L}])/u;
const PERSON_LABEL_RE = caseless(/^[ \t]*(?:client|cliente|nom|pr[ée]nom|patient|patiente|b[ée]n[ée]ficiaire|locataire|adh[ée]rente?|licenci[ée]e?|joueur|joueuse|[ée]l[èe]ve|enfant|salari[ée]e?|stagiaire|participante?|m\.|mme|mlle|monsieur|madame)(?![\p{L}])/iu);

/** Whether an animal or a plant opens the sentence (not as what someone is allergic to). */
const opensWithAnimalOrPlant = (sentence: string): boolean =>
  (ANIMAL_IN_SENTENCE_RE.test(sentence) && !ALLERGEN_ANIMAL_RE.test(sentence)) || PLANT_IN_SENTENCE_RE.test(sentence);
/** A table's cell starts at `i`: after « ; », a tab, or a comma before a quote. */
const cellStartsAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i - 1);
  return c === 59 || c === 9 || (c === 44 && text.charCodeAt(i) === 34);
};

// A pet named by its kind just before its name, or in brackets after its name, the subject of the sentence's verb (a pet
// sitter's « Mme Roux : son chat Moka est diabétique », « Moka (chat) est diabétique », « Rex (chien de M. Blanc) est
// épileptique »); or its kind and owner, or its age, in brackets after what it has (« Rex est épileptique (chien de M.
// Blanc) », « Moka est diabétique … (chatte de 12 ans) »: a name without a title as the subject) — not a person's guide
// dog (« M. Blanc est aveugle (chien guide Rex) »), nor « Mme Roux est diabétique (chat de 12 ans à nourrir) »
// (the subject's verb, and up to two words before the condition: « est très », « a une forte »; or a colon, the pet
// heading its line: « Minou (chat de Léa Morel) : allergie aux puces », « Chien Rex : épileptique »; the name in
// brackets without a title before it: « Mme Roux (chat Moka à nourrir) : diabétique » is hers)
const UNTITLED = `(?<!(?:M\\.|Mme|Mlle|Monsieur|Madame|Dr)[ \\u00a0]+)`;
const ITS_VERB = `(?:[ \\u00a0]+(?:est|a|souffre|fait|prend|reste)[ \\u00a0]+|[ \\u00a0]*:[ \\u00a0]*)(?:[\\p{L}'’]+[ \\u00a0]+){0,2}$`;
const PET_SUBJECT_RE = new RegExp(`(?:${ANIMAL}[ \\u00a0]+\\p{Lu}[\\p{L}-]+|${UNTITLED}\\p{Lu}[\\p{L}-]+[ \\u00a0]*\\([ \\u00a0]*${ANIMAL}[^()\\n]{0,30}\\))${ITS_VERB}`, 'u');
const UNTITLED_SUBJECT_RE = new RegExp(`${UNTITLED}(?<![\\p{L}-])\\p{Lu}[\\p{L}-]+${ITS_VERB}`, 'u');
const PET_AFTER_RE = new RegExp(`^[^()\\n]{0,60}\\([ \\u00a0]*${ANIMAL}[ \\u00a0]+(?:de|d['’])[ \\u00a0]*(?:M\\.|Mme|Mlle|Monsieur|Madame|\\p{Lu}|\\d)`, 'u');

function aboutAnimalOrPlant(text: string, win: string, wa: number, s: number, e: number): boolean {
  if (opensWithAnimalOrPlant(win)) return true;
  // (the sentence opening a table's cell: « Marie Roux;12/03;"Le rosier du jardin est malade" »)
  let cell = s;
  while (cell > wa && !cellStartsAt(text, cell)) cell--;
  if (cell > wa && opensWithAnimalOrPlant(text.slice(cell, wa + win.length))) return true;
  // the animal or the plant just before the word (« vos chats diabétiques », « un chien épileptique », « arbres malades »)
  const before = text.slice(Math.max(wa, s - 24), s);
  if (ANIMAL_BEFORE_RE.test(before) || PLANT_BEFORE_RE.test(before)) return true;
  const subject = text.slice(Math.max(wa, s - 60), s);
  if (PET_SUBJECT_RE.test(subject) || (PET_AFTER_RE.test(text.slice(e, wa + win.length)) && UNTITLED_SUBJECT_RE.test(subject))) return true;
  // (a sentence naming someone by their title is theirs: « Remarque : M. Dumont est asthmatique »)
  if (TITLE_RE.test(win)) return false;
  // up the card's short lines, to a blank one: whom its topmost label names
  let animal = false;
  let end = wa - 1;
  for (let k = 0; k < 8 && end > 0; k++) {
    const start = shortLineStart(text, end);
    const line = text.slice(start, end);
    if (end - start > SHORT || /^\s*$/.test(line)) break;
    if (ANIMAL_LABEL_RE.test(line)) animal = true;
    else if (PERSON_LABEL_RE.test(line)) animal = false;
    end = start - 1;
  }
  return animal;
}

/**
 * Whether the sentence starting at `wa` follows, on its short line, a person's label and the name after it: a note's
 * line that names its person first (« Client : Karim Benali. Diabétique, cicatrisation lente. », a club's « Licencié :
 * Hugo Martin. Certificat médical : … (souffle cardiaque). »).
 */
function labelledBefore(text: string, wa: number, people: ReadonlyArray<Span>): boolean {
  const start = shortLineStart(text, wa);
  if (start === wa || wa - start > SHORT) return false;
  return PERSON_LABEL_RE.test(text.slice(start, wa)) && overlapping(people, start, wa) !== undefined;
}

/**
 * Whether the short line holding [a, b) belongs to a card about someone named on one of the three short lines above
 * it, or on the text's first line with only short lines between (a hairdresser's « Nom/Prénom : BENSAÏD Leïla » above
 * « Enceinte (5 mois) : pas de décoloration »): the name after a label's colon, or alone on its line — not a
 * changelog's « Reported by … » above « coming out of the compressor ».
 */
function cardAbout(text: string, a: number, b: number, people: ReadonlyArray<Span>): boolean {
  // (a line its label opens may be twice as long: a driving school's « Observations : lunettes obligatoires ; TDAH,
  // a besoin de pauses ; épilepsie stabilisée, avis médical favorable du médecin agréé »)
  const lineStart = lineStartBack(text, a, LABELLED_LINE - 1);
  let lineEnd = b;
  while (lineEnd < text.length && lineEnd - lineStart <= LABELLED_LINE && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  if (lineEnd - lineStart > LABELLED_LINE || lineStart === 0) return false;
  if (lineEnd - lineStart > SHORT && !FORM_LINE_RE.test(text.slice(lineStart, lineEnd))) return false;
  // up the lines above, each short, to the first that names someone: one of the three above, or one of the text's
  // first three lines when all between are short — a file about one person, its heading naming them (« Dossier
  // salarié — Kevin Morvan » above « Arrêt maladie du 10 au 24 mars »; a CV's name under « CURRICULUM VITAE »)
  // (or further up a form's card, each line between a label's: « Candidat : M. Antoine Girard, né le … » above
  // « Situation : … », « Garant : … », « Pièces fournies : … » and « Observations : … RQTH »)
  let form = FORM_LINE_RE.test(text.slice(lineStart, lineEnd));
  let end = lineStart - 1;
  for (let k = 0; k < 30 && end > 0; k++) {
    const start = shortLineStart(text, end);
    if (end - start > SHORT) return false;
    if ((k < 3 || (form && k < 12) || (start < 400 && linesBefore(text, start) < 3)) && namedOnCard(text, start, end, people)) return true;
    form &&= FORM_LINE_RE.test(text.slice(start, end));
    end = start - 1;
  }
  return false;
}
/** A form's line: a short label and its colon open it. */
const FORM_LINE_RE = /^[ \t]*\p{L}[\p{L}\d '’.()/-]{0,30}[ \t]*:/u;

// A logbook about one person, its title naming them: a home help's (« Cahier de liaison — Mme Paulette Giraud,
// 91 ans » above its dated entries, longer than a card's lines), a therapist's follow-up (« # Suivi — Antoine R. »).
// Whatever it says of someone's health is about them. (Not any file's title: « Dossier salarié — Kevin Morvan » above
// a long paragraph is a card's, read as such only down its short lines.)
const FILE_TITLE_RE = caseless(/^[ \t#]*(?:cahier de liaison|cahier de transmissions?|transmissions|carnet de (?:liaison|suivi|bord)|journal de bord|suivi)(?![\p{L}])[^\n]{0,60}[—–:-][^\n]*$/iu);

// (or the service's name before it, the person cared for on a labelled line below: « SERVICE D'AIDE À DOMICILE « LES
// MAINS D'ARMOR » — Cahier de liaison » above « Bénéficiaire : Mme Germaine LE BRIS, née le … »)
const SERVICE_TITLE_RE = caseless(/^[^\n]{1,80}[—–:-][ \t]*(?:cahier de liaison|cahier de transmissions?|carnet de (?:liaison|suivi)|journal de bord)[ \t\r]*$/iu);
const CARED_FOR_RE = caseless(/^[ \t]*(?:b[ée]n[ée]ficiaire|personne aid[ée]e|personne accompagn[ée]e|r[ée]sidente?|usag[eè]re?|patiente?)[ \t]*:/iu);

// A payslip: one employee's, named on a labelled line of its head (« BULLETIN DE PAIE » above « Salarié : M. LOPES
// FERREIRA João »): its sick leave (« Absence maladie du 06/10 au 10/10 ») and its union dues (« Cotisation syndicale
// CGT ») are theirs, however far down its table
const PAYSLIP_TITLE_RE = caseless(/^[ \t]*(?:bulletin de (?:paie|salaire)|fiche de paie)(?![\p{L}])[^\n:]{0,40}$/iu);
const EMPLOYEE_RE = caseless(/^[ \t]*(?:salari[ée]e?|employ[ée]e?|nom(?: et pr[ée]nom)?|nom du salari[ée])[ \t]*:/iu);

/** Whether the text's first line is a file's title naming someone (a name found on it, or on a labelled line below). */
function headedByPerson(text: string, people: ReadonlyArray<Span>): boolean {
  const nl = text.indexOf('\n');
  if (nl < 0 || nl > SHORT) return false;
  const end = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  const title = text.slice(0, end);
  if (FILE_TITLE_RE.test(title)) return overlapping(people, 0, end) !== undefined;
  let payslip = PAYSLIP_TITLE_RE.test(title);
  let from = nl + 1;
  if (!payslip && !SERVICE_TITLE_RE.test(title)) {
    // (a payslip's title under its employer's name, address and SIRET, within the text's first six lines: « SARL
    // Plomberie Martin\n12 rue des Forges…\nBULLETIN DE PAIE — Octobre 2026 »)
    const titleEnd = lineMatching(text, from, 5, PAYSLIP_TITLE_RE);
    if (titleEnd < 0) return false;
    from = titleEnd + 1;
    payslip = true;
  }
  return lineMatching(text, from, payslip ? 12 : 3, payslip ? EMPLOYEE_RE : CARED_FOR_RE, people) >= 0;
}

/**
 * The end of the first of `max` lines from `start` that `re` matches (its « \r » left out) and, `people` given, that
 * names one of them; -1 when none does, or when a line longer than SHORT comes first.
 */
function lineMatching(text: string, start: number, max: number, re: RegExp, people?: ReadonlyArray<Span>): number {
  for (let k = 0; k < max && start > 0; k++) {
    let e = text.indexOf('\n', start);
    if (e < 0) e = text.length;
    if (e - start > SHORT) return -1;
    if (re.test(text.slice(start, text.charCodeAt(e - 1) === 13 ? e - 1 : e)) && (people === undefined || overlapping(people, start, e) !== undefined)) return e;
    start = e + 1;
  }
  return -1;
}

/** How many line breaks stand before `at` (a short head of the text). */
function linesBefore(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Whether the line [start, end) is a card's name: a label then a name (a remark in brackets after it), or a name alone; or a session note's heading,
 * the name after a dash and its honorific, its age after it (« Séance du 12/11 — Mme Léa Fontaine (34 ans) »), or
 * the name first and a dash after it (« Mme Céline Dubreuil — 1re séance »).
 */
function namedOnCard(text: string, start: number, end: number, people: ReadonlyArray<Span>): boolean {
  // the last name starting before the line's end
  const p = overlapping(people, start, end);
  if (p === undefined) return false;
  const before = text.slice(start, p[0]);
  const after = text.slice(p[1], end);
  // after a label, a remark in brackets (« Cliente : Sophie Lemaire-Dubois (cliente depuis 2019) »)
  if (LABEL_BEFORE_RE.test(before) || COUPLE_BEFORE_RE.test(before)) {
    return CARD_NAME_AFTER_RE.test(after) || LABELLED_REMARK_RE.test(after) || BORN_AFTER_RE.test(after) || CONTACT_AFTER_RE.test(after) || (PERSON_LABEL_RE.test(before) && (DESCRIBED_AFTER_RE.test(after) || NEXT_FIELD_AFTER_RE.test(after)));
  }
  if (ENTRY_BEFORE_RE.test(before) && (ENTRY_AFTER_RE.test(after) || BORN_AFTER_RE.test(after))) return true;
  // (a heading's name may have a remark in brackets after it: « Bilan orthophonique — Lucas Morvan (CE2) »)
  const headed = (HEADING_BEFORE_RE.test(before) && !PRACTICE_BEFORE_RE.test(before)) || SESSION_BEFORE_RE.test(before);
  if (headed && LABELLED_REMARK_RE.test(after)) return true;
  // (alone on its line, or a Markdown heading: a note-taking app's « ## Léa Fontaine » above « - Motif : … »; its
  // honorific before it, or the file it heads: « Mme Roux », « Dossier Léa Morel », « Fiche de Mme Roux »)
  return CARD_NAME_AFTER_RE.test(after) && (ALONE_BEFORE_RE.test(before) || headed);
}
// (its age after it, « (34 ans) », as a clinician abridges it too: « (38 a) »)
// (or after a dash: a coach's « Client : Thomas Berthelot — 38 ans »)
const CARD_NAME_AFTER_RE = /^\s*(?:\(\d{1,3} ?(?:ans|a)\)|,\s*\d{1,3} ?ans|[ \t][—–-][ \t]*\d{1,3} ?ans)?\s*$/;
const LABELLED_REMARK_RE = /^\s*\([^()\n]{1,40}\)\s*$/;
// (or when and where they were born, or their age and a few words: « Candidat : M. Antoine Girard, né le 02/05/1994 à
// Brest », an osteopath's « Patient : GUERIN Thomas, 42 ans, menuisier »)
// (an osteopath's « 14/11/2026 — Dupuis Marc, 45 a, couvreur », « Lemoine Claire (33 ans), enseignante »)
const BORN_AFTER_RE = /^\s*,?\s*(?:(?:né|née|né\(e\))\s+(?:le|en|à|a)\s|\(?\d{1,3} ?(?:ans|a)\)?(?![\p{L}]))[^\n]{0,60}$/u;
// (or how to reach them, a phone — French or international — or an e-mail after a dash, a comma or in brackets: a
// hairdresser's « Cliente : Laetitia Roux — 07 68 12 90 33 », « …, tél. +49 151 80485976 »)
const PHONE = '(?:0\\d(?:[ .-]?\\d{2}){4}|(?:\\+|00)[1-9]\\d{0,2}(?:[ .-]?\\(0\\))?(?:[ .-]?\\d{1,5}){2,6})';
const CONTACT = `(?:(?:t[ée]l(?:[ée]phone)?|portable|port|mobile|e-?mail|courriel|mail)\\.?\\s*:?\\s*)?(?:${PHONE}|[^\\s@()]+@[^\\s@()]+\\.\\p{L}{2,})`;
const CONTACT_AFTER_RE = caseless(new RegExp(`^(?:\\s*(?:[—–,;/-]\\s*${CONTACT}|\\(${CONTACT}\\))){1,2}\\s*$`, 'iu'));
// (or, after a person's label, a comma and what they do: an employer's « Salariée : Mme Audrey Marchand, vendeuse,
// embauchée le 01/03/2024 » above « Arrêt de travail du 03/10 au 17/10 »; not « Réunion : Paul Martin, service achats »)
const DESCRIBED_AFTER_RE = /^,[^\n]{1,80}$/;
// (or the form's next field on the same line, after a tab or a few blanks: a coach's « Nom : Perrot   Prénom :
// Isabelle   Né(e) le : 22/09/1979 », a form printed to text)
const NEXT_FIELD_AFTER_RE = /^(?:\t|[ \u00a0]{2})[ \t\u00a0]*\p{L}[\p{L}\d '’.()/-]{0,30}[ \t\u00a0]*:/u;
// (written small too, as forms and letters write it: « Candidat : monsieur Tsering Clement »)
const HONORIFIC = '(?:M\\.|Mme|Mlle|M|Mr|Monsieur|Madame|Mademoiselle|monsieur|madame|mademoiselle|Dr|Docteur)';
// (what the file is about may stand between: « Accompagnement périnatal — suivi de Mme Élodie Caradec »)
const HEADING_BEFORE_RE = new RegExp(`[—–-]\\s*(?:(?:suivi|dossier|bilan|fiche|notes?) (?:de |d['’]))?(?:${HONORIFIC}\\s+)?$`);
// (a name alone on its line, its honorific or the file it heads before it: namedOnCard)
const ALONE_BEFORE_RE = new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+)?(?:(?:dossier|fiche|suivi|bilan)(?:[ \\t]+(?:de|d['’]|du|patiente?|cliente?))?[ \\t]+)?(?:${HONORIFIC}[ \\t]+)?$`, 'i');
// (not a practitioner's own page, its trade or business before the dash: « Coach sportif — Thomas Berthelot »,
// « Institut Belle & Zen — Aurélie Vasseur », « Naturopathe à Vannes — Sandrine Le Goff »)
const PRACTICE_BEFORE_RE =
  caseless(/(?:^|[—–-])[ \t#]*(?:cabinet|institut|studio|salon|atelier|agence|centre|espace|boutique|coach(?:ing)?|naturopath\p{L}*|sophrolog\p{L}*|hypnoth\p{L}*|ost[ée]opath\p{L}*|psycholog\p{L}*|psychoth\p{L}*|di[ée]t[ée]tici\p{L}*|kin[ée]\p{L}*|coiff\p{L}*|esth[ée]tici\p{L}*|photograph\p{L}*|auto-[ée]cole|optique|opticien\p{L}*|avocat\p{L}*|th[ée]rapeute|r[ée]flexolog\p{L}*|masseu\p{L}*|praticien\p{L}*|infirmi\p{L}*|sage-femme|doula|blog|site)(?![\p{L}])[^—–\n]*[—–-]\s*(?:(?:M\.|Mme|Mlle|Dr|Docteur|Ma[îi]tre)\s+)?$/iu);
// a session's heading, with whom it was (a life coach's « Séance 3 avec Karine Le Meur (12/11) »; not « Réunion avec »)
const SESSION_BEFORE_RE = caseless(new RegExp(`^[ \\t#]*(?:s[ée]ance|consultation|entretien|rendez-vous|rdv)(?![\\p{L}])[^\\n]{0,24}[ \\t]avec[ \\t]+(?:${HONORIFIC}[ \\t]+)?$`, 'iu'));
// a label's colon, an honorific after it (« Cliente : Mme Julie Perret »)
const LABEL_BEFORE_RE = new RegExp(`:\\s*(?:${HONORIFIC}\\s+)?$`);
// a couple after the label (« Mariés : Sarah Cohen et David Benhaïm »): the second name ends the line
const COUPLE_BEFORE_RE = new RegExp(`:\\s*(?:${HONORIFIC}\\s+)?\\p{Lu}[^\\n:,;]{1,40}\\s(?:et|&)\\s+(?:${HONORIFIC}\\s+)?$`, 'u');
// or the name opening its line, a dash after it: a session note's heading (« Mme Céline Dubreuil — 1re séance »), a
// nurse's round or an agenda's entry, its time before (« 07h15  Mme Josiane KERVELLA — 12 rue des Mouettes »); or
// its age or its birth after a comma, a dating agency's file (« M. Yannick Le Floch, 52 ans, divorcé, 3 rue de Brest »)
const ENTRY_BEFORE_RE = new RegExp(`^[ \\t]*(?:[-•*][ \\t]*)?(?:\\d{1,2}[h:]\\d{0,2}[ \\t]+|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?[ \\t]*[—–-][ \\t]*)?(?:${HONORIFIC}[ \\t]+)?$`);
// (its age in brackets, or a remark: a tutor's « Nathan Robin (6e) — anglais »)
const ENTRY_AFTER_RE = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[—–-][ \t]/;

// A capitalised word (« Léo (5 ans) est allergique au gluten »: a first name alone is found by no name rule)
const CAPITALISED_RE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

// A first name that is a word too, opening the sentence (or a label's value) as the subject of its verb (« Rose est
// allergique au gluten », « Rose a une pelade »), or a comma after it (a childminder's « Contrat d'accueil : Jade,
// épileptique, protocole en cas de crise »): a colour or a flower is neither allergic nor ill, and a flower takes its
// article
const WEAK_SUBJECT_RE = /^[ \t]*(?:[-•*–][ \t]*)?(?:[^:\n]{1,40}:[ \t]*)?(\p{Lu}\p{Ll}+)(?:[ \u00a0]+(?:est|a|était|souffre|prend)(?![\p{L}])|,)/u;

/** Whether a sentence holds a known first name, not one that is a word too (« Rose », « Claire ») but as its subject. */
function namesSomeone(win: string): boolean {
  CAPITALISED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED_RE.exec(win)) !== null) if (isFirstName(m[1]!) && !isWeakFirstName(m[1]!)) return true;
  const subject = WEAK_SUBJECT_RE.exec(win);
  return subject !== null && isFirstName(subject[1]!);
}

// A bank statement's transfer or debit, its label in capitals after its date (« 12/03/2024;VIR CAF AAH M ROUX JEAN;904,65 »,
// « PRLV SEPA CGT COTISATION »): an allowance, dues or a gift of the account's holder. Not a gift to a charity or a
// foundation for health's sake (« PRLV LIGUE CONTRE LE CANCER DON »): no one's illness.
const BANK_LABEL_RE = /^[ \t"]*(?:[\d/.-]{5,10}[ \t]*[;,\t|][ \t"]*){0,3}(?:VIR(?:EMENT)?|VIRT|PRLV|PRELEVEMENT|PRÉLÈVEMENT)(?: SEPA)?(?: (?:RECU|REÇU|EMIS|ÉMIS|INST))? /;
const CHARITY_RE = /\b(?:DONS?|ASSOCIATION|ASSO|FONDATION|LIGUE|INSTITUT|FRANCE ALZHEIMER|TELETHON|TÉLÉTHON|SIDACTION)\b/;
const bankLabelOf = (type: FindingType, win: string) => BANK_LABEL_RE.test(win) && !(type === 'health' && CHARITY_RE.test(win));

// A note's sentence whose subject goes without saying, its verb first, after its label or a bullet (« Remarques : a
// été en arrêt maladie 3 mois », « - est sous anticoagulants », a plumber's « Se déplace en déambulateur »): the file's person's
const SUBJECTLESS_RE = caseless(/^[ \t]*(?:[-•*–][ \t]*)?(?:\p{L}[\p{L} '’]{0,30}[ \t]*:[ \t]*)?(?:a|a été|a eu|avait|est|était|reste|prend|se plaint|se déplace)[ \t]/iu);

// A sick leave's or a return-to-work visit's cause, as an employer's or an accountant's notes write it without a subject
// (« Arrêt de travail pour dépression, prolongé jusqu'au 30 », « Motif de l'arrêt : lombalgie », « Visite de reprise
// après un cancer »): the condition after it is the employee's. Not a guide's heading, its colon or its question after
// (« Arrêt maladie pour dépression : combien de temps ? »), nor the leave itself (« Arrêt de travail pour cause de grève »).
const LEAVE_CAUSE_RE = caseless(/^[ \t]*(?:[-•*–][ \t]*)?(?:(?:arr[êe]t (?:de travail|maladie)|visite de (?:pré-?)?reprise)(?: du [\d/.]+(?: au [\d/.]+)?)?[ \t]+(?:pour|après|suite à)[ \t]+|motif de l['’]arr[êe]t[ \t]*:[ \t]*)(?![^\n]*[:?])/iu);
const leaveCause = (win: string, wa: number, s: number): boolean => {
  const m = LEAVE_CAUSE_RE.exec(win);
  return m !== null && wa + m[0].length <= s;
};

/** Up to 120 characters before and 60 after, cut at line breaks and sentence ends (not "M. Dupont"). */
function sentenceWindow(text: string, s: number, e: number): [number, number] {
  let a = Math.max(0, s - 120);
  let b = Math.min(text.length, e + 60);
  // bounded searches: a block without line breaks must not make this quadratic
  for (let i = s - 1; i >= a; i--) {
    if (text.charCodeAt(i) === 10) {
      a = i + 1;
      break;
    }
  }
  for (let i = e; i < b; i++) {
    if (text.charCodeAt(i) === 10) {
      b = i;
      break;
    }
  }
  for (let i = s - 2; i >= a; i--) {
    if (text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 32 && isSentenceEnd(text, i)) {
      a = i + 2;
      break;
    }
  }
  for (let i = e; i < b - 1; i++) {
    if (text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 32 && isSentenceEnd(text, i)) {
      b = i;
      break;
    }
  }
  return [a, b];
}

/** A '.' after a lowercase word or a number ends a sentence; after "M" or "Dr" it does not, nor after a note's « Pat. » or « Enf. ». */
function isSentenceEnd(text: string, dot: number): boolean {
  const c1 = text.charCodeAt(dot - 1);
  const c2 = text.charCodeAt(dot - 2);
  const lower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
  if (lower(c1) && lower(c2)) return !PERSON_ABBREVIATION_RE.test(text.slice(Math.max(0, dot - 4), dot));
  return (c1 >= 48 && c1 <= 57) || c1 === 41;
}
// (a therapist's notes: « Pat. 34 a, TAG, insomnies », « Enf. 8 a, TDAH »: the patient, the child)
const PERSON_ABBREVIATION_RE = /(?:^|[^\p{L}])(?:pat|enf)$/iu;
