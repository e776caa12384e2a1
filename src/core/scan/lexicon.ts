// Curated French lexicon for the special categories (RGPD art. 9). Each entry is a phrase that,
// said about a person, reveals the category; bare topic words ("santé", "parti", "église") are
// deliberately absent. `avoid` lists the readings that are not about a person.
import { CHECKED_BOX, UNCHECKED_BOX } from './box-marks.ts';
import type { FindingType } from './types.ts';

export interface LexiconEntry {
  type: FindingType;
  /** Regex source (case-insensitive), matched at a word start. */
  phrase: string;
  /** Rejected when this matches in the ~60 characters around the phrase. */
  avoid?: string;
  /** Needs a person nearby (pronoun, honorific, name, "patient"…) when the phrase alone is ambiguous. */
  needsPerson?: boolean;
  /** Its last word must be written in capitals: an abbreviation (« TOC », « sous AD »; not « toc », « sous ad »). */
  upper?: boolean;
  /** In brackets right after a capitalised word, a guest's or a pupil's name (« Karim Benali (halal) »; not « le samedi (shabbat) »). */
  afterName?: boolean;
  /**
   * Only right after this (regex source, matched without case, ending where the phrase starts): a lookbehind's work,
   * tried only where the phrase matches, so its native code is small. Unlike a lookbehind, the category's later phrases
   * that start at the same place are not tried when it fails: a phrase split off with it must be the only one there.
   */
  before?: string;
}

const E = '[eéèê]';
// A surname after its title, as a subject (« Mme Roux est… »); the phrases are matched without case
const SURNAME = "[\\p{L}'’-]+";
const TITLED_NAME = `(?:m\\.|mme|mlle|monsieur|madame) ${SURNAME}`;
// (a word's end: \b knows only ASCII letters, « incarcéré » ends in none)
const END = '(?![\\p{L}\\d])';
const PARTIES = "(?:parti (?:socialiste|communiste|radical|animaliste|pirate|de gauche)|Parti [A-ZÉ][a-zé]+|PS|RN|LR|LFI|PCF|EELV|NPA|MoDem|Modem|Reconquête|Renaissance|Horizons|La France insoumise|France insoumise|Rassemblement national|Les Républicains|Les Écologistes|(?<=(?:des|aux) )Républicains|Lutte ouvrière|Front national|Debout la France|Europe Écologie|Les Verts|Attac|Extinction Rebellion|LDH)";
// Politicians whose voters are named after them (« vote Le Pen », « a voté Mélenchon »)
const POLITICIANS = "(?:(?:Marine |Jean-Marie )?Le Pen|(?:Jean-Luc )?Mélenchon|(?:Emmanuel )?Macron|(?:Éric )?Zemmour|(?:Jordan )?Bardella|(?:François )?Hollande|(?:Nicolas )?Sarkozy|(?:François )?Fillon|(?:Benoît )?Hamon|(?:Yannick )?Jadot|(?:Fabien )?Roussel|(?:Valérie )?Pécresse|(?:Raphaël )?Glucksmann|(?:Éric )?Ciotti|(?:Anne )?Hidalgo|(?:Philippe )?Poutou|(?:Nathalie )?Arthaud|(?:Nicolas )?Dupont-Aignan|(?:François )?Bayrou|(?:Marion )?Maréchal)";
// (« SUD » read without case: not the south, « militant du sud de la France », « membre du Sud-Ouest »; « SUD-Rail » is one)
const UNIONS = "(?:CGT|CFDT|FO|Force ouvrière|CFE-CGC|CFTC|UNSA|SUD(?![-‑ ](?:ouest|est)\\b| (?:de|du|des|et)\\b| d['’])|Solidaires|FSU|SNES|SNUipp|FNSEA|Confédération paysanne|SGEN|CNT|SNJ|SNALC)";
// Bodies named « syndic », « syndicat » that are no union (« syndicat des eaux », « syndicat d'initiative »)
const NOT_UNIONS = "syndic de|syndicat des eaux|syndicat d['’]initiative|syndicat mixte|syndicat intercommunal";
const RELIGIONS_ADJ = '(?:musulmane?|juive?|juif|catholique|protestante?|chrétienne?|chrétien|bouddhiste|hindoue?|orthodoxe|évangélique|sikhe?|athée|agnostique|non[ -]croyante?|mormone?|adventiste|pentecôtiste|anglicane?|luthérienne?|luthérien|calviniste|chiite|sunnite|copte|maronite|hindouiste|salafiste)';
const ORIGINS = '(?:maghrébine?|africaine?|nord-africaine?|subsaharienne?|algérienne?|marocaine?|tunisienne?|sénégalaise?|malienne?|ivoirienne?|camerounaise?|congolaise?|comorienne?|asiatique|chinoise?|vietnamienne?|cambodgienne?|turque?|kurde|arménienne?|arabe|antillaise?|réunionnaise?|haïtienne?|rom|tzigane|gitane?|roumaine?|indienne?|pakistanaise?|berbère|kabyle|juive|guinéenne?|mauritanienne?|burkinabée?|béninoise?|togolaise?|gabonaise?|nigériane?|ghanéenne?|éthiopienne?|érythréenne?|somalienne?|soudanaise?|égyptienne?|libanaise?|syrienne?|irakienne?|iranienne?|afghane?|tchétchène|albanaise?|kosovare?|malgache|capverdienne?|angolaise?|laotienne?|thaïlandaise?|philippine?|sri-lankaise?|tamoule?|bangladaise?|ukrainienne?|peule?|wolof|bambara|soninkée?|hmong|hazara|pachtoune?|ou[ïi]ghoure?|oromo|tutsie?|rohingya|amazighe?)';
// The same, masculine too (« algérien », not only « algérienn(e) »: after « d'origine » the adjective is feminine)
// peoples without a country of their own, said of someone (an association helping asylum seekers: « Mme Dudaeva est
// tchétchène », « M. Tursun, ouïghour, a été interné »): rare words, their own anchors
const PEOPLES = `(?:tch${E}tch${E}nes?|ou[ïi]gh?our(?:e|s|es)?|hmongs?|tutsi(?:e|s|es)?|amazigh(?:e|s|es)?|rohingyas?|hazaras?)`;
const PEOPLES_ANCHORS = ['tchétch', 'tchetch', 'ouïg', 'ouighour', 'ouigour', 'hmong', 'tutsi', 'amazigh', 'rohingya', 'hazara'];
const ORIGINS_ANY = ORIGINS.replace(/enne\?/g, 'en(?:ne)?');
// Medicines named after what they treat (lowercase: the anchors and the phrase share them)
const DRUGS = ['lexomil', 'xanax', 'temesta', 'lysanxia', 'prozac', 'deroxat', 'seroplex', 'effexor', 'zoloft', 'laroxyl', 'tercian', 'risperdal', 'abilify', 'depakine', 'lamictal', 'keppra', 'levothyrox', 'lévothyrox', 'ventoline', 'symbicort', 'seretide', 'kardegic', 'kardégic', 'previscan', 'préviscan', 'xarelto', 'eliquis', 'metformine', 'glucophage', 'subutex', 'ritaline', 'concerta', 'truvada', 'téralithe', 'teralithe', 'insuline', 'viagra', 'cialis',
  // sleeping pills, antidepressants, anxiolytics, antipsychotics, substitutes and a few others by their molecule's name too
  'stilnox', 'zolpidem', 'imovane', 'zopiclone', 'atarax', 'sertraline', 'fluoxétine', 'fluoxetine', 'paroxétine', 'paroxetine', 'escitalopram',
  'venlafaxine', 'alprazolam', 'bromazépam', 'bromazepam', 'lorazépam', 'lorazepam', 'diazépam', 'diazepam', 'valium', 'olanzapine', 'quétiapine',
  'quetiapine', 'xeroquel', 'méthylphénidate', 'methylphenidate', 'buprénorphine', 'buprenorphine', 'lévothyroxine', 'levothyroxine', 'ozempic',
  'lyrica', 'prégabaline', 'pregabaline', 'seresta', 'oxazépam', 'oxazepam', 'cortisone',
  'dépakine', 'dépakote', 'depakote', 'témesta', 'tramadol', 'méthotrexate', 'methotrexate',
  // what a beautician, a tattooist or a coach asks about before a treatment: acne's isotretinoin (photosensitising),
  // blood thinners (bleeding), and a few that tell their illness (opioid substitution, breast cancer, diabetes)
  'roaccutane', 'isotrétinoïne', 'isotretinoine', 'curacné', 'curacne', 'procuta', 'coumadine', 'sintrom', 'lovenox', 'pradaxa', 'plavix',
  'suboxone', 'skenan', 'tamoxifène', 'tamoxifene', 'androcur', 'humira', 'trulicity', 'victoza', 'januvia', 'diamicron',
  // adrenaline pens, carried for a severe allergy (a child's « stylo Anapen » on a caterer's or a camp's list)
  'anapen', 'epipen', 'jext'];
// Medical specialties and their doctors, after a consultation or an appointment (« consultation cardiologie »)
const SPECIALTIES = `(?:cardiolog(?:ie|ue)|g${E}riatr(?:ie|e)|oncolog(?:ie|ue)|canc${E}rolog(?:ie|ue)|neurolog(?:ie|ue)|psychiatr(?:ie|e)|gyn${E}co(?:log(?:ie|ue))?|kin${E}(?:sith${E}rapeute)?|dentiste|podologue|psy|dermatolog(?:ie|ue)|rhumatolog(?:ie|ue)|pneumolog(?:ie|ue)|n${E}phrolog(?:ie|ue)|urolog(?:ie|ue)|endocrinolog(?:ie|ue)|diab${E}tolog(?:ie|ue)|gastro-ent${E}rolog(?:ie|ue)|gastro|ORL|ophtalmo(?:logie|logue)?|p${E}diatr(?:ie|e)|ost${E}opath(?:ie|e)|addictolog(?:ie|ue)|allergolog(?:ie|ue)|h${E}matolog(?:ie|ue)|radiolog(?:ie|ue)|anesth${E}siste|chirurgien(?:ne)?|sage-femme|orthophoniste|psychologue|sexolog(?:ie|ue)|SSIAD)`;
// Right after a line's or a cell's start (a CSV's « ; », a tab, a « | », a quote), spaces aside
const LINE_OR_CELL_START = '(?<=(?:^|[\\n;\\t|"])[ \\t]*)';
// What a health field's label announces, after its colon: « néant », « aucun », « RAS » say nothing
const NOTHING_SAID = `(?!(?:n${E}ant|aucune?s?|ras|r\\.a\\.s\\.?|non|sans|n/?a|-+|/|\\?)[ \\u00a0.]*(?:\\r?\\n|$))`;
// What a field's label announces after its colon (« Allergies : nickel »), or after a tab on a line the label opens
// and the value ends, a two-column table copied into a text (« Allergies⇥nickel »; a wider table's header row,
// « Nom⇥Allergies⇥Traitements », is none)
// And a filled questionnaire's answer after its question's mark, the question opening its line (a tattooist's consent
// form: « Avez-vous des allergies connues ? latex »), short and ending its line: not « non », nor a FAQ's advice
// (« Des allergies ? Prévenez-nous. », « … ? Contactez-nous au 01 … », « Quelles sont les contre-indications ? … »)
const ADVICE = `(?:contactez|pr${E}venez|appelez|signalez|parlez|indiquez|n['’]h${E}sitez|consultez|demandez|voir|cliquez|lisez|pensez|merci)`;
// A form's « oui » answered: ticked before it (« ☒ Oui ☐ Non »), or not followed by its « non » (a blank form's
// « oui / non », « Oui ☐ Non ☐ », or « Oui ☐ Non ☒ », the boxes after their answers and the no ticked)
const YES_ANSWER = `(?:${CHECKED_BOX}[ \\t]{0,3}oui${END}|oui${END}(?![ \\t]{0,8}(?:[/|,-]|ou)?[ \\t]{0,8}(?:${UNCHECKED_BOX}[ \\t]{0,3})?non${END}))`;
// A label's colon, spaced or not, a tab or a no-break space beside it
const COLON = '[ \\u00a0\\t]*:[ \\u00a0\\t]*';
// (the value ends at the line's end, or before the next label on the same line: « Allergie : arachides. Médecin
// traitant : Dr Kerbrat »)
const NEXT_LABEL = `[.;][ \\u00a0]+[^\\r\\n.:;?!]{1,30}:`;
const field = (label: string) =>
  `${label}${COLON}${NOTHING_SAID}[^\\s:](?:(?!${NEXT_LABEL})[^\\r\\n]){0,150}` +
  `|(?<=(?:^|\\n)[ \\t]*)${label}[ \\u00a0]*\\t[ \\u00a0\\t]*${NOTHING_SAID}[^\\s:][^\\r\\n\\t]{0,150}(?=[ \\u00a0\\t]*(?:\\r?\\n|$))` +
  `|(?<=(?:^|\\n)[ \\t]*(?:(?:avez|prenez|suivez|souffrez|${E}tes)-vous (?:des |un |une |d['’]|de la |du )?)?)${label}[^\\r\\n?:.]{0,30}\\?[ \\u00a0\\t]*${NOTHING_SAID}(?!${ADVICE})[^\\s?:][^\\r\\n?.!:]{0,40}(?=[ \\u00a0\\t]*(?:\\r?\\n|$))`;
// What one is allergic to, when a note leaves out « à », « aux » (« allergie arachides », « allergique pénicilline »)
const ALLERGENS = `arachides?|cacahu${E}tes?|fruits [àa] coques?|noix|noisettes?|amandes?|gluten|lactose|(?:œ|oe)ufs?|lait|poissons?|crustac${E}s|fruits de mer|soja|s${E}same|moutarde|c${E}leri|pollens?|gramin${E}es|acariens|p${E}nicilline|latex|nickel|piq[uû]res?|gu[eê]pes?|abeilles?|aspirine|iode|kiwis?`;
// (and a procedure's definition, « La césarienne est une intervention … »: a guide's sentence, even in a client's row)
// (or a guide's heading, « La scoliose : causes, symptômes et traitements »)
export const TOPIC = 'santé publique|campagne|prévention|sensibilisation|statistique|conférence|webinaire|journée mondiale|lutte contre|recherche sur|article|formation sur|atelier sur|brochure|affiche|étude sur|est une (?:intervention|opération) (?:pratiquée|chirurgicale|courante|qui)|(?:les|aux|des|de nombreux|de nombreuses|plusieurs) (?:personnes|femmes|hommes|enfants|adultes|patients|patientes|seniors|adolescents|bébés|nourrissons|sportifs|sportives) (?:souffrant|atteinte?s|qui souffrent|ayant|vivant avec)|j[\'’]accompagne (?:les|des)|je reçois (?:en cabinet )?(?:les|des)|je prends en charge (?:les|des)|(?:j[\'’]utilise|je propose|je pratique|j[\'’]interviens) [^.]{0,40}pour les|\\d+ (?:conseils|astuces|exercices|aliments|signes|questions|choses) (?:pour|à|a|qui|sur)|(?:causes|symptômes|signes|définition)(?:,| et) (?:symptômes|traitements?|causes|solutions|exercices|diagnostic)';
// A guide's page about an illness (« Définition », « Qu'est-ce que… », « Symptômes »)
const GUIDE = `d${E}finition|qu['’]est-ce|sympt[ôo]mes?`;
// What a practitioner's website or price list says of their sessions (« Je propose des séances de psychothérapie »,
// « Mon cabinet accueille les patients pour des séances de kinésithérapie », « ne remplace pas un suivi médical »)
const PRACTICE_OFFER = `${TOPIC}|tarifs?|prix|cabinet|propos|r${E}alis|accueill|re[çc]oi[st]|re[çc]evons|remplace|d${E}roulement|d${E}roule`;
// (a centre's or a surgery's hours, a job's offer: no one goes there)
const WHERE_GOES_AVOID = `${TOPIC}|centres?${END}|service|recrut|emploi|postes?${END}|infirmi${E}re|technicien|cabinet|ouvert|ouvre|horaires|secr${E}tariat|prendre rendez-vous|prenez`;

// Offences a sentence names (« condamné pour vol »), and sentences (« à six mois de prison », « à une amende pénale »)
// (the longer of two readings first: « violences » before « viol », « fraude fiscale » before « fraude »)
const OFFENCES = `violences?(?: conjugales| volontaires)?|viol|vols?|agressions?(?: sexuelles?)?|escroquerie|abus de (?:confiance|faiblesse|biens sociaux)|fraude fiscale|fraude|trafic|recel|harc${E}lement|conduite|outrage|menaces?|d${E}gradations?|d${E}lit de fuite|d${E}lits?|homicide|meurtre|coups et blessures|usage de stup${E}fiants|d${E}tention de stup${E}fiants|port d['’]arme|exhibition|faux(?: et usage de faux)?|usurpation|cambriolage|braquage|extorsion|diffamation|injure|travail dissimul${E}|blanchiment|abandon de famille|non-repr${E}sentation d['’]enfant|exc${E}s de vitesse`;
// (a sentence's months or years counted in words)
const COUNT_WORDS = 'deux|trois|quatre|cinq|six|huit|dix|douze|quinze|dix-huit|vingt|trente';
const SENTENCE = `(?:\\d+|un|une|${COUNT_WORDS})(?: ans| mois| jours| ann${E}es)(?: de prison| d['’]emprisonnement| ferme| avec sursis| de r${E}clusion)|(?:une|la|sa) peine (?:de prison|d['’]emprisonnement|ferme|avec sursis|de r${E}clusion|de travaux)|de la prison|la r${E}clusion|des travaux d['’]int${E}r${E}t g${E}n${E}ral|(?:un|des) TIG|un stage de citoyennet${E}|une amende (?:p${E}nale|de \\d+(?:[ \\u00a0.]\\d{3})*(?:,\\d+)?(?:[ \\u00a0]?(?:€|euros)${END})?)|du sursis|la prison`;
// What talks about justice in general: a training, a law, an article, a statistic (« la réforme de la garde à vue »)
const OFFENCE_TOPIC = `r${E}forme|(?<!rappel [àa] la )lois?${END}|projet de loi|article|statistiques?|conf${E}rence|formation sur|webinaire|d${E}bat|journal|reportage|documentaire|code p${E}nal|droit p${E}nal|cours de droit|dossier de presse`;

// A criminal record asked for, not held: a list of the documents to bring (both entries of the record avoid it alike, so
// that the field's entry, tried first, vetoes nothing the words alone would have found)
const RECORD_ASKED = `${OFFENCE_TOPIC}|fournir|joindre|demander|obtenir|demande d['’]extrait|pi${E}ces? [àa] fournir|liste des`;
/**
 * Anchors written as each head, a space, each tail (« est » + « arabe »): the anchors' search holds their tails once for
 * the heads starting with one letter, « e(?:st|tait) (?:arabe|…) », not one copy per head (special.ts; the search must
 * stay under 20 KB, the origins' five copies took ~950 characters of it).
 */
export type AnchorProduct = { readonly heads: readonly string[]; readonly tails: readonly string[] };
const productWords = (p: AnchorProduct): string[] => p.heads.flatMap((h) => p.tails.map((t) => `${h} ${t}`));
// « va à l'église », as its verb opens it; an origin's adjective after its subject's verb (« est maghrébin »)
const CHURCH: AnchorProduct = { heads: ['va', 'vont', 'se rend', 'allons', 'vais', 'aller', 'allait'], tails: ["à l'", 'à l’', "a l'", 'a l’'] };
const CHURCH_ANCHORS = productWords(CHURCH);
// A pupil's class or school for a disability (« Noah est en ULIS », « scolarisé à l'IME »)
// (« à l' » before it in its `before`: \b, which the anchors' search uses, sees no word's start at « à »)
const SCHOOLING_ANCHORS = [...['ulis', 'ime', 'itep'].flatMap((w) => [`en ${w}`, `l'${w}`, `l’${w}`]), 'en classe ulis'];
const SCHOOLED = `(?:scolaris${E}e?s?|inscrite?s?|orient${E}e?s?|entr${E}e?s?|admise?s?|accueillie?s?)`;
// A disability's readings that are a place's, a shop's or a campaign's (« accès PMR », « fauteuil roulant à vendre »)
const DISABILITY_AVOID = `${TOPIC}|(?<!pr${E}voir (?:un |l['’]|d['’]un |son |leur )?)acc${E}s|accessible|accessibilit${E}|toilettes|\\bpmr\\b|association|sensibilis|location|vente|magasin`;
// A client, a guest or a named person right before what is said of them, after a comma or not (« Client aveugle »,
// « Mme Roux, aveugle », « Cliente à mobilité réduite »), not any (« Un locataire à mobilité réduite peut demander… »)
const PERSON_SAID = `(?<![\\p{L}])(?<!(?:un|une|tout|toute|chaque|les|des|aux|d['’]un|d['’]une) )(?:cliente?|patiente?|locataire|r${E}sidente?|voyageu(?:r|se)|passag(?:er|${E}re)|invit${E}e?|participante?|${TITLED_NAME}),?`;
const SCHOOLING_AVOID = `${TOPIC}|recrut|emploi|postes?${END}|enseignante?s?|professeure?s?|coordinat|AESH|éducat`;
// The verb « être » before a word said of someone (its anchors start with the verb)
const BE = ['est', 'suis', 'sont', 'était', 'etait'];
const ORIGIN: AnchorProduct = { heads: BE, tails: ['asiati', 'arabe', 'maghr', 'africa', 'nord-africa', 'subsahar', 'beur', 'rebeu', 'renoi', 'caucasi', 'gitan', 'tzigan', 'manouch', 'rom', 'kabyl', 'berbè', 'berbe', 'touareg', 'peul', 'kurde', 'tamoul', 'antillai', 'ashk', 'sépharad', 'sepharad', 'créol', 'creol',
  // (a noun after its article: « M. Roux est un gitan »)
  ...['gitan', 'rom', 'tzigan', 'manouch', 'arabe', 'kabyl', 'kurde', 'peul'].flatMap((t) => [`un ${t}`, `une ${t}`])] };
const ORIGIN_ANCHORS = productWords(ORIGIN);

// An operation, a conversion, a look by their next word: « opération », « converti », « de type » alone are frequent
// (« opération de maintenance », « converti au format PDF », « de type texte »)
const OPERATION_ANCHORS = [...['opération', 'operation'].map((w) => `${w} d`), 'opéré', 'opere'];
const CONVERSION_ANCHORS = ['converti', 'convertie', 'convertit', 'convertir'].flatMap((w) => [`${w} à`, `${w} au`]);
// An abbreviation that starts longer words (« prep » in « prepare », « pai » in « paiement »), held to the sign after it
const abbreviation = (w: string) => [' ', '.', ',', ')', ';', ':', '\t', '\r', '\n'].map((c) => `${w}${c}`);
// A gift's words that open a phrase, shared by the faiths' and the parties' gifts (« don à la mosquée », « son don au RN »)
const GIFT_ANCHORS = ['don à', 'don au', 'dons à', 'dons au'];
// points lost on a driving licence by their count (« a perdu 6 points », « perdu trois points »): « perdu » alone is
// frequent
const LICENCE_POINTS_ANCHORS = [...'123456789', 'un p', 'deux p', 'trois p', 'quatre p', 'six p', 'huit p'].map((n) => `perdu ${n}`);
// a roadside test by its result (« contrôlé positif au cannabis »): « contrôle » alone is frequent
const POSITIVE_TEST_ANCHORS = ['contrôl', 'control'].flatMap((w) => ['é', 'ée', 'és', 'ées', 'e', 'ee', 'es', 'ees'].map((e) => `${w}${e} positi`));
// the words before a stay in care, when they say someone is there as a patient (« est en », « sort du », « séjour en »)
// (« est à l'hôpital psychiatrique », « vient de sortir de l'hôpital psychiatrique »)
const REHAB_STAY = `(?:(?:est|suis|sont|${E}tait|sera|hospitalis${E}e?|admise?|entre|entr${E}e?|s${E}jour|s${E}journe|transf${E}r${E}e?|plac${E}e?) (?:(?:en|au|[àa] la|dans (?:un|une|le|la)) |[àa] l['’])|(?:sort|sortir|sortie?|revient|revenue?|rentre|rentr${E}e?) (?:(?:du|de la|d['’]une?) |de l['’]))$`;
// (someone there to work or train: « en stage au centre de rééducation », « aide-soignante en maison de repos »)
const REHAB_WORK = `${TOPIC}|stages?${END}|stagiaire|travaill|poste${END}|emploi|recrut|(?:aide-)?soignante?s?${END}|infirmi${E}re?s? (?:dipl|en poste|de nuit)|(?<!-)kin${E}${END}|kin${E}sith${E}rapeute|${E}tudiante?`;
// a partner's deed by its object pronoun and verb (« son mari la bat », « sa femme l'a trompé »): the partner's noun alone
// is frequent
const PARTNER_OBJECTS = ['la', 'le', 'les', 'me', "l'a", 'l’a', "l'avait", 'l’avait'];
// the partner before them (« son mari », « sa compagne »): the alternatives, for the `before` of each
const PARTNERS = `mari|compagnon|conjointe?|concubine?|${E}poux|femme|compagne|${E}pouse|copain|copine`;
const PARTNER_BLOWS: AnchorProduct = { heads: PARTNER_OBJECTS, tails: [...abbreviation('bat'), 'battait', 'battent', 'battu', 'frapp', 'violent', 'brutalis'] };
const PARTNER_BLOWS_ANCHORS = productWords(PARTNER_BLOWS);
const PARTNER_AFFAIR: AnchorProduct = { heads: PARTNER_OBJECTS, tails: ['tromp'] };
const PARTNER_AFFAIR_ANCHORS = productWords(PARTNER_AFFAIR);
// someone as the subject of a passive, what they suffered (« elle a été », « M. Roux avait été », « j'ai été »)
const SUFFERED = `(?:(?<![\\p{L}])(?:elle|il)|${TITLED_NAME}) (?:a|avait|aurait) ${E}t${E}|(?<![\\p{L}])j['’](?:ai|avais) ${E}t${E}`;
// a spouse left for someone of one's own sex (« a quitté sa femme pour un homme »)
const LEFT_FOR: AnchorProduct = { heads: ['quitté', 'quitte', 'quittée', 'quittee', 'quittait'], tails: ['sa f', 'son m'] };
const LEFT_FOR_ANCHORS = productWords(LEFT_FOR);
// a partner of one's own sex (« pacsé avec un homme », « mariée à Mme Petit »): the verb alone is frequent
const SAME_SEX: AnchorProduct = { heads: ['en couple avec', 'pacsé avec', 'pacse avec', 'pacsée avec', 'pacsee avec', 'marié avec', 'marie avec', 'mariée avec', 'mariee avec', 'marié à', 'marie à', 'mariée à', 'mariee à'], tails: ['un', 'm'] };
// what someone can hardly or no longer do (« a du mal à marcher », « ne peut plus marcher »): « du mal à » and « ne
// peut plus » alone are frequent
const HARDLY: AnchorProduct = { heads: ['du mal à', 'du mal a', 'difficulté à', 'difficultés à', 'difficulte a', 'difficultes a'], tails: ['marcher', 'respirer', 'avaler', 'entendre', 'se dépl', 'se depl'] };
// a procedure against someone by what it is for (« une procédure pour abus de confiance »): « procédure » alone opens
// every manual's « procédure d'installation »
const PROCEEDINGS: AnchorProduct = { heads: ['procédure', 'procedure', 'enquête', 'enquete', 'poursuites'], tails: ['pour', 'pén', 'pen'] };
// a couple or a wedding of two people named (« Le couple de M. Roux et M. Blanc », « Mariage de Mme Petit et Mme Roux »)
const COUPLE_OF: AnchorProduct = { heads: ['couple de', 'mariage de', 'mariage entre', 'pacs de', 'pacs entre', 'couple :', 'mariés :'], tails: ['m.', 'mme', 'monsieur', 'madame'] };
// someone demonstrating (« manifeste contre la réforme »): « manifeste » alone is a symptom's verb too
const PROTEST: AnchorProduct = { heads: ['manifeste', 'manifestait', 'manifesté', 'manifestée'], tails: ['contre'] };
// someone at a demonstration (« je suis à la manif contre la réforme »)
const AT_PROTEST: AnchorProduct = { heads: ['manif', 'manifs', 'manifestation', 'manifestations'], tails: ['contre', 'pour'] };
const NO_LONGER: AnchorProduct = { heads: ['ne peut plus', 'ne peux plus', 'ne peuvent plus', 'ne pouvait plus', 'ne pourra plus'], tails: ['marcher', 'se lever', 'se dépl', 'se depl', 'bouger'] };
// An intake form's conditions, each answered by a yes (« Diabète : oui », « Êtes-vous enceinte ? Oui »)
const FORM_CONDITIONS = `diab${E}te|diab${E}tique|${E}pilepsie|${E}pileptique|asthme|asthmatique|hypertension(?: art${E}rielle)?|hypotension|(?:probl${E}mes?|troubles?|maladies?) (?:cardiaques?|cardio-?vasculaires?|de (?:la )?circulation|circulatoires?|de dos|de peau|thyro[iï]diens?|de (?:la )?thyro[iï]de|de la coagulation|de sant${E})|maladies? chroniques?|cardiaque|pacemaker|stimulateur cardiaque|porteu(?:r|se) d['’]un pacemaker|cancer|grossesse(?: en cours)?|(?:femme )?enceinte|allaitement|allaitante|allergies?|varices|phl${E}bite|thrombose|hernie(?: discale)?|proth${E}ses?|migraines?|vertiges|claustrophobie|handicap|traitement (?:m${E}dical|en cours)|(?:op${E}ration|chirurgie)s? r${E}centes?|anticoagulants?|h${E}mophilie|h${E}patite|VIH|fumeu(?:r|se)|d${E}pression|ecz${E}ma|psoriasis|glaucome`;
const FORM_ANCHORS = ['stimulateur card', 'varice', 'phlébite', 'phlebite', 'thrombose', 'opération réc', 'operation rec', 'opérations réc', 'operations rec', 'chirurgie réc', 'chirurgie rec', 'fumeur', 'fumeuse', 'femme encein', 'maladie card', 'maladies card', 'maladies chron', 'maladie de', 'maladies de', 'maladie thyr', 'maladie circ'];
// dues and gifts written tersely, as an expense sheet or a bank statement's label writes them (« cotisation CGT », « CGT
// cotisation », « adhésion PS »): the word alone is frequent
const TERSE_UNIONS = ['cgt', 'cfdt', 'cftc', 'fsu', 'fo', 'unsa', 'sud', 'solidaires', 'cfe'];
const TERSE_DUES: AnchorProduct = { heads: ['cotisation', 'cotisations', 'cotis'], tails: TERSE_UNIONS };
const TERSE_DUES_ANCHORS = productWords(TERSE_DUES);
const TERSE_PARTY: AnchorProduct = { heads: ['adhésion', 'adhesion', 'cotisation', 'don', 'dons'], tails: ['ps', 'lr', 'rn', 'lfi', 'pcf', 'eelv', 'npa'] };
const TERSE_PARTY_ANCHORS = productWords(TERSE_PARTY);
const LOOKS_ANCHORS = ['m', 'a', 'c', 'i', 's', 'n'].map((c) => `de type ${c}`);
// A family or someone of a travelling people (« Famille rom installée sur le terrain communal »): the noun opens the
// anchor, « rom », « gitan » alone open « roman », « Rome », « gitane » the cigarette
const TRAVELLERS = ['rom', 'tzigan', 'gitan', 'manouche', 'yénich', 'yenich'];
const TRAVELLERS_FOLK: AnchorProduct = { heads: ['famille', 'familles', 'femme', 'femmes', 'homme', 'hommes', 'enfant', 'enfants', 'couple', 'jeune', 'jeunes'], tails: TRAVELLERS };
const TRAVELLERS_ANCHORS = productWords(TRAVELLERS_FOLK);
// « est pasteur », as its verb opens the phrase: « pasteur » alone, a street's name in every other address, cost a try
// of the religion's phrases
const MINISTER: AnchorProduct = { heads: [...BE, 'devenu', 'devenue', 'ordonné', 'ordonnée', 'ordonne', 'ordonnee'], tails: ['pasteur'] };
const MINISTER_ANCHORS = productWords(MINISTER);
// « très à gauche », as its adverb opens it: the adverb alone, a frequent word, cost a try of the political phrases each
const LEANING: AnchorProduct = { heads: ['très', 'tres', 'plutôt', 'plutot', 'franchement', 'ouvertement', 'résolument', 'resolument'], tails: ['à ', 'a g', 'a d'] };
const LEANING_ANCHORS = productWords(LEANING);
/** The anchors written as products (above), which the search may hold factored. */
export const ANCHOR_PRODUCTS: readonly AnchorProduct[] = [CHURCH, ORIGIN, PARTNER_BLOWS, PARTNER_AFFAIR, TERSE_DUES, TERSE_PARTY, TRAVELLERS_FOLK, MINISTER, LEANING, LEFT_FOR, SAME_SEX, COUPLE_OF, PROTEST, AT_PROTEST, HARDLY, NO_LONGER, PROCEEDINGS];
/**
 * Lowercase starts of the phrases (every phrase of a type begins with one of its anchors, or
 * with a lookbehind before one): a single cheap pass finds them, then the type's phrases are
 * tried once, anchored at that spot.
 */
export const ANCHORS: Partial<Record<FindingType, string[]>> = {
  health: [
    'suivi orthopt', 'intervention chir', 'travailleur handi', 'travailleuse handi', 'handisport', 'excis', 'régime hyposod', 'regime hyposod', 'régime sans s', 'regime sans s', 'régime sans r', 'regime sans r', 'régime pauvre en', 'regime pauvre en', ...['ppc', 'cpap'].flatMap(abbreviation), "porteur d'une poche", 'porteur d’une poche', "porteuse d'une poche", 'porteuse d’une poche', ...['esat', 'fam', 'mas', 'hdj'].flatMap(abbreviation), 'foyer de vie', "foyer d'accueil m", 'foyer d’accueil m', "maison d'accueil sp", 'maison d’accueil sp', 'suivi diab', ...abbreviation('irm'), 'coloscop', 'mammograph', 'fibroscop', 'endoscop', 'gastroscop', 'scintigraph', 'densitom', 'électrocardiog', 'electrocardiog', 'électroencéph', 'electroenceph', 'holter', 'tep-scan', 'tep scan', 'pet-scan', 'pet scan', 'petscan', 'arrêt du tabac', 'arret du tabac', 'arrête de fumer', 'arrete de fumer', ...abbreviation('ijss'), ...abbreviation('ajpp'), 'allocation journalière de p', 'allocation journaliere de p', 'congé de présence p', 'conge de presence p', 'endocardit', 'bouteille d', 'bouteilles d', 'concentrateur d', 'extracteur d', 'oxygénoth', 'oxygenoth', 'suicid', 'mis fin à ses', 'tenté de se s', 'tente de se s', 'tenté de se d', 'tente de se d', 'tenté de mettre f', 'tente de mettre f', 'mis fin a ses', 'donné la mort', 'donne la mort',
    'diab', 'insulino', 'hba1c', 'wchr', 'wchs', 'wchc', 'dbml', 'blnd', 'deaf', 'dpna', 'stcr', 'poxy', 'stérile', 'sterile', "avoir d'enf", 'avoir d’enf', 'souffr', 'atteint', 'migraine', 'anticoagul', 'fluidifiant', 'cortico', 'sous dialyse', 'dépress', 'depress', 'encein', 'traitement', 'arrêt', 'arret', 'congé', 'conge', 'longue maladie', 'absence maladie', 'absences maladie', 'absence pour maladie', 'affection de longue', 'affection longue', 'cancer',
    'chimio', 'radioth', 'immunoth', 'hormonoth', 'métasta', 'metasta', 'tumeur', 'leucé', 'leuce', 'lymphome', 'séropo', 'seropo', 'vih', 'sida', 'asthm', 'épilep', 'epilep', 'sclérose', 'sclerose',
    'alzheimer', 'maladie gén', 'maladies gén', 'maladie gen', 'maladies gen', 'maladie hér', 'maladies hér', 'maladie her', 'maladies her', 'parkinson', 'hypertension', 'insuffisance', 'insuffisant c', 'insuffisant r', 'insuffisante c', 'insuffisante r', 'sep rém', 'sep rem', 'sep progr', 'mucovisc', 'fibromyal', 'endométr', 'endometr', 'burn', 'trouble', 'bipolaire', 'bipolarit', 'hypocondr', 'schizo',
    'anorex', 'boulim', 'crise', 'attaque', 'insomni', 'médica', 'medica', 'anxiét', 'anxiet', 'stress post', 'tspt', 'ptsd', 'tdah', 'antidép', 'antidep', 'anxiolyt', 'neurolept', 'somnif', 'méthadone',
    'methadone', 'fausse couche', 'fausses couches', 'circoncis', 'déficience', 'deficience', 'déficit aud', 'déficit vis', "déficit de l'att", 'déficit de l’att', 'licence handi', 'maladie grave', 'invalide à', 'invalide d', 'invalide 1', 'invalide 2', 'invalide 3', 'suivi orthophon', 'retard de lang', 'retard de parole', 'retard psychom', 'retard mental', 'entend des v', 'entendait des v', 'tics', 'pps', 'amnési', 'amnesi', 'paralys', 'traits parano', 'personnalité parano', 'personnalite parano', 'personnalité bord', 'personnalite bord', 'régulateur de l', 'regulateur de l', 'régulateurs de l', 'thymorégul', 'thymoregul', 'épisode dépr', 'episode depr', 'épisodes dépr', 'planning familial', 'baby blues', 'baby-blues', 'restriction', "l'apa", 'l’apa', 'césarienne', 'cesarienne', 'ivg', 'grossesse', 'hospitalis', 'alcool', 'toxico', 'addict', 'sevrage', 'sevré', 'sevre', 'reconnaissance',
    'rqth', 'ligament crois', 'ligaments crois', 'croisés', 'croises', 'sous tutel', 'sous curatel', 'en curatel', 'en tutel', 'sous sauvegarde de j', 'sous habilitation fam', 'majeur prot', 'majeure prot', 'sii', 'dysphorie de g', 'incongruence de g', 'colostom', 'iléostom', 'ileostom', 'urostom', 'stomis', 'en situation de handicap', "taux d'inv", 'taux d’inv', "taux d'inc", 'taux d’inc', 'pension d', 'pension inv', 'allocation aux', 'allocation adulte', "allocation d'adulte", 'allocation d’adulte', 'reconnu', "carte d'invalid", 'carte d’invalid', 'carte mobilité incl', 'carte mobilite incl', 'invalidit',
    'antécéd', 'antecéd', 'antecedent', 'patholog', 'allergi', 'motif de consultation', 'motif de la consultation', 'problème de santé',
    'problèmes de santé', 'probleme de sante', 'état de santé', 'etat de sante', 'contre-indic', 'groupe sanguin', 'atcd', 'ttt', 'santé', 'sante',
    'information m', 'informations m', 'renseignement m', 'renseignements m', 'remarques m', 'observations m', 'particularités m', 'particularites m',
    'pilule', 'stérilet', 'sterilet', 'implant contracep', 'contracep', 'ménopaus', 'menopaus', 'prémén', 'premen', 'périmén', 'perimen', 'bouffées de ch', 'bouffees de ch', 'sopk', 'syndrome des ovaires', 'ovaires polyk', 'fatigue chron', 'constipation c', 'intestin irr', 'côlon irr', 'colon irr', 'colopathie', 'reflux', 'rgo', 'calculs rén', 'calculs ren', 'calcul rén', 'calcul ren', 'calculs bil', 'calcul bil', 'calculs aux', 'calculs dans', 'colique', 'bêtabloq', 'betabloq', 'bêta-bloq', 'beta-bloq', 'vasectom', 'ligature des trompes',
    'tag', 'toc', 'hta', 'saos', 'sous aod', 'sous avk', 'tca', 'tpb', 'ids', 'sous ad', 'sous bzd', "consommation d'a", 'consommation d’a', 'consommation e', 'consommation i', 'consommation q', 'consommation r', 'rupture d', 'douloureu', 'imc', 'sous lithium', 'sous morphine', 'sous oxycodone', 'sous tramadol', 'sous skenan', 'patch de nico', 'patchs de nico', 'patch nico', 'patchs nico', 'patch anti', 'patchs anti', 'substitut nico', 'substituts nico', 'en hp', 'en had', 'emdr', 'od :', 'og :', 'od:', 'og:', 'od -', 'og -', 'od +', 'og +', 'prépa', 'prepa', 'en vsl', 'en ambulance', 'centre de rééd', 'centres de rééd', 'centre de reed', 'centres de reed', 'maison de repos', 'maisons de repos', 'maison de conv', 'maisons de conv', 'soins de suite', 'ssr', 'test allerg', 'tests allerg', 'hyperphag', 'pensées noires', 'pensees noires', 'idées noires', 'idees noires', 'déprim', 'deprim', 'épuisement prof', 'epuisement prof', 'bouffée dél', 'bouffee del', 'bouffées dél', 'bouffees del', 'spectre aut', "spectre de l'aut", 'spectre de l’aut', 'clinique psychiatr', 'hôpital psychiatr', 'hopital psychiatr', 'mutil', 'asperger', 'sciatiq', 'sciatalg', 'périarthr', 'periarthr', 'coxarthr', 'gonarthr', 'algodystroph', 'pubalg', 'syndrome rotul', 'canal carp', 'ligamentoplast', 'torticolis', 'déchirure musc', 'dechirure musc', 'déchirures musc', 'dechirures musc', 'claquage musc', 'claquages musc', 'élongation musc', 'elongation musc', 'élongations musc', 'elongations musc', 'cruralg', 'lombalg', 'lumbago', 'scolio', 'cyphos', 'cervicalg', 'dorsalg', 'tendinit', 'capsulit', 'épaule gel', 'épaules gel', 'epaule gel', 'claustrophob', 'agoraphob', 'névralg', 'nevralg', 'hypersomn', 'narcolep', 'fissure an', 'fissures an', 'prostatit', 'sclérodermi', 'sclerodermi', 'pancréatit', 'pancreatit', 'diverticul', 'hémochromat', 'hemochromat', 'mycose', 'candidos', 'couperose', 'lymphœd', 'lymphoed', 'lipœd', 'lipoed', 'rétention d', 'retention d', 'spasmophil', 'sécheresse oc', 'secheresse oc', 'œdème', 'œdeme', 'oedème', 'oedeme', 'post-partum', 'postpartum', 'lithiase', 'entorse', 'fractur', 'mal au', 'mal aux', 'mal à', 'maux de', 'mal de dos', 'un arrêt', 'un arret', 'douleur', 'myop', 'astigmat', 'presbyt',
    'intol', 'cœliaque', 'coeliaque', 'autis', 'malvoy', 'chien guide', 'chien-guide', "chien d'ass", 'chien d’ass', 'non-voy', 'non voy', 'malentend', 'sourd', 'fauteuil', 'dyslex', 'dyspra', 'dyscalc', 'dysortho', 'dysgraph', 'bégai', 'begai', 'bègue', 'begue', 'trachéo', 'tracheo', 'pmr',
    'dysphas', 'trisom', 'handicap', 'porteur d', 'porteuse d', 'mastect', 'hystérect', 'hysterect', 'ablation d', 'pacemaker', 'stimulateur cardiaque', 'souffle au', 'souffle card', 'convuls', 'défibrillateur implant', 'defibrillateur implant', 'arythm', 'tachycard', 'fibrillation', 'fa parox', 'hémodialys', 'hemodialys', 'commotion', 'traumatis', 'dispens',
    'prothèse', 'prothese', 'appareill', 'appareil aud', 'appareils aud', 'greff', 'pma', 'fiv', 'fécondation in vitro', 'procréation médicalement', 'parcours d', 'maladie d',
    'rectocol', 'spondyl', 'polyarthr', 'lupus', 'infertilit', 'phénylcéton', 'phenylceton', 'énurét', 'enuret', 'spasme du sanglot', 'spasmes du sanglot', 'psoriasis', 'eczéma', 'eczema', 'mobilit', 'tentative de suicide', 'tentatives de suicide',
    'idées suicidaires', 'idees suicidaires', 'envie de mour', 'envies de mour', 'cauchemars', 'pensées suicid', 'pensees suicid', 'scarif', 'automutil', 'en fin de vie', ...SCHOOLING_ANCHORS,
    'dépendan', 'dependan', 'psychothér', 'psychother', 'psychanal', 'thérapi', 'therapi',
    'incontinen', 'chute', 'démence', 'demence', 'troubles cognitifs', 'trouble cognitif', 'escarre', 'sonde urinaire', 'nourri par', 'nourrie par', 'nourris par', 'nourries par', "besoin d'aide p", 'besoin d’aide p', "besoin d'une aide p", 'besoin d’une aide p', 'sonde gastr', 'sonde naso', 'sonde de gastro', 'stomie', 'gir ', 'gir1', 'gir2', 'gir3', 'gir4', 'gir5', 'gir6',
    'mi-temps th', 'temps partiel th', 'cannabis', 'cocaïne', 'cocaine', 'héroïne', 'heroine', 'crack', 'ecstasy', 'mdma', 'kétamine', 'ketamine',
    'une canne', 'des béquilles', 'des bequilles', 'un déambul', 'un deambul', 'un rollator', 'sa canne', 'ses béquilles', 'ses bequilles', 'son déambul', 'son deambul', 'son rollator', 'en béquilles', 'en bequilles', 'en déambul', 'en deambul', 'en rollator', 'aesh', 'prématur', 'prematur', 'néonat', 'neonat', 'perte de mém', 'pertes de mém', 'perte de mem', 'pertes de mem', 'perd la ', 'perdait la ', 'perdre la ', 'perd un peu la t', 'perdre un peu la t', 'perdu la m', 'pas vacc', 'non vacc', 'non-vacc', 'vaccin', 'couveuse', 'apte avec', 'inapte', 'déclaré inapte', 'declare inapte', 'déclarée inapte', 'cmp', 'camsp', 'sessad', 'cattp', 'hôpital de jour', 'hopital de jour', 'en dialyse', 'en hémodialyse', 'en hemodialyse', 'dialysé', 'dialyse', 'centre de dialys', 'implant coch',
    'se déplace d', 'se déplace a', 'se déplace t', 'se deplace', 'se déplaçait', 'se déplacait', 'marche diff', 'marche avec diff', 'marche très', 'marche tres', 'marchait',
    'cardiolog', 'oncolog', 'sexolog', 'suivi psy', ...abbreviation('prep'), 'narcotiques an', 'cancérolog', 'cancerolog', 'neurolog', 'gynéco', 'gyneco', 'dentiste', 'podolog', 'dermatolog', 'rhumatolog', 'pneumolog', 'néphrolog', 'nephrolog', 'urolog',
    'endocrinolog', 'diabétolog', 'diabetolog', 'gastro-ent', 'orl', 'ophtalmo', 'pédiatr', 'pediatr', 'ostéopath', 'osteopath', 'allergolog', 'hématolog', 'hematolog', 'radiolog', 'anesthésiste', 'anesthesiste', 'chirurgien', 'sage-femme',
    'accouch', 'nausée', 'nausee', 'brûlure', 'brulure', 'déshydrat', 'deshydrat', 'pilulier', 'fumeu', 'fume', 'tabagism', 'cigarette', 'pour raison', 'pour des raison', 'accident du tr', 'accident de tr', 'accidents du tr', 'accidents de tr', 'en arrêt', 'en arret', 'licenci', 'inaptitude',
    'pipi au lit', 'mouille', 'énurésie', 'enuresie', 'encopr', 'déambul', 'deambul', 'lève-pers', 'leve-pers', 'verticalisat', 'chaise perc', 'ssiad', 'lit médicalis', 'lit medicalis', 'aide pour la t', 'aide pour sa t', 'aide à domicile pour', 'aide a domicile pour', 'difficultés de santé', 'difficultes de sante',
    // an optician's, an ophthalmologist's or a podiatrist's words; a hospital's ward; a vein's disease; anxiety at night
    'hôpital', 'hopital', 'bilan psycho', 'bilan ortho', 'bilan neuro', 'bilans psycho', 'bilans ortho', 'bilans neuro', 'neuropsycho',
    'gériatr', 'geriatr', 'réanimation', 'reanimation', 'fibrome', 'diastasis', 'palpitations', 'valve card', 'valves card', 'vis dans', 'broche dans', 'broches dans', 'plaque dans', 'plaques dans', 'urticaire', 'chéloïd', 'cheloid', 'chéloid', 'aplv', 'plagiocéph', 'plagioceph', 'torticolis c', 'compte rendu op', 'compte-rendu op', 'dossier méd', 'dossier med', ...abbreviation('pai'), 'presbyacou', 'douleurs chron', 'douleur chron', 'choc anaph', 'anus artif', 'bruxism', 'parodontit', 'surdit', 'terreurs noc', 'décompens', 'decompens', 'chambre impl', 'espt', 'hallucin', 'csapa', 'caarud', 'accro aux j', 'accro au', 'accros au', 'accro à l', 'accros à l', 'overdose', 'surdose', 'joueur path', 'joueuse path', 'jeu path', 'interdit de cas', 'interdite de cas', 'interdit de jeu', 'interdite de jeu', 'soins palliatifs', 'soins intensifs', 'maternit', 'phléb', 'phleb', 'thrombo', 'varices', 'angoiss', 'une ts', 'des ts', 'deux ts', 'trois ts', 'plusieurs ts',
    'allaite', 'allaitante', 'hémophil', 'hemophil', 'vertiges', 'thyroïde pa', 'thyroide pa', 'séances de kin', 'seances de kin', 'hypothyro', 'hyperthyro', 'hashimoto', 'basedow', 'pneumopath', 'sa sep', 'une sep', "d'une sep", 'd’une sep',
    'règles doul', 'regles doul', 'règles irr', 'regles irr', 'règles abond', 'regles abond', 'dysménor', 'dysmenor', 'aménor', 'amenor', 'ostéopor', 'osteopor', 'luxation', 'luxée', 'luxee', 'attelle',
    'syndrome d', 'hypoglyc', 'hyperglyc', 'tension', 'hypotension', 'malformation', 'fente lab', 'fente pal', 'bec-de-li', 'œil de verre', 'oeil de verre', 'borgne', 'perdu un œ', 'perdu un oe', 'perdu son œ', 'perdu son oe',
    'boit trop', 'bois trop', 'buvait trop', 'boit beaucoup', 'bois beaucoup', 'buvait beaucoup', 'deuil p', 'deuil c', 'deuil t', 'phobi', 'grabataire', 'désorienté', 'desoriente', 'se scarifi',
    'maladie professionnelle', 'sous traitement', 'en convalescence', 'en rééduc', 'en reeduc', 'mon psy', 'ma psy', 'maladie orph', 'maladie rén', 'maladie ren', 'maladie rare', 'maladie pulm', 'maladie resp', 'maladie hép', 'maladie hep', 'chaise roul', 'maladie chron', 'maladie auto', 'maladie dég', 'maladie deg', 'maladie neuro', 'maladie infl', 'maladie incur', 'malaise', 'cassé', 'col du f',
    'drépano', 'drepano', 'facteur v', 'thalass', 'méning', 'mening', 'tubercul', 'polio', 'paludisme', 'syphilis', 'papillomavirus', 'herpès', 'herpes', 'ist', 'mst', 'muet',
    'hypertendu', 'bégay', 'begay', 'anémi', 'anemi', 'carence', 'anévrism', 'anevrism', 'bpco', 'arthrite', 'goutte', 'hémorro', 'hemorro', 'kyste', 'cœur fragile', 'coeur fragile',
    // care at the end of life, a weak immune system, a limb in plaster (a home help's, a beautician's, a coach's notes)
    'immunod', 'immunosupp', 'dans le plâtre', 'dans le platre',
    // a pregnancy, a stent, a limb lost, a paralysis, Charcot's disease by its name, someone's own illness, a psychiatric
    // stay (a yoga teacher's, a driving school's, a home help's, a coach's notes)
    'attend un bébé', 'attend des jum', 'attend des tripl', 'attend un heureux', 'attendent un bébé', 'attendent des jum', 'attendons un bébé',
    'attendons des jum', 'attendait un bébé', 'stent', 'amput', 'parapl', 'tétrapl', 'tetrapl', 'hémipl', 'hemipl', 'quadripl',
    'sa maladie', 'leur maladie', 'ma maladie', 'interné', 'internée',
    'glaucom', 'catarac', 'dmla', 'dégénérescence mac', 'degenerescence mac', 'kératoc', 'keratoc', 'rétinopath', 'retinopath', 'strabism', 'amblyop',
    'décollement de', 'decollement de', 'hallux', 'ongle incarn', 'ongles incarn', 'orthèse', 'orthese', 'semelles orthop', 'fasciite', 'épine calc', 'epine calc', 'verrue', 'mal perforant',
    'altération des fac', 'alteration des fac', 'altération de ses fac', 'alteration de ses fac', 'altération de leurs fac', 'alteration de leurs fac', 'rechute', ...FORM_ANCHORS, 'syncope', 'cure therm', 'perdu son b', 'perdu leur b', 'perdu mon b', 'perdu notre b', 'perdre son b', 'perdre leur b', 'perdre mon b', 'perdre notre b', 'pansement', 'prise de sang', 'prises de sang', 'analyse de sang', 'analyses de sang', 'analyse sang', 'analyses sang', "analyse d'ur", "analyses d'ur", 'analyse d’ur', 'analyses d’ur', 'bilan sang', 'bilans sang', 'glycémie', 'glycemie', 'surveillance ta', 'surveillance de l', 'surveillance tension', 'surveillance glyc', 'surveillance inr', 'surveillance diur', 'surveillance sat', 'inr', 'dextro', 'bas de contention', 'perfusion', 'picc', 'rééducation', 'reeducation', 'drainage lymph', 'échograph', 'echograph',
    ...productWords(HARDLY), ...productWords(NO_LONGER), 'ne voit plus d', 'ne vois plus d', 'ne voyait plus d', 'surpoids', 'surcharge pond',
    'appareil dentaire', 'appareils dentaires', 'appareil orthodon', 'appareils orthodon', 'implant dentaire', 'implants dentaires', 'dent dévital', 'dents dévital', 'dent devital', 'dents devital', 'dentier',
    'diagnostic prénat', 'diagnostic prenat', 'dépistage prénat', 'depistage prenat', 'amniocent', 'dpni', 'liposuc', 'lipoaspir', 'abdominoplast', 'blépharoplast', 'blepharoplast', 'augmentation mam', 'réduction mam', 'reduction mam', 'botox', 'toxine botul', 'exclusion de gar', 'exclusions de gar', 'incapacité perm', 'incapacite perm',
    'peau atop', 'dermatit', 'rosac', 'vitiligo', 'hyperhidr', 'alopéc', 'alopec', 'pelade', 'zona', 'dalton', 'acné', 'acne', 'antibio',
    'varicelle', 'rhume', 'enrhum', 'diarrh', 'vomi', 'toux', 'tousse', 'attrapé froid', 'attrape froid', 'rougeole', 'fièvre', 'fievre', 'biopsie', 'impétigo', 'impetigo', 'roséole', 'roseole', 'laryngite', 'pieds-mains', 'pied-main', 'rubéole', 'rubeole', 'grippe', 'angine', 'bronchit', 'bronchiol', 'otite', 'conjonctiv', 'scarlatine', 'oreillons', 'coqueluche', 'pneumonie', 'rhino', 'sinusite', 'cystite', 'infection urin', 'diurétique', 'diuretique', 'post-op', 'postop', 'mononucl', 'poux', 'avc', 'accident vasculaire', 'infarctus', 'embolie', 'hépatite', 'hepatite', 'arthrose', 'obès', 'obés', 'obes', 'covid', 'désintox', 'desintox', ...OPERATION_ANCHORS, 'opérer', 'operer', 'aux urgences',
    'aveugle', 'problème', 'probleme', 'cholest', 'taux de cholest', 'hypercholest', 'sleeve', 'by-pass', 'bypass', 'anneau gastr', 'gastrectom', 'chirurgie bariat', 'hernie', 'pontage', 'apnée', 'apnee', 'acouph', 'rémission', 'remission', 'cardiaque', 'perdu la vue', "perdu l'", 'perdu l’', 'sous oxyg', 'sous assistance resp', 'sous respirateur', 'cirrhose', 'ulcère', 'ulcere', 'la gale', 'hyperacti', 'malade', 'gastro', 'aah', 'pch', 'commission méd', 'commission med', 'mdph', ...abbreviation('ald'), 'tsa', 'trouble du spectre', 'orthophon', 'kiné', 'kine', 'ergoth', 'psychomot', 'ehpad', 'psy', 'pédopsy', 'pedopsy', 'demi-part', 'indemnités journ', 'indemnites journ', 'ij maladie', 'risque aggrav', 'risques aggrav',
    'cathét', 'cathet', 'tiers-temps', 'tiers temps',
    ...DRUGS,
  ],
  religion: [
    'de confession', 'de religion', 'de foi', 'religion', 'confession', 'culte :', 'culte:', 'appartenance relig', 'musulm', 'juif', 'juive', 'catholi', 'protestan', 'chrétien', 'chretien', 'bouddh', 'hindou', 'orthodox',
    'évangél', 'evangel', 'sikh', 'athée', 'agnosti', 'pratiquant', 'ramadan', 'porte', 'la messe', 'messe d', 'messes d', 'la mosquée', 'la synagogue', 'fréquente', 'est converti', 'conversion', 'témoin', 'mange', 'marié',
    'carême', 'careme', 'religieu', 'séminarist', 'seminarist', 'zakat', 'couvent', 'secte', 'apostas', 'apostat', ...['j', 'm', 'c', 'p', 'b', 'h'].map((c) => `de culture ${c}`), 'raison relig', 'raisons relig', 'croyant', 'non croy', 'non-croy', 'hanouk', 'kippour', 'diwali',
    ...CHURCH_ANCHORS, 'au temple', 'shab', 'viande le vendredi', 'legs à', 'legs au', 'legs de m', 'don de m', 'dons de m', 'baptême', 'bapteme', 'certificat de bapt', 'acte de bapt', 'attestation de bapt', ...MINISTER_ANCHORS, 'prêtre', 'pretre', 'imam', 'rabbin', 'curé', 'diacre', 'moine', 'aumônier', 'aumonier', 'prièr', 'priere', 'baptisé', 'baptise', 'communion', 'première communion', 'premiere communion',
    'confirmation', 'bar-mitsva', 'bar mitsva', 'houppa', 'bat-mitsva', 'bat mitsva', 'profession de foi', 'yom kippour', 'aïd', 'aid el', 'roch hachana',
    'pèlerinage', 'pelerinage', 'la mecque', 'hajj', 'hadj', 'omra', 'oumra', 'au culte', 'prie ', 'prient ', 'priait ', 'cinq pri', 'pieux', 'pieuse', 'école coran', 'ecole coran', 'yeshiva', 'madrasa', 'membre', 'fidèle', 'fidele', 'fait partie', 'fais partie', 'faisait partie',
    'mormon', 'adventist', 'pentecôt', 'pentecot', 'anglican', 'luthérien', 'lutherien', 'calvinist', 'chiite', 'sunnite', 'copte', 'maronite', 'hindouist', 'salafist', ...CONVERSION_ANCHORS, 'porc',
    'hanoucca', 'pessah', 'pessach', 'scientolog', 'franc-maç', 'franc-mac', 'grand orient', 'grande loge', 'loge maç', 'loge mac', 'loges maç', 'loges mac', 'voilée', 'voilee', 'fête relig', 'fete relig', 'fêtes relig', 'fetes relig', 'motif relig', 'motifs relig',
    'catéchis', 'catechis', 'catéchum', 'catechum', 'servant', 'enfant de chœur', 'enfant de choeur', 'enfants de chœur', 'enfants de choeur', 'paroissien',
    'halal', 'casher', 'kasher', 'cacher', 'chabbat', 'sans porc', 'moml', 'ksml', 'hnml', 'jnml',
    'mariage', 'cérémonie', 'ceremonie', 'obsèques', 'obseques', 'enterrement', 'funérailles', 'funerailles', 'inhumation', 'selon le rite', 'selon les rite', 'suivant le rite', 'suivant les rite', 'selon la trad', 'selon les trad', 'suivant la trad', 'suivant les trad', 'rite ', 'toilette rit', 'carré mus', 'carre mus', 'carré jui', 'carre jui', 'carré isr', 'carre isr', 'carré conf', 'carre conf', 'extrême-onc', 'extreme-onc', 'extrême onc', 'extreme onc', 'derniers sacr', 'marient', 'marieront', 'mariera', 'denier', ...GIFT_ANCHORS, 'union', 'bénédiction', 'benediction', 'bar-mi', 'bat-mi', 'bar mi', 'bat mi', 'barmi', 'batmi',
  ],
  political: ['opinions pol', 'opinion pol', 'convictions pol', 'conviction pol', 'idées pol', 'idees pol', 'engagement pol', 'engagements pol', 'activités pol', 'activites pol', 'activité pol', 'activite pol', 'opposant', ...['réfugié', 'réfugiée', 'refugie', 'refugiee', 'prisonnier', 'prisonnière', 'prisonniere', 'dissident', 'dissidente'].map((w) => `${w} pol`),
    ...TERSE_PARTY_ANCHORS, 'parti :', 'parti:', 'parti politique', 'appartenance pol', 'sensibilité pol', 'sensibilite pol', 'adhér', 'adher', 'milit', 'membre', 'encart', 'sympathisan', 'vote', 'votait', 'votent', 'a voté', 'candidat', 'élu', 'elu', 'conseill', 'adjoint', 'maire', 'député', 'depute', 'électeur', 'électrice', 'proche', 'opinion',
    'anarchiste', 'antifa', 'communiste', 'trotskiste', 'royaliste', 'monarchiste', 'gaulliste', 'libertaire', 'maoïste', 'marxiste', 'écologiste', 'ecologiste', 'écolo c', 'écolo m', 'socialiste', 'insoumis', 'nationaliste', 'souverainiste',
    'partisan', 'supportrice', 'supporter', 'de gauche', 'de droite', "d'extr", 'd’extr', ...LEANING_ANCHORS, 'gilet',
    'engagé à la', 'engagée à la', 'engagé à l', 'engagée à l', 'engagé au', 'engagée au', 'engagé chez', 'engagée chez', 'engagé dans', 'engagée dans',
    ...productWords(PROTEST), ...productWords(AT_PROTEST), 'affiches pour', 'affiches du', 'affiches de', 'tracts pour', 'tracts du', 'tracts de', 'carte au', 'carte du', 'carte de', 'carte chez', 'campagne pour', 'du porte-à-porte', 'du porte-a-porte', 'du tractage', 'assesseur', 'sur la liste', 'sous l\'étiq', 'sous l’étiq', 'sous l\'etiq', 'sous l’etiq', 'divers gauche', 'divers droite', 'secrétaire', 'secretaire', 'trésori', 'tresori', 'sur une liste', 'un don', 'des dons', ...GIFT_ANCHORS, 'cotisation à', 'cotisation au', 'adhésion à', 'adhésion au', 'adhesion a', 'don de m', 'dons de m', 'cotisation de m', 'adhésion de m', 'adhesion de m', 'aux réunions d', 'aux reunions d', 'tracte', 'tractent', 'tractait', 'tracter', 'tracté p', 'présenté sur', 'présentée sur', 'présentés sur', 'presente sur', 'presentee sur'],
  union_membership: [...TERSE_DUES_ANCHORS, 'conseiller prud', 'conseillère prud', 'conseillere prud', ...abbreviation('fo'), 'force ouvri', 'unsa', 'sud rail', 'sud-rail', 'sud ptt', 'sud-ptt', 'sud sant', 'sud-sant', 'sud éduc', 'sud-éduc', 'sud educ', 'sud-educ', 'sud indus', 'sud-indus', 'sud comm', 'sud-comm', 'solidaires', 'mon syndicat', 'son syndicat', 'leur syndicat', 'cgt', 'cfdt', 'cftc', 'fsu', 'union locale', 'union départ', 'union depart', 'union région', 'union region', 'siège aux', 'siege aux', 'siège au c', 'siege au c', 'siégeait', 'siegeait', 'fais partie', 'fait partie', 'font partie', 'faisons partie', 'faisait partie', 'engagé à la', 'engagée à la', 'engagé au', 'engagée au', 'engagé chez', 'engagée chez', 'engagé dans', 'engagée dans', 'cotise à', 'cotise au', 'cotisait à', 'cotisent à', 'cotisation à', 'cotisation au', 'syndiqu', 'syndicalist', 'délégu', 'delegu', 'représentant', 'representant', 'carte syndicale', 'est syndiqu', 'mandat syndical', 'cotisation syndic', 'cotisations syndic', 'délégation syndic', 'delegation syndic', 'décharge syndic', 'decharge syndic', 'heures de délégation', 'heures de delegation', 'appartenance synd', 'organisation synd', 'mandat', 'adhér', 'adher', 'adhésion', 'adhesion', 'réadhésion', 'readhesion', 'membre', 'encart', 'milit', 'élu', 'elu', 'syndicat ', 'candidat sur', 'candidate sur', 'présenté sur', 'présentée sur'],
  // (« est bi » with the sign after it as an anchor: « bi » alone opens « bien », « bio »… and cost a look per word;
  // « est bi » alone hid « est bisexuelle »'s anchor, which starts inside it)
  sexual_orientation: [...LEFT_FOR_ANCHORS, 'deux mamans', 'deux hommes', 'deux femmes', 'homme cherche', 'femme cherche', ...['cherche', 'recherche'].flatMap((v) => ['un h', 'une f', 'des '].map((w) => `${v} ${w}`)), ...productWords(SAME_SEX), 'deux papas', 'mariage de deux', 'mariage entre deux', 'homo', 'bisex', 'lesbienne', 'gay', 'est queer', 'suis queer', 'sont queer', 'était queer', 'pansex', 'asexuel', 'coming', 'orientation sexuelle', 'sorti du placard', 'sortie du placard', 'sortis du placard', "couple d'h", 'couple d’h', 'couples d', 'couple de f', 'couple de deux', 'couple homo', 'couple gay', 'couple lesb', ...productWords(COUPLE_OF),
    ...['est', 'suis', 'sont', 'était'].flatMap((v) => [' ', '.', ',', '!', ')', ';', '"', '\r', '\n'].map((c) => `${v} bi${c}`)),
    'sa femme', 'sa compagne', 'sa petite amie', 'sa petite copine', 'une petite amie', 'son petit ami', 'son petit copain', 'un petit ami', 'attiré par les h', 'attire par les h', 'attirée par les f', 'attiree par les f', 'son épouse', 'son epouse', 'son mari', 'son époux', 'son epoux', 'son compagnon'],
  ethnic_origin: ['originaire', 'kabyl', 'berbè', 'berbe', 'touareg', 'kurde', 'tamoul', ...PEOPLES_ANCHORS, "d'origine", 'd’origine', "d'ascendance", 'd’ascendance', 'immigr', 'communaut', 'gens du voyage', 'harki', ...LOOKS_ANCHORS, ...TRAVELLERS_ANCHORS, 'issu de l', 'issue de l', 'issus de l', 'issues de l', 'origine ethnique', 'appartenance ethnique', "l'ethnie", 'l’ethnie', "d'ethnie", 'd’ethnie', 'peau', 'noir', 'métis', 'asiati', 'maghr', 'africa', 'antillai', 'nord-africain', 'metis',
    // (the subject's verb opens the adjective's phrase: « arabe », « Baptiste »-like words alone were frequent anchors)
    ...ORIGIN_ANCHORS],
  // (short, and shared with health's where they can be: each anchor costs the search at every word's start, a hit costs little)
  criminal_offence: [...PARTNER_BLOWS_ANCHORS, 'attouchement', 'violé', 'viole', 'harcelé', 'harcele', 'interdiction d', 'casier', 'antécéd', 'antecedent', 'extrait', 'bulletin n', 'condamn', 'prison', 'incarc', 'déten', 'deten', 'garde', 'mis en examen', 'mise en examen', 'interdit du terr', 'interdit de terr', 'interdite du terr', 'interdite de terr', 'interdiction du terr', 'interdiction judiciaire du terr', 'contrôle j', 'controle j', 'bracelet', 'prévenu', 'prevenu', 'partie civ', 'parloir', 'déféré', 'déférée', 'defere',
    'licencié pour', 'licenciée pour', 'licencie pour', 'sursis', 'mois ferme', 'ans ferme', 'mois de prison', 'ans de prison', 'libération', 'liberation', 'travaux d’i', "travaux d'i", 'tig', 'fiché', 'retrait', 'suspension', 'perte de', 'permis', 'conduite',
    'tribunal', 'cour d', 'comparution', 'maison d', 'pointer au c', 'pointer à la g', 'surpris en train de vol', 'surprise en train de vol', 'perdu son permis', 'perdu tous ses points', ...LICENCE_POINTS_ANCHORS, ...POSITIVE_TEST_ANCHORS, 'éthylotest anti', 'ethylotest anti', 'annulation du p', 'annulation de p', 'annulation de son p', 'flashé', 'flashe', 'alcool au volant',
    'plainte', 'victime', 'abus sexuel', 'agress', 'main courante', 'procès en', 'proces en', 'procès au', 'proces au', 'procès avec', 'proces avec', 'procès contre', 'proces contre', 'procès pour', 'proces pour', 'reconnu', 'poursuivi', ...productWords(PROCEEDINGS), 'jugé pour', 'jugée pour', 'jugés pour', 'jugées pour', 'jugement de cond', 'jugements de cond', 'arrêté pour', 'arrêtée pour', 'arrêtés pour', 'arrete pour', 'arretee pour', 'en audition lib', 'purg', 'interpell', 'verbalis', 'amende pour', 'connu des services', 'connue des services', 'connus des services', 'connues des services', 'défavorablement connu', 'rappel à la loi', 'composition pénale', 'composition penale', 'fichier des', 'mis en cause', 'mise en cause', 'mises en cause', 'centre éducatif', 'centre educatif', 'centres éducatifs', 'centres educatifs', 'relax', 'passé judic', 'passe judic', 'passé carc', 'passe carc', 'volé dans', 'volé de l', 'volé à l', 'vole dans', 'fijais', 'violences ', 'anti-rapprochement', 'ordonnance de protection', 'spip',
    'liberté cond', 'liberte cond', 'conditionnelle', 'écopé', 'ecope', 'soupçonn', 'soupconn', 'reconnu les f', 'eu affaire à la j', 'eu affaire a la j', 'obligation de soins', 'semi-lib', "mandat d'arr", 'mandat d’arr', 'déchu', 'dechu', 'recherché par', 'recherche par', 'recherchée par', 'recherchee par', 'recherchés par', 'recherches par', 'frapp', 'bat s', 'battait s', 'battent s', 'battu s', 'bat r', 'battait r', 'brutalis', 'liberté surv', 'liberte surv', 'stage de cit', 'médiation pén', 'mediation pen', 'ordonnance pén', 'ordonnance pen', 'amende forf', 'crpc', 'pjj', 'juge d’application', "juge d'application", 'jap', 'interdit de s', 'interdite de s', 'interdit de g', 'interdite de g'],
  // (« troubles de l'érection » from health's « trouble »: a shared anchor costs the search nothing more)
  sex_life: [...PARTNER_AFFAIR_ANCHORS, 'transgen', 'est trans', 'suis trans', 'es trans', 'était trans', 'etait trans', 'transiden', 'transition de g', 'transition sex', 'sa transition', 'réassignation', 'reassignation', 'changement de sexe', 'changement de la mention', ...['femme', 'homme', 'personne', 'jeune', 'ado'].map((w) => `${w} trans`), 'non binaire', 'non-binaire', 'vie sexuelle', 'amant', 'maîtresse', 'maitresse', 'escort', 'vie intime', 'trompé son', 'trompée son', 'trompé sa', 'trompée sa', 'trompe son', 'trompe sa', 'trompait s', 'trompent s', 'liaison', 'aventure', 'sexualit', 'rapports', 'relations sexuelles', 'partenaire',
    'pratiques sexuelles', 'infidélit', 'infidelit', 'relation extra', 'relations extra', 'adultère', 'adultere', 'libido', 'dysfonction', 'impuissance', 'impuissant', 'trouble', 'érection', 'erection',
    'éjaculation', 'ejaculation', 'relations intimes', 'infidèle', 'infidele', 'prostitu', 'porno', 'bdsm', 'sadomaso', 'couple libre', 'relation libre', 'vaginisme', 'dyspareunie', 'anorgasmie', 'frigidit', 'échangist', 'echangist', 'échangism', 'echangism', 'pannes sex', 'panne sex', 'désir', 'desir', 'libertin', 'polyamour'],
  genetic: [...['test', 'tests', 'analyse', 'analyses'].flatMap((w) => [`${w} adn`, `${w} g`]), 'test de pat', 'tests de pat', 'test préd', 'tests préd', 'test pred', 'tests pred', 'porteu', 'porteur d', 'porteuse d', 'mutation', 'prédisposition', 'predisposition', 'caryotype', 'profil g', 'haplogroupe', 'typage hla', 'groupe hla', 'hétérozyg', 'heterozyg', 'homozyg', 'arbre adn', 'séquenc', 'sequenc', 'séquenç', 'sequenç', 'anomalie chromo', 'porte le g', 'porte un g', 'anomalies chromo', 'anomalie g', 'anomalies g'],
};

// What a people's or an origin's name may be said of besides someone: a cigarette, a music, a dish
const TRAVELLERS_AVOID = `${TOPIC}|cigarettes?${END}|paquets?${END}|jazz|swing|musique|guitare|style|cuisine|recette|films?${END}|romans?${END}|chansons?${END}|danse|costumes?${END}|tableaux?${END}|peinture`;
// What a practice's price list or guide says of a treatment (« Implants dentaires : nos tarifs », « tout savoir »)
const CARE_OFFER = `${TOPIC}|${GUIDE}|nos tarifs|tout savoir`;
// What a shop's, a guide's or a contract's general terms say of people at large (« accès pour les personnes ayant du mal
// à marcher », « si vous avez du mal à respirer », « exclusions de garantie : voir les conditions générales »)
const GENERAL_TERMS = `${TOPIC}|personnes|si vous|vous avez|conditions g${E}n${E}rales|notice|d${E}finition|article`;
// What explains an allowance or a leave in general (« Comment sont calculées les IJSS ? »)
const PAY_RULES = `${TOPIC}|${GUIDE}|calcul|montant (?:de|des|du)|conditions|dur${E}e (?:du|de l)|droits? (?:à|au)|comment`;
// What talks of politics in general: a poll, a paper, a history (not « régime »: an opponent's is named)
const POLITICAL_TOPIC = `${TOPIC}|sondage|journal|reportage|article|histoire|d${E}bat|documentaire|si${E}cle`;
// A medical examination's place, its hours or its prices (« Centre d'imagerie : IRM, scanner, mammographie »)
const EXAM_PLACE = `${TOPIC}|${GUIDE}|centres?${END}|cabinets?${END}|services?${END}|appareils?${END}|machines?${END}|tarifs?${END}|prix|rembours|secr${E}tariat|horaires|prenez|prendre rendez-vous|d${E}pistage organis|recrut|manipulat|technicien|radiologues?${END}|imagerie|v${E}t${E}rinaire`;
// Who lives, works or is cared for in a place, the words before it (« travaille en », « est hébergée en »), and its staff
const CARED_IN = `(?<![\\p{L}])(?:(?:travaille|travaillait|est|sont|${E}tait|vit|vivait|va|entre|entr${E}e?|accueillie?|h${E}berg${E}e?|orient${E}e?|admise?|plac${E}e?|suivie?|pris|prise)(?: en charge)? (?:en |au |[àa] l['’]|dans une? )|(?:sort|sortie?|revient|revenue?|rentr${E}e?) (?:de l['’]|du |de la ))$`;
const CARE_STAFF = `${TOPIC}|recrut|emploi|postes?${END}|moniteur|monitrice|${E}ducat|encadr|directeu|directrice|infirmi|aide-soignante?|stage|b${E}n${E}vol|services? de|propose|livr`;
// What talks of sex lives in general: a novel, a course, a film (« le libertinage au XVIIIe siècle »)
const SEX_TOPIC = `${TOPIC}|romans?${END}|litt${E}rature|si${E}cle|${E}ducation|cours|pr${E}vention|d${E}pistage|livres?${END}|films?${END}|s${E}ries?${END}|magazine|podcast|fid${E}lisation`;

// An airline's codes for a passenger's requests (health's, a faith's meals), and their list explained
const HEALTH_SSR = 'WCH[RSC]|DBML|BLND|DEAF|DPNA|STCR|POXY';
const FAITH_SSR = 'MOML|KSML|HNML|JNML';
const AIRLINE_CODES_LIST = `${TOPIC}|${GUIDE}|demandez|comment|signifie|codes?${END}|liste`;
// After « recherche un homme » (a dating agency's card): a job's words, not a partner's
const NOT_A_PARTNER = ` (?:de |d['’]|[àa] |qui (?:sache|puisse)|pour (?!(?:une )?relations?${END}|partager|la vie|construire|fonder|vivre|rencontre))`;
const A_JOB = `${TOPIC}|chantiers?${END}|postes?${END}|emplois?${END}|missions?${END}|CDI${END}|CDD${END}|salaires?${END}|embauche|candidat|travail|recrut|exp${E}riment`;
// A condition said of someone (« Mme Blanc est phobique », « il se sent déprimé », « elle est très traumatisée »; not « le marché est déprimé »,
// nor what a joke says « traumatisé par » — a bill, a film)
const SAID_OF = `(?<![\\p{L}])(?:il|elle|je|${TITLED_NAME}) (?:est|suis|${E}tait|reste|semble|se sent|me sens|se sentait)(?: tr${E}s| un peu| encore| toujours| profond${E}ment)? `;
// A school, a church, a calendar or a tradition a faith's adjective describes, not someone
const FAITH_INSTITUTION = 'école|collège|lycée|église|paroisse|association|institution|enseignement|calendrier|fête|tradition|culture|histoire';
// (the readings an entry avoids, named once for it and for the phrases moved out of it to the lexicon's end)
const WORSHIP_AVOID = 'école|collège|lycée|association|histoire|visite|patrimoine|architecture|concert|horaires?|travaux|toiture|clocher|magasin|boutique';
const FAITH_KEPT_AVOID = `${TOPIC}|fermetures?${END}|ferm${E}e?s?${END}|restons ouverts|reste ouverte?${END}|horaires d['’]ouverture`;
const SEX_DEED_AVOID = `${TOPIC}|clients?${END}(?! des? prostitu)|client${E}le|consommateurs?${END}|marques?${END}|fid${E}lisation|enseignes?${END}|lois?${END}|r${E}seaux?${END}|d${E}mant${E}l|police|proxén|romans?${END}|films?${END}`;
// (blows said beside a game won: « Son mari la bat aux échecs », « M. Roux bat son père aux échecs »)
const GAME_WON_AVOID = `${OFFENCE_TOPIC}|${E}checs|tennis|cartes${END}|scrabble|belote|p${E}tanque|poker|badminton|ping-pong|jeux?${END}|match`;
// (an illness in a guide's or a price list's page: « Les otites à répétition chez l'enfant : que faire ? »)
const ILLNESS_GUIDE_AVOID = `${TOPIC}|tarifs?${END}|d${E}finition|que faire`;
const PALLIATIVE_AVOID = `${TOPIC}|vaccin|recommand|conseill|personnes (?:immuno|fragiles)|patients immuno|publics? fragiles`;
const VACCINE_AVOID = `${TOPIC}|obligatoires?${END}|recommand|calendrier|centre de vaccination|rage${END}|animaux|chiens?${END}|chats?${END}|chevaux|chiots?${END}|${E}leveur|troupeaux?${END}|ch${E}vres?${END}|brebis|moutons?${END}|vaches?${END}|bovins?${END}|volailles?${END}|poules?${END}|stocks?${END}|commande|livraison|pharmacie`;
const NEWBORN_AVOID = `${TOPIC}|recrut|offre|postes?${END}|infirmi${E}re|pu${E}ricultrice|RAM${END}|m${E}moire vive|flash|cache|fuites?${END}|serveur|ordinateur|logiciel|programme|donn${E}es|disque|t${E}l${E}phone|smartphone`;
const BODY_AVOID = `${TOPIC}|d${E}finition|qu['’]est-ce|touch(?:e|ent) \\d|(?<!(?:a|avait) )un imc|votre imc|si votre|correspond|calcul|formule|(?:tuyau|canalisation|conduite|c[aâ]ble|stock)s?`;
const COVID_AVOID = `${TOPIC}|aides?${END}|fonds|pge|confinement|protocoles? sanitaires?|pandémie|épidémie|crise sanitaire|vaccination|dépistage|ch[aâ]ssis|chaudi${E}re|v${E}hicule|moteur|logiciel|confiance|amour|foi|d${E}finition|qu['’]est-ce|plong${E}e`;
const MEDICINE_AVOID = `${TOPIC}|d${E}finition|qu['’]est-ce|que faire|sartre|romans?${END}|batterie|panneau|solaire|${E}lectrique|onduleur|oignons?|l${E}gumes?|fruits?|aliments?|recettes?|cuisine`;
// A judge's measures that are a deadline's, a tax's, a welder's or a watch's (« sursis à statuer », « bracelet connecté »)
const JUDICIAL_AVOID = `${OFFENCE_TOPIC}|statuer|paiement|urbanisme|permis de construire|imp[ôo]ts?|fiscal|${E}ch${E}ance|dette|cr${E}ancier|soud|poste [àa] souder|inox|argon|tungst|montre|connect${E}e?|fitness|examen (?:m${E}dical|clinique|de (?:sang|la vue|contr[ôo]le))|toilettes|accessoire`;
const PRISON_AVOID = `${OFFENCE_TOPIC}|hernie|ongle|travaill|surveillant|gardien|agent|personnel|visite|intervenant|b${E}n${E}vole|capital|parts|actions|titres|participation|soci${E}t${E}|%|films?${END}|s${E}ries?${END}|romans?${END}|livres?${END}`;
const COMPLAINT_AVOID = `${OFFENCE_TOPIC}|num${E}ro|3919|association|aide aux victimes|france victimes|comment|que faire|vos droits|guide|brochure|vous ${E}tes|je vous|avocate?s?${END}|barreau|cabinet`;
const PILGRIMAGE_AVOID = `${TOPIC}|tarifs?|prix|agences?${END}|forfaits?|offres?|voyages? organis|d${E}part|association|cl[ôo]ture|bois|b${E}ton`;
// (a side as a news item or a guide names it: « les sympathisants écologistes se sont réunis », a meeting, a poll)
const SIDE_AVOID = `${TOPIC}|${GUIDE}|histoire|r${E}unis|manifest|rassembl|meeting|sondage`;
// (an origin's adjective in a cuisine, a style or a market, shared by the entries reading it after someone)
const ORIGIN_ADJ_AVOID = `cuisine|restaurant|plats?|recette|style|d${E}cor|march${E}|arts?${END}|musique|langue|alphabet|chiffres?`;
// (a funeral's readings to avoid, shared by its two entries: an offer's, a cemetery's page)
const FUNERAL_AVOID = `${TOPIC}|possibilit${E}|nous organisons|ou civiles?${END}|ou la[iï]ques?${END}|histoire|patrimoine|tombes|emplacements|agrandi`;
export const LEXICON: LexiconEntry[] = [
  // health
  // A health field of a client's or patient's file (« Antécédents : asthme », « ATCD : HTA, DT2 » as practitioners
  // abridge it; an association's membership form's « Informations médicales utiles : porteuse d'un pacemaker »): what its label announces is
  // about the file's person; « néant », « aucun », « RAS » say nothing.
  {
    type: 'health',
    phrase: field(`(?:(?:ant${E}c${E}dents?|atcds?)(?: m${E}dicaux| familiaux| chirurgicaux| personnels)?|pathologies?(?: connues?)?|allergies?(?: connues?)?|motif de (?:la )?consultation|probl${E}mes? de sant${E}(?: à signaler| a signaler| ${E}ventuels| connus| particuliers)?|${E}tat de sant${E}|contre-indications?(?: signal${E}es| connues| particuli${E}res)?|informations? m${E}dicales?(?: utiles| importantes| particuli${E}res| à signaler| a signaler)?|renseignements? m${E}dicaux|difficult${E}s de sant${E}(?: \\([^()\\n]{0,100}\\))?|(?:remarques|observations|particularit${E}s) m${E}dicales)`),
    avoid: `${TOPIC}|sinistre|judiciaire|p${E}nal|casier|v${E}hicule|b[âa]timent|logement|chaudi${E}re`,
  },
  // the same for a treatment's or a medication's label (« Traitements en cours : Stilnox 10 mg », « TTT : Kardegic »), not a program's
  // processing (« Traitement en cours : 45 % », « … : 3 dossiers »)
  {
    type: 'health',
    phrase: field(`(?:traitements? (?:en cours|actuels?|m${E}dicaux)|m${E}dicaments? (?:en cours|actuels?|pris)|m${E}dication|ttt)`),
    avoid: `${TOPIC}|dossiers?|fichiers?|commandes?|paiements?|demandes?|donn${E}es|t${E}l${E}chargement|%`,
  },
  // « Traitement : » alone opening its line, on a card about someone (an osteopath's « Patiente : LE GALL Maëlle, 34
  // ans » above « Traitement : pilule, Doliprane si besoin »); not a service's or a file's processing
  {
    type: 'health',
    phrase: `(?<=(?:^|\\n)[ \\t]*)traitements?${COLON}${NOTHING_SAID}[^\\s:][^\\r\\n]{0,150}`,
    avoid: `${TOPIC}|dossiers?|fichiers?|commandes?|paiements?|demandes?|donn${E}es|t${E}l${E}chargement|%|eau|bois|charpente|toiture|mousse|pelouse|piscine|chlore|phyto|insectes?|fongicide|parquet|vernis|lasure|surface|termites?|nuisibles|factures?|d${E}lai|sous \\d|jours? ouvr`,
    needsPerson: true,
  },
  // « Santé : » opening its line, as a childminder's or a holiday camp's form asks it (« Santé : Jules fait de l'eczéma,
  // … Allergie aux protéines de lait de vache »), about someone; not a mutual insurance's line, nor a figure
  {
    type: 'health',
    phrase: `(?<=(?:^|\\n)[ \\t]*)sant${E}${COLON}${NOTHING_SAID}[^\\s:][^\\r\\n]{0,150}`,
    avoid: `${TOPIC}|mutuelle|compl${E}mentaire|assurance|pr${E}voyance|contrat|adh${E}rent|%|€|budget|secteur|march${E}`,
    needsPerson: true,
  },
  // (before the phrases that read a condition's word alone: the first alternative that matches takes the spot)
  // a condition answered yes on an intake form (a beautician's, a masseur's, a coach's: « Diabète : oui », « Pacemaker :
  // oui », « Êtes-vous enceinte ? Oui », « Prenez-vous des anticoagulants ? Oui », « Avez-vous déjà eu une phlébite ?
  // Oui », « Diabète : ☒ oui ☐ non », a child's camp form: « Votre enfant a-t-il des allergies ? Oui : arachide »), the
  // field opening its line or following a separator or the form's question;
  // not a product's « Compatible pacemaker : oui », nor a blank form's « Diabète : oui / non », nor « oui ☐ non ☒ »
  { type: 'health', phrase: `(?<=(?:^|[\\n;|\\t•])[ \\t]{0,8}(?:[-*][ \\t]{0,3})?|(?:${E}tes-vous|es-tu|est-(?:il|elle)|(?:avez-vous|as-tu|a-t-(?:il|elle))(?: d${E}j[àa] eu)?|souffrez-vous|souffres-tu|souffre-t-(?:il|elle)|prenez-vous|prends-tu|prend-(?:il|elle)) (?:(?:un|une|des|de|du|d['’]|de l['’]|de la) ?)?)(?:${FORM_CONDITIONS})[ \\t]{0,8}(?:\\?[ \\t]{0,3}:?|:)[ \\t]{0,8}${YES_ANSWER}`, avoid: TOPIC },
  // a health questionnaire's question answered yes, as a loan insurer's asks it (a broker's files: « Avez-vous été
  // hospitalisé(e) au cours des 10 dernières années ? Oui », « Êtes-vous actuellement en arrêt de travail ? Oui »,
  // « Suivez-vous un traitement médical ? Oui, Levothyrox », « ? ☒ Oui ☐ Non »); not a blank form's « ? Oui ☐ Non ☐ »
  // (its `before` is the question's verb: here too, before the phrases that read the word alone)
  { type: 'health', phrase: `(?:hospitalis${E}(?:e|\\(e\\))?s?|arr${E}t de travail|traitement (?:m${E}dical|r${E}gulier)|intervention chirurgicale|atteinte?(?:\\(e\\))?|(?:pension|rente) d['’]invalidit${E}|invalidit${E})[^\\r\\n?]{0,100}\\?[ \\t]{0,3}:?[ \\t]{0,8}${YES_ANSWER}`,
    before: `-(?:vous|tu|il|elle)[^\\n?]{0,38}$`, avoid: TOPIC },
  // a blood group after its field's label (« Groupe sanguin : A+ »): the file's person's; not said of the group in
  // general (« le groupe sanguin O- est donneur universel »)
  { type: 'health', phrase: `groupe sanguin${COLON}(?:AB|A|B|O)[ \\u00a0]?(?:Rh[ \\u00a0]?)?(?:[+-]|positif|n${E}gatif)` },
  // (and after someone's name: « Mme Blanc, groupe sanguin O+ »; not a lesson's « le groupe sanguin O- est donneur universel »)
  { type: 'health', phrase: `groupe sanguin (?:AB|A|B|O)[ \\u00a0]?(?:Rh[ \\u00a0]?)?(?:[+-]|positif|n${E}gatif)`, before: `[\\p{L}.)], $`, needsPerson: true },
  // (and said of someone: « Son groupe sanguin est O négatif »)
  { type: 'health', phrase: `(?<=(?:son|sa|mon|leur) )groupe sanguin (?:est |:)[ \\u00a0]?(?:AB|A|B|O)[ \\u00a0]?(?:Rh[ \\u00a0]?)?(?:[+-]|positif|n${E}gatif)` },
  { type: 'health', phrase: `diab${E}t(?:e|ique)s?|insulinod${E}pendante?`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `d${E}pression(?! atmosph| tropicale| ${E}conomique)|d${E}pressi(?:f|ve)s?\\b`, avoid: `${TOPIC}|atmosph|météo|économ|terrain`, needsPerson: true },
  { type: 'health', phrase: 'enceinte', avoid: 'bluetooth|acoustique|connectée|sonore|haut-parleur|l[\'’]enceinte|une enceinte|cette enceinte|enceinte (?:du (?!\\d)|de la|de l|des|fortifi|sportive)|enceintes|remparts?', needsPerson: true },
  { type: 'health', phrase: 'traitement (?:pour|contre)(?= (?:la |le |les |l[\'’]|une |un |son |sa |ses )?[a-zé])', avoid: 'données|texte|dossier|demande|réclamation|commande|facture|eau|bois|surface|parasite|termite|nuisible|mauvaises herbes', needsPerson: true },
  { type: 'health', phrase: `arr${E}t (?:de travail|maladie)(?! (?:du|sur le|de) chantier)(?![^.\\n]{0,40}intemp${E}ries)|(?<=(?:prescrit|donn${E}|fait|pos${E}|a eu|avait eu) )un arr${E}t (?:de travail |maladie )?(?:de )?\\d{1,3} (?:jours?|semaines?|mois)|(?<=[mt]['’]a |(?:vous|nous) a |(?:m${E}decin|docteur|g${E}n${E}raliste) l['’]a )arr${E}t${E}e?s? (?:\\d{1,2}|une|deux|trois|quatre|cinq|six|huit|dix|quinze) (?:jours?|semaines?|mois)|cong${E} maladie|absences? (?:pour )?maladie|longue maladie|affection (?:de )?longue dur${E}e`, needsPerson: true },
  // the civil service's long sick leaves (« Mme Blanc est en congé de longue durée »), not the statute's
  { type: 'health', phrase: `cong${E} (?:de )?longue dur${E}e${END}|cong${E} de grave maladie${END}`, avoid: `${TOPIC}|fonctionnaires?${END}|agents?${END}|droits?${END}|r${E}mun${E}r|plein traitement|demi-traitement|statut|dur${E}e (?:du|d['’]un)`, needsPerson: true },
  // a maternity leave tells a birth (an estate agent's « Laura en congé maternité », an employer's « congé
  // pathologique », « visite de reprise après congé maternité »), not the law's or a payroll's
  { type: 'health', phrase: `(?<=(?:en|son|retour de|de retour de|apr${E}s (?:son|un|mon)|reprise apr${E}s|absence ?:|motif ?:|[\\p{L}.] :) )cong${E} (?:de )?maternit${E}|cong${E} pathologique`,
    avoid: `${TOPIC}|dur${E}e du|dure |droit au|indemnit|calcul|simulat|l${E}gal|semaines de cong|obligatoire`, needsPerson: true },
  // a smoker said so, what they smoke a day (an insurer's health form, a coach's or a sophrologist's notes: « M. Petit est
  // fumeur », « fumeur, 20 cigarettes/jour », « Elle fume un paquet par jour »), not a room's « non-fumeur » nor a chimney
  // that smokes; a reason of health given for someone's absence or part-time (« un temps partiel pour raison de santé »)
  { type: 'health', phrase: `(?<=(?:est|suis|sont|${E}tait|gros|grosse|ancien|ancienne|ex-) )fumeu(?:r|se)s?${END}|(?<=(?<![\\p{L}])(?:il|elle|je) )fume(?:s|nt)?(?=[ \\u00a0]*(?:[.,;!)\\r\\n]|$)| (?:beaucoup|trop|encore|toujours|depuis|un paquet|\\d|des cigarettes|la cigarette|le cigare|la pipe|du cannabis|des joints|la chicha))|(?<=(?:\\d|cinq|dix|douze|quinze|vingt|trente|quarante) )cigarettes?(?: par jour| ?/ ?j(?:ou)?r?)${END}|pour (?:des )?raisons? (?:de sant${E}|m${E}dicales?)${END}|tabagisme (?:actif|sevr${E}|ancien|chronique|important)${END}`, avoid: `${TOPIC}|chambres?${END}|espaces?${END}|zones?${END}|terrasses?${END}|fermée?s?${END}|fermeture|magasin|boutique|restaurant|chemin${E}e|moteur|po${E}le|co[uû]te|tuen?t?${END}|d${E}c${E}s|morts?${END}`, needsPerson: true },
  // what a home help's logbook notes of the person cared for (« nausées », « Tension prise par l'infirmière : 15/9 »,
  // « brûlures en urinant », « hospitalisé pour déshydratation », « a refusé ses médicaments »): not Sartre's « La
  // Nausée », a battery's « Tension : 12/24 V », dried onions, a word processor
  { type: 'health', phrase: `naus${E}es?${END}|tension(?: art${E}rielle)?(?: prise)?(?: par l['’]infirmi${E}re| par le m${E}decin)? ?: ?1?\\d[/,-]\\d{1,2}(?!\\d|[,.]\\d| ?(?:v|volts?|kv|a|w)${END})|br[uû]lures? (?:en urinant|urinaires?|mictionnelles|d['’]estomac)|d${E}shydrat(?:ation|${E}e?)${END}`, avoid: MEDICINE_AVOID, needsPerson: true },
  // an employee's accident at work or on the way to it (an employer's, a payroll's notes: « M. Martin, accident du travail
  // le 12/03, arrêt 3 semaines »): an injury; not the law's, a rate's or a prevention plan's
  { type: 'health', phrase: `accidents? (?:du|de) (?:travail|trajet)${END}`, avoid: `${TOPIC}|taux|cotisations?|pr${E}vention|registre|branche|document unique|duerp|d${E}finition|indemnisation des|l${E}gislation`, needsPerson: true },
  // a tax return's or an insurer's file: a half-share for invalidity, sick pay, a health risk rated (« Demi-part pour
  // invalidité de M. Roux », « Mme Blanc touche des IJ maladie », « classé en risque aggravé de santé »), not the rules
  // (« La convention AERAS s'adresse aux personnes présentant un risque aggravé de santé »)
  { type: 'health', phrase: `(?:demi-part (?:suppl${E}mentaire )?pour invalidit${E}|indemnit${E}s journali${E}res maladie|IJ maladie|risques? aggrav${E}s? de sant${E})${END}`,
    avoid: `${TOPIC}|${GUIDE}|calcul|simulat|bar${E}me|comment|conditions|s['’]adresse|dispositif|montant maximum`, needsPerson: true },
  { type: 'health', phrase: `(?:souffre|souffrant|souffrante|atteinte?) (?:d['’]une? |de la |du |des |d['’]|de )(?:maladie|migraine|cancer|diab|asthme|dépression|depression|anxi${E}t${E}|angoisses|stress chronique|sclérose|douleurs? chroniques?|insuffisance|trouble|syndrome|hernie|arthrose|polyarthrite|lombalgie|acouphènes|apnée|vertiges|${E}tourdissements)|migraines? (?:chroniques?|fr${E}quentes|r${E}p${E}t${E}es|r${E}guli${E}res|ophtalmiques)|(?<=(?:une|des|ma|sa|mes|ses|grosse|grosses|forte|fortes|violente|violentes|terrible|terribles) )migraines?${END}|migraineu(?:x|se)s?${END}|anticoagulants?|fluidifiants? (?:sanguins?|du sang)|corticoïdes|sous dialyse|cancer\\b|cancer(?:s)? (?:du|de la|des|de l)|chimio(?:th${E}rapie)?(?![\\p{L}])|radioth${E}rapie|(?:immuno|hormono)th${E}rapie|m${E}tastases?${END}|tumeur|leuc${E}mie|lymphome`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `s${E}ropositi(?:f|ve)|s${E}ropos?${END}|(?<=(?:sa|de la) )s${E}ropositivit${E}|\\bVIH\\b|\\bsida\\b`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `asthm(?:e|atique)|${E}pilep(?:sie|tique)|scl${E}rose en plaques|alzheimer|parkinson|hypertension|insuffisance (?:cardiaque|rénale|respiratoire|veineuse|h${E}patique)|insuffisante? (?:cardiaque|r${E}nale?|r${E}nal|respiratoire)|(?<=(?:: |, |une |sa |d['’]une ))SEP (?:r${E}mittente|progressive|r${E}currente)|mucoviscidose|maladies? (?:g${E}n${E}tiques?|h${E}r${E}ditaires?)|fibromyalgie|endométriose|h${E}mophil(?:ie|e)s?${END}`, avoid: `${TOPIC}|en vente|promo`, needsPerson: true },
  // a mental disorder, a disability or a grave illness named (« un burn-out », « trouble bipolaire », « des troubles
  // psychiatriques », « déficience intellectuelle », « un déficit auditif », « une licence handisport », « suite à une
  // maladie grave », « invalide à 80 % »); not a guide's (« Les troubles psychiques touchent un Français sur cinq »)
  { type: 'health', phrase: `burn[- ]?out|trouble(?:s)? (?:bipolaires?|anxieux|de la personnalit${E}|obsessionnels?|du comportement alimentaire|des conduites alimentaires|alimentaires?|de l[\'’]attention|de l[\'’]attachement|dys${END}|des apprentissages|du langage)|bipolaire|bipolarit${E}${END}(?! (?:du|des|de|d['’]|entre)${END})|hypocondriaques?${END}|schizophr${E}n(?:ie|e)|anorexi(?:e|que)|boulimi(?:e|que)|hyperphagi(?:e|que)s?${END}|pens${E}es noires${END}|(?<=(?:fait|faisait) des )cauchemars${END}|(?:(?<=(?:des|de|:|,) )|(?<=d['’]))id${E}es noires${END}|crises? d[\'’](?:angoisse|anxiété|épilepsie)|anxiété généralisée|(?<=(?:fait|faisait|pour) de l['’])anxi${E}t${E}${END}|(?<=${SAID_OF})(?:phobiques?|d${E}prim${E}e?s?|traumatis${E}e?s?)${END}(?! par )|(?<=(?:v${E}cu|subi) (?:un|des) )traumatismes?${END}|${E}puisement professionnel${END}|bouff${E}es? d${E}lirantes?${END}|stress post-traumatique|TSPT|PTSD${END}|TDAH|(?:crises?|attaques?) de panique|troubles? du sommeil|insomnies?|troubles (?:psychiatriques|psychiques|mentaux)|d${E}ficiences? (?:intellectuelles?|mentales?|visuelles?|auditives?|motrices?)|d${E}ficits? (?:auditifs?|visuels?|de l['’]attention)|licence handisport|(?<=(?:(?:suite à|apr${E}s) |à cause d['’])une )maladie grave${END}|invalide à \\d{1,3} ?%`, avoid: `${TOPIC}|d${E}finition|qu['’]est-ce|touchent`, needsPerson: true },
  { type: 'health', phrase: `antid${E}presseurs?|anxiolytiques?|neurolept|somnif${E}res?|traitement hormonal|traitement (?:de substitution|substitutif)|sous (?:morphine|oxycodone|tramadol|skenan)${END}|patchs? (?:de nicotine|nicotiniques?|anti-?tabac)|substituts? nicotiniques?|méthadone`, avoid: TOPIC, needsPerson: true },
  // medicines whose name tells the illness (an anxiolytic, a thyroid hormone, an inhaler, an anticoagulant,
  // insulin, a substitute, HIV prevention), said of a person: not « Doliprane »
  { type: 'health', phrase: `(?:${DRUGS.join('|')})${END}`, avoid: `${TOPIC}|rupture|stock|(?<!par la )pharmacie|notice|prix|vente`, needsPerson: true },
  // lithium taken (« stabilisée sous lithium »), not a battery's; a stay in a psychiatric hospital by its capitals
  // (« Il est en HP depuis lundi »)
  { type: 'health', phrase: `sous lithium${END}`, avoid: `${TOPIC}|batteries?|piles?|accus?|ion${END}`, needsPerson: true },
  // (a childbirth prepared, a sophrologist's or a midwife's agenda: « 3e séance (préparation accouchement) »; not a
  // practice's offer, « Cours de préparation à l'accouchement : 45 € »)
  { type: 'health', phrase: `pr${E}pa(?:ration)? (?:[àa] l['’])?accouchement${END}`, avoid: `${TOPIC}|cours|ateliers?|s${E}ances de|en \\d+ s${E}ances|tarifs?|prix|€|propos|rembours|mutuelles|prise en charge par`, needsPerson: true },
  // a childbirth expected, a palliative care given (a doula's, a nurse's notes: « Accouchement prévu le 12 juin », « Soins
  // palliatifs à domicile pour M. Roux »), not a calculator's « date d'accouchement prévue »
  { type: 'health', phrase: `accouchement pr${E}vue?${END}`, avoid: `${TOPIC}|calcul|simulat|estim`, needsPerson: true },
  { type: 'health', phrase: `soins palliatifs(?: [àa] domicile)?(?= (?:pour|de) (?:m\\.|mme|madame|monsieur|mon |ma |sa |son |leur ))`, avoid: TOPIC, needsPerson: true },
  // (medical transport: a hairdresser's « vient en VSL le jeudi », a taxi's « ramenée en ambulance »)
  { type: 'health', phrase: `en VSL${END}`, upper: true, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `en ambulance${END}`, before: `(?:vient|venue?|arriv${E}e?|transport${E}e?|emmen${E}e?|ramen${E}e?|rentr${E}e?|partie?|${E}vacu${E}e?) $`, avoid: TOPIC, needsPerson: true },
  // (a skin test before a dye, a hairdresser's « test allergique PPD positif »; below, a stay in a psychiatric hospital
  // or care at home, « un séjour en HP », « est en HAD », not a printer « en HP »)
  { type: 'health', phrase: `tests? allergiques?(?: (?:au |à la |aux |à l['’])?(?!(?:est|${E}tait|sont|serait|reste|peut|souvent|parfois) )[\\p{L}\\d-]+){0,2} positifs?${END}`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `en H(?:P|AD)${END}`, before: `(?:est|suis|sont|${E}tait|hospitalis${E}e?|intern${E}e?|s${E}jour) $`, upper: true,
    avoid: `${TOPIC}|imprimante|ordinateur|portable|pc${END}|laser`, needsPerson: true },
  // a stay in a rehabilitation centre or a convalescent home (a taxi's, a home help's notes: « M. Roux est en centre de
  // rééducation depuis mars », « Mme Blanc sort de la maison de repos le 12 », « un séjour en SSR », « en clinique
  // psychiatrique »), not a place where one works (« kiné au centre de rééducation ») nor its address
  { type: 'health', phrase: `(?:centres? de r${E}${E}ducation|maisons? de (?:repos|convalescence)|soins de suite|(?:clinique|h[ôo]pital) psychiatrique)${END}`, before: REHAB_STAY, avoid: REHAB_WORK, needsPerson: true },
  { type: 'health', phrase: `SSR${END}`, before: REHAB_STAY, upper: true, avoid: REHAB_WORK, needsPerson: true },
  // a clinician's abbreviations (a psychologist's or a therapist's notes): a suicide attempt in the history, suicidal
  // ideas, antidepressants, benzodiazepines, generalised anxiety, OCD, an eating disorder, a borderline personality —
  // in capitals after a French word that says it is someone's (« un TOC », « + TOC », « pas d'IDS »): not a document's
  // table of contents, an HTML tag, « Google TAG » or an insurance's tax
  { type: 'health', phrase: `(?:ATCD|ant${E}c${E}dents?) de TS\\b|sous (?:AD|BZD|AOD|AVK)\\b|(?<=(?:un|une|des|ses|son|sa|de|d['’]un|d['’]une|avec|\\+|et|suivi|suivie|pour|:) |d['’]|#)(?:TAG|TOC|TCA|TPB|IDS)\\b|(?<=(?:une|d['’]une|sa|son|\\+|et|:|,) )(?:HTA|SAOS)\\b|(?<=(?:^|\\n)[ \\t]*(?:[-•*][ \\t]*)?)(?:TAG|TOC|TCA|TPB)(?= (?:\\+|et|depuis|dans|diagnostiqu|s${E}v${E}re|de v|de l|en ))`, upper: true,
    avoid: `${TOPIC}|taxe|assurance|contrat|html|xml|balise|table|contents|sommaire|markdown|document|page|chapitre|section|fichier|logiciel|code|git${END}|commit|version|release|docker|image|${E}tiquette|intrusion|r${E}seau|s${E}curit${E} informatique|je propose|accompagnement des|consultation de \\d+ ?min|kv${END}|enedis|raccordement|transfo|c[âa]bles?${END}|lignes? (?:HTA|a[ée]riennes?|souterraines?|${E}lectriques?)|poste (?:HTA|source)|HTA/BT`, needsPerson: true },
  // (an optician's copy of a prescription: each eye's correction in diopters, quarter by quarter, « OD : -3,25 »)
  { type: 'health', phrase: `O[DG][ \\t]*:?[ \\t]*[+-][ \\t]?\\d{1,2}[,.](?:00|25|50|75)(?![\\d])`, before: `(?:^|\\n)[ \\t]*$`, needsPerson: true },
  // (a trauma's therapy in a psychologist's invoices, « Séance EMDR (trauma) », « Mme Roux, séance d'EMDR »; not a
  // practice's offer)
  { type: 'health', phrase: `EMDR\\b`, before: `(?:(?:s${E}ances?|th${E}rapie|suivi|suivie|consultation|protocole) |s${E}ances? d['’])$`, upper: true,
    avoid: `${TOPIC}|form${E}e?s?|formation|praticien(?:ne)?|propose|tarifs?|prix|€|certifi${E}e?|qu['’]est-ce`, needsPerson: true },
  // alcohol drunk, as a therapist notes it (« consommation d'alcool en hausse depuis la séparation »): not a warning
  { type: 'health', phrase: `consommation (?:excessive |importante |quotidienne |r${E}guli${E}re )?d['’]alcool(?: en hausse| excessive| importante| quotidienne| probl${E}matique)?`,
    avoid: `${TOPIC}|mod${E}ration|interdite?|vente|mineurs|publicit${E}|abus d['’]alcool est`, needsPerson: true },
  { type: 'health', phrase: `fausses? couches?|\\bIVG\\b|grossesse|c${E}sarienne|(?<=(?:rdv|rendez-vous|va|suivie?) au )planning familial${END}|(?<=(?:sort|sortie|rentre|revient|ram${E}ne sa femme) de la )maternit${E}${END}|(?<=(?:b${E}n${E}ficie de|b${E}n${E}ficiaire de|touche|per[çc]oit) )l['’]APA${END}|hospitalis${E}e?|suivi psychiatrique|alcoolisme|alcoolique|alcoolo-?d${E}pendan(?:ce|te?)${END}|toxicomanie|toxicomanes?${END}|addiction (?:à|au|aux)|sevrage|(?:addicte?s?|accros?) (?:aux jeux(?: d['’]argent)?|aux paris(?: sportifs)?|à l['’]alcool|à la (?:drogue|coca[iï]ne|h${E}ro[iï]ne|pornographie)|au (?:cannabis|crack|jeu|porno|sexe))${END}(?! vid${E}o)|sevr${E}e?s? (?:de l['’]alcool|du tabac|de la drogue|de l['’]h${E}ro[iï]ne)${END}`, avoid: TOPIC, needsPerson: true },
  // a stay in hospital named (« Rdv annulé : hospitalisation de son fils ») — not a health insurance's « frais
  // d'hospitalisation », a childminder's contract « en cas d'hospitalisation de l'enfant »
  // (and a night or a visit at the emergency ward, a client's message: « j'étais aux urgences avec mon fils »)
  { type: 'health', phrase: `hospitalisations?${END}|(?<=(?:suis|est|sont|${E}tais|${E}tait|pass${E}e?s?|all${E}e?s?|emmen${E}e?s?|transport${E}e?s?|admise?s?|fini|finie|nuit) )aux urgences${END}`,
    avoid: `${TOPIC}|en cas d['’]|frais|garanties?${END}|forfaits?${END}|indemnit|mutuelle|assurance|contrat|rembours|chambre particuli|si (?:l['’]|un |une |votre |son |sa )`, needsPerson: true },
  // an operation on an organ or undergone (« je me fais opérer demain »), a walking aid someone uses (a rental's
  // inventory: « se déplace avec une canne suite à une opération du genou »), not a town centre's « opération cœur de
  // ville » nor a shop's canes
  { type: 'health', phrase: `(?:op${E}ration|(?<!(?<![\\p{L}])(?:a|ai|as|avait|avons|avez|ont|avaient|avoir|ayant|aura) )op${E}r${E}e?) (?:(?:du|de la|des|d['’]une?) |de l['’])(?:c(?:œ|oe)ur|hanche|genou|dos|cancer|canal carpien|appendicite|cataracte|amygdales|v${E}g${E}tations|v${E}sicule|m${E}nisque|ligaments?|sein|thyro[iï]de|prostate|ut${E}rus|kyste|ovaires?|varices|h${E}morro[iï]des)(?![\\p{L}])|(?<=(?<![\\p{L}])(?:me|se|te) (?:fais|fait|faire|fera|ferai|font|suis fait|suis faite|est fait|est faite) )op${E}rer${END}|(?<=(?:se d${E}place|marche|circule) (?:avec |à l['’]aide d['’]))(?:(?:une|sa) canne|(?:des|ses) b${E}quilles|(?:un|son) d${E}ambulateur|(?:un|son) rollator)(?![\\p{L}])|(?<=(?:est|sont|${E}tait|marche|reste) )en b${E}quilles(?![\\p{L}])|(?<=(?:se d${E}place|marche|circule) )en (?:d${E}ambulateur|rollator)(?![\\p{L}])|(?:se d${E}place|marche|se d${E}pla[cç]ait|marchait) (?:difficilement|avec difficult${E}|tr${E}s mal)(?:[ \\u00a0]*\\((?:canne|b${E}quilles|d${E}ambulateur|fauteuil)\\))?`, avoid: `${TOPIC}|ville|vente|location|magasin|pharmacie|prix|promo|camion|v${E}hicule|voiture|engin|trafic|circulation`, needsPerson: true },
  // a skin's, a scalp's, a sight's condition as a beautician or a hairdresser notes it (« peau atopique, rosacée »,
  // « hyperhidrose »), not a
  // product's promise (« soin anti-acné », « crème pour peaux atopiques »); antibiotics taken
  { type: 'health', phrase: `(?:peau atopique|dermatite(?: atopique| s${E}borrh${E}ique| de contact)?|rosac${E}e|vitiligo|hyperhidrose|alop${E}cie|pelade|(?<=(?:un|le|du|d['’]un) )zona|dalton(?:ien|ienne)s?|acn${E}(?: s${E}v${E}re| kystique)?|(?<=(?:est|suis|sont|${E}tait|mise?) sous )antibiotiques?)(?![\\p{L}])`, avoid: `${TOPIC}|anti-?acn|(?<!pr${E}voir (?:un |des |le )|faire (?:un |des |le ))soins?|produits?|gamme|cr${E}mes?|s${E}rums?|formule|peaux? (?:à tendance|grasses?|mixtes?|atopiques)|conseils?|shampo|lotion|routine`, needsPerson: true },
  // a home help's logbook: incontinence, a fall, dementia, bedsores, a catheter, a dependency level (GIR 1 to 6 of the
  // APA), frequent falls, tube feeding, help needed to wash (« a besoin d'aide pour la toilette », « a une aide à domicile
  // pour sa toilette », « dépendante pour les actes de la vie quotidienne »)
  // — not a shop's product beside its price (« Culottes incontinence homme – 12,90 € »); a fee beside someone's GIR is no veto
  { type: 'health', phrase: `incontinen(?:ce|te?)s?(?![\\p{L}])|(?<=(?:a fait|fait|a refait|avait fait|a eu|suite à) une |(?:depuis|suite à|apr${E}s) (?:sa|votre|ta|ma) )chute(?![\\p{L}])(?! (?:de (?:neige|pierres?|prix|cours|tension|chiffre|ventes|commandes|fr${E}quentation|l['’]activit${E}|la client${E}le)|d['’](?:eau|activit${E})|libre|en bourse|des (?:ventes|cours|prix|commandes)))|d${E}mence(?! (?:de|du|des))|troubles? (?:cognitifs?|de la m${E}moire|mn${E}siques?)|escarres?(?![\\p{L}])|sonde (?:urinaire|gastrique|naso-gastrique|de gastrostomie)|(?:colo|il${E}o|uro)?stomie|stomis${E}e?${END}|trach${E}o(?:tomi|stomi)(?:e|s${E}e?)${END}|chutes (?:fr${E}quentes|r${E}p${E}t${E}es|[àa] r${E}p${E}tition)${END}(?! (?:de|d['’]))|nourrie?s? par (?:sonde|gastrostomie|perfusion)${END}|besoin d['’](?:une )?aide pour (?:la toilette|sa toilette|s['’]habiller|se lever|se laver|se coucher|manger|les repas)${END}(?! (?:de|du|des|d['’]))|aide (?:[àa] domicile )?pour (?:la|sa) toilette${END}(?! (?:de|du|des|d['’]))|d${E}pendante? pour (?:les (?:actes|gestes) (?:de la vie quotidienne|essentiels)|la toilette|l['’]habillage|les repas)${END}|(?<![\\p{L}])GIR ?[1-6](?![\\p{L}\\d])`, avoid: `${TOPIC}|grille|mode d['’]emploi|calcul|paquets?|lots? de|(?:protections?|changes|culottes?|al${E}ses?|couches)[^.€]{0,24}incontinence[^.€]{0,60}€|r${E}f${E}rence|catalogue`, needsPerson: true },
  // a therapeutic part-time, as a staff file or a therapist's notes say it of someone back at work after an illness;
  { type: 'health', phrase: `mi-temps th${E}rapeutique|temps partiel th${E}rapeutique`, avoid: `${TOPIC}|mode d['’]emploi|d${E}marches|droit au|conditions`, needsPerson: true },
  // a drug taken or given up (« a arrêté le cannabis », « consomme de la cocaïne »), said of someone
  { type: 'health', phrase: `(?<=(?:consomme|consommait|consommer|prend|prenait|sniffe|sniffait|fume|fumait|fumer|a arr${E}t${E}|arr${E}te|arr${E}ter|sevr${E}e? d[eu]|d${E}croch${E} d[eu]|rechute (?:dans|sur)) (?:du |le |de la |la |l['’]|les |des )?)(?:cannabis|coca[iï]ne|h${E}ro[iï]ne|drogues?|crack|ecstasy|MDMA|k${E}tamine)(?![\\p{L}])`, avoid: `${TOPIC}|CBD|boutique|vente|l${E}galisation|trafic`, needsPerson: true },
  // giving up smoking, as a hypnotherapist's or a sophrologist's client writes it (« je souhaiterais arrêter de fumer »,
  // « a arrêté de fumer en mars »); not an offer asked in general (« Vous voulez arrêter de fumer ? »)
  { type: 'health', phrase: `(?<=(?:veux|voudrais|voulais|souhaite|souhaiterais|souhaitais|aimerais|aimerait|veut|voudrait|souhaiterait|dois|doit|vais|va|a|ai|avait|avons|ont|r${E}ussi [àa]|arrive [àa]|arriv${E} [àa]) |(?:essaie|essaye|essay${E}|tente|tent${E}|d${E}cid${E}) d['’])arr${E}t(?:er|${E}e?) (?:de fumer|de boire|l['’]alcool)${END}`, avoid: `${TOPIC}|interdit|interdiction|m${E}thode|programme|tarifs?|forfait|€`, needsPerson: true },
  // a therapy followed (« suit une psychothérapie », « Je suis en thérapie »), not a therapist's offer (« je propose une
  // thérapie brève »: no verb of following); a dependence on a drug is read with a psychologist's clinical words, below
  { type: 'health', phrase: `(?<=(?:suit|suis|suivons|suivent|suivre|suivi|suivie|suivais|suivait|commence|commenc${E}|commencer|entame|entam${E}|entamer|(?:est|suis|sont|${E}tait|${E}tais) en|${E}t${E} en|reprend|repris) (?:une |un |sa |son )?)(?:psychoth${E}rapie|psychanalyse|th${E}rapie(?! (?:de couple|familiale|g${E}nique|cellulaire))(?: (?:cognitive|comportementale|EMDR|br${E}ve))?)\\b`, avoid: TOPIC, needsPerson: true },
  // (a rental file's « Reconnu travailleur handicapé (RQTH) », « titulaire d'une carte d'invalidité », « en invalidité
  // catégorie 2 », « reconnu invalide 2e catégorie »)
  { type: 'health', phrase: `reconnaissance (?:de (?:la )?qualit${E} )?de travailleu(?:r|se) handicap${E}e?|reconnue? (?:comme )?travailleu(?:r|se) handicap${E}e?(?!s)|\\bRQTH\\b|en situation de handicap|taux d[\'’](?:invalidité|incapacit${E})|pension (?:d[\'’] ?)?invalidit${E}|allocation (?:aux |d['’])?adultes? handicap${E}s?${END}|carte (?:d['’]invalidit${E}|mobilit${E} inclusion)|(?<=(?:en|mise? en|passée? en) )invalidit${E}(?: (?:de )?cat${E}gorie [123])?|invalidit${E} (?:de )?[123](?:re|ère|e|ème) cat${E}gorie|invalide (?:de )?[123](?:re|ère|e|ème) cat${E}gorie`,
    // (not the law's or a guide's: « Le salarié reconnu travailleur handicapé bénéficie… », « Si vous êtes reconnu… »)
    avoid: `${TOPIC}|(?:le|la|un|une|tout|toute|les|des) (?:salari${E}e?s?|personnes?|agents?|travailleu(?:r|se)s?|candidate?s?|b${E}n${E}ficiaires?) (?:reconnue?s?|titulaires?|en situation|en invalidit)|si vous|bar[eè]me|${GUIDE}`, needsPerson: true },
  // a medical examination on someone's agenda (a taxi's, a home help's, a coach's: « Vendredi : Mme Blanc, IRM
  // cérébrale », « M. Roux passe une coloscopie lundi », « échographie cardiaque », « suivi diabéto »), not a centre's
  // services or hours
  { type: 'health', phrase: `(?:coloscopie|mammographie|fibroscopie|endoscopie|gastroscopie|scintigraphie|densitom${E}trie(?: osseuse)?|${E}lectrocardiogramme|${E}lectroenc${E}phalogramme|holter(?: tensionnel| ECG)?|(?:TEP|PET)[- ]?scan|${E}chographie (?:cardiaque|abdominale|pelvienne|thyro[iï]dienne|mammaire|r${E}nale|doppler)|suivi diab${E}to(?:logique)?)${END}`, avoid: EXAM_PLACE, needsPerson: true },
  { type: 'health', phrase: `IRM${END}`, avoid: EXAM_PLACE, needsPerson: true, upper: true },
  // a smoker who stops (« M. Roux, arrêt du tabac depuis mars », « hypnose arrêt tabac »), not a campaign's advice
  { type: 'health', phrase: `arr${E}t (?:du )?tabac${END}`, avoid: `${TOPIC}|${GUIDE}|conseils?${END}|bienfaits|aides? [àa]${END}|mois sans tabac|tabac info|b${E}n${E}fices|pourquoi|comment`, needsPerson: true },
  // a diet a doctor orders, a stoma's bag (a dietician's, a caterer's, a home help's notes: « M. Roux suit un régime
  // hyposodé », « régime sans sel », « est porteur d'une poche »), not a restaurant's menu or a recipe
  { type: 'health', phrase: `r${E}gime (?:hyposod${E}|sans sel|sans r${E}sidus|pauvre en (?:sel|potassium))${END}|porteu(?:r|se) d['’]une poche${END}(?! (?:de glace|d['’]eau|[àa] douille|de cong${E}lation|kangourou))`, avoid: `${TOPIC}|${GUIDE}|recettes?${END}|menus?${END}|restaurants?${END}|cartes?${END}|plats?${END}|id${E}es`, needsPerson: true },
  // a payroll's sick pay and a parent's leave for a child's illness (« IJSS perçues pour Mme Roux », « Congé de présence
  // parentale pour Mme Roux », « bénéficie de l'AJPP »), not the rules (« Comment sont calculées les IJSS ? »)
  { type: 'health', phrase: `allocation journali${E}re de pr${E}sence parentale${END}|cong${E} de pr${E}sence parentale${END}`, avoid: PAY_RULES, needsPerson: true },
  { type: 'health', phrase: `(?:IJSS|AJPP)${END}`, avoid: PAY_RULES, needsPerson: true, upper: true },
  // a travel agent's bookings: a passenger's special service requests by their airline codes (« ROUX/PAUL MR SSR WCHR »: a
  // wheelchair; a diabetic's meal, a blind or a deaf passenger, a stretcher, oxygen; a Muslim's, a kosher, a Hindu, a Jain
  // meal), not the codes' list; after « SSR », a booking's line of its own, some passenger's lines above
  { type: 'health', phrase: `(?<=SSR )(?:${HEALTH_SSR})${END}`, avoid: AIRLINE_CODES_LIST, upper: true },
  { type: 'health', phrase: `(?<!SSR )(?:${HEALTH_SSR})${END}`, avoid: AIRLINE_CODES_LIST, needsPerson: true, upper: true },
  // a disability's allowance or file (AAH, « Revenus : AAH », « la PCH », MDPH), a driving licence's medical board
  // (« passe la commission médicale du permis »: after a suspension, an illness), a long-term illness (« en ALD »), a
  // psychiatrist or a psychologist seen: as a social worker, a coach, a driving school or a tradesman notes them
  { type: 'health', phrase: `(?<=[ld]['’]|(?:dossier|demande|droits?|bénéficiaire|allocataire|caf|msa) |(?:revenus?|ressources) ?: )AAH\\b|(?<=(?:dossier|demande(?: de)?|touche la|per[çc]oit la|b${E}n${E}ficie de la|b${E}n${E}ficiaire de la|droits? [àa] la) )PCH\\b|(?<=(?:passe|passer|passera|pass${E}e?|convoqu${E}e?|devant) (?:la |en )?)commission m${E}dicale (?:du permis|des permis|primaire|d['’]appel|de r${E}forme)${END}|\\bMDPH\\b|(?<=(?:en|son|une|reconnue?|prise? en charge en|au titre d['’]une|100 ?%) |au titre de l['’]|100 ?% \\()\\bALD\\b|(?<=(?:voit|consulte|suivie? par|suivie? chez|va chez|allait chez|rendez-vous chez|rdv chez|rendez-vous avec|rdv avec|s${E}ances? (?:chez|de)|${E}t${E} chez) (?:un |une |le |la |son |sa |mon |ma )?)(?:psy|psychiatre|psychologue|psychoth${E}rapeute|p${E}dopsychiatre|addictologue)\\b`, avoid: TOPIC, needsPerson: true },
  // an allergy, an intolerance said of someone (a hairdresser's « allergique à l'ammoniaque », a caterer's
  // « intolérante au lactose »): not a menu's or a cosmetic's « pour peaux allergiques »
  { type: 'health', phrase: `allergiques? (?:à|au|aux|a) (?:la |le |l['’]|les )?[\\p{L}-]+|(?<=(?:est|suis|sont|${E}tait) (?:tr${E}s )?)allergiques?(?=[ \\u00a0]*(?:[.,;!)]|\\r?\\n|$))|allergies?(?: (?:s${E}v${E}re|grave|importante|alimentaire|s${E}rieuse|forte|l${E}g${E}re)s?)? (?:à|au|aux) (?:la |le |l['’]|les )?[\\p{L}-]+|allergi(?:es?|ques?) (?:${ALLERGENS})(?![\\p{L}])|intol${E}rante? (?:à|au|aux) (?:la |le |l['’]|les )?[\\p{L}-]+|intol${E}rances? (?:à|au|aux) (?:la |le |l['’]|les )?[\\p{L}-]+`, avoid: `${TOPIC}|peaux|formule|produits?|cosm${E}tique|(?<!pr${E}voir (?:un |le |son )|adapter (?:le |son )?)menu|recette|plats?|carte des|liste des|personnes (?:allergiques|intol)|convives|allerg${E}nes`, needsPerson: true },
  // coeliac disease is a diagnosis, the menu asked for beside it no recipe's (a caterer's, a travel agent's « Mme Roux : menu
  // sans gluten (maladie cœliaque) »)
  { type: 'health', phrase: `(?:maladie )?c(?:œ|oe)liaque`, avoid: `${TOPIC}|adapt${E}e?s? (?:à|aux|pour) (?:la |les )?(?:maladie|personnes|c(?:œ|oe)liaques)|formule|produits?|recettes?|carte des|liste des|personnes c`, needsPerson: true },
  // a disability (health data too), as a teacher, a coach or a tradesman notes it to adapt to it, a guest house's booking
  // (« arrive avec son chien d'assistance »)
  // (« sourd » apart: « un bruit sourd », « une douleur sourde » are no one's deafness; a child « autiste et supporte mal
  // le bruit » is autistic; « Léo bégaie depuis l'âge de 4 ans », not « L'histoire bégaie »)
  { type: 'health', phrase: `(?<=(?:(?:est|suis|sont|devenue?|n${E}e?|compl${E}tement|totalement|partiellement|${E}l${E}ve|enfant|cliente?|patiente?|candidate?|fils|fille|salari${E}e?) |, ))sourde?(?:[- ]muette?| et muette?)?\\b(?! (?:à|aux|au|comme) )|(?<=(?:^|[\\n;\\t])[ \\t"]*(?:en )?)(?:sourde?|appareill${E}e?|(?<=en )fauteuil(?: roulant)?)(?=[ \\t"]*(?:[,;\\t]|\\r?\\n|$))`,
    avoid: `${TOPIC}|bruit|douleur|association|sensibilis`, needsPerson: true },
  { type: 'health', phrase: `autiste|autisme|malvoyante?|non[- ]voyante?|malentendante?|(?<!en )fauteuil roulant|dyslexi(?:e|que)|dyspraxi(?:e|que)|dyscalculi(?:e|que)|dysphasi(?:e|que)|dysorthographi(?:e|que)|dysgraphi(?:e|que)|b${E}gaiement|(?<=(?:il|elle|je|qui|enfant|fils|fille|encore|beaucoup|${TITLED_NAME}) )b${E}ga[iy](?:e|es|ent)${END}|(?<!histoire )b${E}ga[iy](?:e|ent) (?:depuis|quand|lorsqu|beaucoup|un peu|toujours|souvent|parfois|de plus en plus|en classe|[àa] l['’]oral|au t${E}l${E}phone)${END}|(?<=(?:est|suis|sont|${E}tait|devenue?) )b${E}gue${END}|trisomi(?:e|que)(?: 21)?|handicap${E}?e? (?:mental|mentale|moteur|motrice|physique|visuel|visuelle|auditif|auditive|psychique|cognitif)|porteu(?:r|se) (?:d['’]un|de) handicap|(?<=(?:est|suis|sont|${E}tant|devenue?|n${E}e?|locataire|cliente?|salari${E}e?|${E}l${E}ve|candidate?) )handicap${E}e?s?(?!\\p{L})|(?<=(?:est|suis|sont|devenue?) [àa] )mobilit${E} r${E}duite|(?<=(?:son|sa|avec (?:son|un)|a un) )chien(?:[- ]guide| d['’]assistance)${END}|(?<=(?:est|suis|sont|${E}tait|devenue?) )amn${E}siques?${END}|paralys${E}e? (?:des jambes|du c[ôo]t${E})${END}`, avoid: DISABILITY_AVOID, needsPerson: true },
  // a relative's disability (« Il a un enfant handicapé », « pour son fils handicapé »), not a crèche's or a guide's
  // (« Accueil d'un enfant handicapé en crèche »)
  { type: 'health', phrase: `(?<=(?:un|une|son|sa|leur|mon|ma|notre|ses|leurs|mes|nos) (?:enfants?|fils|filles?|fr${E}res?|s(?:œ|oe)urs?|mari|femme|${E}poux|${E}pouse|p${E}re|m${E}re|conjointe?) )handicap${E}e?s?${END}`, avoid: `${TOPIC}|accueil|guide|cr${E}ches?${END}|scolarisation|inclusion|droits|structures?${END}|${E}tablissements?${END}`, needsPerson: true },
  // someone « en fauteuil » (a wheelchair's user: « prévoir l'accès » beside it is no sign on a door; a traveller's « voyage en
  // fauteuil roulant, assistance PMR demandée »)
  { type: 'health', phrase: `(?<=(?:est|suis|sont|${E}tait|vit|se d${E}place|circule|voyage|arrive|vient|viendra|\\d ans,|invit${E}e?|t${E}moin|(?:grand-)?(?:m${E}re|p${E}re)) en )(?:fauteuil\\b(?! (?:de|du|d['’]|en|à|club|relax|cuir|velours|tissu|bureau|design|massant|releveur|pivotant|salon|jardin)${END})|chaise roulante${END})`, avoid: `${TOPIC}|location|vente|magasin`, needsPerson: true },
  // a school's aide for a pupil's disability, a baby born early, a worker's fitness with restrictions or unfitness (for
  // the post, for carrying loads: « inapte au port de charges », a line's or a cell's « Restrictions médicales : pas de
  // port de charges », not its « : néant ») as the occupational doctor rules it (« Avis d'inaptitude de Mme Blanc »), a
  // child followed at a mental health centre, an adult
  // at an addiction centre (« va au CSAPA »), dialysis, a cochlear implant (a tutor's, a photographer's, an employer's, a
  // coach's notes)
  { type: 'health', phrase: `(?<=(?:une?|son|sa|par|d['’]une?|avec) )AESH\\b|(?<=(?:(?:n${E}e?s?|est|${E}tait|sont|grande?s?) |b${E}b${E}s? \\(?|nourrissons? \\(?))pr${E}matur${E}e?s?(?![\\p{L}])|(?<=en )couveuse|apte avec (?:restrictions?|r${E}serves?|am${E}nagements?)|(?<=(?:des|ses|avec|:) )restrictions? m${E}dicales?${END}|${LINE_OR_CELL_START}restrictions? m${E}dicales?(?= (?:pour|de) ${TITLED_NAME}|[ \\u00a0]*:[ \\u00a0]*${NOTHING_SAID}[^\\s])|(?:d${E}clar${E}e? )?inapte (?:à|au|a) (?:son |tout |au |la )?(?:poste|travail|port de charges|conduite)|(?<=avis d['’])inaptitude(?= (?:de |d['’]|pour |concernant )(?:m\\.|mme|mlle|monsieur|madame|notre salari|la salari|le salari))|(?<=(?:suivie?|soign${E}e?|va) (?:au|en|par le) )(?:CMPP?|CAMSP|SESSAD|CATTP|CSAPA|CAARUD|h[oô]pital de jour)\\b|(?<=(?:vers le|rdv au|rendez-vous au) )CMP\\b(?! (?:informatique|\\((?!centre m${E}dico)))|(?<=(?:est|suis|sont|${E}tait) )en (?:h${E}mo)?dialyse|(?:h${E}mo)?dialys(?:é|ée|ee)${END}|(?<=(?:se fait|se faisait|doit se faire|va se faire) )(?:h${E}mo)?dialyser${END}|implant cochl${E}aire`,
    // (not the law's: « le salarié déclaré inapte bénéficie… », « si vous êtes déclaré inapte »)
    avoid: `${TOPIC}|recrutement|offre d['’]emploi|fiche de poste|fournisseur|vente|(?:le|la|un|une|tout|toute|les|des) salari${E}e?s? (?:d${E}clar${E}e?s? )?(?:in)?apte|si vous|peut (?:d${E}clarer|${E}tre d${E}clar${E})`, needsPerson: true },
  // a pupil in a class or a school for a disability (a tutor's « Noah est en ULIS depuis la rentrée », « scolarisé à
  // l'IME »), written in capitals: not « en ime » typed in a word, a teacher's post there, a tradesman's work at the
  // school (« Mme Roux est à l'IME mardi pour des travaux »: « à l'IME » after the verbs of schooling only)
  // (the words before it in `before`, not a lookbehind: 38 KB less native code)
  { type: 'health', phrase: `en (?:classe )?(?:ULIS|IME|ITEP)${END}`, before: `(?:${SCHOOLED}|est|sont|${E}tait|entre|va|(?:^|[\\n;\\t|]|, )${E}l${E}ve) $`, upper: true, avoid: SCHOOLING_AVOID, needsPerson: true },
  { type: 'health', phrase: `l['’](?:ULIS|IME|ITEP)${END}`, before: `${SCHOOLED} [àa] $`, upper: true, avoid: SCHOOLING_AVOID, needsPerson: true },
  // a newborn in neonatal care, a memory failing, as a cleaner's or a home help's planning notes them (« bébé
  // (prématuré, sort de néonat) », « elle perd la mémoire », « Mme Roux perd un peu la tête, sa fille passe »): not a
  // hospital's job offer, a computer's memory, a head lost in love or in a hurry (« Il perd la tête quand il la voit »,
  // « Il ne faut pas perdre la tête devant un devis »: the head lost where a sentence ends, or « depuis »)
  { type: 'health', phrase: `pertes? de m${E}moire${END}|(?:perd|perdait|perdre|perdu) la m${E}moire${END}|(?<!pas )(?:perd|perdait|perdre) (?:un peu )?la t${E}te(?=[ \\u00a0]*(?:[.,;!)]|\\r?\\n|$|depuis${END}|avec l['’][âa]ge))`,
    avoid: NEWBORN_AVOID, needsPerson: true },
  // a child's vaccination status, as a childminder's or a holiday camp's file notes it (« n'est pas vacciné contre la
  // rougeole », « ses vaccins ne sont pas à jour », « ne veut pas faire vacciner sa fille »): not a rule or a pet's
  { type: 'health', phrase: `(?:pas|non)[ -]vaccin${E}e?s?${END}|vaccin(?:ation)?s?(?: (?:de|d['’]) ?[\\p{L}'’-]+(?: [\\p{L}'’-]+)?)? (?:ne sont |n['’]est |ne semblent |non )?pas [àa] jour`,
    avoid: VACCINE_AVOID, needsPerson: true },
  // an autism spectrum disorder by its initials, a speech or a motor therapy followed, a nursing home (dependency)
  { type: 'health', phrase: `(?<=(?:diagnostiqu${E}e?|diagnostic|est|suis|atteinte? d['’]un|porteur d['’]un|porteuse d['’]un|enfant|ado|adolescente?|adulte|(?:a|avait|avec) un|(?:enfant|ado|adolescente?|adulte|fils|fille|${E}l${E}ve) avec) )TSA\\b(?! \\d)|TSA (?:l${E}ger|s${E}v${E}re)${END}|trouble du spectre (?:de l['’])?autis(?:me|tique)|(?<=(?:dans|sur) le )spectre (?:de l['’])?autis(?:me|tique)|(?<=(?:suivie?|prise? en charge|rééducation) (?:en |par une? |chez (?:l['’]|une? |la |le )?)|(?<!(?:une|des|les) )s${E}ances? (?:de |d['’]|chez (?:l['’]|une? |la |le )?))(?:orthophon(?:ie|iste)|kin${E}(?:sith${E}rapeute)?|ergoth${E}rap(?:eute|ie)|psychomotricien(?:ne)?|psychomotricit${E})(?![\\p{L}])|(?<=(?:est|vit|entr${E}e?|plac${E}e?|r${E}side) en )EHPAD\\b`, avoid: TOPIC, needsPerson: true },
  // a suicide attempt, suicidal thoughts (« a des envies de mourir »; not « … de rire »), self-harm
  { type: 'health', phrase: `tentatives? de suicide|(?:id${E}es|pens${E}es) suicidaires|envies? de mourir${END}(?! de )|scarifications?|automutilation|(?<=s['’])automutil(?:e|ait|ent)${END}`, avoid: `${TOPIC}|num${E}ro|ligne d['’]${E}coute|3114`, needsPerson: true },
  // what was operated, implanted or grafted, and a medically assisted procreation
  // a hearing aid worn (a music teacher's « Emma porte un appareil auditif, bien se placer à sa droite »), not an
  // audiologist's offer (« Pourquoi porter un appareil auditif ? »)
  { type: 'health', phrase: `appareils? auditifs?${END}`, before: `(?:(?:porte|portait|portent|a|avait|avec) (?:un|des|deux|son|ses|d['’]un)|${E}quip${E}e? d['’]un) $`,
    avoid: `${TOPIC}|audioproth${E}siste|remise|prix|tarifs?|promo|offre|conseils?|pourquoi|comment|rembours`, needsPerson: true },
  { type: 'health', phrase: `mastectomie|(?<=(?<![\\p{L}])(?:(?:ma|sa|leur|une) |r${E}sultats? (?:de (?:la |sa |ma )?|d['’]une )))biopsie${END}(?! (?:du|de) (?:sol|roche|b${E}ton))|hyst${E}rectomie|ablation (?:d(?:u|e la|es) |de l['’])(?:sein|ut${E}rus|thyro[iï]de|prostate|ovaires?|rein)|pacemaker|stimulateur cardiaque|proth${E}ses?(?: totales?)? (?:de (?:la )?hanche|du genou|de genou|d['’]${E}paule|de l['’]${E}paule|de cheville|auditives?|mammaires?)|appareill${E}e? (?:des deux oreilles|d['’]une oreille)|greff${E}e? (?:d['’]un |du |de |d['’]une |de la )?(?:rein|foie|c(?:œ|oe)ur|poumon|moelle|corn${E}e)|\\bPMA\\b|parcours (?:de |d['’])(?:PMA|FIV)|\\bFIV\\b|f${E}condation in vitro|procr${E}ation m${E}dicalement assist${E}e`, avoid: `${TOPIC}|(?:chats?|chattes?)${END}|f${E}lins?${END}|lois?${END}|d${E}bat|ouverture de la|guides?${END}`, needsPerson: true },
  // what a sports coach's or a club's file notes: a heart's rhythm, a concussion, a sport a doctor forbids (« souffle au
  // cœur », « commotion cérébrale au rugby », « dispensée de sport », « a une contre-indication à la course », « M. Roux,
  // certificat médical : contre-indication à la plongée », a crèche's
  // « convulsions fébriles », « défibrillateur implanté »): not an instructor's page listing contraindications in general,
  // a guide's « que faire »
  { type: 'health', phrase: `souffle au c(?:œ|oe)ur|souffle cardiaque${END}|convulsions?(?: f${E}briles?)?${END}|d${E}fibrillateur implant${E}${END}|arythmies?(?: cardiaques?)?${END}|tachycardies?${END}|fibrillation(?: auriculaire| atriale)?${END}|FA paroxystique|commotions? c${E}r${E}brales?|traumatismes? cr[aâ]niens?|dispens${E}e?s? (?:de|d['’]) ?(?:sport|EPS|natation|piscine|(?:l['’])?${E}ducation physique|activit${E}s? physiques?)${END}|(?<=(?:(?:a|ai|avait|pr${E}sente|avec) (?:une|des) |[:,—–][ \\u00a0]?))contre-?indications? (?:m${E}dicales? )?(?:à|a|au|aux|pour) (?:la |le |l['’]|les )?(?:pratique|course|sport|natation|plong${E}e|effort|activit${E}|exercice|musculation|rugby|football|yoga)`,
    avoid: ILLNESS_GUIDE_AVOID, needsPerson: true },
  // a common illness caught, as a client's cancellation says it (« mon fils a la varicelle », « j'ai une angine ») or a
  // crèche's list after a child's name (« Léo Faure : varicelle »), a fever (« mon fils a de la fièvre »), a cold, a
  // stomach upset (« a un rhume », « est enrhumé », « a vomi cette nuit », « a la diarrhée », « tousse beaucoup », « a un
  // kyste »; not an engine that « tousse au démarrage »): not a season's
  // (« l'épidémie de grippe »), a worn part (« moteur grippé »), nor « la grippe » whose « a » ends « la »
  { type: 'health', phrase: `(?<=(?<![\\p{L}])(?:a|ai|as|avait|avons|ont|a eu|ai eu|attrap${E}|fait|fait une|d['’]une?|pour une?|avec une?) (?:la |une |un |des |les |de la |une grosse |un gros |le syndrome |un syndrome )?|[^\\s:] : (?:syndrome )?)(?:varicelle|rougeole|rub${E}ole|grippe|angine|bronchite|bronchiolites?|otites?|conjonctivite|scarlatine|oreillons|coqueluche|pneumonie|rhino-?pharyngite|sinusite|cystite|infection urinaire|mononucl${E}ose|gale|poux|fi${E}vre(?! acheteuse)|imp${E}tigo|ros${E}ole|laryngite|pieds?-mains?-bouche|rhume|diarrh${E}e|vomissements|toux|kyste)(?![\\p{L}-])|(?<=(?<![\\p{L}])(?:est|suis|sont|${E}tait|tr${E}s|un peu) )enrhum${E}e?s?${END}|(?<=(?<![\\p{L}])(?:a|ai|avait|ont) )(?:vomi|attrap${E} froid)${END}|(?<=(?<![\\p{L}])(?:il|elle|je|qui|${TITLED_NAME}) )tousse(?= (?:beaucoup|la nuit|depuis|encore|toujours|souvent|sans arr${E}t|${E}norm${E}ment|un peu|et )|[ \\u00a0]*(?:[.,;!]|$))`,
    avoid: `${TOPIC}|${E}pid${E}mie|vaccin|saison|vague|pic de|cas de|traitement anti|shampoing|lotion|pharmacie|vente|produits?`, needsPerson: true },
  // (and an illness that keeps coming back, whatever is before it: a swimming teacher's « Emma, otites à répétition »;
  // not a guide's « Les otites à répétition chez l'enfant : que faire ? »)
  { type: 'health', phrase: `(?:otite|angine|bronchite|sinusite|cystite)s? (?:[àa] r${E}p${E}tition|chroniques?)${END}`, avoid: ILLNESS_GUIDE_AVOID, needsPerson: true },
  // the heart's and the vessels' accidents, common chronic diseases, a detox, an operation undergone; the covid
  // only as caught (« a eu le covid »: a business's letters name it for its aids, its closures, its protocols); « AVC »
  // before no letter at all (\b knows only ASCII ones: a Turkish surname's « Avcı », « AVCİ » was a stroke)
  { type: 'health', phrase: `\\bAVC${END}|accident vasculaire c${E}r${E}bral|infarctus|crise cardiaque|embolies?(?: pulmonaires?)?${END}|h${E}patite (?:[ABC]\\b|virale|chronique|auto-?immune|alcoolique|m${E}dicamenteuse)|arthrose|ob${E}sit${E}|ob${E}se\\b|d${E}sintox(?:ication)?\\b|(?<=(?:${E}t${E}|est|suis|sont|${E}tre|fait|faire|fais|fera) )op${E}r(?:er|${E}e?) (?:(?:du|de la|des|d['’]une?) |de l['’])(?:c(?:œ|oe)ur|hanche|genou|dos|cancer|canal carpien|appendicite|cataracte|v${E}sicule|m${E}nisque|ligaments?|sein|thyro[iï]de)|(?<=(?:est|suis|sont|devenue?|n${E}e?|compl${E}tement|presque) )aveugle\\b(?! (?:à|aux|au|comme|sur|face) )`, avoid: COVID_AVOID, needsPerson: true },
  // a body's troubles as anyone says them (« des problèmes de thyroïde », « de dos »), cholesterol, a disc's hernia, sleep
  // apnea, tinnitus, weight-loss surgery (« a fait une sleeve », « un by-pass gastrique »), a remission, a heart patient,
  // a sight lost, a heart's or a chronic pathology, oxygen or a ventilator (a plumber's « M. Blanc est sous assistance respiratoire, ne pas couper
  // l'électricité »), a liver's cirrhosis, an ulcer, scabies
  { type: 'health', phrase: `probl${E}mes? avec (?:l['’]alcool|la drogue|les drogues|le cannabis)${END}|probl${E}mes? (?:de |d['’]|au |aux |à la |à l['’])(?:thyro[iï]de|dos|c(?:œ|oe)ur|genoux?|hanches?|vue|audition|peau|poids|cholest${E}rol|tension|m${E}moire|sommeil|circulation|estomac|intestins?|reins?|foie|prostate|vessie|incontinence|alcool|drogue|${E}quilibre(?! (?:budg|financ|des comptes|comptable|alimentaire|de vie|entre)))(?![\\p{L}])|(?<=(?:a eu|avait eu|a subi|apr${E}s) (?:un|son) )pontage${END}|pontages? coronariens?${END}|(?<=(?:a|avoir|avait|ai|fait|fais|faisait) (?:du |trop de )?)cholest${E}rol\\b|(?<=(?:a|avoir|avait|ai) (?:un )?)taux de cholest${E}rol (?:trop )?(?:${E}lev${E}|haut)${END}|hypercholest${E}rol${E}mie${END}|(?<=(?:une|sa|la|d['’]une|de) )sleeve${END}|by-?pass gastrique|anneau gastrique|gastrectomie|chirurgie bariatrique|hernie (?:discale|inguinale|hiatale)|apn${E}e du sommeil|acouph${E}nes?|(?<=(?:est|suis|sont|${E}tait) en )r${E}mission\\b|(?<=(?:est|suis|sont|${E}tait|client|cliente|patient|patiente) )cardiaques?\\b|(?<=(?:a|ai|avait) )perdu (?:la vue|l['’](?:audition|ou[iï]e)|l['’]usage (?:de (?:la |l['’])?|du |des |d['’])[\\p{L}-]+)|sous (?:oxyg${E}ne\\b|assistance respiratoire${END}|respirateur${END})|pathologies? (?:cardiaques?|cardio-?vasculaires?|respiratoires?|pulmonaires?|r${E}nales?|h${E}patiques?|neurologiques?|psychiatriques?|chroniques?|graves?|lourdes?)${END}|cirrhose|ulc${E}re (?:à l['’]estomac|gastrique|duod${E}nal)|(?<=(?:a|ai|avait|attrap${E}) )la gale\\b|hyperacti(?:f|ve|vit${E})(?![\\p{L}])|(?<=(?:est|suis|sont|${E}tait|tomb${E}e?|toujours|encore|tr${E}s|gravement) )(?<!(?:site|serveur|ordinateur|pc|logiciel|voiture|moteur|r${E}seau|syst${E}me|wifi|internet|imprimante|box|machine|appli|application) (?:est|${E}tait|encore|tr${E}s) )malade(?:s)?(?![\\p{L}])(?! d['’](?:impatience|inqui${E}tude|amour|envie)| de (?:jalousie|peur|rire|honte|joie|bonheur))|gastro(?:-ent${E}rite)?(?![\\p{L}])`, avoid: `${TOPIC}|fauteuil|canap${E}|matelas|v${E}hicule|voiture|moteur|logiciel|batterie|pompes?${END}|chaudi${E}re|machine`, needsPerson: true },
  // breastfeeding, which a beautician or a midwife notes before a treatment (« Elle allaite, pas de médicament sans
  // avis », « allaitement en cours », « Julie Bernard allaite encore », « Mme Blanc allaite »), not advice in general
  // (« Une maman qui allaite doit boire beaucoup »)
  { type: 'health', phrase: `(?<=(?:elle|je|qui|cliente|patiente|(?:mme|madame) [\\p{L}-]+),? )allaite${END}|allaite (?:encore|toujours|exclusivement)${END}|(?<=(?:est|suis|${E}tait) )allaitante${END}|allaitement (?:en cours|exclusif|mixte)${END}`, avoid: TOPIC, needsPerson: true },
  // dizziness had, a slow thyroid, physiotherapy followed (a sophrologist's, a coach's notes: « dit avoir des vertiges »,
  // « a la thyroïde paresseuse », « fait de la kiné pour son dos »), not a song's « Vertiges de l'amour », a practice's
  // « cabinet de kiné », a physiotherapist's own « je fais de la kiné depuis vingt ans, diplômé de… »
  { type: 'health', phrase: `(?<=(?:a|ai|as|avait|avoir|ont|fait|fais|faisait|sujette? aux|souffre de|souffrait de) (?:des |de |souvent des |parfois des |beaucoup de )?)vertiges${END}|thyro[iï]de paresseuse|(?<=(?:fait|fais|faisait|faire|suit|suivait|commence|commenc${E}|reprend|repris|arr${E}t${E}|arr${E}te) (?:de la |des s${E}ances de |ses s${E}ances de |sa )?)kin${E}(?:sith${E}rapie)?${END}|(?<=(?:\\d+|dix|douze|quinze|vingt|des|ses|plusieurs) )s${E}ances de kin${E}(?:sith${E}rapie)?${END}`, avoid: `${TOPIC}|dipl[oô]m|${E}cole|${E}tudes|m${E}tier|profession|exerce|cabinet`, needsPerson: true },
  // diseases named after someone or known by name, as a hairdresser, a beautician, a coach notes them; an audiologist's,
  // a dentist's, a nurse's, a psychotherapist's, a childminder's words (« presbyacousie », « bruxisme », « parodontite »,
  // « souffre de surdité », « une décompensation », « une chambre implantable », « est en réanimation », « des
  // hallucinations », « APLV », « plagiocéphalie », « des tics », « a un PAI », « est sous PAI », « le dossier médical de
  // Mme Blanc »), not « La surdité touche six millions de Français », a circuit's « décompensation », a port's price, a
  // ward « en travaux », « des tics de langage », « le dossier médical de votre enfant »; a guardianship's medical
  // certificate (« l'altération des facultés de M. Roux »)
  { type: 'health', phrase: `maladie (?:de (?:Crohn|Lyme|Raynaud|Charcot|Hodgkin|Huntington|Verneuil|Horton|Basedow|Hashimoto|Paget|Dupuytren|M${E}ni${E}re|Cushing|Wilson|Kahler|Still|Bechterew|Behçet|Steinert)|d['’](?:Alzheimer|Addison))|rectocolite(?: h${E}morragique)?|spondylarthrite(?: ankylosante)?|polyarthrite(?: rhumato[iï]de)?|lupus|psoriasis|ecz${E}ma|myopathies?(?: de (?:Duchenne|Becker))?${END}|infertilit${E}${END}|ph${E}nylc${E}tonurie${END}|${E}nur${E}(?:sie|tique)s?${END}|deuil p${E}rinatal${END}|spasmes? du sanglot${END}|(?:presbyacousie|bruxisme|parodontite|terreurs nocturnes|ESPT|APLV|plagioc${E}phalie|torticolis cong${E}nital|fibromes?|diastasis|endocardite|anus artificiel)${END}|(?<=(?:une|sa|d['’]une) )valve cardiaque(?: m${E}canique| biologique)?${END}|(?<=(?:a|avait|porte) (?:des |une |deux |trois )?)(?:vis|broches?|plaques?) dans (?:la |le |l['’]|les )(?:cheville|genou|bras|jambe|poignet|hanche|dos|colonne|f${E}mur|tibia|${E}paule|main|pied|coude)${END}|(?<=(?:a|ai|avait|fait|faisait) (?:de l['’]|une |des crises d['’]))urticaire${END}|(?<=(?:sujette? aux|fait des|a des|cicatrices?) )ch${E}lo[iï]des?${END}|(?<=(?:a|ai|avait|fait|souffre de) (?:des |de )?)palpitations${END}|(?<=(?:suit|suivent|fait|commence|commenc${E}) (?:une |la |sa |des cours de )?)pr${E}paration à (?:la naissance|l['’]accouchement)${END}|(?<=(?:a|avait|fait|faisait) des )tics${END}(?! (?:de langage|verbaux))|(?<=(?:(?:a|avec|ont|avait) un|en|sous) )PAI${END}|alt${E}ration (?:de ses|des|de leurs) facult${E}s(?: (?:mentales|corporelles|personnelles|cognitives))?${END}|(?:compte[- ]rendu op${E}ratoire|dossier m${E}dical)(?= (?:(?:de|du) |d['’])(?:m\\.|mme|mlle|monsieur|madame|patiente?|l['’]enfant|mon |ma |son |sa ))|(?<=(?:de|sa|une|d['’]une|leur) )surdit${E}${END}|surdit${E} (?:bilat${E}rale|unilat${E}rale|profonde|s${E}v${E}re|cong${E}nitale|brusque)${END}|(?<=(?:une|sa|en) )d${E}compensations?${END}(?! (?:d['’]|du |de |des ))|(?<=(?:(?:a|avait|porte|avec) une|d['’]une) )chambre implantable${END}|(?<=(?:a|avait|fait|faisait) des )hallucinations${END}|(?<=(?:est|suis|sont|${E}tait|toujours|encore|transf${E}r${E}e?|admise?|plac${E}e?|hospitalis${E}e?) en )r${E}animation${END}(?! (?:de |du |des |d['’]))`, avoid: `${TOPIC}|${GUIDE}`, needsPerson: true },
  // what an osteopath, a physiotherapist, a sports coach notes: a back's or a joint's pains, a sprain, a broken bone,
  // a sight's defect (« il a une sciatique », « tendinite de l'épaule », « fracture du poignet », « a mal au dos », a
  // physiotherapist's « coxarthrose », « algodystrophie », « canal carpien opéré », « déchirure musculaire au mollet »,
  // « douleurs lombaires », « myope », a child's « scoliose, corset la nuit »); a fracture of no body (« la fracture numérique ») is none
  // (nor a guide's « un IMC de 30 correspond à… »; « Mme Blanc a un IMC de 38 » is hers)
  { type: 'health', phrase: `sciatiques?|sciatalgies?|cruralgies?|lombalgies?|lumbago|scolioses?|cyphoses?|cervicalgies?|dorsalgies?|p${E}riarthrites?${END}|(?:cox|gon)arthroses?${END}|algodystrophies?${END}|pubalgies?${END}|syndrome (?:rotulien|du canal carpien)${END}|canal carpien (?:op${E}r${E}e?|droit|gauche|bilat${E}ral)${END}|ligamentoplasties?${END}|torticolis${END}|(?:d${E}chirures?|claquages?|${E}longations?) musculaires?${END}|n${E}vralgies?|hypersomnies?${END}|narcolep(?:sie|tique)s?${END}|fissures? anales?|prostatites?${END}|scl${E}rodermies?${END}|pancr${E}atites?${END}|diverticul(?:ite|ose)s?${END}|h${E}mochromatoses?${END}|mycoses?${END}|candidoses?${END}|couperose${END}|lymph(?:œ|oe)d${E}mes?${END}|lip(?:œ|oe)d${E}mes?${END}|spasmophil(?:ie|e)s?${END}|s${E}cheresse oculaire|(?:œ|oe)d${E}mes?${END}|(?<=(?:est|suis|${E}tait|en|du|au) )post-?partum${END}|lithiases? (?:urinaires?|r${E}nales?|biliaires?)|tendinites?|capsulites?|${E}paules? gel${E}es?${END}|claustrophob(?:ie|e)s?${END}|agoraphob(?:ie|e)s?${END}|entorses?|fractures? de fatigue${END}|fractur${E}e?s? (?:du |de la |de l['’]|des |au |à la |à l['’]|(?<=s['’](?:est|${E}tait) fractur${E}e? )(?:le |la |l['’]|les |un |une |deux ))(?:poignet|cheville|bras|jambe|col du f${E}mur|f${E}mur|tibia|p${E}ron${E}|clavicule|hanche|main|pied|doigt|orteil|c[oô]tes?|vert${E}bres?|nez|cr[aâ]ne|bassin|coude|genou|${E}paule|rotule|m[aâ]choire)|(?<=(?:a|avoir|avait|ai|as|aura) )mal (?:au |aux |à la |à l['’])(?:dos|ventre|t[eê]te|genoux?|${E}paules?|hanches?|cou|dents?|estomac|gorge|pieds?|nuque|poignets?|chevilles?)(?![\\p{L}])|douleurs? (?:lombaires|cervicales|dorsales|articulaires|musculaires|abdominales|thoraciques|neuropathiques|au dos|aux genoux|au genou|à l['’]${E}paule)|myope|myopie|astigmate|presbyte|rupture (?:du |des |d['’]un |de la |de l['’])(?:ligaments? crois${E}s?|ligament|tendon(?: d['’]Achille)?|m${E}nisque|coiffe des rotateurs)|(?<![\\p{L}])IMC (?:de |à |a |= ?|: ?)?\\d{2}(?:[,.]\\d{1,2})?(?!\\d)|(?<=(?:des|de|ses|les|a|avait|souffre de) )maux de (?:t${E}te|ventre|dos|c(?:œ|oe)ur|gorge|estomac)(?![\\p{L}])|(?:mal|maux) de dos chroniques?${END}`,
    avoid: BODY_AVOID, needsPerson: true },
  // what someone can hardly or no longer do (« a du mal à marcher », « ne peut plus marcher depuis sa chute », « ne voit
  // plus de l'œil gauche »), their weight (« est en surpoids », « une surcharge pondérale ») — not « Je ne peux plus
  // venir mardi », « il ne peut plus parler au client », a shop's « accès pour les personnes ayant du mal à marcher », a
  // bag's or a lorry's weight (« Bagage de M. Roux en surpoids : 50 € »)
  { type: 'health', phrase: `(?:du mal|difficult${E}s?) [àa] (?:marcher|respirer|avaler|entendre|se d${E}placer)${END}|ne (?:peu[xt]|peuvent|pouvait|pourra) plus (?:marcher|se lever|se d${E}placer|bouger (?:le|la|les|son|sa|ses) (?:bras|jambes?|mains?|doigts?|${E}paules?|cou|t[eê]te|pieds?))${END}|ne (?:voi[st]|voyait) plus (?:de l['’](?:œ|oe)il|d['’]un (?:œ|oe)il)${END}|(?<=en (?:l${E}ger |net |fort )?)(?<!(?:bagages?|valises?|colis|soute|camions?|v${E}hicules?|remorques?|chargement)[^;\\n]{0,30})surpoids${END}|surcharge pond${E}rale${END}`,
    avoid: GENERAL_TERMS, needsPerson: true },
  // a dentist's, an orthodontist's or a cosmetic surgeon's files, a beautician's notes (« porte un appareil dentaire »,
  // « a des implants dentaires », « une dent dévitalisée », « a fait une rhinoplastie », « liposuccion prévue en juin »,
  // « greffe de cheveux », « injections de Botox ») — not a price list (« Implants dentaires : nos tarifs »), a guide
  // (« La rhinoplastie : tout savoir »), a hairdresser's « Botox capillaire »
  { type: 'health', phrase: `appareils? (?:dentaires?|orthodontiques?)${END}|implants? dentaires?${END}|dents? d${E}vitalis${E}es?${END}|proth${E}ses? dentaires?${END}|dentiers?${END}|traitement orthodontique${END}|rhinoplasties?${END}|liposuccions?${END}|lipoaspirations?${END}|abdominoplasties?${END}|bl${E}pharoplasties?${END}|(?:augmentation|r${E}duction) mammaire${END}|greffe (?:de cheveux|capillaire)${END}|(?<=(?:injections? de|fait du|fais du|faire du) )(?:botox|toxine botulique)${END}(?! capillaire)`,
    avoid: CARE_OFFER, needsPerson: true },
  // a pregnancy's tests (« a fait un diagnostic prénatal », « une amniocentèse », « DPNI négatif »)
  { type: 'health', phrase: `(?:diagnostic|d${E}pistage) pr${E}natal${END}|amniocent${E}ses?${END}|\\bDPNI\\b`, avoid: CARE_OFFER, needsPerson: true },
  // a loan insurer's exclusion for someone's condition (« Mme Blanc : exclusion de garantie pour pathologies du dos »), a
  // work accident's lasting harm (« perçoit une rente d'incapacité permanente de 15 % ») — not a contract's general terms
  { type: 'health', phrase: `exclusions? de garanties? (?:pour|concernant) (?:les |la |le |l['’])?(?:pathologies?|affections?|maladies?|troubles?|probl${E}mes?|ant${E}c${E}dents?|s${E}quelles?)${END}|incapacit${E} permanente(?: partielle| totale)?${END}`,
    avoid: GENERAL_TERMS, needsPerson: true },
  // a disability in brackets after someone, as a booking or a support ticket notes it (« Chambre pour Mme Blanc
  // (fauteuil) », « M. Roux utilise un lecteur d'écran (aveugle) »), someone said PMR (« Chambre PMR pour Mme Blanc »,
  // « client PMR ») — not a place's « Chambres PMR disponibles », « Accès PMR par l'arrière »
  { type: 'health', phrase: `(?<=\\((?:en )?)(?:aveugle|sourde?|malvoyante?|malentendante?|non[- ]voyante?|fauteuil(?: roulant)?)(?=\\))`, avoid: TOPIC, needsPerson: true },
  // a relative « en fauteuil roulant », as a wedding planner notes a guest (« Grand-mère du marié en fauteuil roulant :
  // prévoir rampe d'accès »): the ramp is for her, not a venue's access — its relative in `before` (as a
  // lookbehind it cost 150 KB of native code), and after the other readings of « fauteuil » (its phrase, met first, would
  // end the search at « en fauteuil roulant » whoever's it is)
  { type: 'health', phrase: `(?<=en )fauteuil roulant${END}`, before: `(?:m${E}re|p${E}re|grand-m${E}re|grand-p${E}re|tante|oncle|fils|fille|fr${E}re|s(?:œ|oe)ur|cousine?|mari|femme|${E}pouse?|${E}poux|t${E}moin|invit${E}e?|cliente?|patiente?|voyageu(?:r|se)|participante?|r${E}sidente?|locataire)(?: (?:du|de la) (?:mari${E}e?|client${E}?))? en $|${TITLED_NAME}, en $`, avoid: `${TOPIC}|location|vente|magasin`, needsPerson: true },
  { type: 'health', phrase: `(?<=(?:chambre|place|assistance|est|suis|sont|client|cliente|passager|passag${E}re|voyageur|voyageuse|r${E}sidente?) )PMR${END}`, upper: true,
    avoid: `${TOPIC}|disponibles?|acc${E}s|nos chambres|parkings?${END}`, needsPerson: true },
  // what a client's message says of them or their family: a birth, a sick leave without its kind, a dismissal for
  // unfitness (« Ma femme vient d'accoucher », « Je suis en arrêt jusqu'au 15 »; not « Le chantier est en arrêt »)
  { type: 'health', phrase: `(?<=(?:vient d['’]|venait d['’]|va |doit |devrait |a |avait |est |suis |ai ))accouch(?:er|${E}e?)(?![\\p{L}])|(?<=(?:je suis|j['’]${E}tais|je serai|suis toujours|il est|elle est|il ${E}tait|elle ${E}tait|m['’]a mise?|m['’]ont mise?|(?:m${E}decin|docteur|g${E}n${E}raliste) l['’]a mise?) )en arr${E}t(?= (?:jusqu|depuis|pour|\\d))|licenci${E}e?s? pour inaptitude|inaptitude (?:m${E}dicale|physique|au poste|à son poste)`,
    avoid: `${TOPIC}|proc${E}dure|indemnit${E}s?|l${E}gal|code du travail`, needsPerson: true },
  // a child's bedwetting or soiling, as a holiday camp's health form or a nanny's notes say it (« mouille son lit
  // parfois », « Emma est encoprétique »)
  { type: 'health', phrase: `(?<=(?:fait|fais|faisait) (?:encore |parfois |souvent |toujours )?)pipi au lit|mouille (?:encore |parfois |souvent |toujours )?son lit|${E}nur${E}sie|encopr${E}(?:sie|tique)${END}`, avoid: TOPIC, needsPerson: true },
  // the care given, as a nurse's round, a physiotherapist's agenda or a midwife's card writes it: it says the illness
  // (« pansement ulcère jambe gauche », « rééducation LCA genou droit », « kiné respiratoire », « échographie T3 »;
  // a nurse's « surveillance TA », « INR 2,8 », « porte des bas de contention », « sous perfusion », « Bilan sanguin de
  // Mme Blanc »; not a laboratory's sign)
  { type: 'health', phrase: `pansements? (?:d['’]une? |de l['’]|d['’]|de |du |sur (?:l['’]|la |le )?)?(?:ulc${E}re|escarre|plaie|cicatrice)|ulc${E}res? (?:de (?:la )?jambe|jambe|variqueux|veineux|art${E}riel|du pied)|escarres?|prises? de sang|(?<!laboratoires? d['’])analyses? (?:de sang|sanguines?|d['’]urines?)${END}|bilans? sanguins?${END}|glyc${E}mies? (?:capillaires?|(?:faite|prise|contr[ôo]l${E}e|mesur${E}e)s?|[àa] jeun|post-?prandiales?)|surveillance (?:de (?:la |l['’]))?(?:TA|tension art${E}rielle|glyc${E}mie|INR|diur${E}se|saturation)${END}|(?<![\\p{L}])(?:INR ?[:=]? ?\\d[,.]\\d|dextro ?[:=]? ?\\d[,.]\\d{1,2})(?![\\d])|(?<=(?:porte|portent|portait|met|mettre|enfiler|pose|poser|retirer) (?:des |ses |les )?)bas de contention|(?<=(?:est|sont|${E}tait|reste|mise?|plac${E}e?) sous )perfusion${END}|PICC(?:[ -]line)?${END}|r${E}${E}ducation (?:du |de la |de l['’]|des )?(?:LCA|genou|${E}paule|cheville|hanche|poignet|dos|p${E}rin${E}e|p${E}rin${E}ale|vestibulaire|respiratoire|cardiaque|cardio-vasculaire|post-op)|kin${E} respiratoire|drainage lymphatique|${E}chographie (?:T[123]\\b|du (?:premier|deuxi${E}me|troisi${E}me|1er|2e|3e) trimestre|de datation|morphologique|obst${E}tricale)`,
    avoid: `${TOPIC}|d${E}finition|qu['’]est-ce|comment (?:se |les |bien )?(?:pr${E}parer|lire|interpr${E}ter)|roupies?${END}|taux de change|vid${E}o|cam${E}ras?${END}|alarme`, needsPerson: true },
  // a suicide attempt by its capitals, as a psychologist's notes abridge it (« A fait une TS en 2021 »)
  { type: 'health', phrase: `(?:une|des|deux|trois|plusieurs) TS\\b`, before: `(?:fait|faire|fais|faisait|eu) $`, upper: true, avoid: TOPIC, needsPerson: true },
  // a thyroid's disease, a lung's infection (« sous traitement pour une hypothyroïdie », « Hashimoto », « hospitalisée
  // pour une pneumopathie »); multiple sclerosis by its capitals after an article (« suite à sa SEP »; not « sept », nor a
  // company's « une SEP : société en participation »)
  { type: 'health', phrase: `(?:hypo|hyper)thyro[iï]dies?${END}|(?:hypo|hyper)thyro[iï]diennes?${END}|hashimoto${END}|basedow${END}|pneumopathies?${END}`, avoid: `${TOPIC}|${GUIDE}`, needsPerson: true },
  { type: 'health', phrase: `(?:sa|une|d['’]une) SEP${END}`, upper: true, avoid: `${TOPIC}|soci${E}t${E} en participation`, needsPerson: true },
  // anxiety at night, as an intake form says it (« angoisses la nuit »): not a practitioner's « aide à gérer les angoisses le soir »
  { type: 'health', phrase: `angoisses? (?:nocturnes?|la nuit|le soir|chroniques?)${END}`, avoid: `${TOPIC}|g${E}rer|apaiser|calmer|soulager|(?:aides?|aider)${END}|accompagne`, needsPerson: true },
  // a vein's disease, as a masseur's or a beautician's contraindications write it (« phlébite il y a 2 ans, varices »)
  { type: 'health', phrase: `phl${E}bites?${END}|thromboses?(?: veineuses?)?${END}|varices${END}`, avoid: `${TOPIC}|${GUIDE}`, needsPerson: true },
  // what a sports coach's, a club's or a yoga teacher's notes say (« Elle a des règles douloureuses », « de l'ostéoporose »,
  // « une épaule luxée », « porte une attelle », « le syndrome de Raynaud », « tendance à l'hypoglycémie », « Il a de la
  // tension », « un problème cardiaque », « une malformation cardiaque », « Il est borgne »); not grammar's « règles
  // irrégulières », « il y a de la tension dans l'équipe », a shop's « attelle de poignet, 29 € », a wire's « tension »
  // (« le fil », « les fils »; a son's, « Le fils de M. Roux a le syndrome de l'X fragile », is someone's health)
  { type: 'health', phrase: `r${E}gles (?:douloureuses|irr${E}guli${E}res|abondantes|h${E}morragiques)${END}|dysm${E}norrh${E}es?${END}|am${E}norrh${E}es?${END}|ost${E}oporose${END}|luxations?${END}|(?<=(?:${E}paule|hanche|rotule|coude|doigt|m[aâ]choire) )lux${E}e${END}|(?<=(?:porte|portait|avec|sous) (?:une |son |sa )?)attelle${END}|syndrome (?:de (?:Raynaud|Gilles de la Tourette|la Tourette|Tourette|Down|Asperger|Ehlers-Danlos|Marfan|(?:Gougerot-?)?Sj[öo]gren|Gougerot|Cushing|Guillain-Barr${E})|d['’](?:Asperger|Ehlers-Danlos)|de l['’]X fragile)${END}|hypoglyc${E}mies?${END}|hyperglyc${E}mies?${END}|(?<=(?<![\\p{L}])(?<!y )(?:a|ai|avait|fait|fais|faisait) de la )tension${END}(?! (?:dans|entre|avec|au|aux|à|sur|de|du|des|d['’]|${E}lectrique|nerveuse|musculaire))|hypotension${END}|probl${E}mes? (?:cardiaques?|respiratoires?|pulmonaires?|r${E}naux|r${E}nal|h${E}patiques?|neurologiques?|psychologiques?|psychiatriques?)${END}|malformations? (?:cardiaques?|cong${E}nitales?|de la hanche|du c(?:œ|oe)ur|r${E}nales?)${END}|fente (?:labiale|palatine|labio-palatine)${END}|bec-de-li${E}vre${END}|(?<=(?:a|ai|avait) )perdu (?:un|son) (?:œ|oe)il${END}(?! de)|(?:œ|oe)il de verre${END}|(?<=(?:est|${E}tait|devenue?) )borgne${END}`,
    avoid: `${PRACTICE_OFFER}|grammaire|orthographe|pluriel|conjugaison|verbes?${END}|du jeu|fran[çc]ais|€|euros?${END}|en vente|promo|${GUIDE}|causes|c[âa]bles?${END}|fil${END}|(?:les|des|deux|trois|\\d+) fils${END}|fils (?:${E}lectriques?|de (?:cuivre|terre|phase|fer))|batterie|courant|volts?${END}|circuit|ressort|courroie|cordes?${END}|cha[îi]nes?${END}|moteurs?${END}|pneus?${END}`, needsPerson: true },
  // what a sophrologist's, a hypnotherapist's or a home help's notes say (« Il boit trop, sa femme s'inquiète », « Elle a
  // la phobie de l'avion », « Il se scarifie », « suivi en pédopsychiatrie », « M. Petit est grabataire », « désorientée
  // le soir », « troubles de la déglutition »); not « Il boit beaucoup d'eau », a practitioner's offer (« La sophrologie
  // aide en cas de troubles de l'humeur », « Stage : vaincre la phobie de l'avion »), a tourist « désorienté » by a town
  { type: 'health', phrase: `(?<=(?<![\\p{L}])(?:il|elle|je|qui|mari|femme|p${E}re|m${E}re|fils|fille|${TITLED_NAME}) )(?:boit|bois|buvait) (?:trop|beaucoup)(?=[ \\u00a0]*(?:[.,;!)]|\\r?\\n|$|depuis|le soir|le week-end|en soir${E}e|quand))|phobies? (?:de (?:l['’]avion|la foule|l['’]eau|la conduite|l['’]${E}cole|la voiture|l['’]ascenseur)|du vide|des (?:araign${E}es|chiens|insectes|transports|piq[uû]res|aiguilles|hauteurs)|sociale|scolaire|d'impulsion)${END}|se scarifi(?:e|ait|ent|er)${END}|(?<=(?:suivie?s?|soign${E}e?s?|pris en charge|prise en charge|trait${E}e?s?) en )(?:p${E}dopsychiatrie|psychiatrie|addictologie|oncologie|canc${E}rologie|cardiologie|neurologie|g${E}riatrie|h${E}matologie)${END}|grabataires?${END}|(?<=(?:est|${E}tait|reste|souvent|parfois|tr${E}s|un peu|compl${E}tement) )d${E}sorient${E}e?s?(?= (?:le soir|la nuit|dans le temps|dans l['’]espace|et confuse?)| *[.,;!]| *$)|troubles? (?:de la d${E}glutition|de l['’]humeur|du langage|de l['’]${E}quilibre|de la marche|de la (?:vision|vue)|visuels|auditifs|de l['’]audition|du comportement|musculo-squelettiques)${END}|deuil (?:pathologique|compliqu${E}|traumatique)${END}`,
    avoid: `${PRACTICE_OFFER}|aide${END}|aider|accompagn|en cas de|vaincre|surmonter|soigner|gu${E}rir|stage|atelier|s${E}ances?|m${E}thode|touris|ville|quartier|plan|gps|service de|unit${E}|d'eau|d['’]eau`, needsPerson: true },
  // what a home help's, a coach's or a relative's message says: a treatment followed, a convalescence, a rare or a chronic
  // disease, faints, a broken bone, a transplant awaited, infections one has had, a limb lost, muteness (« Elle est sous
  // traitement », « Il a une maladie orpheline », « fait des malaises », « s'est cassé le col du fémur », « attend une
  // greffe », « a eu une méningite », « Il est amputé »); not a file « en cours de traitement », a team's « malaise »,
  // a vaccine's leaflet (« le vaccin contre la méningite »), a budget « amputé », a map or a film « muet »
  { type: 'health', phrase: `(?<=(?:est|suis|sont|${E}tait|reste|toujours|actuellement) )sous traitement${END}(?! (?:de (?:texte|donn${E}es|l['’]eau|surface|choc)|thermique|chimique|anti-?(?:rouille|corrosion)))|(?<=(?:est|suis|sont|${E}tait|toujours|actuellement) )en (?:convalescence|r${E}${E}ducation)${END}(?! (?:financi${E}re|${E}conomique|budg${E}taire))|maladie professionnelle (?:reconnue|d${E}clar${E}e|(?:\\(|:) ?[\\p{L}]{2,})|(?<=(?:une|sa|en|pour) |\\()maladie professionnelle${END}|(?<=(?<![\\p{L}])(?:a|ai|avait|as) une )maladie (?:orpheline|chronique|de (?:la )?peau|r${E}nale|cardiaque|rare|pulmonaire|respiratoire|h${E}patique|auto-?immune|d${E}g${E}n${E}rative|neurod${E}g${E}n${E}rative|inflammatoire|incurable)${END}|(?<=(?<![\\p{L}])(?:fait|fais|faisait|a fait|avait fait|a eu|avait eu) (?:des |un |plusieurs |souvent des |parfois des |encore des |deux |trois )?)malaises?(?: vagaux| vagal| cardiaques?| hypoglyc${E}miques?)?${END}|(?<=(?:s['’]est|se|s['’]${E}tait|me suis|t['’]es) )cass${E}e? (?:le |la |les |l['’]|un |une |deux )?(?:col du f${E}mur|jambes?|bras|poignets?|chevilles?|hanches?|clavicules?|nez|genoux?|doigts?|pieds?|c[ôo]tes?|bassin|coudes?|${E}paules?|vert${E}bres?)${END}|col du f${E}mur (?:cass${E}|fractur${E})${END}|(?<=(?:(?:attend|attendait|attente de) (?:une |la |sa )?|attente d['’](?:une )?))greffe${END}|dr${E}panocyt(?:ose|aire)|thalass${E}mie|facteur V(?: de)? Leiden${END}|m${E}ningite|tuberculose|poliomy${E}lite|(?<=(?:eu|a|avait) (?:la )?)polio${END}|paludisme|syphilis|papillomavirus|herp${E}s(?: (?:g${E}nital|labial)|(?<=(?:a|avait|ont) l['’]herp${E}s|(?:de|d['’]) ?herp${E}s)${END})|(?<=(?:une|des|d['’]une|son|sa) )(?:IST|MST)${END}|(?<=(?:est|suis|sont|${E}tait|devenue?) )amput${E}e?s?(?=[ \u00a0]*(?:[.,;!)]|\r?\n|$))|(?<=(?:est|suis|sont|${E}tait|devenue?|n${E}e?) )muette?s?${END}`,
    avoid: `${TOPIC}|${GUIDE}|causes|vaccins?${END}|vaccination|rappel|obligatoires?|budget|cr${E}dits?${END}|subvention|salaire|revenus?${END}|enveloppe|dotation|cartes?${END}|films?${END}|cin${E}ma|t${E}l${E}phone|sonnerie|lettre|vaisselle|verre|vase|vitre|carreau|${E}cran|machine|dossiers?${END}|demande|eaux?${END}|pi${E}ces?${END}|(?:chiens?|chats?|vaches?|bovins?|bétail)${END}`, needsPerson: true },
  // what a coach's, an osteopath's, a beautician's or a naturopath's notes say of a client's body (« M. Petit,
  // hypertendu », « elle a une anémie », « il a la goutte », « un anévrisme surveillé », « BPCO »): not a drop of water
  // (« la goutte d'eau »), a heart « fragile » as a film's warning says it (« déconseillé aux cœurs fragiles »)
  { type: 'health', phrase: `hypertendue?${END}|an${E}mi(?:e|${E}e?)s?${END}|(?<=(?<![\\p{L}])(?:a|ai|avait|avoir) (?:une |des )?)carences? en (?:fer|vitamine B ?12|B ?12)${END}|an${E}vrismes?${END}|BPCO${END}|arthrites?${END}|(?<=(?<![\\p{L}])(?:a|ai|avait|crises? de|souffre de|attaques? de) (?:la |de la )?)goutte${END}(?! (?:d['’]|de |[àa] |au |qui |par ))|h${E}morro[iï]des?${END}|kystes? (?:aux ovaires|ovariens?|au sein|aux seins|au rein|au foie|au poignet|au genou|synovial|pilonidal|s${E}bac${E})${END}|(?<=(?<![\\p{L}])(?:a|ai|avait) le )c(?:œ|oe)ur fragile${END}|(?<=(?<![\\p{L}])(?:(?:a|ai|avait|pour) |d['’])une )hernie${END}`,
    avoid: `${TOPIC}|${GUIDE}|causes`, needsPerson: true },
  // an eye's or a foot's disease, as an optician's file or a podiatrist's agenda writes it (« glaucome suivi, cataracte
  // débutante OD », « hallux valgus bilatéral », « ongle incarné »): not an optician's or a shoe shop's offer, nor a
  // podiatrist's website (« je réalise des orthèses plantaires sur mesure », « Hallux valgus : quand consulter ? »)
  { type: 'health', phrase: `glaucomes?${END}|cataractes?${END}|DMLA${END}|d${E}g${E}n${E}rescence maculaire|k${E}ratoc[ôo]nes?${END}|r${E}tinopathies?${END}|strabismes?${END}|amblyopies?${END}|d${E}collements? (?:de (?:la )?)?r${E}tine|hallux valgus|ongles? incarn${E}s?${END}|orth${E}ses? plantaires|semelles orthop${E}diques|fasciites? plantaires?|${E}pines? calcan${E}ennes?|verrues? plantaires?|mal perforant(?: plantaire)?`,
    avoid: `${PRACTICE_OFFER}|${GUIDE}|d${E}pistage|promo|offre|en vente|magasin|sur mesure|conseils?|consulter`, needsPerson: true },
  // contraception, menopause, a sterilisation, as a beautician's, a naturopath's or a sophrologist's notes say them
  { type: 'health', phrase: `(?<=(?:prend|prends|prenait|sous) (?:la )?)pilule(?! (?:du lendemain|amère|difficile|à avaler))|st${E}rilet|implant contraceptif|contraception|m${E}nopaus${E}e|m${E}nopause|(?:pr${E}|p${E}ri)m${E}nopause|SOPK${END}|syndrome des ovaires polykystiques|ovaires polykystiques|vasectomie|ligature des trompes`, avoid: TOPIC, needsPerson: true },
  // a midwife's, a doula's, a pharmacy's, a psychologist's or a school's notes: a circumcision, a baby blues, a
  // contraceptive pill, a pupil's speech delay, absence seizures or school plan (PPS), a mood disorder or a dependency
  // by its clinical name (« circoncision prévue au 8e jour », « Pilule contraceptive pour Mlle Aubert », « Inès a un
  // PPS », « des traits paranoïaques », « une dépendance aux benzodiazépines », « Il est dépendant à la cocaïne »: a
  // country's « dépendance au pétrole » names no drug); not a guide's or a practice's page
  // (« La circoncision : indications », « Le baby blues touche 50 à 80 % des jeunes mamans », « Le retard de langage :
  // quand consulter ? »), nor a word list's item
  // (« "ravageurs","circoncision","usager" »: the circumcision wants a word or a sign before it, or at a line's or a cell's
  // start someone's name after it: « Circoncision de Noah », not « de l'adulte »); and one's own disability,
  // a psychological follow-up, HIV prevention, a recovery group, gambling, an emotional dependence (« pour son handicap »,
  // « a un suivi psy », « prend la PrEP », « les Narcotiques anonymes », « accro aux jeux d'argent », « joueur
  // pathologique », « interdite de casino », « une dépendance affective »), not « Comment parler de son handicap au
  // travail ? », « Un suivi psy est proposé aux salariés », « accro aux jeux vidéo »
  { type: 'health', phrase: `(?<=[\\p{L}.:,;)] )circoncisions?${END}|${LINE_OR_CELL_START}circoncision(?= (?:de|du) (?!l['’]))|baby[- ]blues${END}|pilule contraceptive|suivi ortho(?:phonique|ptique)|retard (?:de (?:langage|parole)|psychomoteur|mental)|entend(?:ait)? des voix${END}(?! (?:dans|chez|[àa] c[ôo]t${E}|du|de la|des|derri${E}re|au|venant)${END})|crises? d['’]absences?${END}|(?<=(?:a|avec) un )PPS\\b|(?:traits|personnalit${E}) (?:parano[iï]aques?|borderline)${END}|hypocondrie${END}|r${E}gulateurs? de l['’]humeur|thymor${E}gulateurs?${END}|${E}pisodes? d${E}pressifs?${END}|(?:accro|addicte?) aux jeux (?:d['’]argent|de hasard)${END}|joueu(?:r|se) pathologique${END}|jeu pathologique${END}|interdite? de (?:casinos?|jeux)${END}|(?<=(?:son|sa|leur|mon|ma) )handicap${END}|(?<=(?:a|ai|avait) un )suivi psy(?:chologique)?${END}|(?<=(?:prend|prends|prenait|sous) (?:la |de la )?)PrEP${END}|narcotiques anonymes${END}|d${E}pendan(?:ce|te?) (?:affective${END}|[àa] (?:l['’]alcool|l['’]h${E}ro[iï]ne|la coca[iï]ne|la drogue)|au cannabis|aux (?:drogues|opiac${E}s|opio[iï]des|anxiolytiques|somnif${E}res|benzodiaz${E}pines|antid${E}presseurs|jeux(?: d['’]argent)?))${END}`, avoid: `${PRACTICE_OFFER}|${GUIDE}|indications?|touche|rembours|comment|consulter`, needsPerson: true },
  // what a naturopath's, a reflexologist's or a dietitian's notes keep: a digestive or a urinary trouble (a chronic
  // constipation too), a lasting fatigue, hot flushes, a heart's pills (« syndrome de l'intestin irritable », « reflux
  // gastrique », « calculs rénaux », « sous bêtabloquants »): not a herbal tea's label nor a plumber's non-return valve
  // (« clapet anti-reflux »)
  { type: 'health', phrase: `fatigue chronique|constipation chronique|bouff${E}es de chaleur|(?:intestin|c[oô]lon) irritable|colopathie(?: fonctionnelle)?|reflux (?:gastrique|gastro-?(?:œ|oe)sophagien|acide)|RGO${END}|calculs? (?:r${E}naux|r${E}nal|biliaires?|aux reins|dans les reins)|coliques? n${E}phr${E}tiques?|b${E}ta-?bloquants?`,
    avoid: `${TOPIC}|tisanes?${END}|compl${E}ments? alimentaires?|gamme|produits?${END}|clapet|anti-reflux|plomb|${E}vacuation|canalisation`, needsPerson: true },
  // an irritable bowel said by its initials (« M. Roux a un SII »), not the IT firm nor a town's information system
  { type: 'health', phrase: `SII${END}`, before: `(?<![\\p{L}])(?:a|avec|souffre d['’]un|atteinte? d['’]un|diagnostic de|pour son) (?:un )?$`, upper: true, avoid: TOPIC, needsPerson: true },
  // a protected adult, as a notary's, a bank adviser's or a home help's file says it (« Mme Blanc est sous curatelle
  // renforcée », « M. Roux, majeur protégé », a landlord's « Locataire en curatelle renforcée »): a judge orders it on a
  // doctor's certificate of impaired faculties; not a town or a firm « sous tutelle de l'État »
  { type: 'health', phrase: `sous (?:tutelle|curatelle(?: renforc${E}e| simple)?|sauvegarde de justice|habilitation familiale)${END}(?! (?:de l['’]${E}tat|du minist|de la pr${E}fecture|de la r${E}gion|administrative|budg${E}taire|financi${E}re))|en (?:tutelle|curatelle(?: renforc${E}e| simple)?)${END}(?! (?:de l['’]${E}tat|du minist|de la pr${E}fecture|de la r${E}gion|administrative|budg${E}taire|financi${E}re))|majeure? prot${E}g${E}e?${END}`,
    avoid: GENERAL_TERMS, needsPerson: true },
  // a knee's ligaments torn, as a sports coach notes it (« M. Roux a les ligaments croisés rompus », « rupture du
  // ligament croisé », « s'est fait les croisés »), not a lesson's « Les ligaments croisés : anatomie du genou »
  { type: 'health', phrase: `(?:ligaments? )?crois${E}s?${END}`, before: `(?:(?:rupture|d${E}chirure|l${E}sion|entorse|op${E}r${E}e?|op${E}ration) (?:du |des |d['’]un |de |aux )|(?<![\\p{L}])(?:a|avait|s['’]est (?:fait|rompu|cass${E}e?|d${E}chir${E}e?)) (?:les |le |un |ses |son |des )|(?<![\\p{L}])s['’]est (?:rompu|d${E}chir${E}e?) )$`, avoid: TOPIC, needsPerson: true },
  // gender dysphoria, as a diagnosis (the identity itself is read with the sex life, below)
  { type: 'health', phrase: `(?:dysphorie|incongruence) de genre${END}`, avoid: TOPIC, needsPerson: true },
  // where a patient goes, as a medical taxi's schedule or a client's message says it: dialysis, a specialist's
  // consultation (« → CHBS, dialyse », « consultation cardiologie », « rendez-vous chez le neurologue »). The
  // specialty opens the phrase, its consultation checked before it (`before`): « consultation », « rendez-vous » as
  // anchors, or a lookbehind in the category's alternation, cost the text's search 10–18 %. Last of its category: a
  // specialty that another phrase opens is that phrase's first.
  // a therapy's session or assessment as a practitioner's invoice or receipt names it (« Séance de psychothérapie
  // individuelle », « Bilan psychomoteur (enfant : Lucas, 6 ans) »): whoever pays for it is seen for it
  { type: 'health', phrase: `(?:psychoth${E}rapie|psychanalyse|psychomotricit${E}|orthophonie|kin${E}sith${E}rapie|neuropsychologie)(?: individuelle| de couple| familiale| d['’]enfant)?${END}`,
    before: `(?:s${E}ances?|consultations?|bilan|suivi|prise en charge) (?:de |d['’]|en )?$`, avoid: PRACTICE_OFFER, needsPerson: true },
  { type: 'health', phrase: `bilans? (?:psychomoteur|orthophonique|neuropsychologique|psychologique|psychom${E}trique)s?${END}`, avoid: PRACTICE_OFFER, needsPerson: true },
  // a stay in hospital, as a client's message says it (« ma mère qui sort de l'hôpital », « il est encore à l'hôpital »,
  // « je viens de sortir de l'hôpital »): not a nurse's job, the hospital's car park or its building site, the way out
  // (« À la sortie de l'hôpital, tournez à droite »); a day hospital is read below, with the places one is cared in
  { type: 'health', phrase: `h[ôo]pital${END}(?! de jour)`, before: `(?:(?:sort|sors|sortait|(?<!(?:la|une) )sortie?s?|(?:vien[st]|venait|venons|venez) de sortir|rentr${E}e?s?|revenue?s?|ressortie?) de l['’]|(?:est|suis|sont|${E}tait|reste|toujours|encore) [àa] l['’])$`,
    avoid: `${WHERE_GOES_AVOID}|parking|visite|travaux|chantier|livraison`, needsPerson: true },
  // a hospital's ward with a room in it, as a florist's delivery names it (« service d'oncologie, chambre 212 »,
  // « maternité de la clinique Pasteur, chambre 8 »): whoever lies there is ill, or has given birth. Not a plumber's
  // or a cleaner's work in that room, not the ward's staff
  { type: 'health', phrase: `(?:oncologie|canc${E}rologie|cardiologie|pneumologie|neurologie|h${E}matologie|n${E}phrologie|psychiatrie|g${E}riatrie|r${E}animation|soins (?:palliatifs|intensifs)|maternit${E})${END}(?=[^\\n.;]{0,40}?(?<![\\p{L}])(?:chambre|ch\\.|lit)[ \\u00a0]*(?:n°[ \\u00a0]*)?\\d)`,
    avoid: `${TOPIC}|recrut|emploi|infirmi${E}re|aide-soignant|sage-femme|m${E}decin|interne${END}|intervention|fuite|lavabo|robinet|radiateur|nettoyage|m${E}nage|travaux|chantier|d${E}pannage|maintenance|r${E}paration|devis`, needsPerson: true },
  // at the end of life, a weak immune system, a limb in plaster, a sport forbidden, said of someone (« Sa femme est en
  // soins palliatifs », « Certificat médical de Chloé : contre-indication temporaire »,
  // « Mme Petit est immunodéprimée, porter un masque », « il a la jambe dans le plâtre ») — not a nurse « en soins
  // palliatifs » as her trade, a vaccine's « personnes immunodéprimées », a wall's plaster
  { type: 'health', phrase: `(?<=(?:est|sont|${E}tait|entre|entr${E}e?|admise?|transf${E}r${E}e?|pass${E}e?) en )soins palliatifs${END}|immunod${E}prim${E}e?s?${END}|immunosupprim${E}e?s?${END}|immunosuppresseurs?${END}|(?<=(?:jambe|bras|pied|poignet|cheville|genou|coude)s? )dans le pl[âa]tre(?! frais)${END}|contre-indication (?:temporaire|d${E}finitive|m${E}dicale)${END}|(?<=(?:sous|traitement) )diur${E}tiques?${END}|(?<=(?:est|suis|sont|${E}tait) en )post-?op${E}ratoire${END}`,
    avoid: PALLIATIVE_AVOID, needsPerson: true },
  // a pregnancy (« elle attend des jumeaux »), a stent, a limb lost (« amputé d'une jambe », « une jambe amputée »), a
  // paralysis (« paraplégique », « hémiplégie »), Charcot's disease by its name, someone's own illness (« suite à sa maladie »), a
  // psychiatric stay (« a été internée en psychiatrie », « Mme Blanc a été internée ») — not a zoo's « la girafe attend un
  // bébé », a budget « amputé de 10 % », a sport's « pour les paraplégiques », a medical intern « interne en psychiatrie »,
  // a war's « interné au camp de Gurs »
  { type: 'health', phrase: `attend(?:ons|ent|ait)? (?:un b${E}b${E}|des jume(?:aux|lles)|des tripl${E}e?s|un heureux ${E}v${E}nement)${END}|stents?${END}|amput${E}e?s? (?:(?:d['’]une?|de la|du|des|de deux) |de l['’])(?:jambes?|bras|pieds?|mains?|doigts?|orteils?|avant-bras|phalanges?)${END}|(?<=(?:jambe|bras|pied|main|doigt|orteil|avant-bras)s? )amput${E}e?s?${END}|amputations? (?:(?:d['’]une?|de la|du|des) |de l['’])(?:jambes?|bras|pieds?|mains?|doigts?|orteils?|avant-bras|phalanges?)${END}|(?:parapl|t${E}trapl|h${E}mipl|quadripl)${E}(?:giques?|gies?)${END}|scl${E}rose lat${E}rale(?: amyotrophique)?${END}|(?:sa|leur|ma) maladie${END}|intern(?:é|ée|és|ées) (?:en (?:psychiatrie|HP|h[ôo]pital psychiatrique)|[àa] l['’]h[ôo]pital psychiatrique)${END}|(?<=(?:a|avait) ${E}t${E} )intern(?:é|ée)${END}(?! (?:dans|au|[àa]|en) (?:un |le |les )?camps?${END})`,
    avoid: `${TOPIC}|zoo|parc animalier|refuge|ferme|chatte|chienne|jument|vache|brebis|girafe|panda|budget|chiffre|effectifs?|pour les (?:parapl|t${E}trapl|h${E}mipl)|handisport`, needsPerson: true },
  // a dialysis centre someone is driven to (a taxi's booking: « Mme Leroy, aller-retour centre de dialyse »), not its
  // staff's job nor the centre itself, which the phrase below avoids
  { type: 'health', phrase: `centre de dialyse${END}`, before: `(?:va|vont|allait|aller-retour|aller et retour|retour|transport|trajet|course|conduire|emmener|amener|d${E}poser|accompagner|rentre|revient) (?:au |vers le |du |jusqu['’]au )?$`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: 'dialyses?(?![\\p{L}])', avoid: WHERE_GOES_AVOID, needsPerson: true },
  // a specialist seen or to be seen (« rdv chez son oncologue », « consulte une sexologue », « va chez l'orthophoniste le
  // mardi »), not a guide's « Le rendez-vous
  // chez son oncologue : comment le préparer ? »
  { type: 'health', phrase: `${SPECIALTIES}(?![\\p{L}])`, before: `(?:(?:consultations?|rdv|rendez-vous) (?:de |en |d['’]|chez (?:le |la |l['’]|un |une |son |sa |mon |ma )?)?|(?<![\\p{L}])(?:va|vont|allait|ira|retourne|est all${E}e?) chez (?:le |la |l['’]|un |une |son |sa |mon |ma )?|consulte(?:nt|r)? (?:un |une |son |sa |le |la )|(?<![\\p{L}])(?:vois|voit|voyait|voyais|voient) (?:un |une |son |sa |mon |ma )|suivie?(?:\\(e\\))? (?:par|chez) (?:un |une |le |la |l['’]|son |sa )?|suivie?(?:\\(e\\))? en )$`, avoid: `${WHERE_GOES_AVOID}|comment|pr${E}parer`, needsPerson: true },
  // religion
  { type: 'religion', phrase: `(?:de (?:confession|religion|foi) |(?:religion|confession|culte|appartenance religieuse)${COLON})${RELIGIONS_ADJ}` },
  // (« non pratiquante » tells the faith as well; a dating agency's « Lui-même catholique », a childminder's « pas de
  // porc (famille musulmane) »)
  { type: 'religion', phrase: `${RELIGIONS_ADJ}s? (?:(?:non|peu|pas tr${E}s|tr${E}s peu) )?pratiquante?s?|pratiquante?s? ${RELIGIONS_ADJ}s?|(?<=(?:est|suis|sont|êtes|sommes|${E}tait|(?:lui|elle|moi)-m${E}me|famille(?: (?:du|de la) (?:mari${E}e?|futur${E}?|client${E}?))?) |(?<![\\p{L}])(?:je suis|elle est|il est) [\\p{L}-]+ et )${RELIGIONS_ADJ}s?(?![ -](?:de|du|des))\\b`, avoid: FAITH_INSTITUTION },
  // a faith in brackets, said of someone in the sentence (a caterer's « Mme Roux : pas de porc, pas d'alcool (musulmane) », « Menu
  // végétarien pour M. Blanc (bouddhiste) »); not a school's, a church's, a rite's or a cuisine's (« Vue sur la cathédrale
  // (catholique) »)
  { type: 'religion', phrase: `(?<=(?<!(?:chapelle|cath${E}drale|${E}glise|temple|mosqu${E}e|synagogue|cimeti${E}re|rite|culte|messe|liturgie|communaut${E}|cuisine|restaurant|boucherie) )\\()${RELIGIONS_ADJ}s?(?=\\))|(?<=${TITLED_NAME}, )${RELIGIONS_ADJ}(?=[ \\u00a0]*(?:[,.;)]|\\r?\\n|$))`, avoid: FAITH_INSTITUTION, needsPerson: true },
  // a faith's garment worn (« porte le voile », « M. Singh porte le turban »; not a fashion's « un turban en soie »), worship
  // attended (« va à la messe », « se rend chaque dimanche à la messe »), a conversion, a faith's meal kept
  { type: 'religion', phrase: `porte (?:le voile|(?:la|une) (?:kippa|burqa|burka|abaya)|le foulard|(?:le|un) (?:hijab|niqab|tchador|jilbab)|le turban(?: sikh)?(?! (?:en|de|d['’]|[àa]|style|fa[çc]on|pour)${END}))|fréquente (?:(?:assid[ûu]ment|r${E}guli${E}rement|souvent|toujours|encore) )?(?:(?:la|une) (?:mosquée|synagogue|paroisse)|(?:un|le) temple(?: protestant| bouddhiste| hindou)?(?![\\p{L}])(?! (?:de|du|des|d['’]))|(?:l['’]|une )[ée]glise(?![\\p{L}]))|est converti(?:e)? (?:à|au) (?:l['’]islam|judaïsme|catholicisme|bouddhisme|christianisme|protestantisme)|(?<=(?:se|s['’]est|s['’]${E}tait|vient de se|va se) )converti[etr]? (?:à|au) (?:l['’](?:islam|hindouisme|orthodoxie)|juda[iï]sme|catholicisme|bouddhisme|christianisme|protestantisme)|conversion (?:de ${TITLED_NAME} |de [\\p{L}-]+ )?(?:à l['’]islam|au (?:juda[iï]sme|catholicisme|bouddhisme|christianisme|protestantisme))${END}|témoins? de Jéhovah|mange(?:ons)? (?:que |uniquement |exclusivement )?(?:halal|casher|kasher|cacher)\\b`,
    // (not a shop's opening hours: « Fermeture exceptionnelle pendant le ramadan ? Non, nous restons ouverts »)
    avoid: FAITH_KEPT_AVOID },
  // (worship attended, its words before it: apart from the entry above, whose lookbehind it was, for its native code)
  { type: 'religion', phrase: `la (?:messe|mosquée|synagogue)`, before: `(?:(?:va|vont|se rend|allons|vais|aller)(?: (?:chaque|tous les) (?:dimanches?|vendredis?|samedis?)| le (?:dimanche|vendredi|samedi))?|(?:(?:c['’]est|pour|[àa]) la|sa|ma) pri${E}re(?: du vendredi)?) [àa] $`,
    avoid: FAITH_KEPT_AVOID },
  // a wedding planner's or a photographer's file: a couple's religious ceremony in its place of worship, a child's bar-mitsva
  // (« Cérémonie religieuse à la synagogue de la rue Copernic », a parent's « le mariage de notre fille à la mosquée »,
  // « Mariage de Sarah et David à la synagogue », « Mariage de M. et Mme Roux à la synagogue », « Mariage de M. Roux et
  // Mme Blanc à l'église Saint-Pierre », « Ils se marient à la synagogue »), a Jewish wedding's canopy (« mariage de Sarah
  // et David, houppa à 16 h »); not a venue's offer (« possibilité de cérémonie à l'église du village »)
  // a couple married in a place of worship (« Ils se sont mariés à l'église en 2010 », « mariée religieusement ») — not
  // a planner's « se marier à l'église du village », a photography course's « photos de mariés à l'église »
  { type: 'religion', phrase: `mari${E}e?s? (?:religieusement|[àa] l['’]${E}glise|[àa] la (?:mosqu${E}e|synagogue)|au temple)${END}`,
    avoid: `possibilit|comment|tutoriel|astuces|stage|photos?${END}|photographe|pour (?:les|des|vos) (?:couples|futurs)|id${E}es?${END}`, needsPerson: true },
  { type: 'religion', phrase: `(?:mariage|c${E}r${E}monie|union|b${E}n${E}diction|(?<=se )mari(?:ent|eront|era))(?: religieuse)?(?: (?:de|d['’]) ?(?:(?:notre|nos|ma|mon|mes|leur|leurs|sa|son|ses) (?:fille|fils|enfants?|fr${E}re|s(?:œ|oe)ur|ni${E}ce|neveu|petite?-(?:fille|fils)|cousine?)|(?:(?:M\\.|Mme|Monsieur|Madame) )?[\\p{L}-]+(?: [\\p{L}-]+)? et (?!d[eu] )(?:(?:M\\.|Mme|Monsieur|Madame) )?[\\p{L}-]+(?: [\\p{L}-]+)?|(?:M\\.|Monsieur) et (?:Mme|Madame) [\\p{L}-]+))? (?:[àa] (?:la |l['’])|au )(?:synagogue|mosqu${E}e|${E}glise|temple|pagode|cath${E}drale|gurdwara)(?![\\p{L}])|(?:bar|bat|b['’]nai)[- ]?mi[tc]?[sz]va(?:h)?(?![\\p{L}])|houppah?${END}`, avoid: `${TOPIC}|possibilit${E}|proximit${E}|à \\d+ ?(?:min|km)|visite|patrimoine|concert|stages?${END}|comment|tutoriel|astuces`, needsPerson: true },
  // a wedding by its faith, a child's baptism in a church or a relative's (a planner's, a photographer's notes: « Baptême de
  // la petite Emma », « Mariage juif de Sarah et
  // David, houppa à 16 h », « Baptême de Léo à l'église Saint-Michel »), not an offer (« Photographe de mariage juif »)
  { type: 'religion', phrase: `mariage (?:juif|musulman|catholique|protestant|orthodoxe|hindou|religieux)${END}|bapt${E}me (?:de |d['’])[^.;\\n]{1,40}? (?:[àa] l['’]${E}glise|[àa] la (?:paroisse|cath${E}drale|chapelle))|bapt${E}me (?:de (?:la petite|notre|leur|mon|ma|son|sa)|du petit) |bapt${E}me (?:catholique|protestant|orthodoxe|${E}vang${E}lique|chr${E}tien) (?:de|d['’]|du) `, avoid: `${TOPIC}|photograph|vid${E}ast|possibilit${E}|propos|organis|forfaits?${END}|tarifs?${END}|prix|offres?${END}|formules?${END}|sp${E}cialis|visite|patrimoine|concert`, needsPerson: true },
  // a funeral's or a ceremony's faith, its rite (a funeral director's, a planner's notes: « Obsèques religieuses à l'église
  // Saint-Pierre pour Mme Roux », « enterrement selon le rite juif », « une toilette rituelle », « inhumé dans le carré
  // musulman », « l'extrême-onction », « Cérémonie juive pour Sarah et David »), not an offer (« nous organisons obsèques
  // religieuses ou civiles »: no one), nor a cemetery's page (« Le carré musulman compte 300 tombes »)
  { type: 'religion', phrase: `(?:obs${E}ques|fun${E}railles|inhumation|c${E}r${E}monie) religieuses?${END}|enterrement religieux${END}|(?:selon|suivant) (?:le|les) rites? (?:juif|musulman|catholique|orthodoxe|protestant|bouddhiste|hindou|isra${E}lite)s?${END}|(?:toilette rituelle|carr${E} (?:musulman|juif|isra${E}lite|confessionnel)|c${E}r${E}monie (?:juive|musulmane|catholique|protestante|orthodoxe|bouddhiste)|extr${E}me[- ]onction|derniers sacrements)${END}`, avoid: FUNERAL_AVOID, needsPerson: true },
  // (the rite or the tradition alone, after the funeral or the ceremony it is: « Obsèques de M. Roux : rite musulman »,
  // « Inhumation de Mme Blanc, rite catholique », « Obsèques de M. Roux selon la tradition musulmane »; not a recipe's
  // « Cuisine selon la tradition juive »)
  { type: 'religion', phrase: `rites? (?:juif|musulman|catholique|orthodoxe|protestant|bouddhiste|hindou|isra${E}lite)s?${END}|(?:selon|suivant) (?:la|les) traditions? (?:juive|musulmane|catholique|orthodoxe|protestante|bouddhiste|hindoue|isra${E}lite)s?${END}`, before: `(?:obs${E}ques|fun${E}railles|inhum${E}e?|inhumation|enterr${E}e?|enterrement|d${E}funte?|c${E}r${E}monie|mariage)[^;!?\\n]{0,50}$`, avoid: FUNERAL_AVOID, needsPerson: true },
  // a gift to a faith, as a tax return's receipts show it (« Dons au denier du culte : 300 € (M. Roux) », « M. Roux a fait
  // un don à la mosquée », a will's « legs à la paroisse », a receipt's « don de M. Roux à la paroisse Saint-Jean », an
  // accountant's « Mme Roux : don à l'Église protestante unie »),
  // not a parish's appeal (« Merci pour vos dons au denier de l'Église ») nor its roof
  { type: 'religion', phrase: `(?:denier (?:du culte|de l['’]${E}glise)|(?:dons?|legs) (?:(?:de|d['’]) ?(?:M\\.|Mme|Mlle|Monsieur|Madame) [^.;\\n]{1,40}? )?(?:(?:à|au) (?:la )?(?:paroisse|mosqu${E}e|synagogue|dioc${E}se)|[àa] l['’]${E}glise (?:protestante|catholique|${E}vang${E}lique|orthodoxe|r${E}form${E}e|adventiste|baptiste)))${END}`,
    avoid: `${TOPIC}|${GUIDE}|vos dons|merci${END}|appel|ouvr(?:e|ent) droit|restauration|travaux|clocher|toiture|orgue`, needsPerson: true },
  // a fast kept, a believer, a practice, a diet kept for one's faith (« pour des raisons religieuses »), an alms given
  // (« Mme Blanc verse la zakat »), a conversion said after a name (« M. Nguyen, demandeur d'asile, converti au
  // christianisme »; not an emperor's in a history), a sect joined or left (« Elle est dans une secte »), a faith left
  // (« Il a apostasié », « une demande d'apostasie », not a dictionary's « Apostasie : définition »)
  { type: 'religion', phrase: `(?<=(?:fait|faire|fais|observe|respecte|jeûne|pendant) (?:le |du )?|vendredis? \\()car${E}me|raisons? religieuses?|convictions? religieuses?|(?<=\\()religion(?=\\)(?![ \\u00a0]*:))|(?<=(?:est|suis|sont|${E}tait|famille|issue?) )de culture (?:juive|musulmane|catholique|chr${E}tienne|protestante|bouddhiste|hindoue)${END}|(?<=(?:est|suis|sont|${E}tait) (?:tr${E}s |profond${E}ment )?|[,;(] (?:tr${E}s|profond${E}ment) )croyante?s?\\b(?! (?:en (?:(?:son|sa|ses|leur|leurs|la|le|les|un|une|ce|cette)${END}|l['’])|(?:au|aux|à|dans)${END}))|(?<=(?:est|suis|sont|${E}tait) (?:tr${E}s |profond${E}ment )?)religieu(?:x|ses?)${END}(?! (?:au|à|aux|de|du|d['’]|en|et|ou)${END})|s${E}minaristes?${END}|zakat(?:[ -](?:al|el)[ -]fitr)?${END}|(?<=(?:entr${E}e?|vit|vivait|est|${E}tait|retir${E}e?) au )couvent${END}|(?<=(?:fait partie d['’]une|membre d['’]une|adepte d['’]une|sortie? d['’]une|quitt${E} (?:la|une)|(?:est|${E}tait|sont|vit|vivait|tomb${E}e?|entr${E}e?) dans une) )secte${END}|apostasi(?:é|ée)${END}|apostate?s?${END}|(?<=(?:demande|certificat|lettre) d['’])apostasie${END}|(?<=(?:est|suis|sont|${E}tait) (?:tr${E}s |peu )?)pratiquante?s?(?! (?:de|du|des|d['’]|la|le|les|r${E}guli${E}re?))\\b|(?<=, )convertie? (?:à|au) (?:l['’](?:islam|hindouisme|orthodoxie)|juda[iï]sme|catholicisme|bouddhisme|christianisme|protestantisme)${END}`, avoid: 'école|collège|lycée|association|institution|enseignement|histoire|calendrier|laïcité|neutralité|empereur|roi |siècle', needsPerson: true },
  // a worship attended, a sabbath kept (« ne travaille pas le samedi (shabbat) », not a shop's « ferme le samedi
  // (shabbat) »), prayers (« a demandé des pauses pour la prière »), a sacrament, a feast kept (« pas de rendez-vous pendant Kippour », « Absence de Mme Blanc :
  // fête de Kippour », not a shop's « Le magasin
  // est fermé pendant Kippour »); a baptism recorded (« Acte de baptême de Jean Roux », « a été baptisée en 1985 », not
  // a boat « baptisé « Marie-Galante » »); a philosophical belief (art. 9 groups them)
  // a Masonic obedience one belongs to (« Mme Blanc est membre du Grand Orient », « initié à la Grande Loge », « membre de
  // la loge du Grand Orient », « sa loge de la Grande Loge »), not the
  // obedience's own « Le Grand Orient de France organise une conférence »
  { type: 'religion', phrase: `(?:Grand Orient|Grande Loge)${END}`, before: `(?<![\\p{L}])(?:(?:membre|initi${E}e?|adh${E}rente?|fr${E}re|s(?:oe|œ)ur|fait partie) (?:(?:de la|d['’]une) loge )?(?:du |de la |[àa] la |au )|(?:sa|ma|leur|notre) loge (?:du |de la ))$`, avoid: WORSHIP_AVOID, needsPerson: true },
  // a mass wished for a funeral (a funeral director's « M. Roux souhaitait une messe d'enterrement »), not a price
  // list's « Forfait messe d'enterrement : 150 € » (as a pilgrimage's offer)
  { type: 'religion', phrase: `messes? (?:d['’]enterrement|de fun${E}railles|des obs${E}ques|d['’]obs${E}ques|de requiem)${END}`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `(?:va|vont|se rend|allons|vais|aller|allait) [àa] l['’]${E}glise\\b|(?<=(?:va|vont|se rend|allait) )au temple\\b|(?<=(?:fait|faire|fais|font|faisons|faisait|observe|observent|respecte|respectent|pendant) (?:le |du )?|(?:travaille|travaillent|travaillait|travailler|disponible|absente?) (?:pas |jamais )?le (?:samedi|vendredi soir) \\()shabb?at\\b|(?<=(?:est|suis|sont|${E}tait) )baptis${E}e?s?(?![\\p{L}])|(?<=(?:a|ont|avait|avaient) ${E}t${E} )baptis${E}e?s?(?![\\p{L}])(?! (?:du nom|[«"“]))|(?:certificat|acte|attestation) de bapt${E}me${END}|(?<=fai(?:t|re) )baptiser (?:son|sa|leur) (?:fils|fille|enfant|b${E}b${E})${END}|(?<=(?:fait|faire|fera|pr${E}pare) (?:sa|son) )(?:premi${E}re communion|communion|confirmation|bar[- ]mitsva|bat[- ]mitsva|profession de foi)|scientologue|franc-ma[çc]onn?e?(?![\\p{L}])|loges? ma[çc]onniques?${END}`, avoid: WORSHIP_AVOID, needsPerson: true },
  // a baptism, a communion as a photographer's, a caterer's or a planner's file names it, and whose (« Baptême de Léo,
  // fils de M. et Mme Roux », « Communion de Emma Roux à Saint-Pierre »); not a first dive or flight (« baptême de
  // plongée », « baptême de l'air »), a secular naming (« baptême républicain », at the town hall), a « communion de
  // pensée »
  { type: 'religion', phrase: `(?:bapt${E}me|(?:premi${E}re )?communion(?: solennelle)?) (?:de |d['’])(?!l['’]air|plong${E}e|parapente|saut|vol${END}|pilotage|l['’]${E}quateur|la ligne|r${E}publicain|civil|pens${E}e|c(?:œ|oe)ur|esprit)(?:notre |leur |son |sa |mon |ma |la petite |du petit )?[\\p{L}-]+(?![^.\\n]{0,80}(?:r${E}publicain|civil|la[iï]que|mairie))`,
    avoid: TOPIC, needsPerson: true },
  // a minister of a faith (« Il est pasteur à l'église évangélique », « son frère est prêtre »), not the scientist, his
  // institute or a street named after him (« C'est Pasteur qui a découvert le vaccin »). (« pasteur » with its verb before it
  // as its anchor: alone, a street's name in every other address, it cost a try of the religion's phrases.) One asked
  // for, officiating or blessing, as a funeral director's or a planner's notes say it (« souhaite la présence d'un imam »,
  // « Le rabbin officiera pour la famille Cohen », « une bénédiction par l'imam »)
  { type: 'religion', phrase: `(?:est|suis|sont|${E}tait|devenue?|ordonn${E}e?) pasteure?${END}|(?<=(?:est|suis|sont|${E}tait|devenue?|ordonn${E}e?) )(?:pr${E}tre|imam|rabbin|cur${E}|diacre|moine|aum[oô]ni${E}re?)${END}|(?<=pr${E}sence d['’]un |b${E}n${E}diction (?:par|de) (?:l['’]|le ))(?:rabbin|imam|pr${E}tre)${END}|(?:rabbin|imam|pr${E}tre|cur${E}) officiera`, avoid: `${TOPIC}|louis pasteur|institut|vaccin|rage${END}|rue${END}|avenue|boulevard|place${END}|lyc${E}e|coll${E}ge|${E}cole|h[oô]pital|clinique|centres?${END}|allemand|berger`, needsPerson: true },
  // a pilgrimage, a worship attended, prayers said, piety, a religious school, a church's membership (a host's, a
  // caterer's or a tutor's notes: « Il a fait le pèlerinage à La Mecque » (or Lourdes, « parti pour le hadj »), « Elle
  // va au culte le dimanche », « Elle prie cinq fois par jour », « Sa fille va au catéchisme », « membre de l'Église
  // évangélique »); not a travel agency's offer, a letter's « je vous prie de », the stakes of a fence (« les pieux »)
  { type: 'religion', phrase: `p${E}lerinage (?:[àa] |de )(?:la Mecque|Lourdes|F[aá]tima|J${E}rusalem)${END}|(?:membre|fid${E}le|fai[st] partie|faisait partie) (?:de l['’]|d['’]une |de la )${E}glise (?:${RELIGIONS_ADJ}|baptiste|r${E}form${E}e|${E}vang${E}lique|de J${E}sus-Christ)`,
    avoid: PILGRIMAGE_AVOID, needsPerson: true },
  // the veil worn, said with its bearer (« Salariée voilée », « elle est voilée »): not a bent wheel, a husky voice, a hazy sky
  // or photograph
  { type: 'religion', phrase: `(?<=(?:est|suis|sont|${E}tait|femme|femmes|salari${E}e|cliente|patiente|${E}l${E}ve|fille|m${E}re|maman|${E}pouse|toujours) )voil${E}es?${END}|(?<=[\\n;\\t"])voil${E}e${END}`,
    avoid: `roues?${END}|jantes?${END}|v${E}los?${END}|voix|ciel${END}|soleil|lune${END}|photos?${END}|images?${END}|pellicule|films?${END}|planches?${END}|portes?${END}|disques?${END}|t[ôo]les?${END}|menaces?${END}|allusions?${END}|r${E}f${E}rences?${END}|critiques?${END}|mani${E}re|fa[çc]on|lumi${E}re|regard|yeux|paysage|horizon|vitres?${END}|${E}toile`, needsPerson: true },
  // pork never eaten (a caterer's, a host's note: « Il ne mange pas de porc »), not for an allergy or a diet
  { type: 'religion', phrase: `(?<=ne (?:mange|mangent|mangeait|mangeaient) (?:pas|jamais|plus|aucun) (?:de |du )?)porc${END}`,
    avoid: `allerg|intol${E}ran|v${E}g${E}tarien|v${E}gan|r${E}gime|viandes?${END}|cholest${E}rol|m${E}decin|sant${E}` },
  // a role in one's religious community (a parish's list of volunteers: « Marie Collin, catéchiste »), not the idiom « pas un enfant de chœur »
  { type: 'religion', phrase: `cat${E}chistes?\\b|cat${E}chum${E}nes?\\b|servante?s? d['’]autel|enfants? de ch(?:œ|oe)ur|paroissien(?:ne)?s?\\b`, avoid: 'pas (?:un|une|des|vraiment un) enfants? de ch|recrut|recherch|formation|offre', needsPerson: true },
  // a meal chosen for one's faith (the CNIL counts a canteen's « repas sans porc » choice among what reveals it): « menu
  // halal », « buffet casher » beside someone, or « Halal », « Sans porc » alone in a guest list's or a registration's
  // cell — not a butcher's or a caterer's label
  { type: 'religion', phrase: `(?<=(?:menus?|repas|buffet|plats?|r${E}gime|option|mange|mangent|petit-d${E}jeuner|d${E}jeuner|d[îi]ner|plateau|r${E}gime alimentaire ?:) )(?:halal|casher|kasher|cacher|sans porc)\\b|(?<=(?:^|[\\n;,\\t|])[ \\t"]*)(?:halal|casher|kasher|sans porc)(?=(?:[ \\t]+(?:uniquement|seulement|exclusivement|svp|stp|merci|si possible)(?:[ \\t]*[.!]+)?){0,2}[ \\t"]*(?:[;,\\t|]|\\r?\\n|$))`, avoid: 'boucherie|boucher|restaurant|traiteur|rayon|certifi|label|fournisseur|abattage|produits?', needsPerson: true },
  { type: 'religion', phrase: `(?<=\\p{L} \\()(?:halal|casher|kasher|cacher|shabb?at|chabbat|ramadan)(?=\\))`, afterName: true,
    avoid: 'boucherie|boucher|restaurant|traiteur|rayon|certifi|label|fournisseur|abattage|produits?', needsPerson: true },
  // a faith's meal requested by its airline code (a travel agent's bookings: « SSR MOML », « KSML »; see health's)
  { type: 'religion', phrase: `(?<=SSR )(?:${FAITH_SSR})${END}`, avoid: AIRLINE_CODES_LIST, upper: true },
  { type: 'religion', phrase: `(?<!SSR )(?:${FAITH_SSR})${END}`, avoid: AIRLINE_CODES_LIST, needsPerson: true, upper: true },
  // political opinions
  // a party's member, voter or candidate, and an elected office or a candidacy held for a party (« élu municipal sur la
  // liste du RN », « Conseillère municipale (LR) », « conseillère municipale d'opposition (PS) », « candidat aux
  // municipales sur une liste RN »), not an office alone (« conseillère municipale déléguée à la jeunesse »): one entry,
  // the parties' list written once (each copy of it cost ~0.1 MB of native code)
  { type: 'political', phrase: `(?:(?:parti politique|parti|appartenance politique|sensibilit${E} politique)${COLON}|(?:(?<=liste (?:des|de nos) )adh${E}rents(?: de la (?:section|f${E}d${E}ration)(?: locale| d${E}partementale)?)?|adh${E}rente?|militante?|membre|encart${E}e?|sympathisante?|vote|votait|a vot${E}|candidate?|(?<!(?:le|la|du|au) )(?:secr${E}taire|tr${E}sori${E}re?)(?: (?:de (?:la )?section|f${E}d${E}rale?|nationale?|d${E}partementale?))?)(?: (?:actif|active|depuis \\d+ ans|de longue date))? (?:au|du|de la|de l[\'’]|d[\'’]|à la|chez|pour (?:le|la|les)|sur la liste(?: du| de la)?|de |des (?=R${E}publicains)|(?=[A-Z]))[ ]?|(?:${E}lue?s?|candidate?s?(?: aux (?:municipales|l${E}gislatives|r${E}gionales|d${E}partementales|europ${E}ennes|cantonales|s${E}natoriales))?|conseill${E}re?s? (?:municipale?s?|r${E}gionale?s?|d${E}partementale?s?)|conseillers (?:municipaux|r${E}gionaux|d${E}partementaux)|adjointe? au maire|maire|d${E}put${E}e?s?)(?: (?:municipale?|locale?))?(?: (?:[àa]|de) [A-ZÉ][\\p{L}'’-]+)?(?: d['’](?:opposition|la majorit${E}))?(?: en \\d{4})? (?:sur (?:la|une) liste (?:du |de la |des |de l['’]|de )?|pour (?:le |la |l['’])?|\\((?:liste )?|(?=[A-Z])))${PARTIES}\\b`, avoid: 'parti pris|parti[- ]prenante' },
  // a voter of a party, as a client's file says it (« M. Roux est électeur du RN »), not a survey's « l'électeur du RN »
  { type: 'political', phrase: `(?<!['’])${E}lect(?:eur|rice)s? (?:(?:du|de la|des) |de l['’])${PARTIES}\\b`, avoid: `${TOPIC}|sondage|${E}tudes?${END}|enqu${E}te|selon|profil`, needsPerson: true },
  { type: 'political', phrase: `(?:militante?|sympathisante?|électeur|électrice|proche) (?:d[\'’]|de l[\'’])(?:extrême[ -](?:droite|gauche))|opinions? politiques? (?:de|du|d[\'’])|(?:vote|votent|votait|a voté) (?:toujours |souvent |plut[ôo]t |traditionnellement |syst${E}matiquement )?(?:écologiste|écolo${END}|socialiste|communiste|à droite|à gauche|blanc|${PARTIES})|(?:vote|votent|votait) [àa] (?:l[\'’])?extrême[ -](?:droite|gauche)` },
  // a vote for a politician, a party's activist by the verb (« milite chez les Verts »), a side of the spectrum said of
  // someone (« est très à droite », « est de gauche »: not « la porte est à droite »), a gilet jaune
  { type: 'political', phrase: `(?:vote|votent|votait|votera|a vot${E}|(?:électeur|électrice|partisane?|supportrice|supporter) de|(?<=(?:fait|fais|font|faisait|faisaient|a fait|ont fait|avait fait) )campagne) (?:pour )?${POLITICIANS}\\b|milit(?:e|ent|ait|ais) (?:(?:au|à la|à|chez|pour (?:le|la|les)|avec) (?:les )?|à l['’])${PARTIES}\\b|(?<=(?:est|suis|sont|${E}tait|${E}tais) (?:tr${E}s |plut[ôo]t |clairement |r${E}solument |franchement |ouvertement )?)(?:de (?:gauche|droite)|d['’]extr${E}me[ -](?:gauche|droite))\\b(?! [àa] (?:droite|gauche))|(?<=(?:est|suis|sont|${E}tait|${E}tais) )(?:tr${E}s|plut[ôo]t|franchement|ouvertement|r${E}solument) [àa] (?:gauche|droite)\\b(?! (?:de|du|des|sur|dans|en|sous|au)\\b)|(?<=(?:est|suis|sont|${E}tait) (?:un |une )?|(?:fait|font|faisait) partie des |(?:avec|parmi) les )gilets? jaunes?\\b`, avoid: 'régime|gouvernement|journal|sondage|débat|histoire', needsPerson: true },
  // a party's posters stuck or its leaflets handed out (« Il colle des affiches pour le RN », « distribue des tracts du PS »)
  // a party's card held, its leaflets handed out, its list stood on (« Mme Roux a sa carte au Parti communiste », « Elle
  // tracte pour LFI le samedi », « Il s'est présenté sur la liste RN aux municipales »), a campaign or a polling station
  // (« a fait campagne pour Zemmour », « du porte-à-porte pour EELV », « assesseur pour LR »), its meetings; not « la carte
  // du restaurant », « une campagne pour le climat »; a gift or dues with their amount, as a tax return's receipts show
  // them (« un don de 300 € à La France insoumise », « son don au Rassemblement national », « Cotisation d'adhésion au
  // Parti socialiste »)
  { type: 'political', phrase: `(?:(?<=(?:a|ai|avait|prend|a pris|a rendu|ont) (?:sa|ma|la|une|leur) )carte (?:(?:au|du|de la|chez(?: le| la| les)?) |de l['’])|tract(?:e|ent|ait|er|${E}) pour (?:le |la |les )?|(?:pr${E}sent${E}e?s? |(?<=(?:est|${E}tait|sera|figure|figurait) ))sur (?:la|une) liste (?:du |de la |des |de l['’]|de )?|(?<=(?:fait|a fait|verse|a vers${E}|donne|a donn${E}) )(?:un don|des dons)(?: de [\\d  ]+€)? (?:à|au|aux|pour) (?:la |le |les |l['’])?|(?<=(?:son |de |d['’]))(?:don|cotisation|adh${E}sion) (?:à|au|aux) |(?:(?<=(?:fait|fais|font|faisait|faisaient|a fait|ont fait|avait fait) )(?:campagne|du porte-[àa]-porte|du tractage) pour|assesseure?s? (?:pour|du|de la|de l['’])|(?<=(?:participe|participait|participent|assiste|assistait|va|allait|vont) )aux r${E}unions (?:du|de la|de l['’])) ?(?:le |la |les )?)${PARTIES}${END}` },
  // someone demonstrating against a policy (« Mme Petit manifeste contre la réforme des retraites », « il a manifesté
  // contre la loi »), not a symptom « qui se manifeste par », a crowd in the news (« des milliers de personnes
  // manifestent »)
  { type: 'political', phrase: `(?<=(?<![\\p{L}])(?:il|elle|je|j['’]ai|a|ai|avait|${TITLED_NAME}) )manifest(?:ait|${E}e?) contre (?:la r${E}forme|le gouvernement|la loi|le projet de loi|la guerre|l['’]extr${E}me droite|le racisme|la vie ch${E}re|le pass)${END}`,
    avoid: `${TOPIC}|sondage|r${E}sultats?|arrive en t${E}te|score|voix|%`, needsPerson: true },
  // someone at a demonstration (« je suis à la manif contre la réforme », « M. Roux était à la manifestation pour le
  // climat »), not a town's « la manifestation pour les 100 ans du club »
  { type: 'political', phrase: `manif(?:estation)?s? (?:contre|pour)${END}`, before: `(?<![\\p{L}])(?:suis|est|${E}tais|${E}tait|sommes|sont|vais|va|allons|vont|allait|ira|serai|sera|${E}t${E}|all${E}e?s?) [àa] (?:la |une |des |les )$`, avoid: POLITICAL_TOPIC, needsPerson: true },
  // someone on a list named by its side, not its party (« candidat aux municipales sur la liste de gauche »; not a
  // seating plan's « sur la liste de gauche des invités »)
  { type: 'political', phrase: `sur (?:la|une) liste (?:de gauche|de droite|d['’]extr${E}me[- ](?:gauche|droite)|divers (?:gauche|droite)|d['’]union de la gauche)${END}(?! (?:des|du|de|d['’]))|(?<=\\(|t${E}te de liste |liste )divers (?:gauche|droite)${END}(?! (?:des|du|de|d['’]))`,
    avoid: `${TOPIC}|sondage|r${E}sultats?|arrive en t${E}te|score|voix|%`, needsPerson: true },
  // a gift to a party left unnamed, as a tax return's receipts show it (« Don à un parti politique : 500 € (M. Roux) »), or
  // dues and gifts written tersely (« adhésion PS », « DON LFI »), not the rules (« les dons à un parti politique sont
  // plafonnés »)
  { type: 'political', phrase: `dons? (?:à|aux?) (?:un )?partis? politiques?${END}|(?:adh${E}sion|cotisation|dons?) (?:PS|LR|RN|LFI|PCF|EELV|NPA)${END}(?! (?:plus|now|store|[45])${END})`,
    avoid: `${TOPIC}|${GUIDE}|plafon|ouvr(?:e|ent) droit|vos dons|les dons|lois?${END}|financement|comment|CNCCFP`, needsPerson: true },
  // a gift or dues opening a receipt's line or after its label, a party named (« Don au Parti socialiste de Mme Blanc :
  // 300 € », an accountant's « M. Roux : cotisation au Parti communiste, 120 € », « Adhésion de Mme Roux au Parti
  // communiste »), not a
  // party's page (« Don au Parti socialiste : faites un don en ligne », no one named)
  { type: 'political', phrase: `(?:dons?|cotisation|adh${E}sion) (?:de ${TITLED_NAME} )?(?:à|au|aux) (?:la |le |les |l['’])?${PARTIES}${END}`, before: `(?:^|[\\n;|\\t•])[ \\t]{0,8}(?:[-*][ \\t]{0,3})?$|\\p{L} ?: $`,
    avoid: `${TOPIC}|${GUIDE}|plafon|ouvr(?:e|ent) droit|vos dons|les dons|faites|en ligne|comment`, needsPerson: true },
  // (words that name a project or a movement as well: a person says them of themself, or a pronoun or an honorific and a
  // name before the verb: « elle est écologiste », « M. Roux se dit souverainiste », not « le projet est écologiste »)
  { type: 'political', phrase: `(?:${E}cologiste|socialiste|insoumise?|nationaliste|souverainiste)s?${END}`, before: `(?:(?<![\\p{L}])(?:il|elle|ils|elles|je|tu|nous|vous|lui-m${E}me|elle-m${E}me) (?:est|sont|suis|es|sommes|${E}tes|${E}tait|${E}tais|se dit|se d${E}clare|se revendique|me dis|me d${E}clare|me revendique)|${TITLED_NAME} (?:est|${E}tait|se dit|se d${E}clare|se revendique)) (?:une? )?(?:militante? |convaincue? )?$`, avoid: 'régime|pays|état|gouvernement|parti|journal|histoire', needsPerson: true },
  // a side or a party one sympathises with, as a dating agency's file says it (« sympathisant écologiste », « engagée
  // au PS »): not a news item's « les sympathisants écologistes se sont réunis »
  { type: 'political', phrase: `(?:sympathisante?|militante?|${E}lue?|conseill(?:er|${E}re) (?:municipal|r${E}gional|d${E}partemental)e?) (?:${E}cologiste|${E}colo|socialiste|communiste|insoumise?|centriste|lepeniste|macroniste|de gauche|de droite|d['’]extr${E}me[ -](?:droite|gauche))${END}|engag${E}e? (?:(?:au|à la|chez|dans le|dans la) (?:les )?|à l['’])${PARTIES}${END}|(?<=(?:groupe|mouvement|collectif) )antifas?${END}`,
    avoid: SIDE_AVOID, needsPerson: true },
  // a feast kept in the first person plural, which says who (« Nous fêtons Hanouka ce week-end »): not a shop's calendar
  { type: 'religion', phrase: `(?<=(?:f${E}tons|c${E}l${E}brons|faisons) (?:la |le |l['’])?)(?:Yom Kippour|Kippour|A[iï]d(?: el-K${E}bir| el-Fitr)?|Roch Hachana|Hanoucca|Hanoukk?a|Pessa(?:h|ch)|Diwali)${END}`,
    avoid: `${TOPIC}|ferm${E}|boutique|magasin|calendrier|promotion` },
  // union membership
  // (one of its officers, as a client's message says it: « Je fais partie du bureau de la CGT »; « je suis à la CGT » below)
  { type: 'union_membership', phrase: `(?:fais|fait|font|faisons|faisait) partie (?:du bureau |de la section |du syndicat |de l['’]union locale )?(?:de la |du |de l['’]|de )?${UNIONS}${END}` },
  // (« engagé à la CFDT », as a dating agency's file says it; dues paid to one, as an accountant's notes say it: « 150 € de
  // cotisation à la CFDT », « cotise à la CGT », not the rule « La cotisation à la CFDT ouvre droit à un crédit d'impôt »)
  { type: 'union_membership', phrase: `(?:engag${E}e?|cotise|cotisait|cotisent|(?<=(?:sa|son|leur|ma|mon|de|une) )cotisation) (?:à la|au|chez|dans la) ${UNIONS}${END}` },
  // (a payslip's union dues held back at the employee's request, « Cotisation syndicale CFDT »)
  // (a union representative's hours, as a payslip or an HR file writes them: « Heures de délégation syndicale : 10 h »,
  // « Décharge syndicale à 50 % », and the representative or the delegate said so, « représentante de section syndicale
  // (CGT) », « Mme Roux, déléguée syndicale FO »; not an agreement's rule, nor the law's « Le représentant syndical : rôle
  // et missions », a handbook's « Le délégué syndical dispose d'heures de délégation »)
  { type: 'union_membership', phrase: `(?:heures de )?d${E}l${E}gation syndicale${END}|d${E}l${E}gu${E}e?s? syndicale?s?${END}|d${E}charges? syndicales?${END}|repr${E}sentante?s? syndicale?s?${END}|repr${E}sentante?s? de (?:la )?section syndicale${END}`, avoid: `${TOPIC}|sont |b${E}n${E}ficient|droits?${END}|code du travail|convention|accord|cr${E}dit d['’]heures? (?:est|sont)|chaque|tout (?:d${E}l${E}gu|salari)`, needsPerson: true },
  // a union's dues kept back from a pay slip (« Retenue cotisation syndicale CGT : 12,50 € »): a payslip is always
  // someone's, whose name heads it lines above
  { type: 'union_membership', phrase: `(?<=(?:retenue|pr${E}l${E}vement)(?: de la| de| d['’]une?| sur)? )cotisations? syndicales?${END}`, avoid: `${TOPIC}|comment|d${E}ductibles?|r${E}gime|bar[èe]me` },
  // (and a member's joining, « Adhésion de Mme Roy au syndicat : cotisation réglée », the dues written tersely,
  // « cotisation CGT », « CGT cotisation 2024 », one's own union, « a appelé son syndicat »; not a co-ownership's or an
  // employers' « syndicat des copropriétaires », « syndicat professionnel »)
  { type: 'union_membership', phrase: `(?:cotisations?|cotis|adh${E}sion) (?:syndicale )?(?:CGT|CFDT|CFTC|FSU|FO|UNSA|SUD|Solidaires|CFE-CGC)${END}|(?:CGT|CFDT|CFTC|FSU|FO|UNSA|CFE-CGC) (?:cotisations?|cotis|adh${E}sion)${END}|cotisations? syndicales?${END}|(?:mon|son|leur) syndicat${END}(?! (?:(?:des|de|du|professionnel|patronal|mixte|intercommunal|agricole)${END}|d['’]))|(?:r${E})?adh${E}sion(?: de ${TITLED_NAME})? (?:au syndicat${END}(?! (?:(?:des|de|du|professionnel|patronal|mixte|intercommunal)${END}|d['’]))|(?:à la |au )${UNIONS}${END})`, avoid: `${TOPIC}|ouvrent|ouvre droit|d${E}ductibles?|r${E}gime|comment|barème|bareme`, needsPerson: true },
  // a member, an elected or a representative, a candidate of a named union (« représentant de proximité FO », « représentante
  // de la CFDT », « candidat
  // sur la liste CFE-CGC », « élu délégué du personnel sur la liste CFDT », a cell's « Syndiqué CGT »); the words before a union's name in one group, its list written once
  { type: 'union_membership', phrase: `(?<!non[- ])syndiqu${E}e?s? (?:(?:à|au|chez|a) (?:la |l[\'’])?)?${UNIONS}|(?<=(?:est|suis|sont|${E}tait|militante?) )syndicaliste${END}|militante? syndicale?${END}|(?:(?<=[\\n;\\t"])syndicaliste |(?:syndicat|appartenance syndicale|organisation syndicale)${COLON}|(?:adh${E}rente?|adh${E}r${E}|membre(?: du bureau| du conseil| de la section)?|encart${E}e?|militante?) (?:(?:à la|de la|du|au|chez|à) |(?:de|à) l['’]|(?=(?:CGT|CFDT|CFTC|CFE-CGC|UNSA|FSU|FO|SUD)(?![\\p{L}])))|d${E}l${E}gu${E}e?s? (?:du personnel )?(?:\\(|sur (?:la |une )?liste (?:de la |du |de l['’])?)?|${E}lue?s? (?:au CSE |au comit${E} )?|${E}lue?s? (?:au |du )?(?:CSE|CE|DP|comit${E} social et ${E}conomique) (?:sur (?:la |une )?liste |pour (?:la |le )?|\\()(?:de la |du |de l['’])?|mandats? (?:CSE|DP|CE|syndical|de d${E}l${E}gu${E}e? syndicale?)[ ,(]+|milit(?:e|ent|ait|ais) (?:à la|au|chez|à) |repr${E}sentante?s? (?:du personnel|de proximit${E}|au CSE) \\(?|repr${E}sentante?s? (?:de la |du |de l['’]|de )|mandat${E}e?s? par (?:la |le |l['’])?|si${E}ge(?:ait)? (?:aux prud['’]hommes|au conseil de prud['’]hommes|au CSE|au CHSCT|au comit${E} (?:d['’]entreprise|social et ${E}conomique)) pour (?:la |le |l['’])?|conseill${E}re? prud['’]hom(?:al|ale|me) (?:pour (?:la |le |l['’])?)?)${UNIONS}\\b|(?:candidate?|pr${E}sent${E}e?|${E}lue?s?) sur (?:la|une) liste (?:de la |du |de l['’])?${UNIONS}(?![\\p{L}-])|carte syndicale|est syndiqu${E}e?|mandat syndical` , avoid: NOT_UNIONS },
  // (an office in a named union's local, its words before it: « secrétaire du syndicat CGT », « membre de l'union locale
  // FO »; apart from the entry above, whose lookbehind it was, for a third less of its native code; joining it, « a
  // rejoint le syndicat SUD »; after a name or a mandate: « Mme Andre (syndicat UNSA) », « déléguée du personnel,
  // syndicat UNSA »)
  { type: 'union_membership', phrase: `(?:syndicat|union (?:locale|d${E}partementale|r${E}gionale)) ${UNIONS}\\b`, before: `(?:(?:secr${E}taire|tr${E}sori${E}re?|pr${E}sidente?|membre|adh${E}rente?|militante?|d${E}l${E}gu${E}e?)(?: g${E}n${E}rale?)? (?:(?:du|au) |de l['’])|(?:a|avait|ont) rejoint (?:le |l['’])|${TITLED_NAME}(?: \\(|, | : )|(?:d${E}l${E}gu${E}e?|repr${E}sentante?|${E}lue?) (?:du personnel|au CSE)(?: \\(|, ))$`, avoid: NOT_UNIONS },
  // (a member named, then the word alone: « Mme Chevalier, syndiquée », « M. Roux : syndiqué »; not « non syndiquée »)
  { type: 'union_membership', phrase: `syndiqu${E}e?${END}`, before: `${TITLED_NAME}(?:, | : | — | - )$` },
  // (a member said with « être à » or joining, the subject a person: « je suis à la CGT », « M. Roux est à FO », « Mme
  // Blanc a rejoint la CGT »; seven unions, not
  // the list: « il est au sud » is no union; after the union's other phrases, which keep the spot when they match)
  { type: 'union_membership', phrase: `(?:CGT|CFDT|CFTC|FSU|FO|Force ouvri${E}re|UNSA|SUD[- ](?:Rail|PTT|Sant${E}|${E}ducation|Industrie|Commerces?)|Solidaires)${END}`, before: `(?:(?:(?<![\\p{L}])(?:il|elle|je|qui)|${TITLED_NAME}) (?:(?:est|suis|${E}tait|${E}tais) [àa]|a rejoint|avait rejoint|vient de rejoindre)|(?<![\\p{L}])j['’](?:${E}tais [àa]|ai rejoint)) (?:la |l['’])?$` },
  // sexual orientation
  // a couple said so (« Le couple est gay », a landlord's or a wedding planner's note; the entry below wants someone named),
  // or of two men or two women (a B&B's booking: « Couple de deux hommes, chambre double »), not the law's for them
  { type: 'sexual_orientation', phrase: `(?<=(?:le|ce|un|du|notre) couple (?:est|sont|${E}tait) )(?:gay|gai|homo|homosexuel|lesbien)s?${END}|(?<![\\p{L}])couples? de deux (?:hommes|femmes)${END}|(?<![\\p{L}])(?:homme cherche (?:un )?homme|femme cherche (?:une )?femme)${END}(?! (?:de |d['’]|pour (?:des |du |le |la |les |un |une )?(?:travaux|m${E}nage|garde|bricolage|d${E}m${E}nagement|jardinage|courses)))`,
    avoid: `${TOPIC}|pour tous|lois?${END}|droits?${END}|adoption|l${E}gislation|autoris` },
  { type: 'sexual_orientation', phrase: 'homosexuel(?:le)?s?|(?<=(?:est|suis|sont|était) )homo\\b|(?:est|suis|sont|était) bi(?![\\p{L}-])|(?:est|suis|sont|était) queer(?![\\p{L}-])|bisexuel(?:le)?s?|lesbiennes?|\\bgays?\\b(?![- ]friendly)|pansexuel(?:le)?|coming[- ]out(?! (?:professionnel|financier|politique|[ée]cologique|v[ée]gan))|(?<=(?<![\\p{L}])(?:il|elle|ils|elles|je) (?:est|suis|sont|[eé]tait|[eé]tais|[eé]taient) (?:enfin )?)sortie?s? du placard|orientation sexuelle (?:de|du|d[\'’])|couples? (?:d[\'’]hommes|de femmes|homo(?:sexuel)?s?|gays?|lesbiens?)(?![\\p{L}])', avoid: `${TOPIC}|gay-lussac|marvin|homophob|mariage pour tous|association|\\bassociations?\\b|festival|bar gay|quartier`, needsPerson: true },
  // a child's two mothers or fathers, a wedding of two men or two women (a school's, a nanny's, a wedding planner's
  // file: « Léa a deux mamans », « Mariage de deux hommes : Thomas et Julien »); not a book about such families
  // an asexual person, as they say it of themself (« je suis asexuelle »): not a plant's reproduction
  { type: 'sexual_orientation', phrase: `(?<=(?:est|suis|sont|${E}tait|se dit|se d${E}finit comme|se d${E}clare) )asexuel(?:le)?s?${END}`, avoid: `${TOPIC}|plantes?${END}|v${E}g${E}tal|reproduction|multiplication|esp${E}ces?${END}|organismes?${END}|cellules?${END}|bact${E}ri`, needsPerson: true },
  { type: 'sexual_orientation', phrase: `(?<=(?:a|ont|avec|les|ses|est|sommes) )deux (?:mamans|papas)${END}|mariage (?:de|entre) deux (?:hommes|femmes)${END}`, avoid: `${TOPIC}|livres?|albums?|histoires?|familles (?:à|a|avec)|homoparental|pour tous|lois?${END}`, needsPerson: true },
  // a couple of the same sex said so (« Les mariés sont deux hommes », « Il est en couple avec un homme », « mariée à une
  // femme », « M. Roux est pacsé avec M. Blanc », « Mme Blanc, mariée à Mme Petit », « Le couple de M. Roux et M. Blanc »,
  // « Mariage de Mme Petit et Mme Roux »), an attraction (« Il est attiré par les hommes »), a spouse left for one's own sex (« a quitté sa femme pour
  // un homme »), not « Les ouvriers sont deux hommes », nor « Elle est en couple avec un homme », nor « attiré par les
  // hommes de pouvoir », nor « pour un homme d'affaires »
  { type: 'sexual_orientation', phrase: `(?<=(?:mari${E}e?s|futurs mari${E}e?s|parents) (?:sont )?)deux (?:hommes|femmes)${END}|(?:(?:couple|mariage|pacs) (?:de|entre)|(?<![\\p{L}])(?:couple|mari${E}s) :) (?:(?:m\\.|monsieur) ${SURNAME} et (?:m\\.|monsieur) |(?:mme|madame) ${SURNAME} et (?:mme|madame) )${SURNAME}|(?<=(?<![\\p{L}])(?:il|(?:m\\.|monsieur) ${SURNAME})(?: (?:est|vit|${E}tait|vivait) (?:depuis \\d+ ans )?|, ))(?:(?:en couple|pacs${E}|mari${E}) avec|mari${E} à) (?:un homme${END}|(?:m\\.|monsieur) ${SURNAME})|(?<=(?<![\\p{L}])(?:il|je) (?:est|suis) )attir${E} par les hommes${END}(?! (?:de |d['’]|du |des |qui ))|(?<=(?<![\\p{L}])(?:elle|(?:mme|mlle|madame) ${SURNAME})(?: (?:est|vit|${E}tait|vivait) (?:depuis \\d+ ans )?|, ))(?:(?:en couple|pacs${E}e|mari${E}e) avec|mari${E}e à) (?:une femme${END}|(?:mme|mlle|madame) ${SURNAME})|(?<=(?<![\\p{L}])(?:elle|je) (?:est|suis) )attir${E}e par les femmes${END}(?! (?:de |d['’]|du |des |qui ))|quitt(?:${E}e?|ait) (?:sa femme pour un homme${END}(?! d['’](?:affaires|${E}tat))|son mari pour une femme${END})`, avoid: TOPIC },
  // racial or ethnic origin
  // an origin said of someone by its adjective, the subject a pronoun, a client or a name after its title (« elle est
  // asiatique », « Mme Roux est maghrébine », « Mme Kaya est kurde », « Mme Blanc est antillaise »): not a cuisine, a style or a market (colours, « il est noir », are left out:
  // « sa voiture est noire »; a man or a woman said black is read below)
  { type: 'ethnic_origin', phrase: `(?<=(?<![\\p{L}])(?:il|elle|ils|elles|je|client|cliente|patient|patiente|${TITLED_NAME}|(?:ma|sa) (?:m${E}re|femme)|(?:mon|son) (?:p${E}re|mari)|(?:mes|ses) parents) )(?:est|suis|sont|${E}tait) (?:une? )?(?:asiatique|arabe|maghr${E}bine?|africaine?|nord-africaine?|subsaharienne?|beur|beurette|rebeu|renoi|caucasienne?|gitane?|tzigane|manouche|rom|kabyle|berb${E}re|touareg|peule?|kurde|tamoule?|antillaise?|ashk${E}naze|s${E}pharade|cr${E}ole)s?\\b`, avoid: ORIGIN_ADJ_AVOID },
  { type: 'ethnic_origin', phrase: `(?<=(?:est|suis|sont|${E}tait|cliente?|patiente?|femme|homme|enfant|fille|gar[çc]on) )m${E}tis(?:se)?s?\\b`, avoid: `(?:chiens?|chats?|chevaux|cheval|races?|tissus?|lin|toiles?)${END}`, needsPerson: true },
  // (and a man or a woman said black, asian, maghrebi or african, as a description writes it: « M. Diallo est un homme
  // noir », « une femme asiatique d'une quarantaine d'années », « homme de type nord-africain »; not a shirt's « t-shirt
  // homme noir » nor a room « noire de monde »)
  // a family or someone of a travelling people (a town hall's or a social worker's « Famille rom installée sur le terrain
  // communal », « une femme gitane est venue »): people by the noun itself; not jazz's « manouche », a brand of cigarettes
  { type: 'ethnic_origin', phrase: `(?<![\\p{L}-])(?:familles?|femmes?|hommes?|enfants?|couple|jeunes?) (?:roms?|tziganes?|gitane?s?|manouches?|y${E}niches?)${END}`,
    avoid: TRAVELLERS_AVOID },
  // a family or a household of an origin, said without anyone (a social worker's « Famille d'origine comorienne, parle
  // peu le français »): before the phrase below, which wants someone in the sentence and would take the spot
  { type: 'ethnic_origin', phrase: `(?<=(?<![\\p{L}])(?:famille|familles|couple|m${E}nage|foyer) )d['’](?:origines?|ascendance) ${ORIGINS}${END}`, avoid: TRAVELLERS_AVOID },
  { type: 'ethnic_origin', phrase: `d[\'’](?:origines?|ascendance) ${ORIGINS}|de type (?:maghrébin|africain|nord-africain|asiatique|caucasien|méditerranéen|antillais|indien|slave)|issue? de l[\'’]immigration|origine ethnique|appartenance ethnique|(?:(?<=(?:de|[àa]) )l['’]|d['’])ethnie \\p{L}+|peau (?:noire|mate)(?! de (?:suie|cambouis|charbon|crasse|poussi${E}re|graisse))|noire? de peau|(?<=(?:client|cliente|patient|patiente|(?<!(?:(?:de|du|chez) |d['’]))(?:m\\.|mme|madame|monsieur) [\\p{L}'’-]+) (?:est|${E}tait) )noire?${END}(?! de (?:monde|col${E}re|rage|suie|crasse))|(?<=(?<![\\p{L}])je suis )noire?${END}(?! de )|(?<=(?:parents|p${E}re|m${E}re|famille|grands-parents|r${E}fugi${E}e?s?|demandeu(?:r|se)s? d['’]asile) )(?:kabyles?|berb${E}res?|touaregs?|kurdes?|tamoul(?:e|s|es)?)${END}|(?<=(?<![\\p{L}])(?:un|une|le|la|cet|cette|jeune) (?:homme|femme|gar[çc]on|fille|enfant|cliente?|dame|monsieur) )(?:noire?s?${END}(?! de monde)|(?:asiatique|maghr${E}bine?|africaine?|nord-africaine?)s?${END})`, avoid: `(?:produits?|vins?|fromages?|huiles?|viandes?|bois|marbres?|pièces?|matériaux?|matériels?|articles?|cafés?|thés?|fabrications?|recettes?|cuisines?|plats?|épices?|tissus?|tapis|meubles?|mobiliers?|appellations?|labels?|AOC|AOP|IGP|mots?|termes?|expressions?|noms?|prénoms?|marques?|entreprises?|sociétés?|races?|voitures?|véhicules?|instruments?|plantes?)(?![\\p{L}])`, needsPerson: true },
  // immigrant parents by their origin, a community, the Travellers, the harkis (« issu d'une famille d'immigrés algériens »,
  // « Il est de la communauté gitane », « appartient à la communauté arménienne », « Famille de gens du voyage », « fils de
  // harki »); not a town's « aire d'accueil
  // des gens du voyage », a history's « hommage aux harkis »
  { type: 'ethnic_origin', phrase: `(?<=(?:famille|parents|p${E}re|m${E}re|fils|fille|enfants?|petite?-(?:fils|fille)) d['’])immigr${E}e?s? ${ORIGINS_ANY}s?${END}|(?<=(?:est|sont|${E}tait|issue?s?|vient|viennent|fait partie|font partie|membres?|appartient|appartiennent|appartenait) (?:de |d['’]une |de la |à la |a la )?)communaut${E} (?:gitane|rom|tzigane|manouche|kabyle|berb${E}re|antillaise|africaine|maghr${E}bine|turque|kurde|arm${E}nienne|juive|chinoise|vietnamienne|comorienne|malienne|s${E}n${E}galaise|ha[ïi]tienne|tamoule)${END}|(?<=(?:famille|familles|issue?s?|fait partie|font partie|membres?|appartient|appartiennent|est|sont) (?:de |des |aux |du monde des )?)gens du voyage${END}|(?<=(?:est|sont|${E}tait|${E}taient|fils|fille|enfants?|petite?-(?:fils|fille)) (?:de |des |un |une |d['’]un |d['’]une )?)harkis?${END}`,
    avoid: `${TOPIC}|aires?${END}|accueil|terrains?${END}|sch${E}ma|stationnement|commune|mairie|pr${E}fecture|hommage|journ${E}e|m${E}morial|histoire|guerre d|loi${END}|association`, needsPerson: true },
  // where someone or their parents come from, by its country (a dating agency's « parents originaires du Maroc »,
  // « Mme Benali, originaire d'Algérie »), after a verb, a kin or a comma: not a product's origin (« Dattes
  // originaires du Maroc »), nor a region of France
  { type: 'ethnic_origin', phrase: `originaires? (?:du |de la |d['’]|des )(?:Maroc|Alg${E}rie|Tunisie|Maghreb|Afrique(?: du Nord| de l['’]Ouest| subsaharienne| noire)?|S${E}n${E}gal|Mali|C[ôo]te d['’]Ivoire|Cameroun|Congo|Comores|Guin${E}e|Turquie|Kurdistan|Arm${E}nie|Vi[eê]t ?nam|Cambodge|Laos|Chine|Inde|Pakistan|Sri Lanka|Ha[ïi]ti|Antilles|Liban|Syrie|Iran|Afghanistan)${END}`,
    before: `(?:(?:est|suis|sont|${E}tait|${E}taient|${E}tes|sommes|parents?|p${E}re|m${E}re|famille|grands?-parents|grand-p${E}re|grand-m${E}re|anc${E}tres) (?:tous |toutes |tous deux |toutes deux )?|, )$`,
    avoid: `(?:produits?|vins?|fromages?|huiles?|viandes?|bois|marbres?|pièces?|matériaux?|matériels?|articles?|cafés?|thés?|fabrications?|recettes?|cuisines?|plats?|épices?|tissus?|tapis|meubles?|mobiliers?|appellations?|labels?|AOC|AOP|IGP)(?![\\p{L}])`, needsPerson: true },
  // a people without a country of its own, after a verb, a refugee, a kin or a name (« Mme Dudaeva est tchétchène »,
  // « M. Tursun, ouïghour, a été interné », « Réfugiée tchétchène, Mme Dudaeva »): not a conflict, a dish, a song
  { type: 'ethnic_origin', phrase: `${PEOPLES}${END}`, before: `(?:(?:parents|p${E}re|m${E}re|famille|grands-parents|r${E}fugi${E}e?s?|demandeu(?:r|se)s? d['’]asile|(?<![\\p{L}])(?:est|suis|sont|${E}tait)(?: une?)?) |\\p{L}, )$`,
    avoid: TRAVELLERS_AVOID, needsPerson: true },
  // (an origin alone right after someone, as a description or a casting's profile lists it: « Mme Nguyen, asiatique, 40
  // ans », « Profil : femme, 35 ans, maghrébine », « M. Diallo (africain) »; not « Cuisine asiatique »; last of its type:
  // the phrases before it keep the spot when they match, « une femme asiatique d'une quarantaine d'années »)
  { type: 'ethnic_origin', phrase: `(?:asiatique|maghr${E}bine?|africaine?|antillaise?)s?${END}`, before: `(?:${TITLED_NAME}|(?<![\\p{L}])(?:femme|homme|fille|gar[çc]on|enfant|cliente?|patiente?|locataire|candidate?)(?:, \\d{1,3} ans)?)(?:, | \\()$`, avoid: ORIGIN_ADJ_AVOID },
  // criminal offences and convictions (RGPD art. 10): a record, a sentence, custody, a prison stay, a licence taken away
  // or its points lost for an offence (« a perdu 6 points pour excès de vitesse », « flashé à 150 km/h », « Le permis de
  // M. Roux a été annulé », « contrôlé positif au cannabis »; not a loyalty
  // card's, a team's or a mark's points), said of someone (an employer's file, a coach's or a social worker's notes) — not a door « condamnée », a civil
  // judgment's « condamné à payer », a building permit's suspension or a TIG weld
  // a record's field naming an offence or a sentence (« Casier judiciaire : vol en 2015 »), someone nearby or not; not a
  // clean one (« vierge, aucune condamnation »: then the words alone below, which want someone nearby, as before), a
  // locker's (« Casier : 3 étagères, vol de 2 m »)
  { type: 'criminal_offence', phrase: `casier judiciaire[ \\u00a0]*:(?![ \\u00a0]*(?:vierge|n${E}ant|rien|aucune?|ras|r\\.a\\.s|pas de|sans|non|nul)${END})[ \\u00a0]*[^\\r\\n]{0,40}?(?<![\\p{L}])(?:condamn\\p{L}*|(?:${OFFENCES}|${SENTENCE})${END})`, avoid: RECORD_ASKED },
  { type: 'criminal_offence', phrase: `casier judiciaire|casier vierge|casier charg${E}|ant${E}c${E}dents? (?:judiciaires?|de (?:vols?(?: [àa] l['’]${E}talage)?|escroquerie)${END})|extrait (?:de casier )?B ?3${END}|bulletin n[°o] ?3${END}`, avoid: RECORD_ASKED, needsPerson: true },
  { type: 'criminal_offence', phrase: `(?:condamn${E}e?s? (?:en \\d{4} |(?:par|devant) le tribunal(?: correctionnel)?(?: de [\\p{L}-]+)? |d${E}finitivement )?|condamnations? )(?:pour (?:${OFFENCES})|[àa] (?:${SENTENCE}))|condamn${E}e?s? (?:au|du) p${E}nal|condamnations? p${E}nales?|jugements? de condamnation${END}`, avoid: OFFENCE_TOPIC, needsPerson: true },
  { type: 'criminal_offence', phrase: `(?<=(?:a |ai |avait |ont |${E}t${E} |d${E}j${E} |d${E}ja ))condamn${E}e?s?(?![\\p{L}])(?! (?:à|a|aux|au) (?:payer|verser|rembourser|indemniser|d${E}dommager|restituer|remettre|d${E}molir|d${E}truire|retirer|enlever|d${E}pens|frais|dommages)|,? faute)`, avoid: `${OFFENCE_TOPIC}|portes?|fen${E}tres?|acc${E}s|entr${E}e|issue|ouverture|pi${E}ce|passage|conduit|canalisation|chemin${E}e|trappe|local|escalier|sortie|voie|route|rue|b[âa]timent|immeuble|murs?${END}|baie|wc|toilettes|placard|prud['’]?hom|civil|loyer|d${E}pens|article 700|payer|verser|rembourser|indemnis|soci${E}t${E}|entreprise|tribunal de commerce`, needsPerson: true },
  // (a prison stay dated without its verb too: a recruiter's « trou dans le CV : incarcéré de 2019 à 2021 »)
  { type: 'criminal_offence', phrase: `prison (?:ferme|avec sursis)${END}|(?<=(?<![\\p{L}])(?:a|ai|avait|avoir|as) fait (?:\\d+|un|deux|trois|quatre|cinq|six|huit|dix|douze|quinze|dix-huit) )(?:mois|ans) (?:ferme|de prison)${END}|(?<=(?:est|sont|${E}tait|${E}taient|${E}t${E}|reste|actuellement|toujours|d${E}j${E}) )incarc${E}r${E}e?s?${END}|incarc${E}r${E}e?s? (?:de|depuis|pendant|en|entre|jusqu['’]en) (?:\\d|deux|trois|quatre|cinq|six|huit|dix)|incarc${E}ration|(?<=(?:en|plac${E}e? en|(?:sort|sorti|sortie|sortis|sortira|sortait|lib${E}r${E}e?) de) )d${E}tention${END}(?! (?:de(?! \\d)|d['’]|des|du)${END})|d${E}tention provisoire|(?<=(?:est|${E}tait|reste|actuellement) )d${E}tenue?s? (?:à|au|en|dans|depuis)(?= )|(?<=(?<![\\p{L}])(?:ancien |ancienne |ex-))d${E}tenue?${END}`, avoid: PRISON_AVOID, needsPerson: true },
  // (custody, charges, a judge's supervision — its duty to report to the police, « doit pointer au commissariat » —, an
  // electronic tag, a theft caught in the act: « surprise en train de voler »)
  { type: 'criminal_offence', phrase: `garde [àa] vue|interdite? (?:du|de) territoire(?: fran[çc]ais)?${END}|interdiction (?:judiciaire )?du territoire(?: fran[çc]ais)?${END}|mise? en examen|d${E}f${E}r${E}e?s? (?:au parquet|devant (?:le|un) (?:juge|procureur|magistrat))${END}|(?<=sous |plac${E}e? sous |(?:un|son|en) |: )contr[ôo]le judiciaire|bracelet ${E}lectronique|(?<=(?:doit|devait|doivent|va|oblig${E}e? de) )pointer (?:au commissariat|[àa] la gendarmerie)${END}|surprise? en train de voler${END}(?! (?:la vedette|de ses propres ailes|au-dessus|dans le ciel|en (?:parapente|ULM|avion|drone|delta)))|(?<=(?:avec|du|au|sous|en) )sursis(?: probatoire| simple| avec mise [àa] l['’]${E}preuve)?(?! (?:à statuer|de paiement|d['’]ex${E}cution|à ex${E}cution))${END}|lib${E}ration conditionnelle|travaux d['’]int${E}r${E}t g${E}n${E}ral|(?<=(?:des|de|aux|ses|heures de|h de|(?:effectue|effectuer|effectu${E}|fait|faire|fera) (?:un|son)) )TIG${END}|(?<=(?:a|avait|a eu|doit faire) un )TIG(?= (?:[àa] (?:effectuer|faire)|de \\d+ ?h))|fich${E}(?:e|s|es)? S(?![\\p{L}'’])`, avoid: JUDICIAL_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `(?:retrait|suspension|annulation) (?:de (?:son |sa |ses )?|du )permis(?: de conduire)?(?! (?:de construire|d['’]am${E}nager|de d${E}molir|de chasse|de p${E}che|de s${E}jour|bateau))|permis (?:de conduire )?(?:de ${TITLED_NAME} )?(?:(?:est|a ${E}t${E}|sera|lui a ${E}t${E}) )?(?:suspendu|retir${E}|annul${E})e?${END}|(?:perdu|retrait de|perte de) (?:son permis(?: de conduire)?${END}|tous ses points${END}|(?:\\d+|un|deux|trois|quatre|six|huit|ses|plusieurs) points? (?:(?:sur|de|du|à) (?:son |le )?permis${END}|pour (?:exc${E}s de vitesse|alcool${E}mie|conduite|d${E}lit de fuite|stup${E}fiants|(?:un )?feu rouge|t${E}l${E}phone au volant)${END}))|flash${E}e? (?:[àa] \\d+ ?km|par (?:un|le) radar)|alcool au volant|conduite (?:en ${E}tat d['’](?:ivresse|alcool${E}mie)|sous (?:l['’]emprise|l['’]empire) (?:de l['’]alcool|d['’]un ${E}tat alcoolique|de stup${E}fiants|de produits stup${E}fiants)|sans permis)|contr[ôo]l${E}e?s? positi(?:f|ve)s? (?:[àa] l['’](?:alcool${E}mie|alcool|alcootest|${E}thylotest)|au (?:cannabis|THC|volant)|aux (?:stup${E}fiants|stups|drogues)|[àa] la coca[iï]ne)${END}`, avoid: `${OFFENCE_TOPIC}|construire|am${E}nager|d${E}molir|chasse|p${E}che|s${E}jour|bateau|stage|r${E}cup${E}ration de points|auto-${E}cole|code de la route|pr${E}vention|s${E}curit${E} routi${E}re|assurance|que faire|quelles? sanctions?|que risque`, needsPerson: true },
  { type: 'criminal_offence', phrase: `comparution imm${E}diate|proc${E}s (?:aux assises|en correctionnelle|au p${E}nal)${END}|reconnue?s? coupables? (?:de|d['’])`, avoid: OFFENCE_TOPIC, needsPerson: true },
  // prosecuted, a sentence served, a closed educational centre, an acquittal, the sex offenders' file (a lawyer's, a
  // mediator's, an educator's notes: « M. Garnier est poursuivi pour abus de biens sociaux », « Il a purgé sa peine »,
  // « M. Roux fait l'objet d'une procédure pour abus de confiance », « une enquête pénale pour escroquerie », « arrêté pour
  // vol à l'étalage » (« arrêté pour conduite en état d'ivresse » left to the phrase that names it whole; not a train
  // « arrêté pour trafic perturbé »), « entendue en audition libre »,
  // « Son fils est en centre éducatif fermé », « Il a été relaxé par le tribunal », « inscrit au FIJAIS »); not a study
  // pursued (« Il a poursuivi pour obtenir son diplôme »), a radiator bled, a massage's « relaxée »
  // (and an arrest, a fine, the police's knowledge, the alternatives to a trial: « interpellé pour vol », « une amende pour
  // conduite sans assurance », « connu des services de police », « un rappel à la loi », « une composition pénale », « mis
  // en cause dans une affaire de stupéfiants »; not a client's question « m'a interpellé pour », a succession's « mis en
  // cause », the law's « rappel à la loi » — the topic's « loi » no veto after it; and a trial or a court for an offence:
  // « en procès avec son ex pour violences », « passe au tribunal pour vol », not « en procès avec son assureur pour le
  // dégât des eaux », « le tribunal pour enfants »)
  { type: 'criminal_offence', phrase: `(?:poursuivie?s?|jug${E}e?s?|interpell${E}e?s?|arr${E}t${E}e?s?(?! pour (?:trafic (?:perturb|interrompu|ralenti)|conduite))|verbalis${E}e?s?|(?<=(?:(?:une|son|d['’]une) |l['’]))amende|mise?s? en cause|(?<=(?:(?:une|d['’]une|la|sa|son) |l['’]))(?:proc${E}dure|enqu${E}te)(?: p${E}nale)?|(?:proc${E}dure|enqu${E}te) p${E}nale|poursuites(?: p${E}nales)?|proc${E}s(?: (?:avec|contre) (?:(?:son|sa|ses|le|la|les|un|une) |l['’])[\\p{L}-]+(?: [\\p{L}-]+)?)?|tribunal(?: correctionnel| de police)?) pour (?:${OFFENCES}|d${E}faut de permis)${END}|interpell${E}e?s? en flagrant d${E}lit${END}|(?<=(?:entendue?s?|convoqu${E}e?s?|plac${E}e?s?) )en audition libre${END}|(?:d${E}favorablement )?connue?s? des services de (?:police|gendarmerie)${END}|rappel à la loi${END}|composition p${E}nale${END}|fichier des (?:d${E}linquants|auteurs d['’]infractions) sexuel(?:le)?s${END}|mise?s? en cause dans une affaire (?:de (?:stup${E}fiants|drogue|m(?:œ|oe)urs|vols?|viol|violences?|fraude|escroquerie|trafic)|d['’]escroquerie)${END}|(?<=(?:est|sont|${E}t${E}|${E}tait|${E}tre) )poursuivie?s? (?:en justice|au p${E}nal|devant (?:le|la) (?:tribunal|cour))${END}|purg${E}e?s? (?:sa|une|leur|la|ses) peines?${END}|centres? ${E}ducatifs? ferm${E}s?${END}|relax${E}e?s? (?:par (?:le tribunal|la cour|le juge)|(?:au|devant le) tribunal|au b${E}n${E}fice du doute|en appel|des (?:faits|poursuites|chefs))${END}|pass${E} (?:judiciaire|carc${E}ral)${END}|casier (?:judiciaire )?pour (?:vols?|violences?|escroquerie|trafic|agressions?|recel|d${E}gradations?|outrage|stup${E}fiants?)${END}|(?<=(?<![\\p{L}])(?:a|avait|ont|aurait) )vol${E} (?:dans la caisse|de l['’]argent|[àa] l['’]${E}talage)${END}|(?<=(?:a|ont|avait) ${E}t${E} )relax${E}e?s?(?=[ \\u00a0]*(?:[.;]|$))|FIJAISV?${END}`, avoid: `${OFFENCE_TOPIC}|${GUIDE}`, needsPerson: true },
  // dismissed for an offence (an employer's file: « Le salarié a été licencié pour vol »), not a lawyer's question
  { type: 'criminal_offence', phrase: `licenci${E}e?s? pour (?:faute grave (?:pour |\\()?)?(?:vol|vols|fraude|violences?|agression|harc${E}lement(?: sexuel| moral)?|escroquerie|d${E}tournement de fonds|abus de confiance)${END}`,
    avoid: `${OFFENCE_TOPIC}|peut-on|peut-il|peut-elle|peut [êe]tre|comment|proc${E}dure|jurisprudence|cassation|arr[êe]t${END}|avocat|si (?:le|la|un|une|vous)`, needsPerson: true },
  // blows on one's partner, child or parent, the object a noun (« M. Roux a frappé sa femme », « bat ses enfants »; the
  // object a pronoun, « il la frappe », is read above), not « frappe à la porte », « bat son record », « bat son père aux
  // échecs » (the verb's ending as up to five letters: its forms listed cost 24 KB more native code)
  { type: 'criminal_offence', phrase: `(?:frapp|bat|brutalis)[a-zéè]{0,5} (?:(?:r${E}guli${E}rement|souvent) )?(?:sa (?:femme|compagne|conjointe|fille|m${E}re)|son (?:mari|compagnon|conjoint|${E}pouse|fils|enfant|p${E}re|b${E}b${E})|ses enfants)${END}`, avoid: GAME_WON_AVOID, needsPerson: true },
  // a sentence received, an offence suspected or admitted, trouble with the courts (« a écopé de 6 mois ferme », « est
  // soupçonnée de détournement », « a reconnu les faits », « a eu affaire à la justice »)
  { type: 'criminal_offence', phrase: `${E}cop${E}e? (?:de \\d+ (?:mois|ans) (?:de prison|ferme|avec sursis)|d['’]une (?:peine de prison|amende p${E}nale))|soup[çc]onn${E}e?s? (?:de |d['’])(?:vols?|fraude|escroquerie|d${E}tournement|agression|trafic)${END}|reconnu les faits${END}(?! d['’]armes)|eu affaire [àa] la justice${END}`, avoid: OFFENCE_TOPIC, needsPerson: true },
  // a sentence being served or a ban a court gave (an employer's or a landlord's notes: « en liberté conditionnelle
  // jusqu'en juin », « interdiction de gérer une entreprise pendant 5 ans », « interdite de gérer depuis 2022 »; not the
  // rule's « il est interdit de gérer une société sans … »)
  { type: 'criminal_offence', phrase: `libert${E} (?:conditionnelle|surveill${E}e)${END}|(?<=(?:est|suis|sont|${E}tait) en )conditionnelle${END}|interdiction (?:de g${E}rer|du territoire|de s${E}jour|de para[iî]tre)${END}|interdite? de (?:s${E}jour${END}|g${E}rer(?= pendant| durant| depuis| jusqu|[,.;)]|$))`, avoid: OFFENCE_TOPIC, needsPerson: true },
  // a court's measure or sentence, as a lawyer's or a youth worker's file names it (« un stage de citoyenneté », « a
  // accepté une médiation pénale », « est passé en CRPC », « suivi par la PJJ », « a fait appel de sa condamnation »), not
  // the rules (« La médiation pénale : définition ») nor an opinion (« sa condamnation du racisme »); « une obligation de
  // soins », « en semi-liberté », « sous le coup d'un mandat d'arrêt », « déchu de ses droits civiques », « recherché
  // par la police »
  { type: 'criminal_offence', phrase: `(?:sursis probatoire|stage de citoyennet${E}|m${E}diation p${E}nale|ordonnance p${E}nale|amende forfaitaire d${E}lictuelle|CRPC|interdiction de territoire|obligation de soins|semi-libert${E}|mandat d['’]arr${E}t|d${E}chue? de ses droits civiques)${END}|recherch${E}e?s? par (?:la police|la gendarmerie|les gendarmes|les policiers|interpol)${END}|(?<=(?:suivie?|prise? en charge|plac${E}e?) (?:par|à) la )PJJ${END}|(?<=(?:sa|ses|leur) )condamnations?${END}(?! (?:de |du |des |d['’]))`,
    avoid: `${OFFENCE_TOPIC}|${GUIDE}|comment|proc${E}dure|conditions|alternatives? aux poursuites|organis|animateur`, needsPerson: true },
  // a complaint lodged, violence suffered, a protective measure or the probation service (a family mediator's or a
  // coach's notes: « a déposé plainte pour violences conjugales », « bracelet anti-rapprochement », « suivi par le SPIP »,
  // « une interdiction d'entrer en contact »)
  { type: 'criminal_offence', phrase: `plainte pour (?:${OFFENCES})${END}|(?<=(?:d${E}pos${E}|d${E}poser|d${E}pose|porter|port${E}|porte|portera) )plainte (?:pour|contre)${END}|(?<=(?:d${E}pos${E}e?|d${E}poser|d${E}pose) une )main courante (?:contre(?! (?:le |la |les )?(?:murs?|cloisons?|parois?)${END})|pour|au commissariat|[àa] la gendarmerie)${END}|victimes? d['’](?:une? )?(?:agressions?(?: sexuelles?)?|viol|inceste|abus sexuels?)${END}|victimes? de (?:violences?(?: conjugales| sexuelles| volontaires)?|viol|harc${E}lement|coups et blessures|maltraitances?)${END}|violences (?:de son |du |de l['’])(?:ex-)?(?:conjoint|mari|compagnon|concubin)${END}|bracelet anti-rapprochement|interdiction d['’](?:approcher|entrer en (?:contact|relation))|ordonnance de protection`, avoid: COMPLAINT_AVOID, needsPerson: true },
  // (the blows, by their object pronoun and verb after the partner: « son mari la bat », « Son ex-mari l'a frappée »; not
  // a game won, « Son mari la bat aux échecs »)
  { type: 'criminal_offence', phrase: `(?:la|le|les|me|l['’](?:a|avait)) (?:bat(?:tait|tent|tue?)?|frapp(?:e|ait|ent|${E}e?)|violent(?:e|ait|${E}e?)|brutalis(?:e|ait))${END}`, before: `(?<![\\p{L}])(?:${PARTNERS}|p${E}re) $`,
    avoid: GAME_WON_AVOID, needsPerson: true },
  // sex life (RGPD art. 9, beside the orientation): what a sexologist's, a couple therapist's or a sophrologist's notes keep
  // of someone — not a sex education workshop, a film, nor the « infidélité des clients » of a marketing plan
  // (a couple no longer intimate, « ils n'ont plus de rapports depuis un an », or « des problèmes d'érection », « souffre
  // d'impuissance »: not « il n'a pas de rapports d'activité », « l'érection du monument », « impuissance face à… »)
  // intimacy gone, unfaithfulness, paid sex, pornography, BDSM, as a couple therapist's or a sexologist's notes say them
  // (« Ils n'ont plus de relations intimes », « Elle a été infidèle », « Il fréquente des prostituées », « Il regarde
  // beaucoup de pornographie », « Elle pratique le BDSM », « Il trompe sa femme », « a recours à des prostituées »,
  // « travaille comme escort »); not a brand's « clients infidèles », a
  // law's « la prostitution », « Il trompe sa faim »
  { type: 'sex_life', phrase: `(?:(?<=(?:a|avait|aurait|ont) )tromp${E}e?|tromp(?:e|ait|ent)) (?:son (?:mari|compagnon|conjoint|${E}poux)|sa (?:femme|compagne|conjointe|${E}pouse))${END}`,
    avoid: SEX_DEED_AVOID, needsPerson: true },
  // a sex life named, its troubles, an affair (« une liaison avec son collègue », « une liaison extraconjugale », « Sa
  // femme a découvert sa liaison »), not « La liaison série », « une liaison avec le serveur », a novel's « liaison
  // amoureuse »
  { type: 'sex_life', phrase: `vie sexuelle|(?<=(?:sa|leur|ma|son|notre|votre) )sexualit${E}${END}|(?:rapports|relations) sexuel(?:le)?s|rapports (?:douloureux|non prot${E}g${E}s)|partenaires? sexuel(?:le)?s?|pratiques sexuelles|infid${E}lit${E}s?${END}(?! (?:des|de la|du) (?:clients|client${E}le|consommateurs|public))|relations? extra-?conjugales?|liaisons? (?:extra-?conjugales?|adult${E}rines?|amoureuses?|secr${E}tes?|avec (?:son|sa|une?) (?:coll${E}gue|voisine?|secr${E}taire|patronn?e?))${END}|(?<=(?:a|avait|a eu|avait eu|ont eu) une )aventure (?:extra-?conjugale|avec (?:son|sa|une?) (?:coll${E}gue|voisine?|secr${E}taire|patronn?e?))${END}|(?<=(?:d${E}couvert|avou${E}) sa )liaison${END}|adult${E}re${END}|libido${END}|dysfonctions? ${E}rectiles?|impuissance sexuelle${END}|(?<=(?:souffre|souffrait|souffrir|souffrant) d['’])impuissance${END}(?! (?:face|devant|à|a|de)${END})|troubles? de l['’]${E}rection|(?<=(?:probl${E}mes?|difficult${E}s?|pannes?|troubles?) d['’])${E}rection${END}|(?<=n['’](?:a|ai|ont|avons|avez|avait|avaient) (?:plus|pas|jamais|presque plus|quasiment plus) de )rapports(?=[ \u00a0]+depuis|[ \u00a0]*(?:[.,;:!)]|$))|${E}jaculation pr${E}coce|(?<=(?:en|un|une) )(?:couple|relation) libre${END}|vaginisme|dyspareunie|anorgasmie|frigidit${E}|${E}changistes?${END}|(?<=(?:pratique|pratiquent|pratiquait|adepte de|adeptes de) l['’])${E}changisme${END}|pannes? sexuelles?${END}|(?<=(?:clubs?|soir${E}es?|milieux?|couples?|sites?) )libertine?s?${END}|(?<=(?:est|suis|sont|${E}tait) )polyamoureu(?:x|ses?)${END}`, avoid: SEX_TOPIC, needsPerson: true },
  // genetic data (RGPD art. 9): a DNA test, a mutation carried, a predisposition, a genome sequenced (« a fait séquencer
  // son génome »), as a genealogist's or a naturopath's notes keep them of someone — not a breeder's dog tested, nor a lab's or a seed's catalogue
  { type: 'genetic', phrase: `tests? (?:ADN|g${E}n${E}tiques?|de paternit${E}|pr${E}dictifs?)${END}|(?:(?<=(?:fait|faire|fera) )s${E}quencer|s${E}quen[cç]age de) (?:son|sa|leur|mon|ma) (?:g${E}nome|ADN)${END}|analyses? (?:ADN|g${E}n${E}tiques?)${END}|porteu(?:r|se)s? (?:sains?e?s? )?(?:d['’]une |de la |du |d['’]|des )?(?:mutations?|g${E}nes?|anomalies? g${E}n${E}tiques?)${END}|porteu(?:r|se)s? saine?s?${END}|mutations? (?:(?:du |des |de son |d['’]un )?g${E}nes? )?(?:BRCA ?[12]?|g${E}n${E}tiques?)${END}|pr${E}dispositions? g${E}n${E}tiques?|caryotype|profil g${E}n${E}tique|haplogroupe|(?:typage|groupe) HLA${END}|(?<=(?:est|suis|sont|${E}tait) )(?:h${E}t${E}ro|homo)zygotes?${END}|(?<=(?:son|sa|mon|ma|leur) )arbre ADN${END}|porte (?:le|un) g${E}ne (?:de (?:Huntington|la mucoviscidose|la dr${E}panocytose|l['’]h${E}mochromatose)|BRCA ?[12]?)${END}|anomalies? (?:chromosomiques?|g${E}n${E}tiques?)${END}`, avoid: `${TOPIC}|${GUIDE}|chiens?${END}|chiots?${END}|chats?${END}|chatons?${END}|chevaux${END}|cheval${END}|juments?${END}|${E}talons?${END}|${E}levages?${END}|${E}leveu(?:r|se)s?${END}|races?${END}|v${E}t${E}rinaire|pedigree|\\bLOF\\b|bovins?|semences?|graines?|plantes?|vari${E}t${E}s?|OGM|catalogue|tarifs?|prix`, needsPerson: true },
  // (an affair with the partner as the subject: « son mari la trompait », « Sa femme l'a trompé »)
  { type: 'sex_life', phrase: `(?:la|le|me|l['’](?:a|avait)) tromp(?:e|ait|aient|ent|${E}e?)${END}`, before: `(?<![\\p{L}])(?:${PARTNERS}) $`, avoid: TOPIC, needsPerson: true },
  // a gender identity (« Mme Blanc est transgenre », « une femme trans », « en transition de genre », « Léo se dit non
  // binaire », a cell's « est non binaire » beside the name), read with the sex life as the WHO's ICD-11 files it under
  // sexual health, and a transition made (« Elle a fait sa transition », « Léo a commencé sa transition »); not a file
  // « non binaire », a career's or a firm's transition (« sa transition professionnelle », « numérique », « vers le bio »)
  { type: 'sex_life', phrase: `transgenres?${END}|transidentit${E}${END}|(?:transition|r${E}assignation) (?:de genre|sexuelle)${END}|changement (?:de sexe|de la mention (?:du )?sexe)${END}|(?:femme|homme|personne|jeune|ado) trans(?![\\p{L}\\d-])|(?<=(?:fait|faire|commenc${E}|commence|d${E}but${E}|entam${E}) )sa transition${END}(?! (?:vers|professionnelle|num${E}rique|${E}nerg${E}tique|${E}cologique|digitale|alimentaire|de carri|de poste)${END})`, avoid: SEX_TOPIC, needsPerson: true },
  { type: 'sex_life', phrase: `non[- ]binaires?${END}`, before: `(?<![\\p{L}])(?:(?!(?:fichiers?|formats?|codes?|mode|syst${E}me|logique|signal|flux|le|la|ce|cet|cette|tout|rien|[çc]a) )[\\p{L}-]+ (?:est|suis|${E}tait)|${LINE_OR_CELL_START}(?:est|${E}tait)|personnes?|jeunes?|ados?|enfants?|se dit|se d${E}finit comme|identit${E}) $`, avoid: SEX_TOPIC, needsPerson: true },
  // The phrases below are read only after their words (`before`: an expression of its own, tried once the phrase is found;
  // as lookbehinds in the categories' alternations, their alternatives cost native code, see native-code.test.ts). Each
  // comes last, where an earlier phrase of its category that matches at the same spot keeps it.
  // a faint, a spa cure, a baby lost, a relapse, anxieties (a booking's notes, a client's e-mail: « a fait une syncope »,
  // « revient d'une cure thermale », « a perdu son bébé », « vient de perdre son bébé », « Je fais une rechute »,
  // « Motif : angoisses », « vient pour ses angoisses », « séance de sophrologie (angoisses) »), not a bassist's
  // syncopation, a spa town's « station de cure thermale », « a perdu son bébé de vue », « Le chômage fait une
  // rechute », « Les angoisses de la page blanche », « Atelier sophrologie (angoisses) »
  { type: 'health', phrase: `syncopes?${END}(?! (?:sur|dans|entre|[àa] la (?:mesure|basse|batterie|guitare)))`, before: `(?<![\\p{L}])(?:fait|fais|faisait|a fait|avait fait|a eu|avait eu) (?:une |des |plusieurs )?$`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `cure thermale${END}`, before: `(?:(?:est|suis|sont|${E}tait|part|partira|partie?) en|(?:revient|rentre|retour|sort|sortie?|revenue?|rentr${E}e?) d['’]une|(?:fait|fais|faisait|fera|suit|suivi|suivie) (?:une|sa)|sa) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `(?:perdu|perdre) (?:son|leur|mon|notre) b${E}b${E}${END}(?! (?:de vue|des yeux|dans|au|[àa] la|chez|chat|chien|lapin|phoque|dinosaure|tigre|doudou))`, before: `(?<![\\p{L}])(?:a|ai|avait|ont|avons|avaient|vient de|viens de|venons de|viennent de) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `rechute${END}`, before: `(?:(?:(?<![\\p{L}])(?:je|il|elle|j['’]ai|il a|elle a|vient de|viens de)|${TITLED_NAME} a) (?:fait|fais|faisait|faire) une |(?:est|suis|sont|${E}tait|${E}tais) en )$`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `angoisses${END}`, before: `(?:(?:a des|ai des|avait des|fait des|faisait des|sujette? aux|motifs? ?:|pour (?:ses|mes)|consulte pour des) |(?:s${E}ance|rdv|rendez-vous|consultation)[^()\\n]{0,30}\\()$`, avoid: `${TOPIC}|g${E}rer|apaiser|calmer|soulager|(?:aides?|aider)${END}|accompagne`, needsPerson: true },
  // a Friday's abstinence kept (« M. Roux ne mange pas de viande le vendredi »), not a canteen's « On ne mange jamais de
  // viande le vendredi à la cantine »
  { type: 'religion', phrase: `viande le vendredi${END}`, before: `(?<![\\p{L}])(?<!(?<![\\p{L}])on (?:ne )?)(?:mange|mangent|mangeait|mangeons|mangeaient) (?:pas|jamais|plus) de $`, avoid: 'école|collège|lycée|association|institution|enseignement|histoire', needsPerson: true },
  // an ignition interlock imposed (a driving school's « M. Roux doit avoir un éthylotest anti-démarrage »), not a coach
  // company's « Nos cars ont un éthylotest anti-démarrage »
  { type: 'criminal_offence', phrase: `${E}thylotest anti-?d${E}marrage${END}`, before: `(?:(?:permis|conduire|conduit|conduite) (?:avec|sous)|(?:oblig${E}e?|obligation) d['’](?:avoir )?|(?:doit|devra) (?:avoir|installer|faire installer)) (?:un )?$`, avoid: OFFENCE_TOPIC, needsPerson: true },
  // a psychologist's notes: self-harm, Asperger's said of someone (« M. Roux se mutile », « est Asperger »); sexual abuse,
  // rape, harassment suffered (« a subi des attouchements », « Mme Blanc a été violée à 17 ans », « a été harcelé au
  // travail »), not a law « violée », « harcelé de questions »
  { type: 'health', phrase: `mutil(?:e|ait|ent|${E}e?)${END}`, before: `(?<![\\p{L}])(?:se|me|te|s['’]est|s['’]${E}tait) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `asperger${END}`, before: `(?<![\\p{L}])(?:est|suis|sont|${E}tait|diagnostiqu${E}e?|autiste) $`, avoid: TOPIC, needsPerson: true },
  { type: 'criminal_offence', phrase: `attouchements?(?: sexuels?)?${END}`, before: `(?:(?:subi|subit|subissait|victime de) (?:des |d['’]|les )?|victime d['’])$`, avoid: OFFENCE_TOPIC, needsPerson: true },
  { type: 'criminal_offence', phrase: `viol${E}e?${END}`, before: `(?:${SUFFERED}) $`, avoid: OFFENCE_TOPIC, needsPerson: true },
  // an assault suffered or committed (« Mme Blanc a été agressée en rentrant », « s'est fait agresser dans le métro »,
  // « il l'a agressée », « M. Roux a agressé sa voisine »), not a skin « agressée par le froid »
  { type: 'criminal_offence', phrase: `agress(?:${E}e?|er)${END}(?! (?:(?:les?|la|mes|ses) (?:yeux|peau|cheveux|cuir)|l['’](?:[œo]il|${E}piderme)))`, before: `(?:${SUFFERED}|(?<![\\p{L}])(?:s['’]est|se sont|me suis|s['’]${E}tait) fait[es]?|(?<![\\p{L}])(?:l['’]|m['’]|elle |il |${TITLED_NAME} )(?:a|avait|aurait)) $`, avoid: OFFENCE_TOPIC, needsPerson: true },
  { type: 'criminal_offence', phrase: `harcel${E}e?${END}(?! (?:de (?:questions|messages|appels|coups de fil|demandes|mails|courriels|publicit${E}s?)|par (?:les |des )?(?:moustiques|journalistes|m${E}dias|paparazzi|d${E}marcheurs)))`, before: `(?:${SUFFERED}|(?<![\\p{L}])(?:elle|il|je|${TITLED_NAME}) (?:est|suis|${E}tait|${E}tais|se sent|se sentait|me sens)) $`, avoid: OFFENCE_TOPIC, needsPerson: true },
  // a suicide (a funeral director's, a psychologist's notes: « M. Roux s'est suicidé », « Cause du décès : suicide »,
  // « Son frère a mis fin à ses jours », « a tenté de se suicider », « Elle est suicidaire »; the cause first:
  // « suicide » is « suicid(é) » too)
  { type: 'health', phrase: `suicide${END}(?! (?:politique|social|commercial|professionnel|m${E}diatique|${E}lectoral|${E}conomique|collectif))`, before: `(?:cause (?:du|de son|de sa) d${E}c${E}s(?: (?:de |d['’])[^:\\n]{1,30})?${COLON}|(?:d${E}c${E}d${E}e?|morte?|disparue?) par |(?:son|sa) )$`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `suicid${E}e?s?${END}`, before: `(?<![\\p{L}])(?:s['’]est|s['’]${E}tait|se sont|s['’]${E}taient) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `suicidaires?${END}`, before: `(?<![\\p{L}])(?:est|suis|sont|${E}tait|semble|semblait|devient|devenue?|tr${E}s|tendances?) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `(?:mis fin [àa] ses jours|donn${E} la mort|tent${E} de (?:se suicider|mettre fin [àa] ses jours|se donner la mort))${END}`, before: `(?<![\\p{L}])(?:a|avait|ont|s['’]est|s['’]${E}tait|se sont) $`, avoid: TOPIC, needsPerson: true },
  // oxygen at home (a nurse's, a travel agent's notes: « Mme Roux voyage avec sa bouteille d'oxygène », « sous
  // oxygénothérapie »), not a welder's bottle
  { type: 'health', phrase: `(?:bouteilles?|concentrateur|extracteur) d['’]oxyg${E}ne${END}`, before: `(?<![\\p{L}])(?:sa|ses|son|leur) $`, avoid: `${TOPIC}|plong${E}e|chalumeau|soudure|soudage|aquarium`, needsPerson: true },
  { type: 'health', phrase: `oxyg${E}noth${E}rapie${END}`, avoid: TOPIC, needsPerson: true },
  // a walking frame, a medical bed someone has or needs (a home help's, a landlord's notes: « Mme Blanc a un déambulateur »,
  // « M. Roux a besoin d'un lit médicalisé »; a care plan's list: « Mme Roux : déambulateur, aide au lever »), not a
  // shop's « location de lit médicalisé »
  { type: 'health', phrase: `(?:d${E}ambulateur|lit m${E}dicalis${E}|fauteuil garde-robe|l${E}ve-personnes?|verticalisateur|chaise perc${E}e)${END}`, before: `(?:(?:(?<![\\p{L}])(?:a|avait|avec|utilise) |besoin d['’])(?:un |une |son |sa )|[:,][ \\u00a0]*)$`, avoid: TOPIC, needsPerson: true },
  // an operation undergone, said alone of someone (a client's « J'ai été opérée la semaine dernière », « Elle a été opérée
  // hier »), not a transfer's « le virement a été opéré »
  { type: 'health', phrase: `op${E}r${E}e?${END}`, before: `(?:(?<![\\p{L}])(?:il|elle) (?:a|avait)|j['’](?:ai|avais)|${TITLED_NAME} (?:a|avait)) ${E}t${E} $`, avoid: TOPIC, needsPerson: true },
  // water retention, as a naturopath's or a lymphatic drainer's notes say it (« M. Roux fait de la rétention d'eau »), not a
  // tank's
  { type: 'health', phrase: `r${E}tention d['’]eau${END}(?! (?:de|du|des|d['’]|dans|en)${END})`, before: `(?<![\\p{L}])(?:fait|fais|faisait|font) de la $`, avoid: TOPIC, needsPerson: true },
  // someone fitted with hearing aids (an audiologist's « M. Roux, surdité bilatérale, appareillé », « Mme Blanc est
  // appareillée »)
  { type: 'health', phrase: `appareill${E}e?s?(?: des deux oreilles| auditivement)?${END}`, before: `(?:(?<![\\p{L}])(?:est|suis|sont|${E}tait)|[\\p{L}.],) $`, avoid: TOPIC, needsPerson: true },
  // someone going to a nursing home (« M. Roux part en EHPAD le 3 avril »), not to work there
  { type: 'health', phrase: `EHPAD\\b`, before: `(?<![\\p{L}])(?:part|partie|partira|va|ira|admise?|install${E}e?|d${E}m${E}nage) en $`, avoid: `${TOPIC}|travaill|stage|emploi|postes?${END}|aide-soignante?|infirmi|animat|b${E}n${E}vol|visite`, needsPerson: true },
  // a disabled worker, a disabled sport's player said so (« M. Roux, travailleur handicapé, contribution AGEFIPH »,
  // « Licencié handisport : M. Roux »), or disabled in an apposition (« Mme Roux, handicapée, demande un logement »), not an
  // offer's « ouvert à tout travailleur handicapé »
  { type: 'health', phrase: `travailleu(?:r|se) handicap${E}e?${END}|handicap${E}e?(?=[,.;)])`, before: `(?:(?<![\\p{L}])(?:est|suis|${E}tait|comme|en tant que)|[\\p{L}.],) $`, avoid: `${TOPIC}|ouvert|offres?${END}|recrut|obligation|OETH|taux|%`, needsPerson: true },
  { type: 'health', phrase: `handisport${END}`, before: `(?<![\\p{L}])(?:licenci${E}e?s?|athl${E}tes?|joueu(?:r|se)s?|nageu(?:r|se)s?|sporti(?:f|ve)s?|cavali(?:er|${E}re)s?|escrimeu(?:r|se)s?) $`, avoid: `${TOPIC}|clubs?${END}|f${E}d${E}ration|comit${E}|section|championnat`, needsPerson: true },
  // a female genital mutilation suffered, as an association helping migrants notes it (« Mme Koné a subi une excision »,
  // « est excisée »), not a campaign against it
  { type: 'health', phrase: `excis${E}e${END}`, before: `(?<![\\p{L}])(?:est|a ${E}t${E}|${E}t${E}|${E}tait) $`, avoid: `${TOPIC}|lutte|journ${E}e`, needsPerson: true },
  { type: 'health', phrase: `excision${END}`, before: `(?:(?:subi|subit) (?:une )?|(?:victime|menac${E}e|risque) d['’](?:une )?)$`, avoid: `${TOPIC}|lutte|journ${E}e`, needsPerson: true },
  // (and the verb, its subject before: « M. Roux arrête de fumer », « J'arrête de fumer »; not « Il arrête de fumer le
  // saumon »)
  { type: 'health', phrase: `arr${E}te de fumer${END}(?! (?:le |la |les |du |des |l['’])(?:saumon|poissons?|viande|jambon|lard|truites?|harengs?|canard|magrets?|fromages?|saucisses?))`, before: `(?:(?<![\\p{L}])(?:il|elle|je|veut|voudrait|va|essaie d['’]|tente d['’]|essaye d['’]|${TITLED_NAME})[ ]|(?<![\\p{L}])j['’])$`, avoid: `${TOPIC}|${GUIDE}|conseils?${END}|bienfaits|pourquoi|comment`, needsPerson: true },
  // someone living, working or cared for in a home or a workshop for disabled people, a day hospital (« M. Roux
  // travaille en ESAT », « vit en MAS », « est hébergée en foyer d'accueil médicalisé », « est en hôpital de jour »), not
  // its staff nor its services (« L'ESAT de Brest propose ses services de jardinage »)
  { type: 'health', phrase: `(?:ESAT|FAM|MAS|HDJ|CATTP)${END}`, before: CARED_IN, avoid: CARE_STAFF, needsPerson: true, upper: true },
  { type: 'health', phrase: `(?:foyer de vie|foyer d['’]accueil m${E}dicalis${E}|maison d['’]accueil sp${E}cialis${E}e|h[oô]pital de jour)${END}`, before: CARED_IN, avoid: CARE_STAFF, needsPerson: true },
  // a sleep apnoea's machine (« M. Roux porte une PPC la nuit », « Mme Blanc est sous CPAP »), not a supplier's
  { type: 'health', phrase: `(?:PPC|CPAP)${END}`, before: `(?<![\\p{L}])(?:une|sa|son|la|sous|porte|portent|avec|machine|appareil) $`, avoid: `${TOPIC}|location|vente|prestataires?${END}|tarifs?${END}|fournisseur|pharmacie`, needsPerson: true, upper: true },
  // an occupational disease claimed (« Demande de reconnaissance de maladie professionnelle pour M. Morel »), not the
  // law's tables
  { type: 'health', phrase: `maladie professionnelle${END}`, before: `(?:reconnaissance|d${E}claration|demande|dossier|certificat|rente|indemnisation) (?:de |d['’]une |en )$`, avoid: `${TOPIC}|tableaux?${END}|liste des`, needsPerson: true },
  // a defendant, a civil party, a prison's visiting room (a lawyer's, a translator's agenda: « Mme Blanc, prévenue dans
  // l'affaire de vol », « prévenu pour conduite en état d'ivresse », « M. Roux s'est constitué partie civile »,
  // « Parloir avec M. Roux jeudi »), not someone told (« prévenue de notre arrivée », « m'a prévenu pour la réunion »)
  // nor a convent's parlour
  { type: 'criminal_offence', phrase: `pr${E}venue?s? (?:dans l['’]affaire|(?:pour|de) (?:${OFFENCES}))${END}`, avoid: `${OFFENCE_TOPIC}|${GUIDE}`, needsPerson: true },
  { type: 'criminal_offence', phrase: `partie civile${END}`, before: `(?<![\\p{L}])(?:constitu${E}e?s?|est|sont|${E}tait|porte|port${E}e?s?) $`, avoid: `${OFFENCE_TOPIC}|${GUIDE}|comment`, needsPerson: true },
  { type: 'criminal_offence', phrase: `parloirs?${END}`, avoid: `${OFFENCE_TOPIC}|couvent|monast${E}re|abbaye|ch[âa]teau|${E}cole|coll${E}ge|lyc${E}e|pensionnat`, needsPerson: true },
  // a diabetic's blood sugar test (« HbA1c 8,2 % » in a nurse's or a dietician's notes)
  { type: 'health', phrase: `HbA1c${END}`, avoid: TOPIC, needsPerson: true },
  // infertility said of someone (a dating agency's, a coach's notes: « M. Roux est stérile », « Mme Blanc ne peut pas
  // avoir d'enfants »), not sterile equipment nor a sterile debate
  { type: 'health', phrase: `st${E}riles?${END}`, before: `(?<![\\p{L}])(?:est|suis|sont|${E}tait|devenue?s?|serait) $`,
    avoid: `${TOPIC}|mat${E}riel|compresses?${END}|champs?${END}|instruments?${END}|gants?${END}|seringues?${END}|milieu|emballages?${END}|pansements?${END}|aiguilles?${END}|terres?${END}|terrains?${END}|d${E}bats?${END}|discussions?${END}|r${E}unions?${END}|pol${E}mique`, needsPerson: true },
  { type: 'health', phrase: `avoir d['’]enfants?${END}(?! (?:[àa]|au|dans|chez|sur|en|pendant)${END})`, before: `(?<![\\p{L}])ne (?:peut|pouvait|peuvent|pourra|pourront) (?:pas|plus|jamais) $`, avoid: TOPIC, needsPerson: true },
  // an overdose (a psychologist's notes: « Mme Blanc a fait une overdose en 2020 »), not a figure of speech
  { type: 'health', phrase: `(?:overdose|surdose)${END}(?! (?:de (?:travail|r${E}unions?|sucre|informations?|caf${E})|d['’]))`, before: `(?:(?:fait|faite|fera|faisait|failli faire) |victime d['’])une $`, avoid: TOPIC, needsPerson: true },
  // a history named by its illness (a loan insurance broker's notes: « surprime de 50 % pour antécédent cardiaque »,
  // « des antécédents de cancer »)
  { type: 'health', phrase: `ant${E}c${E}dents? (?:cardiaques?|cardio-?vasculaires?|psychiatriques?|de (?:cancer|d${E}pression|diab${E}te|tuberculose|AVC|infarctus|phl${E}bite|thrombose|burn-out))${END}`, avoid: `${TOPIC}|judiciaires?${END}|p${E}nal`, needsPerson: true },
  // a diabetic on insulin said so (« M. Roux est insulino-dépendant »), not a form's « Diabète : non
  // insulino-dépendant »
  { type: 'health', phrase: `insulino-?(?:d${E}pendante?|requ${E}rante?|trait${E}e?)s?${END}`, before: `(?<![\\p{L}])(?:est|suis|sont|${E}tait|diab${E}tiques?|diab${E}te) $`, avoid: TOPIC, needsPerson: true },
  // a dating agency's card: a man who looks for a man, a woman for a woman (« M. Roux, 45 ans, recherche un homme pour
  // relation sérieuse »), not a job's (« Il recherche un homme pour le chantier », « une femme de ménage »)
  { type: 'sexual_orientation', phrase: `(?:re)?cherche (?:un homme|des hommes)${END}(?!${NOT_A_PARTNER})`, before: `(?<![\\p{L}])(?:m\\.|monsieur|il|homme)(?: [\\p{L}-]+)?(?:,[^,.;\\n]{1,20}){0,3},? $`, avoid: A_JOB, needsPerson: true },
  { type: 'sexual_orientation', phrase: `(?:re)?cherche (?:une femme|des femmes)${END}(?!${NOT_A_PARTNER})`, before: `(?<![\\p{L}])(?:mme|madame|mlle|mademoiselle|elle|femme)(?: [\\p{L}-]+)?(?:,[^,.;\\n]{1,20}){0,3},? $`, avoid: A_JOB, needsPerson: true },
  // one's homosexuality named (« Mme Petrova a été persécutée pour son homosexualité », « Il assume son homosexualité »)
  { type: 'sexual_orientation', phrase: `(?:homo|bi)sexualit${E}${END}`, before: `(?<![\\p{L}])(?:son|leur|mon|ton|notre) $`, avoid: `${TOPIC}|d${E}p${E}nalis|histoire`, needsPerson: true },
  // one persecuted for their political opinions, an opponent, a political refugee (an association helping migrants: « M.
  // Ali a été emprisonné pour ses opinions politiques », « M. Roux est un opposant politique », « Mme Nguyen, réfugiée
  // politique », « est opposante au régime »)
  { type: 'political', phrase: `(?:opinions?|convictions?|id${E}es|engagements?|activit${E}s?) politiques?${END}`, before: `(?:pers${E}cut${E}e?s?|emprisonn${E}e?s?|arr${E}t${E}e?s?|menac${E}e?s?|condamn${E}e?s?|licenci${E}e?s?|tortur${E}e?s?|d${E}tenue?s?|discrimin${E}e?s?|en raison de|[àa] cause de) (?:pour )?(?:ses|son|sa|leurs?) $`, avoid: POLITICAL_TOPIC, needsPerson: true },
  { type: 'political', phrase: `(?:opposante?|r${E}fugi${E}e?|prisonni(?:er|${E}re)|dissidente?) politique${END}|opposante? (?:au r${E}gime|[àa] la (?:dictature|junte))${END}`, before: `(?<![\\p{L}])(?:(?:est|suis|${E}tait|un|une|comme|statut de) |en tant qu['’]|statut d['’])$|\\p{L}, $`, avoid: POLITICAL_TOPIC, needsPerson: true },
  // a party unnamed, a party all the same (« M. Yilmaz, militant d'un parti d'opposition », « Mme Sow est membre d'un
  // parti politique interdit », « Il milite dans un parti d'opposition »): not « un militant » nor « le militant »
  { type: 'political', phrase: `(?:(?:militante?|membre|adh${E}rente?) d['’]|(?:milit(?:e|ait|ent) (?:dans|pour)|engag${E}e? dans) )un parti (?:politique|d['’]opposition|(?:inter|dis)dit)${END}`,
    before: `(?:(?<![\\p{L}])(?:est|suis|${E}tait|il|elle|je)|\\p{L},|(?<![\\p{L}])(?:m\\.|mme|monsieur|madame) [\\p{L}-]+) $`, avoid: POLITICAL_TOPIC, needsPerson: true },
  // a libertine said so (« M. Roux est libertin », « Le couple pratique le libertinage »), not a novel's
  { type: 'sex_life', phrase: `libertin(?:e|es|s)?${END}`, before: `(?<![\\p{L}])(?:est|suis|sont|${E}tait|sommes|couple) $`, avoid: SEX_TOPIC, needsPerson: true },
  { type: 'sex_life', phrase: `libertinage${END}`, before: `(?:pratiqu\\p{L}{0,4}|adeptes? d[ue]|aime(?:nt)?) (?:le )?$`, avoid: SEX_TOPIC, needsPerson: true },
  // The phrases below were alternatives of the entries above, each behind a lookbehind (the words before it); read
  // after their words, the same as above, the fiftieth session's 38 took the detectors' native code from 9.67 to 9.34
  // MiB (native-code.test.ts). Where no comment says what one reads and leaves, the entry it came from above does.
  // what someone says they are (« se dit anarchiste », « est communiste », a coach's « il est écolo convaincu »): not a
  // régime or a party's name
  { type: 'political', phrase: `(?:(?:anarchiste|communiste|trotskiste|royaliste|monarchiste|gaulliste|libertaire|maoïste|marxiste|antifa)s?\\b|${E}colos? (?:convaincue?s?|militante?s?)${END})`, before: `(?:se dit|se déclare|se revendique|se définit comme|est|suis|sont|êtes|était) (?:une? )?(?:militante? )?$`, avoid: 'régime|pays|état|gouvernement|parti|journal|chine|cuba|urss|histoire', needsPerson: true },
  // a fast kept (« fait le ramadan », « pendant le mois de ramadan »), someone's, not its dates (« Le jeûne du ramadan
  // commence le 1er mars ») nor a blog's season (« Pendant le ramadan, de nombreux musulmans pratiquent le jeûne »)
  { type: 'religion', phrase: `ramadan(?! (?:commence|commencera|d${E}bute|d${E}butera|se termine|prend fin|arrive))`, before: `(?:fait|faire|fais|observe|respecte|jeûne|jeûner|pendant) (?:le |du |son )?(?:mois (?:de |du ))?$`, avoid: FAITH_KEPT_AVOID, needsPerson: true },
  // a member of a church named by its doctrine (« M. Roux est adepte de la scientologie », « membre de l'Église de
  // scientologie »), not a documentary's « un reportage sur la scientologie »
  { type: 'religion', phrase: `scientologie${END}`, before: `(?:adeptes?|membres?|fid${E}les?) de (?:l['’]${E}glise de )?(?:la )?$`, avoid: WORSHIP_AVOID, needsPerson: true },
  // intimacy gone, unfaithfulness, paid sex, pornography, BDSM, impotence, a lover (see the affair's phrase above)
  { type: 'sex_life', phrase: `relations intimes${END}`, before: `n['’](?:a|ai|ont|avons|avez|avait|avaient) (?:plus|pas|jamais|presque plus) de $`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `infid${E}les?${END}`, before: `(?:a ${E}t${E}|ai ${E}t${E}|est|${E}tait|sont) $`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `prostitu(?:${E}e?s?|ait|aient|ent|er)${END}`, before: `(?:(?:fr${E}quente|fr${E}quentait|fr${E}quentent|va voir|allait voir|paie|paye|payait|clients? de|clients? des|a recours [àa]|avait recours [àa]) (?:des |les |une )?|(?<![\\p{L}])se )$`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `porno(?:graphie)?${END}`, before: `(?:(?:regarde|regardait|regardent|consomme|consommait) (?:beaucoup de |trop de |de la |du )?|(?:addiction|addicte?s?|d${E}pendante?) [àa] la )$`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `(?:BDSM|sadomasochisme)${END}`, before: `(?:pratique|pratiquent|pratiquait|adepte du|adeptes du) (?:le )?$`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `impuissant${END}(?! (?:face|devant|[àa]|contre|pour))`, before: `(?<![\\p{L}])(?:il est|il ${E}tait|il est devenu|je suis|je suis devenu) $`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `vie intime${END}`, before: `dans (?:leur|sa|son) $`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `amant${END}`, before: `(?:a|avait) un $`, avoid: SEX_DEED_AVOID, needsPerson: true },
  // a mistress said of a man or of a partner (« M. Roux a une maîtresse depuis deux ans », « son mari a une maîtresse »), not a
  // pupil's teacher (« Léo a une maîtresse sévère »)
  { type: 'sex_life', phrase: `ma[îi]tresse${END}`, before: `(?:(?:m\\.|monsieur) [\\p{L}'’-]+|(?<![\\p{L}])(?:son|mon|leur) (?:mari|compagnon|conjoint|${E}poux)) (?:a|avait|aurait) une $`, avoid: SEX_DEED_AVOID, needsPerson: true },
  // pain during sex, as a couple counsellor or a sexologist notes it (« Mme Blanc a des douleurs pendant les rapports »)
  { type: 'sex_life', phrase: `rapports${END}(?! (?:(?:de|du|des|avec|entre|trimestriels|annuels|mensuels|hebdomadaires|financiers|m${E}dicaux)${END}|d['’]))`, before: `douleurs? (?:pendant|lors des|durant) (?:les )?$`, avoid: SEX_DEED_AVOID, needsPerson: true },
  { type: 'sex_life', phrase: `escort(?:s|[ -](?:girl|boy))?${END}`, before: `(?:(?:fr${E}quente|paie|paye) des |(?:travaille|travaillait|bosse) comme )$`, avoid: SEX_DEED_AVOID, needsPerson: true },
  // someone at the end of life (« Mme Roux est en fin de vie »)
  { type: 'health', phrase: `en fin de vie${END}`, before: `(?:(?<!(?:(?:de|du|chez) |d['’]))${TITLED_NAME}|(?<![\\p{L}])(?:mon|ma|sa|son|le|la) (?:p${E}re|m${E}re|mari|femme|${E}pouse|${E}poux|fils|fille|fr${E}re|s(?:œ|oe)ur|grand-p${E}re|grand-m${E}re|oncle|tante|compagnon|compagne|conjointe?)(?: (?:de|d['’]) ?${TITLED_NAME})?|(?<![\\p{L}])elle|patiente?|r${E}sidente?) (?:est|${E}tait) $`, avoid: PALLIATIVE_AVOID, needsPerson: true },
  // a partner of one's own sex, the subject a pronoun with only its verb's words between (« elle vit avec sa compagne »,
  // « il m'a parlé de son mari »), or a name come, married or in a civil union with them (« M. Roux est pacsé avec son
  // compagnon »), not another's (« elle a appelé le voisin et sa femme »: an article or « et » between),
  // an impersonal « il » (« il faut prévenir son mari »), a cleaner, a fellow traveller
  { type: 'sexual_orientation', phrase: `(?:sa femme|sa compagne|son ${E}pouse|sa petite (?:amie|copine)|une petite amie)(?! de (?:m${E}nage|chambre|service))(?![\\p{L}])`,
    before: `(?:(?<![\\p{L}])(?:elle(?: (?!(?:et|le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces)(?![\\p{L}]))[\\p{Ll}'’]+){0,5}|(?:mme|madame|mlle|mademoiselle) [\\p{L}'’-]+(?: [\\p{L}'’-]+)?(?: (?:est|${E}tait|sont) (?:venue?|arriv${E}e?|pass${E}e?|partie?|rentr${E}e?|mari${E}e?|pacs${E}e?))? (?:et|avec)) )$`, avoid: TOPIC },
  { type: 'sexual_orientation', phrase: `(?:son mari|son ${E}poux|son compagnon|son petit (?:ami|copain)|un petit ami)(?! (?:de (?:route|voyage|chambre|jeu|cellule|gal${E}re|infortune|travail|lutte)|d['’](?:armes|${E}quipe|infortune)|à quatre pattes))(?![\\p{L}])`,
    before: `(?:(?<![\\p{L}])il(?! (?:faut|fallait|faudra|y a|s['’]agit|suffit|convient|vaut|semble|para[iî]t|reste|est (?:conseill|recommand|important|n${E}cessaire|possible|pr${E}f${E}rable|demand|rappel|utile|temps|question)))(?: (?!(?:et|le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces)(?![\\p{L}]))[\\p{Ll}'’]+){0,5} |(?<![\\p{L}])(?:m\\.|monsieur) [\\p{L}'’-]+(?: [\\p{L}'’-]+)?(?: (?:est|${E}tait|sont) (?:venue?|arriv${E}e?|pass${E}e?|partie?|rentr${E}e?|mari${E}e?|pacs${E}e?))? (?:et|avec) )$`, avoid: TOPIC },
  // prayers (« fait sa prière », « a demandé des pauses pour la prière »), a feast kept (« pas de rendez-vous pendant
  // Kippour », « Absence de Mme Blanc : fête de Kippour »; see the worship's phrase above)
  { type: 'religion', phrase: `pri${E}res?\\b`, before: `(?:(?:fait|faire|fais|faisait|va [àa]|vais [àa]|aller [àa]) (?:sa|ses|la) |heure de (?:la )?|pauses? (?:pour (?:la |les |faire (?:la |sa |ses )?)?|de (?:la )?))$`, avoid: WORSHIP_AVOID, needsPerson: true },
  { type: 'religion', phrase: `(?:(?:Yom )?Kippour|A[iï]d(?: el-K${E}bir| el-Fitr)?|Roch Hachana|Hanoucca|Hanoukk?a|Pessa(?:h|ch)|Diwali)(?![\\p{L}])`, before: `(?:f${E}te|f${E}te de|f${E}tent|c${E}l${E}bre|fait|pour|pendant|durant|je[uû]ne du|je[uû]ne de) (?:l['’])?$`, avoid: WORSHIP_AVOID, needsPerson: true },
  { type: 'health', phrase: `vacciner${END}`, before: `(?:refuse|refusent|refusait|refusaient|ne veut pas|ne veulent pas|ne voulait pas|ne souhaite pas|ne souhaitent pas) (?:de )?(?:faire )?$`, avoid: VACCINE_AVOID, needsPerson: true },
  { type: 'health', phrase: `n${E}onat(?:alogie|ologie)?${END}`, before: `(?:(?:est|sont|${E}tait|toujours|encore|reste|transf${E}r${E}e?s?|hospitalis${E}e?s?|[(,;:—–]) ?en|(?:sort|sortie?s?|sortant|revenue?s?|retour) de) $`, avoid: NEWBORN_AVOID, needsPerson: true },
  { type: 'health', phrase: `douloureu(?:x|se)`, before: `(?:genoux?|${E}paule|cheville|hanche|poignet|coude|nuque|dos|pied|bras|jambe)(?: droite?| gauche)? $`, avoid: BODY_AVOID, needsPerson: true },
  { type: 'health', phrase: `covid(?:-19)?\\b`, before: `(?:a eu|ai eu|a|ai|as|avait|avons|ont|attrap${E}|contract${E}|positive? au|malade du|atteinte? du) (?:le |la )?$`, avoid: COVID_AVOID, needsPerson: true },
  // a heavy treatment taken (« M. Roux prend un traitement lourd », « elle est sous traitement lourd »), not a timber's
  // (« traitement lourd de la charpente »); before the medicines' entry, which would hide it where its own verbs are missing
  { type: 'health', phrase: `traitements? lourds?${END}(?! (?:de|du|des|d['’]|contre|pour|anti|[àa] (?:faire|lancer|effectuer|r${E}aliser|appliquer|pr${E}voir))${END})`, before: `(?<![\\p{L}])(?:prend|prends|prenait|prennent|prendre|pris|suit|suis|suivait|suivent|suivre|a|ai|avait|ont|re[çc]oit|recevait|sous|avec|refuse|refus${E}|oublie|oubli${E}|donner|donn${E}|pr${E}par${E}|pr${E}parer) (?:un |son |sa |ses |des |leur |leurs |ce |cet )?$`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `(?:m${E}dicaments|traitement|pilulier)${END}(?! (?:de (?:texte|donn${E}es|l['’]eau|surface|faveur)|thermique))`, before: `(?:refuse|refus${E}|oublie|oubli${E}|prend|pris|prendre|donner|donn${E}|pr${E}par${E}|pr${E}parer) (?:ses|son|sa) $`, avoid: MEDICINE_AVOID, needsPerson: true },
  // a day off for a religious holiday (a payroll's « Absence pour fête religieuse (Aïd) »), not a circular's rule (« les
  // autorisations d'absence pour fêtes religieuses sont accordées… »)
  { type: 'religion', phrase: `(?:f${E}tes? religieuses?|motifs? religieux)${END}`, before: `(?:absences?|absente?s?|cong${E}s?|r${E}cup${E}ration) pour (?:une |la |les )?$`, avoid: `${TOPIC}|autorisations?${END}|circulaire|calendrier|liste des|peuvent|peut |accord${E}es?|droit|fonction publique|r${E}glement|convention` },
  { type: 'criminal_offence', phrase: `(?:tribunal correctionnel|tribunal de police|cour d['’]assises)`, before: `(?:jug${E}e?s?|compara[iî]t|compara[iî]tra|comparue?s?|convoqu${E}e?s?|pass${E}e?s?|passe|passer|passera|compara[iî]tre|renvoy${E}e?s?) (?:devant |au |en |aux )(?:le |la )?$`, avoid: OFFENCE_TOPIC, needsPerson: true },
  { type: 'criminal_offence', phrase: `prison${END}`, before: `(?:(?:est|suis|sont|${E}tait|${E}t${E}|aller|ira|va|envoy${E}e?|fini|finir|mise?|retourn${E}e?) en|(?:sort|sortir|sorti|sortie|sortis|sorties|sortait|sortant|lib${E}r${E}e?|${E}vad${E}e?|revenue?) de|(?:fait|faire|fera|faisait|fais) de la|(?:mois|ans?|ann${E}es|jours|peine) de) $`, avoid: PRISON_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `maison d['’]arr${E}t`, before: `(?:est|${E}tait|${E}t${E}|sorti|sortie|sort) (?:de |à |en )?(?:la )?$`, avoid: PRISON_AVOID, needsPerson: true },
  // desire gone, as a sexologist's or a couple's therapist's notes say it (« n'a plus de désir depuis des mois », « une
  // baisse de désir depuis son traitement ») — not a wish (« n'a plus de désir de reprendre ses études », « désir d'enfant »)
  { type: 'sex_life', phrase: `d${E}sir${END}(?! (?:de (?!madame|monsieur|sa |son |la patiente|le patient)|d['’]|du |des ))`, before: `(?:(?:n['’](?:a|ai|as|avait|avaient|ont|avons|avez) plus|ne (?:ressent|ressens|ressentait|ressentent) plus) (?:de|aucun) |(?:baisse|perte|absence|manque|troubles?) (?:de|du) )$`, avoid: TOPIC, needsPerson: true },
  // a party's posters put up, its leaflets handed out (« Il colle des affiches pour le RN »)
  { type: 'political', phrase: `(?:affiches|tracts) (?:(?:pour|du|de la|de) (?:le |la |les )?|de l['’])${PARTIES}${END}`, before: `(?<![\\p{L}])(?:colle|collait|collent|collaient|coller|distribue|distribuait|distribuent|distribuer) (?:des |les )?$`, avoid: `interdi|d${E}fense de|sondage|journal|reportage|article` },
  // a vaccination received (« Il a été vacciné contre le covid », « Léa (4 ans) : vaccinée contre la rougeole »), its
  // verb or a label before it: not a rule (« Les enfants vaccinés contre la rougeole sont protégés », « Il faut être
  // vacciné contre la fièvre jaune »), nor a pet's rabies
  { type: 'health', phrase: `vaccin${E}e?s? contre (?:le |la |l['’]|les )?(?:covid(?:-19)?|grippe|h${E}patite(?: [AB])?|HPV|papillomavirus|rougeole|t${E}tanos|m${E}ningite|coqueluche|fi${E}vre jaune|tuberculose|zona|mpox|variole du singe)${END}`,
    before: `(?:(?<![\\p{L}])(?:est|suis|sont|${E}tait|${E}t${E}|bien|d${E}j[àa]|pas)|[:;,(]) $`, avoid: TOPIC, needsPerson: true },
  // a chronic pain, an anaphylactic shock someone has or had (« Elle a des douleurs chroniques », « a fait un choc
  // anaphylactique »): not a page's « La douleur chronique touche 20 % des adultes »
  { type: 'health', phrase: `douleurs? chroniques?${END}`, before: `(?<![\\p{L}])(?:(?:a|ai|avait|ont|avec) des|souffre de|souffrait de|souffrent de|ses|sa|[:;]) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `choc anaphylactique${END}`, before: `(?<![\\p{L}])(?:fait|eu|fera|ant${E}c${E}dents? de|suite à|apr${E}s) (?:un |des |de )?$`, avoid: TOPIC, needsPerson: true },
  // a gender identity said short, its subject before it (« Elle est trans », « Je suis trans »): not « trans-européen »
  { type: 'sex_life', phrase: `(?:est|suis|es|${E}tait) trans(?![\\p{L}\\d-])`, before: `(?<![\\p{L}])(?:il|elle|iel|je|tu|qui|${TITLED_NAME}) $`, avoid: TOPIC, needsPerson: true },
  // one's own therapist, as a client writes it (« Ma psy m'a conseillé de venir »): not a school's, a firm's (« ma
  // psychologue scolaire »), nor « son psy », which a guide says of anyone (« Comment choisir son psy ? »)
  // (the possessive opens it: the specialties' entry reads « psy » after its own words, and a `before` failing there would
  // hide this one)
  { type: 'health', phrase: `(?:mon|ma) psy(?:chiatre|chologue|choth${E}rapeute|chanalyste)?${END}(?! (?:scolaire|du travail|de l['’](?:${E}cole|entreprise)))`, avoid: TOPIC, needsPerson: true },
  // a list one stands or was elected on, named by its side (« élue sur la liste écologiste »), or a party's label (« élu
  // sous l'étiquette LR »), a person the subject of « est », « figure »; not « de gauche » (« son nom est sur la liste de
  // gauche » is a page's left-hand list), nor a product's « est sur la liste écologiste des fournisseurs »
  { type: 'political', phrase: `(?:sur (?:la|une) liste|sous l['’]${E}tiquette) (?:${E}cologiste|socialiste|communiste|insoumise|centriste|macroniste|d['’]union de la gauche|divers (?:gauche|droite)|d['’]extr${E}me[ -](?:droite|gauche))${END}|sous l['’]${E}tiquette (?:du |de la |des |de l['’]|de )?${PARTIES}${END}`,
    before: `(?<![\\p{L}])(?:(?:${E}lue?s?|r${E}${E}lue?s?|candidate?s?|conseill(?:er|${E}re)s? municipa(?:le?s?|ux)|pr${E}sent${E}e?s?)(?: municipale?s?)?|(?:il|elle|je|qui|(?<!(?:de|du|à|pour) )${TITLED_NAME}) (?:est|${E}tait|sera|figure|figurait|se pr${E}sente|s['’]est pr${E}sent${E}e?))(?: (?:aux municipales|en) \\d{4})? $`, avoid: SIDE_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `(?:violences (?:conjugales|sexuelles|physiques|psychologiques|intrafamiliales)|abus sexuels?)${END}`, before: `(?<![\\p{L}])(?:a|ai|avait|ont|avaient) subi (?:des |de |les )?$`, avoid: COMPLAINT_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `agression sexuelle${END}`, before: `subi une $`, avoid: COMPLAINT_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `SPIP${END}`, before: `(?:suivie?|convoqu${E}e?|courrier|lettre|rendez-vous|rdv) (?:par le |au |par les services du )$`, avoid: COMPLAINT_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `(?:juge d['’]application des peines|JAP)${END}`, before: `(?<![\\p{L}])(?:au|devant le|par le|(?:convoqu${E}e?|rendez-vous|rdv) (?:chez|avec) le) $`, avoid: COMPLAINT_AVOID, needsPerson: true },
  { type: 'religion', phrase: `la Mecque${END}`, before: `(?:parti|partie|partis|all${E}e?|va|vont|revient|revenue?|rentr${E}e?|retour) (?:[àa]|de) $`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `(?:hajj|hadj|omra|oumra)${END}`, before: `(?:fait|faire|fera|revient|rentre|retour|rentr${E}e?|pour) (?:le |du |son |sa |de |d['’]|la )?$`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `au culte${END}(?! (?:de|du|des|d['’]))`, before: `(?:va|vont|allait|vais|aller|se rend|se rendent) $`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `(?:prie|prient|priait) (?:cinq fois|tous les jours|chaque jour|chaque soir|matin et soir|beaucoup|r${E}guli${E}rement)${END}`, before: `(?<![\\p{L}])(?:il|elle|ils|elles|je|qui) $`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `cinq pri${E}res${END}`, before: `(?:ses|les|fait|faire) $`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `pieu(?:x|se)${END}`, before: `(?:est|${E}tait|tr${E}s|profond${E}ment) $`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  { type: 'religion', phrase: `(?:${E}cole coranique|cat${E}chisme|yeshiva|${E}cole talmudique|madrasa)${END}`, before: `(?:va|vont|allait|allaient|inscrite?s?) (?:[àa] l['’]|au |en )$`, avoid: PILGRIMAGE_AVOID, needsPerson: true },
  // a client's disability said beside them (a craftsman's or a landlord's notes: « Client aveugle, lui lire le devis »,
  // « Mme Roux, aveugle, vit seule », « Cliente à mobilité réduite, prévoir rampe »); not a place's (« Accès pour
  // personnes à mobilité réduite »), « une confiance aveugle », « un mur aveugle »
  { type: 'health', phrase: `aveugle${END}(?! (?:[àa]|aux|au|comme|sur|face|en)${END})`, before: `${PERSON_SAID} $`, avoid: DISABILITY_AVOID, needsPerson: true },
  { type: 'health', phrase: `mobilit${E} r${E}duite${END}`, before: `${PERSON_SAID} [àa] $`, avoid: DISABILITY_AVOID, needsPerson: true },
  // a suspended sentence or an electronic tag said briefly (« Il a un sursis avec mise à l'épreuve », « a écopé d'un
  // sursis », « Il est sous bracelet »), not a deadline's « sursis à statuer », « un sursis d'incorporation », a
  // respite's (« un sursis pour son déménagement »), a watch's
  { type: 'criminal_offence', phrase: `sursis(?: probatoire| simple| avec mise [àa] l['’]${E}preuve)?${END}(?! (?:[àa] |d['’]|pour |de (?!\\d|${COUNT_WORDS})))`, before: `(?:(?<![\\p{L}])(?:a|ai|avait|ont|a eu|ai eu|avait eu|a obtenu|a pris) (?:un |du )|(?:${E}cop${E}|${E}cope|${E}copait|b${E}n${E}fici${E}|b${E}n${E}ficie) d['’](?:un )?)$`, avoid: JUDICIAL_AVOID, needsPerson: true },
  { type: 'criminal_offence', phrase: `bracelet${END}(?! (?:en|de|d['’]|connect${E}|montre|fitness)${END})`, before: `(?<![\\p{L}])(?:est|suis|sont|${E}tait|${E}tais|mise?|plac${E}e?|reste|toujours) sous $`, avoid: JUDICIAL_AVOID, needsPerson: true },
  // a catheter worn, an exam's extra time for a disability (« Elle a un cathéter », « Il bénéficie d'un tiers-temps aux
  // examens »), not a hockey match's « deuxième tiers-temps », a job's « tiers-temps de travail » nor a catalogue's
  // « cathéter stérile »
  { type: 'health', phrase: `cath${E}ters?${END}`, before: `(?<![\\p{L}])(?:a|avait|porte|portait|avec|garde|gardait) (?:un|son|des|ses) $`, avoid: TOPIC, needsPerson: true },
  { type: 'health', phrase: `tiers[- ]temps${END}(?! (?:de |du |d['’]))`, before: `(?<![\\p{L}])(?:b${E}n${E}ficie|b${E}n${E}ficiait|b${E}n${E}fici${E}|obtenu|a|avait|aura|droit|demande|demand${E}) (?:d['’]un |un |au |du |[àa] un |le |d['’]|de )$`, avoid: TOPIC, needsPerson: true },
];
