// The words that name a business or a public body rather than someone — company forms, trades, bodies — shared by
// the names' rules (a sender, a client after its label: names.ts) and a bank label's payer (payers.ts), each adding
// its own. Regex fragments, matched without case.
export const ORGANISATION_WORDS = [
  'sarl', 'sas', 'sasu', 'eurl', 'sci', 'scp', 'selarl', 'gaec', 'scop', 'ets', 'association', 'asso', 'cabinet', 'garage',
  'mairie', 'commune', 'urssaf', 'caf', 'banque', 'caisse', 'mutuelle', 'assurances?', 'services?', 'groupe', 'syndic', 'agence',
  'pharmacie', 'boulangerie', 'restaurant', 'h[oô]tel', 'club', '[eé]cole', 'lyc[eé]e', 'coll[eè]ge', 'centre', 'conseil',
  'r[eé]gion', 'd[eé]partement', 'pr[eé]fecture',
];
