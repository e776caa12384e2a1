// The headers of real contact exports, and the rows of CSV files as spreadsheets write them.
import { describe, expect, it } from 'vitest';
import { columnType, headerCells } from './columns.ts';
import { detectText } from './detect.ts';
import type { DetectHints, FindingType } from './types.ts';

function found(text: string, hints?: DetectHints): Array<[FindingType, string]> {
  return detectText(text, hints).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

describe('a form tool\'s export (Google Forms): its questions as headers', () => {
  it('cuts a header line at its delimiters outside quotes: a question holds commas', () => {
    expect(headerCells('Nom,"Avez-vous des problèmes de santé ? (asthme, diabète, etc.)",Ville', ',')).toEqual(['Nom', 'Avez-vous des problèmes de santé ? (asthme, diabète, etc.)', 'Ville']);
    expect(headerCells('"Nom";"Dit ""oui""";Taille 5";Ville', ';')).toEqual(['Nom', 'Dit "oui"', 'Taille 5"', 'Ville']);
    expect(headerCells('"Nom,Prénom', ',')).toEqual(['Nom,Prénom']);
    expect(headerCells('Nom,,Ville,', ',')).toEqual(['Nom', '', 'Ville', '']);
  });
  it('reads the answers under a health question, a remark in brackets after its mark, the columns after it in place', () => {
    const csv = 'Horodateur,Nom et prénom,Adresse e-mail,"Avez-vous des problèmes de santé ? (asthme, diabète, etc.)",Prenez-vous un traitement ?,Souffrez-vous de douleurs chroniques ?\n2026/11/03 10:12:44,Julie Riou,julie.riou@gmail.com,asthme léger,Doliprane si besoin,Oui (dos)\n2026/11/04 09:01:02,Paul Kerbrat,paul.k@free.fr,Non,Non,Non\n';
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'asthme léger'], ['health', 'Doliprane si besoin'], ['health', 'Oui (dos)']]);
    // not a plumber's question, nor an insurer's
    expect(columnType('Souhaitez-vous un traitement anti-calcaire ?')).toBeNull();
    expect(columnType('Avez-vous une assurance maladie ?')).toBeNull();
  });
  it('reads the yes under a loan insurer\'s health questions (a broker\'s spreadsheet), not the no', () => {
    const csv = 'Nom;Prénom;Êtes-vous en arrêt de travail ?;Percevez-vous une pension d’invalidité ?;Avez-vous subi une intervention chirurgicale ?\nRoux;Jean;Oui;Non;Oui\nBlanc;Marie;Non;Non;Non\n';
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'Oui'], ['health', 'Oui']]);
  });
});

describe('column headers of contact exports', () => {
  it.each([
    // Outlook (French), Thunderbird, Google Contacts, WooCommerce, Shopify, invoicing software
    ['Deuxième prénom', 'person_name'], ['Nom de famille', 'person_name'], ['Nom à afficher', 'person_name'], ["Nom d'usage", 'person_name'],
    ['Given Name', 'person_name'], ['Family Name', 'person_name'], ['Billing First Name', 'person_name'], ['Prénom (facturation)', 'person_name'],
    // WooCommerce's shipping names (« livraison » holds « raison », a company's « raison sociale »), Pipedrive's « Personne - … »
    ['Nom (livraison)', 'person_name'], ['Prénom (livraison)', 'person_name'], ['Nom de famille (livraison)', 'person_name'], ['Personne - Nom', 'person_name'], ['Personne - Téléphone', 'phone'],
    // Shopify's customers' « Default Address Phone »; HelloAsso's own fields
    ['Default Address Phone', 'phone'], ['Champ additionnel: Allergies', 'health'], ['Informations complémentaires - Allergies', 'health'],
    ['Nom du contact', 'person_name'], ['Customer Name', 'person_name'], ['Invitee First Name', 'person_name'], ['Participant', 'person_name'], ["Prénom de l'enfant", 'person_name'], ['Nom / Prénom', 'person_name'], ['Nom*', 'person_name'],
    ['Rue (domicile)', 'postal_address'], ['Adresse privée', 'postal_address'], ['Address 1 - Street', 'postal_address'], ['Home Street', 'postal_address'],
    ['Billing Address 1', 'postal_address'], ['Default Address Address1', 'postal_address'], ['Adresse 1 (livraison)', 'postal_address'],
    ['Téléphone (domicile)', 'phone'], ['Tél. personnel', 'phone'], ['Phone 1 - Value', 'phone'], ['Mobile Phone', 'phone'], ['Téléphone du contact', 'phone'],
    ['Birthday', 'birth_date'], ['Anniversaire', 'birth_date'], ['Date de naissance du patient', 'birth_date'],
    ['Antécédents médicaux', 'health'], ['Allergies', 'health'], ['Motif de consultation', 'health'], ['Traitement en cours', 'health'],
    // online forms' questions (Google Forms, Typeform), HelloAsso, Brevo, Stripe, JSON keys
    ['Quel est votre nom ?', 'person_name'], ['Votre prénom', 'person_name'], ['Quel est ton prénom ?', 'person_name'], ['Quel est votre nom de famille ?', 'person_name'],
    ['Nom & Prénom', 'person_name'], ['Nom, prénom', 'person_name'], ['Nom payeur', 'person_name'], ['Prénom payeur', 'person_name'], ["What's your name?", 'person_name'],
    ['Votre numéro de téléphone', 'phone'], ['Numéro de portable', 'phone'], ['SMS', 'phone'], ['Phone Number', 'phone'], ['phoneNumber', 'phone'],
    ['Date de naissance de votre enfant', 'birth_date'], ['dateOfBirth', 'birth_date'], ['birthDate', 'birth_date'], ['date_naissance', 'birth_date'],
    ['Votre adresse postale', 'postal_address'], ['Card Address Line1', 'postal_address'], ['Avez-vous des allergies ?', 'health'],
    ['firstName', 'person_name'], ['lastName', 'person_name'], ['billing_first_name', 'person_name'],
    // CRMs' and mailing tools' columns (Salesforce, SuiteCRM, Dolibarr, HubSpot, Mailchimp), words run together
    ['MailingStreet', 'postal_address'], ['primary_address_street', 'postal_address'], ['Street 1', 'postal_address'], ['phone_mobile', 'phone'],
    ['Mobile Phone Number', 'phone'], ['mobilephone', 'phone'], ['num_tel', 'phone'], ['dateofbirth', 'birth_date'], ['datenaissance', 'birth_date'],
    ['FNAME', 'person_name'], ['LNAME', 'person_name'],
    // bookings (Airbnb, Booking.com), rentals, insurance, children's activities, associations, a tradesman's jobs
    ['Nom du voyageur', 'person_name'], ['Réservé par', 'person_name'], ['Booker name', 'person_name'], ['Lead guest', 'person_name'], ['Locataire', 'person_name'],
    ["Nom de l'assuré", 'person_name'], ['Responsable légal', 'person_name'], ['Parent 1', 'person_name'], ['Nom de jeune fille', 'person_name'],
    ["Nom de l'apprenant", 'person_name'], ['Nom du donateur', 'person_name'], ['Bénévole', 'person_name'], ['Nom du destinataire', 'person_name'],
    ['Date de naissance (JJ/MM/AAAA)', 'birth_date'], ['Date de naissance du voyageur', 'birth_date'], ['N° de portable', 'phone'], ['Téléphone du voyageur', 'phone'],
    ['Adresse complète', 'postal_address'], ["Adresse d'intervention", 'postal_address'], ['Adresse du chantier', 'postal_address'], ['N° et rue', 'postal_address'],
    // the other special categories an employer's, a club's or a practitioner's list may keep in a column
    ['Personne à prévenir', 'person_name'], ["Contact d'urgence", 'person_name'], ['Médecin traitant', 'person_name'], ['emergencyContactName', 'person_name'], ['sender_name', 'person_name'],
    ["Téléphone d'urgence", 'phone'], ['Tél. du médecin', 'phone'], ['cellPhone', 'phone'], ['street_address', 'postal_address'], ['Rue et numéro', 'postal_address'], ['Anniv.', 'birth_date'],
    ['RQTH', 'health'], ['Handicap', 'health'], ['Groupe sanguin', 'health'], ['ATCD', 'health'], ['TTT', 'health'], ['Religion', 'religion'], ['Confession', 'religion'], ['Syndicat', 'union_membership'],
    ['Parti politique', 'political'], ['Orientation sexuelle', 'sexual_orientation'], ['Origine ethnique', 'ethnic_origin'],
    ['Syndiqué(e)', 'union_membership'], ['Syndiqué', 'union_membership'], ['Organisation syndicale', 'union_membership'], ['Engagement politique', 'political'], ["Parti d'appartenance", 'political'],
    // as a registration form asks it (Google Forms' questions head its answers' columns), a school's « PAI »
    ['Avez-vous des problèmes de santé ?', 'health'], ['Informations médicales', 'health'], ['Observations médicales', 'health'], ['Infos santé', 'health'],
    ['Santé', 'health'], ['PAI', 'health'], ['Remarques médicales', 'health'],
    // a sports coach's clients: their injuries
    ['Blessures', 'health'], ['blessures', 'health'], ['Blessures antérieures', 'health'], ['Douleurs', 'health'],
    // an employer's staff list, a loan insurer's
    ['Arrêt maladie', 'health'], ['Arrêts maladie', 'health'], ["Jours d'arrêt maladie", 'health'], ['Congé maladie', 'health'], ['Aménagement de poste', 'health'],
    ['Fumeur', 'health'], ['Fumeur (O/N)', 'health'], ['Fumeur/euse', 'health'],
    ["Motif de l'arrêt", 'health'], ["Motif d'hospitalisation", 'health'], ['Handicap (O/N)', 'health'], ['Reconnaissance travailleur handicapé', 'health'],
    ["Taux d'incapacité", 'health'], ['Invalidité', 'health'], ["Catégorie d'invalidité", 'health'], ["Pension d'invalidité", 'health'],
    ['Intolérances', 'health'], ['Intolérances alimentaires', 'health'], ['Allergies alimentaires', 'health'],
    ['Appartenance religieuse', 'religion'], ['Croyance', 'religion'], ['Religion / culte', 'religion'],
    ['Syndiqué (O/N)', 'union_membership'], ['Délégué syndical', 'union_membership'], ['Déléguée syndicale', 'union_membership'],
    // Outlook's English contacts export: the people a contact's card names besides them
    ['Spouse', 'person_name'], ["Manager's Name", 'person_name'], ["Assistant's Name", 'person_name'], ['Maiden Name', 'person_name'],
  ] as const)('« %s » announces %s', (header, type) => {
    expect(columnType(header)).toBe(type);
  });

  it.each([
    'Adresse de messagerie', 'Adresse e-mail', 'Email Address', 'E-mail 1 - Value', 'Adresse IP', 'Phone 1 - Type', 'Address 1 - City', 'Rue (bureau)',
    'Nom de la rue', 'Nom de domaine', 'Nom du fichier', "Nom de l'animal", 'Organization Name', 'Code client', 'Type de client', 'Date de livraison',
    'Raison sociale', 'Nom de la raison sociale', 'Organisation - Nom', 'Informations complémentaires', 'Champ additionnel: Taille de t-shirt',
    'Lieu de naissance', 'Date du contact', 'Home', 'Responsable', 'Customer ID', 'Customer Email', 'Member Since',
    'Quel est le nom de votre entreprise ?', 'Votre message', 'Comment avez-vous connu notre cabinet ?', 'Card Brand', 'Card Last4', 'Nombre de SMS',
    'fileName', 'userName', 'companyName', 'Payer Email', 'Vous', 'Quel est votre budget ?',
    'Propriétaire', 'Catégorie parent', 'Email du médecin', 'Jour de naissance', 'author', 'Parent ID', "Nombre d'enfants", 'Email du voyageur', 'Date de réservation', "Numéro d'assuré", 'Format',
    'Mutuelle santé', 'Régime alimentaire', 'Centre médical', 'Job Title', 'Manager', "Assistant's Phone",
    'Arrêt', "Jours d'arrêt", 'Poste', 'Motif', 'Chambre fumeur', 'Zone fumeur', 'Diagnostic', 'Régime', 'Mandat', 'Origine', 'Casier',
  ])('« %s » announces nothing', (header) => {
    expect(columnType(header)).toBeNull();
  });
});

describe('CSV rows', () => {
  it('reads a birth date written with its time of day, as a database or an API exports it', () => {
    expect(found('Nom;Date de naissance\nDupont;1985-03-12 00:00:00\nMartin;1972-11-03T00:00:00.000Z\n', { format: 'csv' }).filter(([t]) => t === 'birth_date'))
      .toEqual([['birth_date', '1985-03-12 00:00:00'], ['birth_date', '1972-11-03T00:00:00.000Z']]);
  });

  it('reads a cell written as a formula so that Excel keeps it as text (« ="12/03/1985" », in quotes « "=""…""" »)', () => {
    const csv = 'Nom;Prénom;Date de naissance;Code postal\nLe Goff;Yannick;="12/03/1985";="02100"\nKerbrat;Maïwenn;"=""03/11/1979""";"=""29000"""\n';
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([['birth_date', '12/03/1985'], ['birth_date', '03/11/1979']]);
    // « = » and a quote alone, or nothing inside, are no such cell
    expect(found('Nom;Date de naissance\nLe Goff;="\nKerbrat;=""\n', { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([]);
  });

  it('reads a special category\'s column in a table of people, not its header nor an answer that says nothing', () => {
    const csv = 'Nom;Prénom;RQTH;Syndicat;Religion\nDupont;Marie;Oui;FO;Ne souhaite pas répondre\nMartin;Paul;Non communiqué;-;Catholique\n';
    expect(found(csv, { format: 'csv' }).filter(([t]) => t !== 'person_name')).toEqual([['health', 'Oui'], ['union_membership', 'FO'], ['religion', 'Catholique']]);
    // a bookshop's list: no column of names, no one's religion
    expect(found('Titre;Auteur;Religion\nLe Coran;Anonyme;Islam\n', { format: 'csv' })).toEqual([]);
  });

  it('reads the names of LinkedIn\'s exports of messages and invitations under « FROM » and « TO », not a trip\'s', () => {
    const messages = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
      '2-Yjk4,,Solenn Tanguy,https://www.linkedin.com/in/solenn-tanguy,Erwan Le Gall,https://www.linkedin.com/in/erwanlegall,2024-03-12 14:32:05 UTC,,Bonjour Erwan,INBOX\n';
    expect(found(messages, { format: 'csv' }).filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Solenn Tanguy'], ['person_name', 'Erwan Le Gall']]);
    expect(found('From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nNolwenn Riou,Erwan Le Gall,3/12/24,,OUTGOING,https://www.linkedin.com/in/nriou,https://www.linkedin.com/in/elg\n', { format: 'csv' }).filter(([t]) => t === 'person_name'))
      .toEqual([['person_name', 'Nolwenn Riou'], ['person_name', 'Erwan Le Gall']]);
    expect(found('From,To,Date,Prix\nBrest Centre,Quimper Gare,2024-03-12,12\n', { format: 'csv' })).toEqual([]);
  });

  it('reads a booker written « Nom, Prénom », and no yes or no as a name', () => {
    const csv = 'Numéro de réservation,Réservé par,Enfant,Arrivée\n4012345678,"Dupont, Marc",Oui,2026-07-12\n4012345679,"Le Bihan, Anne",non,2026-07-14\n';
    expect(found(csv, { format: 'csv' })).toEqual([['person_name', 'Dupont, Marc'], ['person_name', 'Le Bihan, Anne']]);
  });

  it('reads the people of a training centre\'s, a tutor\'s or a care home\'s table under their role (Référent, Aidant, Résident…)', () => {
    expect(found('Référent;Email\nSophie;sophie@exemple.fr\n', { format: 'csv' })).toEqual([['person_name', 'Sophie'], ['email', 'sophie@exemple.fr']]);
    expect(found('Aidant;Lien\nClaire Roux;fille\n', { format: 'csv' })).toEqual([['person_name', 'Claire Roux']]);
    expect(found('Tuteur;Élève\nSophie;Léo\n', { format: 'csv' })).toEqual([['person_name', 'Sophie'], ['person_name', 'Léo']]);
    // the honorific with the name, as under « Client »
    expect(found('Résident;Chambre;Régime\nMme Roux;12;diabétique\n', { format: 'csv' })).toEqual([['person_name', 'Mme Roux'], ['health', 'diabétique']]);
    // the staff who saw the client: a salon's booking export (Planity), a practice's, a shop's till, a training's
    expect(found('Client;Date du RDV;Prestation;Collaborateur\nMartin Claire;03/11/2026;Coupe femme;Julie\n', { format: 'csv' })).toEqual([['person_name', 'Martin Claire'], ['person_name', 'Julie']]);
    expect(found('Praticienne;Vendeur;Formatrice;Intervenant;Coiffeuse;Technicien;Employé\nLéa;Hugo;Inès;Noé;Zoé;Ewen;Maël\n', { format: 'csv' }).map(([, v]) => v)).toEqual(['Léa', 'Hugo', 'Inès', 'Noé', 'Zoé', 'Ewen', 'Maël']);
    expect(found('Nom du praticien;Prénom du collaborateur;Code vendeur;Nombre d\'employés\nLambert;Julie;V12;3\n', { format: 'csv' }).map(([, v]) => v)).toEqual(['Lambert', 'Julie']);
    // (a marketplace's seller is a shop)
    expect(found('Commande;Vendeur;Montant\n4021;Boutique Les Tilleuls SARL;35\n', { format: 'csv' })).toEqual([]);
  });

  it('reads no business under a header that names them too (a book of takings\' « Client »), but under « Prénom Nom »', () => {
    const csv = 'Date;N° facture;Client;Montant\n03/01/2026;F2026-001;Martin Claire;450,00\n08/01/2026;F2026-002;Boulangerie Le Fournil;120,00\n15/01/2026;F2026-003;SARL Kerbrat;1 800,00\n22/01/2026;F2026-004;Garage;90,00\n';
    expect(found(csv, { format: 'csv' })).toEqual([['person_name', 'Martin Claire'], ['person_name', 'Garage']]);
    // a spreadsheet's column, cell by cell
    expect(found('Martin Claire\nBoulangerie Le Fournil\n', { columnHeader: 'Client' })).toEqual([['person_name', 'Martin Claire']]);
    // a tourist office's partners, places as businesses are named (« Le Galion » may be a Breton surname, « Le Goff »)
    const partners = 'Nom;Ville\nLe Galion;Concarneau\nCrêperie Ty Billig;Lorient\nLes Jardins de Kerbihan;Vannes\nMusée de la Pêche;Concarneau\nChâteau de Kerjean;Saint-Vougay\nFerme du Bois Joli;Rennes\nLe Bistrot du Port;Brest\nAuberge du Lac;Guerlédan\nCafé des Halles;Quimper\n';
    expect(found(partners, { format: 'csv' }).map(([, v]) => v)).toEqual(['Le Galion']);
    // (a header that names no one else keeps what it holds: « Salon » is a surname there)
    expect(found('Prénom Nom;Ville\nJulie Salon;Rennes\n', { format: 'csv' })).toEqual([['person_name', 'Julie Salon']]);
  });

  it('reads no product under a shop catalogue\'s « Nom » (WooCommerce\'s, PrestaShop\'s exports), but a table of people\'s', () => {
    const woo = 'ID,Type,UGS,Nom,Publié,"Mis en avant ?","Visibilité dans le catalogue","Description courte",Description,"En stock ?",Stock,"Poids (kg)","Tarif promo","Tarif régulier",Catégories\n' +
      '12,simple,BG-AMB,Bougie Ambre,1,0,visible,Cire de soja,Bougie parfumée,1,14,"0,3",,18,Bougies\n13,simple,SV-LAV,Lavande,1,0,visible,,Savon,1,30,"0,1",,6,Savons\n';
    expect(found(woo, { format: 'csv' })).toEqual([]);
    expect(found('ID;Image;Nom;Référence;Catégorie;Prix HT;Prix TTC;Quantité;État\n3;;Coussin Lin;CL-01;Maison;25;30;4;Actif\n', { format: 'csv' })).toEqual([]);
    // an artisan's own list: two of a catalogue's headings (a category, a price)
    expect(found('Nom;Catégorie;Prix\nBougie parfumée;Déco;12\nAmbre;Bougies;15\nRose;Bougies;15\n', { format: 'csv' })).toEqual([]);
    expect(found('Nom,Type,Description\nid,chaîne,Identifiant\nMartin,booléen,Option\n', { format: 'csv' })).toEqual([]);
    expect(found('Nom;Allergènes;Prix\nSalade César;gluten, œufs;12\nCroque Monsieur;gluten, lait;9\n', { format: 'csv' })).toEqual([]);
    expect(found('Nom;Durée;Tarif\nMassage Californien;1 h 30;80\nReiki;45 min;45\n', { format: 'csv' })).toEqual([]);
    // people all the same: a first name, a phone beside them, a sports club's category, a plumber's price
    expect(found('Nom;Prénom;Catégorie;Prix\nLeroy;Anne;U12;120\n', { format: 'csv' })).toEqual([['person_name', 'Leroy'], ['person_name', 'Anne']]);
    expect(found('Nom;Téléphone;Catégorie;Prix\nLeroy Anne;0612345678;Senior;120\n', { format: 'csv' })).toEqual([['person_name', 'Leroy Anne'], ['phone', '0612345678']]);
    expect(found('Nom;Catégorie;Licence\nLeroy Anne;U12;2026-0412\n', { format: 'csv' })).toEqual([['person_name', 'Leroy Anne']]);
    expect(found('Nom;Prestation;Prix\nLeroy Anne;Débouchage;120\n', { format: 'csv' })).toEqual([['person_name', 'Leroy Anne']]);
    expect(found('Nom;Date;Durée;Tarif\nLeroy Anne;03/11/2026;1 h;60\n', { format: 'csv' })).toEqual([['person_name', 'Leroy Anne']]);
    // an order's client beside its products
    expect(found('Client;Référence;Quantité;Prix\nLeroy Anne;BG-AMB;2;36\n', { format: 'csv' })).toEqual([['person_name', 'Leroy Anne']]);
  });

  it('reads a patient table\'s reason for the visit as their health (a psychologist\'s appointments), not another table\'s', () => {
    const csv = 'Patient;Date;Heure;Motif;Téléphone\nBruno Garnier;04/11/2026;10:00;Deuil;0698123456\nInès Benali;05/11/2026;14:00;RAS;0745128963\n';
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'Deuil']]);
    expect(found('Nom du patient;Motif du rendez-vous\nBruno Garnier;Deuil\n', { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'Deuil']]);
    expect(found('Client;Date;Motif\nJosiane Perrin;14/10/2026;Fuite sous évier\n', { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([]);
    // a booking tool's export: names in « Nom » and « Prénom », its patients said by another column (« Nouveau patient »)
    const booked = 'Date;Heure;Nom;Prénom;Téléphone;Motif;Nouveau patient\n03/12/2026;09:00;BERTRAND;Hugo;0623456789;Première consultation ostéopathie;Oui\n';
    expect(found(booked, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'Première consultation ostéopathie']]);
    expect(found('Date;Nom;Prénom;Motif;Nouveau client\n03/12/2026;BERTRAND;Hugo;Fuite sous évier;Oui\n', { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([]);
  });

  it('reads a row on, past a quoted cell that holds line breaks, whose next lines are no rows', () => {
    // the notes' second line used to be read as a row: « Martin Dupont » a first name, « est son voisin » a surname
    const csv = 'Prénom,Nom,Notes,Ville\nYannick,Kerbrat,"Rappeler lundi\nMartin Dupont, voisin",Brest\nLéa,Morel,"RAS",Paris\n';
    expect(found(csv, { format: 'csv' })).toEqual([
      ['person_name', 'Yannick'],
      ['person_name', 'Kerbrat'],
      ['person_name', 'Martin Dupont'],
      ['person_name', 'Léa'],
      ['person_name', 'Morel'],
    ]);
  });

  it('also past the last column it reads, and not on a stray quote or one never closed', () => {
    expect(found('Nom;Notes\nKerbrat;"ligne 1\nDupont;ligne 2"\nMorel;x\n', { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Morel']]);
    expect(found('Nom,Taille\nKerbrat,12" pouces\nMorel,1\n', { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Morel']]);
    expect(found('Nom,Notes\nKerbrat,"jamais fermé\nMorel,x\n', { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Morel']]);
    // an escaped quote closes nothing
    expect(found('Nom;Notes\nKerbrat;"a dit ""non""\nDupont"\nMorel;x\n', { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Morel']]);
  });

  it('skips the rest of a row whose quoted cell the block’s edge cut, in a later block', () => {
    const headerLine = 'Name,Given Name,Family Name,Address 1 - Formatted,Address 1 - Street';
    // the previous block ended inside « "8 rue de Brest\n29000 Quimper" »: « 12 rue de Brest » was read as a first name
    const block = '29000 Quimper",12 rue de Brest\nMaïwenn Le Floch,Maïwenn,Le Floch,,8 allée des Pins\n';
    expect(found(block, { format: 'csv', headerLine })).toEqual([
      ['postal_address', '12 rue de Brest'],
      ['person_name', 'Maïwenn Le Floch'],
      ['person_name', 'Maïwenn'],
      ['person_name', 'Le Floch'],
      ['postal_address', '8 allée des Pins'],
    ]);
    // a block that starts on a row with a quoted cell is read from its first line
    expect(found('Yannick Kerbrat,"Yannick",Kerbrat\n', { format: 'csv', headerLine }).map(([, v]) => v)).toEqual(['Yannick Kerbrat', 'Yannick', 'Kerbrat']);
  });

  it('reads an address cell on two lines as one address, and a street named after someone as no person', () => {
    const csv = 'Name,Address 1 - Formatted,Address 1 - Street\nYannick Kerbrat,"Le Bourg\n29000 Quimper",Hameau Victor Hugo\n';
    expect(found(csv, { format: 'csv' })).toEqual([
      ['person_name', 'Yannick Kerbrat'],
      ['postal_address', 'Le Bourg\n29000 Quimper'],
      ['postal_address', 'Hameau Victor Hugo'],
    ]);
  });

  it('finds the header of a table below its title and blank lines, as a spreadsheet saved as CSV keeps them', () => {
    const csv = 'Liste des clients 2026;;;\n;;;\n\nNom;Prénom;Date de naissance;Adresse\nKerbrat;Yannick;03/03/1975;Lieu-dit Kerbastard\n';
    expect(found(csv, { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Yannick'], ['birth_date', '03/03/1975'], ['postal_address', 'Lieu-dit Kerbastard']]);
    // a title above a single column; a single column under its header
    expect(found('Mes clients\nNom\nKerbrat\nMorel\n', { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Morel']]);
    expect(found('Nom\nKerbrat\nMorel,VIP\n', { format: 'csv' })).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Morel']]);
    // group headings above the header, as hand-made sheets have them
    expect(found('Identité;;Coordonnées;\nNom;Prénom;Téléphone;Adresse\nKerbrat;Yannick;612345678;Le Bourg\n', { format: 'csv' })).toEqual([
      ['person_name', 'Kerbrat'], ['person_name', 'Yannick'], ['phone', '612345678'], ['postal_address', 'Le Bourg'],
    ]);
    // an order export's header announces one type, below headings
    expect(found('Commande;;Coordonnées;\nN°;Date;Nom complet;Montant\nCMD-1;12/03/2026;Yannick Kerbrat;12,00\n', { format: 'csv' })).toEqual([['person_name', 'Yannick Kerbrat']]);
    // rows without a header, one fuller than those above and saying « Client »: still a row (it has numbers)
    expect(found('Dupont;;\nMorel;0612345678;Client\nDurand;0698765432;Prospect\n', { format: 'csv' }).filter(([t]) => t === 'person_name')).toEqual([]);
    // a header announcing nothing, above rows that say « Client » once: those stay rows
    expect(found('Réf;Type;Montant\nA12;Client;Morel\nA13;Client;Durand\n', { format: 'csv' })).toEqual([]);
    // eleven lines of titles: the table is too far down to be taken for this file's
    expect(found(`${'Titre\n'.repeat(11)}Nom;Date de naissance\nKerbrat;03/03/1975\n`, { format: 'csv' })).toEqual([]);
  });

  it('reads a birthday without its year, or its month first, under a birthday header, and nothing else that way', () => {
    expect(found('"Email Address","First Name","Birthday"\n"lea@exemple.fr","Léa","03/15"\n"max@exemple.fr","Max","15/03"\n"a@exemple.fr","Ana","13/13"\n', { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([
      ['birth_date', '03/15'], ['birth_date', '15/03'],
    ]);
    expect(found('Nom;Rendez-vous\nMorel;15/03\n', { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([]);
    // a loyalty card's birthday in words, a month and year, a form's year of birth
    expect(found('Nom;Anniversaire;Année de naissance\nKerbrat;12 mars;1985\nMorvan;1er mai;\nDurand;mars 1985;\nLe Gall;12 maisons;20\n', { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([
      ['birth_date', '12 mars'], ['birth_date', '1985'], ['birth_date', '1er mai'], ['birth_date', 'mars 1985'],
    ]);
    // Outlook.com writes the month first
    expect(found('First Name,Birthday\nLéa,3/15/1985\nMax,13/15/1985\n', { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([['birth_date', '3/15/1985']]);
    // Google Contacts writes a birthday without its year as ISO 8601 does, « --03-15 » (vCard 4.0's « --0315 »)
    expect(found('First Name,Birthday\nYannick,--03-15\nLéa,--0315\nMax,--13-15\nAna,--\n', { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([
      ['birth_date', '--03-15'], ['birth_date', '--0315'],
    ]);
  });

  it('reads a form tool’s responses by their questions, and a mailing tool’s phones with their country code', () => {
    const forms = 'Horodateur,Quel est votre nom ?,Votre prénom,Date de naissance de votre enfant,Avez-vous des allergies ?\n2024/03/12 14:32:00 UTC+1,Kerbrat,Yannick,03/05/2017,Arachides\n2024/03/13 09:02:11 UTC+1,Morel,Léa,11/11/2015,Non\n';
    expect(found(forms, { format: 'csv' })).toEqual([
      ['person_name', 'Kerbrat'], ['person_name', 'Yannick'], ['birth_date', '03/05/2017'], ['health', 'Arachides'],
      ['person_name', 'Morel'], ['person_name', 'Léa'], ['birth_date', '11/11/2015'],
    ]);
    // a yoga teacher's registration form: its health questions in their own words, its header no one's
    const yoga = '"Horodateur","Nom et prénom","Avez-vous des problèmes de santé ou des blessures dont je devrais être informée ?","Êtes-vous enceinte ?","Souhaitez-vous recevoir nos conseils santé ?"\n'
      + '"2026/09/01 10:12:44 UTC+2","Claire Morel","Mal au genou gauche","Non","Oui"\n"2026/09/02 18:03:10 UTC+2","Léa Bernard","Aucun","Oui, 4 mois","Oui"\n';
    expect(found(yoga, { format: 'csv' })).toEqual([
      ['person_name', 'Claire Morel'], ['health', 'Mal au genou gauche'], ['person_name', 'Léa Bernard'], ['health', 'Oui, 4 mois'],
    ]);
    // Brevo writes its SMS column 33612345678; an 11-digit order number or 34… under it is no French phone
    expect(found('EMAIL;PRENOM;SMS\nlea@exemple.fr;Léa;33612345678\nmax@exemple.fr;Max;34612345678\n', { format: 'csv' })).toEqual([
      ['email', 'lea@exemple.fr'], ['person_name', 'Léa'], ['phone', '33612345678'], ['email', 'max@exemple.fr'], ['person_name', 'Max'],
    ]);
  });

  it('takes a health mention anywhere in a row of a table of people as about that person', () => {
    const header = 'Prénom;Nom;Courriel;Adresse;Code postal;Ville;Date de naissance;Notes';
    const row = 'Gwen;Le Bihan;gwen.lebihan@exemple.fr;Lieu-dit Kerbastard;29700;Plomelin;03/03/1975;diabétique, pas de sucre\n';
    expect(found(`${header}\n${row}`, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'diabétique']]);
    // a later block of the same file, its header given
    expect(found(row, { format: 'csv', headerLine: header }).filter(([t]) => t === 'health')).toEqual([['health', 'diabétique']]);
    // no column of names: a product, not a person
    expect(found('Produit;Notes\nConfiture sans sucre;diabétique\n', { format: 'csv' })).toEqual([]);
    expect(found('Produit;Notes\nConfiture sans sucre;diabétique\n', { format: 'csv', headerLine: header.replace('Nom', 'Produit').replace('Prénom', 'Réf') })).toEqual([]);
  });

  it('leaves a vet’s table’s health alone, its rows being its animals’; not a riding club’s riders’', () => {
    const vet = 'Animal;Espèce;Race;Propriétaire;Téléphone;Antécédents\nRex;Chien;Berger allemand;Hervé Lambert;0612984533;dysplasie, diabétique\n';
    expect(found(vet, { format: 'csv' }).map(([t]) => t)).toEqual(['person_name', 'phone']);
    expect(found('Mistigri;Chat;Européen;Josette Lambert;0698765432;insuffisance rénale\n', { format: 'csv', headerLine: vet.split('\n')[0] }).map(([t]) => t)).toEqual(['person_name', 'phone']);
    expect(found('Cavalier;Cheval;Remarques\nLéa Martin;Tornado;asthmatique, Ventoline dans le sac\n', { format: 'csv' })).toEqual([
      ['person_name', 'Léa Martin'],
      ['health', 'asthmatique'],
      ['health', 'Ventoline'],
    ]);
  });

  it('reads a practitioner’s health columns in a table of people, not « néant », and not a menu’s allergens', () => {
    const csv = 'Nom;Prénom;Antécédents;Allergies;Motif de consultation\nKerbrat;Yannick;Asthme;Néant;Lombalgie chronique\nMorel;Léa;RAS;pénicilline;-\n';
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'Asthme'], ['health', 'Lombalgie chronique'], ['health', 'pénicilline']]);
    expect(found('Plat;Allergies;Prix\nTarte aux noix;gluten, fruits à coque;6\n', { format: 'csv' })).toEqual([]);
    expect(found('pénicilline', { format: 'xlsx', columnHeader: 'Allergies', aboutPeople: true })).toEqual([['health', 'pénicilline']]);
    expect(found('gluten', { format: 'xlsx', columnHeader: 'Allergies' })).toEqual([]);
    // a blood group has no three letters: « A+ », « O- »; « C+ » is none
    expect(found('Nom;Groupe sanguin\nKerbrat;A+\nMorel;O-\nLe Gall;AB Rh+\nRoux;C+\n', { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'A+'], ['health', 'O-'], ['health', 'AB Rh+']]);
  });

  it('reads a social security number under its header, its key kept apart or not, and nothing else there', () => {
    // a practitioner's or an employer's file: 13 digits alone are no NIR to the number rules, which need its key
    const csv = [
      'Nom;Prénom;N° Sécurité sociale;Clé',
      'Kerbrat;Yannick;1850578006084;91',
      'Le Bihan;Gwen;2 85 05 78 006 084;',
      'Morel;Léa;1 85 05 2A 006 084 12;',
      'Guillou;Erwan;inconnu;',
      'Tanguy;Maël;0850578006084;',
      'Riou;Anne;185057800608;',
      '',
    ].join('\n');
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'nir')).toEqual([['nir', '1850578006084'], ['nir', '2 85 05 78 006 084'], ['nir', '1 85 05 2A 006 084 12']]);
    // the header as forms, patient files and payroll exports write it
    for (const h of ['N° SS', 'NIR', 'Numéro INSEE', 'Numéro de sécurité sociale', 'N° de Sécurité Sociale de l’assuré', 'Carte Vitale', 'NSS', 'Social Security Number', 'num_secu']) expect(columnType(h)).toBe('nir');
    for (const h of ['Code INSEE', 'Caisse de sécurité sociale', 'Numéro d’immatriculation', 'Clé']) expect(columnType(h)).toBeNull();
    // a spreadsheet's column, and a Markdown table in notes
    expect(found('1850578006084', { format: 'xlsx', columnHeader: 'N° SS' })).toEqual([['nir', '1850578006084']]);
    expect(found('| Nom | NIR |\n| --- | --- |\n| Yannick Kerbrat | 1850578006084 |\n').filter(([t]) => t === 'nir')).toEqual([['nir', '1850578006084']]);
  });

  it('reads a birth date as Excel writes it in its other formats, and as older software keeps it, under its header', () => {
    const rows = ['12-mars-85', '03-janv.-85', 'mardi 12 mars 1985', '12 déc. 1985', '12031985', '19850312', '1985/03/12', '12-MAR-1985', 'March 12, 1985'];
    const csv = `Nom;Prénom;Date de naissance\n${rows.map((d) => `Kerbrat;Yannick;${d}`).join('\n')}\n`;
    expect(found(csv, { format: 'csv' }).filter(([t]) => t === 'birth_date').map(([, v]) => v)).toEqual(rows);
    // nor what is no date: a number too long, a month that is none, a word (a month without its day is one in part: « mars 1985 »)
    const not = ['120319851', '13131985', 'mars 19850', '13/1985', 'Inconnue', 'née en 1985'];
    expect(found(`Nom;Date de naissance\n${not.map((d) => `Kerbrat;${d}`).join('\n')}\n`, { format: 'csv' }).filter(([t]) => t === 'birth_date')).toEqual([]);
  });
});
