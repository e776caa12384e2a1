// French first names (common ones, plus the @faker-js/faker fr locale list, copied as pure data:
// no faker import at runtime), and those of given-names.ts. Used to recognise "Prénom Nom" and "NOM
// Prénom" in free text.
import { foldedGivenNames, isGivenName, isGivenNameWord } from './given-names.ts';

const NAMES =
  "Aaron Abdon Abdonie Abel Abélard Abelin Abeline Abigaelle Abigaïl Abondance Abraham Absalon Acace" +
  ' ' +
  "Acacie Acanthe Achaire Achille Adalard Adalbald Adalbaude Adalbéron Adalbert Adalric Adalsinde Adam" +
  ' ' +
  "Adegrin Adegrine Adel Adélaïde Adèle Adélie Adelin Adeline Adelphe Adeltrude Adenet Adéodat Adhémar" +
  ' ' +
  "Adjutor Adolphe Adolphie Adonis Adonise Adrastée Adrehilde Adrien Adrienne Agapet Agathange Agathe" +
  ' ' +
  "Agathon Agilbert Agilberte Aglaé Agnan Agnane Agneflète Agnès Agrippin Agrippine Ahmed Aïcha Aimable" +
  ' ' +
  "Aimé Aimée Alain Alaine Alaïs Alban Albane Albérade Albéric Albert Alberte Alcibiade Alcide Alcidie" +
  ' ' +
  "Alcime Alcine Alcyone Aldegonde Aldonce Aldric Aleaume Aleth Alexandra Alexandre Alexandrine" +
  ' ' +
  "Alexanne Alexine Alexis Ali Alice Aliénor Aliette Aline Alix Alizé Alliaume Almine Almire Aloïs" +
  ' ' +
  "Aloïse Aloyse Alphée Alphonse Alphonsine Alpinien Althée Alverède Amaliane Amalric Amalthée Amande" +
  ' ' +
  "Amandin Amandine Amant Amante Amarande Amaranthe Amaryllis Ambre Ambroise Ambroisie Amédée Améliane" +
  ' ' +
  "Amélie Amélien Ameline Améthyste Amiel Amina Amine Aminte Amour Anaël Anaëlle Anaïs Anastase" +
  ' ' +
  "Anastasie Anatole Anatolie Ancelin Anceline Andéol Andoche André Andrée Anémone Angadrême Ange" +
  ' ' +
  "Angèle Angélina Angeline Angélique Angilbe Angilberte Angilran Angoustan Anicée Anicet Anicette Anna" +
  ' ' +
  "Annabelle Anne Annette Annibal Annie Annonciade Ansbert Ansberte Anselme Anstrudie Anthelme" +
  ' ' +
  "Anthelmette Anthony Antide Antigone Antoine Antoinette Antonin Antonine Aphélie Apollinaire Apolline" +
  ' ' +
  "Aquilin Aquiline Arabelle Arcade Arcadie Archambaud Archange Archibald Argine Arian Ariane Aricie" +
  ' ' +
  "Ariel Arielle Ariste Aristide Arlette Armance Armand Armande Armandine Armel Armeline Armelle Armide" +
  ' ' +
  "Armin Armine Arnaud Arnaude Arnould Arolde Arsène Arsènie Arsinoé Artémis Arthaud Arthème Arthur" +
  ' ' +
  "Arthurine Ascelin Asceline Ascension Assomption Astarté Astérie Astrée Astride Athalie Athanase" +
  ' ' +
  "Athanasie Athénaïs Athina Aube Aubertine Aubry Aude Audebert Audeline Audouin Audran Audrey Auguste" +
  ' ' +
  "Augustine Aure Aurèle Aurélie Aurélien Aurélienne Aurelle Aurian Auriane Aurore Auxane Auxence" +
  ' ' +
  "Aveline Avigaëlle Avoye Axel Axeline Axelle Aymard Aymardine Aymeric Aymon Aymonde Azalée Azélie" +
  ' ' +
  "Azeline Balthazar Baptiste Barbe Barnabé Barthélemy Bartimée Basile Basilisse Bastien Bathilde" +
  ' ' +
  "Baudouin Béatrice Bénédicte Bénigne Benjamin Benoît Béranger Bérangère Bérard Bérénice Bernadette" +
  ' ' +
  "Bernard Berthe Bertille Bertrand Betty Beuve Bilal Blaise Blanche Blandine Bohémond Bon Boniface" +
  ' ' +
  "Bouchard Briac Brice Brieuc Brigitte Brunehaut Brunehilde Bruno Calixte Camélien Camille Camillien" +
  ' ' +
  "Candide Capucine Caribert Carine Carloman Caroline Cassandre Cassien Catherine Cécile Cédric Céleste" +
  ' ' +
  "Célestin Célestine Célien Céline Césaire César Chantal Charlaine Charlemagne Charles Charline" +
  ' ' +
  "Charlotte Childebert Chilpéric Chloé Chrétien Christelle Christian Christiane Christine Christodule" +
  ' ' +
  "Christophe Chrysole Chrysostome Claire Clara Clarence Clarisse Claude Claudien Claudine Cléandre" +
  ' ' +
  "Clélie Clémence Clément Clémentine Cléry Clio Clotaire Clotilde Clovis Colette Colin Coline Côme" +
  ' ' +
  "Conception Constance Constant Constantin Coralie Coraline Corentin Corentine Corinne Cyprien" +
  ' ' +
  "Cyriaque Cyrielle Cyrille Damien Daniel Danielle Daphné David Débora Delphin Delphine Denis Denise" +
  ' ' +
  "Désiré Diane Didier Dieudonné Dieudonnée Dimitri Dominique Dorian Doriane Dorine Dorothée Douce" +
  ' ' +
  "Dylan Edgard Édith Edmée Edmond Édouard Éléonore Éleuthère Élia Éliane Élie Élisabeth Elise Élise" +
  ' ' +
  "Élisée Ella Elodie Élodie Éloïse Elsa Élzéar Émeline Émérance Émérencie Émeric Émile Emilie Émilie" +
  ' ' +
  "Emma Emmanuel Emmanuelle Emmelie Enguerrand Enzo Épiphane Eric Éric Ernest Ernestine Erwan Estelle" +
  ' ' +
  "Esther Ethan Étienne Eubert Eudes Eudoxe Eudoxie Eugène Eugénie Eulalie Euphrasie Eusèbe Eusébie" +
  ' ' +
  "Eustache Eva Evan Évangéline Évariste Ève Evelyne Évelyne Évrard Fabien Fabrice Falba Fanny Fantin" +
  ' ' +
  "Fantine Farida Fatima Faustine Félicie Félicité Félix Ferdinand Fiacre Fidèle Firmin Flavie Flavien" +
  ' ' +
  "Fleur Flodoard Flore Florence Florent Florestan Florian Florie Fortuné Fortunée Foulques France" +
  ' ' +
  "Francette Francia Francine Francisque Franck François Françoise Frédéric Frédérique Fulbert Fulcran" +
  ' ' +
  "Fulgence Gabin Gabriel Gabrielle Gaël Gaëlle Garance Garnier Gaspar Gaspard Gaston Gatien Gaud" +
  ' ' +
  "Gautier Gédéon Geneviève Geoffroy Georges Georgette Gérard Géraud Gerberge Gerbert Germain Germaine" +
  ' ' +
  "Gertrude Gervais Ghislain Gilbert Gilles Ginette Girart Gisèle Gislebert Gondebaud Gonthier Gontran" +
  ' ' +
  "Gonzague Grégoire Guenièvre Guérin Gui Guilhemine Guillaume Guillemette Gustave Gustavine Guy Guyot" +
  ' ' +
  "Gwenaëlle Hardouin Hector Hédelin Hélène Hélier Héloïse Henri Henriette Herbert Herluin Hermine" +
  ' ' +
  "Hervé Hilaire Hildebert Hincmar Hippolyte Honoré Honorine Hortense Hubert Hugo Hugues Huguette" +
  ' ' +
  "Ibrahim Inès Innocent Irène Irina Iris Isabeau Isabelle Iseult Isidore Ismérie Jacinthe Jacqueline" +
  ' ' +
  "Jacques Jade Janine Japhet Jason Jean Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc" +
  ' ' +
  "Jean-Marc Jean-Michel Jean-Paul Jean-Pierre Jeanne Jeanne d’Arc Jeannel Jeannot Jehanne Jérémie" +
  ' ' +
  "Jérémy Jérôme Joachim Joanny Job Jocelyn Jocelyne Joël Joëlle Johan Jonas Jonathan Joseph Joséphine" +
  ' ' +
  "Josiane Josse Josselin Jourdain Jude Judicaël Judith Jules Julia Julie Julien Juliette Juste Justin" +
  ' ' +
  "Justine Karim Karima Karine Kevin Kévin Khadija Laetitia Laëtitia Lætitia Lambert Landry Laura" +
  ' ' +
  "Laurane Laure Laureline Laurence Laurène Laurent Lauriane Laurine Lazare Léa Léandre Leïla Léna Léo" +
  ' ' +
  "Léon Léonard Léonie Léonne Léopold Léopoldine Leu Leufroy Libère Liétald Lilian Lina Lionel Loïc" +
  ' ' +
  "Lola Longin Lorrain Lorraine Lothaire Lou Louis Louise Loup Luc Lucas Lucie Lucien Lucienne Lucille" +
  ' ' +
  "Ludivine Ludolphe Ludovic Lydie Macaire Madeleine Maël Maëlle Magali Maguelone Mahaut Mallaury Malo" +
  ' ' +
  "Mamert Manassé Manon Marc Marceau Marcel Marcelin Marceline Margaux Margot Marguerite Marianne Marie" +
  ' ' +
  "Marine Marion Marius Marlène Marthe Martial Martin Martine Matéo Mathieu Mathilde Mathis Mathurin" +
  ' ' +
  "Matthias Matthieu Maud Maugis Maureen Maurice Mauricette Maxellende Maxence Maxime Maximilien Mayeul" +
  ' ' +
  "Médéric Mégane Mehdi Mélanie Melchior Mélisande Mélissa Mélissandre Mélodie Mence Merlin Mérovée" +
  ' ' +
  "Michaël Michel Michèle Michelle Mickaël Mila Mireille Miriam Mohamed Moïse Moïsette Monique Morgan" +
  ' ' +
  "Morgane Muriel Mylène Myriam Nadège Nadia Nadine Narcisse Nathalie Nathan Nathanaël Naudet Néhémie" +
  ' ' +
  "Nestor Nicéphore Nicolas Nicole Nine Noah Noé Noël Noëlle Noémie Nolan Nora Norbert Normand Océane" +
  ' ' +
  "Octave Odette Odile Odilon Odon Oger Olive Olivier Olympe Omar Ombline Ophélie Oriande Oriane Orlane" +
  ' ' +
  "Oury Ozanne Pacôme Palémon Parfait Pascal Pascale Paterne Patrice Patricia Patrick Paul Paule" +
  ' ' +
  "Paulette Pauline Pécine Pélagie Pénélope Pépin Perceval Perrine Pétronille Philémon Philibert" +
  ' ' +
  "Philippe Philippine Philomène Philothée Pie Pierre Pierrick Primerose Priscille Prosper Prudence" +
  ' ' +
  "Pulchérie Quentin Quentine Quiéta Quintia Rachel Rachid Raoul Raphaël Raphaëlle Raymond Raymonde" +
  ' ' +
  "Rebecca Régine Régis Reine Réjean Réjeanne Rémi Rémy Renaud René Renée Reybaud Richard Rita Robert" +
  ' ' +
  "Roch Rodolphe Rodrigue Roger Roland Rolande Romain Romane Roméo Romuald Ronan Rosalie Rose Roselin" +
  ' ' +
  "Roseline Sabine Sabrina Sacha Salma Salomé Salomon Samir Samira Samuel Sandra Sandrine Sarah Sauveur" +
  ' ' +
  "Savin Savinien Scholastique Sébastien Ségolène Séraphin Serge Séverin Séverine Sibylle Sidoine" +
  ' ' +
  "Sigebert Sigismond Silvère Simon Simone Sixte Sixtine Sofiane Solange Solène Soline Sonia Sophie" +
  ' ' +
  "Stanislas Stéphane Stéphanie Suzanne Suzon Swassane Sylvain Sylvestre Sylviane Sylvie Tancrède" +
  ' ' +
  "Tanguy Tatiana Taurin Thaïs Théo Théodora Théodore Théodose Théophile Théophraste Thérèse Thibault" +
  ' ' +
  "Thibert Thierry Thomas Tim Timoléon Timothée Tiphaine Titien Tom Tonnin Toussaint Trajan Tristan" +
  ' ' +
  "Turold Ulysse Urbain Ursule Valentin Valentine Valère Valérie Valéry Vanessa Venance Venceslas" +
  ' ' +
  "Véronique Vianney Victoire Victor Victorien Victorin Vigile Vincent Vinciane Violette Virginie Vital" +
  ' ' +
  "Viviane Vivien Waleran Wandrille Xavier Xavière Xénophon Yann Yannick Yasmine Yassine Yoann Yolande" +
  ' ' +
  "Youssef Ysaline Yseult Yves Yvette Yvonne Zacharie Zaché Zéphirin Zoé Zoéva";

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(' '));

// First names of the given names' list that a rare word shares (« maria », « ana », « moussa », a dictionary's): in
// France each is far more often someone's, and they need no more evidence than « Marie » (« Maria Da Silva », « Ana
// Dos Santos », « Amadou Diallo » were read only with a title or a surname in capitals)
const NAMES_BEFORE_WORDS: ReadonlySet<string> = new Set(['Maria', 'Ana', 'Aicha', 'Amadou', 'Amir', 'Fatma', 'Moussa', 'Yasser', 'Luis', 'Hamada',
  'Houari', 'Munir', 'Rami', 'Nadir', 'Iman', 'Hala', 'Aida', 'Mina', 'Lamine', 'Tomas', 'Toma', 'Moise', 'Julienne', 'Lisette', 'Pierrette',
  'Jeannette', 'Micheline', 'Collette', 'Ivette', 'Octavie', 'Gloria', 'Rosa', 'Dieter', 'Jenny', 'Jimmy', 'Tommy', 'Tony', 'Harry', 'Robin', 'Lise']);

/** First names that are also ordinary words ("Rose", "Claire"): they need stronger evidence. */
export const WEAK_FIRST_NAMES: ReadonlySet<string> = new Set(["Rose","France","Olive","Prudence","Constance","Victoire","Marine","Claire","Parfait","Fortuné","Félicité","Fidèle","Noël","Toussaint","Violette","Aube","Ange","Aimé","Désiré","Capucine","Océane","Aurore","Blanche","Céleste","Marguerite","Reine","Innocent","Juste","Clémence","Honorine","Jade","Lou","Ambre","Adam","Job"]);

// (a letter past Latin-1: « ş », « ł », « ř »)
const PAST_LATIN1_RE = /[^\u0000-\u00ff]/;

// Words of a client's file that the given names' list holds as rare first names (« Patient », « Devis », « Mari »):
// before an acronym they made a name of « Patient BPCO », « Devis EDF »; a phone's « Maman », « Papa » are no names;
// nor « Kong » after « Hong » (« Hong Kong Ltd », « Hong Kong Time »: « Kong » is no surname, names.ts)
// Nor Portuguese's and Spanish's words that are a first name without their accent (« Não », « Saída », « Niño »)
// (and « Serif », a typeface's word before its style: « Serif Bold », « Serif Italic »; « Check », a changelog's verb
// before a name in capitals: « Check ERRNO », « Check DATALEN »; « Keys » after an acronym: « SSH Keys », « KMS Keys »)
const NEVER_FIRST: ReadonlySet<string> = new Set(['Patient', 'Devis', 'Mari', 'Maman', 'Papa', 'Kong', 'Serif', 'Check', 'Keys', 'Não', 'Mãe', 'Pão', 'Saída', 'Allí', 'Será', 'Baía', 'Niño', 'Niña', 'Día', 'Máximo']);

/**
 * Whether a word is a first name: one of the list, or a compound of them (« Jean-Baptiste »,
 * « Marie-Claire »), one part at least not an ordinary word (« Rose-Blanche » is not enough).
 */
export function isFirstName(w: string): boolean {
  if (FIRST_NAMES.has(w)) return true;
  if (NEVER_FIRST.has(w)) return false;
  if (w.indexOf('-') < 0 ? isGivenName(w) : compoundOf(w.split('-'), (p) => FIRST_NAMES.has(p) || isGivenName(p), (p) => !isWeakFirstName(p))) return true;
  // (most words hold no letter the two readings below want: one test lets them go)
  if (!NOT_FRENCH_RE.test(w)) return false;
  // (with an accent French never writes, as the lists write it without: « João », « María », « Lucía », « Fátima »)
  if (FOREIGN_ACCENT_RE.test(w)) return isFirstName(unaccented(w));
  // (else written with letters past Latin-1, as the lists write it without them: « Ayşe » is « Ayse », « Łukasz » « Lukasz »)
  const latin1 = withinLatin1(w);
  return latin1 !== w && isFirstName(latin1);
}

// Latin-1's letters no French word holds (Portuguese's and Spanish's « ã », « õ », « á », « í », « ó », « ú », « ñ »…)
const FOREIGN_ACCENT_RE = /[ÁÍÓÚÑÃÕÌÒÝáíóúñãõìòý]/;
// (either those or a letter past Latin-1)
const NOT_FRENCH_RE = new RegExp(`${FOREIGN_ACCENT_RE.source}|${PAST_LATIN1_RE.source}`);
const unaccented = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

// (the letters past Latin-1 that no accent makes: « Ł » is no « L » with a mark, « ı » no « i »)
const BARE_LETTERS = new Map([['Ł', 'L'], ['ł', 'l'], ['Đ', 'D'], ['đ', 'd'], ['ı', 'i'], ['Ħ', 'H'], ['ħ', 'h'], ['Ŧ', 'T'], ['ŧ', 't']]);

/** The word with each letter past Latin-1 written without its marks (« Ştefan » → « Stefan »; « Jiří » → « Jirí »). */
function withinLatin1(w: string): string {
  let out = '';
  for (const c of w) out += c.charCodeAt(0) < 0x100 ? c : BARE_LETTERS.get(c) ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return out;
}

/** Whether a first name (isFirstName) is an ordinary word too, and needs stronger evidence. */
export function isWeakFirstName(w: string): boolean {
  if (FOREIGN_ACCENT_RE.test(w)) return isWeakFirstName(unaccented(w));
  return WEAK_FIRST_NAMES.has(w) || (!FIRST_NAMES.has(w) && !NAMES_BEFORE_WORDS.has(w) && isGivenNameWord(w));
}

/** Two to three parts, each `known`, one at least `strong`. */
function compoundOf(parts: string[], known: (p: string) => boolean, strong: (p: string) => boolean): boolean {
  return parts.length >= 2 && parts.length <= 3 && parts.every(known) && parts.some(strong);
}

/** Lowercase ASCII letters of a word, accents dropped (« Maëlys » → « maelys », « JEAN-PIERRE » → « jeanpierre »). */
export function foldName(w: string): string {
  return (PAST_LATIN1_RE.test(w) ? withinLatin1(w) : w).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

let folded: ReadonlySet<string> | undefined;
let foldedWeak: ReadonlySet<string> | undefined;

/** Whether a word is a known first name however it is written: « GWENAELLE » (a bank's capitals, no accent) is « Gwenaëlle ». */
export function isFirstNameFolded(w: string): boolean {
  folded ??= new Set([...[...FIRST_NAMES].filter((n) => !WEAK_FIRST_NAMES.has(n)).map(foldName), ...foldedGivenNames(foldName), ...[...NAMES_BEFORE_WORDS].map(foldName)]);
  foldedWeak ??= new Set([...WEAK_FIRST_NAMES].map(foldName));
  if (folded.has(foldName(w))) return true;
  // « JEAN-BAPTISTE », « Marie-Claire »
  if (w.indexOf('-') < 0) return false;
  const f = folded;
  const weak = foldedWeak;
  return compoundOf(w.split('-').map(foldName), (p) => f.has(p) || weak.has(p), (p) => f.has(p));
}

// Shops and brands named after someone (folded: letters only, lowercase), as a card payment's other
// party or a heading in capitals reads them
const BRANDS = new Set(['leroymerlin', 'yvesrocher', 'marieblachere', 'jeanlouisdavid', 'franckprovost', 'jacquesdessange', 'louisvuitton', 'christiandior', 'jeanjaures', 'pierrefabre', 'guydegrenne', 'robertbosch',
  // (twenty-fifth session: chains a bank statement names, a watchmaker's, an optician's, a chocolatier's, a hotel group's, fashion houses)
  'louispion', 'alainafflelou', 'jeffdebruges', 'jacquelineriu', 'lucienbarriere', 'ericbompard', 'yvessaintlaurent', 'jeanpaulgaultier', 'pierrecardin', 'guylaroche', 'hugoboss', 'ralphlauren', 'tommyhilfiger', 'calvinklein',
  // (an institution named like someone, its first name a word too: « Salut Marine Nationale ! », « RDV avec Marine Nationale »)
  'marinenationale',
  // (a legend's outlaw, and the shops and clubs named after him)
  'robindesbois', 'robinhood',
  // (the names English forms, manuals and tests give anyone: « name: 'Jane Doe' »)
  'johndoe', 'janedoe', 'jondoe']);

/** Whether a name (« Leroy Merlin », « LOUIS VUITTON ») is a shop's or a brand's. */
export function isBrandName(name: string): boolean {
  return BRANDS.has(foldName(name));
}
