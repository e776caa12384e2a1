// Word pools for the corpus: faker's fr locale lists (names, cities, streets) plus our own.
// A held-out pool of first names that the detector's list does not contain keeps the recall
// of person_name honest: those names are found only through honorifics, case or columns.
import { fakerFR } from '@faker-js/faker';
import { FIRST_NAMES, isFirstName, isFirstNameFolded, WEAK_FIRST_NAMES } from '../../../src/core/scan/firstnames.ts';

const person = fakerFR.rawDefinitions.person!;
const location = fakerFR.rawDefinitions.location!;
const fn = person.first_name as { generic?: string[]; female?: string[]; male?: string[] };

const COMMON = ['Marie', 'Jean', 'Pierre', 'Sophie', 'Nathalie', 'Isabelle', 'Philippe', 'Nicolas', 'Julien', 'Camille', 'Léa', 'Manon', 'Thomas', 'Lucas', 'Chloé', 'Emma', 'Hugo', 'Sandrine', 'Céline', 'Stéphane', 'Christophe', 'Laurent', 'Valérie', 'Aurélie', 'Julie', 'Sébastien', 'Jean-Pierre', 'Marie-Claire', 'Anne-Sophie', 'Karim', 'Fatima', 'Mohamed', 'Yasmine', 'Mehdi', 'Inès', 'Baptiste', 'Clément', 'Élodie', 'Mathilde', 'Pauline'];
export const FIRST_KNOWN: string[] = [...new Set([...COMMON, ...COMMON, ...(fn.generic ?? []), ...(fn.female ?? []).slice(0, 120), ...(fn.male ?? []).slice(0, 120)])].filter((n) => FIRST_NAMES.has(n) && !WEAK_FIRST_NAMES.has(n));
// Compound first names, as a good part of the French born before 1990 carry them (the list holds few)
export const FIRST_COMPOUND: string[] = ['Jean-Baptiste', 'Marie-Claire', 'Anne-Sophie', 'Marie-Christine', 'Pierre-Yves', 'Marie-Laure', 'Jean-Christophe', 'Anne-Laure', 'Marie-Hélène', 'Paul-Henri', 'Marie-Noëlle', 'Jean-Philippe', 'Marie-Pierre', 'Louis-Marie', 'Marie-Anne', 'Pierre-Alexandre', 'Jean-Sébastien', 'Anne-Marie', 'Marie-France', 'Jean-Yves', 'Marie-Thérèse', 'Jean-Charles'];
// (filtered as the detector reads first names — its list and the 36 000 given names of given-names.ts: the
// names held out until the twenty-first session, « Mamadou », « Maëlys », were all known since, and the recall
// of unknown names went unmeasured)
export const FIRST_HELD_OUT: string[] = ['Ifeoma', 'Chiamaka', 'Oluwaseun', 'Zhenya', 'Tsering', 'Aroha', 'Nnamdi', 'Thandiwe', 'Yaretzi', 'Chidera', 'Adaeze', 'Oyelaran', 'Tanvir', 'Rukhsana', 'Parveen', 'Ravindra', 'Kavya', 'Koldo', 'Mireya', 'Yesenia', 'Tenoch', 'Makoa', 'Noelani', 'Keala', 'Tavita', 'Sione', 'Tuarii', 'Ranitea', 'Tehotu', 'Rahiti'].filter((n) => !isFirstName(n) && !isFirstNameFolded(n));
// faker writes « Le gall », « Da silva »: French writes each part capitalised
export const LAST_NAMES: string[] = [...(person.last_name as { generic: string[] }).generic.map((n) => n.replace(/ ([a-z])/g, (_, c: string) => ' ' + c.toUpperCase())), 'Diallo', 'Nguyen', 'Benali', 'Haddad', 'Le Gall', 'Le Goff', 'Da Silva', 'Ferreira', 'Kowalski', 'Traoré', 'Cissé', 'Rossi', 'Lefèvre', 'Müller', 'Ben Ahmed', "d'Aubigné", 'de Villiers', 'Pereira', 'Gomez', 'Kermarrec'];
export const CITIES: string[] = location.city_name as string[];
export const STREET_NAMES: string[] = [...(location.street_suffix as string[]), 'de la République', 'Victor Hugo', 'des Lilas', 'du Général de Gaulle', 'Jean Jaurès', 'de la Gare', 'des Tilleuls', 'Pasteur', 'du 8 Mai 1945', "de l'Église", 'des Écoles', 'Gambetta', 'de Verdun', 'Émile Zola', 'du Moulin', 'des Peupliers', 'Nationale', 'Foch', 'de la Liberté', 'des Acacias', 'du Château', 'de Bretagne', 'Saint-Michel', 'des Vignes', 'du Stade'];
export const STREET_TYPES = ['rue', 'rue', 'rue', 'avenue', 'boulevard', 'place', 'allée', 'impasse', 'chemin', 'quai', 'route', 'passage', 'square', 'cours', 'Rue', 'Avenue', 'bd', 'résidence', 'lotissement',
  // abridged, as a narrow field or a quick e-mail writes them
  'r.', 'av.', 'imp.', 'all.', 'chem.', 'lot.'];
export const DOMAINS = ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'hotmail.fr', 'yahoo.fr', 'sfr.fr', 'outlook.com', 'wanadoo.fr', 'icloud.com', 'proton.me'];
export const TRADES = ['Plomberie', 'Électricité', 'Menuiserie', 'Coaching', 'Cabinet de psychothérapie', 'Jardins', 'Peinture', 'Ostéopathie', 'Conseil', 'Traiteur', 'Boulangerie', 'Sophrologie', 'Couverture', 'Informatique'];
export const PRODUCTS = ['Robinet mitigeur', 'Tube cuivre 14 mm', 'Main-d’œuvre (heure)', 'Déplacement', 'Séance individuelle', 'Forfait diagnostic', 'Câble 2,5 mm²', 'Disjoncteur 20 A', 'Peinture acrylique 10 L', 'Bilan initial', 'Pack 5 séances', 'Joint silicone', 'Chauffe-eau 200 L', 'Taille de haie'];

// Everyday professional prose with no personal data (most of a real folder).
export const FILLER: string[] = [
  'Suite à notre échange téléphonique, je vous confirme le passage du technicien la semaine prochaine.',
  'Les travaux devraient durer environ trois jours, sous réserve des conditions météorologiques.',
  'Merci de bien vouloir trouver ci-joint le devis détaillé correspondant à votre demande.',
  'Le règlement peut être effectué par virement ou par chèque à réception de la facture.',
  'Nous restons à votre disposition pour toute information complémentaire.',
  'La séance a porté sur les objectifs fixés lors du premier rendez-vous et sur les outils proposés.',
  'Prochaine étape : faire le point sur les exercices et ajuster le plan d’action.',
  'Le chantier a pris un peu de retard en raison d’une livraison de matériel manquante.',
  'Les conditions générales de vente sont disponibles sur simple demande.',
  'Pensez à couper l’arrivée d’eau avant notre intervention.',
  'Le rapport de diagnostic sera transmis sous huit jours ouvrés.',
  'Nous avons bien reçu votre acompte, merci pour votre confiance.',
  'Une pénalité de retard de trois fois le taux d’intérêt légal sera appliquée en cas de retard de paiement.',
  'L’atelier du samedi matin est complet ; une nouvelle date sera proposée en fin de mois.',
  'Le matériel reste la propriété de l’entreprise jusqu’au paiement intégral.',
  'Je vous propose de décaler notre rendez-vous à la semaine suivante.',
  'Le devis est valable trente jours à compter de sa date d’émission.',
  'Les pièces remplacées sont garanties un an, main-d’œuvre comprise.',
];
