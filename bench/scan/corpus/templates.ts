// Document templates of a micro-business folder: invoices and quotes, e-mails, session notes,
// HR notes, IT notes, client lists and order exports (CSV). Each writes its labels as it goes.
import { Doc } from './doc.ts';
import { Rng } from './random.ts';
import * as v from './values.ts';
import { CITIES, DOMAINS, FILLER, FIRST_COMPOUND, FIRST_HELD_OUT, FIRST_KNOWN, LAST_NAMES, PRODUCTS, STREET_NAMES, STREET_TYPES, TRADES } from './pools.ts';
import { NEGATIVE, POSITIVE, SUBJECTS } from './special.ts';

export interface Person {
  first: string;
  last: string;
  female: boolean;
}

export function person(r: Rng): Person {
  const x = r.next();
  const first = x < 0.15 ? r.pick(FIRST_HELD_OUT) : x < 0.23 ? r.pick(FIRST_COMPOUND) : r.pick(FIRST_KNOWN);
  return { first, last: r.pick(LAST_NAMES), female: r.chance(0.5) };
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
}

export function emailOf(r: Rng, p: Person): string {
  const a = ascii(p.first);
  const b = ascii(p.last);
  const local = r.pick([`${a}.${b}`, `${a}${b}`, `${a[0]}${b}`, `${a}.${b}${r.int(1, 99)}`, `${b}.${a}`, `${a}_${b}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}

/** Writes a person's name in one of the usual forms; the honorific is not part of the label. */
export function writeName(d: Doc, r: Rng, p: Person, style = r.int(0, 5)): void {
  // (written small too, as French writes it within a sentence: « certifie que madame Kerbrat »)
  const hon = p.female ? r.pick(['Mme ', 'Madame ', 'Mme ', 'Mlle ', 'madame ']) : r.pick(['M. ', 'Monsieur ', 'M. ', 'Dr ', 'monsieur ']);
  switch (style) {
    case 0: d.t(hon).p('person_name', `${p.first} ${p.last}`); break;
    case 1: d.t(hon).p('person_name', p.last); break;
    case 2: d.p('person_name', `${p.last.toUpperCase()} ${p.first}`); break;
    case 3: d.p('person_name', `${p.first} ${p.last.toUpperCase()}`); break;
    // an initial, as letters and invoices abridge the first name
    case 4: d.t(hon).p('person_name', `${p.first[0]}. ${p.last}`); break;
    // (the initial alone before the surname, as a form's field or a patient file abridges it: never drawn by default)
    case 6: d.p('person_name', `${p.first[0]}. ${p.last}`); break;
    default: d.p('person_name', `${p.first} ${p.last}`);
  }
}

function postcode(r: Rng): string {
  const dept = r.int(1, 95);
  return String(dept === 20 ? 21 : dept).padStart(2, '0') + r.int(0, 9) + r.digits(2);
}

export function streetLine(r: Rng): string {
  const num = String(r.int(1, 180)) + (r.chance(0.12) ? r.pick([' bis', ' ter', 'bis', ' B']) : '');
  return `${num}${r.chance(0.15) ? ',' : ''} ${r.pick(STREET_TYPES)} ${r.pick(STREET_NAMES)}`;
}

export function writeAddress(d: Doc, r: Rng, multiline = r.chance(0.4)): void {
  // one address in ten has no number, as in the countryside: « Lieu-dit Kerbastard », « Le Bourg », « rue de l’Église »
  let s = r.chance(0.1) ? r.pick([`Lieu-dit ${r.pick(CITIES)}`, `Hameau ${r.pick(STREET_NAMES)}`, 'Le Bourg', `${r.pick(STREET_TYPES)} ${r.pick(STREET_NAMES)}`]) : streetLine(r);
  // a building's or a flat's mark after the street, now and then
  if (r.chance(0.05)) s += `, ${r.pick(['Bât. ', 'Bât ', 'Appt ', 'Escalier '])}${r.pick(['A', 'B', 'C', String(r.int(1, 40))])}`;
  const cedex = r.chance(0.08);
  if (cedex) s += `${multiline ? '\n' : ', '}${r.pick(['BP', 'CS'])} ${r.int(10, 90000)}`;
  s += `${multiline ? '\n' : ', '}${postcode(r)} ${r.chance(0.2) ? r.pick(CITIES).toUpperCase() : r.pick(CITIES)}`;
  if (cedex) s += ` CEDEX${r.chance(0.5) ? ' ' + r.int(1, 20) : ''}`;
  // in capitals, as the address block of some software's letters
  d.p('postal_address', r.chance(0.05) ? s.toUpperCase() : s);
}

function filler(d: Doc, r: Rng, n: number): void {
  for (let i = 0; i < n; i++) d.t(r.pick(FILLER) + (r.chance(0.7) ? ' ' : '\n'));
}

function hardNegatives(d: Doc, r: Rng): void {
  const k = r.int(0, 9);
  switch (k) {
    case 0: d.t(`Réf. commande : CMD-${r.int(2019, 2026)}-${r.digits(6)}. `); break;
    case 1: d.t(`Code article (EAN) : ${v.ean13(r)}. `); break;
    case 2: d.t(`Numéro de suivi du colis : ${v.luhnNine(r)}. `); break;
    case 3: d.t(`Coordonnées GPS du chantier : ${r.int(42, 50)}.${r.digits(4)}, ${r.int(-4, 7)}.${r.digits(4)}. `); break;
    case 4: d.t(`Logiciel de caisse mis à jour en version ${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 99)}. `); break;
    case 5: d.t(`RIB fourni (erroné, à redemander) : ${v.badIban(r)}. `); break;
    case 6: d.t(`Carte refusée : ${v.badCard(r)}. `); break;
    case 7: d.t(`Total à régler : ${v.amount(r)} avant le ${v.date(r, 2024, 2026)}. `); break;
    case 8: d.t(`Client n° ${v.luhnNine(r)}, dossier ${r.digits(10)}. `); break;
    default: d.t(`Ancien numéro attribué par erreur : ${v.invalidPhone(r)}. `);
  }
}

function special(d: Doc, r: Rng): void {
  if (r.chance(0.35)) {
    d.t(r.pick(NEGATIVE) + ' ');
    return;
  }
  const [type, tpl] = r.pick(POSITIVE);
  const [before, after] = tpl.replace('{N}', String(r.int(2, 15))).split('{S}') as [string, string];
  d.t(before);
  if (r.chance(0.3)) writeName(d, r, person(r), r.pick([0, 1]));
  else d.t(r.pick(SUBJECTS));
  d.marked(type, after);
  d.t(' ');
}

function company(r: Rng): string {
  return `${r.pick(['SARL', 'EI', 'EURL', 'SAS', ''])} ${r.pick(TRADES)} ${r.pick(LAST_NAMES)}`.trim();
}

export function invoice(r: Rng): Doc {
  const d = new Doc();
  const quote = r.chance(0.3);
  d.t(`${company(r)}\n`);
  writeAddress(d, r, true);
  // one letterhead in five sets its phone's pairs apart (« 02 • 98 • 12 • 34 • 56 »)
  d.t('\nTél. ').p('phone', r.chance(0.2) ? v.letterheadPhone(r) : v.phone(r)).t('\n');
  const s = v.siret(r);
  d.t('SIRET : ').p('siret', v.formatSiret(r, s)).t(' – TVA intracommunautaire : ' + v.tvaNumber(r, s.slice(0, 9)) + '\n');
  if (r.chance(0.3)) d.t(`RCS ${r.pick(CITIES)} `).p('siren', v.formatSiren(r, v.siren(r))).t('\n');
  d.t(`\n${quote ? 'DEVIS' : 'FACTURE'} N° ${quote ? 'D' : 'F'}${r.int(2022, 2026)}-${r.digits(4)} du ${v.date(r, 2023, 2026)}\n\nClient : `);
  const c = person(r);
  writeName(d, r, c);
  d.t('\n');
  writeAddress(d, r);
  d.t('\nCourriel : ').p('email', emailOf(r, c)).t('\n\n');
  for (let i = r.int(1, 5); i > 0; i--) d.t(`${r.pick(PRODUCTS)}\t${r.int(1, 12)}\t${v.amount(r)}\tEAN ${v.ean13(r)}\n`);
  d.t(`\nTotal HT : ${v.amount(r)}\nTVA 20 % : ${v.amount(r)}\nTotal TTC : ${v.amount(r)}\n`);
  if (!quote) {
    d.t(`Échéance : ${v.date(r, 2024, 2026)}. Règlement par virement :\nIBAN `).p('iban', v.formatIban(r, v.ibanCompact(r))).t(` BIC ${r.pick(['BNPAFRPPXXX', 'CCFRFRPP', 'AGRIFRPP882', 'SOGEFRPP'])}\n`);
    // the RIB as the bank's « relevé d'identité bancaire » shows it, on some invoices
    if (r.chance(0.15)) writeRib(d, r);
  }
  hardNegatives(d, r);
  d.t('\n');
  filler(d, r, r.int(1, 3));
  return d;
}

export function email(r: Rng): Doc {
  const d = new Doc();
  const from = person(r);
  d.t('De : ');
  // one in seven as Outlook writes it, surname first in quotes
  if (r.chance(0.15)) d.t('"').p('person_name', `${from.last}, ${from.first}`).t('" <').p('email', emailOf(r, from)).t('>\n');
  else d.p('person_name', `${from.first} ${from.last}`).t(' <').p('email', emailOf(r, from)).t('>\n');
  d.t(`Objet : ${r.pick(['Demande de devis', 'Rendez-vous', 'Votre facture', 'Intervention', 'Suivi'])}\nDate : ${v.date(r, 2024, 2026)}\n\n`);
  // one e-mail in four greets its reader by the first name
  if (r.chance(0.25)) d.t(r.pick(['Bonjour ', 'Bonsoir ', 'Cher ', 'Chère ', 'Hello '])).p('person_name', person(r).first).t(r.pick([',\n\n', ' !\n\n', ',\n']));
  else d.t(r.pick(['Bonjour,\n\n', 'Bonjour Madame,\n\n', 'Madame, Monsieur,\n\n']));
  filler(d, r, r.int(1, 3));
  if (r.chance(0.6)) {
    d.t('Vous pouvez me joindre au ').p('phone', v.phone(r)).t(r.chance(0.5) ? '.\n' : ' en journée.\n');
  }
  if (r.chance(0.5)) {
    d.t(r.pick(['Mon adresse : ', 'Le chantier se situe au ', 'Livraison à : ']));
    writeAddress(d, r, false);
    d.t('.\n');
  }
  if (r.chance(0.3)) {
    const other = person(r);
    d.t('Je vous mets en copie ');
    writeName(d, r, other);
    d.t(' (').p('email', emailOf(r, other)).t(').\n');
  }
  if (r.chance(0.25)) special(d, r);
  if (r.chance(0.4)) hardNegatives(d, r);
  d.t(`\n${r.pick(['Cordialement,', 'Bien cordialement,', 'Bien à vous,', 'Merci d’avance,', 'Bonne journée,', 'Cdlt', 'Au plaisir,', '-- '])}\n`);
  // signed with the first name alone, one in five
  if (r.chance(0.8)) d.p('person_name', r.chance(0.2) ? `${from.first} ${from.last.toUpperCase()}` : r.chance(0.25) ? from.first : `${from.first} ${from.last}`).t('\n');
  if (r.chance(0.4)) d.p('phone', v.phone(r)).t('\n');
  // the message replied to, quoted below its header, as mail programs write it
  if (r.chance(0.3)) {
    const q = person(r);
    const [h, m] = [r.int(8, 11), r.digits(2)];
    switch (r.int(0, 2)) {
      case 0: d.t(`\nLe ${v.date(r, 2024, 2026)} à ${h}:${m}, `).p('person_name', `${q.first} ${q.last}`).t(' <').p('email', emailOf(r, q)).t('> a écrit :\n'); break;
      case 1: d.t(`\nOn Mon, Nov ${r.int(1, 28)}, 2026 at ${h}:${m} ${r.pick(['AM', 'PM'])} `).p('person_name', `${q.first} ${q.last}`).t(' <').p('email', emailOf(r, q)).t('> wrote:\n'); break;
      default: d.t('\n-----Message d’origine-----\nÀ : \'').p('person_name', `${q.first} ${q.last}`).t('\' <').p('email', emailOf(r, q)).t(`>\nObjet : ${r.pick(['RE: Devis', 'TR: Facture', 'RE: Rendez-vous'])}\n`);
    }
    d.t('> Bonjour,\n> Merci pour votre retour.\n');
  }
  return d;
}

/** A French RIB without its IBAN: in one run, or field by field on one line or down a table. */
function writeRib(d: Doc, r: Rng): void {
  let bban = '';
  while (!bban.startsWith('FR')) bban = v.ibanCompact(r);
  const [bank, branch, account, key] = [bban.slice(4, 9), bban.slice(9, 14), bban.slice(14, 25), bban.slice(25, 27)];
  switch (r.int(0, 2)) {
    case 0: d.t('RIB : ').p('iban', `${bank} ${branch} ${account} ${key}`).t('\n'); break;
    case 1: d.t('Code banque : ').p('iban', `${bank}  Code guichet : ${branch}  N° de compte : ${account}  Clé RIB : ${key}`).t('\n'); break;
    default: d.t('Banque\t').p('iban', `${bank}\nGuichet\t${branch}\nCompte\t${account}\nClé\t${key}`).t('\n');
  }
}

export function sessionNote(r: Rng): Doc {
  const d = new Doc();
  const c = person(r);
  d.t(`Compte rendu de séance du ${v.date(r, 2024, 2026)}\n`);
  d.t(r.pick(['Consultant·e : ', 'Patient·e : ', 'Client : ']));
  writeName(d, r, c);
  if (r.chance(0.6)) {
    const ctx = r.pick([', née le ', ', né le ', ' (date de naissance : ', ' — DDN ', ', né(e) le ', `, né${c.female ? 'e' : ''} à ${r.pick(CITIES)} le `]);
    d.t(ctx).p('birth_date', v.date(r, 1945, 2010)).t(ctx.includes('(') ? ')' : '');
  } else if (r.chance(0.25)) {
    // the year alone, or the month and year, as a note says it
    const year = String(r.int(1945, 2010));
    d.t(`, né${c.female ? 'e' : ''} en `).p('birth_date', r.chance(0.3) ? `${r.pick(['janvier', 'mars', 'juin', 'octobre'])} ${year}` : year);
  }
  d.t('\n');
  if (r.chance(0.3)) d.t('Mutuelle / n° de sécurité sociale : ').p('nir', v.formatNir(r, v.nir(r))).t('\n');
  d.t('\n');
  for (let i = r.int(1, 3); i > 0; i--) {
    filler(d, r, 1);
    special(d, r);
  }
  // someone the client spoke of, by the first name and an initial
  if (r.chance(0.3)) {
    const o = person(r);
    d.t(r.pick(['Évoque sa relation avec ', 'Conflit au travail avec ', 'Parle de sa sœur, ', 'Recommandé par '])).p('person_name', `${o.first} ${o.last[0]!.toUpperCase()}.`).t(r.pick([' ; à reprendre.\n', '\n', ', à suivre.\n']));
  }
  if (r.chance(0.3)) d.t(`Prochain rendez-vous le ${v.date(r, 2025, 2026)} à ${r.int(8, 19)} h.\n`);
  if (r.chance(0.3)) hardNegatives(d, r);
  return d;
}

export function hrNote(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  d.t('Fiche salarié\nNom : ');
  writeName(d, r, p, r.pick([2, 3]));
  d.t('\nNé' + (p.female ? 'e' : '') + ' le ').p('birth_date', v.date(r, 1960, 2005)).t(` à ${r.pick(CITIES)}\n`);
  d.t('N° de sécurité sociale : ').p('nir', v.formatNir(r, v.nir(r))).t('\n');
  d.t('Domicile : ');
  writeAddress(d, r, false);
  d.t('\nIBAN pour la paie : ').p('iban', v.formatIban(r, v.ibanCompact(r))).t('\n');
  d.t('Portable : ').p('phone', v.phone(r)).t('\n');
  if (r.chance(0.4)) d.t('Carte affaires : ').p('card', v.formatCard(r, v.cardDigits(r))).t(` exp. ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 30)}\n`);
  d.t(`Date d’embauche : ${v.date(r, 2010, 2025)}\n`);
  if (r.chance(0.5)) special(d, r);
  hardNegatives(d, r);
  d.t('\n');
  return d;
}

/** A CV received for a job: the name in capitals alone on the first line, a referee, sometimes a heading in capitals. */
export function resume(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  const name = r.chance(0.7) ? `${p.first} ${p.last}` : `${p.last} ${p.first}`;
  d.p('person_name', name.toUpperCase()).t('\n');
  d.t(`${r.pick(['Assistante administrative', 'Plombier chauffagiste', 'Secrétaire médicale', 'Apprenti paysagiste', 'Commercial terrain'])}\n`);
  writeAddress(d, r, false);
  d.t('\n').p('phone', r.chance(0.2) ? v.letterheadPhone(r) : v.phone(r)).t(' – ').p('email', emailOf(r, p)).t('\n');
  d.t(`${r.int(18, 60)} ans – Permis B\n\n${r.pick(['EXPÉRIENCE PROFESSIONNELLE', 'PARCOURS', 'COMPÉTENCES'])}\n`);
  d.t(`${r.int(2005, 2020)}–${r.int(2021, 2026)} : ${r.pick(['Assistante de direction', 'Technicien', 'Vendeur', 'Stagiaire'])}, ${r.pick(['Cabinet Lemoine & Associés', 'SARL Bati Ouest', 'Mairie de ' + r.pick(CITIES)])}\n`);
  if (r.chance(0.5)) {
    d.t('Références : ');
    writeName(d, r, person(r), r.pick([0, 1]));
    d.t(' (').p('phone', v.phone(r)).t(')\n');
  }
  // headings that are no one: a bank's, a school's, a shop's
  d.t(`\n${r.pick(['CENTRES D’INTÉRÊT', 'LANGUES', 'FORMATION', 'LYCEE VICTOR HUGO', 'LOUIS XV', 'AVENUE JEAN JAURES', 'CREDIT AGRICOLE'])}\n`);
  hardNegatives(d, r);
  return d;
}

/** A statement or a certificate, signed « Je soussigné(e) … » (a first name the list may not know). */
export function signedStatement(r: Rng): Doc {
  const d = new Doc();
  const who = person(r);
  const client = person(r);
  d.t(`${r.pick(['ATTESTATION', 'ATTESTATION SUR L’HONNEUR', 'CERTIFICAT', 'ATTESTATION FISCALE ANNUELLE'])}\n\n`);
  d.t(r.pick(['Je soussigné ', 'Je soussignée ', 'Je soussigné(e) ', 'Je soussigné, ', 'Je soussignée, '])).p('person_name', `${who.first} ${who.last}`);
  d.t(`, ${r.pick(['gérante de l’entreprise', 'artisan, entreprise', 'praticienne,'])} ${r.pick(TRADES)}, certifie que `);
  writeName(d, r, client, r.pick([0, 1, 2]));
  d.t(`, demeurant `);
  writeAddress(d, r, false);
  d.t(`, ${r.pick(['a bénéficié de nos services en 2025.', 'a réglé l’intégralité de ses factures.', 'a suivi la formation du 3 au 5 mars.'])}\n`);
  if (r.chance(0.4)) hardNegatives(d, r);
  d.t(`Fait à ${r.pick(CITIES)}, le ${v.date(r, 2025, 2026)}\n`);
  return d;
}

/** A form read from a Word table or a PDF: each cell on its own line, the label above its value. */
export function formSheet(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  d.t(`${r.pick(['Fiche client', 'Fiche d’inscription', 'Fiche patient', 'Formulaire de contact'])}\n`);
  if (r.chance(0.4)) {
    // one field per word: « Nom : Kerbrat », « Prénom : Yannick », beside or above their value
    // (or a tab: a two-column table copied into a text)
    const sep = r.pick([' : ', '\n', ' : ', '\t']);
    // (on one line too, as a PDF's text gives a form's fields)
    const between = sep === ' : ' && r.chance(0.4) ? r.pick([' ', '   ']) : '\n';
    d.t(`${r.pick(['Nom', 'NOM', 'Nom de famille'])}${sep}`).p('person_name', r.chance(0.3) ? p.last.toUpperCase() : p.last).t(between);
    d.t(`Prénom${sep}`).p('person_name', p.first).t('\n');
  } else {
    d.t(`${r.pick(['Nom', 'Nom :', 'Nom et prénom', 'Client', 'Patient :'])}\n`);
    writeName(d, r, p, r.pick([2, 3, 4, 6]));
    d.t('\n');
  }
  if (r.chance(0.7)) d.t(`${r.pick(['Date de naissance', 'Date de naissance :', 'Né(e) le', 'DDN :'])}\n`).p('birth_date', v.date(r, 1945, 2010)).t('\n');
  // a shop's loyalty card keeps the birthday without its year
  else if (r.chance(0.4)) d.t(r.pick(['Anniversaire : ', 'Anniversaire :\n'])).p('birth_date', v.dayAndMonth(r)).t('\n');
  // one form in five typed with slashes: « 06/12/34/56/78 »
  const phone = v.phone(r);
  const slashed = /^0\d([ .-]\d\d){4}$/.test(phone) && r.chance(0.2) ? phone.replace(/[ .-]/g, '/') : phone;
  d.t(`${r.pick(['Téléphone', 'Portable :', 'Tél.'])}\n`).p('phone', slashed).t('\n');
  if (r.chance(0.6)) d.t('Courriel\n').p('email', emailOf(r, p)).t('\n');
  if (r.chance(0.3)) {
    // a health field of the file: its label says what the rest of the line is
    const label = r.pick(['Antécédents', 'Antécédents médicaux', 'Allergies', 'Pathologie', 'Motif de consultation', 'Contre-indications']);
    d.p('health', `${label}${r.pick([' : ', ' : ', '\t'])}${r.pick(['asthme', 'lombalgie chronique', 'allergie à la pénicilline', 'hypothyroïdie traitée', 'migraines, troubles du sommeil', 'opération du genou en 2019'])}`).t('\n');
  } else if (r.chance(0.3)) d.t(`${r.pick(['Allergies', 'Antécédents'])} : ${r.pick(['néant', 'aucune', 'RAS'])}\n`);
  d.t(`Date de la demande\n${v.date(r, 2024, 2026)}\n`);
  if (r.chance(0.3)) d.t(`Acte de naissance\n${r.pick(['fourni', 'à fournir', v.date(r, 2024, 2026)])}\n`);
  if (r.chance(0.3)) hardNegatives(d, r);
  d.t('\n');
  return d;
}

export function itNote(r: Rng): Doc {
  const d = new Doc();
  d.t(`Journal d’intervention informatique — ${v.date(r, 2024, 2026)}\n`);
  d.t('Poste du cabinet : adresse IP ').p('ip_address', v.ipv4(r)).t(`, passerelle `).p('ip_address', v.ipv4(r)).t('.\n');
  if (r.chance(0.3)) d.t('Adresse IPv6 : ').p('ip_address', v.ipv6(r)).t('.\n');
  d.t(`Mise à jour du logiciel ${r.pick(['Doctolib', 'Excel', 'LibreOffice', 'Firefox'])} vers la version ${r.int(1, 20)}.${r.int(0, 9)}.${r.int(0, 99)}.\n`);
  d.t(`Coordonnées GPS de l’agence : ${r.int(42, 50)}.${r.digits(5)}, ${r.int(0, 7)}.${r.digits(5)}.\n`);
  d.t('Connexion suspecte depuis ').p('ip_address', v.ipv4(r)).t(` le ${v.date(r, 2025, 2026)} à 03:${r.digits(2)}.\n`);
  if (r.chance(0.5)) d.t('Ticket ouvert par ').p('email', emailOf(r, person(r))).t('.\n');
  if (r.chance(0.3)) d.t('Carte de paiement de l’abonnement : ').p('card', v.formatCard(r, v.cardDigits(r))).t('.\n');
  hardNegatives(d, r);
  hardNegatives(d, r);
  d.t('\n');
  return d;
}

export function companyNote(r: Rng): Doc {
  const d = new Doc();
  d.t(`Fournisseur : ${company(r)}, SIREN `).p('siren', v.formatSiren(r, v.siren(r))).t(', SIRET de l’établissement ').p('siret', v.formatSiret(r, v.siret(r))).t('.\n');
  d.t(`Bon de commande n° ${v.luhnNine(r)} du ${v.date(r, 2024, 2026)}, montant ${v.amount(r)}.\n`);
  d.t('Contact : ');
  writeName(d, r, person(r));
  d.t(', ').p('phone', v.phone(r)).t('.\n');
  hardNegatives(d, r);
  d.t('\n');
  filler(d, r, 1);
  return d;
}

// ---------- CSV ----------

export interface CsvSchema {
  delim: string;
  columns: Array<'nom' | 'prenom' | 'nomComplet' | 'email' | 'tel' | 'adresse' | 'cp' | 'ville' | 'ddn' | 'commande' | 'montant' | 'date' | 'ean' | 'notes'>;
  header: string[];
}

const HEADERS: Record<CsvSchema['columns'][number], string[]> = {
  nom: ['Nom', 'NOM', 'nom', 'Nom de famille'],
  prenom: ['Prénom', 'Prenom', 'prénom'],
  nomComplet: ['Client', 'Nom complet', 'Contact'],
  email: ['Email', 'E-mail', 'Courriel', 'Adresse e-mail'],
  tel: ['Téléphone', 'Tel', 'Portable', 'Mobile'],
  adresse: ['Adresse', 'Adresse postale'],
  cp: ['Code postal', 'CP'],
  ville: ['Ville', 'Commune'],
  ddn: ['Date de naissance', 'DDN', 'Né(e) le'],
  commande: ['N° commande', 'Référence'],
  montant: ['Montant TTC', 'Total'],
  date: ['Date', 'Date de commande', 'Dernière visite'],
  ean: ['EAN', 'Code article'],
  notes: ['Notes', 'Commentaire'],
};

export function csvSchema(r: Rng): CsvSchema {
  const delim = r.pick([';', ';', ',', '\t']);
  let columns: CsvSchema['columns'];
  switch (r.int(0, 3)) {
    case 0: columns = ['nom', 'prenom', 'email', 'tel', 'adresse', 'cp', 'ville', 'ddn']; break;
    case 1: columns = ['nomComplet', 'email', 'tel', 'adresse', 'cp', 'ville']; break;
    case 2: columns = ['commande', 'date', 'nomComplet', 'email', 'montant', 'ean']; break;
    default: columns = ['prenom', 'nom', 'tel', 'email', 'date', 'notes'];
  }
  return { delim, columns, header: columns.map((c) => r.pick(HEADERS[c])) };
}

function cell(d: Doc, r: Rng, s: CsvSchema, col: CsvSchema['columns'][number], p: Person): void {
  const quote = (x: string) => (x.includes(s.delim) || x.includes('"') ? `"${x.replace(/"/g, '""')}"` : x);
  switch (col) {
    case 'nom': d.p('person_name', r.chance(0.5) ? p.last.toUpperCase() : p.last); break;
    case 'prenom': d.p('person_name', p.first); break;
    case 'nomComplet': d.p('person_name', r.chance(0.5) ? `${p.first} ${p.last}` : `${p.last.toUpperCase()} ${p.first}`); break;
    case 'email': d.p('email', emailOf(r, p)); break;
    case 'tel': if (r.chance(0.9)) d.p('phone', v.phone(r).replace(/^\+/, r.chance(0.5) ? '+' : '+')); break;
    case 'adresse': {
      const a = streetLine(r);
      if (a.includes(s.delim)) d.t('"').p('postal_address', a).t('"');
      else d.p('postal_address', a);
      break;
    }
    case 'cp': d.t(postcode(r)); break;
    case 'ville': d.t(quote(r.pick(CITIES))); break;
    case 'ddn': if (r.chance(0.85)) d.p('birth_date', v.date(r, 1940, 2008).replace(/^(\d+) /, (m) => m)); break;
    case 'commande': d.t(`CMD-${r.digits(7)}`); break;
    case 'montant': d.t(quote(v.amount(r))); break;
    case 'date': d.t(v.date(r, 2023, 2026)); break;
    case 'ean': d.t(v.ean13(r)); break;
    case 'notes': {
      if (r.chance(0.15)) {
        d.t('"');
        special(d, r);
        d.t('"');
      } else d.t(quote(r.pick(['', 'Relancer en septembre', 'Paie par chèque', 'Client fidèle', `Version ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`])));
      break;
    }
  }
}

export function csvRow(d: Doc, r: Rng, s: CsvSchema): void {
  const p = person(r);
  s.columns.forEach((col, i) => {
    if (i > 0) d.t(s.delim);
    cell(d, r, s, col, p);
  });
  d.t('\n');
}

export function csvFile(r: Rng): Doc {
  const s = csvSchema(r);
  const d = new Doc();
  // a spreadsheet saved as CSV, now and then: its title and a blank row above the table
  if (r.chance(0.1)) {
    const blank = s.delim.repeat(s.header.length - 1);
    d.t(`${r.pick(['Liste des clients', 'Fichier clients', 'Commandes', 'CLIENTS'])} ${r.int(2020, 2026)}${blank}\n${r.chance(0.5) ? blank : ''}\n`);
    // and group headings over the columns, now and then
    if (r.chance(0.4)) d.t(s.header.map((_, i) => (i === 0 ? 'Identité' : i === 2 ? 'Coordonnées' : '')).join(s.delim) + '\n');
  }
  d.t(s.header.join(s.delim) + '\n');
  for (let i = r.int(3, 25); i > 0; i--) csvRow(d, r, s);
  return d;
}

// ---------- Contact exports ----------

type ExportColumn = 'first' | 'last' | 'full' | 'middle' | 'birthday' | 'email' | 'phone' | 'phoneHome' | 'sms' | 'street' | 'formatted' | 'postcode' | 'city' | 'notes' | 'label' | 'stamp' | 'history' | 'allergies' | 'reason' | 'code' | 'status' | 'count' | 'date' | 'amount' | 'inverted' | 'guardian' | 'oneLine' | 'rqth' | 'union' | 'record' | 'disability' | 'nir' | 'nirKey';

/** The layouts of the exports a business gets from its mail, phone or shop software (headers as those programs write them). */
const EXPORTS: Array<{ delim: string; columns: Array<[ExportColumn, string]> }> = [
  // Outlook, in French
  { delim: ',', columns: [['first', 'Prénom'], ['middle', 'Deuxième prénom'], ['last', 'Nom'], ['street', 'Rue (domicile)'], ['city', 'Ville (domicile)'], ['postcode', 'Code postal (domicile)'], ['phoneHome', 'Téléphone (domicile)'], ['phone', 'Téléphone mobile'], ['birthday', 'Anniversaire'], ['email', 'Adresse de messagerie'], ['notes', 'Notes']] },
  // Google Contacts
  { delim: ',', columns: [['full', 'Name'], ['first', 'Given Name'], ['last', 'Family Name'], ['birthday', 'Birthday'], ['notes', 'Notes'], ['label', 'E-mail 1 - Type'], ['email', 'E-mail 1 - Value'], ['label', 'Phone 1 - Type'], ['phone', 'Phone 1 - Value'], ['formatted', 'Address 1 - Formatted'], ['street', 'Address 1 - Street'], ['city', 'Address 1 - City'], ['postcode', 'Address 1 - Postal Code']] },
  // Thunderbird
  { delim: ',', columns: [['first', 'Prénom'], ['last', 'Nom de famille'], ['full', 'Nom à afficher'], ['email', 'Première adresse électronique'], ['phoneHome', 'Tél. personnel'], ['phone', 'Portable'], ['street', 'Adresse privée'], ['city', 'Ville'], ['postcode', 'Code postal'], ['notes', 'Notes']] },
  // a practitioner's patients (an osteopath's, a therapist's software)
  { delim: ';', columns: [['last', 'Nom'], ['first', 'Prénom'], ['birthday', 'Date de naissance'], ['phone', 'Portable'], ['email', 'Email'], ['history', 'Antécédents'], ['allergies', 'Allergies'], ['reason', 'Motif de consultation'], ['notes', 'Notes']] },
  // an online form's responses (Google Forms): the questions as headers, a timestamp first
  { delim: ',', columns: [['stamp', 'Horodateur'], ['email', 'Adresse e-mail'], ['last', 'Quel est votre nom ?'], ['first', 'Votre prénom'], ['phone', 'Votre numéro de téléphone'], ['birthday', 'Date de naissance de votre enfant'], ['allergies', 'Avez-vous des allergies ?'], ['street', 'Votre adresse postale']] },
  // a mailing tool's contacts (Brevo): its attributes in capitals, the SMS number with the country's 33
  { delim: ';', columns: [['email', 'EMAIL'], ['first', 'PRENOM'], ['last', 'NOM'], ['sms', 'SMS'], ['birthday', 'DATE_NAISSANCE'], ['city', 'VILLE']] },
  // a holiday rental's bookings (Airbnb, in French): the guest's phone under « Contact »
  { delim: ',', columns: [['code', 'Code de confirmation'], ['status', 'Statut'], ['full', 'Nom du voyageur'], ['phone', 'Contact'], ['count', "Nombre d'adultes"], ['count', "Nombre d'enfants"], ['date', 'Date de début'], ['date', 'Date de fin'], ['amount', 'Revenus']] },
  // a hotel's or a guest house's bookings (Booking.com): the booker « Nom, Prénom »
  { delim: ',', columns: [['code', 'Numéro de réservation'], ['inverted', 'Réservé par'], ['full', 'Nom du client'], ['date', 'Arrivée'], ['date', 'Départ'], ['count', 'Personnes'], ['amount', 'Prix'], ['notes', 'Remarques']] },
  // a children's activity's registrations (a club, a holiday camp): the format asked in the header
  { delim: ';', columns: [['last', "Nom de l'enfant"], ['first', "Prénom de l'enfant"], ['birthday', 'Date de naissance (JJ/MM/AAAA)'], ['guardian', 'Responsable légal'], ['phone', 'N° de portable'], ['oneLine', 'Adresse complète'], ['allergies', 'Allergies'], ['guardian', 'Personne à prévenir'], ['phoneHome', "Téléphone d'urgence"], ['notes', 'Remarques']] },
  // an employer's staff list: a disabled worker's recognition, a union's mandate
  { delim: ';', columns: [['last', 'Nom'], ['first', 'Prénom'], ['birthday', 'Date de naissance'], ['phone', 'Portable'], ['rqth', 'RQTH'], ['union', 'Syndicat'], ['notes', 'Remarques']] },
  // a child-care or an after-school employer's staff list: the record checked before working with children (art. 10)
  { delim: ';', columns: [['last', 'Nom'], ['first', 'Prénom'], ['birthday', 'Date de naissance'], ['phone', 'Portable'], ['record', 'Casier judiciaire'], ['notes', 'Remarques']] },
  // a sports coach's or a dance school's members, what to adapt to
  { delim: ',', columns: [['full', 'Adhérent'], ['email', 'Email'], ['phone', 'Téléphone'], ['disability', 'Handicap'], ['notes', 'Notes']] },
  // a practitioner's patients with their social security number, its key often in a column of its own
  { delim: ';', columns: [['last', 'Nom de naissance'], ['first', 'Prénom'], ['birthday', 'Date de naissance'], ['nir', 'N° Sécurité sociale'], ['nirKey', 'Clé'], ['phone', 'Portable'], ['notes', 'Notes']] },
  { delim: ',', columns: [['last', 'Nom'], ['first', 'Prénom'], ['nir', 'NIR'], ['email', 'Email'], ['street', 'Adresse'], ['postcode', 'Code postal'], ['city', 'Ville']] },
  // an online shop's or invoicing software's customers
  { delim: ';', columns: [['last', 'Nom du client'], ['first', 'Prénom du client'], ['street', 'Adresse 1 (facturation)'], ['postcode', 'Code postal'], ['city', 'Ville'], ['phone', 'Téléphone'], ['email', 'E-mail'], ['notes', 'Remarques']] },
];

// Excel's French months in its « jj-mmm-aa » format, its weekdays and months in its long date
const EXCEL_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

// A client's health written bare in the notes of a contact (the row is the person).
const HEALTH_NOTES = ['[[Diabétique]]', '[[diabétique]], pas de sucre', '[[Enceinte]] (terme en mars)', '[[Asthmatique]], éviter les parfums', 'Sous [[anticoagulants]]', '[[Épileptique]]', '[[Insulinodépendant]]', '[[Hypertension]] traitée', 'En [[arrêt maladie]] jusqu’en juin', '[[Allergique à l’ammoniaque]] : coloration sans', '[[Psoriasis]] du cuir chevelu', '[[Intolérante au gluten]]'];
// What a practitioner's columns hold: health, or that there is nothing to say
const HISTORY = ['Asthme', 'Lombalgie chronique', 'Migraines', 'Diabète de type 2', 'Hypertension', 'Fracture du poignet (2019)', 'Dépression', 'Sciatique', 'Acouphènes', 'Tendinite épaule droite', 'Opérée du genou'];
const ALLERGIES = ['Pénicilline', 'Arachides', 'Latex', 'Pollens', 'Aspirine'];
const REASONS = ['Douleurs cervicales', 'Anxiété', 'Troubles du sommeil', 'Suivi de grossesse', 'Lombalgie', 'Stress au travail', 'Entorse cheville'];
const NOTHING = ['Néant', 'RAS', 'Aucun', 'aucune', '-', ''];
const PLAIN_NOTES = ['Relancer en septembre', 'Paie par chèque', 'Préfère être appelé le soir', 'Client fidèle', 'Parrainé par un voisin', 'Devis envoyé le 12/05'];

/** A contact export of a mail or shop program: its headers, quoted cells holding line breaks, health notes written bare. */
export function contactExport(r: Rng): Doc {
  const layout = r.pick(EXPORTS);
  const iso = ['Name', 'EMAIL'].includes(layout.columns[0]![1]); // Google and Brevo write their birthdays 1988-07-14
  const d = new Doc();
  const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  d.t(layout.columns.map(([, h]) => q(h)).join(layout.delim) + '\n');
  for (let n = r.int(3, 20); n > 0; n--) {
    const p = person(r);
    const numbered = r.chance(0.85);
    const street = numbered ? streetLine(r) : r.pick([`Lieu-dit ${r.pick(CITIES)}`, `Hameau ${r.pick(STREET_NAMES)}`, 'Le Bourg']);
    const code = postcode(r);
    const city = r.pick(CITIES);
    let nirKey = '';
    layout.columns.forEach(([col], i) => {
      if (i > 0) d.t(layout.delim);
      const quoted = (type: Parameters<Doc['p']>[0], s: string) => (/[",;\n]/.test(s) ? d.t('"').p(type, s.replace(/"/g, '""')).t('"') : d.p(type, s));
      switch (col) {
        case 'first': d.p('person_name', p.first); break;
        case 'last': d.p('person_name', p.last); break;
        case 'full': d.p('person_name', `${p.first} ${p.last}`); break;
        case 'middle': if (r.chance(0.1)) d.p('person_name', r.pick(FIRST_KNOWN)); break;
        case 'birthday': {
          if (!r.chance(0.4)) break;
          const [y, m, day] = [r.int(1940, 2008), String(r.int(1, 12)).padStart(2, '0'), String(r.int(1, 28)).padStart(2, '0')];
          // as Excel writes a date in its other formats, once the file is saved as CSV: « 03-janv.-85 », « mardi 12 mars
          // 1985 »; and eight digits run together, as older software keeps them
          const x = iso ? 0 : r.next();
          if (x < 0.75) d.p('birth_date', iso ? `${y}-${m}-${day}` : `${day}/${m}/${y}`);
          else if (x < 0.85) d.p('birth_date', `${day}-${EXCEL_MONTHS[Number(m) - 1]}-${String(y).slice(2)}`);
          else if (x < 0.93) d.p('birth_date', `${WEEKDAYS[new Date(Date.UTC(y, Number(m) - 1, Number(day))).getUTCDay()]} ${Number(day)} ${MONTH_NAMES[Number(m) - 1]} ${y}`);
          else d.p('birth_date', `${day}${m}${y}`);
          break;
        }
        case 'email': if (r.chance(0.9)) d.p('email', emailOf(r, p)); break;
        case 'phone': if (r.chance(0.9)) d.p('phone', v.phone(r)); break;
        case 'phoneHome': if (r.chance(0.3)) d.p('phone', v.phone(r)); break;
        case 'street': quoted('postal_address', street); break;
        case 'formatted': d.t('"').p('postal_address', `${street}\n${code} ${city}`).t('"'); break;
        case 'postcode': d.t(code); break;
        case 'city': d.t(q(city)); break;
        case 'label': d.t(r.pick(['* Home', 'Mobile', 'Work', '* My Contacts'])); break;
        case 'stamp': d.t(`2026/${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')} ${r.int(10, 23)}:${r.digits(2)}:${r.digits(2)} UTC+1`); break;
        case 'sms': if (r.chance(0.7)) d.p('phone', `336${r.digits(8)}`); break;
        case 'code': d.t(`HM${r.digits(4)}${'ABCDEFGHJK'[r.int(0, 9)]}${r.digits(3)}`); break;
        case 'status': d.t(r.pick(['Confirmée', 'Terminée', 'Annulée par le voyageur', 'ok'])); break;
        case 'count': d.t(String(r.int(0, 4))); break;
        case 'date': d.t(`${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/2026`); break;
        case 'amount': d.t(q(`${r.int(80, 2400)},00 €`)); break;
        case 'inverted': d.t('"').p('person_name', `${p.last}, ${p.first}`).t('"'); break;
        case 'guardian': d.p('person_name', `${person(r).first} ${p.last}`); break;
        case 'oneLine': quoted('postal_address', `${street} ${code} ${city}`); break;
        case 'rqth': if (r.chance(0.2)) d.p('health', r.pick(['Oui', 'oui', 'RQTH 2025-2030'])); else d.t(r.pick(['Non', 'non', '', 'Non communiqué'])); break;
        case 'record': if (r.chance(0.6)) d.p('criminal_offence', r.pick(['Vierge', 'B3 vierge reçu le 12/03/2026', 'Vérifié, vierge', 'Mention : conduite en état d’ivresse (2019)'])); else d.t(r.pick(['', '-', 'Non demandé', 'Non communiqué'])); break;
        case 'union': if (r.chance(0.2)) d.p('union_membership', r.pick(['CGT', 'CFDT', 'FO', 'CFE-CGC', 'SUD'])); else d.t(r.pick(['', '-', 'Aucun', 'Ne souhaite pas répondre'])); break;
        case 'nir': {
          if (!r.chance(0.9)) break;
          const n = v.nir(r);
          // its 13 characters alone (the key in the next column), or all 15 as a form writes them
          const apart = layout.columns.some(([c]) => c === 'nirKey') && r.chance(0.8);
          d.p('nir', apart ? v.formatNir(r, n).replace(/[ ]?\d{2}$/, '') : v.formatNir(r, n));
          nirKey = apart ? n.slice(13) : '';
          break;
        }
        case 'nirKey': d.t(nirKey); break;
        case 'disability': if (r.chance(0.2)) d.p('health', r.pick(['Malvoyante', 'Dyslexie', 'Fauteuil roulant', 'Surdité partielle', 'Autisme'])); else d.t(r.pick(['', 'Non', 'Aucun'])); break;
        case 'history': case 'allergies': case 'reason': {
          const values = col === 'history' ? HISTORY : col === 'allergies' ? ALLERGIES : REASONS;
          if (r.chance(col === 'reason' ? 0.8 : 0.5)) quoted('health', r.pick(values));
          else d.t(r.pick(NOTHING));
          break;
        }
        case 'notes': {
          const x = r.next();
          if (x < 0.2) {
            d.t('"');
            if (r.chance(0.3)) d.t(`${r.pick(PLAIN_NOTES)}\n`);
            d.marked('health', r.pick(HEALTH_NOTES));
            d.t('"');
          } else if (x < 0.35) d.t(`"${r.pick(PLAIN_NOTES)}\n${r.pick(PLAIN_NOTES)}"`);
          else if (x < 0.6) d.t(q(r.pick(PLAIN_NOTES)));
          break;
        }
      }
    });
    d.t('\n');
  }
  return d;
}

// ---------- JSON exports ----------

// How a CRM, a form tool or a shop's API names its keys
const JSON_KEYS = [
  { first: 'firstName', last: 'lastName', birth: 'birthDate', email: 'email', phone: 'phone', street: 'street', postcode: 'zipCode', city: 'city', notes: 'notes', created: 'createdAt' },
  { first: 'first_name', last: 'last_name', birth: 'date_of_birth', email: 'email', phone: 'mobile', street: 'address_1', postcode: 'postcode', city: 'city', notes: 'comment', created: 'created_at' },
  { first: 'prenom', last: 'nom_de_famille', birth: 'date_naissance', email: 'courriel', phone: 'telephone', street: 'adresse', postcode: 'code_postal', city: 'ville', notes: 'remarques', created: 'date_creation' },
];

/** A JSON export of contacts: one record per line or pretty-printed, keys as one program or another writes them, a product or two among them. */
export function jsonExport(r: Rng): Doc {
  const k = r.pick(JSON_KEYS);
  const pretty = r.chance(0.5);
  const d = new Doc();
  const nl = pretty ? '\n    ' : '';
  const field = (key: string, write: () => void, last = false) => {
    d.t(`${nl}"${key}":${pretty ? ' ' : ''}"`);
    write();
    d.t(`"${last ? '' : ','}`);
  };
  d.t('[');
  for (let n = r.int(3, 15); n > 0; n--) {
    d.t(pretty ? '\n  {' : '\n{');
    if (r.chance(0.15)) {
      // a product: its « name » is no person, its allergens are no one's health
      d.t(`${nl}"id": ${r.int(1, 9999)},`);
      field('name', () => d.t(r.pick(PRODUCTS)));
      field('allergies', () => d.t(r.pick(['fruits à coque', 'gluten', 'lait', 'œufs'])), true);
    } else {
      const p = person(r);
      d.t(`${nl}"id": ${r.int(1, 9999)},`);
      field(k.first, () => d.p('person_name', p.first));
      field(k.last, () => d.p('person_name', p.last));
      if (r.chance(0.8)) field(k.email, () => d.p('email', emailOf(r, p)));
      if (r.chance(0.7)) field(k.phone, () => d.p('phone', v.phone(r)));
      if (r.chance(0.4)) {
        const [y, m, day] = [r.int(1940, 2008), String(r.int(1, 12)).padStart(2, '0'), String(r.int(1, 28)).padStart(2, '0')];
        // (an API's date and time, one in four: « 1985-03-12T00:00:00.000Z »)
        field(k.birth, () => { const x = r.next(); d.p('birth_date', x < 0.25 ? `${y}-${m}-${day}T00:00:00.000Z` : x < 0.5 ? `${y}-${m}-${day}` : `${day}/${m}/${y}`); });
      }
      if (r.chance(0.7)) {
        const numbered = r.chance(0.8);
        field(k.street, () => d.p('postal_address', numbered ? streetLine(r) : r.pick([`Lieu-dit ${r.pick(CITIES)}`, `Hameau ${r.pick(STREET_NAMES)}`, 'Le Bourg'])));
        field(k.postcode, () => d.t(postcode(r)));
        field(k.city, () => d.t(r.pick(CITIES)));
      }
      const x = r.next();
      if (x < 0.15) field(k.notes, () => d.marked('health', r.pick(HEALTH_NOTES)));
      else if (x < 0.5) field(k.notes, () => d.t(r.pick(PLAIN_NOTES)));
      field(k.created, () => d.t(`2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${r.int(10, 23)}:${r.digits(2)}:00Z`), true);
    }
    d.t(pretty ? '\n  }' : '}');
    if (n > 1) d.t(',');
  }
  d.t('\n]\n');
  return d;
}

/** An XML export of clients (an invoicing program's): French or English element names, a product or two among them. */
export function xmlExport(r: Rng): Doc {
  const k = r.pick([
    { root: 'clients', item: 'client', first: 'prenom', last: 'nom', birth: 'dateNaissance', phone: 'telephone', street: 'adresse', postcode: 'codePostal', notes: 'antecedents' },
    { root: 'Customers', item: 'Customer', first: 'FirstName', last: 'LastName', birth: 'BirthDate', phone: 'Phone', street: 'Street', postcode: 'ZipCode', notes: 'Allergies' },
  ]);
  const d = new Doc();
  // one export in three writes its fields as attributes (« <client nom="Le Bihan" … /> »)
  const attributes = r.chance(0.33);
  const el = (name: string, write: () => void) => {
    d.t(attributes ? ` ${name}="` : `\n    <${name}>`);
    write();
    d.t(attributes ? '"' : `</${name}>`);
  };
  const end = (item: string) => d.t(attributes ? '/>' : `\n  </${item}>`);
  d.t(`<?xml version="1.0" encoding="UTF-8"?>\n<${k.root}>`);
  for (let n = r.int(3, 15); n > 0; n--) {
    if (r.chance(0.15)) {
      // a product: its « nom » is no person, its allergens are no one's health
      d.t(`\n  <produit ref="${r.digits(6)}"${attributes ? '' : '>'}`);
      el('nom', () => d.t(r.pick(PRODUCTS)));
      el(k.notes === 'Allergies' ? 'Allergies' : 'allergies', () => d.t(r.pick(['gluten', 'lait', 'œufs'])));
      end('produit');
      continue;
    }
    const p = person(r);
    d.t(`\n  <${k.item} id="${r.int(1, 9999)}"${attributes ? '' : '>'}`);
    el(k.last, () => d.p('person_name', p.last));
    el(k.first, () => d.p('person_name', p.first));
    if (r.chance(0.4)) el(k.birth, () => d.p('birth_date', `${r.int(1940, 2008)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`));
    if (r.chance(0.7)) el(k.phone, () => d.p('phone', v.phone(r)));
    if (r.chance(0.7)) {
      el(k.street, () => d.p('postal_address', r.chance(0.8) ? streetLine(r) : r.pick([`Lieu-dit ${r.pick(CITIES)}`, `Hameau ${r.pick(STREET_NAMES)}`, 'Le Bourg'])));
      el(k.postcode, () => d.t(postcode(r)));
    }
    if (r.chance(0.3)) el(k.notes, () => (r.chance(0.6) ? d.p('health', r.pick(k.notes === 'Allergies' ? ALLERGIES : HISTORY)) : d.t(r.pick(NOTHING.filter((x) => x !== '')))));
    end(k.item);
  }
  d.t(`\n</${k.root}>\n`);
  return d;
}

/** A coach's or a therapist's notes with a table of clients in them: Markdown (a Notion or Obsidian export) or a spreadsheet's rows pasted with their tabs. */
export function notesWithTable(r: Rng): Doc {
  const markdown = r.chance(0.5);
  const cols = r.pick([
    [['last', 'Nom'], ['first', 'Prénom'], ['phone', 'Téléphone'], ['notes', 'Notes']],
    [['full', 'Client'], ['birthday', 'Date de naissance'], ['street', 'Adresse'], ['notes', 'Remarques']],
    [['last', 'Nom'], ['first', 'Prénom'], ['birthday', 'DDN'], ['allergies', 'Allergies']],
  ] as Array<Array<[string, string]>>);
  const d = new Doc();
  const row = (cells: Array<() => void>) => {
    d.t(markdown ? '| ' : '');
    cells.forEach((write, i) => {
      if (i > 0) d.t(markdown ? ' | ' : '\t');
      write();
    });
    d.t(markdown ? ' |\n' : '\n');
  };
  d.t(`${markdown ? '# ' : ''}Suivi des séances — ${r.pick(['janvier', 'mars', 'septembre'])} ${r.int(2024, 2026)}\n\n`);
  row(cols.map(([, h]) => () => d.t(h)));
  if (markdown) d.t(`|${cols.map(() => r.pick(['---', ' --- ', ':---:'])).join('|')}|\n`);
  for (let n = r.int(3, 10); n > 0; n--) {
    const p = person(r);
    row(cols.map(([col]) => () => {
      switch (col) {
        case 'last': d.p('person_name', p.last); break;
        case 'first': d.p('person_name', p.first); break;
        case 'full': d.p('person_name', `${p.first} ${p.last}`); break;
        case 'phone': d.p('phone', v.phone(r)); break;
        case 'birthday': d.p('birth_date', `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1940, 2008)}`); break;
        case 'street': d.p('postal_address', r.chance(0.7) ? streetLine(r) : r.pick([`Lieu-dit ${r.pick(CITIES)}`, 'Le Bourg'])); break;
        case 'allergies': if (r.chance(0.5)) d.p('health', r.pick(ALLERGIES)); else d.t(r.pick(NOTHING.filter((x) => x !== '')));  break;
        default: {
          const x = r.next();
          if (x < 0.2) d.marked('health', r.pick(HEALTH_NOTES));
          else d.t(r.pick(PLAIN_NOTES));
        }
      }
    }));
  }
  d.t(`\n${r.pick(['Prochaine séance à caler.', 'Relancer les absents.', 'Bilan trimestriel à préparer.'])}\n`);
  // a table about no one: its allergens are no one's health
  if (r.chance(0.3)) d.t(markdown ? '\n| Atelier | Allergies |\n|---|---|\n| Goûter | fruits à coque |\n' : '\nAtelier\tAllergies\nGoûter\tfruits à coque\n');
  return d;
}

// ---------- Bank statements ----------

const MERCHANTS = ['CARREFOUR', 'LEROY MERLIN', 'AMAZON EU', 'TOTALENERGIES', 'SNCF CONNECT', 'BRICO DEPOT', 'ORANGE', 'FREE MOBILE', 'LA POSTE', 'BOULANGERIE DU PORT'];
const BODIES = ['URSSAF BRETAGNE', 'DGFIP IMPOT', 'SARL BATI OUEST', 'SAS ATELIER DU BOIS', 'EDF CLIENTS PARTICULIERS', 'CPAM DU FINISTERE', 'MUTUELLE ALLIANCE', 'PAYPAL EUROPE', 'SUMUP PAYMENTS'];

// A neobank's export names the other party in a column of its own, people as they wrote their names
const COUNTERPARTS = ['LEROY MERLIN', 'Leroy Merlin', 'URSSAF', 'Amazon EU', 'SNCF', 'Orange', 'Boulangerie du Port', 'SARL Bati Ouest', 'Free Mobile', 'YVES ROCHER'];

/** A Qonto- or Shine-like export: a column for the other party, clients among shops and bodies. */
function neobankStatement(r: Rng): Doc {
  const d = new Doc();
  const qonto = r.chance(0.5);
  d.t(qonto ? '"Date de la valeur (UTC)","Nom de la contrepartie","Montant total (TTC)","Devise","Moyen de paiement"\n' : 'Date;Contrepartie;Montant;Catégorie\n');
  for (let n = r.int(8, 30); n > 0; n--) {
    const date = `${String(r.int(1, 28)).padStart(2, '0')}-${String(r.int(1, 12)).padStart(2, '0')}-2026`;
    const write = (who: () => void, amount: string, kind: string) => {
      if (qonto) {
        d.t(`"${date} 10:00:00","`);
        who();
        d.t(`","${amount}","EUR","${kind}"\n`);
      } else {
        d.t(`${date};`);
        who();
        d.t(`;${amount.replace('.', ',')};${kind === 'transfer' ? 'Client' : 'Achats'}\n`);
      }
    };
    if (r.chance(0.4)) {
      // only clients whose first name the list knows: the others are shops' likes, unknowable
      const p = { ...person(r), first: r.pick(FIRST_KNOWN) };
      const caps = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
      const name = r.pick([`${p.first} ${p.last}`, `${caps(p.last)} ${caps(p.first)}`, `${caps(p.first)} ${caps(p.last)}`]);
      write(() => d.p('person_name', name), `${r.int(20, 900)}.00`, 'transfer');
    } else write(() => d.t(r.pick(COUNTERPARTS)), `-${r.int(5, 400)}.${r.digits(2)}`, r.pick(['card', 'direct_debit']));
  }
  return d;
}

/** A bank statement (CSV export or a PDF's text): transfers from clients name them in capitals, without accents; the rest names shops and bodies. */
export function bankStatement(r: Rng): { doc: Doc; csv: boolean } {
  if (r.chance(0.25)) return { doc: neobankStatement(r), csv: true };
  const csv = r.chance(0.6);
  const d = new Doc();
  const sep = csv ? ';' : ' ';
  if (csv) d.t('Date;Libellé;Débit;Crédit\n');
  else d.t(`RELEVÉ DE COMPTE\nDate Opération Débit Crédit\n`);
  const caps = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
  for (let n = r.int(8, 30); n > 0; n--) {
    d.t(`${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/2026${sep}`);
    const amount = `${r.int(10, 2500)},${r.digits(2)}`;
    const x = r.next();
    if (x < 0.35) {
      // a client's transfer, as one bank or another writes it
      const p = person(r);
      const last = caps(p.last);
      const first = caps(p.first);
      const name = r.chance(0.5) ? `${last} ${first}` : `${first} ${last}`;
      switch (r.int(0, 4)) {
        case 0: d.t('VIR SEPA RECU /DE ').p('person_name', name).t(` /MOTIF FACTURE ${r.int(2024, 2026)}-${r.int(1, 300)} /REF ${r.digits(8)}`); break;
        case 1: d.t(`VIR INST DE ${r.pick(['M. OU MME ', 'M OU MME ', 'MME ', 'M. ', 'MR ET MME '])}`).p('person_name', r.chance(0.5) ? last : name); break;
        case 2: d.t(`VIR RECU ${r.digits(10)} DE: `).p('person_name', name).t(` MOTIF: ${r.pick(['SEANCE', 'COURS', 'ACOMPTE DEVIS', 'SOLDE'])}`); break;
        case 3: d.t('VIREMENT DE ').p('person_name', name).t(` REF. ${r.pick(['DEVIS', 'FACT'])} ${r.int(1, 300)}`); break;
        default: d.t('VIR SEPA ').p('person_name', name);
      }
      d.t(`${sep}${csv ? sep : ''}${amount}\n`);
    } else {
      if (x < 0.6) d.t(`CB ${r.pick(MERCHANTS)} ${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}`);
      else if (x < 0.8) d.t(`PRLV SEPA ${r.pick(BODIES)}`);
      else if (x < 0.9) d.t(`VIR SEPA RECU /DE ${r.pick(BODIES)} /MOTIF ${r.pick(['REMBOURSEMENT', 'FACTURE', 'REGLEMENT'])} ${r.digits(6)}`);
      else d.t(`REMISE CHEQUE ${r.digits(7)}`);
      d.t(`${sep}${amount}${csv ? sep : ''}\n`);
    }
  }
  return { doc: d, csv };
}

// ---------- SQL dumps ----------

// A website's or an application's client table, as its program names the columns
const SQL_CLIENTS = [
  { table: 'wp_wc_customer_lookup', first: 'first_name', last: 'last_name', email: 'email', phone: 'phone', street: 'address_1', birth: 'date_of_birth', notes: 'note' },
  { table: 'clients', first: 'prenom', last: 'nom', email: 'email', phone: 'telephone', street: 'adresse', birth: 'date_naissance', notes: 'remarques' },
  { table: 'ps_customer', first: 'firstname', last: 'lastname', email: 'email', phone: 'phone', street: 'address1', birth: 'birthday', notes: 'note' },
];

/**
 * A database's dump as mysqldump (CREATE TABLE, then one INSERT of every row), phpMyAdmin (the
 * columns named in the INSERT), pg_dump (COPY lines, tab-separated) or SQLite's .dump writes it: a
 * table of clients, and a shop's products and categories whose names and allergens are no one's.
 */
export function sqlDump(r: Rng): Doc {
  const style = r.pick(['mysqldump', 'phpmyadmin', 'pg_dump', 'sqlite'] as const);
  const k = r.pick(SQL_CLIENTS);
  const quote = (s: string) => (style === 'pg_dump' ? s : style === 'sqlite' ? s.replace(/'/g, "''") : s.replace(/'/g, "\\'"));
  const d = new Doc();
  const columns = ['id', k.last, k.first, k.email, k.phone, k.street, 'postcode', 'city', k.birth, k.notes, 'created'];
  const rows = Array.from({ length: r.int(3, 12) }, (_, i) => {
    const p = person(r);
    const [y, m, day] = [r.int(1940, 2008), String(r.int(1, 12)).padStart(2, '0'), String(r.int(1, 28)).padStart(2, '0')];
    const x = r.next();
    return [
      (): void => void d.t(String(i + 1)),
      () => d.p('person_name', quote(p.last)),
      () => d.p('person_name', quote(p.first)),
      () => (r.chance(0.8) ? d.p('email', emailOf(r, p)) : null),
      () => (r.chance(0.7) ? d.p('phone', v.phone(r)) : null),
      () => (r.chance(0.7) ? d.p('postal_address', quote(r.chance(0.8) ? streetLine(r) : r.pick([`Lieu-dit ${r.pick(CITIES)}`, `Hameau ${r.pick(STREET_NAMES)}`, 'Le Bourg']))) : null),
      () => d.t(postcode(r)),
      () => d.t(quote(r.pick(CITIES))),
      () => (r.chance(0.4) ? d.p('birth_date', `${y}-${m}-${day}`) : null),
      () => (x < 0.15 ? d.marked('health', quote(r.pick(HEALTH_NOTES))) : x < 0.5 ? d.t(quote(r.pick(PLAIN_NOTES))) : null),
      () => d.t(`2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')} ${r.int(10, 23)}:${String(r.int(0, 59)).padStart(2, '0')}:00`),
    ] as Array<() => unknown>;
  });
  // the other tables: a product's or a category's name is no person, its allergens no one's health
  const products = Array.from({ length: r.int(2, 6) }, (_, i) => [String(i + 1), quote(r.pick(PRODUCTS)), r.pick(['gluten, lait', 'fruits à coque', 'œufs', 'Aucun'])]);
  const categories = Array.from({ length: r.int(2, 5) }, (_, i) => [String(i + 1), r.pick(['Non Classé', 'Salle De Bain', 'Chauffage', 'Séances', 'Ateliers', 'Bien-Être']), `cat-${i + 1}`]);
  const others: Array<[string, string[], string[][]]> = [['products', ['id', 'name', 'allergies'], products], ['terms', ['term_id', 'name', 'slug'], categories]];
  const numeric = (col: number) => col === 0;
  if (style === 'pg_dump') {
    d.t(`--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\nCREATE TABLE public.${k.table} (\n${columns.map((c) => `    ${c} text`).join(',\n')}\n);\n\n`);
    d.t(`COPY public.${k.table} (${columns.join(', ')}) FROM stdin;\n`);
    for (const row of rows) {
      row.forEach((write, col) => {
        if (col > 0) d.t('\t');
        const before = d.text.length;
        write();
        if (d.text.length === before) d.t('\\N');
      });
      d.t('\n');
    }
    d.t('\\.\n\n');
    for (const [name, cols, vals] of others) d.t(`COPY public.${name} (${cols.join(', ')}) FROM stdin;\n${vals.map((x) => x.join('\t')).join('\n')}\n\\.\n\n`);
    return d;
  }
  const q = style === 'sqlite' ? '"' : '`';
  const tuple = (row: Array<() => unknown>) => {
    d.t('(');
    row.forEach((write, col) => {
      if (col > 0) d.t(style === 'phpmyadmin' ? ', ' : ',');
      if (numeric(col)) return void write();
      d.t("'");
      const before = d.text.length;
      write();
      if (d.text.length === before) d.text = d.text.slice(0, -1) + 'NULL';
      else d.t("'");
    });
    d.t(')');
  };
  const plain = (vals: string[]) => `(${vals.map((x, col) => (numeric(col) ? x : `'${x}'`)).join(',')})`;
  if (style === 'phpmyadmin') {
    d.t(`-- phpMyAdmin SQL Dump\n-- version 5.2.1\n\nSET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";\n\n`);
    d.t(`INSERT INTO \`${k.table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES\n`);
    rows.forEach((row, i) => {
      tuple(row);
      d.t(i < rows.length - 1 ? ',\n' : ';\n\n');
    });
  } else if (style === 'mysqldump') {
    d.t(`-- MySQL dump 10.13\n\nDROP TABLE IF EXISTS \`${k.table}\`;\nCREATE TABLE \`${k.table}\` (\n${columns.map((c, i) => `  \`${c}\` ${i === 0 ? 'bigint(20) unsigned NOT NULL AUTO_INCREMENT' : 'varchar(255) DEFAULT NULL'},`).join('\n')}\n  PRIMARY KEY (\`id\`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\nLOCK TABLES \`${k.table}\` WRITE;\nINSERT INTO \`${k.table}\` VALUES `);
    rows.forEach((row, i) => {
      tuple(row);
      d.t(i < rows.length - 1 ? ',' : ';\nUNLOCK TABLES;\n\n');
    });
  } else {
    d.t(`PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE ${q}${k.table}${q}(${columns.map((c, i) => `${c} ${i === 0 ? 'INTEGER PRIMARY KEY' : 'TEXT'}`).join(', ')});\n`);
    for (const row of rows) {
      d.t(`INSERT INTO ${q}${k.table}${q} VALUES`);
      tuple(row);
      d.t(';\n');
    }
  }
  for (const [name, cols, vals] of others) {
    const head = style === 'phpmyadmin' ? `INSERT INTO \`${name}\` (${cols.map((c) => `\`${c}\``).join(', ')}) VALUES\n` : `INSERT INTO ${q}${name}${q} VALUES `;
    if (style === 'mysqldump') d.t(`CREATE TABLE \`${name}\` (\n${cols.map((c) => `  \`${c}\` varchar(255) DEFAULT NULL`).join(',\n')}\n) ENGINE=InnoDB;\n`);
    if (style === 'sqlite') d.t(`CREATE TABLE ${name}(${cols.join(', ')});\n`);
    d.t(`${head}${vals.map(plain).join(',')};\n`);
  }
  if (style === 'sqlite') d.t('COMMIT;\n');
  return d;
}

// ---------- Chat exports ----------

const CHAT_MESSAGES = ['Bonjour, je voulais décaler la séance de jeudi', 'Pas de souci, vendredi 10h ?', 'Merci beaucoup !', '<Médias omis>', 'Je vous envoie le devis ce soir', 'Parfait, à demain', 'Je suis en route, 10 minutes de retard', 'Le virement est parti', 'Ok 👍', 'Vous pouvez passer après 18h ?'];

/** A WhatsApp talk with a client, as Android or an iPhone exports it: each message's sender as the phone saved the name. */
export function chatExport(r: Rng): Doc {
  const d = new Doc();
  const ios = r.chance(0.4);
  const english = r.chance(0.15);
  const [client, me] = [person(r), person(r)];
  const names = [r.chance(0.7) ? `${client.first} ${client.last}` : client.first, r.chance(0.5) ? `${me.first} ${me.last}` : me.first];
  let [day, hour, minute] = [r.int(1, 20), r.int(8, 18), r.int(0, 30)];
  const month = r.int(1, 12);
  const stamp = () => {
    minute += r.int(1, 9);
    if (minute > 59) [minute, hour] = [minute - 60, hour + 1];
    if (hour > 20) [hour, day] = [8, day + 1];
    const mm = String(minute).padStart(2, '0');
    if (english) {
      const h12 = ((hour + 11) % 12) + 1;
      return ios ? `[${month}/${day}/24, ${h12}:${mm}:${r.digits(1)}${r.digits(1)}\u202f${hour < 12 ? 'AM' : 'PM'}] ` : `${month}/${day}/24, ${h12}:${mm}\u202f${hour < 12 ? 'AM' : 'PM'} - `;
    }
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2024`;
    return ios ? `[${date}, ${String(hour).padStart(2, '0')}:${mm}:${r.digits(1)}${r.digits(1)}] ` : `${date} ${String(hour).padStart(2, '0')}:${mm} - `;
  };
  if (!ios) d.t(`${stamp()}${english ? 'Messages and calls are end-to-end encrypted. No one outside of this chat can read them.' : 'Les messages et les appels sont chiffrés de bout en bout. Appuyez pour en savoir plus.'}\n`);
  // one talk in three is a group's (a class, a workshop): its creation and its members added by name
  if (r.chance(0.33)) {
    d.t(stamp()).p('person_name', names[1]!).t(english ? ' created group "Atelier du mardi"\n' : ' a créé le groupe « Atelier du mardi »\n');
    d.t(stamp()).p('person_name', names[1]!).t(english ? ' added ' : ' a ajouté ');
    const members = [names[0]!, ...Array.from({ length: r.int(1, 3) }, () => { const p = person(r); return r.chance(0.6) ? `${p.first} ${p.last}` : p.first; })];
    members.forEach((m, i) => {
      if (i > 0) d.t(i === members.length - 1 ? (english ? ' and ' : ' et ') : ', ');
      d.p('person_name', m);
    });
    d.t('\n');
  }
  for (let n = r.int(6, 30); n > 0; n--) {
    const who = r.chance(0.5) ? 0 : 1;
    d.t(stamp()).p('person_name', names[who]!).t(': ');
    const x = r.next();
    if (who === 0 && x < 0.06) d.marked('health', r.pick(['Je suis [[diabétique]], pas de sucre svp', 'Désolée, je suis [[enceinte]], je ne pourrai pas venir', 'Je suis en [[arrêt maladie]] jusqu’à lundi', 'Je suis [[asthmatique]], évitez les produits parfumés']));
    else if (who === 0 && x < 0.1) d.t('Mon adresse : ').p('postal_address', `${streetLine(r)}, ${postcode(r)} ${r.pick(CITIES)}`);
    else if (who === 0 && x < 0.14) d.t('Mon numéro perso : ').p('phone', v.phone(r));
    else d.t(r.pick(CHAT_MESSAGES));
    d.t('\n');
  }
  return d;
}

// The questions of a registration form, as its owner wrote them (a form tool's export or webhook)
const FORM_QUESTIONS = {
  name: ['Nom complet', 'Nom et prénom', 'Votre nom', 'Nom'],
  email: ['E-mail', 'Adresse e-mail', 'Votre e-mail'],
  phone: ['Téléphone', 'Numéro de téléphone', 'Portable'],
  birth: ['Date de naissance', 'Né(e) le'],
  address: ['Adresse', 'Adresse postale', 'Votre adresse'],
  health: ['Avez-vous des problèmes de santé ?', 'Informations médicales', 'Allergies', 'Antécédents médicaux'],
};

/**
 * A form tool's entries in JSON, each answer beside its question (WPForms' entries as « name »/« value »,
 * Tally's webhooks as « label »/« value »); among them a shop's product sheet in the same shape (no one's)
 * and a form's blank definition (its placeholders are no data).
 */
export function formEntries(r: Rng): Doc {
  const d = new Doc();
  const tally = r.chance(0.5);
  const [labelKey, valueKey] = tally ? ['label', 'value'] : ['name', 'value'];
  const q = (n: number, label: string, write: () => void, last = false) => {
    d.t(tally ? `{"key":"question_${r.digits(5)}","${labelKey}":"${label}","type":"INPUT_TEXT","${valueKey}":"` : `"${n}":{"${labelKey}":"${label}","${valueKey}":"`);
    write();
    d.t(tally ? `"}${last ? '' : ','}` : `","id":${n}}${last ? '' : ','}`);
  };
  d.t(tally ? '[' : '{"entries":[');
  for (let n = r.int(2, 8); n > 0; n--) {
    d.t(tally ? '\n{"eventType":"FORM_RESPONSE","data":{"formName":"Inscription","fields":[' : `\n{"entry_id":"${r.int(1, 999)}","form_id":"8","fields":{`);
    if (r.chance(0.12)) {
      // a product sheet written the same way: no question asks who someone is
      q(1, 'Nom', () => d.t(r.pick(PRODUCTS)));
      q(2, 'Allergies', () => d.t(r.pick(['fruits à coque', 'gluten', 'lait'])), true);
    } else if (r.chance(0.1)) {
      // the form's definition: placeholders
      q(1, r.pick(FORM_QUESTIONS.name), () => d.t('Prénom Nom'));
      q(2, r.pick(FORM_QUESTIONS.birth), () => d.t('jj/mm/aaaa'), true);
    } else {
      const p = person(r);
      q(1, r.pick(FORM_QUESTIONS.name), () => d.p('person_name', `${p.first} ${p.last}`));
      q(2, r.pick(FORM_QUESTIONS.email), () => d.p('email', emailOf(r, p)));
      if (r.chance(0.7)) q(3, r.pick(FORM_QUESTIONS.phone), () => d.p('phone', v.phone(r)));
      if (r.chance(0.6)) q(4, r.pick(FORM_QUESTIONS.birth), () => d.p('birth_date', `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1940, 2008)}`));
      if (r.chance(0.5)) q(5, r.pick(FORM_QUESTIONS.address), () => d.p('postal_address', streetLine(r)));
      const x = r.next();
      q(6, r.pick(FORM_QUESTIONS.health), () => (x < 0.4 ? d.p('health', r.pick([...HISTORY, ...ALLERGIES])) : d.t(r.pick(['Non', 'Aucun', 'RAS', 'Néant']))), true);
    }
    d.t(tally ? ']}}' : '}}');
    if (n > 1) d.t(',');
  }
  d.t(tally ? '\n]\n' : '\n]}\n');
  return d;
}

// ---------- A shop's catalogue ----------

// What an artisan sells: candles and soaps are named after flowers and first names (« Ambre », « Capucine »)
const ITEMS = ['Bougie Ambre', 'Ambre', 'Lavande', 'Rose', 'Capucine', 'Violette', 'Savon Camille', 'Coussin Lin', 'Tapis Berbère', 'Mug Émile', 'Carnet Louise', 'Bougie parfumée', 'Diffuseur Olivier', 'Plaid Margaux', ...PRODUCTS];
type CatalogueColumn = 'id' | 'type' | 'sku' | 'name' | 'published' | 'short' | 'inStock' | 'stock' | 'price' | 'category' | 'ref' | 'quantity';
/** The product exports of shop software, in French (WooCommerce, PrestaShop), and an artisan's own list. */
const CATALOGUES: Array<{ delim: string; columns: Array<[CatalogueColumn, string]> }> = [
  { delim: ',', columns: [['id', 'ID'], ['type', 'Type'], ['sku', 'UGS'], ['name', 'Nom'], ['published', 'Publié'], ['short', 'Description courte'], ['inStock', 'En stock ?'], ['stock', 'Stock'], ['price', 'Tarif régulier'], ['category', 'Catégories']] },
  { delim: ';', columns: [['id', 'ID'], ['name', 'Nom'], ['ref', 'Référence'], ['category', 'Catégorie'], ['price', 'Prix HT'], ['price', 'Prix TTC'], ['quantity', 'Quantité']] },
  { delim: ';', columns: [['name', 'Nom'], ['category', 'Catégorie'], ['price', 'Prix']] },
  { delim: ';', columns: [['name', 'Nom'], ['short', 'Description'], ['price', 'Prix unitaire']] },
];

/** A hard negative: a shop's catalogue, whose « Nom » names products, some of them as people are named. */
export function catalogue(r: Rng): Doc {
  const layout = r.pick(CATALOGUES);
  const d = new Doc();
  d.t(layout.columns.map(([, h]) => h).join(layout.delim) + '\n');
  for (let i = r.int(3, 20); i > 0; i--) {
    const cells = layout.columns.map(([c]) => {
      switch (c) {
        case 'id': return String(r.int(10, 999));
        case 'type': return r.pick(['simple', 'variable']);
        case 'sku': case 'ref': return `${r.pick(['BG', 'SV', 'CS', 'MG'])}-${r.digits(3)}`;
        case 'name': return r.pick(ITEMS);
        case 'published': case 'inStock': return r.pick(['0', '1']);
        case 'short': return r.pick(['Cire de soja', 'Fait main', 'Lin lavé', 'Grès émaillé', '']);
        case 'stock': case 'quantity': return String(r.int(0, 40));
        case 'price': return v.amount(r).replace(/\s*€$/, '');
        case 'category': return r.pick(['Bougies', 'Savons', 'Maison', 'Déco', 'Papeterie']);
      }
    });
    d.t(cells.map((x) => (x.includes(layout.delim) || x.includes('"') ? `"${x.replace(/"/g, '""')}"` : x)).join(layout.delim) + '\n');
  }
  return d;
}

// A pet sitter's card (pet-sitting is a common micro-business): the owner is someone, the animal's health no one's
// (hard negatives, several of its names being first names too); the owner's health, sometimes, beside the animal.
const PETS = ['Rex', 'Mistigri', 'Filou', 'Caramel', 'Oscar', 'Nala', 'Pompon', 'Gribouille', 'Moka', 'Tigrou', 'Simba', 'Câline'];
const PET_HEALTH = ['diabétique, insuline matin et soir', 'insuffisance rénale, croquettes spéciales', 'épileptique, traitement au Gardénal', 'arthrose, se déplace lentement', 'sous anti-inflammatoires', 'dysplasie de la hanche', 'allergique au poulet', 'cardiaque, pas d’efforts'];
export function petCare(r: Rng): Doc {
  const d = new Doc();
  const owner = person(r);
  const pet = r.pick(PETS);
  const kind = r.pick(['chat', 'chien', 'chatte', 'chienne']);
  if (r.chance(0.5)) {
    d.t(`Fiche de garde — du ${v.date(r, 2025, 2026)}\n`).t(`Animal : ${pet}, ${kind}, ${r.int(1, 16)} ans\n`).t('Propriétaire : ');
    writeName(d, r, owner);
    d.t('\nTél. : ').p('phone', v.phone(r)).t('\n');
    d.t(r.pick(['Antécédents : ', 'Santé : ', 'Remarques : '])).t(`${r.pick(PET_HEALTH)}\n`);
  } else {
    d.t('Client : ');
    writeName(d, r, owner, 0);
    d.t('\nAdresse : ');
    writeAddress(d, r, false);
    d.t('\n');
    d.t(`${kind[0]!.toUpperCase()}${kind.slice(1)} : ${pet}, ${r.pick(PET_HEALTH)}.\n`);
    if (r.chance(0.5)) d.t(`${r.pick(['Son', 'Le'])} ${kind.startsWith('chat') ? 'chat' : 'chien'} est ${r.pick(['diabétique', 'épileptique', 'cardiaque'])}.\n`);
  }
  // the owner's own health, the animal named after it
  if (r.chance(0.3)) d.t(`Remarque : ${owner.female ? 'Mme' : 'M.'} `).p('person_name', owner.last).t(' est ').p('health', r.pick(owner.female ? ['asthmatique', 'diabétique', 'enceinte'] : ['asthmatique', 'diabétique'])).t(`, ne pas laisser le ${kind.startsWith('chat') ? 'chat' : 'chien'} dans la chambre.\n`);
  d.t(`Clés : boîte aux lettres. Visites : ${r.int(1, 3)} par jour.\n`);
  return d;
}

// A home help's logbook, titled with the person cared for, its dated entries longer than a card's lines: their health
// said without a pronoun (« protections changées (incontinence) »), among entries that say none.
const CARE_HEALTH = ['protections changées ([[incontinence]]), repas pris en entier', 'a fait une [[chute]] dans la salle de bain hier soir, hématome au bras, prévenu sa fille', 'très fatiguée, début d’[[Alzheimer]] selon le médecin, à surveiller', 'toilette au lit, [[escarres]] au talon, l’infirmière passe demain', 'évaluation de l’APA : [[GIR 3]], le dossier suit son cours auprès du département', 'changement de la [[sonde urinaire]] par l’infirmière à domicile ce matin', '[[troubles cognitifs]] plus marqués le soir, a cherché son mari décédé'];
const CARE_PLAIN = ['courses faites au supermarché, ticket dans le tiroir de la cuisine', 'promenade dans le parc avec le déambulateur prêté par la voisine, beau temps', 'ménage de la cuisine et de la salle de bain, linge étendu', 'RAS, bonne humeur, a regardé les informations et fait les mots croisés'];
const WEEK = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi'];
export function careLog(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  d.t(`${r.pick(['Cahier de liaison', 'Cahier de transmissions', 'Carnet de suivi'])} — ${p.female ? 'Mme' : 'M.'} `).p('person_name', `${p.first} ${p.last}`).t(`, ${r.int(70, 99)} ans\n`);
  for (let i = r.int(3, 6), day = r.int(1, 20); i > 0; i--, day++) {
    // (an entry's line runs past a card's 120 characters)
    d.t(`${WEEK[day % WEEK.length]} ${day}/11 : passage de ${r.int(8, 11)} h à ${r.int(12, 14)} h, `);
    if (r.chance(0.5)) d.marked('health', r.pick(CARE_HEALTH)).t('.\n');
    else d.t(`${r.pick(CARE_PLAIN)}.\n`);
  }
  return d;
}

// A landlord's or a letting agent's rental file: a form's card whose name line says when and where they were born, the
// disability said on its last line (« Observations : … Reconnu travailleur handicapé (RQTH) »), or nothing of health;
// the listing's accessibility above it is no one's.
const RENTAL_HEALTH = (female: boolean) => [female ? '[[Reconnue travailleuse handicapée]]' : '[[Reconnu travailleur handicapé]]', 'Titulaire d’une [[carte d’invalidité]]', 'En [[invalidité catégorie 2]] depuis 2022', 'Bénéficiaire de l’[[AAH]]', '[[RQTH]] en cours de renouvellement'];
export function rentalFile(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  d.t(`DOSSIER DE CANDIDATURE — ${r.pick(['Appartement T2', 'Studio', 'Maison T4'])} n° ${r.int(10, 99)}\n`);
  d.t(`Annonce : ${r.int(20, 95)} m², ${r.pick(['accessible PMR', 'ascenseur, accès fauteuil roulant', 'logement adapté aux personnes en situation de handicap', 'troisième étage sans ascenseur'])}.\n\n`);
  d.t('Candidat : ');
  writeName(d, r, p, 0);
  d.t(`, né${p.female ? 'e' : ''} le `).p('birth_date', v.date(r, 1960, 2004)).t(` à ${r.pick(CITIES)}\n`);
  d.t(`Situation : ${r.pick(['CDI', 'CDD', 'intérimaire', 'retraité'])} depuis ${r.int(2010, 2025)}\n`);
  if (r.chance(0.6)) {
    const g = person(r);
    d.t('Garant : ');
    writeName(d, r, g, 0);
    d.t(` (${r.pick(['mère', 'père', 'frère', 'ami'])})\n`);
  }
  d.t(`Pièces fournies : ${r.int(2, 3)} bulletins de salaire, avis d’imposition\n`);
  const said = r.chance(0.5) ? r.pick(RENTAL_HEALTH(p.female)) : null;
  d.t(`Observations : ${r.pick(['fumeur', 'non fumeur', 'un chat', 'aucun animal'])}. `);
  if (said) d.marked('health', said).t(', logement au rez-de-chaussée souhaité.\n');
  else d.t('Disponible pour une visite le samedi.\n');
  return d;
}

// A caterer's or a wedding planner's seating plan: a meal chosen for one's faith in brackets after a guest's name, an
// allergy written without « à », an adrenaline pen; a menu's « option halal » and a vegetarian's choice are no one's.
const GUEST_RELIGION = ['halal', 'casher'];
const GUEST_HEALTH = ['[[allergie arachides]]', '[[allergie gluten]]', 'stylo [[Anapen]]'];
export function guestList(r: Rng): Doc {
  const d = new Doc();
  const a = person(r);
  const b = person(r);
  d.t(`Mariage ${a.last} / ${b.last} — plan de table\n`);
  d.t(`Menu : ${r.pick(['velouté, suprême de volaille', 'saumon gravlax, filet de bœuf', 'burrata, risotto aux cèpes'])} (option halal sur demande), pièce montée.\n\n`);
  for (let table = 1, n = r.int(2, 4); table <= n; table++) {
    d.t(`Table ${table} : `);
    for (let i = 0, m = r.int(2, 4); i < m; i++) {
      if (i > 0) d.t(', ');
      const g = person(r);
      d.p('person_name', `${g.first} ${g.last}`);
      const x = r.next();
      if (x < 0.1) d.t(' (').p('religion', r.pick(GUEST_RELIGION)).t(')');
      else if (x < 0.25) d.t(' (').marked('health', r.pick(GUEST_HEALTH)).t(')');
      else if (x < 0.35) d.t(' (végétarien)');
    }
    d.t('\n');
  }
  return d;
}

// A hairdresser's or a beautician's client card: the name's line with how to reach her (« Cliente : Laetitia Roux —
// 07 68 12 90 33 »), the card's short lines below saying her health or not.
const CARD_HEALTH = ['[[Enceinte]] (5 mois) : pas de décoloration', 'Cuir chevelu sensible, [[psoriasis]] derrière les oreilles', 'Réaction au test : [[allergique à la PPD]], coloration végétale uniquement', '[[Eczéma]] sur les mains, gants pour le shampoing'];
const CARD_PLAIN = ['Coloration : 6.34 + 20 vol, pose 35 min', 'Préfère le samedi matin', 'Coupe dégradée, frange rideau', 'Balayage caramel tous les 3 mois'];
export function salonCard(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  d.t(`Fiche technique ${p.female ? 'cliente' : 'client'}\n\n${p.female ? 'Cliente' : 'Client'} : `);
  writeName(d, r, p, 0);
  const how = r.int(0, 2);
  if (how === 0) d.t(' — ').p('phone', v.phone(r));
  else if (how === 1) d.t(' (').p('email', emailOf(r, p)).t(')');
  else d.t(', tél. ').p('phone', v.phone(r));
  d.t(`\nDernière visite : ${v.date(r, 2025, 2026)}\n`);
  const lines = [...r.pick([[0, 1], [1, 2], [0, 3], [2]]).map((i) => CARD_HEALTH[i]!), ...CARD_PLAIN.filter(() => r.chance(0.5))];
  for (const line of lines) d.marked('health', line).t('\n');
  return d;
}

// A practitioner's appointments exported as CSV: why a patient comes is their health (« Deuil », « Bilan »), whatever
// the words; a plumber's table with the same « Motif » column is no one's health, its « Client » sometimes a business.
const VISIT_REASONS = ['Deuil', 'Anxiété', 'Séparation difficile', 'Bilan initial', 'Troubles du sommeil', 'Lombalgie', 'Suivi', 'Confiance en soi', 'Douleurs cervicales', 'Burn-out'];
const JOB_REASONS = ['Fuite sous évier', 'Chaudière en panne', 'Devis salle de bain', 'Entretien annuel', 'Débouchage'];
const BUSINESSES = ['Boulangerie Le Fournil', 'SARL Kerbrat', 'Garage du Centre', 'Pharmacie des Halles', 'Restaurant Le Saint-Malo'];
export function appointments(r: Rng): Doc {
  const d = new Doc();
  const patients = r.chance(0.6);
  const sep = r.pick([';', ',']);
  d.t(patients ? r.pick([`Patient${sep}Date${sep}Heure${sep}Motif${sep}Téléphone\n`, `Nom du patient${sep}Date${sep}Heure${sep}Motif du rendez-vous${sep}Portable\n`]) : `Client${sep}Date${sep}Heure${sep}Motif${sep}Téléphone\n`);
  for (let i = 0, n = r.int(3, 8); i < n; i++) {
    if (!patients && r.chance(0.25)) d.t(r.pick(BUSINESSES));
    else {
      const p = person(r);
      d.p('person_name', r.chance(0.5) ? `${p.first} ${p.last}` : `${p.last} ${p.first}`);
    }
    d.t(`${sep}${v.date(r, 2026, 2026)}${sep}${r.int(8, 18)}:00${sep}`);
    if (patients) d.p('health', r.pick(VISIT_REASONS));
    else d.t(r.pick(JOB_REASONS));
    // (a cell's mobile as a spreadsheet keeps it, valid: 07 is followed by 3 to 9)
    d.t(sep).p('phone', `0${r.pick(['6', '7'])}${r.int(3, 9)}${String(r.int(0, 9999999)).padStart(7, '0')}`).t('\n');
  }
  return d;
}

// A yoga teacher's registrations from a form tool: its health questions in their own words head their columns, its
// header is no one's (« Êtes-vous enceinte ? »), an answer that says nothing is nothing.
const INJURIES = ['Mal au genou gauche', 'Tendinite à l’épaule droite', 'Hernie discale L5-S1', 'Douleurs lombaires', 'Entorse de la cheville en 2025'];
// (its questions in the teacher's words, some with commas in them: the header's cells are quoted, then; and a question
// about pains, answered « Oui (dos) »)
const YOGA_HEALTH_QUESTIONS = ['Avez-vous des problèmes de santé ou des blessures dont je devrais être informée ?',
  'Avez-vous des problèmes de santé (asthme, diabète, blessures…) dont je devrais être informée ?'];
export function yogaRegistrations(r: Rng): Doc {
  const d = new Doc();
  d.t(`"Horodateur","Nom et prénom","Adresse e-mail","${r.pick(YOGA_HEALTH_QUESTIONS)}","Êtes-vous enceinte ?","Souffrez-vous de douleurs chroniques, au dos ou aux articulations ?","Souhaitez-vous recevoir nos conseils santé ?"\n`);
  for (let i = 0, n = r.int(3, 8); i < n; i++) {
    const p = person(r);
    d.t(`"2026/09/0${r.int(1, 9)} ${r.int(10, 20)}:${r.int(10, 59)}:00 UTC+2","`).p('person_name', `${p.first} ${p.last}`).t('","').p('email', emailOf(r, p)).t('","');
    if (r.chance(0.5)) d.p('health', r.pick(INJURIES));
    else d.t(r.pick(['Aucun', 'Non', 'RAS']));
    d.t('","');
    if (p.female && r.chance(0.2)) d.p('health', r.pick(['Oui', 'Oui, 4 mois']));
    else d.t('Non');
    d.t('","');
    if (r.chance(0.3)) d.p('health', r.pick(['Oui (dos)', 'Oui', 'Parfois, les genoux']));
    else d.t('Non');
    d.t(`","${r.pick(['Oui', 'Non'])}"\n`);
  }
  return d;
}

// A nurse's round or a physiotherapist's agenda: each entry opens its line with the time and the patient's name, a dash
// and the address after it; the care given, on the indented line below, says the illness. A session note's heading
// gives the name first too (« Mme Céline Dubreuil — 1re séance »).
const ROUND_CARE = ['Injection [[insuline]] + [[glycémie capillaire]]', '[[Pansement ulcère]] jambe gauche, bas de contention', '[[Prise de sang]] à jeun',
  '[[Rééducation LCA]] genou droit (séance 12/20)', '[[Kiné respiratoire]]', '[[Drainage lymphatique]] bras droit', 'Pilulier semaine, [[démence]] débutante'];
const ROUND_PLAIN = ['Digicode 4512B, clé chez la voisine', 'Sonner deux fois', 'Se garer devant le garage', 'Chien dans le jardin, fermer le portail'];
export function careRound(r: Rng): Doc {
  const d = new Doc();
  d.t(`Tournée du ${v.date(r, 2026, 2026)}\n\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    d.t(`${String(r.int(7, 19)).padStart(2, '0')}h${r.pick(['00', '15', '30', '45'])}  `);
    writeName(d, r, p, r.pick([0, 3, 5]));
    d.t(' — ');
    writeAddress(d, r, false);
    d.t('\n');
    for (const line of [r.pick(ROUND_CARE), ...ROUND_PLAIN.filter(() => r.chance(0.3))]) d.t('       ').marked('health', line).t('\n');
  }
  return d;
}

// A practitioner's intake form (a masseur's, a beautician's, a hypnotherapist's, a coach's): its contraindications as
// boxes, each ticked or left blank, and its questions answered « Oui » or « Non ». What is ticked or answered « Oui »
// is the client's health; a blank box and a « Non » are hard negatives.
const INTAKE_BOXES = ['[[Grossesse]] en cours', '[[Diabète]]', '[[Épilepsie]]', '[[Rosacée]]', '[[Varices]]', '[[Psoriasis]]', '[[Eczéma]]'];
const INTAKE_QUESTIONS = ['Souffrez-vous d’[[épilepsie]] ?', 'Prenez-vous des [[anticoagulants]] ?', 'Avez-vous déjà eu une [[phlébite]] ?',
  'Êtes-vous suivi(e) par un [[psychiatre]] ?', 'Êtes-vous [[enceinte]] ?', 'Avez-vous de l’[[asthme]] ?'];
export function intakeForm(r: Rng): Doc {
  const d = new Doc();
  const p = person(r);
  d.t(`Fiche ${p.female ? 'cliente' : 'client'} — ${r.pick(['Massage bien-être', 'Soin du visage', 'Hypnose', 'Coaching sportif'])}\n`);
  d.t(`${r.pick(['Client(e)', 'Nom et prénom', p.female ? 'Cliente' : 'Client'])} : `);
  writeName(d, r, p, r.pick([0, 2, 5]));
  if (r.chance(0.5)) d.t(` — ${r.int(18, 80)} ans`);
  d.t(`\nDate : ${v.date(r, 2026, 2026)}\n\n`);
  const box = r.pick([['[x]', '[ ]'], ['☒', '☐'], ['[X]', '[]']]);
  d.t('Contre-indications (cocher) :\n');
  for (const item of INTAKE_BOXES.filter(() => r.chance(0.6))) {
    if (r.chance(0.3)) d.t(`${box[0]} `).marked('health', item).t('\n');
    else d.t(`${box[1]} ${item.replace(/\[\[|\]\]/g, '')}\n`);
  }
  for (const q of INTAKE_QUESTIONS.filter(() => r.chance(0.5))) {
    if (r.chance(0.3)) d.marked('health', q).t(` ${r.pick(['Oui', 'OUI', 'Oui, depuis 2024'])}\n`);
    else d.t(`${q.replace(/\[\[|\]\]/g, '')} ${r.pick(['Non', 'NON', 'non'])}\n`);
  }
  return d;
}
