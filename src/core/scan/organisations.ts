// The words that name a business or a public body rather than someone — company forms, trades, bodies — shared by
// a name's rules (a sender, a client after its label: names.ts; a table's « Client » column: columns.ts) and a bank
// label's payer (payers.ts), each adding its own. Regex fragments, matched without case.
export const ORGANISATION_WORDS = [
  'sarl', 'sas', 'sasu', 'eurl', 'sci', 'scp', 'selarl', 'gaec', 'scop', 'ets', 'association', 'asso', 'cabinet', 'garage',
  'mairie', 'commune', 'urssaf', 'caf', 'banque', 'caisse', 'mutuelle', 'assurances?', 'services?', 'groupe', 'syndic', 'agence',
  'pharmacie', 'boulangerie', 'restaurant', 'h[oô]tel', 'club', '[eé]cole', 'lyc[eé]e', 'coll[eè]ge', 'centre', 'conseil',
  'r[eé]gion', 'd[eé]partement', 'pr[eé]fecture',
];

// The trades a shop or a craftsman names the business by, after its owner's name or before it (« Boulangerie Martin »,
// « Marc Transports »): both a sender's words and a trade after a first name
const TRADES = [
  'p[aâ]tisserie', 'boucherie', 'charcuterie', 'fromagerie', 'librairie', 'coiffure', 'plomberie', 'menuiserie', 'ma[cç]onnerie',
  '[eé]lectricit[eé]', 'transports?', 'taxis?', 'ambulances?', 'immobili[eè]re?',
];

// Words of the names that are no one's (a sender's « Mairie Rennes <mairie.rennes@…> », « De : Support Technique »):
// one regex over the name's few characters (folding each word cost 0.3 ms per MB of e-mails).
const ORGANISATION_NAME_RE = new RegExp(
  `(?:^|[\\s'’-])(?:${[
    ...ORGANISATION_WORDS,
    'support', '[eé]quipe', 'team', 'infos?', 'contact', 'pro', 'boutique', 'magasin', 'notaires', 'office', 'studio', 'atelier',
    'newsletter', 'noreply', 'facturation', 'compta', 'comptabilit[eé]', 'commercial', 'direction', 'accueil', 'secr[eé]tariat', 'rh',
    'clinique', 'h[oô]pital', 'imp[oô]ts', 'ameli', 'poste', 'shop', 'store', 'market', 'news',
    // (a business as an invoice's client too: « Client : Boulangerie Martin », « Crédit Agricole »; not « EARL », a
    // farm's company, which is « Earl Chew » too: a payer's word only)
    'cr[eé]dit', 'soci[eé]t[eé]', 'entreprise', 'syndicat', 'fondation', 'institut', 'laboratoire', 'ehpad', 'cr[eè]che',
    ...TRADES, 'brasserie', 'camping', 'g[iî]tes?', 'salon',
    'domaine', 'pompes', 'fun[eè]bres', 'chu', 'chru', 'chr', 'cmpp?', 'ccas', 'cpam', 'ssiad',
    // (the places a tourist office's or a caterer's list names: « Crêperie Ty Billig », « Château de Kerjean »)
    'cr[eê]perie', 'mus[eé]e', 'ch[aâ]teau', 'jardins', 'ferme', 'bistrots?', 'auberge', 'manoir', 'pizzeria', 'traiteur', '[eé]picerie',
    'caf[eé]',
    // (a club's or a village's bodies, writing from a personal mailbox: « Comité des Fêtes <comite…@orange.fr> »)
    'comit[eé]', 'amicale', 'f[eé]d[eé]ration', 'collectif',
  ].join('|')})(?=$|[\\s'’-])`,
  'i',
);

/** Whether a display name is a business's or a body's (« Cabinet Orthophonie Lefort », « Mairie Rennes »). */
export function isOrganisationName(name: string): boolean {
  return hasOrganisationWord(name) || PARIS_FIRST_RE.test(name);
}

/** Whether a name holds a word of a business or a body (not « Paris Habitat »: a table's « PARIS Thandiwe » is someone). */
export function hasOrganisationWord(name: string): boolean {
  return ORGANISATION_NAME_RE.test(name);
}
// « Paris Habitat », « Paris Musées » are bodies; « Céline Paris » is someone (a surname of France too)
const PARIS_FIRST_RE = /^paris(?=$|[\s'’-])/i;

// The trades a business names itself by after a first name (« Agence Iroise Immobilier », « Marc Transports »,
// « Julie Coiffure »): whole words a surname hardly is — not a body's initials (« Howard Chu »), nor « Caisse »
// (« Michael Caisse »), nor « Couture » (« David Couture »)
const TRADE_RE = new RegExp(
  `^[\\s\\u00a0]*(?:${[
    ...TRADES, 'services?', 'conseils?', 'assurances?', 'boulangerie', 'paysages?', 'r[eé]novation', 'b[aâ]timent', 'habitat',
    'nettoyage', 'informatique', 'd[eé]coration', 'photographie', 'consulting', 'formations?', 'traiteur', 'esth[eé]tique',
    'beaut[eé]', 'd[eé]pannage', 'automobiles?', 'garage', 'fleurs', 'cr[eé]ations?', 'sarl', 'sas', 'sasu', 'eurl',
  ].join('|')})(?=$|[\\s'’-])`,
  'i',
);

/** Whether the words after a first name are a business's trade (« Immobilier », « Transports »). */
export function isTradeAfterFirstName(rest: string): boolean {
  return TRADE_RE.test(rest);
}
