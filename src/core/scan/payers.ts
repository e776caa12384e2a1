// Who paid, in a bank statement: a transfer's label names the payer (« VIR SEPA RECU /DE KERBRAT
// YANNICK /MOTIF FACTURE 114 », « VIREMENT DE M. OU MME LE BIHAN GWENAELLE »), in capitals and without
// accents, where the names rules (a first name as French writes it, an honorific) see nothing.
import { emit, isAlnum, type Detections } from './emit.ts';
import { isBrandName, isFirstNameFolded } from './firstnames.ts';
import { ORGANISATION_WORDS } from './organisations.ts';

// « VIR », « VIRT », « VIREMENT », as banks abridge it, then the payer within the label
const TRANSFER_RE = /(?:VIR(?:T|EMENT)?|Vir(?:ement)?)(?![\p{L}\d])/uy;
// The words between the transfer and the payer: the bank's jargon, « /DE », « DE: »
const JARGON = new Set([
  'VIR', 'VIRT', 'VIREMENT', 'SEPA', 'INST', 'INSTANTANE', 'INSTANTANÉ', 'RECU', 'REÇU', 'RECUE', 'REÇUE', 'EMIS', 'ÉMIS', 'EN', 'VOTRE', 'FAVEUR',
  'DE', 'DU', 'PAR', 'ORDRE', 'DONNEUR', "D'ORDRE", 'D’ORDRE', 'EMETTEUR', 'ÉMETTEUR', 'FRM', 'FROM', 'CPT', 'COMPTE', 'PERMANENT', 'FAV', 'WEB',
  'EUROPEEN', 'EUROPÉEN', 'ENTRANT', 'CREDIT', 'CRÉDIT', 'DEPUIS', 'A', 'À', 'VERS', 'TO', 'BENEF', 'BENEFICIAIRE', 'BÉNÉFICIAIRE', 'DESTINATAIRE', 'POUR', 'Sepa', 'Inst', 'Instantané', 'reçu', 'recu', 'de', 'du', 'en', 'votre', 'faveur',
]);
const HONORIFIC = new Set(['M', 'M.', 'MR', 'MR.', 'MME', 'MME.', 'MLLE', 'MMES', 'MM', 'MM.', 'MONSIEUR', 'MADAME', 'MADEMOISELLE', 'Mme', 'Mlle', 'Mr', 'Monsieur', 'Madame']);
const JOINS = new Set(['OU', 'ET', 'ou', 'et']);
const PARTICLE = new Set(['LE', 'LA', 'DE', 'DU', 'DA', 'DI', 'DES', 'DEL', 'VAN', 'VON', 'BEN', 'EL', 'Le', 'La', 'De', 'Du', 'Da', 'Di', 'Van', 'Von', 'Ben', 'El']);
// A company's country or legal form written last (« CASTORAMA FRANCE », « AMAZON EU », « SPOTIFY AB »): « France » is a
// first name too, but not after a shop's name in a bank's label
const COMPANY_SUFFIX = new Set(['FRANCE', 'FR', 'EUROPE', 'EU', 'INTERNATIONAL', 'DISTRIBUTION', 'GMBH', 'LTD', 'LIMITED', 'INC', 'LLC', 'BV', 'NV', 'AB', 'AG', 'SPA', 'SRL', 'PLC', 'CORP', 'SE']);
// Where the payer's name ends: the transfer's reason or reference
const STOP_RE = /^(?:MOTIF|REF|RÉF|REFERENCE|RÉFÉRENCE|LIB|LIBELLE|LIBELLÉ|ID|IDENTIFIANT|DATE|ECH|ECHEANCE|ÉCHÉANCE|FACT|FACTURE|DEVIS|RUM|ICS|COMMUNICATION|INFO|OBJET|POUR|Motif|Réf|Ref|Référence|Facture|Pour)\.?$/;
// A payer that is no one: a company (a family firm's « ET FILS »), a public body, a payment service
const COMPANY_RE = new RegExp(
  `^(?:${[...ORGANISATION_WORDS, 'fils', 'fr[eè]res', 'associ[eé]s', 'sa', 'ei', 'eirl', 'snc', 'earl', 'ste', 'societe', 'société', 'tr[eé]sor', 'dgfip', 'cpam', 'holding', 'cie', 'compagnie', 'paypal', 'stripe', 'sumup', 'lydia', 'leetchi', 'universit[eé]'].join('|')})$`,
  'i',
);
const NAME_WORD_RE = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:-[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]*)*$/;
const MAX_LABEL = 140;

export function detectPayers(text: string, out: Detections): void {
  // most blocks hold no transfer at all: two plain searches decide (0.1 ms per MB)
  let upper = text.indexOf('VIR');
  let title = text.indexOf('Vir');
  while (upper >= 0 || title >= 0) {
    const at = title < 0 || (upper >= 0 && upper < title) ? upper : title;
    if (at === upper) upper = text.indexOf('VIR', at + 3);
    else title = text.indexOf('Vir', at + 3);
    // a letter before: « VIR » inside « ENVIRON » is no transfer, but a QIF file's payee line is « P » then the label (« PVIR SEPA … »)
    if (at > 0 && isAlnum(text.charCodeAt(at - 1)) && !(text.charCodeAt(at - 1) === 80 && (at === 1 || text.charCodeAt(at - 2) === 10))) continue;
    TRANSFER_RE.lastIndex = at;
    if (!TRANSFER_RE.test(text)) continue;
    // the label read, its own « VIR » words are behind
    const next = payerAfter(text, TRANSFER_RE.lastIndex, out);
    while (upper >= 0 && upper < next) upper = text.indexOf('VIR', upper + 3);
    while (title >= 0 && title < next) title = text.indexOf('Vir', title + 3);
  }
}

/** Reads the label from `from` to its end (a line break, a cell's delimiter); emits the payer. Returns where it stopped. */
function payerAfter(text: string, from: number, out: Detections): number {
  let end = from;
  const limit = Math.min(text.length, from + MAX_LABEL);
  while (end < limit && !isLabelEnd(text.charCodeAt(end))) end++;
  // words, with where each starts; « / » and « : » separate them too (« /DE », « DE: »)
  const words: Array<[string, number]> = [];
  const label = text.slice(from, end);
  for (const m of label.matchAll(/[^\s/:]+/g)) words.push([m[0], from + m.index]);
  let i = 0;
  let honorific = false;
  // the bank's words, references (« 1234567 », « RE123 ») and honorifics before the payer
  for (; i < words.length; i++) {
    const w = words[i]![0];
    if (HONORIFIC.has(w)) honorific = true;
    else if (!(JARGON.has(w) || JOINS.has(w) || /\d/.test(w))) break;
  }
  let first = -1;
  let last = -1;
  let lastWord = '';
  let known = false;
  let count = 0;
  for (; i < words.length && count < 4; i++) {
    const [w, at] = words[i]!;
    if (STOP_RE.test(w) || /\d/.test(w)) break;
    if (COMPANY_RE.test(w)) return end;
    if (!NAME_WORD_RE.test(w)) break;
    if (first < 0) first = at;
    if (PARTICLE.has(w)) continue;
    count++;
    last = at + w.length;
    lastWord = w;
    if (!known && isFirstNameFolded(w)) known = true;
  }
  if (first < 0 || last <= first || COMPANY_SUFFIX.has(lastWord) || brandAt(text, first, last)) return end;
  if (known || (honorific && count >= 1)) emit(out, 'person_name', first, last);
  return end;
}


/** Whether the label's name words, or their first two, are a shop named after someone (« LEROY MERLIN », « YVES ROCHER BEAUTE »). */
function brandAt(text: string, first: number, last: number): boolean {
  const name = text.slice(first, last);
  const two = /^\S+\s+\S+/.exec(name);
  return isBrandName(name) || (two !== null && isBrandName(two[0]));
}

/**
 * Where the person's name starts in text[s, e) (after an honorific), or -1 when that cell — a bank export's counterparty cell (« Nom de la contrepartie »), which names
 * shops and companies as well as clients — names a person as a payer's label does: an honorific
 * then a name, or two to four name words, the first or the last a known first name (« Gwenaëlle Le
 * Bihan », « LE BIHAN GWENAELLE », not « Atelier Marie Claire »); none a company's or a body's, and
 * no shop named after someone (« Leroy Merlin »).
 */
export function payerNameStart(text: string, s: number, e: number): number {
  if (e - s > MAX_LABEL) return -1;
  const cell = text.slice(s, e);
  let honorific = false;
  let start = -1;
  const words: string[] = [];
  for (const m of cell.matchAll(/\S+/g)) {
    const w = m[0];
    if (start < 0 && HONORIFIC.has(w)) {
      honorific = true;
      continue;
    }
    if (COMPANY_RE.test(w) || !NAME_WORD_RE.test(w)) return -1;
    if (start < 0) start = s + m.index;
    if (PARTICLE.has(w)) continue;
    words.push(w);
    if (words.length > 4) return -1;
  }
  if (words.length === 0 || isBrandName(cell)) return -1;
  return honorific || (words.length >= 2 && (isFirstNameFolded(words[0]!) || isFirstNameFolded(words[words.length - 1]!))) ? start : -1;
}

/** The end of a label: a line break, a CSV or TSV cell's delimiter, a quote, an OFX file's next tag. */
function isLabelEnd(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 59 || c === 44 || c === 9 || c === 34 || c === 124 || c === 60;
}
