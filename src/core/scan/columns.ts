// Column-header awareness for CSV/TSV blocks and spreadsheet cells: under a "Nom", "Prénom",
// "Date de naissance", "Adresse" or "Téléphone" header, the cell itself is the finding.
import { SPECIAL_CATEGORIES, type FindingType } from './types.ts';
import { emit, type Detections } from './emit.ts';
import { isDate, isPartialDate } from './birthdate.ts';
import { nirShaped } from './validators.ts';
import { payerNameStart } from './payers.ts';
import { hasOrganisationWord } from './organisations.ts';

/** A header's words, lowercase, without accents or punctuation: « Prénom (facturation) » → « prenom facturation ». */
export function headerWords(h: string): string {
  // camelCase keys of JSON exports and APIs: « firstName », « dateOfBirth », « phoneNumber »
  const words = h.trim().replace(/^"|"$/g, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[_\-.()°:'’*/#?!&,]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const NOT_A_PERSON = /entreprise|societe|(?<![a-z])raison|produit|article|fichier|ville|rue|commune|pays|domaine|projet|service|categorie|type|code|numero|id\b|mail|tel|montant|prix|banque|agence|magasin|marque/;

const BIRTH_HEADER = /^(?:date (?:de )?naissance|date (?:de )?naiss|naiss|ddn|dn|d d n|d n|nee? le|ne e le|nee? e le|naissance|birth ?date|birthday|date (?:of )?birth|dob|(?:date (?:d )?)?anniversaire|anniv|annee (?:de )?naissance|dateofbirth|datenaissance|datedenaissance)$/;
const ADDRESS_HEADER = /^(?:adresse|adresse postale|adresse (?:du )?domicile|domicile|address|street|adresse ?1|address ?1|adresse ligne ?1|address line ?1|adresse de facturation|adresse de livraison|rue|adresse rue|address street|address address ?1|address formatted|adresse complete|adresse (?:d )?intervention|adresse (?:du )?chantier|lieu (?:d )?intervention|(?:n|no|numero) et (?:rue|voie)|rue et numero|street address|postal address|adresse postale complete|adresse de correspondance|street ?1|address street ?1)$/;
const PHONE_HEADER = /^(?:address phone|tel|telephone|tel portable|telephone portable|portable|mobile|tel mobile|telephone mobile|gsm|phone|mobile phone|cell|fixe|tel fixe|telephone fixe|numero (?:de )?(?:telephone|portable|mobile)|n telephone|sms|numero sms|(?:phone|mobile|telephone|cell) number|n (?:de )?(?:portable|mobile|tel)|numero (?:de )?tel|cell phone|telephone d urgence|tel (?:d )?urgence|emergency phone|phone (?:mobile|cell|perso)|(?:mobile|cell) phone number|mobilephone|cellphone|phonenumber|num (?:de )?(?:tel|telephone|portable|mobile))$/;
// A practitioner's file: what these columns hold is the patient's health (« néant », « RAS » aside)
const HEALTH_HEADER = /^(?:(?:antecedents?|atcds?)(?: medicaux| familiaux| chirurgicaux| personnels)?|ttt|pathologies?(?: connues?)?|allergies?(?: connues?)?|motif (?:de )?(?:la )?consultation|problemes? de sante|etat de sante|contre indications?|traitements? (?:medicaux|medical|en cours)|medicaments?(?: en cours)?)$/;
// The other special categories a club's, an employer's or a practitioner's file may keep in a column
// (and as a form asks it, its small words dropped: « Avez-vous des problèmes de santé ? » → « problemes sante »;
// a school's or a holiday camp's « PAI », the plan for a child's illness or allergy; a sports coach's « Blessures »;
// an employer's « Arrêt maladie », « Aménagement de poste », « Motif de l'arrêt », « Invalidité », a caterer's « Allergies
// alimentaires », « Intolérances »)
const HEALTH_MORE_HEADER = /^(?:handicap|type de handicap|situation de handicap|rqth|taux d invalidite|groupe sanguin|maladies? chroniques?|regime medical|suivi medical|restrictions? medicales?|vaccinations?|problemes? sante|etat sante|sante|(?:informations?|infos?|observations?|remarques?|notes?|renseignements?|particularites?) (?:medicales?|medicaux|sante)|pai|maladies?|blessures?(?: anterieures?| passees?| recentes?)?|douleurs?|limitations? physiques?|arrets? maladie|conges? maladie|jours d arret maladie|amenagements? (?:de |du )?poste|motif (?:de l )?arret|motif (?:d |de l )?hospitalisation|handicap (?:o n|oui non)|reconnaissance (?:de la )?(?:qualite de )?travailleur handicape|taux d incapacite|invalidite|categorie d invalidite|pension d invalidite|intolerances?(?: alimentaires)?|allergies? alimentaires?)$/;
// (or a condition itself, as a yoga studio's or a beautician's sheet asks it, answered yes or no: « Enceinte (O/N) »,
// « Diabète », a loan insurer's « Fumeur »; « Enceinte » alone is a shop's loudspeaker too)
const CONDITION_HEADER = /^(?:(?:femme )?enceinte (?:o n|oui non)|(?:grossesse(?: en cours)?|diabete|diabetique|epilepsie|epileptique|asthme|asthmatique|hypertension|pacemaker|porteur (?:d un )?pacemaker|fumeur(?: euse| fumeuse)?|fumeuse)(?: o n| oui non)?)$/;
const RELIGION_HEADER = /^(?:religion|confession|confession religieuse|culte|pratique religieuse|appartenance religieuse|croyances?(?: religieuses?)?|religion culte)$/;
// (and a yes under « Syndiqué(e) », a staff list's; an association's « Engagement politique »)
const UNION_HEADER = /^(?:syndicat|appartenance syndicale|affiliation syndicale|adhesion syndicale|mandat syndical|(?:syndique(?: e)?|syndiquee)(?: o n| oui non)?|organisation syndicale|syndicat d appartenance|delegue(?: e)? syndical(?: e)?|deleguee syndicale)$/;
const POLITICAL_HEADER = /^(?:parti politique|opinions? politiques?|appartenance politique|sensibilite politique|engagement politique|parti d appartenance|adhesion politique)$/;
const ORIENTATION_HEADER = /^orientation sexuelle$/;
// The social security number (« N° Sécurité sociale », « N° SS », « NIR », « Numéro INSEE », « Carte Vitale »): a form or a
// patient file often keeps its key in a column of its own, and 13 digits alone are no NIR to the number rules
const NIR_HEADER = /^(?:(?:n|no|nr|num|numero) )?(?:(?:de |d )?(?:securite sociale|secu|ss|insee|immatriculation securite sociale|carte vitale)|nir|nss|social security(?: number| no)?)$/;
const ETHNIC_HEADER = /^(?:origine ethnique|ethnie|appartenance ethnique)$/;
// A sexologist's or a couple therapist's file
const SEX_LIFE_HEADER = /^(?:vie sexuelle|sexualite|vie intime|vie affective et sexuelle)$/;
// A genealogist's or a naturopath's file: a DNA test's result
const GENETIC_HEADER = /^(?:test adn|resultat (?:du )?test adn|adn|haplogroupe|test genetique|analyse genetique|donnees genetiques|mutation genetique|predisposition genetique)$/;
// An employer's or a club's check of a record (RGPD art. 10): « Casier judiciaire » → « Vierge », « B3 reçu » (a gym's « Casier » is a locker)
const CRIMINAL_HEADER = /^(?:casier judiciaire|extrait (?:de )?casier(?: judiciaire)?|antecedents judiciaires|condamnations?(?: penales?)?|bulletin n ?3(?: du casier(?: judiciaire)?)?)$/;
const PERSON_HEADER = /^(?:nom|prenom|prenoms|nom complet|nom et prenom|nom prenom|prenom nom|nom de famille|nom famille|nom d usage|nom usage|nom de naissance|nom naissance|deuxieme prenom|second prenom|autres? prenoms?|nom a afficher|client|cliente|contact|nom du client|nom client|name|full ?name|first ?name|last ?name|middle ?name|given ?name|family ?name|additional ?name|display ?name|surname|fname|lname|patient|patiente|beneficiaire|interlocuteur|titulaire|adherent|eleve|stagiaire|salarie|destinataire|expediteur|participante?|membre|customer|invitee|attendee|voyageur|voyageuse|guest|lead guest|booker|booker name|booked by|reserve par|reservee par|reservation au nom de|personne a prevenir|contact d urgence|contact urgence|nom urgence|emergency contact(?: name)?|medecin traitant|nom du medecin|medecin|sender name|recipient name|locataire|occupant|occupante|demandeur|demandeuse|souscripteur|souscriptrice|assure|assuree|enfant|parent(?: [12])?|responsable legal|representant legal|conjoint|conjointe|apprenant|apprenante|apprenti|apprentie|referent|referente|tuteur|tutrice|aidant|aidante|proche aidant|resident|residente|usager|usagere|pensionnaire|candidat|candidate|acheteur|acheteuse|donateur|donatrice|benevole|cavalier|cavaliere|collaborateur|collaboratrice|praticien|praticienne|intervenant|intervenante|formateur|formatrice|vendeur|vendeuse|coiffeur|coiffeuse|technicien|technicienne|employe|employee|nom marital|nom de jeune fille|nom jeune fille|nom d epouse|spouse|spouse name|maiden name|manager s name|manager name|assistant s name|assistant name)$/;
// The words around a header's core that say whose or which one it is, as exports write them:
// « Nom du contact », « Prénom (facturation) », « Billing First Name », « Rue (domicile) »,
// « Address 1 - Street », « Phone 1 - Value », « Date de naissance du patient »; and as online forms
// ask them: « Quel est votre nom ? », « Votre numéro de téléphone », « Avez-vous des allergies ? ».
const DECOR = new Set(['quel', 'quelle', 'est', 'votre', 'vos', 'ton', 'ta', 'tes', 'avez', 'vous', 'your', 'what', 'is', 's', 'payeur', 'payeuse', 'payer', 'card', 'cardholder', '1', '2', '3', 'du', 'de', 'la', 'l', 'd', 'des', 'client', 'cliente', 'contact', 'patient', 'patiente', 'beneficiaire', 'titulaire', 'adherent', 'eleve', 'stagiaire', 'salarie', 'interlocuteur', 'enfant', 'parent', 'pere', 'mere', 'conjoint', 'tuteur', 'representant', 'responsable', 'legal', 'proprietaire', 'locataire', 'facturation', 'livraison', 'billing', 'shipping', 'participant', 'participante', 'membre', 'member', 'customer', 'invitee', 'attendee', 'guest', 'buyer', 'acheteur', 'home', 'default', 'domicile', 'personnel', 'personnelle', 'perso', 'prive', 'privee', 'principal', 'principale', 'value', 'valeur', 'mailing', 'primary',
  // whose: a stay's, an insurance's, a training's, a donation's; and the format a form asks (« Date de naissance (JJ/MM/AAAA) »)
  'voyageur', 'voyageuse', 'occupant', 'occupante', 'demandeur', 'demandeuse', 'souscripteur', 'souscriptrice', 'assure', 'assuree', 'apprenant',
  'apprenante', 'candidat', 'candidate', 'acheteuse', 'donateur', 'donatrice', 'benevole', 'destinataire', 'expediteur', 'booker', 'lead',
  'jj', 'mm', 'aaaa', 'aa', 'dd', 'yyyy', 'jjmmaaaa', 'ddmmyyyy', 'format', 'medecin', 'urgence',
  // the staff's: a salon's, a practice's, a shop's, a training's (« Prénom du collaborateur », « Nom du praticien »)
  'collaborateur', 'collaboratrice', 'praticien', 'praticienne', 'intervenant', 'intervenante', 'formateur', 'formatrice', 'vendeur',
  'vendeuse', 'coiffeur', 'coiffeuse', 'technicien', 'technicienne', 'employe', 'employee',
  // a CRM's person beside its organisation (Pipedrive's « Personne - Nom », « Personne - Téléphone »); a registration
  // tool's own fields (HelloAsso's « Champ additionnel: Allergies », « Informations complémentaires - Allergies »)
  'personne', 'champ', 'additionnel', 'complementaire', 'complementaires', 'informations']);

// Headers repeat from file to file and block to block; the cache is emptied when full (data cells
// are asked about too, when a table's header is looked for)
const typeOf = new Map<string, FindingType | null>();

// A form's labels that announce no finding of their own (a town, an e-mail, a job, remarks)
const OTHER_FIELD = /^(?:ville|code postal|cp|pays|profession|metier|email|e mail|mail|courriel|situation|remarques?|observations?|notes?|commentaires?)$/;

/**
 * Whether the line at `at` opens with a form's label and a tab (« Prénom⇥Enora », « Ville⇥Rennes »): the lines of
 * a two-column form copied into a text, a label and its value each, rather than a table's rows.
 */
export function opensWithLabel(text: string, at: number): boolean {
  const tab = text.indexOf('\t', at);
  if (tab < 0 || tab - at > 40) return false;
  const nl = text.indexOf('\n', at);
  if (nl >= 0 && nl < tab) return false;
  const label = text.slice(at, tab).trim();
  return label !== '' && (columnType(label) !== null || OTHER_FIELD.test(headerWords(label)));
}

/** The finding type a column header announces, if any. */
export function columnType(header: string): FindingType | null {
  let type = typeOf.get(header);
  if (type === undefined) {
    if (typeOf.size >= 4096) typeOf.clear();
    type = announced(header);
    typeOf.set(header, type);
  }
  return type;
}

/**
 * Whether a column's type is a special category's: its cells are about someone only in a table of
 * people (« Allergies » heads a menu's column too, « Religion » a bookshop's).
 */
export function needsPeople(type: FindingType | null | undefined): boolean {
  return type != null && SPECIAL.has(type);
}
const SPECIAL = new Set<FindingType>(SPECIAL_CATEGORIES);

// The name headers that can name nothing but a person (« Prénom », « firstName », « Nom de famille », a form's
// « your-name », a phone's backup of its messages « contact_name », Messenger's « sender_name »)
const SPECIFIC_NAME = /prenom|first|last|given|family|surname|full|middle|^[fl]name$|nom (?:de )?famille|nom complet|nom (?:d )?usage|nom (?:de )?naissance|nom et prenom|nom prenom|^(?:your|votre|ton) (?:name|nom)$|(?:contact|sender|patient) name|nom (?:du |de la )?(?:contact|patiente?)/;

/** Whether a header announcing names can name nothing else: « name », « nom », « client » name products and companies too. */
export function namesOnlyPeople(header: string): boolean {
  return SPECIFIC_NAME.test(headerWords(header));
}

// A bank export's other party (Qonto's « Nom de la contrepartie », Shine's « Contrepartie »): a client
// or a shop, a person only when written as one (payerNameStart)
const COUNTERPARTY_HEADER = /^(?:nom (?:de (?:la )?)?contrepartie|contrepartie|counterparty(?: name)?|nom du tiers|tiers)$/;

/** Whether a header announces a bank export's other party: names, among companies. */
export function isCounterpartyHeader(header: string): boolean {
  return COUNTERPARTY_HEADER.test(headerWords(header));
}

// A form tool's question about someone's health, whatever its wording (« Avez-vous des problèmes de santé ou des
// blessures dont je devrais être informée ? », « Êtes-vous enceinte ? »); not an offer's (« Souhaitez-vous nos conseils
// santé ? », « Avez-vous une mutuelle santé ? »)
// (or its pains, illnesses, operations, stays in hospital, medicines: « Souffrez-vous de douleurs chroniques ? »,
// « Prenez-vous un traitement ? » — not a plumber's « Souhaitez-vous un traitement anti-calcaire ? »)
// (and a loan insurer's: « Êtes-vous en arrêt de travail ? », « Percevez-vous une pension d'invalidité ? », « Avez-vous
// subi une intervention chirurgicale ? »)
const HEALTH_QUESTION = /(?:^| )(?:problemes? (?:de )?sante|blessures?|pathologies?|allergies?|contre indications?|traitements? medica(?:l|ux)|handicap|enceinte|grossesse|antecedents? medicaux|douleurs?|maladies?|souffrez vous|operee?s?|operations? chirurgicales?|interventions? chirurgicales?|arrets? (?:de travail|maladie)|invalidite|hospitalisee?s?|medicaments?|(?:prenez|suivez) vous (?:un |des )?traitements?)(?: |$)/;
const QUESTION_END = /\?\s*(?:\([^()]{0,80}\)\s*)?(?:"\s*)?$/;
const NOT_HEALTH_QUESTION = /mutuelle|assurance|conseils?|newsletter|recevoir|informations? sur|produits?/;

function announced(header: string): FindingType | null {
  const h = headerWords(header);
  if (!h) return null;
  const type = coreType(h);
  if (type !== null) return type;
  if (QUESTION_END.test(header) && HEALTH_QUESTION.test(h) && !NOT_HEALTH_QUESTION.test(h)) return 'health';
  // « Téléphone du contact »: the full header's « tel » says it is no person, not that it is no phone
  const core = h.split(' ').filter((w) => !DECOR.has(w)).join(' ');
  const inner = core && core !== h ? coreType(core) : null;
  return inner === 'person_name' && NOT_A_PERSON.test(h) ? null : inner;
}

function coreType(h: string): FindingType | null {
  if (BIRTH_HEADER.test(h)) return 'birth_date';
  if (ADDRESS_HEADER.test(h)) return 'postal_address';
  if (PHONE_HEADER.test(h)) return 'phone';
  if (HEALTH_HEADER.test(h) || HEALTH_MORE_HEADER.test(h) || CONDITION_HEADER.test(h)) return 'health';
  if (RELIGION_HEADER.test(h)) return 'religion';
  if (UNION_HEADER.test(h)) return 'union_membership';
  if (POLITICAL_HEADER.test(h)) return 'political';
  if (ORIENTATION_HEADER.test(h)) return 'sexual_orientation';
  if (ETHNIC_HEADER.test(h)) return 'ethnic_origin';
  if (CRIMINAL_HEADER.test(h)) return 'criminal_offence';
  if (SEX_LIFE_HEADER.test(h)) return 'sex_life';
  if (GENETIC_HEADER.test(h)) return 'genetic';
  if (NIR_HEADER.test(h)) return 'nir';
  if (NOT_A_PERSON.test(h)) return null;
  return PERSON_HEADER.test(h) ? 'person_name' : null;
}

/** Whether the cell text[s, e) can hold what its header announces, slicing only the cells that may be dates. */
export function plausibleAt(type: FindingType, text: string, s: number, e: number): boolean {
  switch (type) {
    case 'person_name':
      // « Enfant », « Assuré », « Conjoint » columns sometimes answer yes or no
      return e - s <= 80 && plausibleName(text, s, e) && !isNoName(text, s, e);
    case 'birth_date': {
      // every date shape starts with a digit or a letter (« mardi 12 mars 1985 », « March 12, 1985 »); a birthday
      // without its year (Mailchimp's « 03/15 », « 15/03 ») or written month first (Outlook.com's « 3/15/1985 ») is
      // one under such a header too
      const c = text.charCodeAt(s) | 32;
      // (Google Contacts' birthday without its year, as ISO 8601 writes one: « --03-15 »)
      if (c === 45) return e - s <= 7 && NO_YEAR_RE.test(text.slice(s, e));
      if (!(c >= 48 && c <= 57) && !(c >= 97 && c <= 122)) return false;
      if (e - s > 40) return false;
      // (a database's or an API's date and time: « 1985-03-12 00:00:00 », « 1985-03-12T00:00:00.000Z »)
      const cell = text.slice(s, e).replace(TIME_OF_DAY_RE, '');
      // (« 12 mars », « mars 1985 », « 1985 » too: a loyalty card's birthday, a form's year of birth)
      return isDate(cell) || isDayAndMonth(cell) || MONTH_FIRST_RE.test(cell) || isPartialDate(cell);
    }
    case 'postal_address':
      return e - s <= 200 && threeLetters(text, s, e);
    case 'phone': {
      // spreadsheets drop the leading zero (612345678); mailing tools keep the country's 33 (33612345678)
      if (e - s === 11 && text.charCodeAt(s) === 51 && text.charCodeAt(s + 1) === 51) s += 2;
      if (e - s !== 9) return false;
      const c0 = text.charCodeAt(s);
      const c1 = text.charCodeAt(s + 1);
      if (c0 < 49 || c0 > 57 || (c0 === 55 && c1 >= 48 && c1 <= 50)) return false;
      for (let i = s + 1; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) return false;
      }
      return true;
    }
    case 'nir':
      return nirCell(text, s, e);
    case 'union_membership':
      // « FO », « SUD »: a union's initials are enough
      return saysSomething(text.slice(s, Math.min(e, s + 300)), UNION_WORD_RE);
    case 'health':
      // (a blood group has no three letters: « A+ », « O- », « AB Rh+ »)
      // (or a yes ticked: « O », « X », « ✓ » under « Enceinte (O/N) »; « Oui » says something already)
      return saysSomething(text.slice(s, Math.min(e, s + 300))) || (e - s <= 12 && (BLOOD_GROUP_RE.test(text.slice(s, e)) || YES_MARK_RE.test(text.slice(s, e))));
    default:
      // the other special categories: a long history says something if its beginning does
      return SPECIAL.has(type) && saysSomething(text.slice(s, Math.min(e, s + 300)));
  }
}

const NO_NAME = new Set(['oui', 'non', 'yes', 'no', 'true', 'false', 'vrai', 'faux', 'ok', 'aucun', 'aucune', 'néant', 'neant', 'inconnu', 'inconnue', 'unknown', 'null', 'none', 'nc', 'na', 'n/a']);
// their length with their first, then their second letter, lowercase: most name cells are let go
// after two table look-ups, without slicing them (a Set per cell cost 0.35 ms per MB of CSV)
const NO_NAME_FIRST = new Uint8Array(9 * 128);
const NO_NAME_SECOND = new Uint8Array(9 * 128);
for (const w of NO_NAME) {
  NO_NAME_FIRST[w.length * 128 + ((w.charCodeAt(0) | 32) & 127)] = 1;
  NO_NAME_SECOND[w.length * 128 + ((w.charCodeAt(1) | 32) & 127)] = 1;
}

/** « Oui », « non », « N/A »: an answer, not a name (an « Enfant » or « Assuré » column may hold them). */
function isNoName(text: string, s: number, e: number): boolean {
  const n = e - s;
  return n <= 8 && NO_NAME_FIRST[n * 128 + ((text.charCodeAt(s) | 32) & 127)] === 1 && NO_NAME_SECOND[n * 128 + ((text.charCodeAt(s + 1) | 32) & 127)] === 1 && NO_NAME.has(text.slice(s, e).toLowerCase());
}

const NOTHING_RE = /^(?:n[ée]ant|aucun(?:e|s|es)?|ras|r\.a\.s\.?|non|sans|n\/?a|nc|nsp|-+|\/|\?|0|rien(?: à signaler)?|pas de .*|non (?:communiqu|renseign|pr[ée]cis|applicable|concern|demand|fourni).*|ne (?:souhaite|veut) pas .*|pr[ée]f[èe]re ne pas .*|inconnue?|sans objet|pas concern[ée]e?)[ .]*$/i;

const TIME_OF_DAY_RE = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

const YES_MARK_RE = /^(?:[OoXxYy]|✓|✔|☒|☑)$/u;
const BLOOD_GROUP_RE = /^(?:A|B|AB|O)[ \u00a0]?(?:Rh[ \u00a0]?)?(?:[+-]|\u2212|positif|négatif|negatif)$/i;

const MONTH_FIRST_RE = /^(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)\d{2}$/;
const NO_YEAR_RE = /^--(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])$/;

/** « 15/03 », « 03/15 », « 1.3 »: a day and a month, in either order. */
function isDayAndMonth(cell: string): boolean {
  const m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(cell);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

const THREE_LETTERS_RE = /\p{L}{3}/u;
const UNION_WORD_RE = /\p{Lu}{2}|\p{L}{3}/u;

/**
 * A NIR under its header: 13 characters of a NIR's shape (« 1850578006084 », « 1 85 05 78 006 084 »), its key
 * after them or not — a key that does not hold is a NIR mistyped, still someone's number.
 */
function nirCell(text: string, s: number, e: number): boolean {
  if (e - s > 30) return false;
  const compact = text.slice(s, e).replace(/[ .\u00a0-]/g, '');
  return (compact.length === 13 || (compact.length === 15 && /^\d{2}$/.test(compact.slice(13)))) && nirShaped(compact.slice(0, 13));
}

/** A special category's cell that says something: « Asthme », not « Néant », « RAS », « aucune », « - ». */
function saysSomething(cell: string, word = THREE_LETTERS_RE): boolean {
  return word.test(cell) && !NOTHING_RE.test(cell);
}

/** /\p{L}{3}/u over text[s, e): a loop for Latin letters, the regex when other scripts appear. */
function threeLetters(text: string, s: number, e: number): boolean {
  let run = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x100) return /\p{L}{3}/u.test(text.slice(s, e));
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
    if (!letter) run = 0;
    else if (++run >= 3) return true;
  }
  return false;
}

/** Two letters in a row, no '@' and no run of 3 digits: without slicing the cell. */
function plausibleName(text: string, s: number, e: number): boolean {
  let letters = 0;
  let two = false;
  let digits = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return false;
    if (c >= 48 && c <= 57) {
      if (++digits >= 3) return false;
      letters = 0;
      continue;
    }
    digits = 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      if (++letters >= 2) two = true;
    } else letters = 0;
  }
  return two;
}

/** Spreadsheet cells under a known header, one per line: each whole (trimmed) cell. */
export function detectCell(text: string, header: string, out: Detections, aboutPeople = false, announces?: FindingType): void {
  const counterparty = announces === undefined && isCounterpartyHeader(header);
  const type = announces ?? (counterparty ? 'person_name' : columnType(header));
  // « Allergies » heads a menu's column too: health only in a table of people
  if (!type || (needsPeople(type) && !aboutPeople)) return;
  const mixed = !counterparty && namesBusinessesToo(type, header);
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && plausibleAt(type, text, s, e) && !(mixed && isBusiness(text, s, e))) emitCell(out, type, text, s, e, counterparty);
    start = end + 1;
  }
}

/** Whether a column of names is headed by a word that names businesses too (« Client », « Nom »; not « Prénom »). */
function namesBusinessesToo(type: FindingType | null | undefined, header: string): boolean {
  return type === 'person_name' && !namesOnlyPeople(header);
}

/**
 * A business in a column of names whose header names them too: a self-employed designer's book of takings lists its
 * « Client » as « Martin Claire » or « Boulangerie Le Fournil ». (Two words at least: « Garage » alone may be a
 * surname; the cell sliced only when it has a blank.)
 */
function isBusiness(text: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && text.charCodeAt(i) !== 32) i++;
  return i < e && hasOrganisationWord(text.slice(s, e));
}

/** A cell's finding; a counterparty's only when it names a person, from the name on (« M. Kerbrat » → « Kerbrat »). */
function emitCell(out: Detections, type: FindingType, text: string, s: number, e: number, counterparty: boolean): void {
  if (!counterparty) emit(out, type, s, e);
  else {
    const at = payerNameStart(text, s, e);
    if (at >= 0) emit(out, type, at, e);
  }
}

function pickDelimiter(header: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [';', ',', '\t', '|']) {
    const c = header.split(d).length - 1;
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

interface Header {
  line: string;
  tsv: boolean;
  delim: string;
  /** A column of names: each row is about a person. */
  people: boolean;
  /** What each column announces; health only in a table of people (« Allergies » heads a menu's column too). */
  types: Array<FindingType | null>;
  /** The columns of a bank export's other party: names only when written as a person's (payerNameStart). */
  counterparty: boolean[];
  /** The columns of names whose header names businesses too (« Client », « Nom »): not a cell that is one. */
  mixed: boolean[];
  /** A vet's or a pet sitter's table: an animal's column and none of people's names (its owner's aside). */
  animals: boolean;
}
// A file's blocks share its header: read once (each block asks twice, for its columns and its people).
let lastHeader: Header | undefined;

// How far down a hand-made table's header may stand, below its title and blank lines
export const HEADER_SEARCH_LINES = 10;

/**
 * The header line of a CSV/TSV file, from its first block (headerRowIndex over its first lines):
 * a spreadsheet saved as CSV keeps the title above its table. Returns the line and where the body
 * starts.
 */
export function findHeaderLine(text: string, tsv: boolean): { line: string; bodyStart: number } {
  const lines: string[] = [];
  const ends: number[] = [];
  for (let at = 0; lines.length < HEADER_SEARCH_LINES && at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    lines.push(text.slice(at, nl).replace(/\r$/, ''));
    ends.push(Math.min(text.length, nl + 1));
    at = nl + 1;
  }
  if (lines.length === 0) return { line: '', bodyStart: 0 };
  const k = headerRowIndex(lines.map((line) => line.split(tsv ? '\t' : pickDelimiter(line))));
  return { line: lines[k]!, bodyStart: ends[k]! };
}

/**
 * Which of a table's first rows is its header: the first that announces a type with only titles
 * or blank rows above it (one cell at most: « Liste des clients 2026;;; »), or below a row of
 * group headings (« Identité;;Coordonnées;; »: fewer cells, announcing nothing) with more cells
 * than any row above or two types; failing that, the first row.
 */
export function headerRowIndex(rows: ReadonlyArray<readonly string[]>): number {
  let firstFull = -1;
  let widest = 0;
  for (let k = 0; k < rows.length && k < HEADER_SEARCH_LINES; k++) {
    let filled = 0;
    let typed = 0;
    // below the first row, a row with a number (a date, a phone, an amount) is data, whatever it says
    let data = false;
    // (a line of thousands of cells is no header: each would be looked up)
    if (rows[k]!.length > 200) continue;
    for (const cell of rows[k]!) {
      if (!/[^\s"]/.test(cell)) continue;
      filled++;
      if (k > 0 && /\d\d/.test(cell)) data = true;
      if (cell.length <= 60 && columnType(cell) !== null) typed++;
    }
    if (!data && (typed >= 2 || (typed === 1 && (firstFull < 0 || filled > widest)))) return k;
    if (filled >= 2 && firstFull < 0) firstFull = k;
    widest = Math.max(widest, filled);
  }
  // no header below: the first row, as a header that announces nothing or a first row of data
  return 0;
}

const PROFILE_URL_RE = /profile url/;
const FROM_TO_RE = /^(?:from|to)$/;
// A practitioner's appointments (« Patient;Date;Motif », a booking tool's export): why a patient comes is their health
const PATIENT_HEADER_RE = /(?:^| )patiente?s?(?: |$)/;
const VISIT_REASON_HEADER = /^(?:motifs?|motif (?:du |de (?:la )?)?(?:rdv|rendez vous|visite|seance|venue|consultation)|raison (?:de la |du )?(?:visite|rdv|consultation|venue))$/;

// A shop's catalogue: its « Nom » names products (WooCommerce's French export « Type, UGS, Nom, …, Stock, Catégories »,
// PrestaShop's « Nom;Référence;Catégorie;Prix HT;Quantité », a menu's « Nom;Allergènes;Prix », a practitioner's offer
// « Nom;Durée;Tarif »): one heading no table of people has, or two of a price list
const PRODUCT_HEADER = /^(?:allergenes|ugs|sku|ean(?: ?13)?|gtin|code barres?|stock|(?:quantite )?en stock|stock disponible|poids(?: kg| g)?|tarif (?:regulier|promo)|prix (?:promo|barre|d achat)|description courte|visibilite dans le catalogue|publie|mis en avant|ref(?:erence)? (?:produit|article|fournisseur)|fournisseur|contenance|conditionnement)$/;
const PRICE_LIST_HEADER = /^(?:categories?|prix(?: unitaire| ht| ttc)?|tarif|description|marque|type|ref(?:erence)?|quantite|qte|unite|taille|couleur|variante|tva|taux (?:de )?tva|duree)$/;
// (a visit's date makes the rows clients': a therapist's « Nom;Date;Durée;Tarif »)
const VISIT_DATE_HEADER = /^date(?: (?:de (?:la |l )?|du )?(?:seance|rdv|rendez vous|visite|intervention|prestation|consultation|cours))?$/;
const BARE_NAME_HEADER = /^(?:nom|name)s?$/;

/** Whether a header is a catalogue's: its only column of names a bare « Nom », nothing else said of a person. */
function isCatalogue(types: ReadonlyArray<FindingType | null>, words: readonly string[]): boolean {
  if (!types.every((t, i) => t === null || (t === 'person_name' && BARE_NAME_HEADER.test(words[i]!)))) return false;
  if (words.some((w) => VISIT_DATE_HEADER.test(w))) return false;
  return words.some((w) => PRODUCT_HEADER.test(w)) || words.filter((w) => PRICE_LIST_HEADER.test(w)).length >= 2;
}

/**
 * What each column of a table's header announces: its own words' type (columnType), and what the other columns say of
 * it — LinkedIn's exports of messages and invitations name people under « FROM » and « TO » beside a profile's URL;
 * a patient's « Motif » is their health.
 */
export function tableTypes(cells: readonly string[]): Array<FindingType | null> {
  const types = cells.map(columnType);
  const words = cells.map(headerWords);
  if (isCatalogue(types, words)) return types.map(() => null);
  if (words.some((w) => PROFILE_URL_RE.test(w))) {
    for (let i = 0; i < cells.length; i++) if (types[i] === null && FROM_TO_RE.test(words[i]!)) types[i] = 'person_name';
  }
  // (the patients said by a names column's header, or by another column beside one: a booking tool's « Nouveau patient »)
  if (types.includes('person_name') && words.some((w) => PATIENT_HEADER_RE.test(w))) {
    for (let i = 0; i < cells.length; i++) if (types[i] === null && VISIT_REASON_HEADER.test(words[i]!)) types[i] = 'health';
  }
  return types;
}

/** The header of a CSV/TSV block — `headerLine` (later blocks) or found in the block (findHeaderLine) — and where its body starts. */
function headerOf(text: string, headerLine: string | undefined, tsv: boolean): { header: Header; bodyStart: number } {
  let line = headerLine;
  let bodyStart = 0;
  if (line === undefined) ({ line, bodyStart } = findHeaderLine(text, tsv));
  line = line.replace(/\r$/, '');
  if (lastHeader?.line !== line || lastHeader.tsv !== tsv) {
    const delim = tsv ? '\t' : pickDelimiter(line);
    const cells = headerCells(line, delim);
    const types = tableTypes(cells);
    const people = types.includes('person_name');
    // (a statement is no table of people: its other parties are mostly shops)
    const counterparty = cells.map((c, i) => types[i] === null && isCounterpartyHeader(c));
    const all = people ? types : types.map((t) => (needsPeople(t) ? null : t));
    const animals = !people && cells.some((c) => ANIMAL_HEADER.test(headerWords(c)));
    const mixed = cells.map((c, i) => namesBusinessesToo(types[i], c));
    lastHeader = { line, tsv, delim, people, types: all.map((t, i) => (counterparty[i] ? 'person_name' : t)), counterparty, mixed, animals };
  }
  return { header: lastHeader, bodyStart };
}

const ANIMAL_HEADER = /^(?:animal|animaux|nom (?:de l )?animal|espece|race|chien|chat|nac)$/;

/**
 * A header line's cells, a quoted one whole: a form tool's question holds commas (Google Forms' « "Avez-vous des
 * problèmes de santé ? (asthme, diabète, etc.)" »), and cut at them it shifted every column after it.
 */
export function headerCells(line: string, delim: string): string[] {
  if (line.indexOf('"') < 0) return line.split(delim);
  const n = line.length;
  const cells: string[] = [];
  for (let i = 0; i <= n; ) {
    let value = '';
    let j = i;
    if (line.charCodeAt(i) === 34) {
      // (the rows' own closing quote: « "" » escapes one; never closed, the cell runs to the line's end)
      const q = closingQuote(line, i + 1, n);
      value = line.slice(i + 1, q).replace(/""/g, '"');
      j = Math.min(q + 1, n);
    }
    // (what follows the closing quote up to the delimiter stays with the cell, as a spreadsheet reads it)
    const d = line.indexOf(delim, j);
    const end = d < 0 ? n : d;
    cells.push(value + line.slice(j, end));
    i = end + 1;
  }
  return cells;
}

/**
 * Whom a CSV/TSV block's rows are about: `peopleFrom`, where they start when its header has a column of names (each
 * row is then about a person; the header itself, « RQTH » or « Allergies », is no one's), or -1; `animals`, a vet's
 * table (« Animal;Espèce;Propriétaire;Antécédents »), whose rows' health is no one's.
 */
export function tableRows(text: string, headerLine: string | undefined, tsv: boolean): { peopleFrom: number; animals: boolean } {
  const { header, bodyStart } = headerOf(text, headerLine, tsv);
  return { peopleFrom: header.people ? bodyStart : -1, animals: header.animals };
}

/**
 * CSV/TSV block: the header is `headerLine` when given (later blocks), otherwise the block's
 * first line. Returns without work when no column is announced.
 */
export function detectColumns(text: string, headerLine: string | undefined, format: 'csv' | 'tsv', out: Detections): void {
  const { header, bodyStart } = headerOf(text, headerLine, format === 'tsv');
  const { delim, types, counterparty, mixed } = header;
  if (!types.some((t) => t !== null)) return;
  const n = text.length;
  const dc = delim.charCodeAt(0);
  let lineStart = headerLine === undefined ? bodyStart : afterCutCell(text, dc, n);
  // the last announced column: the rest of a line is not cut into cells
  let lastCol = types.length - 1;
  while (types[lastCol] === null) lastCol--;
  // Line by line, cell by cell; only announced columns are read. The next delimiter is found with
  // indexOf (measured: 5.8 → 3.4 ms per MB of CSV against a character loop) and remembered, so that
  // lines without delimiters cannot make a block quadratic.
  let nextDelim = -1;
  while (lineStart < n) {
    // a row ends at a line break outside quotes: a quoted cell may hold line breaks (an address
    // on two lines, notes), and its next lines are no rows
    let rowEnd = text.indexOf('\n', lineStart);
    if (rowEnd < 0) rowEnd = n;
    let i = lineStart;
    for (let col = 0; col <= lastCol && i <= rowEnd; col++) {
      let s = i;
      let e: number;
      let oneLine = true;
      if (text.charCodeAt(i) === 34) {
        // quoted cell: up to the closing quote ("" escapes a quote)
        s = i + 1;
        const j = closingQuote(text, s, n);
        if (j >= n) break; // never closed: the text detectors read the rest
        if (j > rowEnd) {
          oneLine = false;
          rowEnd = lineEndAfter(text, j, n);
        }
        e = j;
        if (nextDelim < j) {
          nextDelim = text.indexOf(delim, j);
          if (nextDelim < 0) nextDelim = n;
        }
        i = nextDelim < rowEnd ? nextDelim + 1 : rowEnd + 1; // past the delimiter, or past the row's end when none
      } else {
        if (nextDelim < i) {
          nextDelim = text.indexOf(delim, i);
          if (nextDelim < 0) nextDelim = n;
        }
        e = nextDelim < rowEnd ? nextDelim : rowEnd;
        i = e + 1;
      }
      const t = types[col];
      // a cell on several lines is left to the text detectors, but for an address (« Le Bourg » above « 29000 Quimper »)
      if (!t || (!oneLine && t !== 'postal_address')) continue;
      while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
      while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13)) e--;
      // a cell written as a formula so that Excel keeps it as text (« ="0612345678" », « ="12/03/1985" »;
      // in quotes, « "=""12/03/1985""" »): its value is inside
      if (text.charCodeAt(s) === 61 && text.charCodeAt(s + 1) === 34) {
        const q = text.charCodeAt(s + 2) === 34 ? 2 : 1;
        if (e - s > 2 * q + 1 && text.charCodeAt(e - 1) === 34 && (q === 1 || text.charCodeAt(e - 2) === 34)) {
          s += 1 + q;
          e -= q;
        }
      }
      if (e > s && plausibleAt(t, text, s, e) && !(mixed[col] && isBusiness(text, s, e))) emitCell(out, t, text, s, e, counterparty[col]!);
    }
    // past the last announced column, only a quoted cell's line breaks matter
    if (i <= rowEnd) rowEnd = rowEndFrom(text, i, rowEnd, dc, n);
    lineStart = rowEnd + 1;
  }
}

/**
 * Where the first row of a later block starts. The block's edge may have cut a quoted cell (an address on
 * two lines): the block then opens inside it, and its closing quote — not at a cell's start, before a
 * delimiter or a line's end — comes before any opening one, within its first lines. The rest of that row,
 * whose columns are unknown, is left to the text detectors.
 */
function afterCutCell(text: string, dc: number, n: number): number {
  // (within the block's first 4 KB: an unquoted file's blocks are not searched to their end)
  const q = text.length > 4096 ? text.slice(0, 4096).indexOf('"') : text.indexOf('"');
  if (q <= 0) return 0;
  const prev = text.charCodeAt(q - 1);
  const next = q + 1 < n ? text.charCodeAt(q + 1) : 10;
  if (prev === dc || prev === 10 || next === 34 || (next !== dc && next !== 13 && next !== 10)) return 0;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < q; i = text.indexOf('\n', i + 1)) if (++lines > 10) return 0;
  return rowEndFrom(text, q + 1, lineEndAfter(text, q, n), dc, n) + 1;
}

/** The quote that closes a quoted cell whose text starts at `from` ("" is an escaped quote), or `n`. */
function closingQuote(text: string, from: number, n: number): number {
  for (let j = text.indexOf('"', from); j >= 0; j = text.indexOf('"', j + 2)) {
    if (text.charCodeAt(j + 1) !== 34) return j;
  }
  return n;
}

function lineEndAfter(text: string, at: number, n: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? n : end;
}

/**
 * The end of a row whose cells from `i` on are not read: its first line ends at `lineEnd`, unless a
 * cell there opens a quote (at the cell's start: a stray « 12" » opens nothing) closed on a later line.
 */
function rowEndFrom(text: string, i: number, lineEnd: number, dc: number, n: number): number {
  let end = lineEnd;
  for (let q = text.indexOf('"', i); q >= 0 && q < end; q = text.indexOf('"', q + 1)) {
    const prev = text.charCodeAt(q - 1);
    if (q > i && prev !== dc) continue;
    q = closingQuote(text, q + 1, n);
    if (q >= n) return lineEnd; // never closed: as if unquoted
    if (q > end) end = lineEndAfter(text, q, n);
  }
  return end;
}
