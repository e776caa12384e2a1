// Person names in free text: after an honorific (M., Mme, Dr, Maître…), "Prénom Nom" with a known
// first name, "NOM Prénom", after a "Client :" / "Nom :" label or « Je soussigné », the signature line
// after "Cordialement,", a known first name greeted or with an initial, a name in capitals alone on its
// line. One token regex over capitalised word pairs; the rest is set look-ups.
import { emit, isAlnum, type Detections } from './emit.ts';
import { lineStartBack } from './lines.ts';
import { foldName, isBrandName, isFirstName, isFirstNameFolded, isWeakFirstName } from './firstnames.ts';
import { opensWithLabel } from './columns.ts';
import { isGivenNameWord, isPlaceOrBrand } from './given-names.ts';
import { overlapping, overlapsAny, type Span } from './spans.ts';
import { isOrganisationName, isTradeAfterFirstName } from './organisations.ts';
import { wordSuffixTrieSource } from './word-trie.ts';
import { ROLE_ADDRESS_RE, replyAuthors } from './reply-authors.ts';
import { isPeopleHeaderLine, quotedHeaderNames } from './quoted-headers.ts';
import { addresseeAbove, personAfter, personBefore } from './person-context.ts';
import { LATIN_EXTENDED, extendedLowerAt } from './letters.ts';

// (and a name's letters past Latin-1: « Mme Ayşe Yılmaz » was « Ay », « M. Łukasz Nowak » no one)
const UP = `A-ZÀ-ÖØ-Þ${LATIN_EXTENDED}`;
const LOW = `a-zß-öø-ÿ${LATIN_EXTENDED}`;
const WORD = `[${UP}][${UP}${LOW}'’]*(?:-[${UP}][${UP}${LOW}'’]*)*`;
// A surname's particles in capitals (« LE GOFF », « DA SILVA »)
const UPPER_PARTICLES = new Set(['LE', 'LA', 'DE', 'DU', 'DA', 'DO', 'DOS', 'DAS', 'DI', 'DES', 'DEL', 'VAN', 'VON', 'BEN', 'EL']);
// A following name word: optional particle, then a capitalised or uppercase word.
// (uppercase too, in an uppercase surname: « Ilan LE ROUX », « Yanis DA SILVA »; Portuguese and Dutch ones, « Maria da
// Silva », « Ana dos Santos », « Kees van der Meer »; « de la » whole: « la » alone opens too many words)
const PARTICLES = `(?:(?:de la|van der|van den|von der|Van der|Van den|de|du|des|da|do|dos|das|van|von|Le|La|Van|Von|De|Du|Da|Do|Dos|Das|Di|Del|Ben|El|${[...UPPER_PARTICLES].join('|')})[ \\u00a0]+|[dD]['’]){0,2}`;
// (at most eight blanks between the words: a table's columns, not an HTML tag blanked in place, « BSD <a …>Line »)
const NEXT_RE = new RegExp(`[ \\u00a0]{1,8}(${PARTICLES}${WORD})`, 'y');
// A value that is a name and nothing else: one to four capitalised words, particles between
const NAME_VALUE_RE = new RegExp(`^${PARTICLES}${WORD}(?:[ \\u00a0]+${PARTICLES}${WORD}){0,3}$`);
const FIRST_RE = new RegExp(`(${PARTICLES}${WORD})`, 'y');
const PARTICLES_RE = new RegExp(`^${PARTICLES}`);
// A relative, a partner, a friend or a neighbour named by a known first name (« son frère Karim », « ma femme Julie »,
// « sa voisine Mme… » aside): read by the same search, the first name checked
const KIN_WORDS = ['frère', 'sœur', 'soeur', 'fils', 'fille', 'mari', 'femme', 'épouse', 'époux', 'mère', 'père', 'compagnon', 'compagne', 'conjoint', 'conjointe',
  'neveu', 'nièce', 'cousin', 'cousine', 'oncle', 'tante', 'enfant', 'bébé', 'petit-fils', 'petite-fille', 'belle-mère', 'beau-père', 'beau-frère', 'belle-sœur',
  'belle-soeur', 'ami', 'amie', 'copain', 'copine', 'voisin', 'voisine', 'filleul', 'filleule', 'fiancé', 'fiancée',
  'grand-mère', 'grand-père', 'belle-fille', 'beau-fils', 'demi-frère', 'demi-sœur', 'demi-soeur', 'mamie', 'papi', 'papy', 'marraine', 'parrain',
  'collègue', 'associé', 'associée', 'tata', 'tonton', 'nounou',
  // (capitalised, opening a sentence as a child's carer writes them: « Mamie Odette viendra chercher Lucas »)
  'Mamie', 'Papi', 'Papy', 'Tata', 'Tonton', 'Nounou',
  // and whoever is named so (« il s'appelle Marc », « une fille prénommée Léa »)
  "s'appelle", 's’appelle', 'prénommé', 'prénommée'];
// and « maman de Noah », « la grand-mère de Lina »: the child's first name after « de »
// (capitalised too, opening a line or a message: « Maman de Noah : 06… », « Papa de Lina a appelé »)
const KIN_OF = [...KIN_WORDS, 'maman', 'papa', 'parents', 'Maman', 'Papa', 'Parents'].map((w) => `${w} de`);
// (and set off by a comma, as a letter introduces them: « Ma belle-fille, Sandrine, viendra »)
const KIN_COMMA = KIN_WORDS.map((w) => `${w},`);
const KIN_SET = new Set([...KIN_WORDS, ...KIN_OF, ...KIN_COMMA]);
// A list of people after its label (« Présents : Aurélie (maman de Noah), Karim et Sonia »), as minutes and class
// lists write it: each known first name of the list
const LIST_LABELS = ['Présents', 'Présentes', 'présents', 'Participants', 'Participantes', 'participants', 'Absents', 'Absentes', 'absents',
  'Excusés', 'Excusées', 'excusés', 'Invités', 'Invitées', 'invités', 'Inscrits', 'Inscrites', 'Élèves', 'Enfants', 'Stagiaires'].flatMap((w) => [`${w} :`, `${w}:`]);
const LIST_SET = new Set(LIST_LABELS);
const WORD_RE = new RegExp(WORD, 'y');
// Only capitalised words followed by another capitalised word (after optional particles) can
// start a name: the lookahead rejects every other capital without building a match.
// Bounded word lengths keep a block made of one huge capitalised "word" linear.
// A title written small, as French writes it in a sentence (« j'ai vu madame Kerbrat », « la famille Le Goff a
// payé »), a word of kinship or a list's label makes the capitalised word after it a token on its own: read in the
// same search, checked behind the capital once it is found (its one capture the title); a search for the titles
// cost 0.4–0.7 ms per MB.
const TOKEN_REST = `[${UP}${LOW}'’]{0,30}(?:-[${UP}][${UP}${LOW}'’]{0,30}){0,3}`;
const TITLES = ['monsieur', 'madame', 'mademoiselle', 'mme', 'mlle', 'docteur', 'docteure', 'maître', 'maitre', 'nommé', 'nommée', 'dénommé', 'dénommée', 'famille', 'Famille'];
const titled = (alternation: string) => `(?<=(?<![${UP}${LOW}-])(${alternation})[ \\u00a0](?:(?:de|du|des)[ \\u00a0]|d['’])?.)${TOKEN_REST}`;
const TITLED = titled(wordSuffixTrieSource([...TITLES, ...KIN_WORDS, ...KIN_OF, ...KIN_COMMA, ...LIST_LABELS]));
const TITLES_ONLY = wordSuffixTrieSource(TITLES);
// (outside CSV, a surname in capitals before a comma and a capitalised word: « DUPONT, Marie », as lists and registers
// write it; in CSV, whose cells hold many a surname in capitals, it cost 0.3–0.45 ms per MB)
const COMMA_SURNAME = `|[${UP}'’-]{1,30}(?=,[ \\u00a0][${UP}][${LOW}])`;
// (CSV, dense in capitals, looks behind a capital for the titles only, after the plain search has failed: behind
// every capital, or for the kinship words too, cost its names' rule 0.7–2.8 ms per MB; this 0.35–0.45)
const PAIR_TOKEN_RE = new RegExp(`[${UP}](?:${TOKEN_REST}\\.?(?=[ \\u00a0]{1,8}${PARTICLES}[${UP}])|${titled(TITLES_ONLY)})`, 'g');
/** Whether a title's last letter (« monsieur », « madame », « nommé ») and a blank stand just before `s`. */
function titleEndBefore(text: string, s: number): boolean {
  const b = text.charCodeAt(s - 1);
  if (s < 4 || (b !== 32 && b !== 0xa0)) return false;
  const c = text.charCodeAt(s - 2);
  return c === 114 || c === 101 || c === 0xe9;
}
const TITLE_BEFORE_RE = new RegExp(`(?<![${UP}${LOW}-])(${TITLES_ONLY})[ \\u00a0]$`);
// Outside CSV, a word ending its line is a token too: « Nom : Kerbrat », « Prénom : Yannick » (one
// word, after its label); and one before a tab or a wide gap and the next field's label, as a form laid out on one
// line (« Nom : KOWALSKI          Prénom : Agnieszka »). (In CSV, where each row's last cell ends a line, it cost 0.7 ms per MB.)
const LINE_TOKEN_RE = new RegExp(`[${UP}](?:${TITLED}|${TOKEN_REST}\\.?(?=[ \\u00a0]{1,8}${PARTICLES}[${UP}]|[ \\u00a0\\t]*(?:\\r?\\n|\\u2028|$)|(?:\\t|[ \\u00a0]{3})[ \\u00a0\\t]*[${UP}][^\\n:]{0,30}:)${COMMA_SURNAME})`, 'g');
/** The token search of the block being read: PAIR_TOKEN_RE or LINE_TOKEN_RE. */
let TOKEN_RE = LINE_TOKEN_RE;
// The line before a signature, and the start of a line that labels a person ("Client : …").
// (« -- » alone is the signature delimiter of e-mail software; « Cdt », « Cdlt » are « Cordialement » abridged)
// (a closing's words, as a message's last lines write them)
const CLOSINGS = String.raw`Cordialement|Bien à vous|Bien à toi|Bien cordialement|Très cordialement|Cdt|Cdlt|Sincères salutations|Salutations distinguées|Meilleures salutations|Bien sincèrement|Respectueusement|Amicalement|Bien amicalement|Bises|Belle journée|Bonne journée|Bonne fin de journée|Bonne soirée|Au plaisir|À bientôt|A bientôt|À bientot|A bientot|Bon courage|Bonne continuation|Belle fin de journée|Bonne fin de semaine|Merci d’avance|Merci d'avance|Merci|Merci beaucoup|Merci encore|Mille mercis|A\+|À\+|À plus|A plus|Amitiés|Belle soirée|Bonne semaine|Bon week-end|Bon weekend|Bisous|Bisou|Gros bisous|Grosses bises|Biz|Je t’embrasse|Je t'embrasse|Cdlmt|Regards|Best regards|Kind regards|Best|Thanks|Thank you|Cheers`;
const CLOSING_LINE = new RegExp(`(?:^-- ?|${CLOSINGS})[ ,.!]*\\r?$`);
// The labels of a surname or a first name (one word after them is a name: « Nom : Kerbrat »).
const NAME_LABELS = "Nom|NOM|Prénom|PRÉNOM|Prenom|Prénoms|Nom de famille|Nom d['’]usage|Nom de naissance";
// (a tradesman's work order's « Technicien : K. Le Bihan » and « Signature du client : J. Perrin », a child's form's
// « Père », « Responsable légal », « Personne à prévenir », an invoice's « Facturé à »)
const PERSON_LABELS = `(?:Client|Cliente|${NAME_LABELS}|Nom complet|Contact|Patient|Patiente|Consultant|Consultante|De|Destinataire|Expéditeur|Titulaire|Bénéficiaire|Interlocuteur|Salarié|Salariée|Responsable|Signataire|Enfant|Élève|Conjoint|Conjointe|Époux|Épouse|Adhérent|Adhérente|Participant|Participante|Stagiaire|Locataire|Propriétaire|Garant|Bénévole|Technicien|Technicienne|Intervenant|Intervenante|Praticien|Praticienne|Collaborateur|Collaboratrice|Formateur|Formatrice|Coiffeur|Coiffeuse|Gérant|Gérante|Candidat|Candidate|Père|Mère|Tuteur|Tutrice|(?:Représentant|Responsable)(?:e)? légal(?:e)?|Personne à prévenir|Contact d['’]urgence|Médecin traitant|(?:Directeur|Directrice|Responsable) de (?:la )?publication|Responsable (?:du|des) traitements?|D[ée]l[ée]gu[ée](?:e)? à la protection des données|Signature(?: (?:du client|de la cliente))?|Signée?(?: par)?|Demandeur|Demandeuse|Acheteur|Acheteuse|Vendeur|Vendeuse|Invité|Invitée|Parrain|Marraine|Témoin|Marié|Mariée|(?:Facturé|Adressé|Livré)(?:e)? à)(?:·e|\\(e\\))?`;
// (a list's bullet may come first: « - Client : Tehotu Vidal »; written small too, as a note's or a YAML front
// matter's keys are: « client: Tehotu Vidal »)
const LABEL_BEFORE = new RegExp(`^[ \\t]*(?:[-*+•][ \\t]+)?${PERSON_LABELS}[ \\u00a0]*:[ \\u00a0]*$`, 'i');

// A parent named after their child's name, as a nanny's or a teacher's notes label them (« Maman de Zoé : Claire Roux »,
// « Papa de Léo : Koldo Roux »)
const KIN_OF_LABEL_BEFORE = /^[ \t]*(?:[-*•][ \t]+)?(?:maman|papa|m[èe]re|p[èe]re|parents?|grand-m[èe]re|grand-p[èe]re|mamie|papi|tuteur|tutrice) d(?:e |['’])\p{Lu}[\p{Ll}-]+[ \u00a0]*:[ \u00a0]*$/iu;

/** Whether the line holding `at` opens with a person's label up to `at` (« Client : » before a name). */
export function labelledBefore(text: string, at: number): boolean {
  const lineStart = lineStartWithin(text, at, 41);
  return lineStart >= 0 && LABEL_BEFORE.test(text.slice(lineStart, at));
}
// The same label then a tab, as a two-column table copied into a text or a note gives it (« Nom⇥MARTINEZ »)
const TAB_LABEL_BEFORE = new RegExp(`^[ \\t]*${PERSON_LABELS}[ \\u00a0]*\\t[ \\u00a0\\t]*$`);
// The labels after which one word alone is a name, alone on their line.
const ONE_WORD_LABEL = new RegExp(`^[ \\t]*(?:${NAME_LABELS})[ \\u00a0]*:?[ \\u00a0\\t]*\\r?$`);
// A form's field further along its line: « Nom : Kerbrat Prénom : Yannick » (a PDF's fields, one line).
// (« nom: Kerbrat », a YAML front matter's key, too)
const FIELD_BEFORE = new RegExp(`[\\s|](?:${NAME_LABELS})[ \\u00a0]*:[ \\u00a0]*$`, 'i');
// A label alone on the line above (a Word table's or a form's cells, one per line).
const LABEL_LINE = new RegExp(`^[ \\t]*(?:(?:Client|Cliente|${NAME_LABELS}|Nom complet|Nom et prénom|Prénom et nom|Patient|Patiente|Titulaire|Bénéficiaire|Signataire|Interlocuteur|Interlocutrice)(?:·e|\\(e\\))?[ \\u00a0]*:?|(?:Contact|Destinataire|Expéditeur|Salarié|Salariée|Responsable|Consultant|Consultante)[ \\u00a0]*:)[ \\u00a0\\t]*\\r?$`);
const SIGN_NAME_END = /[ \t]*(?:\r?\n|\u2028|$)/y;
// A table's next heading under « Nom », its cells one per line (a Word table's, an HTML page's « <th>Nom</th><th>Statut</th> »):
// no name
const HEADINGS = new Set(['Statut', 'Montant', 'Ville', 'Total', 'Date', 'Quantité', 'Prix', 'Tarif', 'Description', 'Catégorie', 'Type', 'Code', 'Référence', 'Remarque', 'Remarques', 'Commentaire', 'Commentaires', 'Notes', 'État', 'Solde', 'Titre', 'Service', 'Produit', 'Article', 'Désignation', 'Pays', 'Sexe', 'Genre', 'Âge', 'Fonction', 'Poste', 'Société', 'Entreprise']);

const HONORIFICS = new Set(['M.', 'MM.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mme', 'Mme.', 'Mmes', 'Madame', 'Monsieur', 'Mlle', 'Mlle.', 'Mademoiselle', 'Dr', 'Dr.', 'Docteur', 'Docteure', 'Me', 'Maître', 'Maitre', 'Pr', 'Pr.', 'Professeur', 'Professeure',
  // in capitals, as a bank or a form writes them (« M. OU MME LE BIHAN GWENAELLE »)
  'MME', 'MLLE', 'MR', 'MONSIEUR', 'MADAME', 'MADEMOISELLE']);
// Capitalised words that follow an honorific or a first name without being a surname.
const NOT_SURNAME = new Set([
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Mon', 'Ma', 'Mes', 'Votre', 'Vos', 'Notre', 'Nos', 'Ce', 'Cette', 'Il', 'Elle', 'Je', 'Nous', 'Vous',
  'Maire', 'Président', 'Présidente', 'Directeur', 'Directrice', 'Madame', 'Monsieur', 'Client', 'Cliente', 'Bonjour', 'Merci', 'Et', 'Ou',
  'Mais', 'Donc', 'Pour', 'Par', 'Avec', 'Sans', 'Dans', 'Sur', 'En', 'Au', 'Aux', 'De', 'Du', 'TVA', 'SIRET', 'SIREN', 'IBAN', 'BIC', 'RIB',
  'HT', 'TTC', 'CEDEX', 'Tél', 'Tel', 'Email', 'Mail', 'Adresse', 'Date', 'Objet', 'Facture', 'Devis', 'Total', 'Lundi', 'Mardi', 'Mercredi',
  'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre',
  'Novembre', 'Décembre', 'Paris', 'France', 'Rue', 'Avenue', 'Boulevard', 'Place', 'Séance', 'Rendez-vous', 'Note', 'Notes', 'Prix', 'Le',
  // the labels of a form or a table's next column (« Hélène Lefèvre | Téléphone | … » once its tags are blanked)
  'Téléphone', 'Telephone', 'Portable', 'Mobile', 'Courriel', 'E-mail', 'Message', 'Commentaire', 'Sujet', 'Ville', 'Société', 'Fax', 'Site',
  'Nom', 'Prénom', 'Prenom', 'Prénoms',
  // a form's next field, its birth (« Prénom : Isabelle   Né(e) le : 22/09/1979 »)
  'Né', 'Née', 'Nee', 'Naissance', 'Âge', 'Age', 'Sexe',
  // a sole trader's legal form after their name (« Jean-Marc Poulain Entrepreneur individuel »)
  'Entrepreneur', 'Entrepreneuse', 'Entrepreneure', 'Micro-entrepreneur', 'Auto-entrepreneur',
  // English pronouns after « Miss », « Mr » in a song's or a book's title (« Miss You »)
  'You', 'Me', 'Him', 'Her', 'Them', 'It',
  // English months and days, after a name in a table or a log (« Ian Murdock August 1993 », « Date: Thu Mar 12 »:
  // « Thu » is a first name)
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // a changelog's tag and places after a first name (« [Dev Deps] update », « Asia Pacific (Tokyo) », a licence's
  // « 51 Franklin Street, Fifth Floor », « Indiana University »; « St » and « Kong » below)
  'Deps', 'Pacific', 'Street', 'University',
  // a typeface's styles after its family's name, as a designer's files and a font's notes list them (« Georgia
  // Bold », « Montserrat SemiBold », « Serif Bold Italic »: DejaVu's status file alone held 19 455 such names)
  'Bold', 'Italic', 'Oblique', 'Condensed', 'Regular', 'Semibold', 'SemiBold', 'ExtraBold', 'ExtraLight', 'Thin',
  // a time zone's name (« Georgia Time », « Israel Standard Time », as the time zone sets' comments write them)
  'Time',
]);
// A hospital's, a care home's or a public body's initials before its town's name, which may be a first name (« CHU
// Morvan », « CHR Orléans »): no surname before a first name (« M. Yann CHU » keeps his)
const BODY_INITIALS = new Set(['CHU', 'CHR', 'CHRU', 'EHPAD', 'CMP', 'CMPP', 'CCAS', 'CPAM', 'MSA', 'CAF', 'MDPH', 'CLIC', 'SSIAD']);
const NOT_UPPER_SURNAME = new Set(['NOM', 'PRÉNOM', 'PRENOM', 'CI', 'TVA', 'SIRET', 'SIREN', 'IBAN', 'BIC', 'RIB', 'HT', 'TTC', 'CEDEX', 'SAS', 'SARL', 'EURL', 'SA', 'EI', 'SCI', 'EIRL', 'SASU', 'SNC', 'SCOP', 'SCP', 'SCM', 'SELARL', 'SELAS', 'GAEC', 'EARL', 'URSSAF', 'RCS', 'PDF', 'NB', 'PS', 'RDV', 'CB', 'OK', 'FAQ', 'CGV', 'RGPD', 'CNIL', 'APE', 'NAF', 'TEL', 'FAX', 'REF', 'DATE', 'TOTAL', 'NOTE', 'CLIENT', 'FACTURE', 'DEVIS', 'OU', 'ET',
  // a time's, a time zone's, a reply's or a forward's (« 10:32 AM Anna Schmidt », « RE: Devis »)
  'AM', 'PM', 'UTC', 'GMT', 'CET', 'CEST', 'RE', 'TR', 'FW', 'FWD',
  // countries, bodies, roles and things a list names in capitals (« USA, June », « SMS, Rodney »)
  'USA', 'UK', 'EU', 'UE', 'ONU', 'SMS', 'MMS', 'CSE', 'CEO', 'PDG', 'DG', 'DRH', 'RH', 'IT', 'TV', 'GPS', 'USB', 'PC', 'OS',
  // a document's kind before whom it is about, as files are named (« CV Fatou Diallo », « CNI Yannick Kerbrat »)
  'CV', 'CNI', 'IMG', 'DSC', 'SCAN',
  // a note's « nothing to report », « not given » after a first name in a list's row (« Petit   Hugo   RAS »)
  'RAS', 'NC', 'NR',
  // a licence's words in capitals around its author (« IN NO EVENT SHALL Bruno Haible BE LIABLE », « PROVIDED BY Bill Paul »), and
  // a program's terms before a word that is a first name too (« API Keys », « JSON Lines », « MS Edge »)
  'AND', 'OR', 'SHALL', 'BY', 'BE', 'DISCLAIM', 'ONLY', 'API', 'JSON', 'NULL', 'MS', 'IE',
  // a man page's template for its author (« Gunthorpe Jason[FAMILY Given] »)
  'FAMILY']);
// Words after which a name is part of a place or an institution ("rue Victor Hugo").
// (accents optional: an address or a heading in capitals drops them, « LYCEE VICTOR HUGO »)
const PLACE_WORDS = 'rue|avenue|av\\.|boulevard|bd|place|all[ée]e|quai|impasse|chemin|square|cours|route|passage|lyc[ée]e|coll[èe]ge|[ée]cole|h[ôo]pital|clinique|r[ée]sidence|centre|stade|salle|espace|parc|pont|gare|station|institut|fondation|universit[ée]|mus[ée]e|th[ée][âa]tre|cin[ée]ma|saint|sainte|st|ste|santa|san|promenade|esplanade|cit[ée]|villa|groupe|soci[ée]t[ée]|entreprise|[ée]tablissements|ets' +
  // (a region or a time zone: « West Virginia License Plate », « East Africa Time »)
  '|east|west|north|south';
// (a whole word: « est », « reste », « artisan » end as « st », « san » do)
const PLACE_BEFORE = new RegExp(`(?<![a-zà-ÿœ])(?:${PLACE_WORDS})[ \\u00a0]*$`, 'i');
const PLACE_WORD = new RegExp(`^(?:${PLACE_WORDS})$`, 'i');

/** « Time » after a name: a time zone's (« Georgia Summer Time », « Israel Standard Time »; « Time » is no surname). */
function timeZoneAt(text: string, e: number): boolean {
  return text.startsWith(' Time', e) && !isAlnum(text.charCodeAt(e + 5));
}

/** At least two letters, all uppercase (hyphens and apostrophes allowed). */
function isUpperWord(w: string): boolean {
  if (w.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff)) return false;
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) letters++;
  }
  return letters >= 2;
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isUpperOrDigit = (c: number) => (c >= 65 && c <= 90) || isDigitCode(c);
function isCapWord(w: string): boolean {
  return w.length >= 2 && !extendedLowerAt(w, 0) && !isUpperWord(w);
}

export function detectNames(text: string, out: Detections, oneWordForms = true): void {
  const first = out.count;
  TOKEN_RE = oneWordForms ? LINE_TOKEN_RE : PAIR_TOKEN_RE;
  TOKEN_RE.lastIndex = 0;
  nextAt.at = -1;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const tok = m[0];
    const s = m.index;
    if (s > 0) {
      const before = text.charCodeAt(s - 1);
      // inside a word or a hyphenated place ("Saint-Pierre"), or an e-mail (not a mention's « @Léa Morel »)
      if (before === 45 || before === 46 || (before === 64 && s > 1 && isAlnum(text.charCodeAt(s - 2))) || before === 95 || (before >= 97 && before <= 122)) continue;
    }
    if (m[1] !== undefined) {
      byTitle(text, s, m[1], out);
      continue;
    }
    // (in CSV, a name after a title written small is a plain token: « madame Le Gall », « monsieur Tehotu Vidal » —
    // a first name the lists do not know — looked for behind it when a title's last letter and a blank stand there)
    if (TOKEN_RE === PAIR_TOKEN_RE && titleEndBefore(text, s)) {
      const t = TITLE_BEFORE_RE.exec(text.slice(Math.max(0, s - 14), s));
      if (t !== null) {
        byTitle(text, s, t[1]!, out);
        continue;
      }
    }
    const word = tok.endsWith('.') && !HONORIFICS.has(tok) ? tok.slice(0, -1) : tok;
    const end = s + word.length;
    const c = text.charCodeAt(s + tok.length);
    if (c === 44 && isUpperWord(word)) {
      commaPair(text, s, end, word, out);
      continue;
    }
    if (c !== 32 && c !== 0xa0) {
      // a word ending its line is a name only by its context (« Prénom : Yannick », « Facture famille
      // Kerbrat », « Bises, Léa »), and the last column of a CSV row is one: no other rule is tried
      if (!byContext(text, s, out) && !signedAfterClosing(text, s, end, out) && !listedFirstNames(text, s, end, out) && c !== 44) byHeading(text, s, end, out);
      continue;
    }
    if (GREETINGS.has(word) && greeted(text, s, end, out)) continue;
    if (HONORIFICS.has(word)) {
      afterHonorific(text, end, out);
      continue;
    }
    if (isFirstName(word)) {
      if (PLACE_BEFORE.test(text.slice(Math.max(0, s - 16), s))) continue;
      const weak = isWeakFirstName(word);
      let e = followNames(text, end, 2, weak);
      // a word's capitals of three letters or fewer are an acronym's more often than a surname's: « Cloud CLI »,
      // « Sun RPC », « Paris VI », « Devis EDF » (« Rose LI » is lost); the first of several too (« Cloud TPU VM »,
      // « Cloud SQL CMEK »: 190 in gcloud's man pages), a particle aside (« Rose LE GOFF »)
      if (weak && e > 0 && firstWordLength(text, end + leadingSpaces(text, end), e) <= 3) e = 0;
      // (one that is a word too, before its surname and when they were born or their age: « Jade Moreau (née le
      // 22/08/2023) », « Rose Martin, née le … », « Jade Moreau, 3 ans »; or in a context saying it is someone's)
      if (weak && e === 0) e = weakNameEnd(text, s, end);
      if (e > 0) {
        // (a shop named after someone: « Leroy Merlin », « Yves Rocher »; or a first name and its trade: « Agence Iroise
        // Immobilier », « Marc Transports »)
        if (!isBrandName(text.slice(s, e)) && !isTradeAfterFirstName(text.slice(end, e)) && !timeZoneAt(text, e)) {
          coupleFirst(text, s, first, out);
          emit(out, 'person_name', weak ? s : weakFirstBefore(text, s, first, out), e);
        }
        TOKEN_RE.lastIndex = e;
      } else if (!weak && initialAfter(text, end)) {
        // « Paul D. »: a known first name and an initial
        const e = INITIAL_END.lastIndex;
        emit(out, 'person_name', s, e);
        TOKEN_RE.lastIndex = e;
      } else if (!byContext(text, s, out)) {
        // « Claire Martin » is a name under « Cordialement, » or after « Client : », as an unknown one is;
        // and after « Je soussignée »; « la famille Martin »; and before an address made of it, as an unknown
        // one is (« Milan Broz <mbroz@…> »: « Milan », a word too, wants a surname in capitals otherwise)
        if (!bySigner(text, s, out) && !bySoleTrader(text, s, out)) byMailAddress(text, s, out);
      }
      continue;
    }
    if (isUpperWord(word) && !NOT_UPPER_SURNAME.has(word) && !BODY_INITIALS.has(word)) {
      if (byContext(text, s, out)) continue;
      // "DUPONT Marie" (an uppercase surname, then a known first name)
      NEXT_RE.lastIndex = end;
      const n = NEXT_RE.exec(text);
      if (n && isFirstName(n[1]!) && !PLACE_BEFORE.test(text.slice(Math.max(0, s - 16), s)) && !timeZoneRegion(text, n[1]!, end + n[0].length)) {
        const e = end + n[0].length;
        // (« LE GOFF Yann »: the surname's particle before it)
        emit(out, 'person_name', upperParticleStart(text, s), e);
        TOKEN_RE.lastIndex = e;
      } else if (!(n && upperPair(text, s, end, n[1]!, out)) && !byResidence(text, s, out)) byMailAddress(text, s, out);
      continue;
    }
    if (!byContext(text, s, out) && !bySigner(text, s, out) && !byResidence(text, s, out) && !byInitial(text, s, end, out) && !byAgedEntry(text, s, end, out)) byMailAddress(text, s, out);
  }
  invertedDisplayNames(text, out);
  if (oneWordForms) {
    // (not in a CSV's rows, whose cells hold no « née Martin » after a name, nor a reply's attribution line)
    maidenNames(text, first, out);
    widowedNames(text, first, out);
    emitUnnamed(replyAuthors(text), first, out);
    emitUnnamed(quotedHeaderNames(text), first, out);
    // (not in a CSV's rows: no name stands alone on a line there)
    headingsByMail(text, first, out);
    listedNames(text, first, out);
    agedNames(text, first, out);
  }
}

// A list's item after a name: a remark in brackets, then « , » or « et », then a capital (not « Paul Martin, 06 … »)
const LIST_NEXT_RE = new RegExp(`(?:[ \\u00a0]*\\([^()\\n]{0,60}\\))?(?:,|[ \\u00a0]et)[ \\u00a0]+[${UP}]`, 'y');
// An item of a list of people: two or three capitalised words (particles between), a remark in brackets, then « , »,
// « et », « . » or the line's end
const NAME_ITEM_RE = new RegExp(`[ \\u00a0]*(${WORD}(?:[ \\u00a0]+${PARTICLES}${WORD}){1,2})(?:[ \\u00a0]*\\([^()\\n]{0,60}\\))?[ \\u00a0]*(?:,|[ \\u00a0]*et(?=[ \\u00a0])|\\.?[ \\t\\r]*(?=\\n|$))`, 'y');

/**
 * A list of people, a line of them (a seating plan's « Table 1 : Tehotu Fleury (casher), Adalbert Moulin, Kavya
 * Gauthier », a class's, the attendees'): every item two or three capitalised words, most of them names found; the
 * others are names too, their first names unknown to the lists. Not a line holding anything else (« Paris, Lyon »).
 */
function listedNames(text: string, first: number, out: Detections): void {
  const found = out.count;
  let lineDone = -1;
  // the numbered labels of the lists found (« Table # »), and where their lines start
  let labels: Set<string> | null = null;
  const read = new Set<number>();
  for (let i = first; i < found; i++) {
    const s = out.start(i);
    const e = s + out.length(i);
    LIST_NEXT_RE.lastIndex = e;
    if (s < lineDone || out.type(i) !== 'person_name' || !LIST_NEXT_RE.test(text)) continue;
    const ls = text.lastIndexOf('\n', s) + 1;
    let le = text.indexOf('\n', e);
    if (le < 0) le = text.length;
    lineDone = le;
    // the list opens after its label's colon (« Table 1 : »), or its line
    let colon = s - 1;
    while (colon >= ls && text.charCodeAt(colon) !== 58) colon--;
    const items = listItems(text, colon >= ls ? colon + 1 : ls, le);
    if (items === null || items.length < 3) continue;
    // the names found on the line: near i, the token search finding them in order
    let k0 = i;
    while (k0 > first && out.start(k0 - 1) >= ls) k0--;
    const onLine: Span[] = [];
    for (let k = k0; k < found && out.start(k) < le; k++) onLine.push([out.start(k), out.start(k) + out.length(k)]);
    let known = 0;
    for (const [a, b] of items) if (overlapping(onLine, a, b)?.[0] === a) known++;
    if (known < 2 || known * 2 < items.length) continue;
    emitUnfound(text, items, (a, b) => overlapsAny(onLine, a, b), out);
    const label = colon >= ls ? listLabel(text, ls, colon) : '';
    if (label.includes('#')) {
      (labels ??= new Set()).add(label);
      read.add(ls);
    }
  }
  if (labels === null) return;
  // the other lines under the same numbered label (« Table 4 : Arabelle Caron, Tsering Dupuis »), once one of them was
  // such a list: every item name-shaped, none of their first names known
  const names: Span[] = [];
  for (let k = first; k < out.count; k++) if (out.type(k) === 'person_name') names.push([out.start(k), out.start(k) + out.length(k)]);
  names.sort((x, y) => x[0] - y[0]);
  // (the lines opening with the label's words, looked for as such: a block's other lines are not read)
  for (const label of labels) {
    const words = label.slice(0, label.indexOf('#'));
    // (a label that is a number alone, « 12 : », names no list)
    if (words.trim().length < 2) continue;
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      const ls = text.lastIndexOf('\n', at) + 1;
      if (read.has(ls) || !/^[ \t]*$/.test(text.slice(ls, at))) continue;
      read.add(ls);
      let le = text.indexOf('\n', at);
      if (le < 0) le = text.length;
      let colon = at;
      while (colon < le && colon - ls <= 30 && text.charCodeAt(colon) !== 58) colon++;
      if (colon < le && text.charCodeAt(colon) === 58 && listLabel(text, ls, colon) === label) {
        const items = listItems(text, colon + 1, le);
        if (items !== null) emitUnfound(text, items, (a, b) => overlapsAny(names, a, b), out);
      }
    }
  }
}

/** A list's label (a short one: « Table 2 »), its numbers as « # » (« Table # »), or '' when longer. */
function listLabel(text: string, ls: number, colon: number): string {
  return colon - ls <= 30 ? text.slice(ls, colon).trim().replace(/\d+/g, '#') : '';
}

/** The items of a line [from, le) that is a list of names and nothing else (each two or three capitalised words), or null. */
function listItems(text: string, from: number, le: number): Array<[number, number]> | null {
  const items: Array<[number, number]> = [];
  let pos = from;
  NAME_ITEM_RE.lastIndex = pos;
  let m: RegExpExecArray | null;
  while (pos < le && (m = NAME_ITEM_RE.exec(text)) !== null) {
    const at = m.index + m[0].indexOf(m[1]!);
    items.push([at, at + m[1]!.length]);
    pos = NAME_ITEM_RE.lastIndex;
  }
  return items.length > 0 && /^[ \t\r]*$/.test(text.slice(pos, le)) ? items : null;
}

/** The items no name found overlaps, as names: not a street's, a shop's or a business's. */
function emitUnfound(text: string, items: ReadonlyArray<[number, number]>, found: (a: number, b: number) => boolean, out: Detections): void {
  for (const [a, b] of items) {
    const name = text.slice(a, b);
    if (isOrganisationName(name) || isBrandName(name) || PLACE_WORD.test(name.split(/[ \u00a0]/)[0]!)) continue;
    // (a name found inside the item, « Charles Gauthier » in « Jean Charles Gauthier », is left as it is)
    if (!found(a, b)) emit(out, 'person_name', a, b);
  }
}

// « Karim et Leïla Haddad », « Jean et Marie Dupont », « Claire et Paul Roux »: a couple's first names before their one surname
const COUPLE_BEFORE = new RegExp(`(?<![${UP}${LOW}'’.-])([${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?)[ \\u00a0]et[ \\u00a0]$`);

/** The known first name before « et » and the full name at `s` (names found from `first` on are in order). */
function coupleFirst(text: string, s: number, first: number, out: Detections): void {
  // the cheap test first: « et » right before
  if (s < 6 || text.charCodeAt(s - 2) !== 116 || text.charCodeAt(s - 3) !== 101) return;
  const m = COUPLE_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
  // (a first name that is a word too as well, « Claire et Paul Roux »; not a country's or a brand's)
  if (m === null || !isFirstName(m[1]!) || placeOrBrand(m[1]!)) return;
  const a = s - m[0].length;
  // already found (« Présents : Karim et Leïla Haddad »); a place named after a couple (« Université Pierre et Marie Curie »)
  if (out.count > first && out.start(out.count - 1) + out.length(out.count - 1) > a) return;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, a - 16), a))) return;
  emit(out, 'person_name', a, a + m[1]!.length);
}

// « Douglas Christopher Wilson »: a first name that is a word too (« douglas », the tree) before a known one and a surname
const WEAK_FIRST_BEFORE = new RegExp(`(?<![${UP}${LOW}'’.@-])[${UP}][${LOW}]+ $`);
const WORD_BEFORE = new RegExp(`(?<![${UP}${LOW}])([${UP}][${LOW}]*)[ \u00a0]$`);

/** Where the name at `s` starts: at such a first name just before it, or at `s`. */
function weakFirstBefore(text: string, s: number, first: number, out: Detections): number {
  if (s < 3 || text.charCodeAt(s - 1) !== 32) return s;
  const m = WEAK_FIRST_BEFORE.exec(text.slice(Math.max(0, s - 24), s));
  const w = m === null ? '' : m[0].slice(0, -1);
  // (not a document's word before it: « Devis Marie Dupont »)
  if (m === null || !isWeakFirstName(w) || NOT_SURNAME.has(w) || placeOrBrand(w)) return s;
  const a = s - m[0].length;
  if ((out.count > first && out.start(out.count - 1) + out.length(out.count - 1) > a) || PLACE_BEFORE.test(text.slice(Math.max(0, a - 16), a))) return s;
  // (nor a word after an article: « La Rose Marie Dupont », a shop's)
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, a - 12), a));
  return before !== null && NOT_SURNAME.has(before[1]!) ? s : a;
}

// A session's or a file's heading names its person after a dash (« # Séance 3 — Thomas », « Compte rendu – Léa »)
const HEADING_BEFORE = /^[ \t]*(?:#{1,6}[ \t]+)?(?:S[ée]ance|Rendez-vous|RDV|Consultation|Entretien|Suivi|Bilan|Compte[ -]rendu|CR|Dossier|Fiche|Notes?)(?![\p{L}])[^\n—–]{0,40}?[ \t\u00a0][—–-][ \t\u00a0]+$/iu;

/** A known first name alone at its line's end (the token [s, end)) after such a heading's dash. */
function byHeading(text: string, s: number, end: number, out: Detections): boolean {
  if (!strongFirstName(text.slice(s, end))) return false;
  const lineStart = lineStartWithin(text, s, 64);
  if (lineStart < 0 || !HEADING_BEFORE.test(text.slice(lineStart, s))) return false;
  emit(out, 'person_name', s, end);
  return true;
}

/**
 * « Noah (6 ans) », « Jade (7 ans) », « Marie (45 ans) », « Hugo, 9 ans »: a known first name, even one that is a word
 * too, before an age in brackets or after a comma is a child's or a client's, as a class list or a workshop's notes write it. Found from each « ( »
 * (a search for one character: the ages in the token search cost the names' rule 0.3 ms per MB); a name already
 * found there is left as it is. (« Paris (10 ans de présence) » is none: the age closes its brackets.)
 */
function agedNames(text: string, first: number, out: Detections): void {
  const found = out.count;
  for (let b = text.indexOf('('); b >= 0; b = text.indexOf('(', b + 1)) {
    AGE_RE.lastIndex = b;
    if (!AGE_RE.test(text)) {
      ageAfterName(text, b + 1, first, found, out);
      continue;
    }
    let we = b;
    while (we > 0 && (text.charCodeAt(we - 1) === 32 || text.charCodeAt(we - 1) === 0xa0)) we--;
    if (we < b) agedName(text, we, first, found, out);
  }
  // « Hugo, 9 ans, et Chloé, 6 ans »: the age after a comma, then a sign or the line's end (not « Paris, 10 ans de
  // présence »), after a first name that is no word too (from each comma: a search for « ans » cost 1 ms per MB)
  for (let c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
    AFTER_COMMA_AGE_RE.lastIndex = c + 1;
    if (isDigitCode(text.charCodeAt(c + 2)) && AFTER_COMMA_AGE_RE.test(text)) agedName(text, c, first, found, out, true);
    else if (text.charCodeAt(c + 1) === 32) ageAfterName(text, c + 2, first, found, out);
  }
}

/**
 * « deux enfants (Lucas 12 ans, Inès 9 ans) »: a first name that is no word too, right after a bracket or a comma,
 * then its age and a sign (not « (Paris 15 ans de présence) »).
 */
function ageAfterName(text: string, s: number, first: number, found: number, out: Detections): void {
  const c = text.charCodeAt(s);
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) return;
  let we = s + 1;
  while (we < text.length && we - s < 30 && isNameLetter(text.charCodeAt(we))) we++;
  NAME_THEN_AGE_RE.lastIndex = we;
  if (NAME_THEN_AGE_RE.test(text)) agedName(text, we, first, found, out, true);
}
const NAME_THEN_AGE_RE = /[ \u00a0]\d{1,2}[ \u00a0]ans(?=[,;)])/y;
const AFTER_COMMA_AGE_RE = /[ \u00a0]\d{1,2}[ \u00a0]ans(?=[,.;)]|\r?\n|$)/y;
const AGE_RE = /\(\d{1,2}[ \u00a0]ans\)/y;

/** The known first name ending at `we` (`strong`: no word too), unless a name found before (out[first, found)) covers it. */
function agedName(text: string, we: number, first: number, found: number, out: Detections, strong = false): void {
  let ws = we;
  while (ws > 0 && isNameLetter(text.charCodeAt(ws - 1))) ws--;
  if (we - ws < 2 || !(strong ? strongFirstName(text.slice(ws, we)) : isFirstName(text.slice(ws, we)))) return;
  if (namedBetween(out, first, found, ws, we)) return;
  emit(out, 'person_name', ws, we);
}
const isNameLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 45;

// The next « @ » of the block being read, found once for all the words before it (names are read in
// order; detectNames starts each block at -1).
const nextAt = { at: -1, bracketed: false };

/** Whether the address whose « @ » is at `at` opens with « < » or « ( » (« mailto: » allowed). */
function bracketedAddress(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 65 && isLocalPart(text.charCodeAt(k))) k--;
  if (text.charCodeAt(k) === 58 && text.startsWith('mailto:', k - 6)) k -= 7;
  const c = text.charCodeAt(k);
  return c === 60 || c === 40;
}

/** [A-Za-z0-9._%+-] */
function isLocalPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 64 && c <= 90 && c !== 64) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
// « Tiago Da Silva <tiago.dasilva@…> », « (mandre@…) »: the address right after the words.
// (a closing quote between them: « 'James Lokay' <jlokay@…> », as Outlook quotes a name)
const MAIL_AFTER = /['’"]?[ \u00a0]*[<(](?:mailto:)?([A-Za-z0-9._%+-]{1,64})@/y;

/**
 * Names the first-name list does not know, written just before an e-mail address made of them:
 * both words, or one and the other's initial (« dasilva.tiago », « mandre » for Maëlys André); on a mail's header
 * line, their initials or a personal mailbox (below). « Support Technique <support@…> » is no person: one word alone is
 * not enough.
 */
function byMailAddress(text: string, s: number, out: Detections): boolean {
  // most capitalised words have no « @ » within a line's reach: let them go before reading names
  if (nextAt.at < s) {
    nextAt.at = text.indexOf('@', s);
    if (nextAt.at < 0) nextAt.at = text.length;
    nextAt.bracketed = bracketedAddress(text, nextAt.at);
  }
  if (!nextAt.bracketed || nextAt.at - s > 120) return false;
  const e = followNames(text, s, 3, false, true);
  if (e === 0) return false;
  MAIL_AFTER.lastIndex = e;
  const m = MAIL_AFTER.exec(text);
  if (!m) return false;
  const local = m[1]!.toLowerCase().replace(/[^a-z]/g, '');
  if (isSender(text, s, e)) return false;
  const words = nameWords(text, s, e);
  let named = false;
  for (let i = 0; i < words.length && !named; i++) {
    for (let j = 0; j < words.length; j++) {
      if (i === j) continue;
      const a = words[i]!;
      const b = words[j]!;
      if ((local.includes(a) && local.includes(b)) || local.includes(a[0] + b) || local.includes(b + a[0])) {
        named = true;
        break;
      }
    }
  }
  // (in a mail's header line, the sender's or a recipient's name whatever their address's words: their initials
  // (« From: Tehotu Dupont <td@…> »), or a personal mailbox's (« To: Kavya Gauthier <kavya29@gmail.com> »); not a
  // service's (« <noreply@…> », « <contact@…> »))
  named ||= words.length >= 2 && inHeaderLine(text, s) && !ROLE_ADDRESS_RE.test(m[1]!) && (local === words.map((w) => w[0]).join('') || PERSONAL_MAILBOX_RE.test(domainAfter(text, MAIL_AFTER.lastIndex)));
  if (!named) return false;
  emit(out, 'person_name', s, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// The domains of the mailboxes people have for themselves (a shop's own domain is its name: « @leroymerlin.fr »)
const PERSONAL_MAILBOX_RE = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|protonmail|proton|free|orange|wanadoo|sfr|neuf|laposte|bbox|numericable|club-internet|yandex)\.[a-z]{2,3}$/i;

/** Whether the name at `s` opens a header line's value or one of its list's items (« To: A <a@…>, B <b@…> »). */
function inHeaderLine(text: string, s: number): boolean {
  let k = s - 1;
  if (text.charCodeAt(k) === 34 || text.charCodeAt(k) === 39) k--;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0) k--;
  const c = text.charCodeAt(k);
  if (c !== 58 && c !== 44) return false;
  const ls = lineStartWithin(text, s, 400);
  return ls >= 0 && isPeopleHeaderLine(text.slice(ls, s));
}

/** The domain of the address whose « @ » is just before `at`. */
function domainAfter(text: string, at: number): string {
  let k = at;
  while (k < text.length && k - at < 100 && isMailLocal(text.charCodeAt(k))) k++;
  return text.slice(at, k);
}

// A line holding only a name's two or three words (a CV's or a letterhead's heading, a signature's)
const HEADING_NAME_RE = new RegExp(`^[ \\t]*(${PARTICLES}${WORD}(?:[ \\u00a0]+${PARTICLES}${WORD}){1,2})[ \\t\\r]*$`);

/**
 * A name alone on its line, whatever its first name, when an e-mail address made of its words stands on one of the
 * four lines below: a CV's heading (« KEALA LEFÈVRE » above « Assistante administrative », its address and
 * « klefevre@sfr.fr »), a signature. The address says it is a person's name; not a shop's (« ATELIER BOIS »).
 */
function headingsByMail(text: string, first: number, out: Detections): void {
  const found = out.count;
  let done = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let ls = at;
    while (ls > 0 && isMailLocal(text.charCodeAt(ls - 1))) ls--;
    if (at - ls < 3) continue;
    // up the four lines above the address's (a capital opening a short line, before any slicing); each line's start
    // looked for within LINE_REACH, so that a block of addresses without line breaks costs no search back to its start
    let end = lineStartBack(text, ls, LINE_REACH) - 1;
    if (end >= 0 && text.charCodeAt(end) !== 10) continue;
    for (let k = 0; k < 4 && end > done; k++) {
      const start = lineStartBack(text, end, LINE_REACH);
      if (start > 0 && text.charCodeAt(start - 1) !== 10) break;
      if (end - start <= 60 && end - start >= 5 && isCapitalAt(text, start)) {
        const m = HEADING_NAME_RE.exec(text.slice(start, end));
        if (m !== null) {
          const s = start + m.index + m[0].indexOf(m[1]!);
          const e = s + m[1]!.length;
          const local = text.slice(ls, at).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
          if (!isSender(text, s, e) && !namedBetween(out, first, found, s, e) && madeOf(local, nameWords(text, s, e))) {
            emit(out, 'person_name', s, e);
            done = end;
          }
          break;
        }
      }
      if (start === 0) break;
      end = start - 1;
    }
  }
}

/** How far back a line's start is looked for above an e-mail address: a longer line is no card's nor a CV's. */
const LINE_REACH = 400;

/** A capital letter, or a particle's « d » (« de Villiers »), after blanks at a line's start. */
function isCapitalAt(text: string, i: number): boolean {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || c === 100;
}
const isMailLocal = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45 || c === 43;

/**
 * Whether an address's local part is made of two of the words as a person's is: one's initial then the other
 * (« klefevre »), both with a dot, a dash or an underscore between (« tehotu.vidal »), or both run together when one
 * is a first name (« paulmartin »); a shop's (« bleucitron@… » under « BLEU CITRON ») is none of these.
 */
function madeOf(local: string, words: string[]): boolean {
  const letters = local.replace(/[^a-z]/g, '');
  for (let i = 0; i < words.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (i === j) continue;
      const a = words[i]!;
      const b = words[j]!;
      if (letters === a[0] + b || letters === b + a[0]) return true;
      if (!letters.includes(a) || !letters.includes(b)) continue;
      if (joined(local, a, b) || joined(local, b, a) || isFirstNameFolded(a) || isFirstNameFolded(b)) return true;
    }
  }
  return false;
}

/**
 * Whether `a`, one or more of « . », « _ », « - », then `b` stand in `s` (« tehotu.vidal »). A string search, not a
 * regular expression built per address: every expression compiled adds to a worker's executable memory, past whose
 * 16 MB V8 compiles the next ones without optimizing (see letters.ts).
 */
function joined(s: string, a: string, b: string): boolean {
  for (let i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
    let k = i + a.length;
    while (k < s.length && (s.charCodeAt(k) === 46 || s.charCodeAt(k) === 95 || s.charCodeAt(k) === 45)) k++;
    if (k > i + a.length && s.startsWith(b, k)) return true;
  }
  return false;
}

// « Mme Chevalier, née Martin », « Mme Martin épouse Chevalier », « (ép. Chevalier) »: the birth or the married name after a name
const MAIDEN_RE = new RegExp(`(?:,[ \\u00a0]*|[ \\u00a0]+\\(?)(?:n[ée]e|[ée]pouse|[ée]p\\.|veuve|vve)[ \\u00a0]+(${PARTICLES}[${UP}][${LOW}'’]+(?:-[${UP}][${LOW}'’]+)?|[${UP}][${UP}'’-]+)(?![${UP}${LOW}\\d])`, 'y');

/** The birth or married names after the names found from `first` on (emitted after them, out of order: the block's merge sorts them). */
function maidenNames(text: string, first: number, out: Detections): void {
  const count = out.count;
  for (let i = first; i < count; i++) {
    if (out.type(i) !== 'person_name') continue;
    MAIDEN_RE.lastIndex = out.start(i) + out.length(i);
    const m = MAIDEN_RE.exec(text);
    if (m === null || NOT_SURNAME.has(m[1]!.replace(PARTICLES_RE, ''))) continue;
    const e = MAIDEN_RE.lastIndex;
    if (!namedBetween(out, first, out.count, e - m[1]!.length, e)) emit(out, 'person_name', e - m[1]!.length, e);
  }
}

/** Emits each span no name found from `first` on (before the call) overlaps. */
function emitUnnamed(spans: ReadonlyArray<[number, number]>, first: number, out: Detections): void {
  const named = out.count;
  for (const [s, e] of spans) if (!namedBetween(out, first, named, s, e)) emit(out, 'person_name', s, e);
}

/** Whether a name found in out[first, count) overlaps [s, e). */
function namedBetween(out: Detections, first: number, count: number, s: number, e: number): boolean {
  for (let i = first; i < count; i++) if (out.type(i) === 'person_name' && out.start(i) < e && s < out.start(i) + out.length(i)) return true;
  return false;
}

/**
 * « "Kerbrat, Yannick" <ykerbrat@…> »: Outlook's display name, surname first, in quotes before an
 * address (no token ends before a comma or a quote: read from each « < », rare outside mail).
 * Emits after the other names, out of order: the block's merge sorts them.
 */
function invertedDisplayNames(text: string, out: Detections): void {
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    let close = lt - 1;
    if (text.charCodeAt(close) === 32) close--;
    const quoted = text.charCodeAt(close) === 34;
    // unquoted too, in a header's list of recipients: « À : Kerbrat, Yannick <…>; Le Goff, Manon <…> »
    if (!quoted) close++;
    MAIL_AFTER.lastIndex = lt;
    const address = MAIL_AFTER.exec(text);
    if (!address) continue;
    const open = quoted ? text.lastIndexOf('"', close - 1) : unquotedStart(text, close);
    if (open < 0 || close - open > 60) continue;
    const comma = text.indexOf(',', open);
    if (comma < 0 || comma > close) continue;
    // the surname up to the comma, then first names up to the quote, exactly
    if (followNames(text, open + 1, 3, false, true) !== comma || followNames(text, comma + 1, 2, false) !== close) continue;
    if (isSender(text, open + 1, comma) || isSender(text, comma + 1, close)) continue;
    const first = text.slice(comma + 1, close).trim().split(/[ \u00a0]/)[0]!;
    if (isFirstName(first) || foldName(address[1]!).includes(foldName(text.slice(open + 1, comma)))) emit(out, 'person_name', open + 1, close);
  }
}

/**
 * Where an unquoted « Surname, First name » ending at `close` starts: after a header's « : », a recipient's « ; » or
 * « > », or its line's start, one comma within; -1 if none.
 */
function unquotedStart(text: string, close: number): number {
  let commas = 0;
  for (let k = close - 1; close - k <= 60; k--) {
    const c = k < 0 ? 10 : text.charCodeAt(k);
    if (c === 44) commas++;
    else if (c === 58 || c === 59 || c === 62 || c === 10) {
      let open = k + 1;
      while (text.charCodeAt(open) === 32) open++;
      return commas === 1 ? open - 1 : -1;
    }
  }
  return -1;
}

/** The words of text[s, e), folded (« Le Gall » → « le », « gall »). */
function nameWords(text: string, s: number, e: number): string[] {
  return text.slice(s, e).split(/[ \u00a0'’-]+/).map(foldName).filter((w) => w.length >= 2);
}

/** Whether the words of text[s, e) name an office, a shop or a service rather than someone. */
function isSender(text: string, s: number, e: number): boolean {
  return isOrganisationName(text.slice(s, e));
}

// A company's legal form after the words (« Client : Le Goff Expertise SARL »): a company's name, not someone's (a
// sole trader's « , EI » is someone's)
const COMPANY_FORM_AFTER_RE = /[ \u00a0]*,?[ \u00a0]*(?:SARL|SAS|SASU|EURL|SA|SCI|SCP|SELARL|SNC|GAEC|SCOP)(?![\p{L}\d])/uy;
function companyFormAfter(text: string, e: number): boolean {
  COMPANY_FORM_AFTER_RE.lastIndex = e;
  return COMPANY_FORM_AFTER_RE.test(text);
}

const INITIALS_BEFORE_RE = new RegExp(`(?:^|[\\s:])([${UP}]\\.(?:-?[${UP}]\\.)?[ \\u00a0]+)$`);

/** The length of a first name's initials and their blank just before `w` (« J. », « J.-P. »), or 0. */
function initialsBefore(text: string, w: number): number {
  const m = INITIALS_BEFORE_RE.exec(text.slice(Math.max(0, w - 8), w));
  return m ? m[1]!.length : 0;
}

/**
 * Whether the line at `lineStart` (« Nom⇥MARTINEZ ») is a form's field: its value ends it, and the line above or
 * below opens with a label too (« Prénom⇥Inès »): a table's header « Nom⇥Remarques » above its rows is not.
 */
function formLine(text: string, lineStart: number): boolean {
  let end = text.indexOf('\n', lineStart);
  if (end < 0) end = text.length;
  const second = text.indexOf('\t', text.indexOf('\t', lineStart) + 1);
  if (second >= 0 && second < end) return false;
  return (end < text.length && opensWithLabel(text, end + 1)) || (lineStart >= 2 && opensWithLabel(text, text.lastIndexOf('\n', lineStart - 2) + 1));
}

// A contract's party after a label, where its signature goes (« Signature : Le Bailleur »), not « Le Gall »
const PARTY_RE = /^(?:Le|La|L['’])[ \u00a0]?(?:Prestataire|Client|Cliente|Bailleur|Bailleresse|Preneur|Preneuse|Locataire|Propriétaire|Vendeur|Vendeuse|Acheteur|Acheteuse|Acquéreur|Acquéreuse|Gérant|Gérante|Mandant|Mandante|Mandataire|Employeur|Salarié|Salariée|Stagiaire|Souscripteur|Souscriptrice|Assuré|Assurée|Cédant|Cédante|Cessionnaire|Donneur|Titulaire|Bénéficiaire|Candidat|Candidate|Signataire|Formateur|Formatrice|Président|Présidente|Directeur|Directrice|Responsable|Représentant|Représentante|Intervenant|Intervenante|Organisateur|Organisatrice|Participant|Participante|Patient|Patiente|Praticien|Praticienne|Société|Entreprise|Direction|Parent|Tuteur|Tutrice|Coach|Photographe|Modèle)$/;

/**
 * Names the first-name list does not know: after "Client :" / "Nom :" at a line start, or on
 * the line after "Cordialement,". Returns true when it emitted.
 */
function byContext(text: string, word: number, out: Detections): boolean {
  // « Nom : de Villiers », « Nom : d’Aubigné »: the name opens with its particle
  const w = particleStart(text, word);
  // « Client : J. Dupont », « Cordialement,\nJ.-P. Martin »: or with its first name's initials
  const s = text.charCodeAt(w - 2) === 46 ? w - initialsBefore(text, w) : w;
  // Both contexts need the word to follow a ':' or to open its line (blanks aside): most
  // capitalised words do neither, and are let go before any slicing.
  let k = s - 1;
  let tabbed = false;
  for (; k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 62); k--) tabbed ||= text.charCodeAt(k) === 9;
  if (k >= 0 && text.charCodeAt(k) !== 58 && !isLineBreak(text.charCodeAt(k)) && !tabbed) return false;
  // (40: the longest label, « Directrice de la publication : », is 31 characters long)
  const lineStart = lineStartWithin(text, s, 40);
  if (text.charCodeAt(k) === 58 && FIELD_BEFORE.test(text.slice(Math.max(0, s - 31), s))) {
    const e = followNames(text, w, 3, false, true);
    if (e > 0) {
      emit(out, 'person_name', s, e);
      TOKEN_RE.lastIndex = e;
      return true;
    }
  }
  if (lineStart < 0) return false;
  const before = text.slice(lineStart, s);
  if (LABEL_BEFORE.test(before) || (tabbed && TAB_LABEL_BEFORE.test(before) && formLine(text, lineStart)) || KIN_OF_LABEL_BEFORE.test(before)) {
    const e = followNames(text, w, 3, false, true);
    // one word alone on its line is a name after « Nom : », « Prénom : » only (« Contact : Particulier »), or a known
    // first name (« Enfant : Zoé », « Conjoint : Marc »; not « Client : Marine »)
    if (e > 0 && !isSender(text, s, e) && !companyFormAfter(text, e) && !PARTY_RE.test(text.slice(s, e)) && (!aloneOnLine(text, s, e) || ONE_WORD_LABEL.test(before) || strongFirstName(text.slice(s, e)))) {
      emit(out, 'person_name', s, e);
      TOKEN_RE.lastIndex = e;
      return true;
    }
    return false;
  }
  // (a quoted reply's « > » opens its lines: « > Cordialement, » above « > Noelani Kerbrat »)
  if (lineStart >= 2 && /^[ \t>]*$/.test(before)) {
    let prevEnd = lineStart - 1;
    // (61: a closing or a label is short, but an HTML line keeps its tags as blanks)
    let prevStart = lineStartWithin(text, prevEnd, 61);
    if (prevStart >= 2 && /^[ \t\r>]*$/.test(text.slice(prevStart, prevEnd))) {
      prevEnd = prevStart - 1; // one blank line between the closing and the name
      prevStart = lineStartWithin(text, prevEnd, 61);
    }
    if (prevStart < 0) return false;
    const prev = text.slice(prevStart, prevEnd);
    const labelled = prevEnd === lineStart - 1 && (LABEL_LINE.test(prev) || signatureLine(prev));
    if (labelled || CLOSING_LINE.test(prev)) {
      const e = followNames(text, w, labelled ? 3 : 2, false, true);
      // a first word and one more (one only under « Nom », « Prénom »), alone on their line
      // (or a known first name alone, signing under a closing: « Bien à vous,\nLéa »)
      // (or one the lists do not know, a phone or an e-mail on the next line: « Cordialement,\nOluwaseun\n+33 6 … »)
      if (e > 0 && (!aloneOnLine(text, s, e) || (labelled ? ONE_WORD_LABEL.test(prev) && !HEADINGS.has(text.slice(s, e)) : strongFirstName(text.slice(s, e)) || signedWithContact(text, s, e)))) {
        // (« Thanks,\nThe Team », « Merci,\nService Client »: a team signs)
        if (!labelled && isSender(text, s, e)) return false;
        // (« Signature : » above « Le Bailleur »: a contract's party)
        if (labelled && PARTY_RE.test(text.slice(s, e))) return false;
        SIGN_NAME_END.lastIndex = e;
        if (SIGN_NAME_END.test(text)) {
          emit(out, 'person_name', s, e);
          TOKEN_RE.lastIndex = e;
          return true;
        }
      }
    }
  }
  return false;
}

/**
 * A signature's label alone on its line, as a quote's or a lease's foot writes it above the name: « Signature : »,
 * « Bon pour accord, signature du client : », « Signé : » (string tests, LABEL_LINE left as it was: the detectors'
 * native code sits near a page's edge, native-code.test.ts).
 */
function signatureLine(line: string): boolean {
  const l = line.trim();
  if (l.length > 60 || !l.endsWith(':')) return false;
  const lower = l.toLowerCase();
  const at = lower.indexOf('signature');
  return at >= 0 ? (at === 0 || lower.startsWith('bon pour accord') || lower.startsWith('lu et approuvé')) : /^sign[ée]e? *:$/.test(lower);
}

// (a widow's title between: « Mme Veuve Lambert », « Madame Vve Lambert »)
const WIDOW_RE = /[ \u00a0]+(?:veuve|Veuve|Vve|vve)\.?(?=[ \u00a0])/y;
// (written small, no capital pair for the token search: « Mme veuve Lambert », « madame veuve Lambert »)
const WIDOWED_HONORIFIC_RE = /(?<![\p{L}])(?:Mme|Madame|madame)[ \u00a0]+$/u;

/** The surnames after an honorific and « veuve » written small (« Rappeler Mme veuve Lambert »), not found yet. */
function widowedNames(text: string, first: number, out: Detections): void {
  const named = out.count;
  for (let i = text.indexOf('veuve '); i >= 0; i = text.indexOf('veuve ', i + 6)) {
    if (!WIDOWED_HONORIFIC_RE.test(text.slice(Math.max(0, i - 9), i))) continue;
    const e = followNames(text, i + 5, 3, false, false, true);
    const s = i + 6;
    if (e > 0 && !namedBetween(out, first, named, s, e)) emit(out, 'person_name', s, e);
  }
}

/** The name after an honorific that ends at `end` (« Mme Roux », « M. Jean Dupont »), when one follows it. */
function afterHonorific(text: string, end: number, out: Detections): void {
  WIDOW_RE.lastIndex = end;
  if (WIDOW_RE.test(text)) end = WIDOW_RE.lastIndex;
  const e = followNames(text, end, 3, false, false, true);
  if (e > 0) {
    emit(out, 'person_name', end + leadingSpaces(text, end), e);
    TOKEN_RE.lastIndex = e;
  }
}

// A line of first names after a short label (a workshop's, a class's, a group's: « Atelier du 12/03 : Sarah, Yanis,
// Camille et Hugo »), the last one ending the line: three or more items, each a known first name (a remark in brackets
// after it), three of them no word too. Not a list of examples, of the names given most, of a calendar's saints
// (« Prénoms les plus donnés : Léo, Gabriel, Jade », « Fêtes du jour : … »), nor a line of places (« Nancy, Metz »).
const FIRST_NAMES_LINE_RE = new RegExp(`^[^:\\n]{1,40}:[ \\u00a0\\t]*((?:[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?(?:[ \\u00a0]*\\([^()\\n]{0,40}\\))?(?:,[ \\u00a0]*|[ \\u00a0]+(?:et|&)[ \\u00a0]+)){2,})$`);
const FIRST_NAMES_ITEM_RE = new RegExp(`([${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?)(?:[ \\u00a0]*\\([^()\\n]{0,40}\\))?(?:,[ \\u00a0]*|[ \\u00a0]+(?:et|&)[ \\u00a0]+)`, 'gy');
const NOT_PEOPLE_LABEL_RE = /pr[ée]noms? (?:les plus|populaires|à la mode|tendance|rares|mixtes|masculins|féminins|en vogue|commençant|du calendrier|d['’]origine|anciens|classiques|de l['’]année)|exemples?|par ex|tels? que|comme|saints?|f[êe]tes?|calendrier|villes?|communes?|pays|régions?|personnages?|héros|auteurs?|chansons?|films?|albums?|titres?|rues?|prix/i;
function listedFirstNames(text: string, s: number, end: number, out: Detections): boolean {
  // (the word before: « , » or « et », a cheap first test for every capital ending its line)
  const p = text.charCodeAt(s - 2);
  if (s < 8 || text.charCodeAt(s - 1) !== 32 || (p !== 44 && p !== 116 && p !== 38)) return false;
  const ls = lineStartWithin(text, s, 400);
  if (ls < 0 || !strongFirstName(text.slice(s, end))) return false;
  const m = FIRST_NAMES_LINE_RE.exec(text.slice(ls, s));
  if (m === null) return false;
  // (the label and its colon, before the names)
  const labelEnd = s - m[1]!.length;
  if (NOT_PEOPLE_LABEL_RE.test(text.slice(ls, labelEnd))) return false;
  const items: Span[] = [];
  let strong = 1;
  FIRST_NAMES_ITEM_RE.lastIndex = labelEnd;
  for (let n: RegExpExecArray | null; FIRST_NAMES_ITEM_RE.lastIndex < s && (n = FIRST_NAMES_ITEM_RE.exec(text)) !== null; ) {
    const w = n[1]!;
    if (!isFirstName(w)) return false;
    if (!isWeakFirstName(w)) strong++;
    items.push([n.index, n.index + w.length]);
  }
  if (strong < 3) return false;
  items.push([s, end]);
  // (the names found on the line already: a list's label, « Présents : », found them)
  const onLine: Span[] = [];
  for (let k = out.count - 1; k >= 0 && out.start(k) >= ls; k--) onLine.push([out.start(k), out.start(k) + out.length(k)]);
  for (const [a, b] of items) if (!onLine.some(([x, y]) => x < b && a < y)) emit(out, 'person_name', a, b);
  TOKEN_RE.lastIndex = end;
  return true;
}

// A closing, its comma, then a known first name ending the line (a text message's or an e-mail's last line: « Bises,
// Léa », « Merci, Paul », « Bonne journée, Inès »; the name on the line below was read already)
const CLOSED_BEFORE = new RegExp(`^[ \\t>]*(?:${CLOSINGS})[ \\u00a0]*,[ \\u00a0]*$`);
const LINE_END_AFTER = /[ .!]*(?:\r?\n|\u2028|$)/y;
function signedAfterClosing(text: string, s: number, end: number, out: Detections): boolean {
  LINE_END_AFTER.lastIndex = end;
  if (!LINE_END_AFTER.test(text)) return false;
  // (40: « Bien cordialement, » and more blanks than any line holds before a name)
  const lineStart = lineStartWithin(text, s, 40);
  if (lineStart < 0 || !CLOSED_BEFORE.test(text.slice(lineStart, s)) || !strongFirstName(text.slice(s, end))) return false;
  emit(out, 'person_name', s, end);
  TOKEN_RE.lastIndex = end;
  return true;
}

// The greetings that open a line before a first name alone: « Bonjour Thomas, », « Merci Léa ! »
// (« Chers », « Chères » greet two: « Chers Paul et Sophie, »)
// (and a text message's closing before its sender's first name, « Bisous Léa »: a known one only, as after « Merci »)
const SIGNING = new Set(['Merci', 'Bises', 'Bisous', 'Bisou', 'Biz']);
const GREETINGS = new Set(['Bonjour', 'Bonsoir', 'Salut', 'Hello', 'Coucou', 'Cher', 'Chère', 'Chers', 'Chères', ...SIGNING]);
const GREETED_RE = new RegExp(`[ \\u00a0]+(${WORD})(?:[ \\u00a0]+et[ \\u00a0]+(${WORD}))?[ \\u00a0]*(?:[,!.]|\\r?\\n|$)`, 'y');
// « Paul D. », « Léa M. » then no letter nor « - » (« P.-S. »): an initial for a surname
const INITIAL_END = new RegExp(`[ \\u00a0][${UP}]\\.(?![${UP}${LOW}-])`, 'y');

/**
 * A known first name alone after a greeting (the token at `s`, ending at `end`) that opens its line,
 * then a comma, a « ! », a full stop or the line's end (no token ends before a comma: read from the greeting's);
 * or two known ones joined by « et » (« Bonjour Paul et Sophie, »).
 */
function greeted(text: string, s: number, end: number, out: Detections): boolean {
  if (!atLineStart(text, s)) return false;
  GREETED_RE.lastIndex = end;
  const m = GREETED_RE.exec(text);
  if (!m) return false;
  const greeting = text.slice(s, end);
  if (m[2] !== undefined) {
    if (!strongFirstName(m[1]!) || !strongFirstName(m[2])) return false;
  } else if (greeting === 'Chers' || greeting === 'Chères' || !(strongFirstName(m[1]!) || (!SIGNING.has(greeting) && (unknownGreeted(m[1]!) || weakGreeted(text, m))))) return false;
  const a = text.indexOf(m[1]!, end);
  emit(out, 'person_name', a, a + m[1]!.length);
  let e = a + m[1]!.length;
  if (m[2] !== undefined) {
    const b = text.indexOf(m[2], e);
    emit(out, 'person_name', b, (e = b + m[2].length));
  }
  TOKEN_RE.lastIndex = e;
  return true;
}

/** A first name that is a word too, greeted and then a comma or « ! » (« Bonjour Claire, », « Salut Adam ! »): not « Bonjour France, », « Bonjour Renault, ». */
function weakGreeted(text: string, m: RegExpExecArray): boolean {
  const last = m[0].trimEnd().slice(-1);
  return (last === ',' || last === '!') && isFirstName(m[1]!) && !placeOrBrand(m[1]!);
}

// Who a letter greets that is no one's name: a title, a role, a group (« Cher Client, », « Bonjour Madame, »,
// « Hello World! »)
const GREETED_NOUNS = new Set(['Client', 'Cliente', 'Ami', 'Amie', 'Collègue', 'Confrère', 'Consœur', 'Consoeur', 'Partenaire', 'Adhérent', 'Adhérente', 'Membre', 'Abonné', 'Abonnée', 'Lecteur', 'Lectrice', 'Parent', 'Parents', 'Voisin', 'Voisine', 'Messieurs', 'Mesdames', 'Tous', 'Toutes', 'Tout', 'Team', 'Équipe', 'Equipe', 'World', 'Monde', 'Famille', 'Président', 'Présidente', 'Directeur', 'Directrice', 'Patient', 'Patiente', 'Candidat', 'Candidate', 'Bénévole', 'Participant', 'Participante', 'Stagiaire', 'Utilisateur', 'Utilisatrice', 'Internaute', 'Donateur', 'Donatrice', 'Papa', 'Maman', 'Papi', 'Mamie', 'Tata', 'Tonton', 'Cousin', 'Cousine', 'Chef', 'Boss', 'Docteure', 'Beaucoup', 'Encore', 'Merci', 'Bonjour', 'Bonsoir']);

/**
 * A first name the lists do not know, alone after a greeting at its line's start (« Bonjour Tehotu, », « Chère
 * Noelani, »): one capitalised word of three letters or more, no title, role or group, no ordinary word of the lists.
 */
function unknownGreeted(w: string): boolean {
  return w.length >= 3 && CAPITALISED_RE.test(w) && !isFirstName(w) && !HONORIFICS.has(w) && !GREETED_NOUNS.has(w) && !isGivenNameWord(w);
}
const CAPITALISED_RE = new RegExp(`^[${UP}][${LOW}-]+$`);

// the line after a signature's name: a phone (its label allowed) or an e-mail address, alone
const CONTACT_LINE_RE = /^[ \t>]*(?:(?:t[ée]l(?:[ée]phone)?|portable|mobile|port)\.?[ \t]*:?[ \t]*)?(?:(?:\+|00)?\d[\d .()\-]{7,20}\d|[^\s@]+@[^\s@]+\.\p{L}{2,})[ \t]*\r?$/u;

/** An unknown first name alone on its line (unknownGreeted), a business's word aside, then a contact's line. */
function signedWithContact(text: string, s: number, e: number): boolean {
  if (!unknownGreeted(text.slice(s, e)) || isSender(text, s, e)) return false;
  const next = text.indexOf('\n', e) + 1;
  if (next === 0) return false;
  const end = text.indexOf('\n', next);
  return CONTACT_LINE_RE.test(text.slice(next, end < 0 ? Math.min(text.length, next + 80) : Math.min(end, next + 80)));
}

// (a particle is a word of its own: not the end of « LIBELLE DUPONT »)
const UPPER_PARTICLE_BEFORE = new RegExp(`(?<![${UP}${LOW}])(?:(?:${[...UPPER_PARTICLES].join('|')})[ \\u00a0]+){1,2}$`);

/** Where a surname in capitals at `s` starts, its particles in capitals included (« LE GOFF », « DE LA FONTAINE »). */
function upperParticleStart(text: string, s: number): number {
  const particle = UPPER_PARTICLE_BEFORE.exec(text.slice(Math.max(0, s - 10), s));
  return particle ? s - particle[0].length : s;
}
// Roman numerals: « LOUIS XV » is a style of furniture
const ROMAN_RE = /^[IVXLC]+$/;

/**
 * « JULIE MARTIN », « MARTIN JULIE »: two or three words in capitals alone on their line (a CV's heading,
 * a signature, a form's field typed in capitals), one of them a known first name however written — not a
 * place (« AVENUE JEAN JAURES »), a king's numeral (« LOUIS XV ») or a shop named after someone (« LOUIS
 * VUITTON »). Within a line, capitals are a bank's labels (payers.ts) or a company's name. `next` is the word after the one at `s`.
 */
function upperPair(text: string, s: number, end: number, next: string, out: Detections): boolean {
  // (« LE GOFF MANON »: the surname's particle opens the line)
  const start = upperParticleStart(text, s);
  // the cheap tests first: a line's start, capitals, the line's end; then the folded look-ups
  if (!atLineStart(text, start)) return false;
  const bare = next.replace(PARTICLES_RE, '');
  if (!isUpperWord(bare) || NOT_UPPER_SURNAME.has(bare) || ROMAN_RE.test(bare)) return false;
  const e = followNames(text, end, 2, true);
  if (e === 0) return false;
  SIGN_NAME_END.lastIndex = e;
  if (!SIGN_NAME_END.test(text)) return false;
  const word = text.slice(s, end);
  if (PLACE_WORD.test(word) || (!isFirstNameFolded(word) && !isFirstNameFolded(bare)) || isBrandName(text.slice(start, e))) return false;
  emit(out, 'person_name', start, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// Two words, one a surname in capitals, then where the person lives or when they were born, as an attestation or a
// contract writes it: « certifie que LECLERCQ Thandiwe, demeurant 106 rue… », « Koldo DUPONT, né le 12/03/1985 »
const RESIDENCE_RE = new RegExp(`(${WORD})[ \\u00a0]+(${WORD}),[ \\u00a0]+(?:demeurant|domicilié|domiciliée|domicilié\\(e\\)|résidant|résidante|né|née|né\\(e\\))[ \\u00a0]`, 'y');

// the first letters of « demeurant », « domicilié », « résidant », « né »
const RESIDENCE_WORD = new Set([100, 114, 110]);

/** A name of any first name before « , demeurant », « , né le »: one of its two words in capitals (not a place's). */
function byResidence(text: string, s: number, out: Detections): boolean {
  // (most capitalised words are followed by no comma and « demeurant » on their line: a few characters read first)
  let k = s;
  const stop = Math.min(text.length, s + 70);
  while (k < stop && text.charCodeAt(k) !== 44 && !isLineBreak(text.charCodeAt(k))) k++;
  if (k >= stop || text.charCodeAt(k) !== 44) return false;
  do k++;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0);
  if (!RESIDENCE_WORD.has(text.charCodeAt(k))) return false;
  RESIDENCE_RE.lastIndex = s;
  const m = RESIDENCE_RE.exec(text);
  if (m === null) return false;
  const [a, b] = [m[1]!, m[2]!];
  if (!(isUpperWord(a) || isUpperWord(b)) || PLACE_WORD.test(a) || NOT_UPPER_SURNAME.has(a) || NOT_UPPER_SURNAME.has(b)) return false;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, s - 16), s))) return false;
  const e = s + m[0].indexOf(',', a.length);
  emit(out, 'person_name', s, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// the first name ends the list's item: « DUPONT, Marie ; … », not « struktur AG, Joachim Bauch », « the ACM, April 1990 »
const COMMA_FIRST_RE = new RegExp(`,[ \\u00a0](${WORD})(?=[ \\u00a0]*(?:[;,.)\\]/]|\\r?\\n|$|et |and ))`, 'y');
// …and the surname opens it: a line's start, or after « : », « ; », « , », « ( », a dash, a bullet or « et »
const ITEM_BEFORE = /(?:^|[\n:;,(•*–-]|[ \t\u00a0](?:et|and))[ \t\u00a0]*$/;

/** « DUPONT, Marie »: a list's item, a surname in capitals, a comma, then a known first name (not one that is a word too). */
function commaPair(text: string, s: number, end: number, word: string, out: Detections): number {
  if (NOT_UPPER_SURNAME.has(word) || ROMAN_RE.test(word) || PLACE_WORD.test(word)) return -1;
  COMMA_FIRST_RE.lastIndex = end;
  const m = COMMA_FIRST_RE.exec(text);
  if (m === null || !isFirstName(m[1]!) || isWeakFirstName(m[1]!)) return -1;
  const e = end + m[0].length;
  // (« LE GOFF, Manon »: the surname's particle before it)
  const start = upperParticleStart(text, s);
  if (!ITEM_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return -1;
  emit(out, 'person_name', start, e);
  TOKEN_RE.lastIndex = e;
  return e;
}

/** Whether position s opens its line, blanks aside. */
function atLineStart(text: string, s: number): boolean {
  let k = s - 1;
  // (a quoted reply's « > », « >> » open its lines: « > Bonjour Marc, »)
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 62)) k--;
  return k < 0 || isLineBreak(text.charCodeAt(k));
}

// « Je soussignée Claire Dubois », « Nous soussignés, Paul et … »: who signs a certificate or a statement
const SIGNER_BEFORE = /soussign[ée](?:e|\(e\)|·e)?s?,?[ \u00a0]+$/;

/** A name after « soussigné(e) », known first name or not. */
function bySigner(text: string, s: number, out: Detections): boolean {
  if (text.charCodeAt(s - 1) !== 32) return false;
  // « soussigné » ends 1 to 6 characters before the name (« soussigné(e), »): a few look-ups, no search
  let k = s - 15;
  while (k <= s - 9 && !(text.charCodeAt(k) === 115 && text.startsWith('soussign', k))) k++;
  if (k > s - 9 || !SIGNER_BEFORE.test(text.slice(k, s))) return false;
  const e = followNames(text, s, 3, false, true);
  // (one word alone on its line is a name only when a known first name: « Je soussigné\nDirection » is none)
  if (e === 0 || (aloneOnLine(text, s, e) && !isFirstName(text.slice(s, e)))) return false;
  emit(out, 'person_name', s, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// A sole trader's legal form after their name, as a website's legal notice or a letterhead writes it
const SOLE_TRADER_AFTER = /(?:,[ \u00a0]*|[ \u00a0]+(?:[—–-][ \u00a0]+)?)(?:EI|EIRL|E\.I\.|(?:entrepreneur|entrepreneuse|entrepreneure) individuel(?:le)?|micro-entrepreneu(?:r|se)|auto-entrepreneu(?:r|se))(?![\p{L}])/iuy;

/**
 * A first name that is a word too, its surname, then a sole trader's legal form (« Claire Le Guen, EI », « Rose
 * Marchand EIRL »): a business named after its owner is a person's name.
 */
function bySoleTrader(text: string, s: number, out: Detections): boolean {
  const e = followNames(text, s, 3, false, true);
  if (e === 0 || !/[ \u00a0]/.test(text.slice(s, e))) return false;
  SOLE_TRADER_AFTER.lastIndex = e;
  if (!SOLE_TRADER_AFTER.test(text)) return false;
  emit(out, 'person_name', s, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// « Carte Famille Nombreuse », « label Famille Plus », « la famille Royale »: no surnames
const NOT_A_FAMILY = new Set(['Nombreuse', 'Nombreuses', 'Plus', 'Royale', 'Recomposée', 'Monoparentale', 'Rurale', 'Rurales', 'Accueil', 'Famille', 'Familles']);

/**
 * The name after a title written small or « famille » (« j'ai vu madame Kerbrat », « chantier chez la famille Le
 * Goff »), the token search having found it behind its title.
 */
function byTitle(text: string, s: number, title: string, out: Detections): void {
  if (LIST_SET.has(title)) {
    byList(text, s, out);
    return;
  }
  // (« les époux Dupuis »: a couple, by its surname, as « la famille Dupuis »; « les » before « époux » and its blank)
  const couple = title === 'époux' && /(?<![\p{L}])les[ \u00a0]+$/iu.test(text.slice(Math.max(0, s - 12), s - 6));
  if (KIN_SET.has(title) && !couple) {
    // a relative's known first name (a surname may follow it: « son mari Jean Dupont »)
    WORD_RE.lastIndex = s;
    const first = WORD_RE.exec(text)?.[0] ?? '';
    const w = s + first.length;
    // (the relative's honorific: « le fils de Mme Roux », « la fille de M. Roux », read as after any honorific)
    const honorific = text.charCodeAt(w) === 46 && HONORIFICS.has(`${first}.`) ? `${first}.` : first;
    if (HONORIFICS.has(honorific)) {
      afterHonorific(text, s + honorific.length, out);
      return;
    }
    // (a first name the lists do not know, with an initial: « Parle de sa sœur, Koldo L. »)
    if (!isFirstName(first) || isWeakFirstName(first)) {
      byInitial(text, s, w, out);
      return;
    }
    const e = Math.max(w, followNames(text, w, 2, false));
    emit(out, 'person_name', s, e);
    TOKEN_RE.lastIndex = e;
    return;
  }
  const family = title === 'famille' || title === 'Famille' || couple;
  // (from the blank before it: an initial may come first, « madame J. Kerbrat », or a particle, « monsieur de Villiers »)
  const at = particleStart(text, s);
  // (« la famille des Rosacées » is a botanist's, « la famille de Julien » Julien's)
  if (family && at < s) return;
  // (« madame veuve Lambert »: from the surname after the widow's title)
  WIDOW_RE.lastIndex = at - 1;
  const start = !family && WIDOW_RE.test(text) ? WIDOW_RE.lastIndex + 1 : at;
  const e = followNames(text, start - 1, family ? 2 : 3, false, false, !family);
  if (e === 0 || (family && NOT_A_FAMILY.has(text.slice(s, e).split(' ')[0]!))) return;
  emit(out, 'person_name', start, e);
  TOKEN_RE.lastIndex = e;
}

/**
 * The known first names of a list of people opened at `s` (its items between « , », « ; » and « et », a remark in
 * brackets skipped), to its line's or its sentence's end; an item with an honorific is the token search's.
 */
function byList(text: string, s: number, out: Detections): void {
  let pos = s;
  for (let items = 0; items < 40 && pos < text.length; items++) {
    WORD_RE.lastIndex = pos;
    const first = WORD_RE.exec(text)?.[0];
    // « DUPONT, Marie », « LE GOFF, Manon » as an item
    UPPER_ITEM_RE.lastIndex = pos;
    const u = first !== undefined && isUpperWord(first) ? UPPER_ITEM_RE.exec(text) : null;
    const paired = u ? commaPair(text, pos + u[0].length - u[1]!.length, pos + u[0].length, u[1]!, out) : -1;
    // (« M. Blanc » is no initial but an honorific, the token search's; « M.-L. Dubois » one)
    const initials = paired < 0 && first !== undefined && first.length === 1 && !(first === 'M' && text.charCodeAt(pos + 2) !== 45) ? initialsItemEnd(text, pos) : 0;
    if (paired >= 0) pos = paired;
    else if (pos === s && first !== undefined && HONORIFICS.has(text.charCodeAt(pos + 1) === 46 ? `${first}.` : first)) {
      // (the list's first item after its honorific, the token search's from the second on: « Présents : M. Roux, Mme Blanc »)
      afterHonorific(text, pos + first.length + (text.charCodeAt(pos + first.length) === 46 ? 1 : 0), out);
      pos = Math.max(pos, TOKEN_RE.lastIndex);
    } else if (initials > 0) {
      emit(out, 'person_name', pos, initials);
      pos = initials;
    } else if (first !== undefined && isFirstName(first) && !isWeakFirstName(first)) {
      const e = Math.max(pos + first.length, followNames(text, pos + first.length, 2, false));
      emit(out, 'person_name', pos, e);
      pos = e;
    }
    // to the next item: past a remark in brackets, to « , », « ; » or « et »; none past the line or the sentence
    ITEM_END_RE.lastIndex = pos;
    const m = ITEM_END_RE.exec(text);
    if (m === null || m[1] === undefined) return;
    pos = ITEM_END_RE.lastIndex;
  }
}
// An item of initials and a surname (« Y. Kerouac », « M.-L. Dubois », « J.-P. Martin »), the item's end after it
const INITIALS_ITEM_RE = new RegExp(`[${UP}]\\.(?:-?[${UP}]\\.)?[ \\u00a0]+${PARTICLES}[${UP}][${LOW}'’]+(?:-[${UP}][${LOW}'’]+)?(?=[ \\u00a0]*(?:[,;]|[ \\u00a0]et[ \\u00a0]|\\.?[ \\t]*(?:\\r?\\n|$)))`, 'y');
function initialsItemEnd(text: string, pos: number): number {
  INITIALS_ITEM_RE.lastIndex = pos;
  return INITIALS_ITEM_RE.test(text) ? INITIALS_ITEM_RE.lastIndex : 0;
}
const UPPER_ITEM_RE = new RegExp(`(?:[${UP}]+[ \\u00a0]){0,2}([${UP}][${UP}'’-]*)(?=,)`, 'y');
// (an initial's dot ends no sentence: « M. Blanc, J. Martin »)
const ITEM_END_RE = /(?:[^,;\n\r(.]|\([^)\n]{0,80}\)|\.(?! )|(?<=(?<![A-Za-zÀ-ÿ])[A-ZÀ-Þ])\.)*?(?:([,;]|[ \u00a0]et)[ \u00a0]+(?=\S)|[\n\r]|(?<!(?<![A-Za-zÀ-ÿ])[A-ZÀ-Þ])\.|$)/y;

/** Whether a first name ending at `end` is followed by an initial and its dot (INITIAL_END.lastIndex its end). */
function initialAfter(text: string, end: number): boolean {
  INITIAL_END.lastIndex = end;
  if (INITIAL_END.test(text)) return true;
  INITIAL_END.lastIndex = 0;
  return false;
}

// « avec », « par », « chez », a relative or a friend, then a first name with an initial: who a session's notes speak of
// (« Conflit au travail avec Adaeze L. », « Recommandé par Thandiwe T. », « Parle de sa sœur, Koldo L. »)
const SOMEONE_BEFORE = /(?:(?<![\p{L}])(?:avec|par|chez)|(?:sœur|soeur|frère|fille|fils|mère|père|mari|femme|amie?|collègue|voisine?|conjointe?|cousine?)[ \u00a0]*,?)[ \u00a0]+$/u;
// what a letter or a number often follows: « avec Annexe B. », « par Bâtiment C. »
const NOT_BEFORE_INITIAL = new Set(['Annexe', 'Partie', 'Section', 'Article', 'Chapitre', 'Bâtiment', 'Batiment', 'Escalier', 'Porte', 'Lot', 'Zone', 'Catégorie', 'Classe', 'Groupe', 'Niveau', 'Plan', 'Option', 'Type', 'Modèle', 'Version', 'Phase', 'Étape', 'Vitamine', 'Hépatite', 'Windows', 'Office', 'Excel', 'Word', 'Linux']);

/** A first name the lists do not know, then an initial (« Koldo L. »), after who names someone (SOMEONE_BEFORE). */
function byInitial(text: string, s: number, end: number, out: Detections): boolean {
  if (!initialAfter(text, end)) return false;
  const e = INITIAL_END.lastIndex;
  if (NOT_BEFORE_INITIAL.has(text.slice(s, end)) || !SOMEONE_BEFORE.test(text.slice(Math.max(0, s - 24), s))) return false;
  emit(out, 'person_name', s, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// A practitioner's agenda or notes open an entry with the surname, the first name, then the age: an osteopath's
// « 14/11/2026 — Dupuis Marc, 45 a, couvreur », « - Lemoine Claire (33 ans) » (a date, a time or a dash before it)
const ENTRY_START_RE = /(?:^|[\n\u2028])[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]*(?:[—–-][ \t]*)?|\d{1,2}[h:]\d{0,2}[ \t]+(?:[—–-][ \t]*)?)?$/;
const AGE_AFTER_RE = /(?:,[ \u00a0]*|[ \u00a0]*\()\d{1,3}[ \u00a0]?(?:ans|a)[ \t]*(?:[,;)—–-]|\r?\n|$)/y;

/** A capitalised surname, then a known first name and the person's age, opening an entry's line (a text's: no CSV row's). */
function byAgedEntry(text: string, s: number, end: number, out: Detections): boolean {
  if (TOKEN_RE !== LINE_TOKEN_RE || text.charCodeAt(end) !== 32) return false;
  NEXT_RE.lastIndex = end;
  const n = NEXT_RE.exec(text);
  if (!n || n[0].length - n[1]!.length !== 1 || !isFirstName(n[1]!)) return false;
  const e = end + n[0].length;
  AGE_AFTER_RE.lastIndex = e;
  if (!AGE_AFTER_RE.test(text) || !ENTRY_START_RE.test(text.slice(Math.max(0, s - 24), s))) return false;
  emit(out, 'person_name', s, e);
  TOKEN_RE.lastIndex = e;
  return true;
}

// « , née le », « (né en », « (e) » after the adjective too (« né(e) le »)
const BORN_AFTER_RE = /(?:,[ \u00a0]*|[ \u00a0]*\()n[ée]e?(?:[ \u00a0]?\(e\))?[ \u00a0]+(?:le|en|à)[ \u00a0]/y;

// (a shop's or a brand's story: « La Rose Trémière, née en 1990 »)
const ARTICLE_BEFORE_RE = /(?<![\p{L}'’])(?:la|le|les|l['’]|une?|des|du|au|aux|chez)[ \u00a0]*$/iu;

/**
 * The end of the capitalised surname after a first name that is a word too, at [s, end), when the person's birth or age
 * follows it, or what is around says it is someone's (person-context.ts); or 0. The surname is read once for both.
 */
function weakNameEnd(text: string, s: number, end: number): number {
  const e = followNames(text, end, 2, false);
  if (e === 0 || ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, s - 6), s))) return 0;
  BORN_AFTER_RE.lastIndex = e;
  AGE_AFTER_RE.lastIndex = e;
  if (BORN_AFTER_RE.test(text) || AGE_AFTER_RE.test(text)) return e;
  // (« France Télévisions », « France Travail », « Renault Trucks »: a country's or a brand's name first; « Claire
  // Voyance SARL »: a company's)
  if (placeOrBrand(text.slice(s, end)) || companyFormAfter(text, e)) return 0;
  return personBefore(text, s) || personAfter(text, e) || addresseeAbove(text, s, e) ? e : 0;
}

/** Whether a first name that is a word too is a country's, a place's or a brand's (« France », « Renault »): no context makes it someone's. */
function placeOrBrand(w: string): boolean {
  return w === 'France' || isPlaceOrBrand(w);
}

function strongFirstName(w: string): boolean {
  return isFirstName(w) && !isWeakFirstName(w);
}

const LOWER_PARTICLES = ['de la', 'van der', 'van den', 'de', 'du', 'des', 'da', 'do', 'dos', 'das', 'van', 'von'];

/** Where a name starts whose capitalised word is at `s`: before a lowercase particle (« de », « d’ »), or at `s`. */
function particleStart(text: string, s: number): number {
  const c = text.charCodeAt(s - 1);
  if (c === 39 || c === 0x2019) return text.charCodeAt(s - 2) === 100 && !isAlnum(text.charCodeAt(s - 3)) ? s - 2 : s;
  if (c !== 32) return s;
  for (const p of LOWER_PARTICLES) {
    const at = s - 1 - p.length;
    if (text.startsWith(p, at) && !isAlnum(text.charCodeAt(at - 1))) return at;
  }
  return s;
}

/** Whether text[s, e) is one word (« Le Bihan » is two) that ends its line. */
function aloneOnLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) return false;
  }
  SIGN_NAME_END.lastIndex = e;
  return SIGN_NAME_END.test(text);
}

/** Start of the line holding position i, if it is at most `max` characters back; else -1. */
function lineStartWithin(text: string, i: number, max: number): number {
  const stop = Math.max(0, i - max);
  for (let k = i - 1; k >= stop; k--) if (isLineBreak(text.charCodeAt(k))) return k + 1;
  return stop === 0 ? 0 : -1;
}

/** « \n », or U+2028 where an HTML page ended a line with a tag (<br>, </p>, </td>…: markup.ts). */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 0x2028;
}

const TIME_ZONE_REGIONS = new Set(['Africa', 'America', 'Antarctica', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific']);
/** Whether `word`, ending at `i` before a slash, is a time zone's region (« America/Santiago », « Asia/Tokyo »). */
function timeZoneRegion(text: string, word: string, i: number): boolean {
  return text.charCodeAt(i) === 47 && TIME_ZONE_REGIONS.has(word);
}

/** The length of the first word in text[s, e), a particle in capitals skipped (« LE GOFF » → 4). */
function firstWordLength(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 0xa0) k++;
  if (k < e && UPPER_PARTICLES.has(text.slice(s, k))) return firstWordLength(text, k + leadingSpaces(text, k), e);
  return k - s;
}

/** Whether a colon follows `i`, blanks between: the word before it is a field's label. */
function isLabelEnd(text: string, i: number): boolean {
  return text.charCodeAt(i + leadingSpaces(text, i)) === 58;
}

function leadingSpaces(text: string, i: number): number {
  let k = 0;
  while (text.charCodeAt(i + k) === 32 || text.charCodeAt(i + k) === 0xa0) k++;
  return k;
}

// An initial before a name word: « M. J. Dupont », « Mme A.-M. Le Bihan » (no name alone)
const INITIAL_RE = new RegExp(`[ \\u00a0]+[${UP}]\\.(?:-?[${UP}]\\.)?(?=[ \\u00a0]+${PARTICLES}[${UP}][${UP}${LOW}])`, 'y');

/** End of up to `max` name words following position `i`, or 0 when none qualifies. */
// (a city that is a surname too, right after an honorific: « Mme Paris est asthmatique », « Contact : M. Paris, +33 … »)
const CITY_SURNAMES = new Set(['Paris']);

function followNames(text: string, i: number, max: number, upperOnly: boolean, atWord = false, afterTitle = false): number {
  let end = 0;
  let pos = i;
  for (let k = 0; k < max; k++) {
    if (!(atWord && k === 0)) {
      INITIAL_RE.lastIndex = pos;
      if (INITIAL_RE.test(text)) pos = INITIAL_RE.lastIndex;
    }
    const re = atWord && k === 0 ? FIRST_RE : NEXT_RE;
    re.lastIndex = pos;
    const n = re.exec(text);
    if (!n) break;
    const w = n[1]!;
    const bare = w.replace(PARTICLES_RE, '');
    if ((NOT_SURNAME.has(bare) && !(afterTitle && k === 0 && CITY_SURNAMES.has(bare)) && !BRETON_DU_RE.test(w)) || NOT_UPPER_SURNAME.has(bare)) break;
    if (placeAfter(text, pos, pos + n[0].length, bare)) break;
    if (upperOnly && !isUpperWord(bare)) break;
    if (!isCapWord(bare) && !isUpperWord(bare)) break;
    // a form's next field, a few blanks away (« Réunion : Paul Martin   Salle : B12 »)
    if (k > 0 && n[0].length - w.length >= 2 && isLabelEnd(text, pos + n[0].length)) break;
    // a postcode's letters (« London NW1 6XE »), a reference's (« AB12 »): capitals glued to a digit; a program's
    // identifier, capitals on past an underscore (« Check HAVE_NATIVE_fat_chacha », « Check FLAG_OPAQUE »: changelogs'
    // entries; a file's « Marie DUPONT_facture.pdf » is hers)
    const glued = text.charCodeAt(pos + n[0].length);
    if (isUpperWord(bare) && (isDigitCode(glued) || (glued === 95 && isUpperOrDigit(text.charCodeAt(pos + n[0].length + 1))))) break;
    // a time zone's region (« CLT    America/Santiago »)
    if (timeZoneRegion(text, bare, pos + n[0].length)) break;
    pos += n[0].length;
    // a closing quote is no part of the name (« 'Gérard Fontaine' <…> », as Outlook quotes it), nor an English
    // possessive (« Tiphaine Cornec’s security code changed », « Mme Durand's invoice »)
    const last = text.charCodeAt(pos - 1);
    if (last === 39 || last === 0x2019) {
      end = pos - 1;
      break;
    }
    if (last === 115 && bare.length > 3 && (text.charCodeAt(pos - 2) === 39 || text.charCodeAt(pos - 2) === 0x2019)) {
      end = pos - 2;
      break;
    }
    end = pos;
    // « Saint » abridged goes on past its dot to the next word, if that one is a name's (« Matthias St. Pierre »)
    if ((bare === 'St' || bare === 'Ste') && text.charCodeAt(pos) === 46 && text.charCodeAt(pos + 1) === 32) pos++;
  }
  return end;
}

/**
 * Whether the word ending at `e`, after the word ending at `prevEnd`, ends a place's name rather than starting a surname:
 * « St » ending its name (a licence's « 51 Franklin St, Fifth Floor »; not « Matthias St. Pierre », « Tom St Denis »),
 * « Kong » after « Hong ».
 */
function placeAfter(text: string, prevEnd: number, e: number, bare: string): boolean {
  if (bare === 'St') {
    const c = text.charCodeAt(e);
    return c !== 46 && !((c === 32 || c === 0xa0) && isCapitalAt(text, e + 1));
  }
  return bare === 'Kong' && text.startsWith('Hong', prevEnd - 4);
}

// A Breton surname whose word is an article after its own (« M. et Mme Le Du »): « Du » alone is none
const BRETON_DU_RE = /^(?:Le|LE)[ \u00a0]+(?:Du|DU)$/;

/** Whether a field's whole value is shaped as a name (« Le Bihan », « de Villiers », not « Entrez votre prénom »). */
export function isNameShaped(value: string): boolean {
  return NAME_VALUE_RE.test(value);
}
