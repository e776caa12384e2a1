import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import { revealEmail } from './email.ts';
import type { DetectHints, FindingType } from './types.ts';

/** The values found, as [type, text] pairs (tests only: reports never hold raw values). */
function found(text: string, hints?: DetectHints): Array<[FindingType, string]> {
  return detectText(text, hints).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}
/** The values of one type found, in order. */
function valuesOf(type: FindingType, text: string, hints?: DetectHints): string[] {
  return found(text, hints).filter(([t]) => t === type).map(([, v]) => v);
}
function typesIn(text: string, hints?: DetectHints): FindingType[] {
  return detectText(text, hints).map((d) => d.type);
}

describe('email', () => {
  it('finds addresses and trims sentence punctuation', () => {
    expect(found('Écrire à jean.dupont+devis@exemple.fr. Merci')).toEqual([['email', 'jean.dupont+devis@exemple.fr']]);
  });
  it('ignores an @ without a domain', () => {
    expect(typesIn('RDV @ 14h, @Marie, a@b')).toEqual([]);
  });
  it('leaves the domains set aside for examples and tests: no one is reached there', () => {
    expect(typesIn('Exemple : jdoe@example.com, admin@EXAMPLE.org, x@mail.example.net, user@host.test, a@b.example, c@d.invalid, root@localhost.localhost')).toEqual([]);
    // (a domain that only looks like one is someone's)
    expect(found('jean@example.fr, marie@myexample.com, paul@example.company.fr').map(([, v]) => v)).toEqual(['jean@example.fr', 'marie@myexample.com', 'paul@example.company.fr']);
  });
  it('reads accented letters, as people type them, whole', () => {
    expect(found('Écrivez à hélène.dupont@orange.fr ou à jérôme@café-du-port.fr.')).toEqual([
      ['email', 'hélène.dupont@orange.fr'], ['email', 'jérôme@café-du-port.fr'],
    ]);
  });
  it('reads an address hidden from robots, its @ or its dots in brackets, or the @ between spaces', () => {
    for (const a of [
      'jean.martin [at] gmail [dot] com', 'jean.martin(arobase)gmail.com', 'JEAN.MARTIN [AT] GMAIL [DOT] COM', 'contact(@)exemple.fr',
      'jean.martin [arobase] exemple (point) fr', 'jean.martin@gmail[dot]com', 'jean.martin @ gmail.com', 'nick(dot)treleaven(at)btinternet(dot)com',
    ]) expect(found(`Contact : ${a}, merci.`)).toEqual([['email', a]]);
    // no domain, no dot before the last label, or a last label that is no TLD: no address
    expect(typesIn('le signe arobase (@) sert ; tab[at].x = 3 ; obj (at) home ; Prix : 3 @ 2.50 ; x(at)y[dot]4')).toEqual([]);
  });
  it('reads an address as it is said, « arobase » and « point » in words', () => {
    for (const a of ['jean arobase gmail point com', 'jean.martin arobase gmail.com', 'jean point martin arobase orange point fr', 'lea.morvan Arobase free POINT fr', 'jean arobas gmail point com']) {
      expect(found(`Mon adresse : ${a}, merci.`)).toEqual([['email', a]]);
      expect(revealEmail(a)).toMatch(/^[a-z.]+@[a-z]+\.[a-z]+$/i);
    }
    // an explanation, the sign alone, a last word that is no TLD, a company's name
    expect(typesIn("il écrit arobase puis point com ; l'arobase est un signe ; jean arobase gmail point communication ; Arobase Conseil")).toEqual([]);
  });
});

describe('phone', () => {
  it.each([
    '06 12 34 56 78', '06.12.34.56.78', '06-12-34-56-78', '0612345678', '01 23 45 67 89', '07 81 23 45 67',
    '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0033 6 12 34 56 78', '+33612345678', '+44 20 7946 0958', '+41 79 123 45 67',
  ])('finds %s', (p) => {
    expect(found(`Tél. : ${p}, merci.`)).toEqual([['phone', p]]);
  });
  it('reads no international number in a version\'s date after « ++ » or « ~+ » (Debian\'s LLVM changelogs)', () => {
    expect(typesIn('llvm-toolchain-15 (1:15~++20220727091640+d77882e66779-1~exp1) experimental\n1:14~+20220128082735\n')).toEqual([]);
    expect(found('Tél.:+33612345678 ; (+33) 6 12 34 56 78')).toEqual([['phone', '+33612345678'], ['phone', '(+33) 6 12 34 56 78']]);
  });
  it('reads the country\'s code in brackets, and an area code in brackets after it, as signatures write them', () => {
    for (const p of ['(+33) 6 12 34 56 78', '(+33)6 12 34 56 78', '(+33) 2 98 12 34 56', '+1 (514) 555-0199', '(+1) 514 555 0199', '+49 (30) 1234567']) {
      expect(found(`Tél. : ${p}, merci.`)).toEqual([['phone', p]]);
    }
    // the brackets close a number written whole; a short number in brackets is no area code
    expect(found('(+33103852448) 3 fois')).toEqual([['phone', '+33103852448']]);
    expect(found('(+3212345678) 12 rue de la Loi').map(([t, v]) => [t, v])).toEqual([['phone', '+3212345678'], ['postal_address', '12 rue de la Loi']]);
    expect(typesIn('Réf (+3) 12, article (12) 34')).toEqual([]);
  });
  it('reads « 00 » before the country\'s code, apart too; a foreign one after a phone\'s label', () => {
    for (const p of ['00 33 6 12 34 56 78', '00 32 470 12 34 56', '0032 470 12 34 56']) expect(found(`Portable : ${p}`)).toEqual([['phone', p]]);
    expect(typesIn('Réf 00 32 470 12 34 56 ; lot 0032 470 12 34 56')).toEqual([]);
  });
  it('reads five pairs between slashes, not a date', () => {
    expect(found('Tél : 06/12/34/56/78, né le 12/03/1980.')).toEqual([['phone', '06/12/34/56/78'], ['birth_date', '12/03/1980']]);
    expect(found('Réf 01/02/2026/03/04 et 07/12/34/56/78 et x06/12/34/56/78')).toEqual([]);
  });
  it('reads five pairs spaced wide, or between dashes and dots a line or a letterhead sets, not a row of numbers', () => {
    for (const p of ['06  12  34  56  78', '06 12  34 56 78', '06 - 12 - 34 - 56 - 78', '06\u201112\u201134\u201156\u201178', '06\u201312\u201334\u201356\u201378', '06 . 12 . 34 . 56 . 78', '06·12·34·56·78', '02 • 98 • 12 • 34 • 56', '06\u00a0\u00a012\u00a0\u00a034\u00a0\u00a056\u00a0\u00a078']) {
      expect(found(`Tél. : ${p}, merci.`)).toEqual([['phone', p]]);
    }
    // a table's row, a reference, marks that change, a number too long
    expect(typesIn('01  02  03  04  05  06\n2024  01  02  03  04  05\nCommande 06  12  34  56  78')).toEqual([]);
    expect(typesIn('06 - 12 . 34 - 56 - 78 et 06\u201112\u201134\u201156\u2011789 et 07\u201112\u201134\u201156\u201178')).toEqual([]);
  });
  it('separates numbers written one after the other', () => {
    expect(found('appel +33 6 12 34 56 78 puis 06 12 34 56 78  07 81 23 45 67')).toEqual([
      ['phone', '+33 6 12 34 56 78'],
      ['phone', '06 12 34 56 78'],
      ['phone', '07 81 23 45 67'],
    ]);
  });
  it.each([
    ['unassigned 070-072', '07 01 23 45 67'],
    ['a file number', 'dossier 0612345678'],
    ['glued to an invoice reference', 'FAC-0612345678'],
    ['nine digits', '06 12 34 56 7'],
    // a special service's number (free, shared or premium: 080 to 089), a business's and never someone's line
    ['a free service number', 'Appelez le 0800 123 456 (gratuit)'],
    ['a premium service number', 'Météo : 08 92 68 02 54'],
    ['a service number from abroad', 'Tél. : +33 8 92 68 02 54'],
  ])('rejects %s', (_why, t) => {
    expect(typesIn(t)).not.toContain('phone');
  });
  it('reads ten digits however grouped after a phone\'s label, not without one', () => {
    expect(found('Tél : 06 12 345 678')).toEqual([['phone', '06 12 345 678']]);
    expect(found('Portable (perso) : 061 234 5678')).toEqual([['phone', '061 234 5678']]);
    expect(typesIn('Commande 06 12 345 678, lot 061 234 5678')).toEqual([]);
  });
  it('reads a number after a name ending like a reference word (« Guillot », « Bruno »)', () => {
    expect(found('Amaryllis Guillot\n0663379054')).toContainEqual(['phone', '0663379054']);
    expect(found('Bruno\t0612345678')).toEqual([['phone', '0612345678']]);
    expect(typesIn('lot 0612345678')).toEqual([]);
  });
  it('reads ten digits after « numéro » when a phone\'s label or « mon numéro » says whose line it is', () => {
    for (const t of ['Numéro de portable : ', 'numéro de mobile ', 'N° de tél. : ', 'N° portable ', 'Mon numéro : ', 'voici mon numéro ', 'Ma ligne directe : ']) {
      expect(found(`${t}0681224567`)).toEqual([['phone', '0681224567']]);
    }
    // a reference's number stays one, a client's « numéro » too
    expect(typesIn('Numéro : 0681224567 ; Numéro de dossier : 0681224567 ; mon numéro client 0681224567 ; Votre numéro : 0681224567')).toEqual([]);
  });
});

describe('iban', () => {
  it('finds grouped and compact IBANs with a valid RIB key', () => {
    expect(found('IBAN FR76 3000 6000 0112 3456 7890 189 BIC BNPAFRPP')).toEqual([['iban', 'FR76 3000 6000 0112 3456 7890 189']]);
    expect(found('IBAN : DE89370400440532013000.')).toEqual([['iban', 'DE89370400440532013000']]);
  });
  it('reads an IBAN typed with a space after its country\'s letters, when its check digits hold', () => {
    expect(found('IBAN : FR 76 3000 6000 0112 3456 7890 189')).toEqual([['iban', 'FR 76 3000 6000 0112 3456 7890 189']]);
    expect(found('DE 89370400440532013000')).toEqual([['iban', 'DE 89370400440532013000']]);
    // a phone after it is still one; a key that does not hold, or letters glued to a word, make none
    expect(found('RIB FR 76 3000 6000 0112 3456 7890 189 06 12 34 56 78')).toEqual([['iban', 'FR 76 3000 6000 0112 3456 7890 189'], ['phone', '06 12 34 56 78']]);
    expect(typesIn('FR 76 3000 6000 0112 3456 7890 188, XFR 76 3000 6000 0112 3456 7890 189')).toEqual([]);
  });
  it('reads an IBAN typed in lowercase', () => {
    expect(found('IBAN : fr76 3000 6000 0112 3456 7890 189')).toEqual([['iban', 'fr76 3000 6000 0112 3456 7890 189']]);
  });
  it('rejects a bad checksum and reads no card inside it', () => {
    expect(found('IBAN FR76 3000 6000 0112 3456 7890 188')).toEqual([]);
  });
  it('still reads a phone written right after an IBAN', () => {
    expect(typesIn('FR76 3000 6000 0112 3456 7890 189 06 12 34 56 78')).toEqual(['iban', 'phone']);
  });
});

describe('RIB (French bank details without their IBAN, reported as iban)', () => {
  it('reads bank, branch, account and key as a RIB shows them, in one piece after « RIB », or field by field', () => {
    expect(found('RIB : 30006 00001 12345678901 89')).toEqual([['iban', '30006 00001 12345678901 89']]);
    expect(found('Votre RIB : 30006000011234567890189')).toEqual([['iban', '30006000011234567890189']]);
    const fields = 'Code banque : 30006  Code guichet : 00001  N° de compte : 12345678901  Clé RIB : 89';
    expect(found(fields)).toEqual([['iban', fields.slice(fields.indexOf('30006'))]]);
    const table = 'Banque\t30006\nGuichet\t00001\nN° compte\t12345678901\nClé\t89\nTél 06 12 34 56 78';
    expect(found(table)).toEqual([
      ['iban', '30006\nGuichet\t00001\nN° compte\t12345678901\nClé\t89'],
      ['phone', '06 12 34 56 78'],
    ]);
    // the labels on a line, the values on the next: a bank's RIB copied from its table, in Markdown too
    expect(found('Banque\tGuichet\tN° compte\tClé\n30006\t00001\t12345678901\t89\n')).toEqual([['iban', '30006\t00001\t12345678901\t89']]);
    expect(found('| Code banque | Code guichet | Numéro de compte | Clé RIB |\n|---|---|---|---|\n| 30006 | 00001 | 12345678901 | 89 |\n')).toEqual([['iban', '30006 | 00001 | 12345678901 | 89']]);
  });
  it('needs the key to hold, and its words for 23 digits in one piece', () => {
    expect(typesIn('Banque\tGuichet\tN° compte\tClé\n30006\t00001\t12345678901\t88\n')).toEqual([]);
    expect(typesIn('RIB : 30006 00001 12345678901 88')).toEqual([]);
    expect(typesIn('Code banque : 30006 Code guichet : 00001 N° de compte : 12345678901 Clé RIB : 88')).toEqual([]);
    expect(typesIn('Commande n° 30006000011234567890189')).toEqual([]);
  });
});

describe('card', () => {
  it('finds Visa, Mastercard 2-series and Amex groupings', () => {
    expect(found('Carte 4111 1111 1111 1111 exp 12/27')).toEqual([['card', '4111 1111 1111 1111']]);
    expect(found('Carte 2221-0000-0000-0009.')).toEqual([['card', '2221-0000-0000-0009']]);
    expect(found('Amex 3782 822463 10005')).toEqual([['card', '3782 822463 10005']]);
  });
  it('rejects a bad Luhn and an EAN-13', () => {
    expect(typesIn('Carte 4111 1111 1111 1112')).toEqual([]);
    expect(typesIn('EAN 3017620422003')).toEqual([]);
  });
  it('reads no card inside a longer row of four-digit groups (a table), but two cards in a row', () => {
    expect(typesIn('  4584 4615 4646 4677 4708 4740 4771 4803 4835 4867 \n')).toEqual([]);
    expect(found('Cartes : 4111 1111 1111 1111 4970 1012 3456 7893\n')).toEqual([['card', '4111 1111 1111 1111'], ['card', '4970 1012 3456 7893']]);
    // (one more group after it may be the next field's)
    expect(found('Carte : 4970 1012 3456 7893 1234\n')).toEqual([['card', '4970 1012 3456 7893']]);
  });
  it('reads no phone inside a longer row of pairs (a dump), but two phones in a row, and one before a street\'s number', () => {
    expect(typesIn('// Prints: <Buffer 01 02 03 04 05 06 07 08>\n')).toEqual([]);
    expect(found('Tél : 06 12 34 56 78 02 98 12 34 56\n')).toEqual([['phone', '06 12 34 56 78'], ['phone', '02 98 12 34 56']]);
    expect(found('Mme Roux 06 12 34 56 78 12 rue de Siam\n').filter(([t]) => t === 'phone')).toEqual([['phone', '06 12 34 56 78']]);
  });
});

describe('nir', () => {
  it('finds grouped, compact and Corsican numbers with a valid key', () => {
    expect(found('N° SS : 1 85 05 78 006 084 91.')).toEqual([['nir', '1 85 05 78 006 084 91']]);
    expect(found('NIR 185057800608491')).toEqual([['nir', '185057800608491']]);
    expect(typesIn('sécu 2 69 05 2A 004 123 14')).toEqual(['nir']);
  });
  it('rejects a wrong key, and a card-grouped number whose key holds by chance', () => {
    expect(typesIn('N° 1 85 05 78 006 084 92')).toEqual([]);
    expect(typesIn('Carte refusée : 3465 090436 90127.')).toEqual([]);
  });
  it('reads a temporary NIR that is also a valid Amex number as a NIR after « sécurité sociale », else as a card', () => {
    expect(found('n° de sécurité sociale : 346064063768302')).toEqual([['nir', '346064063768302']]);
    expect(found('Carte : 346064063768302')).toEqual([['card', '346064063768302']]);
    // nor a NIR when its Luhn is wrong: a card mistyped
    expect(typesIn('Carte refusée : 374960707130385.')).toEqual([]);
    expect(found('N° de sécurité sociale : 374960707130385')).toEqual([['nir', '374960707130385']]);
    // written 13 + 2, the NIR's key apart, it is no card (a CSV's cell, its header far above)
    expect(found('Renard;Ascension;3460640637683 02;;')).toEqual([['nir', '3460640637683 02']]);
  });
  it('reads its 13 first characters alone after the words that name it, « N° SS », « NSS », « Carte Vitale » among them', () => {
    expect(found('N° SS : 1850578006084')).toEqual([['nir', '1850578006084']]);
    expect(found('No SS: 1 85 05 78 006 084')).toEqual([['nir', '1 85 05 78 006 084']]);
    expect(found('NSS 2850578006084')).toEqual([['nir', '2850578006084']]);
    expect(found('Carte Vitale : 2 85 05 78 006 084')).toEqual([['nir', '2 85 05 78 006 084']]);
    // elsewhere 13 digits are an order's or a product's number
    expect(typesIn('Commande 1850578006084 expédiée')).toEqual([]);
    expect(typesIn('BOSS 1850578006084, CLASS 1850578006084')).toEqual([]);
  });
});

describe('siren / siret', () => {
  it('finds a SIRET with or without spaces, La Poste included', () => {
    expect(found('SIRET : 732 829 320 00074')).toEqual([['siret', '732 829 320 00074']]);
    expect(found('Bureau de poste 35600000049837.')).toEqual([['siret', '35600000049837']]);
  });
  it('needs context for a bare 9-digit number', () => {
    expect(found('SIREN 732 829 320')).toEqual([['siren', '732 829 320']]);
    expect(found('RCS Lyon 732829320')).toEqual([['siren', '732829320']]);
    expect(typesIn('Colis n° 732829320 expédié')).toEqual([]);
  });
  it('does not read the SIREN inside a VAT number', () => {
    expect(typesIn('TVA intracommunautaire : FR44732829320')).toEqual([]);
    expect(typesIn('SIREN / TVA : FR 44 732 829 320')).toEqual([]);
  });
});

describe('ip_address', () => {
  it('finds IPv4 and IPv6', () => {
    expect(found('Connexion depuis 192.168.1.10 hier')).toEqual([['ip_address', '192.168.1.10']]);
    expect(found('Adresse 2a01:e34:85a3::8a2e:370:7334.')).toEqual([['ip_address', '2a01:e34:85a3::8a2e:370:7334']]);
    // a home's prefix is its subscriber's
    expect(found('Préfixe de la box : 2a01:e34:ec4b:1230::/64')).toEqual([['ip_address', '2a01:e34:ec4b:1230::']]);
    expect(found('Poste de Julie : 10.0.0.12, box 82.64.12.34')).toEqual([['ip_address', '10.0.0.12'], ['ip_address', '82.64.12.34']]);
  });
  it('leaves the addresses no one holds: loopback, masks, broadcast, documentation, wide networks', () => {
    expect(typesIn('Le serveur écoute sur 127.0.0.1:3000 et 0.0.0.0, masque 255.255.255.0, diffusion 255.255.255.255.')).toEqual([]);
    expect(typesIn('Exemples : 192.0.2.1, 198.51.100.7, 203.0.113.9 ; multicast 224.0.0.251.')).toEqual([]);
    expect(typesIn('Exemple 2001:db8::1, 2001:db8:85a3::8a2e:370:7334 ; lien local fe80::1 ; multicast ff02::fb ; NAT64 64:ff9b::a00:1.')).toEqual([]);
    expect(typesIn('Plages privées fc00::/7 et 2a01:e00::/26.')).toEqual([]);
  });
  it('reads an address with its prefix length, not a network\'s', () => {
    // a host's route or an interface's configuration: the address is a machine's
    expect(found('Route vers le poste de Julie : 10.0.0.12/32 ; interface eth0 192.168.1.10/24.')).toEqual([['ip_address', '10.0.0.12'], ['ip_address', '192.168.1.10']]);
    // its host's bits all zero: a network, no one's machine
    expect(typesIn('Réseau local 192.168.1.0/24, VPN 10.8.0.0/16, tout 0.0.0.0/0.')).toEqual([]);
  });
  it('leaves the IPv4 tail of a documentation IPv6, reads a mapped one\'s', () => {
    expect(typesIn('Exemple : 2001:db8::192.168.0.1 et 2001:DB8:0:0::10.0.0.1')).toEqual([]);
    expect(found('Client vu en ::ffff:82.64.12.34 hier')).toEqual([['ip_address', '82.64.12.34']]);
    expect(found('IP:82.64.12.34 ; mac:82.64.12.35')).toEqual([['ip_address', '82.64.12.34'], ['ip_address', '82.64.12.35']]);
  });
  it('reads a link-local address a machine made from its own card', () => {
    expect(found('Interface : fe80::21a:2bff:fe3c:4d5e')).toEqual([['ip_address', 'fe80::21a:2bff:fe3c:4d5e']]);
  });
  it('rejects version numbers, out-of-range parts and GPS coordinates', () => {
    expect(typesIn('mise à jour en version 1.2.3.4')).toEqual([]);
    expect(typesIn('adresse 300.1.1.1')).toEqual([]);
    expect(typesIn('GPS 48.8566, 2.3522')).toEqual([]);
    expect(typesIn('Rendez-vous à 10:30:00')).toEqual([]);
    // four small numbers: a version's, a section's, an example's or a public resolver's
    expect(typesIn('Git 1.7.4.4 publié, dpkg (1.15.7.2), // 7.3.1.3, /* 18.3.1.13 width */, OID 1.3.101.112')).toEqual([]);
    expect(typesIn('Exemple : 1.2.3.4 ; DNS 8.8.8.8 et 1.1.1.1')).toEqual([]);
    // after « IP », an address; a private one always
    expect(found('IP : 2.13.5.27, poste 10.1.2.3')).toEqual([['ip_address', '2.13.5.27'], ['ip_address', '10.1.2.3']]);
    expect(found('Box : IP publique 2.13.5.28 ; adresse IP fixe : 2.13.5.29 ; IP publique : 2.13.5.30')).toEqual([['ip_address', '2.13.5.28'], ['ip_address', '2.13.5.29'], ['ip_address', '2.13.5.30']]);
  });
  it('rejects a section\'s number', () => {
    expect(typesIn('Voir la section 2.1.1.2 du contrat, § 7.4.5.2, chapitre 3.2.1.4, annexe 4.1.2.3.')).toEqual([]);
    expect(typesIn('/* [MS-XLSB] 2.5.97.28 */ (see Section 12.6.4.7)')).toEqual([]);
    expect(typesIn('Standards-Version to 4.4.0.1')).toEqual([]);
  });
});

describe('birth_date', () => {
  it('needs a birth context', () => {
    expect(found('Mme X, née le 12/03/1985.')).toEqual([['birth_date', '12/03/1985']]);
    expect(found('Date de naissance : 1er mars 1972')).toEqual([['birth_date', '1er mars 1972']]);
    expect(found('DDN 1985-03-12')).toEqual([['birth_date', '1985-03-12']]);
  });
  it('reads the abridged labels of forms and spreadsheets', () => {
    const text = 'Date naiss. : 03/03/1975\nDate de naiss. 04/04/1980\nDN : 06/06/1990\nD.N. 07/07/1991\nD.D.N.: 01/01/1960\nAnniversaire : 09/09/1993\n';
    expect(found(text).map(([, v]) => v)).toEqual(['03/03/1975', '04/04/1980', '06/06/1990', '07/07/1991', '01/01/1960', '09/09/1993']);
    // a pipe's nominal diameter
    expect(found('DN 50 livré le 03/03/2026.')).toEqual([]);
    expect(found('Date naiss.;Nom\n03/03/1975;Kerbrat\n', { format: 'csv' })).toEqual([['birth_date', '03/03/1975'], ['person_name', 'Kerbrat']]);
  });
  it('reads a label saying whose date it is or in which format, before its colon', () => {
    const text = 'Date de naissance de l’enfant : 04/06/2015\nDate de naissance (JJ/MM/AAAA) : 12/03/1985\nDate de naissance du patient : 12/03/1984\nDDN (jj/mm/aaaa) : 12/03/1983\n';
    expect(found(text).map(([, v]) => v)).toEqual(['04/06/2015', '12/03/1985', '12/03/1984', '12/03/1983']);
    expect(typesIn('Acte de naissance de la commune : 12/03/2025\nLa naissance du projet : 12/03/2020\nDate de naissance de la société : 12/03/2020\n')).toEqual([]);
  });
  it('reads « Naissance de <prénom> », the place a form asks first, a child\'s age before « né en »', () => {
    const text = 'Naissance de Jules le 2 avril 2021\nNaissance de l’enfant : 12/03/2020\nNaissance du bébé : 03/05/2024\nLieu et date de naissance : Lyon, le 12/03/1980\nLieu et date de naissance : Saint-Denis (93) 04/05/1981\nEnfant : Léo, 4 ans (né en 2021)\n';
    expect(found(text).filter(([t]) => t === 'birth_date').map(([, v]) => v)).toEqual(['2 avril 2021', '12/03/2020', '03/05/2024', '12/03/1980', '04/05/1981', '2021']);
    // a project's, a town's; a birth to come; a word that is no first name; an age with no one's « né en »
    expect(typesIn('Naissance du projet : 12/03/2020\nNaissance de Lyon : 12/03/1980\nNaissance prévue le 12 mai 2026\nNaissance de Bretagne, le 12/03/2020\nUn atelier de 10 ans (né en 2015)\n')).toEqual([]);
  });
  it('ignores other dates', () => {
    expect(typesIn('Facture du 12/03/2024, échéance le 12/04/2024.')).toEqual([]);
  });
  it('reads the date in the next cell of a form: a tab, a Markdown bar, or the line below its label', () => {
    expect(found('Date de naissance\t12/03/1980')).toEqual([['birth_date', '12/03/1980']]);
    expect(found('| Date de naissance | 12/03/1980 |')).toEqual([['birth_date', '12/03/1980']]);
    expect(found('Date de naissance\r\n12/03/1980\r\n')).toEqual([['birth_date', '12/03/1980']]);
    expect(found('Né(e) le :\n  1er mars 1972')).toEqual([['birth_date', '1er mars 1972']]);
  });
  it('reads a date written as Excel\'s long date, with a month abridged, or in eight digits after its context', () => {
    expect(found('Née le mardi 12 mars 1985 à Quimper')).toEqual([['birth_date', 'mardi 12 mars 1985']]);
    expect(found('Date de naissance : 12-mars-85')).toEqual([['birth_date', '12-mars-85']]);
    expect(found('DDN : 12031985')).toEqual([['birth_date', '12031985']]);
    expect(found('Date of birth? Date de naissance : March 12, 1985')).toEqual([['birth_date', 'March 12, 1985']]);
    // eight digits alone, a month's name alone, are no birth date
    expect(typesIn('Commande 12031985 du 12 mars')).toEqual([]);
  });
  it('reads a date after the labels of English software and forms', () => {
    const text = 'Date of birth: 12/03/1985\nBirth date: 1985-03-12\nBirthdate 03/12/1985\nD.O.B. 12/03/1985\nDOB: 1 May 1990\n' +
      'Birthday: March 12, 1985\nborn on 12 March 1985\n';
    expect(found(text).map(([t, v]) => [t, v])).toEqual(['12/03/1985', '1985-03-12', '03/12/1985', '12/03/1985', '1 May 1990', 'March 12, 1985', '12 March 1985'].map((v) => ['birth_date', v]));
    // a word holding the letters, or the company's founding
    expect(typesIn('Adobe 12/03/1985, founded on March 12, 1985')).toEqual([]);
  });
  it('reads « né à Lyon le … » (the birthplace first) and a date written with spaced slashes', () => {
    expect(found('Il est né à Lyon le 03/03/1975.')).toEqual([['birth_date', '03/03/1975']]);
    expect(found('née à Saint-Étienne (42) le 1er mars 1972')).toEqual([['birth_date', '1er mars 1972']]);
    expect(found('Date de naissance : 03 / 03 / 1975')).toEqual([['birth_date', '03 / 03 / 1975']]);
    // a place too long, or a sentence between, is no birthplace
    expect(typesIn('Il est né à Lyon, a déménagé, et le 03/03/2015 il a signé.')).toEqual([]);
  });
  it('reads a birth date in part after its context: a birthday without its year, a month and year, a year of birth', () => {
    const text = 'Anniversaire : 09/09, pensez-y.\nAnniversaire : 12 mars\nné le 1er mai à Brest\nDate de naissance : mars 1985\nDDN : 03/1985\nAnnée de naissance : 1985\n';
    expect(found(text).map(([, v]) => v)).toEqual(['09/09', '12 mars', '1er mai', 'mars 1985', '03/1985', '1985']);
    // a weight at birth, a word after the month's letters, a year without its label, a date that goes on
    expect(typesIn('Poids de naissance : 3.10 kg\nné le 12 maisons\ncongé de naissance 2024\nnaissance : 2024\nDDN : 12/03/2 lot')).toEqual([]);
  });
  it('reads « Anniv : », whose birthday before its colon, and « Naissance de <prénom> » without its year', () => {
    const text = 'Anniv : 12/08/1985\nAnniversaire de Léa : 3 mars\nAnniversaire de Léa : 03/03/2015\nAnniversaire du bébé : 12 mars\nNaissance de Jules le 2 avril\n';
    expect(valuesOf('birth_date', text)).toEqual(['12/08/1985', '3 mars', '03/03/2015', '12 mars', '2 avril']);
    // a party's date, a wedding's, a shop's, a radio's, a town's
    expect(typesIn('Anniversaire de Paul le 12/08/2026 à 15 h, salle des fêtes\nAnniversaire de Paul le 12/08.\nAnniversaire de mariage : 14/06/2010\nAnniversaire de la boutique le 12/08 : -20 % !\nAnniversaire de France Inter le 12/08\nAnniversaire de Lyon : 12/08\n').filter((t) => t === 'birth_date')).toEqual([]);
  });
  it('reads « né en » and a year, or a month and year, said of someone', () => {
    const text = 'Léa, née en 1990, habite à Lyon. Marie est née en mars 1985. Je suis née en 1978 à Brest.\nLéa (née en 1991)\nIl est né en 1985.\n' +
      'Yannick KERBRAT, né en 1970\nMme Kerbrat (née en 1950)\n';
    expect(valuesOf('birth_date', text)).toEqual(['1990', 'mars 1985', '1978', '1991', '1985', '1970', '1950']);
    // a workshop, a brand, a place, an elder son, a span of years
    expect(typesIn("L'atelier est né en 2015. Rempart est né en 2024. Elle est née en Bretagne. Son fils aîné en 2019. Il est né en 1985-1986. Le Café Moderne, né en 1990")).toEqual([]);
    // (a first name after an article is a shop's: « La Rose Trémière », « La Rose »)
    expect(typesIn('La Rose Trémière, née en 1990 d’une idée folle. La Rose, née en 1990.')).toEqual([]);
    // the subject without a comma after it (« Mme Dupont née Martin en 1940 », « Paul Martin né en 1985 »); not a thing's
    // name after an article and a word written small (« Le projet Phoenix né en 2020 »)
    expect(valuesOf('birth_date', 'Mme Dupont née Martin en 1940. Paul Martin né en 1985 à Brest. Léa née en 2019. La petite Jade née en 2021.')).toEqual(['1940', '1985', '2019', '2021']);
    expect(typesIn('Le projet Phoenix né en 2020. La Rose Trémière née en 1990. Le Café Moderne né en 1990.').filter((t) => t === 'birth_date')).toEqual([]);
  });
  it('reads a birth date after a maiden name (« née Martin le 12/03/1950 »), not after a word written small', () => {
    const text = 'Mme Jeanne Dupont, née Martin le 3 mai 1940 à Lyon\nZoé Chevalier née Martin, le 12/03/1950\nMme Roux, née Le Goff à Brest le 02/02/1960\n';
    expect(valuesOf('birth_date', text)).toEqual(['3 mai 1940', '12/03/1950', '02/02/1960']);
    expect(typesIn('L’idée est née hier le 12/03/2026. La société est née durant le 12/03/2026.')).toEqual([]);
  });
  it('reads a birth date after a genealogist\'s « ° », not a business\'s story\'s « née le »', () => {
    expect(valuesOf('birth_date', 'Jean Roux (° 12/03/1950 à Brest)\nMarie Roux, ° le 3 mai 1952\nLéo Roux °4/5/1980\n')).toEqual(['12/03/1950', '3 mai 1952', '4/5/1980']);
    // not a number's sign, nor a degree's; a partial date after it
    expect(typesIn('N° 12/03/1950. Facture n ° 12/03/2026. n°12/03/2026. Angle 45 ° 12/03/2026. Température : 38 ° 12/03.')).toEqual([]);
    // a business, an association, an idea born on a day; someone's birth in a sentence about a business is theirs
    expect(typesIn('La société est née le 3 mai 1980. Notre entreprise est née le 12/03/2015 à Lyon.\n- L’association est née le 3 mai 1980.')).toEqual([]);
    expect(valuesOf('birth_date', 'La fille du gérant de la société est née le 3 mai 2020. La cliente est née le 3 mai 1980.')).toEqual(['3 mai 2020', '3 mai 1980']);
  });
  it('reads « Né en » opening a sentence whose subject follows its comma', () => {
    const text = 'Née en 1985 à Lyon, Mme Pauline Roche a rejoint le cabinet en 2020.\nNé en mars 1990, Yann a grandi à Brest. Née en 1979 à Quimper (29), Léa Morvan dirige l’atelier.\n';
    expect(valuesOf('birth_date', text)).toEqual(['1985', 'mars 1990', '1979']);
    expect(typesIn('Née en 2015, l’association compte 40 adhérents.\nNé en 1998 à Lyon, Le Fournil est une boulangerie. Elle dit : né en 1990, Paul.').filter((t) => t === 'birth_date')).toEqual([]);
  });
  it('reads « né en » after a name a person\'s label gives, its first name unknown to the list', () => {
    const text = 'Patient·e : RICHARD Koldo, née en 1981\nClient : Mireya RIVIERE, née en 2009\nÉlève : Tehotu (né en 2015)\nClient : M. L. de Villiers, né en 2009\n';
    expect(valuesOf('birth_date', text)).toEqual(['1981', '2009', '2015', '2009']);
    // no label of a person: a project, a shop
    expect(typesIn('Projet : Atelier Tehotu, né en 2015\nBoutique Koldo, née en 2019')).toEqual([]);
  });
  it('does not read the date below a line that merely ends with « naissance »', () => {
    expect(typesIn('Copie de l’acte de naissance\n01/02/2023 envoyée')).toEqual([]);
    expect(typesIn('Date de naissance\n\n01/02/2023')).toEqual([]);
  });
});

describe('postal_address', () => {
  it('leaves out the full stop of the sentence the street ends, not an abridged word\'s', () => {
    expect(found('Il habite au 3 place du Marché. Elle, 12 rue Pasteur... et 4 rue St. Jean').map(([, v]) => v)).toEqual(['3 place du Marché', '12 rue Pasteur', '4 rue St. Jean']);
    expect(found('Siège : 12 av. du Gal.').map(([, v]) => v)).toEqual(['12 av. du Gal.']);
    expect(found('12 rue Pasteur. 75015 Paris').map(([, v]) => v)).toEqual(['12 rue Pasteur. 75015 Paris']);
  });
  it('reads a country road named by its class, its town after it', () => {
    const text = '7 chemin rural n° 5, 97110 Pointe-à-Pitre\n12 chemin rural n°5, 29000 Quimper\n3 chemin vicinal, 22300 Lannion\n';
    expect(found(text).map(([, v]) => v)).toEqual(['7 chemin rural n° 5, 97110 Pointe-à-Pitre', '12 chemin rural n°5, 29000 Quimper', '3 chemin vicinal, 22300 Lannion']);
    expect(typesIn('Il a pris le chemin rural pour aller au 12 chemin rural.\nJe roule 3 route départementale par jour.\n')).toEqual([]);
    // its class capitalised is a type's name, its town in another cell (a block with no header)
    expect(found('0634168618;129 route Nationale;68486;Rennes\n', { format: 'csv' }).filter(([t]) => t === 'postal_address')).toEqual([['postal_address', '129 route Nationale']]);
  });
  it('reads a village\'s « Grande Rue », named by its type, with or without its number', () => {
    const text = '15 Grande Rue 25000 Besançon\n3 Grand-Rue, 68000 Colmar\n8 Grand’Rue\n4 Grande Rue de la Croix-Rousse, 69004 Lyon\nGrande Rue, 21000 Dijon\nGRANDE RUE\n';
    expect(found(text).map(([, v]) => v)).toEqual(['15 Grande Rue 25000 Besançon', '3 Grand-Rue, 68000 Colmar', '8 Grand’Rue', '4 Grande Rue de la Croix-Rousse, 69004 Lyon', 'Grande Rue, 21000 Dijon']);
    // written small without its town, or another word, it is no address
    expect(typesIn('Il y a 12 grande rue piétonnes, et 15 Grande Ruelle.')).toEqual([]);
  });
  it('reads a place named inside the town, or a rural delivery box, between the street and the town', () => {
    const text = '3 chemin du Moulin, Quartier Saint-Jean, 13100 Aix-en-Provence\n12 rue des Artisans, ZA des Landes, 35000 Rennes\n' +
      '4 impasse des Lilas, Lotissement Les Chênes, 33600 Pessac\n5 chemin des Vignes, Hameau de Bellevue, CIDEX 305, 38000 Grenoble\n' +
      '3 rue de la Gare, résidence du Parc, 44000 Nantes\nroute de Brest, Quartier Saint-Marc, 29200 Brest\n8 rue du Port\nZ.I. de Kergaradec\n29850 Gouesnou\n';
    expect(found(text).map(([, v]) => v)).toEqual(text.trim().split(/\n(?=\d+ [a-z]|route)/));
    // without its town, the street alone
    expect(found('3 chemin du Moulin, Quartier Saint-Jean.')).toEqual([['postal_address', '3 chemin du Moulin']]);
  });
  it('reads up to three marks between the street and the town: a building, a flat, a floor, a door, written small too', () => {
    const text = '7, allée des Tilleuls – Résidence Les Cèdres, bât. C, 3e étage – 44300 Nantes\n12 rue de la Paix, appt 4, 2ème étage, 75002 Paris\n' +
      '5 rue Haute, RDC, 67000 Strasbourg\n3 rue des Lilas, Étage 2, Porte 12, 35000 Rennes\n';
    expect(found(text).map(([, v]) => v)).toEqual(text.trim().split('\n'));
  });
  it('reads the town after an em dash, as a word processor writes the dash', () => {
    expect(found('Adresse : 9 place Bellecour — 69002 Lyon\nCS 70012 — 75000 Paris CEDEX 07\n').map(([, v]) => v)).toEqual(['9 place Bellecour — 69002 Lyon', 'CS 70012 — 75000 Paris CEDEX 07']);
    expect(found('Adresse : 9 place Bellecour — 3 000 visiteurs')).toEqual([['postal_address', '9 place Bellecour']]);
  });
  it('reads a post box alone before its town', () => {
    expect(found('Association Les Amis du Vélo\nBP 45, 97400 Saint-Denis (La Réunion)\nCS 70012 - 75000 Paris CEDEX 07\n').map(([, v]) => v)).toEqual(['BP 45, 97400 Saint-Denis', 'CS 70012 - 75000 Paris CEDEX 07']);
  });
  it('reads a town in brackets after the street, as a sentence writes it', () => {
    expect(found('Livraison au 12 avenue Foch (75016 Paris), merci.')).toEqual([['postal_address', '12 avenue Foch (75016 Paris)']]);
    expect(found('Livraison au 12 avenue Foch (voir le plan).')).toEqual([['postal_address', '12 avenue Foch']]);
  });
  it('reads the abridged street types and a building’s or a flat’s mark before the town', () => {
    const text = '12 r. de Brest 29000 Quimper\n12 imp. des Lilas 35000 Rennes\n7 all. des Pins 29000 Quimper\nLot. Les Hortensias, 29000 Quimper\nRésidence Les Pins, Bât. B, 29000 Quimper\n3 allée des Pins, Appt 12, 35000 Rennes\n';
    expect(found(text).map(([, v]) => v)).toEqual(text.trim().split('\n'));
    // a number and an initial
    expect(found('Page 12 R. Martin')).toEqual([]);
    // a letter's address block in capitals
    expect(found('LIEU-DIT KERBASTARD\n29700 PLOMELIN\n\nLE BOURG, 22100 DINAN')).toEqual([['postal_address', 'LIEU-DIT KERBASTARD\n29700 PLOMELIN'], ['postal_address', 'LE BOURG, 22100 DINAN']]);
    // a flat written « apt » or « logement » (a rental's inventory)
    expect(found('ÉTAT DES LIEUX — 15 rue Lamartine, apt 3B, 69003 Lyon\n4 rue Nationale, logement 4, 37000 Tours\n')).toEqual([['postal_address', '15 rue Lamartine, apt 3B, 69003 Lyon'], ['postal_address', '4 rue Nationale, logement 4, 37000 Tours']]);
    // and a CV's line in capitals, a flat's or a building's mark in it
    expect(found('BOULEVARD ADOLPHE MILLE, APPT A, 65262 COURBEVOIE\n12 RUE DE SIAM, BÂT. C, ESCALIER 2, 29200 BREST')).toEqual([['postal_address', 'BOULEVARD ADOLPHE MILLE, APPT A, 65262 COURBEVOIE'], ['postal_address', '12 RUE DE SIAM, BÂT. C, ESCALIER 2, 29200 BREST']]);
  });
  it('finds street, bis/ter, postcode, city and CEDEX, on one or two lines', () => {
    expect(found('Livraison au 12 bis rue de la République, 75011 Paris.')).toEqual([['postal_address', '12 bis rue de la République, 75011 Paris']]);
    // a street named after a date, its month written small (« place du 8 mai 1945 »); not a date before a town
    expect(found('3 place du 8 mai 1945, 29000 Quimper\n12 rue du 4 septembre, 75002 Paris\n')).toEqual([['postal_address', '3 place du 8 mai 1945, 29000 Quimper'], ['postal_address', '12 rue du 4 septembre, 75002 Paris']]);
    expect(found('Livraison le 12 mai 2025, 29000 Quimper.')).toEqual([]);
    expect(found('8, allée des Tilleuls\nBP 45\n69003 LYON CEDEX 03\n')).toEqual([['postal_address', '8, allée des Tilleuls\nBP 45\n69003 LYON CEDEX 03']]);
    // a post box right after the street's name, without a comma; « Cedex » written small, its number kept
    expect(found('Siège : 10 rue de la Paix CS 40001 75002 Paris Cedex 02\n')).toEqual([['postal_address', '10 rue de la Paix CS 40001 75002 Paris Cedex 02']]);
  });
  it('finds a street without a number when its postcode and town follow (the countryside: lieu-dit, hameau, Le Bourg)', () => {
    expect(found('Chantier : rue de l’Église, 44000 Nantes.')).toEqual([['postal_address', 'rue de l’Église, 44000 Nantes']]);
    expect(found('Lieu-dit Kerbastard\n29000 Quimper\n')).toEqual([['postal_address', 'Lieu-dit Kerbastard\n29000 Quimper']]);
    expect(found('Le Bourg, BP 12, 22100 Dinan CEDEX')).toEqual([['postal_address', 'Le Bourg, BP 12, 22100 Dinan CEDEX']]);
    expect(found('Hameau des Landes\u2028 35190 Tinténiac')).toEqual([['postal_address', 'Hameau des Landes\u2028 35190 Tinténiac']]);
    // a place inside the town alone: a business zone, a park of activities, a quarter
    expect(found('Adresse : ZA de Kerboulard, 56250 Saint-Nolff')).toEqual([['postal_address', 'ZA de Kerboulard, 56250 Saint-Nolff']]);
    // its number before it (not a date's or a year's before « Le Bourg » or a quarter)
    expect(found('Adresse : 7 ZA de Kerdroniou, 29000 Quimper\nLivraison le 12 Le Bourg, 29410 Pleyber-Christ\nCommande 2024 Quartier Saint-Jean, 13100 Aix\n').map(([, v]) => v)).toEqual(['7 ZA de Kerdroniou, 29000 Quimper', 'Le Bourg, 29410 Pleyber-Christ', 'Quartier Saint-Jean, 13100 Aix']);
    expect(found('Parc d’activités du Prat\n56000 Vannes')).toEqual([['postal_address', 'Parc d’activités du Prat\n56000 Vannes']]);
    expect(found('Quartier Saint-Jean, 13100 Aix-en-Provence')).toEqual([['postal_address', 'Quartier Saint-Jean, 13100 Aix-en-Provence']]);
    // a housing estate abridged, its house's number after its name (« Lot. Les Hauts de Kerhallet n°7 »)
    expect(found('Domicile : Lot. Les Hauts de Kerhallet n°7, 29280 Plouzané')).toEqual([['postal_address', 'Lot. Les Hauts de Kerhallet n°7, 29280 Plouzané']]);
    expect(found('Lotissement Le Clos Fleuri, n° 12\n35000 Rennes')).toEqual([['postal_address', 'Lotissement Le Clos Fleuri, n° 12\n35000 Rennes']]);
    expect(typesIn('Lot. 12 : 35 pièces, 29280 références')).toEqual([]);
    // with its number, the address is read once, from its number
    expect(found('12 rue du Moulin, 44000 Nantes')).toEqual([['postal_address', '12 rue du Moulin, 44000 Nantes']]);
    // a farm's or a hamlet's name alone after an address's label (no street, no « lieu-dit »)
    expect(found('Adresse : La Croix Blanche, 49170 Savennières\nDomicile : Kerhuel, 29000 Quimper\nAdresse postale : Moulin de Kerhuel 29000 Quimper\n').map(([, v]) => v)).toEqual(['La Croix Blanche, 49170 Savennières', 'Kerhuel, 29000 Quimper', 'Moulin de Kerhuel 29000 Quimper']);
    // not without the label, nor after another one
    expect(typesIn('La Croix Blanche, 49170 Savennières\nRéférence : Kerhuel, 29000 Quimper\nVu à la Croix Blanche, 49170 Savennières\n')).toEqual([]);
  });
  it('finds a Belgian, Swiss or Luxembourg address: the number after the street, a town of four digits', () => {
    expect(found('Adresse : Rue de la Loi 16, 1000 Bruxelles.')).toEqual([['postal_address', 'Rue de la Loi 16, 1000 Bruxelles']]);
    expect(found('Avenue Louise 54 bte 3, 1050 Ixelles')).toEqual([['postal_address', 'Avenue Louise 54 bte 3, 1050 Ixelles']]);
    expect(found('Rue du Rhône 12, CH-1204 Genève')).toEqual([['postal_address', 'Rue du Rhône 12, CH-1204 Genève']]);
    expect(found('Route de Thionville 12\nL-2610 Luxembourg\n')).toEqual([['postal_address', 'Route de Thionville 12\nL-2610 Luxembourg']]);
    expect(found('Livré au 16 rue de la Loi, 1000 Bruxelles')).toEqual([['postal_address', '16 rue de la Loi, 1000 Bruxelles']]);
    // four digits and a capitalised word are no town without a street before them, after a comma or a line break
    expect(typesIn('En 2024 Marie est venue, 2024 Marie aussi.')).toEqual([]);
    expect(typesIn('Chapitre 3, 1200 Genève')).toEqual([]);
    expect(typesIn('rue de la Paix 2024 Paris')).toEqual([]);
    expect(typesIn('Benjamin R. Haskell, 2010 Aug 24')).not.toContain('postal_address');
  });
  it('needs the postcode and town for a street without a number, and a capitalised name', () => {
    expect(typesIn('Elle habite rue de l’Église depuis mai.')).toEqual([]);
    expect(typesIn('Réunion en cours 75011 Paris')).toEqual([]);
    expect(typesIn('Code client 75011 Paris')).toEqual([]);
    expect(typesIn('la rue de la 75011 Paris')).toEqual([]);
    // CSV rows leave them to the « Adresse » column
    expect(typesIn('Dupont;rue de l’Église 44000 Nantes', { format: 'csv' })).not.toContain('postal_address');
  });
  it('ignores "5 cours de yoga" and a church name', () => {
    expect(typesIn('Elle a suivi 5 cours de yoga près de l’Église Saint-Pierre.')).toEqual([]);
  });
});

describe('person_name', () => {
  it('knows the first names given in France whatever their origin, not only the calendar\'s', () => {
    const people = ['Mamadou Diallo', 'Fatoumata Traoré', 'Kylian Mbappé', 'Maëlys Le Goff', 'Mehmet Yilmaz', 'Joao Pereira', 'Kenza Benali', 'Timéo Guillou', 'Aminata Cissé', 'Wassim Haddad'];
    for (const p of people) expect(found(`Rendez-vous avec ${p} jeudi.`)).toEqual([['person_name', p]]);
    // a first name that is a word too wants its surname in capitals, or an address made of it
    expect(typesIn('Avril Martin')).toEqual([]);
    expect(found('Avril MARTIN')).toEqual([['person_name', 'Avril MARTIN']]);
    // not an acronym of three capitals or fewer: a product's, a protocol's, a university's
    expect(typesIn('Cloud CLI, Sun RPC, Paris VI, Promise API, Mac OSX')).toEqual([]);
    // …nor the first of several (gcloud's « Cloud TPU VM »); a particle in capitals is no acronym
    expect(typesIn('Name of the Cloud TPU VM node. A Cloud SQL CMEK key.')).toEqual([]);
    expect(found('Rose LE GOFF, Avril DA SILVA').map(([, v]) => v)).toEqual(['Rose LE GOFF', 'Avril DA SILVA']);
    expect(found('2012 Milan Broz <mbroz@exemple.org>')).toEqual([['person_name', 'Milan Broz'], ['email', 'mbroz@exemple.org']]);
    // nor a function word, a saint's place or a shop named after someone
    expect(typesIn('before the account is locked. The INACTIVE option, Les CONDITIONS GÉNÉRALES')).toEqual([]);
    expect(typesIn('lying in Santa Clara County, Saint Jean de Luz')).toEqual([]);
    expect(typesIn('Achats chez Leroy Merlin et Renault Trucks')).toEqual([]);
    // nor a first name and its trade, a business's name (« Iroise » is a first name too)
    expect(typesIn('Fiche acquéreur — Agence Iroise Immobilier\nLivraison par Marc Transports\nJulie Coiffure, salon mixte\n')).toEqual([]);
    expect(valuesOf('person_name', 'Fiche acquéreur — Agence Iroise Immobilier\nVendeur : Iroise Le Bras\n')).toEqual(['Iroise Le Bras']);
    // nor a client file's word the list holds as a rare first name, before an acronym
    expect(typesIn('Devis EDF pour la cuisine. Patient VIP, Mari ABSENT, Papa NOEL')).toEqual([]);
  });
  it('leaves an English possessive out of the name', () => {
    expect(found('Tiphaine Cornec’s security code changed.')).toEqual([['person_name', 'Tiphaine Cornec']]);
    expect(found("Mme Durand's invoice")).toEqual([['person_name', 'Durand']]);
    expect(found('M. d’Aubigné est venu')).toEqual([['person_name', 'd’Aubigné']]);
  });
  it('after an honorific, "NOM Prénom", "Prénom Nom" and a signature', () => {
    expect(found('Bonjour Mme Durand,')).toEqual([['person_name', 'Durand']]);
    expect(found('M. Jean-Pierre de La Fontaine a appelé.')).toEqual([['person_name', 'Jean-Pierre de La Fontaine']]);
    expect(found('Dossier de DUPONT Marie, reçu.')).toEqual([['person_name', 'DUPONT Marie']]);
    expect(found('Rappeler Marie Curie demain.')).toEqual([['person_name', 'Marie Curie']]);
    expect(found('Cordialement,\nOumou Diallo\n')).toEqual([['person_name', 'Oumou Diallo']]);
    expect(found('Client : Maëlys KERMARREC\n')).toEqual([['person_name', 'Maëlys KERMARREC']]);
  });
  it('reads a compound first name made of known ones (« Jean-Baptiste », « Marie-Claire »), not a place', () => {
    expect(found('Appeler Jean-Baptiste Morel pour le devis.')).toEqual([['person_name', 'Jean-Baptiste Morel']]);
    expect(found('Dossier de MOREL Marie-Claire, reçu.')).toEqual([['person_name', 'MOREL Marie-Claire']]);
    expect(found('Séance avec Anne-Sophie Lambert.')).toEqual([['person_name', 'Anne-Sophie Lambert']]);
    // « Galante », « Rose-Blanche »: not every part a first name, or every part a word too
    expect(typesIn('Vacances à Marie-Galante Beach, puis Rose-Blanche Avenue.')).toEqual([]);
  });
  it('reads a known first name alone when greeted, signing under a closing, or with an initial (« Paul D. »)', () => {
    expect(found('Bonjour Thomas,\n\nMerci Léa !\nChère Anne-Sophie,\n')).toEqual([['person_name', 'Thomas'], ['person_name', 'Léa'], ['person_name', 'Anne-Sophie']]);
    expect(found('Bien à vous,\nLéa\n')).toEqual([['person_name', 'Léa']]);
    expect(found('RDV avec Paul D. demain ; conflit avec Julie M.\n')).toEqual([['person_name', 'Paul D.'], ['person_name', 'Julie M.']]);
    // a chat's or a task's mention (« @Léa Morel »), not an address's domain (« contact@Paul Martin »)
    expect(found('@Léa Morel peux-tu relancer ? (cc @Paul Martin)\ncontact@Paul Martin\n').map(([, v]) => v)).toEqual(['Léa Morel', 'Paul Martin']);
    // a first name that is a word too greeted before a comma or « ! » (not « Bonjour France. »)
    expect(found('Bonjour Claire,\nSalut Adam !\nBonjour Jade, Paul,\nBonjour France.\nBonjour France,\nBonjour Renault,\n').map(([, v]) => v)).toEqual(['Claire', 'Adam', 'Jade']);
    // not a greeting's « World », a greeting inside a line, « P.-S. », a vitamin
    expect(typesIn('Hello World!\nBonjour Madame,\nIl a dit bonjour Thomas, puis est parti.\nCordialement,\nDirection\nJean P.-S. : vitamine D.\n')).toEqual([]);
  });
  it('reads a known first name alone after a session’s heading’s dash, and the notes below it as its person’s', () => {
    const note = '# Séance 3 — Thomas\n\n- Se sent épuisé, parle d’un **burn-out** l’an dernier.\n';
    expect(found(note)).toEqual([['person_name', 'Thomas'], ['health', 'burn-out']]);
    expect(found('Compte rendu – Léa\n').map(([, v]) => v)).toEqual(['Léa']);
    // not a word that is a first name too, nor any line with a dash
    expect(typesIn('Dossier — Paris\nVersion 2 — Thomas\nFiche produit — Rose\n')).toEqual([]);
  });
  it('reads a couple’s first names: greeted together, or before their one surname', () => {
    expect(found('Chers Paul et Sophie,\nBonjour Karim et Leïla !\n')).toEqual([['person_name', 'Paul'], ['person_name', 'Sophie'], ['person_name', 'Karim'], ['person_name', 'Leïla']]);
    expect(found('Jean et Marie Dupont viendront samedi.')).toEqual([['person_name', 'Jean'], ['person_name', 'Marie Dupont']]);
    expect(found('Karim et Leïla Haddad;3;Halal\n', { format: 'csv', headerLine: 'Invité;Table;Menu' }).filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Karim'], ['person_name', 'Leïla Haddad']]);
    // a group greeted, a first name that is a word too, a place before « et »
    expect(typesIn('Chers Amis,\nChers Collègues,\nBonjour Paul et Rose,\nBonjour Madame et Monsieur,\n')).toEqual([]);
    expect(found('Entre Lyon et Marie Dupont, Saint-Jean et Marie Curie.')).toEqual([['person_name', 'Marie Dupont'], ['person_name', 'Marie Curie']]);
    expect(found('Université Pierre et Marie Curie (Paris VI)').filter(([, v]) => v === 'Pierre')).toEqual([]);
    // either first name a word too (a photographer's « parents Claire et Paul Roux »); not a country's, a brand's
    expect(found('Parents : Claire et Paul Roux. Yannick et Claire Roux sont venus.').map(([, v]) => v)).toEqual(['Claire', 'Paul Roux', 'Yannick', 'Claire Roux']);
    expect(found('France et Paul Martin, Renault et Paul Martin.').map(([, v]) => v)).toEqual(['Paul Martin', 'Paul Martin']);
  });
  it('reads a first name the lists do not know alone after a greeting that opens its line', () => {
    expect(found('Bonjour Tehotu,\nChère Noelani,\nHello Kavya !\nBonsoir Ifeoma,\n')).toEqual([['person_name', 'Tehotu'], ['person_name', 'Noelani'], ['person_name', 'Kavya'], ['person_name', 'Ifeoma']]);
    // a title, a role or a group greeted; thanks; a word that is a first name too; inside a line
    expect(typesIn('Cher Client,\nChère Adhérente,\nBonjour Équipe,\nMerci Beaucoup !\nBonjour à tous,\nOui. Bonjour Tehotu,\nMerci Tehotu !\n')).toEqual([]);
    // in a quoted reply, its lines opened by « > »: the greeting, the closing and the name under it; not after a tag or a sign
    expect(found('> Bonjour Marc,\n>> Bonjour Léa,\n> Cordialement,\n> Noelani Kerbrat\n').map(([, v]) => v)).toEqual(['Marc', 'Léa', 'Noelani Kerbrat']);
    expect(typesIn('<b>Noelani</b>\nx > Noelani Kerbrat\nif (a > Bonjour) x\n')).toEqual([]);
  });
  it('reads a first name the lists do not know with an initial after « avec », « par » or a relative', () => {
    expect(found('Conflit au travail avec Adaeze L., à suivre.\nRecommandé par Thandiwe T. ; à reprendre.\nParle de sa sœur, Koldo L.\nSon frère Nnamdi A. aussi.\n')).toEqual([
      ['person_name', 'Adaeze L.'],
      ['person_name', 'Thandiwe T.'],
      ['person_name', 'Koldo L.'],
      ['person_name', 'Nnamdi A.'],
    ]);
    // an appendix, a building, software; no such word before
    expect(typesIn('Voir avec Annexe B. demain\nréalisé par Bâtiment C.\ncompatible avec Windows X.\nAdaeze L. a appelé\n')).toEqual([]);
  });
  it('reads a name of any first name before « , demeurant » or « , né le », one of its words in capitals', () => {
    const text = 'La société certifie que LECLERCQ Thandiwe, demeurant 106 rue de la Paix, a travaillé…\nJ’atteste que Koldo DUPONT, né le 12/03/1985, est…\n';
    expect(valuesOf('person_name', text)).toEqual(['LECLERCQ Thandiwe', 'Koldo DUPONT']);
    // a company, a group, a street, nothing in capitals
    expect(typesIn('La société DUPONT SARL, domiciliée à Lyon\nLe Groupe SNCF, né de la fusion\nRue VICTOR Hugo, demeurant\nAtelier Koldo, demeurant à Lyon').filter((t) => t === 'person_name')).toEqual([]);
  });
  it('reads a name in capitals alone on its line (a CV\'s heading), and the one signing « Je soussigné(e) »', () => {
    expect(found('JULIE MARTIN\nAssistante\nLE GOFF MANON\n')).toEqual([['person_name', 'JULIE MARTIN'], ['person_name', 'LE GOFF MANON']]);
    expect(found('Je soussignée Claire Dubois, gérante, certifie que…\nJe soussigné(e), Kenza Amrani, atteste.\n')).toEqual([['person_name', 'Claire Dubois'], ['person_name', 'Kenza Amrani']]);
    // a place, a king's numeral, a shop, a heading without a first name, capitals within a line
    expect(typesIn('AVENUE JEAN JAURES\nLYCEE VICTOR HUGO\nLOUIS XV\nLOUIS VUITTON\nCONDITIONS GENERALES\nCB CARREFOUR 05/11 JULIE MARTIN\nEntre les soussignés :\n')).toEqual([]);
  });
  it('reads a family\'s surname after « famille », within a sentence too; a couple\'s, a widow\'s', () => {
    expect(found('Chantier chez la famille Le Goff demain.\nFacture famille Kerbrat-Quéré\n')).toEqual([['person_name', 'Le Goff'], ['person_name', 'Kerbrat-Quéré']]);
    expect(found('La famille Lefebvre a réglé. Facture Famille Kerbrat pour la cuisine.')).toEqual([['person_name', 'Lefebvre'], ['person_name', 'Kerbrat']]);
    // a card's, a label's or a botanist's family
    expect(typesIn('Carte Famille Nombreuse\nLabel Famille Plus\nsous-famille Rosaceae\nUne famille Recomposée\n')).toEqual([]);
    expect(typesIn('Une Carte Famille Nombreuse pour la sous-famille Rosaceae et la famille des Rosacées.')).toEqual([]);
    // a couple's (a notary's « les époux Dupuis »), a widow's after her honorific (« Mme veuve Lambert »)
    expect(found('Les époux Dupuis ont signé. Son époux Jean Dupont est venu.\nRappeler Mme veuve Lambert.\nMadame veuve Roux a appelé. Mme Vve Le Goff\n').map(([, v]) => v)).toEqual(['Dupuis', 'Jean Dupont', 'Lambert', 'Roux', 'Le Goff']);
    expect(typesIn('Les époux de la mariée. Une bouteille de Veuve Clicquot, de veuve Clicquot. Elle est veuve depuis 2019.')).toEqual([]);
  });
  it('reads « NOM, Prénom » as lists write it, and English honorifics', () => {
    expect(found('Participants : DUPONT, Marie ; LE GOFF, Manon ; DA SILVA, Tiago et MARTIN, Paul.').map(([, v]) => v)).toEqual(['DUPONT, Marie', 'LE GOFF, Manon', 'DA SILVA, Tiago', 'MARTIN, Paul']);
    // « NOM Prénom » with its particle in capitals (an accounting export's « LE GOFF Yann »), a particle being a word
    expect(found('RDV avec LE GOFF Yann demain.\nAPPELER DE LA FONTAINE Jean\nLIBELLE DUPONT Marie\n').map(([, v]) => v)).toEqual(['LE GOFF Yann', 'DE LA FONTAINE Jean', 'DUPONT Marie']);
    // an acronym within a sentence, a first name that a surname follows: no list's item
    expect(found('Communications of the ACM, April 1990 ; struktur AG, Joachim Bauch').map(([, v]) => v)).toEqual(['Joachim Bauch']);
    expect(found('Mr & Mrs Smith, Ms. Johnson and Miss Taylor called.').map(([, v]) => v)).toEqual(['Smith', 'Johnson', 'Taylor']);
    // a place, an abbreviation, a word that is a first name too
    expect(typesIn('PARIS, France. NB, Marie a dit. TVA, Jean. DUPONT, Rose. Miss France. San Diego, USA, June\nutil.c (SMS, Rodney) ; Miss You Much')).toEqual([]);
  });
  it('keeps to eight blanks between a name\'s words, and no English month or day for a surname', () => {
    expect(found('Ian     Murdock   August  1993\nJean    Dupont').map(([, v]) => v)).toEqual(['Ian     Murdock', 'Jean    Dupont']);
    // an HTML tag blanked in place between two words; a log's date
    expect(typesIn(`the BSD ${' '.repeat(60)}Line printer\nLast login: Thu May 13 08:47:13 JST 2021\nDate:   Thu Mar 31 16:47:39 2018`)).toEqual([]);
    // a changelog's tag, places after a first name (1 151 « Dev Deps » in the false-positive folders' node_modules)
    expect(typesIn('- [Dev Deps] update `eslint`\n"description": "Asia Pacific (Tokyo)"\nEnglish (Hong Kong)\nMonotype Hong Kong Ltd.\nHKT 28800 # Hong Kong Time\n51 Franklin Street, Fifth Floor, Boston\n51 Franklin St, Fifth Floor\n 2001-2002 Indiana University\n')).toEqual([]);
    // (« St » and « Kong » are someone's surname elsewhere)
    expect(found('Patch by Tom St Denis and Lucien Kong.\n').map(([, v]) => v)).toEqual(['Tom St Denis', 'Lucien Kong']);
    // « St. » goes on to the next word, its dot kept inside (not at the name's end)
    expect(found('Signé par Matthias St. Pierre et M. Jean Ste. Croix.\n').map(([, v]) => v)).toEqual(['Matthias St. Pierre', 'Jean Ste. Croix']);
  });
  it('reads no typeface as a name, as a designer\'s brief or a font\'s notes list them', () => {
    // (« Georgia », « Montserrat » are first names, « Serif » a Turkish one: DejaVu's status file held 19 455 such names)
    expect(typesIn('Typo du logo : Georgia Bold, corps 24.\nCharte : Montserrat SemiBold, Lato Light.\nPolices : Noto Serif Display\n1.6 (Serif Bold Italic, Serif Italic) 1.7 (Serif Condensed, Serif Condensed Bold)\n')).toEqual([]);
    expect(found('Client : Georgia Martin, a choisi Georgia Bold.').map(([, v]) => v)).toEqual(['Georgia Martin']);
  });
  it('reads no time zone as a name (« CLT    America/Santiago »: PostgreSQL\'s time zone sets), a name before a slash still', () => {
    expect(typesIn('CLT    America/Santiago  # Chile Time\nMAGT    Asia/Magadan  # Magadan Time\n')).toEqual([]);
    expect(found('Contact : Jean Dupont/Marie Martin\nDUPONT Marie/Compta\n').map(([, v]) => v)).toEqual(['Jean Dupont', 'Marie Martin', 'DUPONT Marie']);
    // nor a time zone's name (« Georgia », « Israel » are first names)
    expect(typesIn('GET     Asia/Tbilisi  # Georgia Time\nGEST    Asia/Tbilisi  # Georgia Summer Time\n# - IST: Israel Standard Time (Asia)\n')).toEqual([]);
    expect(found('RDV avec Georgia Martin, Time Out à 14h.').map(([, v]) => v)).toEqual(['Georgia Martin']);
  });
  it('reads a first name that is a word too before a known one and a surname as theirs', () => {
    // (« douglas » is a tree, « dean » and « rose » words too)
    expect(found('Copyright (c) 2015 Douglas Christopher Wilson\nCopyright 2010 Dean Michael Berris\nRose Marie Dupont a réglé.\n').map(([, v]) => v)).toEqual(['Douglas Christopher Wilson', 'Dean Michael Berris', 'Rose Marie Dupont']);
    // not a document's word, nor one after an article (a shop's)
    expect(found('Devis Marie Dupont\nLa Rose Marie Dupont\n').map(([, v]) => v)).toEqual(['Marie Dupont', 'Marie Dupont']);
  });
  it('reads no program\'s term or licence\'s word in capitals as a surname, nor an English placeholder as anyone', () => {
    expect(typesIn('OS Login SSH Keys, Cloud KMS Keys, API Keys, OAuth Tokens. Get JSON Lines support. MS Edge converts. worksheet.addRow({ name: \'Jane Doe\' }), for example John Doe.')).toEqual([]);
    // the author after a licence's capitals is read, not the word before him
    expect(found('THE SOFTWARE IS PROVIDED BY Bill Paul AND CONTRIBUTORS. IN NO EVENT SHALL Bruno Haible BE LIABLE.').map(([, v]) => v)).toEqual(['Bruno Haible']);
    expect(found('Client : DUPONT Jean, ROY Claire').map(([, v]) => v)).toEqual(['DUPONT Jean', 'ROY Claire']);
  });
  it('reads no program\'s identifier as a surname in capitals (a changelog\'s entries), nor a template\'s', () => {
    expect(typesIn('\t* chacha-crypt.c: Check HAVE_NATIVE_fat_chacha_2core.\n\t(do_unprotect): Mark FLAG_OPAQUE instead of FLAG_USER1.\n\t* scd/apdu.c: Check ERRNO.\nAuthor: Gunthorpe Jason[FAMILY Given]\n')).toEqual([]);
    // a file named after its client is theirs
    expect(found('Pièce jointe : Marie DUPONT_facture.pdf').map(([, v]) => v)).toEqual(['Marie DUPONT']);
  });
  it('reads the name under a short closing too (« Merci, », « A+ », « Best, »), not a team\'s', () => {
    expect(found('Merci,\nJulie\n\nA+\nKarim\n\nBest,\nOliver Smith\n').map(([, v]) => v)).toEqual(['Julie', 'Karim', 'Oliver Smith']);
    expect(typesIn('Thanks,\nThe Team\n\nMerci,\nService Client\n\nCordialement,\nAtelier Bois\n')).toEqual([]);
    // a first name the lists do not know, signing alone under a closing with a phone or an e-mail on the next line
    expect(found('Cordialement,\nOluwaseun\n+33 6 96 42 04 95\n\nBien à vous,\nMakoa\nmakoa.t@gmail.com\n').filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Oluwaseun'], ['person_name', 'Makoa']]);
    expect(typesIn('Cordialement,\nSecrétariat\n02 98 44 12 13\n\nBien à vous,\nDirection\n02 98 44 12 14\n\nMerci,\nTehotu\nÀ demain\n').filter((t) => t === 'person_name')).toEqual([]);
  });
  it('reads a name alone on its line when an address made of its words stands below (a CV\'s heading)', () => {
    const cv = 'KEALA LEFÈVRE\nAssistante administrative\n4 Rue du Stade, 23326 La Seyne-sur-Mer\n+33241176055 – klefevre@sfr.fr\n\nTehotu Vidal\ntehotu.vidal@gmail.com\n';
    expect(valuesOf('person_name', cv)).toEqual(['KEALA LEFÈVRE', 'Tehotu Vidal']);
    // a shop's name run together, an address of another's, a role's
    expect(typesIn('BLEU CITRON\nbleucitron@gmail.com\n\nKEALA LEFÈVRE\nAssistante\nnnamdi.faure@free.fr\n\nATELIER BOIS\nbois.atelier@free.fr\n').filter((t) => t === 'person_name')).toEqual([]);
    // a line's start is looked for 400 characters back at most: an address at the end of a longer line is no card's
    // (and a block of addresses without line breaks costs no search back to its start)
    expect(valuesOf('person_name', `KEALA LEFÈVRE\n${'x '.repeat(210)}klefevre@sfr.fr\n`)).toEqual([]);
    expect(valuesOf('person_name', `KEALA LEFÈVRE\n${'x '.repeat(150)}klefevre@sfr.fr\n`)).toEqual(['KEALA LEFÈVRE']);
  });
  it('reads no surname in a hospital\'s or a body\'s initials before a town named like someone (« CHU Morvan »)', () => {
    expect(typesIn('Livraison : CHU Morvan, service d’oncologie\nCHR Orléans\nClient : CHU Morvan\n').filter((t) => t === 'person_name')).toEqual([]);
    expect(found('M. Yann CHU est venu.').map(([, v]) => v)).toEqual(['Yann CHU']);
  });
  it('reads the surname « Paris » right after an honorific, not the city after a name', () => {
    expect(valuesOf('person_name', 'Remarque : Mme Paris est asthmatique.\nContact : M. Paris, +33 2 26 38 26 92.\nClient : Mme A. Paris\nj\'ai vu madame Paris hier\n'))
      .toEqual(['Paris', 'Paris', 'A. Paris', 'Paris']);
    expect(valuesOf('person_name', 'M. Jean Dupont Paris\nRendez-vous à Paris avec Mme Durand\n')).toEqual(['Jean Dupont', 'Durand']);
  });
  it('reads the controller and the data protection officer a privacy policy names; not a company after a label', () => {
    const policy = 'Politique de confidentialité\nResponsable du traitement : Claire Le Guen, sophrologue, 12 rue de Brest, 29000 Quimper.\nDélégué à la protection des données : Jean Kerbrat (dpo@exemple.fr)\n';
    expect(valuesOf('person_name', policy)).toEqual(['Claire Le Guen', 'Jean Kerbrat']);
    expect(valuesOf('person_name', 'Responsable du traitement : Le Goff Expertise SARL\nClient : Kerbrat Conseil, SAS au capital de 1 000 €\nResponsable des traitements : la société Dupont\n')).toEqual([]);
  });
  it('reads a sole trader\'s name before their legal form, and the publication\'s director, in a legal notice', () => {
    const notice = 'Mentions légales\nÉditeur du site : Claire Le Guen, EI — graphiste indépendante\nDirectrice de la publication : Rose Marchand\n';
    expect(valuesOf('person_name', notice)).toEqual(['Claire Le Guen', 'Rose Marchand']);
    // the legal form is no part of the name
    expect(found('Jean-Marc Poulain Entrepreneur individuel\nThibault Ménard EIRL — plomberie\nClaire Morel - micro-entrepreneuse\n').map(([, v]) => v))
      .toEqual(['Jean-Marc Poulain', 'Thibault Ménard', 'Claire Morel']);
    expect(typesIn('Hébergeur : Rose Services SAS\nClaire Fontaine, SARL au capital de 1 000 €\nLe statut EI\n')).toEqual([]);
  });
  it('reads « Surname First name » opening a practitioner\'s entry, the age after it, and what the entry says of health', () => {
    const notes = '14/11/2026 — Dupuis Marc, 45 a, couvreur\nMotif : lombalgie aiguë après port de charge.\n\n15/11/2026 — Lemoine Claire (33 ans), enseignante\nMotif : sciatalgie droite.\n\n- Morvan Anne, 52 ans\n';
    expect(valuesOf('person_name', notes)).toEqual(['Dupuis Marc', 'Lemoine Claire', 'Morvan Anne']);
    expect(valuesOf('health', notes)).toEqual(['lombalgie', 'sciatalgie']);
    // not within a line, nor without the age, nor a place or a shop before a first name
    expect(valuesOf('person_name', 'Le rendez-vous de Dupuis Marc, 45 a\nDupuis Marc\nGarage Marc, 45 ans d’expérience\n')).toEqual([]);
  });
  it('reads « Surname, First name » before an address unquoted too, in a header\'s list of recipients', () => {
    expect(found('À : Kerbrat, Yannick <y.kerbrat@x.fr>; Le Goff, Manon <m.legoff@x.fr>\nFrom: Smith, John <jsmith@x.com>').filter(([t]) => t === 'person_name'))
      .toEqual([['person_name', 'Kerbrat, Yannick'], ['person_name', 'Le Goff, Manon'], ['person_name', 'Smith, John']]);
    expect(typesIn('Cc : Support, Technique <support@x.fr>; Paris, Rennes <x@y.fr>')).toEqual(['email', 'email']);
  });
  it('reads the first name of whoever is named so, and the name after « le dénommé »', () => {
    expect(found('Mon mari viendra, il s’appelle Marc. Une fille prénommée Léa. Le dénommé Dupont est passé. Ça s’appelle Rose.').map(([, v]) => v)).toEqual(['Marc', 'Léa', 'Dupont']);
  });
  it('reads the known first names of a list of people after its label, as minutes and class lists write it', () => {
    expect(found('Présents : Aurélie (maman de Noah, 4 ans), Karim et Sonia (parents de jumeaux), Mme Tessier.').map(([, v]) => v))
      .toEqual(['Aurélie', 'Noah', 'Karim', 'Sonia', 'Tessier']);
    expect(found('Excusés : Paul Martin, Rose, Léa. Marc est arrivé.\nInvités : Zyx, Emma').map(([, v]) => v)).toEqual(['Paul Martin', 'Léa', 'Emma']);
    // its first item after an honorific (once lost: the label's token took the honorific's letter), and items of
    // initials and a surname, as minutes write them
    expect(found('Présents : M. Roux, M. Blanc, Mme Petit et J. Martin.\nParticipants : Y. Kerouac, M.-L. Dubois, J.-P. Martin\nInvités : Mme Roux').map(([, v]) => v))
      .toEqual(['Roux', 'Blanc', 'Petit', 'J. Martin', 'Y. Kerouac', 'M.-L. Dubois', 'J.-P. Martin', 'Roux']);
    // (initials outside a list of people are no item: « Annexes : A. Plan »)
    expect(found('Annexes : A. Plan, B. Devis\nRéunion avec J. Martin demain')).toEqual([]);
  });
  it('reads the labels of Markdown notes, bold or after a bullet (Notion, Obsidian, a chatbot\'s text), and a form\'s leaders', () => {
    const md = '# Fiche client\n\n- **Contact** : Claire Durand\n- **Prénom :** Yannick\n**Client :** Tehotu Vidal\n* **Date de naissance** : 12/03/1980\n- Client : Koldo Etxeberria\n- **Allergies** : latex\n';
    expect(found(md).map(([t]) => t)).toEqual(['person_name', 'person_name', 'person_name', 'birth_date', 'person_name', 'health']);
    expect(valuesOf('person_name', md)).toEqual(['Claire Durand', 'Yannick', 'Tehotu Vidal', 'Koldo Etxeberria']);
    // a printed form filled in: its leaders between the label and the value
    const form = 'Nom ........................ Kerbrat\nPrénom : .......... Yannick ..........\nNé(e) le ........ 12/03/1980\nClient ______ Tehotu Vidal\nDate de naissance : ……………… 03/03/1975\n';
    expect(found(form)).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Yannick'], ['birth_date', '12/03/1980'], ['person_name', 'Tehotu Vidal'], ['birth_date', '03/03/1975']]);
    // a YAML front matter's keys, written small
    expect(found('---\nnom: Kerbrat\nprénom: Yannick\nclient: Tehotu Vidal\n---\n').map(([, v]) => v)).toEqual(['Kerbrat', 'Yannick', 'Tehotu Vidal']);
    // (bold words in a sentence are no label)
    expect(typesIn('Le **Client** est roi ; **Contact** commercial à venir.\n')).toEqual([]);
  });
  it('reads the unknown first names of a line listing people, most of its items names found (a seating plan)', () => {
    expect(found('Table 1 : Tehotu Fleury (végétarien), Adalbert Moulin, Kavya Lemoine et Paul Martin\n')).toEqual([
      ['person_name', 'Tehotu Fleury'], ['person_name', 'Adalbert Moulin'], ['person_name', 'Kavya Lemoine'], ['person_name', 'Paul Martin'],
    ]);
    // and the other lines under the same numbered label, none of their first names known
    expect(found('Table 1 : Adalbert Moulin, Kavya Lemoine et Paul Martin\nTable 2 : Tsering Dupuis, Tehotu Barre\nTable 3 : voir le traiteur\n').map(([, v]) => v))
      .toEqual(['Adalbert Moulin', 'Kavya Lemoine', 'Paul Martin', 'Tsering Dupuis', 'Tehotu Barre']);
    expect(found('Table 2 : Tsering Dupuis, Tehotu Barre\nTable 1 : Kavya Lemoine, Tehotu Fleury, Paul Martin\n').map(([, v]) => v)).toEqual(['Paul Martin']);
    // (a number alone is no list's label)
    expect(found('1 : Paul Martin, Marie Durand, Jean Dupont\n2 : Tsering Dupuis, Tehotu Barre\n').map(([, v]) => v)).toEqual(['Paul Martin', 'Marie Durand', 'Jean Dupont']);
    // not when few of its items are names found, nor on a line holding anything else, nor a street or a shop
    expect(found('Table 2 : Tehotu Fleury, Kavya Gauthier, Paul Martin\n').map(([, v]) => v)).toEqual(['Paul Martin']);
    expect(found('Table 3 : Tehotu Fleury, Adalbert Moulin, Paul Martin — apéritif à 19 h\n').map(([, v]) => v)).toEqual(['Adalbert Moulin', 'Paul Martin']);
    expect(found('Arrêts : Paul Martin, Rue Pasteur, Adalbert Moulin, Leroy Merlin, Boulangerie Dupain\n').map(([, v]) => v)).toEqual(['Paul Martin', 'Adalbert Moulin']);
  });
  it('takes no postcode\'s letters for a surname in capitals', () => {
    expect(found('Oliver Smith, London NW1 6XE').filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Oliver Smith']]);
  });
  it('reads the name after a title written small in a CSV cell too', () => {
    const csv = 'Nom;Notes\nDurand;"Appel de monsieur Rousseau, puis madame Le Gall"\nMartin;"monsieur Tehotu Vidal est suivi ; le nommé Koldo Tehotu"\n';
    expect(found(csv, { format: 'csv', headerLine: 'Nom;Notes' }).filter(([t, v]) => t === 'person_name' && v !== 'Durand' && v !== 'Martin' && v !== 'Nom')).toEqual([
      ['person_name', 'Rousseau'], ['person_name', 'Le Gall'], ['person_name', 'Tehotu Vidal'], ['person_name', 'Koldo Tehotu'],
    ]);
  });
  it('reads a relative, a partner, a friend or a neighbour named by a known first name', () => {
    expect(found('Personne à prévenir : son frère Karim. Ma femme Julie et son mari Jean Dupont ; sa fille Léa, son petit-fils Mamadou.')
      .filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Karim'], ['person_name', 'Julie'], ['person_name', 'Jean Dupont'], ['person_name', 'Léa'], ['person_name', 'Mamadou']]);
    expect(found('Étaient là : Aurélie (maman de Noah, 4 ans), Mme Tessier (grand-mère de Lina).').map(([, v]) => v)).toEqual(['Noah', 'Tessier', 'Lina']);
    // a grandparent, a stepchild, a godparent, a colleague or a partner in business; set off by a comma too
    expect(found('Sa grand-mère Yvonne viendra. Ma belle-fille, Sandrine, a les clés. Mon fils, Théo, est là. Mamie Odette. Son parrain Marc. Mon associé Laurent Giraud.')
      .filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Yvonne', 'Sandrine', 'Théo', 'Odette', 'Marc', 'Laurent Giraud']);
    // (an aunt, an uncle, the nanny; capitalised too, as a child's carer writes them; not a biscuit's, a yogurt's brand)
    expect(found('Tonton Marc a appelé. La nounou Sandrine est absente. Tata Sylvie viendra.').map(([, v]) => v)).toEqual(['Marc', 'Sandrine', 'Sylvie']);
    expect(typesIn('Papy Brossard et Mamie Nova au goûter, Tata Motors.')).toEqual([]);
    expect(typesIn('Pour ma mère, Noël est triste ; la famille, Paris en été ; mon collègue, Monsieur le directeur.')).toEqual([]);
    // a first name before an age in brackets, a child's or a client's, a word too or not; a name found already kept whole
    expect(found('Enfant : Noah (6 ans)\nInscrits : Jade (7 ans) et Rose (8 ans) le mercredi\nla petite Inès (6 ans) est venue. Marie Dupont (45 ans)').map(([, v]) => v)).toEqual(['Noah', 'Jade', 'Rose', 'Inès', 'Marie Dupont']);
    expect(typesIn('Rennes (10 ans de présence). Garantie (2 ans).')).toEqual([]);
    // …or after a comma, then a sign (a mediator's « les enfants (Hugo, 9 ans, et Chloé, 6 ans) »); no word too, no place
    expect(found('Les enfants (Hugo, 9 ans, et Chloé, 6 ans) résident chez la mère.\nInscrits : Lucas, 8 ans\n').map(([, v]) => v)).toEqual(['Hugo', 'Chloé', 'Lucas']);
    expect(typesIn('Paris, 10 ans de présence. Rose, 5 ans, aime dessiner. Garantie, 2 ans, pièces. Lyon, 3 ans.')).toEqual([]);
    // …or its age after it, the name right after a bracket or a comma (a coaching questionnaire's « deux enfants (Lucas 12 ans, Inès 9 ans) »)
    expect(found('Situation familiale : divorcée, deux enfants (Lucas 12 ans, Inès 9 ans)').map(([, v]) => v)).toEqual(['Lucas', 'Inès']);
    expect(typesIn('Agences (Paris 15 ans, Lyon 3 ans). Garantie (Total 2 ans).')).toEqual([]);
    // a first name that is a word too, before its surname, then when they were born or their age (a nanny's « Jade
    // Moreau (née le 22/08/2023) »); not a shop's story, nor a brand's know-how
    expect(found('Enfant gardé : Jade Moreau (née le 22/08/2023)\nRose Martin, née le 3 mars 2020\nOlive Durand (né en 2019)\nAmbre Petit, 3 ans\n')
      .filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Jade Moreau', 'Rose Martin', 'Olive Durand', 'Ambre Petit']);
    expect(found('La Rose Trémière, née en 1990 d’une idée. Ambre Solaire, 35 ans de savoir-faire. Le Jade Palace, 20 ans.').filter(([t]) => t === 'person_name')).toEqual([]);
    // …or a greeting opening its line, a meeting or a call with them, what they did, their condition, another's name
    // beside it (person-context.ts); not a country's, a brand's or a company's name, nor a shop beside a shop
    const weak = 'Bonjour Claire Dubois,\nRDV avec Jade Moreau mardi.\nAppel de Marine Lefèvre : rappeler.\nAdam Girard a réglé sa facture.\nOcéane Leroux a appelé.\nClaire Dubois est diabétique.\nLou Martin, enceinte de 5 mois.\nMariage de Aurore Blanchard et Paul Martin.\nPaul Martin et Capucine Durand sont venus.\n';
    expect(found(weak).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Claire Dubois', 'Jade Moreau', 'Marine Lefèvre', 'Adam Girard', 'Océane Leroux', 'Claire Dubois', 'Lou Martin', 'Aurore Blanchard', 'Paul Martin', 'Paul Martin', 'Capucine Durand']);
    // (a hairdresser's agenda: the time opening the line, or before « avec »)
    expect(found('10h30 Océane Leroux — couleur + coupe\n14h Jade Moreau (06 12 34 56 78)\nRDV 15h avec Capucine Durand\n').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Océane Leroux', 'Jade Moreau', 'Capucine Durand']);
    // (or after the meeting's time, without « avec »)
    expect(found('Mardi : RDV 14h Claire Martin, puis séance à 16h Jade Moreau.').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Claire Martin', 'Jade Moreau']);
    // (a booking site's notification: the booking's word and a colon, or « pour »)
    expect(found('Nouveau rendez-vous : Claire Martin, Coupe + couleur\nRéservation confirmée pour Marine Lefèvre – Massage 60 min\nRendez-vous annulé : Jade Moreau\nRéservation au nom de Océane Leroux\n').filter(([t]) => t === 'person_name').map(([, v]) => v))
      .toEqual(['Claire Martin', 'Marine Lefèvre', 'Jade Moreau', 'Océane Leroux']);
    expect(found('RDV Marine Lefèvre demain 10h\n').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Marine Lefèvre']);
    expect(typesIn('Nouveau rendez-vous : Marine Nationale.\nRéservation pour France Travail.\nRDV France Travail jeudi.\n').filter((t) => t === 'person_name')).toEqual([]);
    expect(found('Merci Claire Dubois pour votre message.\nÀ l\'attention de Marine Lefèvre\n').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Claire Dubois', 'Marine Lefèvre']);
    // (a letter's or an invoice's addressee, their street below; not a brand's or a body's letterhead — a shop named
    // « Rose Bonbon » above its street is read, as its name says nothing else)
    expect(found('Facture n° 2026-12\n\nClaire Martin\n12 rue des Lilas\n35000 Rennes\n').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Claire Martin']);
    expect(typesIn('Marine Nationale\n12 rue de la Base\nFrance Travail\n3 place du Marché\nCabinet de psychothérapie Ben Ahmed\n100, quai de Nesle\n').filter((t) => t === 'person_name')).toEqual([]);
    expect(typesIn('Appel de France Télévisions : rappeler.\nRéunion avec Claire Voyance SARL.\nAchats chez Leroy Merlin et Renault Trucks.\nRose Bonbon, 06 12 34 56 78\nLa Rose Trémière a appelé.\nSalut Marine Nationale !\nRDV avec Marine Nationale.\nRDV 9h France Travail.\n').filter((t) => t === 'person_name')).toEqual([]);
    // capitalised, opening a line or a message
    expect(found('Maman de Noah : rappeler\nPapa de Lina a appelé\nParents de Zoé absents').map(([, v]) => v)).toEqual(['Noah', 'Lina', 'Zoé']);
    // a first name that is a word too, or a place
    expect(typesIn('Ma voisine Rose, mon ami Paris, sa fille Aurore, la mère Noël, la mère de Paris, le père de Rose.')).toEqual([]);
    // a relative named with an honorific, as after any honorific (« Appeler Yannick (fils de Mme Roux) »)
    expect(found('Appeler Yannick (fils de Mme Roux). La fille de M. Tanguy a appelé ; sa sœur Mme Le Goff aussi.').map(([, v]) => v)).toEqual(['Roux', 'Tanguy', 'Le Goff']);
    expect(typesIn('La fille de Madame a appelé ; le fils de M. le maire aussi.')).toEqual([]);
  });
  it('reads the name after a title written small, as French writes it within a sentence', () => {
    expect(found("J'ai appelé monsieur Lefebvre hier, rdv avec madame Jeanne Kerbrat demain ; mme Quéré et mlle Tanguy aussi.")).toEqual([
      ['person_name', 'Lefebvre'], ['person_name', 'Jeanne Kerbrat'], ['person_name', 'Quéré'], ['person_name', 'Tanguy'],
    ]);
    expect(found('Le docteur Morvan et maître Le Gall sont passés, puis madame J. Kerbrat et monsieur de Villiers.')).toEqual([
      ['person_name', 'Morvan'], ['person_name', 'Le Gall'], ['person_name', 'J. Kerbrat'], ['person_name', 'de Villiers'],
    ]);
    // a title's own word, or a word inside another
    expect(typesIn('Voir madame Le Maire, monsieur Le Directeur ; cher docteurMorvan ; la Grand-madame Louise')).toEqual([]);
  });
  it('reads the sender of a quoted reply whole: after a time\'s « AM », without Outlook\'s quotes', () => {
    expect(found('On Mon, Nov 12, 2026 at 10:32 AM Anna Schmidt <anna@web.de> wrote:\n').filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Anna Schmidt']]);
    expect(found("À : 'Gérard Fontaine' <g.fontaine@wanadoo.fr>\n").filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Gérard Fontaine']]);
    // (a name the list does not know, read from its address, the quote between them)
    expect(found("To: 'James Lokay' <jlokay@yahoo.com>\n").filter(([t]) => t === 'person_name')).toEqual([['person_name', 'James Lokay']]);
  });
  it('ignores places named after people and uppercase acronyms', () => {
    expect(typesIn('Rendez-vous rue Victor Hugo, près de l’église Saint-Pierre Martin.')).toEqual([]);
    expect(typesIn('Montant HT TVA TTC SIRET')).toEqual([]);
    expect(typesIn('Madame, Monsieur, le Maire vous informe.')).toEqual([]);
  });
  it('reads a name after a word that merely ends as a place\'s word does (« est », « reste », « artisan »), not after « St »', () => {
    expect(valuesOf('person_name', 'Mon nom complet est Yannick Le Bris, né à Quimper. Il reste Karim Benali à prévenir. Mon artisan Paul Moreau viendra.'))
      .toEqual(['Yannick Le Bris', 'Karim Benali', 'Paul Moreau']);
    expect(typesIn('Messe à l’église St Yannick Martin, puis Ste Anne Marie.')).toEqual([]);
    // (which hid English regions and products too, after « West », « East », « Replace »)
    expect(typesIn('West Virginia License Plate; EAT 10800 # East Africa Time; Replace Travis CI by GitHub Actions')).toEqual([]);
  });
  it('reads the signature under the e-mail delimiter « -- » and the shorter closings (Cdlt, Au plaisir, Bises)', () => {
    expect(found('Merci.\n-- \nKerbrat Yannick\nPlombier\n')).toEqual([['person_name', 'Kerbrat Yannick']]);
    expect(found('Cdlt\r\nKerbrat Yannick\r\n')).toEqual([['person_name', 'Kerbrat Yannick']]);
    expect(found('Au plaisir,\nGwen Le Bihan')).toEqual([['person_name', 'Gwen Le Bihan']]);
    // a line that merely ends with « -- », or « --- » (a rule), is no delimiter
    expect(typesIn('texte --\nKerbrat Yannick\n---\nKerbrat Yannick')).toEqual([]);
  });
  it('reads a known first name after a closing and its comma on the same line, as a text message ends', () => {
    expect(found('Je confirme pour samedi.\nBises, Léa')).toEqual([['person_name', 'Léa']]);
    expect(found('OK pour 14 h.\nMerci, Paul\n')).toEqual([['person_name', 'Paul']]);
    expect(found('Je serai en retard.\r\nBonne journée, Inès.\r\n')).toEqual([['person_name', 'Inès']]);
    expect(found('> Bisous, Maëlys')).toEqual([['person_name', 'Maëlys']]);
    // without the comma after a kiss, and the closings written without their accent or less often
    expect(found('OK pour samedi.\nBisous Léa')).toEqual([['person_name', 'Léa']]);
    expect(found('OK pour samedi.\nBiz Paul\n')).toEqual([['person_name', 'Paul']]);
    expect(found('OK pour samedi.\nA bientôt, Inès')).toEqual([['person_name', 'Inès']]);
    expect(found('OK pour samedi.\nBon courage,\nInès')).toEqual([['person_name', 'Inès']]);
    // not a first name that is a word or a place too, nor a closing that does not open its line
    expect(typesIn('Merci, Marine\nCordialement, France\nBises, Rose\nMerci, Paris\nJe vous remercie, Paul')).toEqual([]);
    expect(typesIn('Bisous Marine\nBises Maman\nBisous Tehotu')).toEqual([]);
  });
  it('reads a line of known first names after a short label, as a workshop\'s or a class\'s list writes it', () => {
    expect(found('Atelier du 12/03 : Sarah, Yanis, Camille, Hugo\n').map(([, v]) => v)).toEqual(['Sarah', 'Yanis', 'Camille', 'Hugo']);
    expect(found('Groupe du mardi : Sarah, Yanis (7 ans), Camille et Hugo.').map(([, v]) => v)).toEqual(['Sarah', 'Yanis', 'Camille', 'Hugo']);
    // once each under a list's label, which found them already
    expect(found('Présents : Sarah, Yanis, Camille, Hugo').map(([, v]) => v)).toEqual(['Sarah', 'Yanis', 'Camille', 'Hugo']);
    // not two names, first names that are words too, a line that holds anything else, examples, a calendar, places
    expect(typesIn('Binôme : Sarah et Hugo\nCouleurs : Rose, Jade, Olive\nÉquipe : Sarah, Yanis, Camille, Bureau 4')).toEqual([]);
    expect(typesIn('Prénoms les plus donnés : Léo, Gabriel, Louis\nFêtes du jour : Nicolas, Sabine, Yves\nPar exemple : Léo, Inès, Hugo')).toEqual([]);
    expect(typesIn('Villes : Nancy, Florence, Orléans\nPersonnages : Tintin, Milou, Haddock')).toEqual([]);
  });
  it('reads a first name that is also a word (Claire, Rose) as a name where the context says so', () => {
    expect(found('Bien à vous,\nClaire Martin\n')).toEqual([['person_name', 'Claire Martin']]);
    expect(found('Client : Rose Bernard\n')).toEqual([['person_name', 'Rose Bernard']]);
    expect(typesIn('Une eau Claire Fontaine coule.')).toEqual([]);
    // an English header's « Job Title » (Outlook's contacts export), as a line or a CSV cell; a job's holder is read
    expect(typesIn('Notes\nJob Title\n')).toEqual([]);
    expect(found('"First Name","Last Name","Job Title"\n"Paul","Durand","Gérant"\n', { format: 'csv' })).toEqual([['person_name', 'Paul'], ['person_name', 'Durand']]);
    expect(found('Bien à vous,\nJob Martin\n')).toEqual([['person_name', 'Job Martin']]);
  });
  it('reads the name in the cell below its label (a Word table or a PDF form, one cell per line)', () => {
    expect(found('Nom\nKerbrat Yannick\nTéléphone\n06 12 34 56 78')).toEqual([
      ['person_name', 'Kerbrat Yannick'],
      ['phone', '06 12 34 56 78'],
    ]);
    expect(found('Patient :\nLE GOFF Erwan\n')).toEqual([['person_name', 'LE GOFF Erwan']]);
    // a sentence under the label is no name, nor a word under a label that needs its colon
    expect(typesIn('Nom\nVeuillez Remplir ce formulaire')).toEqual([]);
    expect(typesIn('Contact\nService Après-vente\n')).toEqual([]);
  });
  it('reads U+2028 (an HTML line ended by a tag) as a line break for a signature, a label above its value, an address', () => {
    expect(found('Cordialement,\u2028Kerbrat Yannick\u2028')).toEqual([['person_name', 'Kerbrat Yannick']]);
    expect(found('Nom   \u2028   Kerbrat Yannick   \u2028')).toEqual([['person_name', 'Kerbrat Yannick']]);
    expect(found('Date de naissance   \u2028   12/03/1980')).toEqual([['birth_date', '12/03/1980']]);
    expect(found('8 allée des Tilleuls   \u2028BP 45\u2028   69003 LYON')).toEqual([['postal_address', '8 allée des Tilleuls   \u2028BP 45\u2028   69003 LYON']]);
    // a table's cells are not sentences: a health mention in the cell beside a person's stays read
    expect(typesIn('Mme Durand   \u2028   est diabétique')).toContain('health');
  });
  it('reads Outlook’s « "Surname, First" » display name before an address, not a service’s', () => {
    const mail = 'From: "Kerbrat, Yannick" <ykerbrat@orange.fr>\nTo: "Le Floch, Maiwenn" <mlefloch@free.fr>\nCc: "Support, Technique" <support@ex.fr>\n';
    expect(valuesOf('person_name', mail, { format: 'eml' })).toEqual(['Kerbrat, Yannick', 'Le Floch, Maiwenn']);
  });

  it('opens a labelled surname with its lowercase particle', () => {
    expect(found('Nom de famille : de Villiers\nNom : d’Aubigné Prénom : Adalbert').map(([, v]) => v)).toEqual(['de Villiers', 'd’Aubigné', 'Adalbert']);
    expect(found('Il parle de Villiers souvent.')).toEqual([]);
  });

  it('reads a Breton surname whose word is an article after its own, « Le Du »', () => {
    expect(valuesOf('person_name', 'Client : M. et Mme Le Du, 3 rue de Brest')).toEqual(['Le Du']);
    expect(valuesOf('person_name', 'Mme LE DU Anne\nPaul Le Du a appelé.')).toEqual(['LE DU Anne', 'Paul Le Du']);
    expect(valuesOf('person_name', 'Il en parle au Du Guesclin ; Bonjour M. Du,')).toEqual([]);
  });

  it('reads an initial between an honorific or a first name and the surname', () => {
    expect(found('Rendez-vous avec M. J. Dupont, puis Mme A.-M. Le Bihan et Jean J. Martin.').map(([, v]) => v)).toEqual(['J. Dupont', 'A.-M. Le Bihan', 'Jean J. Martin']);
    // an initial alone is no name
    expect(found('Voir M. A. B. au point 3.')).toEqual([]);
  });
  it('reads the author a reply quotes on the mail client\'s attribution line, whatever the first name', () => {
    const mail = 'Le lun. 3 mars 2025 à 10:12, Tehotu Vidal <tv@exemple.fr> a écrit :\n> Bonjour\nLe 03/03/2025 à 10:12, Kerbrat Yannick a écrit :\n' +
      'On Mon, Mar 3, 2025 at 10:12 AM Koldo Etxeberria <koldo@exemple.com> wrote:\n';
    expect(found(mail).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Tehotu Vidal', 'Kerbrat Yannick', 'Koldo Etxeberria']);
    // not a service's, a business's or a shared mailbox's
    const services = 'Le 3 mars 2025 à 10:12, Support Technique <support@exemple.fr> a écrit :\nLe 3 mars 2025, Garage Martin <garage.martin@exemple.fr> a écrit :\n' +
      'Le 3 mars 2025, Service Courrier <courrier@exemple.fr> a écrit :\nLe 3 mars 2025, Rempart Alerte <noreply@exemple.fr> a écrit :\nLe client a écrit : merci\n';
    expect(found(services).filter(([t]) => t === 'person_name')).toEqual([]);
  });
  it('reads the birth or married name after a name (« née Martin », « épouse Chevalier », « ép. », « veuve »)', () => {
    expect(found('Mme Zoé Chevalier (née Martin)\nMme Chevalier, née MARTIN, 12 rue des Lilas\nMarie Martin épouse Chevalier\nMme Roux ép. Le Goff\n')
      .filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Zoé Chevalier', 'Martin', 'Chevalier', 'MARTIN', 'Marie Martin', 'Chevalier', 'Roux', 'Le Goff']);
    // (« née à Lyon », « née le … », a married couple's « épouse » before a lowercase word: no name)
    expect(found('Mme Roux, née à Lyon. Mme Roux née le 3 mai 1940. Mme Roux épouse la cause.').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Roux', 'Roux', 'Roux']);
  });

  it('reads one word alone after « Nom : », « Prénom : » or under « Nom », and nowhere else', () => {
    expect(found('Nom : Kerbrat\nPrénom : Yannick\n')).toEqual([
      ['person_name', 'Kerbrat'],
      ['person_name', 'Yannick'],
    ]);
    expect(found('NOM : DUPONT\r\nNom de famille : Le Bihan\r\n')).toEqual([
      ['person_name', 'DUPONT'],
      ['person_name', 'Le Bihan'],
    ]);
    expect(found('Nom\nKerbrat\nPrénom\nYannick')).toEqual([
      ['person_name', 'Kerbrat'],
      ['person_name', 'Yannick'],
    ]);
    // one word alone after another label, or under a closing formula, is no name
    expect(typesIn('Contact : Particulier\nClient\nParticulier\nCordialement,\nMarketing\n')).toEqual([]);
    // but a surname after its first name's initials is one (« Client : J. Dupont », a patient file's « X. Dupont »)
    expect(found('Client : J. Dupont\nPatient : J.-P. Le Goff\nCordialement,\nA. Kerbrat\n')).toEqual([
      ['person_name', 'J. Dupont'], ['person_name', 'J.-P. Le Goff'], ['person_name', 'A. Kerbrat'],
    ]);
    expect(typesIn('Client : Particulier\nA. Contexte\nVoir p. Dupont')).toEqual([]);
    // or after a tab, a two-column table copied into a text (« Nom⇥MARTINEZ »); not a table's header row
    expect(found('Nom\tMARTINEZ\nPrénom\tInès\nContact\tJean Dupont\nClient\tParticulier\n')).toEqual([
      ['person_name', 'MARTINEZ'], ['person_name', 'Inès'], ['person_name', 'Jean Dupont'],
    ]);
    expect(typesIn('Nom\tPrénom\tTéléphone\n')).toEqual([]);
    // a known first name alone after a person's label (a child's, a spouse's); not a word's, nor an answer
    expect(found('Élève : Zoé\nConjoint : Marc\nLocataire : Paul Girard\n')).toEqual([['person_name', 'Zoé'], ['person_name', 'Marc'], ['person_name', 'Paul Girard']]);
    expect(typesIn('Client : Marine\nEnfant : Oui\nContact : Particulier\n')).toEqual([]);
    // a business as an invoice's client, a bank, a landlord's company: no one (« Client : Julien Moreau » is)
    expect(found('Client : Boulangerie Martin\nClient : Crédit Agricole Ille-et-Vilaine\nPropriétaire : SCI Les Tilleuls\nClient : Julien Moreau\n')).toEqual([['person_name', 'Julien Moreau']]);
    expect(found('Earl Chew <earl_chew@yahoo.com>').filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Earl Chew']]);
    // a document's kind in capitals before whom it is about, as files are named: no surname
    expect(found('CV Fatou Diallo\nCNI Yannick Kerbrat\n').map(([, v]) => v)).toEqual(['Fatou Diallo', 'Yannick Kerbrat']);
    // a list's note after a first name, « nothing to report », « not given »: no surname (a PDF's client list)
    expect(typesIn('Petit     Hugo          RAS\nLéa    NC\nAnne NR\n')).toEqual([]);
    // a table's next heading under « Nom », its cells one per line (a Word table, an HTML page's header): no name
    expect(typesIn('Nom\nStatut\nMontant\n')).toEqual([]);
    expect(typesIn('Nom\u2028     Montant\u2028')).toEqual([]);
    expect(found('Nom\nMARTINEZ\n')).toEqual([['person_name', 'MARTINEZ']]);
    // a work order's technician and its client's signature, a child's form's parents and whom to call: their first
    // names abridged or unknown
    expect(found('Technicien : K. Le Bihan\nSignature du client : J. Perrin\nPère : Ngozi Balde\nResponsable légale : Adaeze Nwosu\nPersonne à prévenir : Tsering Okafor (voisin)\n')).toEqual([
      ['person_name', 'K. Le Bihan'], ['person_name', 'J. Perrin'], ['person_name', 'Ngozi Balde'], ['person_name', 'Adaeze Nwosu'], ['person_name', 'Tsering Okafor'],
    ]);
    expect(found('Facturé à : Ngozi Balde\nVendeuse : Tsering Okafor\n').map(([, v]) => v)).toEqual(['Ngozi Balde', 'Tsering Okafor']);
    // the staff who saw a client, a first name alone after its role (a salon's, a practice's, a training's notes)
    expect(found('Praticienne : Julie\nCollaborateur : Hugo\nFormatrice : Inès\nCoiffeuse : Zoé\n').map(([, v]) => v)).toEqual(['Julie', 'Hugo', 'Inès', 'Zoé']);
    expect(typesIn('Praticien : Non renseigné\nFormateur : Organisme agréé\n')).toEqual([]);
    expect(typesIn('Gérant : SARL Dupont\nTechnicien : Lu et approuvé\nMère : Oui\n')).toEqual([]);
    // a signature's, with an initial (a tattooist's consent form); not a contract's party
    expect(found('Signature : K. Lemoine\nSignature : Le Gall\n').map(([, v]) => v)).toEqual(['K. Lemoine', 'Le Gall']);
    expect(typesIn('Signature : Le Bailleur\nSignature : Bon pour accord\nClient : Le Prestataire\nSignature : La Cliente\n')).toEqual([]);
    // a parent labelled by their child's name (a nanny's, a teacher's notes), whatever the first name
    expect(found('Maman de Zoé : Claire Roux\nPapa de Léo : Koldo Roux\n').map(([, v]) => v)).toEqual(['Zoé', 'Claire Roux', 'Léo', 'Koldo Roux']);
    expect(typesIn('Maman de Zoé : Oui\nPapa de Léo : Non merci\n').filter((t) => t === 'person_name').length).toBe(2);
    // « Signé : », « Signé par : » (a quote's or a report's foot; a wedding's witnesses, a child's godparents)
    expect(found('Signé : Y. Kerbrat\nSigné par : Tehotu Vidal\nTémoin : Adaeze Nwosu\nMarraine : Tsering Okafor\n').map(([, v]) => v)).toEqual(['Y. Kerbrat', 'Tehotu Vidal', 'Adaeze Nwosu', 'Tsering Okafor']);
    expect(typesIn('Signé : Le Directeur\nSigné : illisible\nTémoin : Non\n')).toEqual([]);
    // …or on the line above, as a quote's foot writes it (a plumber's « Bon pour accord, signature du client : » above « Y. Tanguy »)
    expect(found('Bon pour accord, signature du client :\nY. Tanguy\n\nSignature du locataire :\nK. Le Bihan\n\nSignature :\nTehotu Vidal\n').map(([, v]) => v)).toEqual(['Y. Tanguy', 'K. Le Bihan', 'Tehotu Vidal']);
    expect(typesIn('Signature :\nLe Bailleur\n\nSignature du client :\nBon pour accord\n\nSignature :\nLu et approuvé\n')).toEqual([]);
    // a form's fields on one line (as a PDF gives them): « Prénom » ends the surname and labels the next
    expect(found('Nom : Kerbrat Prénom : Yannick Date de naissance : 12/03/1980')).toEqual([
      ['person_name', 'Kerbrat'],
      ['person_name', 'Yannick'],
      ['birth_date', '12/03/1980'],
    ]);
    expect(typesIn('Le Nom : Devis')).toEqual([]);
    // …after a wide gap or a tab too, as a membership form lays them out; not a reference's value
    expect(found('Nom : KOWALSKI          Prénom : Agnieszka\nNom : MARTIN\tNé le : 12/03/1980\n').map(([, v]) => v)).toEqual(['KOWALSKI', 'Agnieszka', 'MARTIN', '12/03/1980']);
    expect(typesIn('Référence : ABCD          Date : 12/03/2020\nProduit : Lampe\tCouleur : Rouge\n')).toEqual([]);
  });
  it('reads a name whole whose letters are past Latin-1 (Turkish, Polish, Romanian, Czech, Vietnamese clients)', () => {
    const names = 'Mme Ayşe Yılmaz a appelé.\nM. Ştefan Popescu : facture n° 12.\nM. Łukasz Nowak a appelé.\nM. Jiří Dvořák a appelé.\nM. Nguyễn Văn An a réglé sa facture.\nM. Emre Avcı, 3 place du Marché, 29000 Quimper\nMme AVCİ Ayşe a appelé.\n';
    expect(found(names).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Ayşe Yılmaz', 'Ştefan Popescu', 'Łukasz Nowak', 'Jiří Dvořák', 'Nguyễn Văn An', 'Emre Avcı', 'AVCİ Ayşe']);
    // greeted, signing, labelled, quoted by a reply
    const mail = 'Bonjour Łukasz,\nMerci.\n\nCordialement,\nAyşe Yılmaz\n\nNom : Yılmaz Prénom : Ayşe\n\nLe 12/03/2024 à 10:02, Łukasz Nowak a écrit :\n> Bonjour\n';
    expect(found(mail).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Łukasz', 'Ayşe Yılmaz', 'Yılmaz', 'Ayşe', 'Łukasz Nowak']);
    // a known first name written with them, as the lists write it without (« Ayşe » is « Ayse »), before a surname
    expect(found('Łukasz Nowak a appelé pour son devis.\nFrom: Ayşe Dupont <a@exemple.fr>\n').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Łukasz Nowak', 'Ayşe Dupont']);
    // those letters written small start a sentence's word, not a name's (Romanian, Polish man pages)
    expect(found('Fichiers de 8Mio, 16Mio și, respectiv, 32Mio.\noldstable. Aby śledzić postępy\nMme Ayşe şimdi\nLe 12/03/2024 à 10:02, Łukasz şimdi Nowak a écrit :\n').filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Ayşe']);
  });
  it('reads Portuguese, Spanish and Dutch names: their accents, their particles, their first names a rare word shares', () => {
    const text = 'Cours avec Maria da Silva jeudi.\nDevis pour Ana Dos Santos.\nAppel de João do Nascimento.\nFacture de Mme dos Santos.\nRéglé par Fátima Gonçalves.\nRendez-vous de Lucía Fernández.\nFacture de Mme Van der Berg.\nFacture de M. van den Broek.\nLivre de Jean de la Fontaine.\nChantier chez Amadou Diallo.\n';
    expect(found(text).map(([, v]) => v)).toEqual(['Maria da Silva', 'Ana Dos Santos', 'João do Nascimento', 'dos Santos', 'Fátima Gonçalves', 'Lucía Fernández', 'Van der Berg', 'van den Broek', 'Jean de la Fontaine', 'Amadou Diallo']);
    // a Portuguese or a Spanish word that is a first name without its accent starts no name; nor « Manuel » (a French word)
    expect(typesIn('Não Sei\nSaída Padrão\nManuel Utilisateur\nDía Mundial\n')).toEqual([]);
    // « Robin », a bird's name in English, is a French boy's first: not the legend's outlaw
    expect(found('Cours avec Robin Martin jeudi.\nLa légende de Robin des Bois, Robin Hood.\n').map(([, v]) => v)).toEqual(['Robin Martin']);
  });
  it('reads an unknown name opening its line before a postal address (a round\'s, an agenda\'s or a delivery list\'s entry)', () => {
    const round = '09h30  Tuarii Brunet — 120 impasse du Dahomey, 29000 Quimper\n       Kiné respiratoire\nChidera SIMON, 28 ter boulevard d’Orsay, 75007 Paris\n- Mme Rukhsana Breton, 12 rue Nationale, 37000 Tours\n';
    expect(found(round).filter(([t]) => t !== 'postal_address')).toEqual([['person_name', 'Tuarii Brunet'], ['health', 'Kiné respiratoire'], ['person_name', 'Chidera SIMON'], ['person_name', 'Rukhsana Breton']]);
    // a residence, a body, a shop, a street's corner, a sentence: no one
    const places = 'Résidence Les Pins, 3 allée des Cèdres, 29200 Brest\nMairie de Brest, 2 rue Frézier, 29200 Brest\nBoulangerie Le Fournil — 3 rue de Siam, 29200 Brest\nLes Jardins Fleuris, 4 rue du Port, 56000 Vannes\nAngle Rue Victor Hugo, 8 place de la Gare, 44000 Nantes\nLivraison prévue au 3 rue de Siam, 29200 Brest\nCentre Commercial, 3 rue de Siam, 29200 Brest\nÉTAT DES LIEUX — 15 rue Lamartine, 69003 Lyon\nRennes Métropole, 4 avenue Henri Fréville, 35200 Rennes\nThéâtre Graslin — 1 rue Molière, 44000 Nantes\nMas des Oliviers, 1250 chemin des Vignes, 84000 Avignon\nFerme Le Gall, 12 route de Brest, 29000 Quimper\n';
    expect(typesIn(places).filter((t) => t !== 'postal_address')).toEqual([]);
  });
  it('reads an unknown name written just before an address made of it', () => {
    expect(found('copie DA SILVA Tiago (tiago.dasilva35@proton.me).')[0]).toEqual(['person_name', 'DA SILVA Tiago']);
    expect(found('De : Maëlys ANDRE <mandre@gmail.com>')[0]).toEqual(['person_name', 'Maëlys ANDRE']);
    expect(found('copie à Zyx Wabo (wabo.zyx@free.fr).')[0]).toEqual(['person_name', 'Zyx Wabo']);
    // the same block read twice reads the same (the next « @ » is looked for again in each block)
    const twice = `copie à Zyx Wabo (wabo.zyx@free.fr).\n${'texte '.repeat(40)}\nMerci Beaucoup Pour tout`;
    expect(found(twice)).toEqual(found(twice));
    expect(found(twice)).toContainEqual(['person_name', 'Zyx Wabo']);
    // one word alone in the address, or a sender that is no one
    expect(typesIn('De : Support Technique <support@exemple.fr>')).toEqual(['email']);
    expect(typesIn('De : Mairie Rennes <mairie.rennes@exemple.fr>')).toEqual(['email']);
    expect(typesIn('copie à Zyx Wabo (contact@exemple.fr).')).toEqual(['email']);
    // a mail's header line names its sender and recipients whatever their addresses' words: their initials, a personal
    // mailbox; not a service's, a shop's or a club's, nor the same name out of a header
    const headers = 'From: Tehotu Dupont <td@exemple.fr>\nTo: Kavya Gauthier <kavya29@gmail.com>, "Moana Vidal" <mv@exemple.fr>\nÀ : Zyx Wabo <zw@exemple.fr>\nSubject: devis\n';
    expect(found(headers).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Tehotu Dupont', 'Kavya Gauthier', 'Moana Vidal', 'Zyx Wabo']);
    const senders = 'From: Google Calendar <calendar-notification@google.com>\nFrom: Plomberie Roux <plomberie.roux@gmail.com>\nFrom: Comité des Fêtes <comite@orange.fr>\nFrom: Zyx Wabo <contact.zw@gmail.com>\nZyx Wabo <zw@exemple.fr>\nVoir Zyx Wabo <zyx29@gmail.com>\n';
    expect(found(senders).filter(([t]) => t === 'person_name')).toEqual([]);
  });
  it('reads the people a forwarded or quoted message\'s header block names, their addresses left out as Outlook does', () => {
    const outlook = '-----Message d\'origine-----\nDe : Tehotu Dupont\nEnvoyé : lundi 3 mars 2025 10:12\nÀ : Kavya Gauthier\nCc : Moana Vidal; Zyx Wabo\nObjet : devis\n';
    expect(found(outlook).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Tehotu Dupont', 'Kavya Gauthier', 'Moana Vidal', 'Zyx Wabo']);
    const thunderbird = '-------- Message transféré --------\r\nSujet : devis\r\nDate : Mon, 3 Mar 2025 10:12:00 +0100\r\nDe : Tehotu Dupont <tehotu@exemple.fr>\r\nPour : Kavya Gauthier <kavya@exemple.fr>, Zyx Wabo <zyx@exemple.fr>\r\n';
    expect(found(thunderbird).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Tehotu Dupont', 'Kavya Gauthier', 'Zyx Wabo']);
    // (Gmail's block above Outlook's in one thread: both read)
    const thread = 'From: Tehotu Dupont\nDate: Mon, Mar 3, 2025\nSubject: devis\nTo: Kavya Gauthier\n\n> De : Zyx Wabo\n> Envoyé : lundi 3 mars 2025\n> Objet : devis\n';
    expect(found(thread).filter(([t]) => t === 'person_name').map(([, v]) => v)).toEqual(['Tehotu Dupont', 'Kavya Gauthier', 'Zyx Wabo']);
    // (a Dutch or a Portuguese particle written small between the words)
    expect(found('De : Wabo Kees\nEnvoyé : lundi 3 mars 2025\nÀ : Kees van der Meer; Zyx dos Santos\nObjet : devis\n').map(([, v]) => v)).toEqual(['Wabo Kees', 'Kees van der Meer', 'Zyx dos Santos']);
    // a service, a shop; a letter's date and subject above a label (no sender's line, no block)
    const services = 'De : Support Technique\nEnvoyé : lundi 3 mars 2025\nÀ : Garage Martin; Service Client\nObjet : devis\n';
    expect(found(services).filter(([t]) => t === 'person_name')).toEqual([]);
    expect(found('Date : 12/03/2025\nObjet : Facture\nÀ : Zyx Wabo\n').filter(([t]) => t === 'person_name')).toEqual([]);
  });
  it('stops before the label of the next column of a form (an HTML table once its tags are blanked)', () => {
    expect(found('Nom         Hélène Lefèvre-Dubois          Téléphone         06 98 76 54 32')).toEqual([
      ['person_name', 'Hélène Lefèvre-Dubois'],
      ['phone', '06 98 76 54 32'],
    ]);
    expect(found('Mme Durand Portable : 06 12 34 56 78')).toEqual([
      ['person_name', 'Durand'],
      ['phone', '06 12 34 56 78'],
    ]);
  });
});

describe('special categories', () => {
  it.each([
    ['health', 'Elle est diabétique depuis 5 ans.'],
    ['health', 'Le patient est en arrêt maladie jusqu’au 3 mai.'],
    ['religion', 'Il est de confession musulmane.'],
    ['political', 'Il est adhérent du Parti socialiste.'],
    ['health', 'Elle est sous Lexomil depuis son divorce.'],
    ['health', 'Mon client est sous insuline.'],
    ['political', 'Son mari se dit anarchiste et refuse de voter.'],
    ['political', 'Ma cliente est une militante communiste.'],
    // a coach's notes: a movement's word said of someone
    ['political', 'Il a voté pour la première fois depuis 10 ans (il est écolo convaincu).'],
    ['political', 'Mme Roux est écologiste et le dit à chaque séance.'],
    ['political', 'Je suis socialiste depuis toujours, Paul Roux'],
    ['political', 'M. Roux se dit souverainiste.'],
    ['union_membership', 'Elle est syndiquée à la CGT.'],
    ['sexual_orientation', 'Il est homosexuel et en parle librement.'],
    ['sexual_orientation', 'Mme Bernard est asexuelle, elle en parle en séance.'],
    ['ethnic_origin', 'Elle est d’origine maghrébine.'],
    // allergies and intolerances, disabilities, operations and implants, named diseases
    ['health', 'RDV avec Paul : il est allergique aux arachides, prévoir un goûter adapté.'],
    ['health', 'Mme Haddad, intolérante au lactose.'],
    ['health', 'Le fils de Mme Roux est autiste, prévoir un accompagnement.'],
    ['health', 'Son mari est sourd, parler face à lui.'],
    ['health', 'Il est en fauteuil roulant depuis son accident.'],
    ['health', 'Elle est dyslexique et préfère les consignes orales.'],
    ['health', 'Elle a subi une mastectomie l’an dernier.'],
    ['health', 'Il porte un pacemaker.'],
    ['health', 'Elle suit un parcours de PMA depuis deux ans.'],
    ['health', 'Ma cliente a du psoriasis sur le cuir chevelu.'],
    ['health', 'Il a la maladie de Crohn.'],
    ['health', 'Mon mari est handicapé, il faudrait une douche à l’italienne.'],
    ['health', 'Ma mère est à mobilité réduite, prévoir une rampe.'],
    ['health', 'Elle a fait une tentative de suicide en 2023.'],
    // the heart's and the vessels' accidents, common chronic diseases, a detox, an operation undergone, the covid caught
    ['health', 'Mme Durand a fait un AVC en mars.'],
    ['health', 'Il a eu un infarctus l’an dernier.'],
    ['health', 'Elle a une hépatite C.'],
    ['health', 'Elle a de l’arthrose aux genoux.'],
    ['health', 'Il est en cure de désintoxication.'],
    ['health', 'Elle a été opérée du cœur.'],
    ['health', 'Il s’est fait opérer du genou.'],
    ['health', 'Il a eu le covid en janvier.'],
    ['health', 'Son père est aveugle, lire le devis à voix haute.'],
    // a disability's allowance or file, a long-term illness, a psychiatrist or a psychologist seen
    ['health', 'Il touche l’AAH depuis 2020.'],
    ['health', 'Dossier MDPH en cours pour son fils.'],
    ['health', 'Elle est en ALD, prise en charge à 100 %.'],
    ['health', 'Il voit un psy depuis son divorce.'],
    ['health', 'Léo consulte un psychiatre chaque semaine.'],
    ['health', 'Elle est suivie par une psychologue.'],
    ['health', 'Mme Durand est en fauteuil, prévoir l’accès par le garage.'],
    // panic, sleep, and the medicines of sleep and mood by their brand or their molecule
    ['health', 'Il fait des crises de panique depuis le décès de son père.'],
    ['health', 'Elle souffre d’insomnie.'],
    ['health', 'Bonjour, je souffre de vertiges depuis mon accident, pouvons-nous en parler ?'],
    ['health', 'Ma fille souffre d’étourdissements le matin.'],
    ['health', 'Bonjour, mon fils a une maladie génétique rare, il se fatigue vite.'],
    // (what is denied is not, what follows it is)
    ['health', 'Mme Roux ne souffre pas de diabète mais d’asthme.'],
    ['health', 'Il prend du Stilnox le soir.'],
    ['health', 'Elle est sous sertraline depuis un an.'],
    // a body's troubles as anyone says them
    ['health', 'Elle a des problèmes de thyroïde.'],
    ['health', 'Il a du cholestérol.'],
    ['health', 'Elle a une hernie discale.'],
    ['health', 'Elle fait de l’apnée du sommeil.'],
    ['health', 'Elle est en rémission.'],
    ['health', 'Il est cardiaque, pas d’effort.'],
    ['health', 'Elle est sous chimio.'],
    ['health', 'Il a perdu l’usage de la main gauche.'],
    ['health', 'Il a une cirrhose.'],
    ['health', 'Lucas est malade (gastro), il ne viendra pas demain.'],
    ['health', 'Elle est un peu hyperactive.'],
    // an autism spectrum disorder by its initials, a therapy followed, a nursing home
    ['health', 'Noah a été diagnostiqué TSA l’an dernier.'],
    ['health', 'Lina est suivie en orthophonie.'],
    ['health', 'Il est suivi par un kiné pour son dos.'],
    ['health', 'Sa mère est en EHPAD depuis juin.'],
    // what an osteopath, a physiotherapist or a coach notes: pains, a sprain, a broken bone, a sight's defect
    ['health', 'Il a une sciatique depuis mars.'],
    ['health', 'Léo Masson (12 ans) — scoliose, corset la nuit'],
    // a cleaner's planning: a newborn in neonatal care, a memory failing
    ['health', 'Lun 14h-16h : M. et Mme Tessier — ne pas passer l’aspirateur dans la chambre du bébé (prématuré, sort de néonat).'],
    ['health', 'Mer 9h-11h : Mme Christiane Giraud — elle perd la mémoire, sa fille Nathalie passe à 10h.'],
    ['health', 'Mme Giraud a des pertes de mémoire depuis l’été.'],
    // a sports coach's or a club's file
    ['health', 'M. Roux a une contre-indication à la course à pied (genou).'],
    ['health', 'Mme Roux est dispensée de sport jusqu’en mars.'],
    ['health', 'Mme Roux a eu une commotion cérébrale au rugby.'],
    ['health', 'M. Roux a un souffle au cœur.'],
    ['health', 'Mme Roux fait de l’arythmie.'],
    // a nurse's round
    ['health', '08h10  Mme Yvette Caron — pilulier semaine, surveillance TA'],
    ['health', 'Mme Caron : glycémie à jeun 1,32 g/l.'],
    ['health', 'Mme Caron : dextro 1,80 ce matin.'],
    ['health', 'M. Faure : INR 2,8, Dr Blanc prévenu.'],
    ['health', 'Mme Caron porte des bas de contention.'],
    ['health', 'M. Lambert est sous perfusion.'],
    ['health', 'M. Lambert a un PICC line.'],
    // a naturopath's or a dietitian's notes
    ['health', 'Mme Mercier a un SOPK diagnostiqué en 2010.'],
    ['health', 'Mme Mercier a des bouffées de chaleur (préménopause).'],
    ['health', 'Mme Mercier souffre de fatigue chronique.'],
    ['health', 'Mme Mercier est sous bêtabloquants.'],
    ['health', 'Mme Mercier a des calculs rénaux.'],
    ['health', 'Mme Mercier a le syndrome de l’intestin irritable.'],
    ['health', 'Mme Mercier souffre de reflux gastrique.'],
    // a childminder's file: a child's vaccination status
    ['health', 'Les vaccins de Léo Martin ne sont pas à jour.'],
    ['health', 'Léo Martin n’est pas vacciné contre la rougeole.'],
    ['health', 'Mme Roux ne veut pas faire vacciner sa fille.'],
    ['health', 'Inès : vaccinations pas à jour, relancer la maman.'],
    ['health', 'Elle s’est fait une entorse à la cheville.'],
    ['health', 'Il a une fracture du poignet.'],
    ['health', 'Il a mal au dos après le chantier.'],
    ['health', 'Elle a des douleurs lombaires.'],
    ['health', 'Il est myope.'],
    // contraception, menopause
    ['health', 'Elle prend la pilule, pas de laser ce mois-ci.'],
    ['health', 'Elle est ménopausée depuis deux ans.'],
    // a note's sentence whose subject goes without saying, its verb first
    ['health', 'Remarques : a été en arrêt maladie 3 mois en 2023.'],
    ['health', '- est sous anticoagulants depuis juin'],
    // a vote for a politician, an activist by the verb, a side said of someone; a union's delegate or elected member
    ['political', 'Il vote Le Pen depuis toujours.'],
    ['political', 'Elle a voté Mélenchon.'],
    ['political', 'Elle milite chez les Verts.'],
    ['political', 'Elle milite à LFI depuis 2022.'],
    ['political', 'Il est de gauche.'],
    ['political', 'Il est très à droite.'],
    ['political', 'Elle est d’extrême droite.'],
    ['political', 'Il est gilet jaune.'],
    ['union_membership', 'Il est délégué CGT.'],
    ['union_membership', 'Elle est élue CFDT au CSE.'],
    // (a payslip's union dues, held back at the employee's request)
    ['union_membership', 'Salarié : Mme Océane Le Gall\nCotisation syndicale CFDT (retenue à la demande)   -12,00'],
    ['union_membership', 'Il milite à la CGT.'],
    ['union_membership', 'M. Morel a rejoint le syndicat Sud.'],
    ['union_membership', 'Mme Andre (syndicat UNSA) : heures de délégation.'],
    ['union_membership', 'Mme Andre est déléguée du personnel, syndicat UNSA.'],
    ['union_membership', 'Mme Chevalier, syndiquée, voir avec le juriste.'],
    ['union_membership', 'M. Roux : syndiqué.'],
    // a fast, a believer, a practice, a diet kept for one's faith; a mixed origin
    ['religion', 'Elle fait carême, pas de chocolat au goûter.'],
    ['religion', 'Il ne mange pas de porc pour des raisons religieuses.'],
    ['religion', 'Ma cliente est très croyante.'],
    ['religion', 'Il est très pratiquant, pas de rendez-vous le vendredi.'],
    // a conversion said without « s'est »
    ['religion', 'Il est converti à l’islam depuis 2015, pas de rendez-vous le vendredi midi.'],
    // a couple married in a place of worship, a union joined without an article, a green vote in a word, a prison stay
    // ended (a wedding planner's, an employer's, a life coach's, a social worker's notes)
    ['religion', 'Ils se sont mariés à l’église en 2010.'],
    ['religion', 'Marie Durand est mariée religieusement.'],
    ['union_membership', 'Elle est adhérente à Sud Santé depuis 2015.'],
    ['union_membership', 'Il est adhérent à FO.'],
    ['political', 'Elle vote écolo depuis toujours.'],
    ['criminal_offence', 'Il sort de détention la semaine prochaine.'],
    ['religion', 'Elle va à l’église tous les dimanches.'],
    // (the church's words must not hide the synagogue's: « va à l » once did)
    ['religion', 'Elle va à la synagogue le samedi.'],
    ['religion', 'Il fait shabbat, pas de rendez-vous le samedi.'],
    ['religion', 'Elle fait sa prière cinq fois par jour.'],
    ['religion', 'Sa fille fait sa communion en mai.'],
    ['religion', 'Il fête Yom Kippour.'],
    ['religion', 'Il est franc-maçon.'],
    // an anchor starting inside another's (« perte de » holds « de foi »'s start)
    ['religion', 'Après sa perte de foi catholique, elle a quitté la paroisse.'],
    // a role in one's parish, as its list of volunteers says it
    ['religion', '- Marie-Thérèse Collin, 04 78 12 34 56, catéchiste, dispo samedi'],
    ['religion', '- Jean-Baptiste Roux, jbroux@free.fr, servant d’autel, dispo dimanche'],
    ['religion', 'Son fils Léo est enfant de chœur depuis deux ans.'],
    ['religion', 'Mme Durand, paroissienne de Saint-Martin, a proposé son aide.'],
    // a dependence on a drug, a therapy followed
    ['health', 'M. Fabre évoque une dépendance à l’alcool de Mme Fabre-Girard.'],
    ['health', 'Il est dépendant à la cocaïne.'],
    // (the dependence's « au » and « aux » forms: its first writing wanted « à » before them, « dépendance à aux drogues »)
    ['health', 'M. Roy a une dépendance au cannabis.'],
    ['health', 'Mme Roy est dépendante aux somnifères.'],
    ['health', 'M. Roy est dépendant aux opiacés.'],
    ['health', 'Il a un problème d’alcool.'],
    ['health', 'Elle indique suivre une thérapie depuis mars.'],
    ['health', 'Il suit une psychothérapie.'],
    ['health', 'Elle est en thérapie depuis son divorce.'],
    // an operation on an organ, a walking aid, as a rental's inventory notes it of its tenant
    ['health', 'Observations : la locataire se déplace avec une canne suite à une opération du genou.'],
    ['health', 'Il marche avec des béquilles depuis sa chute.'],
    ['health', 'Il est en béquilles pour six semaines.'],
    ['health', 'Marc, opéré du ménisque en mars, reprend doucement.'],
    // a therapeutic part-time, a drug taken or given up (a psychologist's session notes)
    ['health', '- A repris le travail à mi-temps thérapeutique.'],
    ['health', 'Il consomme du cannabis tous les soirs.'],
    ['health', '- A arrêté le cannabis il y a 3 mois, rechute le week-end dernier.'],
    // a stay in hospital, an addiction of the past, as a client's cancellation and a coach's notes say them
    ['health', 'Rdv annulé : hospitalisation de son fils.'],
    ['health', 'Mme Roux ne viendra pas jeudi, elle sort d’une hospitalisation.'],
    ['health', 'Ancien toxicomane, il suit un traitement de substitution.'],
    ['health', 'Elle est en hospitalisation à domicile depuis lundi, séances suspendues.'],
    // the end of life, a weak immune system, a limb in plaster, as a home help's and a beautician's notes say them
    ['health', 'Sa femme est en soins palliatifs, je décale nos rendez-vous.'],
    ['health', 'Mme Petit est immunodéprimée, porter un masque.'],
    ['health', 'Elle prend des immunosuppresseurs depuis sa greffe.'],
    ['health', 'Il a la jambe dans le plâtre pour six semaines.'],
    // a pregnancy, a stent, a limb lost, a paralysis, a disease by its name, someone's own illness, a psychiatric stay, a
    // specialty that follows someone, a thyroid drug with its accent (a yoga teacher's, a driving school's, a coach's notes)
    ['health', 'Elle attend des jumeaux, terme en juin.'],
    ['health', 'Il a un stent depuis l’an dernier, pas d’effort violent.'],
    ['health', 'Il a été amputé d’une jambe après son accident.'],
    ['health', 'Mme Roux est paraplégique, prévoir la salle du rez-de-chaussée.'],
    ['health', 'Il est hémiplégique du côté gauche.'],
    ['health', 'Elle a une sclérose latérale amyotrophique.'],
    ['health', 'Elle a perdu beaucoup de poids suite à sa maladie.'],
    ['health', 'Elle a été internée en psychiatrie l’an dernier.'],
    ['health', 'Elle est suivie en oncologie depuis mars.'],
    ['health', 'Il est sous Lévothyrox.'],
    // giving up smoking, as a hypnotherapist's client writes it
    ['health', 'Bonjour, je souhaiterais arrêter de fumer, est-ce que l’hypnose peut m’aider ? Nicolas Perret'],
    ['health', 'M. Perret a arrêté de fumer en mars, il reprend le sport.'],
    ['health', 'Mme Roux essaie d’arrêter de fumer depuis janvier.'],
    // desire gone, as a sexologist's notes say it
    ['sex_life', 'Mme Roux n’a plus de désir depuis la naissance de leur fils.'],
    ['sex_life', 'Il ne ressent plus aucun désir pour sa femme.'],
    ['sex_life', 'Elle évoque une baisse de désir depuis son traitement.'],
    // a child of a booking's family, an old person on a plumber's work order
    ['health', 'Remarques : un des enfants est asthmatique, merci de ne pas utiliser de produits parfumés.'],
    ['health', 'Observations : personne âgée, malentendante, se déplace avec un déambulateur.'],
    ['health', 'Observations : cliente âgée. Se déplace en déambulateur.'],
    // a birth's, a sick leave's on a payslip, an eating disorder as a psychologist's booking says it
    ['health', 'Ma femme a eu une césarienne, elle se repose.'],
    // a tutor's, a photographer's, a wedding planner's, an employer's notes
    // a client's cancellation: an illness caught, a sick leave in a doctor's words
    ['health', 'Je dois annuler : mon fils Tanvir a la varicelle.'],
    ['health', 'J’ai une angine, je reporte la séance.'],
    ['health', 'Mon médecin m’a arrêtée deux semaines, je vous recontacte.'],
    ['health', 'Son médecin lui a prescrit un arrêt de 15 jours qu’il n’a pas pris.'],
    ['health', 'Il a toujours des maux de tête le soir.'],
    ['health', 'Mon fils est accompagné par une AESH en classe.'],
    ['health', 'Séance photo naissance : bébé né prématuré à 32 SA, encore en couveuse.'],
    ['health', 'Le témoin du marié est en fauteuil roulant, prévoir une table accessible.'],
    ['health', 'Salarié : Jean Morel. Il a été déclaré inapte à son poste par le médecin du travail.'],
    ['health', 'Mme Roux : apte avec restrictions (pas de port de charges).'],
    ['health', 'Mon fils est suivi au CMP depuis septembre.'],
    ['health', 'Elle est en dialyse trois fois par semaine.'],
    ['health', 'Ma fille est porteuse d’un implant cochléaire.'],
    ['health', 'Salarié : M. DUPONT Jean-Marc\nAbsence maladie du 06/10 au 10/10 (IJSS subrogées) -330,00'],
    ['health', 'Motif : troubles alimentaires depuis l’adolescence (elle en parle librement).'],
    // a skin's, a scalp's, a sight's condition as a beautician or a hairdresser notes it; antibiotics taken
    ['health', 'Elle a une peau atopique.'],
    ['health', 'Elle a de l’acné sévère, traitement au Roaccutane.'],
    // a beautician's, a tattooist's questionnaire: the medicine alone, what it treats unsaid
    ['health', 'Cliente : Mme Aurélie Vasseur\nMédicaments photosensibilisants : oui (Roaccutane arrêté en août)'],
    ['health', 'Client : M. Kévin Lemoine\nIl prend du Suboxone depuis 2022, et du Lovenox.'],
    ['health', 'Mme Roux est sous Tamoxifène depuis son opération.'],
    // a psychologist's invoices: a trauma's therapy, an eating disorder followed
    ['health', 'F2026-304;05/11/2026;Faure Kevin;Séance EMDR (trauma);70,00;Espèces'],
    ['health', 'F2026-305;06/11/2026;Garcia Ana;Consultation suivi TCA;60,00;CB'],
    // a hairdresser's book: medical transport, a fall, a dye's skin test
    ['health', '- Mme Dubreuil Monique, 78 ans : vient en VSL le jeudi.'],
    ['health', 'Mme Roussel a été ramenée en ambulance.'],
    ['health', '9h00 Mme Perrine Castel — 3e séance (préparation accouchement, terme prévu le 15/01)'],
    ['health', '- Mme Dubreuil : coupe à domicile depuis sa chute (col du fémur).'],
    ['health', '- Sophie Leclerc : test allergique PPD positif, pas de coloration d’oxydation !'],
    ['health', 'Elle a du vitiligo sur les mains.'],
    ['health', 'Il souffre d’alopécie.'],
    ['health', 'Elle est daltonienne.'],
    ['health', 'Client : M. Bernard Caron\nOD : -3,25 (-0,75 à 170°) Add +2,50'],
    ['health', 'Il a un zona.'],
    ['health', 'Elle est sous antibiotiques pour une angine.'],
    // a meal chosen for one's faith
    ['religion', 'Prévoir un menu halal pour M. Haddad.'],
    ['religion', 'Mme Cohen a demandé un repas casher.'],
    ['religion', 'Quelques précisions : nous mangeons casher, la cuisine permet-elle de séparer la vaisselle ?'],
    ['religion', 'Mon mari ne mange que halal.'],
    ['ethnic_origin', 'Elle est métisse et en parle souvent.'],
    ['ethnic_origin', 'Elle est asiatique.'],
    ['ethnic_origin', 'Il est maghrébin, il parle arabe.'],
    ['ethnic_origin', 'Le client est africain.'],
    ['sexual_orientation', 'Il est homo, il en parle librement.'],
    ['sexual_orientation', 'Elle est bi, elle me l’a dit.'],
    ['sexual_orientation', "Mon mari et moi, on est un couple d'hommes, ça ne pose pas de problème ?"],
    ['sexual_orientation', 'Elles forment un couple de femmes, mariées depuis 2019.'],
    ['sexual_orientation', 'Elle est bisexuelle, elle me l’a dit.'],
    // a partner of one's own sex, the subject a pronoun
    ['sexual_orientation', 'Elle vit avec sa compagne, Julie.'],
    ['sexual_orientation', 'Il m’a parlé de son mari.'],
    ['sexual_orientation', 'Il est marié avec son compagnon depuis 2015.'],
    // (a couple as a wedding planner's file writes it, the honorific saying who)
    ['sexual_orientation', 'Séance photo : Mme Roux et sa compagne Julie, samedi 10 h.'],
    ['sexual_orientation', 'Invités : M. Martin et son mari Paul (table 3).'],
    ['sexual_orientation', 'Léa a deux mamans, Julie et Sarah.'],
    ['sexual_orientation', 'Mariage de deux hommes : Thomas et Julien, le 12 juin.'],
    // a known first name alone, as a teacher's notes name a child
    ['health', 'Léo (5 ans) est allergique au gluten.'],
    // a caterer's guest list, a camp's list, a coach's log: a meal in brackets after a name, an allergy without « à », an
    // adrenaline pen, a body mass index, a torn ligament, a sore knee
    ['religion', 'Table 1 : Karim Benali (halal), Paul Fournier'],
    ['religion', 'Pas de cours le samedi pour Noah (shabbat).'],
    ['religion', 'Séances : Karim Benali (ramadan), Paul Fournier'],
    ['religion', 'Table 2 : Yossef Cohen (casher), Lucie Marchand'],
    ['health', 'Table 3 : Lucas (allergie arachides), Jade'],
    ['health', 'Enfants : Jade, Noé (stylo Anapen dans son sac)'],
    ['health', 'Suivi de Julien Perrot : 98,4 kg, IMC 31,2.'],
    ['health', 'Julien : ancienne rupture des ligaments croisés.'],
    // a psychologist's abbreviations, in capitals after a word that makes them someone's; alcohol drunk
    ['health', 'Elle a un TOC de lavage.'],
    ['health', 'Mme Marchal : ATCD de TS en 2019, pas d’IDS actuellement.'],
    ['health', 'Il est sous AD depuis mars.'],
    ['health', 'Sa consommation d’alcool est en hausse depuis la séparation.'],
    // a club's membership form: a knee's prosthesis, under « Problèmes de santé à signaler »
    ['health', 'Elle a une prothèse de genou gauche depuis 2021.'],
    ['health', 'Problèmes de santé à signaler : asthme d’effort'],
    ['health', 'Elle a le genou droit douloureux depuis dimanche.'],
    // a reading to avoid only as a word of its own: « thé » is none in « Philothée », « vin » none in « VINCENT »
    ['ethnic_origin', 'Madame Philothée Adam est issue de l’immigration algérienne.'],
    ['ethnic_origin', 'Améliane;VINCENT;Mme Laine évoque son origine ethnique'],
    // a nurse's round, a physiotherapist's agenda, a midwife's card: the care given says the illness
    ['health', 'M. Bernard Quéré : pansement ulcère jambe gauche, bas de contention.'],
    ['health', 'Mme Yvette Le Roux — prise de sang à jeun (INR, sous Préviscan)'],
    ['health', 'Julien Morel — rééducation LCA genou droit (séance 12/20)'],
    ['health', 'Théo Le Gall (8 ans) — kiné respiratoire'],
    ['health', 'Mme Ginette Caradec — drainage lymphatique'],
    ['health', 'Mme Laura Pichon : échographie T3 normale.'],
    // a client's message: « J'ai » says who (only « je » did), a birth, a sick leave without its kind, a pacemaker
    ['health', 'J’ai fait une fausse couche en mars.'],
    ['health', "J'ai eu un AVC l'an dernier."],
    ['health', "Ma femme vient d'accoucher, je ne pourrai pas être présent au rendez-vous."],
    ['health', "Je suis en arrêt jusqu'au 15."],
    ['health', "J'ai été licencié pour inaptitude."],
    ['health', "J'ai un pacemaker."],
    ['health', 'Mon fils a une allergie sévère aux arachides (stylo d’adrénaline dans le sac).'],
    ['religion', 'Nous sommes juifs pratiquants, pas de rendez-vous le samedi svp.'],
    // a medical taxi's schedule (« taxi conventionné »): where the patient goes says the illness
    ['health', 'Lundi 7h30 : M. Gérard Duval, 4 rue Pasteur 56100 Lorient → CHBS, dialyse (retour 12h)'],
    ['health', 'Mercredi : Mme Yvette Jaouen, transport assis, consultation cardiologie'],
    ['health', 'Elle a rendez-vous chez le neurologue jeudi.'],
    // a builder's quote: a client who walks with difficulty, a stick in brackets
    ['health', 'Remarque : Mme Le Corre se déplace difficilement (canne), prévoir une barre d’appui.'],
    ['health', 'M. Perrin marche avec difficulté depuis sa chute.'],
    // the official health form of a holiday camp (« fiche sanitaire de liaison »)
    ['health', 'Difficultés de santé (maladie, accident, crises convulsives, hospitalisation, opération) : opérée des amygdales en 2022'],
    ['health', 'Elle a été opérée des amygdales en 2022.'],
    ['health', 'Recommandations des parents : Léo mouille son lit parfois.'],
    // an optician's file, a podiatrist's agenda: an eye's or a foot's disease
    ['health', 'Client : M. Pierre Quéré, né le 14/02/1957\nObservations : glaucome suivi, cataracte débutante OD.'],
    ['health', 'Mme Yvette Tanguy — orthèses plantaires, hallux valgus bilatéral'],
    ['health', 'Mme Louise Kerhervé — ongle incarné'],
    ['health', 'M. Roger Le Goff a un mal perforant plantaire.'],
    ['health', 'Sa fille a un strabisme, lunettes à revoir en mars.'],
    // a dating agency's file, a childminder's form: a faith not practised, said without a verb, a family's
    ['religion', 'Mme Nadia Benali, 47 ans : musulmane non pratiquante.'],
    ['religion', 'M. Le Floch, divorcé. Lui-même catholique, comme sa mère.'],
    ['religion', 'Timéo Rouxel — Régime : pas de porc (famille musulmane)'],
    ['union_membership', 'Opinions : engagé à la CFDT.'],
    ['union_membership', 'Elle est engagée dans la CGT depuis 2015.'],
    ['political', 'M. Yannick Le Floch : sympathisant écologiste.'],
    ['political', 'Il est engagé au PS depuis 2012.'],
    ['ethnic_origin', 'Origine : breton, parents originaires du Maroc côté mère (M. Le Floch).'],
    ['ethnic_origin', 'Mme Benali, originaire d’Algérie, arrivée en 1990.'],
    ['ethnic_origin', 'Je suis originaire de la Côte d’Ivoire.'],
    ['ethnic_origin', 'Mme Diallo, d’origine guinéenne, cherche un logement.'],
    ['ethnic_origin', 'Casting : M. Karim Benali, de type méditerranéen, 1m80.'],
    ['ethnic_origin', 'Elle est gitane, dit sa voisine.'],
    // a hypnotherapist's intake form, a masseur's card
    ['health', 'Nom et prénom : Lefebvre Aurélie\nÊtes-vous suivi(e) par un psychiatre ? Oui, depuis 2023'],
    ['health', 'Elle a des angoisses la nuit.'],
    ['health', 'Contre-indications signalées : phlébite il y a 2 ans'],
    ['health', 'M. Roy a des varices aux deux jambes.'],
    ['health', 'Il est bègue depuis l’enfance.'],
    // clients' e-mails: a thyroid's disease, a lung's infection, multiple sclerosis by its capitals, « étant handicapée »
    ['health', 'Mme Awa Diop : Hashimoto, se fatigue vite.'],
    ['health', 'Elle souffre d’hypothyroïdie depuis 2020.'],
    ['health', 'M. Le Gac a une pneumopathie.'],
    ['health', 'Ma femme est atteinte d’une SEP depuis 2019.'],
    ['health', 'Comme convenu, ma femme étant handicapée, nous souhaitons une douche à l’italienne.'],
    // clients' messages: a migraine had, an operation one is to have
    ['health', 'Désolée, grosse migraine, je reporte à lundi.'],
    ['health', 'Elle a une migraine depuis ce matin.'],
    ['health', 'Je viens de me faire opérer du genou, je ne pourrai pas descendre ouvrir.'],
    // an employer's or a landlord's notes: a sentence being served, a court's ban, a licence lost
    ['criminal_offence', "Il est en liberté conditionnelle jusqu'en juin, pointage au commissariat le lundi."],
    ['criminal_offence', 'Mme Blanc : contrôle judiciaire, pointage le lundi.'],
    ['criminal_offence', 'Mme Durand : interdiction de gérer une entreprise pendant 5 ans (jugement de 2022).'],
    ['criminal_offence', 'M. Tanguy a perdu son permis pour alcool au volant.'],
    // a family mediator's notes: a complaint, violence suffered, a protective measure, the probation service
    ['criminal_offence', 'Mme Roux a déposé plainte pour violences conjugales en mars.'],
    ['criminal_offence', 'Mme Roux est victime de violences conjugales.'],
    ['criminal_offence', 'Une ordonnance de protection a été délivrée contre M. Martin.'],
    ['criminal_offence', 'M. Martin a un bracelet anti-rapprochement.'],
    ['criminal_offence', 'M. Martin est suivi par le SPIP depuis sa sortie.'],
    // a client's order or message: a stay in hospital
    ['health', 'Commande pour ma mère qui sort de l’hôpital demain, livrez après 14h svp.'],
    ['health', 'Il est encore à l’hôpital, je vous rappelle.'],
    // clients' messages: a prayer's hour, a feast kept, a union's office
    ['religion', "Pas de rendez-vous le vendredi midi svp, c'est l'heure de la prière pour moi."],
    ['religion', 'Nous fêtons Hanouka ce week-end, on peut décaler ?'],
    ['religion', 'Elle fête Hanouka en famille.'],
    ['union_membership', 'Je fais partie du bureau de la CGT dans mon entreprise.'],
    // a practitioner's invoice or receipt: the therapy's session or assessment paid for
    ['health', 'Patiente : Mme Léa Fontaine\nDésignation : Séance de psychothérapie individuelle — 60,00 €'],
    ['health', 'Client : Mme Chloé Bernard\nBilan psychomoteur (enfant : Lucas Bernard, 6 ans) : 120,00 €'],
    ['health', 'Reçu : Mme Anne Perrot — 3 séances de kinésithérapie — 48,00 €'],
    // an estate agent's buyer, an employer's staff: a maternity leave tells a birth
    ['health', 'Situation : Laura en congé maternité jusqu’en janvier, Kévin en CDI.'],
    ['health', 'Mme Le Goff, de retour de congé maternité le 3 mars.'],
    ['health', 'Salariée : Julie Moreau — congé pathologique du 02/02 au 15/02'],
    // clients' text messages: the covid caught, a burn-out written apart, lithium taken, a psychiatric hospital by its capitals
    ['health', 'J’ai le covid, je reste chez moi.'],
    ['health', 'J’ai fait un burn out l’an dernier.'],
    ['health', 'Elle est stabilisée sous lithium depuis 2020.'],
    ['health', 'Il est en HP depuis lundi, je vous rappelle.'],
    // clients' messages to a tradesman: a child's autism beside the noise it bears badly, an appointment with « mon » psychiatrist
    ['health', 'Bonjour, notre fils Théo est autiste et supporte mal le bruit, merci de prévenir avant d’utiliser le perforateur.'],
    ['health', 'Je ne pourrai pas venir lundi : rendez-vous chez mon psychiatre. Antoine'],
    // a music teacher's pupils: a hearing aid worn
    ['health', 'Emma Rolland (9 ans) : mercredi 14h. Emma porte un appareil auditif (oreille gauche), bien se placer à sa droite.'],
    ['health', 'M. Tanguy a deux prothèses auditives, parlez fort.'],
    // a florist's delivery to a hospital's ward, a room given: the person lies in it
    ['health', 'Livraison : Mme Josiane Le Roux, CHU Morvan, service d’oncologie, chambre 212'],
    ['health', 'À livrer à M. Tanguy, Hôpital de la Cavale Blanche, service de cardiologie, 3e étage, ch. 314'],
    ['health', 'Destinataire : Mme Pichon — soins palliatifs, chambre 5'],
    ['health', 'Pour Mme Élise Morvan, maternité de la clinique Pasteur, chambre 8 (bébé né hier)'],
    // a sophrologist's, a coach's notes: dizziness, a slow thyroid, physiotherapy followed, a heart patient
    ['health', 'Séance 3 : Mme Leroy dit avoir des vertiges le matin.'],
    ['health', 'Elle a des vertiges quand elle se lève.'],
    ['health', 'Elle a la thyroïde paresseuse, prend un traitement depuis 2019.'],
    ['health', 'Il fait de la kiné pour son dos deux fois par semaine.'],
    ['health', 'Elle a dix séances de kiné prescrites pour son épaule.'],
    ['health', 'Client cardiaque, ne pas dépasser 140 bpm.'],
    // an elected office or a candidacy held for a party
    ['political', 'Il est élu municipal sur la liste du RN.'],
    ['political', 'Conseillère municipale (LR) à Tours.'],
    ['political', 'Elle est conseillère municipale PS à Brest.'],
    ['political', 'Il est candidat aux municipales sur une liste RN.'],
    ['political', 'M. Roux, adjoint au maire (Renaissance), viendra le 12.'],
    ['political', 'Il est député LFI de la 3e circonscription.'],
    // a minister of a faith, the sabbath kept by a family
    ['religion', 'Il est pasteur à l’église évangélique de Lyon.'],
    ['religion', 'Son frère est prêtre en Bretagne.'],
    ['religion', 'Le père de Sami est imam à la mosquée de Rennes.'],
    ['religion', 'Ils font shabbat, ne pas appeler le vendredi soir.'],
    // a tattooist's, a wedding planner's, a photographer's, a life coach's notes
    ['health', 'Elle a de l’hémophilie, pas de tatouage.'],
    ['health', 'Il a un enfant handicapé.'],
    ['health', 'Elle s’occupe de son fils handicapé.'],
    ['sexual_orientation', 'Les mariés sont deux hommes, Paul et Karim.'],
    ['sexual_orientation', 'Il est en couple avec un homme depuis 5 ans.'],
    ['religion', 'Mariage juif de Sarah et David, houppa à 16 h.'],
    ['religion', 'Baptême de Léo à l’église Saint-Michel.'],
    // a midwife's, a beautician's notes: breastfeeding; an employee's union mandate with its union in brackets
    ['health', 'Elle allaite, pas de médicament sans avis.'],
    ['health', 'Allaitement en cours, pas de laser (Mme Petit).'],
    ['union_membership', 'Mandat de délégué du personnel (CFDT) jusqu’en 2027, M. Roux.'],
    // a coach's, an osteopath's, a naturopath's, a nanny's notes; a payroll; a landlord's, a wedding planner's files
    ['health', 'M. Petit, hypertendu, pas d’effort violent.'],
    ['health', 'Il bégaie quand il est stressé.'],
    ['health', 'Elle a une anémie, fatigue le matin.'],
    ['health', 'Elle a une carence en fer.'],
    ['health', 'Il a un anévrisme surveillé par le Dr Roux.'],
    ['health', 'Patient BPCO, essoufflé à l’effort.'],
    ['health', 'Elle a de l’arthrite aux mains.'],
    ['health', 'Il a la goutte, pas de charcuterie.'],
    ['health', 'Il a des hémorroïdes.'],
    ['health', 'Elle a des kystes aux ovaires.'],
    ['health', 'Il a le cœur fragile, séance douce.'],
    ['health', 'Elle a une hernie, pas de port de charges.'],
    ['religion', 'Salariée voilée, souhaite un poste sans contact client.'],
    ['religion', 'Absence pour fête religieuse (Aïd) le 10 avril.'],
    ['political', 'Elle est membre d’EELV depuis 2020.'],
    ['sexual_orientation', 'Le couple est gay, deux chambres non nécessaires.'],
    // a host's, a caterer's, an employer's, a social worker's notes
    ['religion', 'Il est mormon.'],
    ['religion', 'Ils sont adventistes, pas de RDV le samedi.'],
    ['religion', 'Il se convertit au judaïsme.'],
    ['religion', 'Il ne mange pas de porc, prévoir du poulet.'],
    ['political', 'Il colle des affiches pour le RN.'],
    ['political', 'Elle distribue des tracts du PS le samedi.'],
    ['union_membership', 'Elle est représentante du personnel FO.'],
    ['union_membership', 'Il est secrétaire du syndicat SUD.'],
    ['sex_life', 'Ils sont en couple libre.'],
    ['criminal_offence', 'Elle a fait 6 mois ferme.'],
    ['ethnic_origin', 'Il est kabyle.'],
    // a home help's, a relative's messages
    ['health', 'Elle est sous traitement.'],
    ['health', 'Elle est en convalescence.'],
    ['health', 'Elle a une maladie orpheline.'],
    ['health', 'Il a une maladie chronique.'],
    ['health', 'Elle fait des malaises.'],
    ['health', 'Il s’est cassé le col du fémur.'],
    ['health', 'Elle attend une greffe.'],
    ['health', 'Elle est atteinte de drépanocytose.'],
    ['health', 'Il a eu une méningite.'],
    ['health', 'Elle a la tuberculose.'],
    ['health', 'Il a eu la polio.'],
    ['health', 'Il est amputé.'],
    ['health', 'Elle est muette.'],
    // a training centre's, a driving school's, a care home's lists: one trainee, applicant, participant, resident
    ['health', 'Stagiaire RQTH, aménagement de poste.'],
    ['health', 'Participante enceinte, pas de station debout prolongée.'],
    ['health', 'Résidente diabétique, chambre 12.'],
    ['sexual_orientation', 'Il est sorti du placard l’an dernier.'],
    // a sophrologist's, a hypnotherapist's, a home help's notes
    ['health', 'Il boit trop, sa femme s’inquiète.'],
    ['health', 'Elle a la phobie de l’avion.'],
    ['health', 'Il se scarifie.'],
    ['health', 'Son fils est suivi en pédopsychiatrie.'],
    ['health', 'M. Petit est grabataire.'],
    ['health', 'Mme Roux est désorientée le soir.'],
    ['health', 'Repas mixés pour M. Petit (troubles de la déglutition).'],
    ['criminal_offence', 'Elle a subi des violences conjugales.'],
    // an employee's file
    ['health', 'Salarié : Paul Martin\nAbsence : congé maternité du 01/03 au 20/06.'],
    ['health', 'Salarié : Paul Martin\nMaladie professionnelle reconnue (TMS).'],
    ['union_membership', 'Salarié protégé (mandat CSE, CGT), M. Roux.'],
    ['union_membership', 'Élu CSE sur la liste CFDT, M. Roux.'],
    ['union_membership', 'Salarié : Paul Martin\nHeures de délégation syndicale : 10 h.'],
    ['union_membership', 'Salarié : Paul Martin\nDécharge syndicale à 50 %.'],
    ['criminal_offence', 'Le salarié a été licencié pour vol.'],
    // a host's, a caterer's, a tutor's notes
    ['religion', 'Il a fait le pèlerinage à La Mecque.'],
    ['religion', 'Il revient du hajj.'],
    ['religion', 'Elle va au culte le dimanche.'],
    ['religion', 'Elle prie cinq fois par jour.'],
    ['religion', 'Il fait ses cinq prières.'],
    ['religion', 'Elle est très pieuse.'],
    ['religion', 'Ses enfants vont à l’école coranique.'],
    ['religion', 'Sa fille va au catéchisme.'],
    ['religion', 'Il est membre de l’Église évangélique.'],
    ['religion', 'Elle fréquente un temple protestant.'],
    // a sports coach's, a club's, a yoga teacher's notes
    ['health', 'Elle a des règles douloureuses.'],
    ['health', 'Elle a de l’ostéoporose.'],
    ['health', 'Il a une épaule luxée.'],
    ['health', 'Il porte une attelle au poignet.'],
    ['health', 'Elle a le syndrome de Raynaud.'],
    ['health', 'Elle a une tendance à l’hypoglycémie.'],
    ['health', 'Il a de la tension.'],
    ['health', 'Elle fait de l’hypotension.'],
    ['health', 'Il a un problème cardiaque.'],
    ['health', 'Elle a une malformation cardiaque.'],
    ['health', 'Il a perdu un œil.'],
    ['health', 'Il est borgne.'],
    // a social worker's, a landlord's, a school's notes
    ['ethnic_origin', 'Il est fils de harki.'],
    ['ethnic_origin', 'Il est d’ascendance africaine.'],
    ['ethnic_origin', 'Il est issu d’une famille d’immigrés algériens.'],
    ['ethnic_origin', 'Il est de la communauté gitane.'],
    ['ethnic_origin', 'Elle est rom.'],
    ['ethnic_origin', 'Ils sont issus des gens du voyage.'],
    // a couple therapist's, a sexologist's, a naturopath's notes
    ['sex_life', 'Ils n’ont plus de relations intimes.'],
    ['sex_life', 'Elle a été infidèle.'],
    ['sex_life', 'Il fréquente des prostituées.'],
    ['sex_life', 'Il regarde beaucoup de pornographie.'],
    ['sex_life', 'Elle pratique le BDSM.'],
    ['health', 'Il a une maladie héréditaire.'],
    ['health', 'Son groupe sanguin est O négatif.'],
    // a tattooist's, a caterer's, a travel agent's, a payroll's, a funeral director's, a planner's notes
    ['health', 'M. Petit prend des fluidifiants sanguins.'],
    ['health', 'Julie Bernard allaite encore.'],
    ['health', 'Mme Roux : menu sans gluten (maladie cœliaque).'],
    ['health', 'M. Petit voyage en fauteuil roulant, assistance PMR demandée.'],
    ['health', 'M. Martin, accident du travail le 12/03, arrêt 3 semaines.'],
    ['health', 'M. Durand a eu un accident de trajet.'],
    ['religion', 'M. Petit ne travaille pas le samedi (shabbat).'],
    ['religion', 'Obsèques religieuses à l’église Saint-Pierre pour Mme Roux.'],
    ['religion', 'La famille Cohen souhaite un enterrement selon le rite juif.'],
    ['religion', 'Obsèques de M. Roux selon la tradition musulmane.'],
    ['religion', 'Obsèques de M. Roux : rite musulman.'],
    ['religion', 'Inhumation de Mme Blanc, rite catholique, messe à Saint-Louis.'],
    ['religion', 'M. Durand voulait une crémation, sans cérémonie religieuse.'],
    ['religion', 'Baptême de la petite Emma le 12 juin (famille Martin).'],
    ['political', 'Mme Leroy est conseillère municipale d’opposition (PS).'],
    ['ethnic_origin', 'Mme Roux est maghrébine.'],
    ['ethnic_origin', 'Mme Nguyen, asiatique, 40 ans.'],
    ['ethnic_origin', 'Profil : femme, 35 ans, maghrébine.'],
    ['ethnic_origin', 'Locataire : M. Diallo (africain), cherche un T2.'],
    ['ethnic_origin', 'M. Diallo est un homme noir.'],
    ['ethnic_origin', 'Mme Roux est une femme noire d’une quarantaine d’années.'],
    ['health', 'Client : Karim Benali. Diabétique, cicatrisation lente.'],
    // a childminder's, a physiotherapist's, an employer's, an insurer's notes
    ['religion', 'Lina Benali mange sans porc à la cantine.'],
    ['health', 'Maëlle est suivie au CAMSP.'],
    ['health', 'M. Petit : capsulite rétractile de l’épaule.'],
    ['health', 'Mme Leroy a un temps partiel pour raison de santé.'],
    ['health', 'M. Leroy a un prêt refusé pour raisons médicales.'],
    ['health', 'M. Petit est fumeur.'],
    ['health', 'Questionnaire de santé : M. Roux, 20 cigarettes/jour.'],
    ['health', 'Le salarié fume dix cigarettes par jour.'],
    ['health', 'Il fume beaucoup, dit-elle.'],
    // a nurse's or a doctor's secretary's abbreviations and words
    ['health', 'M. Petit : HTA traitée.'],
    ['health', 'M. Leroy, 54 a, SAOS appareillé.'],
    ['health', 'M. Martin : FA sous AOD.'],
    ['health', 'Mme Durand : SEP rémittente.'],
    ['health', 'M. Leroy : insuffisant rénal chronique.'],
    ['health', 'M. Garnier : TCA, suivi nutritionnel.'],
    ['health', 'M. Martin : lithiase urinaire.'],
    ['health', 'Mme Roux : névralgie d’Arnold.'],
    ['health', 'M. Petit : tabagisme actif.'],
    // (phrases whose anchors were narrowed: each still found where it starts, the text's end included)
    ['health', 'Mme Roux : consultation ORL'],
    ['health', 'Mme Roux : GIR 2'],
    ['health', 'Il a un taux d’invalidité de 80 %.'],
    ['health', 'Il a une consommation excessive d’alcool.'],
    ['religion', 'Il est pasteur à l’église évangélique.'],
    ['religion', 'Il ne mange pas de viande pour des raisons religieuses.'],
    ['political', 'Il est plutôt à droite.'],
    ['ethnic_origin', 'Elle est issue de l’immigration.'],
    ['ethnic_origin', 'Un homme de type maghrébin, dit-elle.'],
    ['ethnic_origin', 'M. Petit est de type asiatique.'],
    ['health', 'Elle a été opérée du genou.'],
    ['genetic', 'Mme Durand a fait une analyse génétique.'],
    // a lawyer's, a mediator's, an educator's, a sexologist's notes
    ['criminal_offence', 'M. Durand a un contrôle judiciaire.'],
    ['criminal_offence', 'M. Garnier est poursuivi pour abus de biens sociaux.'],
    ['criminal_offence', 'M. Martin a purgé sa peine.'],
    ['criminal_offence', 'Le fils de Mme Durand est en centre éducatif fermé.'],
    ['criminal_offence', 'M. Leroy a un TIG à effectuer.'],
    ['criminal_offence', 'M. Garnier a été relaxé.'],
    ['criminal_offence', 'M. Martin est inscrit au FIJAIS.'],
    ['sex_life', 'M. Faure fréquente des clubs libertins.'],
    ['sexual_orientation', 'Mme Roux est en couple avec une femme.'],
    // a party's or a union's member, as an employer's, a coach's or a neighbour's notes say it
    ['political', 'Mme Roux a sa carte au Parti communiste.'],
    ['political', 'Mme Leroy tracte pour LFI le samedi.'],
    ['political', 'Mme Garnier est militante écolo.'],
    ['political', 'M. Bernard vote toujours à gauche.'],
    ['political', 'M. Martin s’est présenté sur la liste RN aux municipales.'],
    ['political', 'M. Roux est élu conseiller municipal (liste LR).'],
    ['union_membership', 'Mme Garnier a adhéré à FO l’an dernier.'],
    ['union_membership', 'M. Bernard est syndicaliste.'],
    ['union_membership', 'M. Durand est membre du bureau de la CFDT locale.'],
    // an employment lawyer's or an HR consultant's notes: the union's name right after the noun
    ['union_membership', 'Mme Roux, adhérente CGT, conteste son licenciement.'],
    ['union_membership', 'M. Roux, militant SUD-Rail depuis 20 ans.'],
    // an optician's, a coach's, a midwife's notes
    ['health', 'Mme Roux porte des lentilles, sécheresse oculaire.'],
    ['health', 'M. Faure : insuffisance veineuse, bas de contention.'],
    ['health', 'Mme Martin est en post-partum, fatiguée.'],
    ['health', 'Mme Roux a des crises de spasmophilie.'],
    ['health', 'M. Bernard est en rééducation cardiaque.'],
    ['health', 'M. Petit a un œdème aux chevilles.'],
    // an invalidity's category (a tax adviser's, an HR consultant's file)
    ['health', 'M. Roux est reconnu invalide 2e catégorie.'],
    ['health', 'M. Roux : invalidité 2e catégorie depuis 2021.'],
    // a coach's list of a client's history; a home help's logbook
    ['health', 'Mme Morel : migraines fréquentes.'],
    ['health', 'M. Lebrun a peu mangé, nausées.'],
    ['health', 'Il se plaint de brûlures en urinant.'],
    ['health', 'Il a refusé ses médicaments.'],
    ['health', 'Il est déshydraté, dit sa fille.'],
    ['health', 'Elle a rendez-vous chez le gériatre.'],
    // a landlord's tenant file
    ['health', 'Situation : taux d’incapacité 80 %, dit M. Marchal.'],
    ['criminal_offence', 'Remarques : ancien détenu, réinsertion en cours, dit M. Marchal.'],
    // a client's e-mail
    ['health', 'Mon fils a des troubles dys, il lui faut plus de temps.'],
    ['health', 'Elle a un trouble du langage, suivi en orthophonie.'],
    // (what the look-alikes' avoided readings must not veto: an adapted diet, an insurer, a quote, a premium, symptoms,
    // causes, a manager, an online follow-up)
    ['health', 'Mme Roux : maladie cœliaque, alimentation adaptée.'],
    ['health', 'M. Martin, accident du travail, dossier transmis à l’assurance.'],
    ['religion', 'Obsèques religieuses organisées à l’église pour Mme Roux, tarif 3 200 €.'],
    ['health', 'Questionnaire : M. Roux, 20 cigarettes par jour, prime de 45 euros.'],
    ['health', 'Mme Roux : lombalgie, symptômes en baisse.'],
    ['health', 'Mme Roux : nausées, causes inconnues.'],
    ['health', 'Mme Roux, gérante, a une SEP.'],
    ['health', 'Mme Roux : TOC + TAG, suivi en ligne.'],
    // a nurse's round, an addiction counsellor's notes
    ['health', 'M. Leroy suit un traitement de substitution.'],
    ['health', 'Mme Durand a une sonde gastrique.'],
    ['health', 'M. Leroy est sous morphine.'],
    ['health', 'M. Garnier : patch de nicotine.'],
    // a podiatrist's, a beautician's, a lymphatic drainage therapist's notes
    ['health', 'Mme Roux : mycose de l’ongle, pas de vernis.'],
    ['health', 'Mme Durand : couperose sur les joues.'],
    ['health', 'Mme Bernard a un lymphoedème du bras.'],
    ['health', 'M. Leroy a la maladie de Dupuytren.'],
    ['health', 'M. Petit a fait une embolie.'],
    ['health', 'Mme Faure souffre d’hypersomnie.'],
    ['health', 'M. Garnier est narcoleptique.'],
    ['health', 'Mme Durand a une fissure anale.'],
    ['health', 'M. Leroy a une prostatite.'],
    ['health', 'Mme Bernard a une sclérodermie.'],
    ['health', 'M. Martin souffre d’une pancréatite.'],
    ['health', 'Mme Roux a une diverticulite.'],
    ['health', 'Mme Durand a une hépatite auto-immune.'],
    ['health', 'M. Leroy a une hémochromatose.'],
    // a driving school's pupils: a licence cancelled, points lost for an offence, a speed camera
    ['criminal_offence', 'Élève : Lucas Martin. Annulation du permis suite à un délit de fuite.'],
    ['criminal_offence', 'M. Petit a perdu 6 points pour excès de vitesse.'],
    ['criminal_offence', 'M. Leroy, retrait de 4 points sur son permis.'],
    ['criminal_offence', 'M. Leroy a été flashé à 150 km/h.'],
    // a translator's asylum files, a wedding planner's couples
    ['religion', 'M. Nguyen, demandeur d’asile, converti au christianisme, menacé dans son pays.'],
    ['ethnic_origin', 'Mme Kaya est kurde.'],
    ['ethnic_origin', 'Mme Kaya est tamoule.'],
    ['religion', 'Mariage de Sarah et David à la synagogue de la Victoire, puis réception.'],
    // an employer's and a psychologist's notes
    ['health', 'Mme Durand : visite de reprise après congé maternité.'],
    ['health', 'M. Martin boit trop depuis son licenciement.'],
    ['health', 'M. Garnier : deuil pathologique depuis le décès de sa femme.'],
    ['criminal_offence', 'Mme Faure a été victime d’inceste dans l’enfance.'],
    ['union_membership', 'M. Petit est représentant de proximité FO.'],
    ['union_membership', 'Mme Faure a été désignée représentante de section syndicale (CGT).'],
    ['union_membership', 'M. Martin est candidat sur la liste CFE-CGC aux élections du CSE.'],
    ['union_membership', 'Représentant syndical : M. Roux.'],
    ['health', 'Dossier Mme Durand : garant Visale, allocation adulte handicapé.'],
    ['sex_life', 'M. Garnier souffre d’impuissance.'],
    // a lawyer's, a mediator's, a social worker's notes
    ['criminal_offence', 'M. Leroy a été interpellé pour vol à l’étalage.'],
    ['criminal_offence', 'M. Garnier est connu des services de police.'],
    ['criminal_offence', 'M. Martin a une amende pour conduite sans assurance.'],
    ['criminal_offence', 'M. Petit a un rappel à la loi pour outrage.'],
    ['criminal_offence', 'M. Garnier a fait l’objet d’une composition pénale.'],
    ['criminal_offence', 'Mme Faure est inscrite au fichier des délinquants sexuels.'],
    ['criminal_offence', 'M. Leroy a été mis en cause dans une affaire de stupéfiants.'],
    ['political', 'M. Garnier a fait campagne pour Zemmour.'],
    ['political', 'Mme Roux fait du porte-à-porte pour EELV.'],
    ['political', 'M. Martin a été assesseur pour LR aux dernières élections.'],
    ['political', 'Mme Durand participe aux réunions du Parti socialiste.'],
    // a crèche's list of the children's illnesses, a sports club's file
    ['health', 'Léo Faure : varicelle, éviction jusqu’au 20.'],
    ['health', 'Jade Durand : bronchiolite, retour lundi.'],
    ['health', 'Léo Faure : syndrome pieds-mains-bouche.'],
    ['health', 'Léo Faure : impétigo, éviction.'],
    ['health', 'Gabriel Roux a des convulsions fébriles.'],
    ['health', 'M. Petit a un défibrillateur implanté.'],
    ['health', 'Licencié : Hugo Martin. Certificat médical : contre-indication à la compétition (souffle cardiaque).'],
    ['health', 'Joueuse : Léa Roux. Entorse de la cheville droite.'],
    // a beautician's, a hairdresser's appointments; a neighbour's note
    ['religion', 'Mme Cohen ne prend pas de rendez-vous pendant Kippour.'],
    ['religion', 'M. Cohen ne travaille pas pendant Pessah.'],
    ['religion', 'Mme Petit fait le pèlerinage à Lourdes chaque année.'],
    ['religion', 'M. Kaya est parti à La Mecque pour le hadj.'],
    ['ethnic_origin', 'Mme Roux est une femme asiatique d’une quarantaine d’années.'],
    ['ethnic_origin', 'M. Petit, un homme maghrébin d’une trentaine d’années.'],
    ['ethnic_origin', 'M. Petit, homme de type nord-africain, 1m80.'],
    ['genetic', 'Mme Roux a fait séquencer son génome (23andMe).'],
    ['health', 'M. Petit est drépanocytaire.'],
    ['health', 'Mme Durand a un facteur V Leiden.'],
    ['health', 'M. Leroy a le syndrome de l’X fragile.'],
    ['health', 'Mme Faure souffre de bipolarité.'],
    ['health', 'Mme Roux est hypocondriaque.'],
    // a client's e-mail cancelling
    ['health', 'Désolée, mon fils a de la fièvre, on reporte ?'],
    ['health', 'J’attends les résultats de ma biopsie.'],
    // a masseur's or a spa's intake form
    ['health', 'Mme Roux souffre de claustrophobie (pas de hammam).'],
    ['health', 'Mme Roux est agoraphobe.'],
    ['health', 'M. Martin : épaule gelée, rééducation en cours.'],
    // (a vine's disease is no one's, « La vigne de Mme Durand a un cancer », a remedy named after it is no plant)
    ['health', 'La vigne rouge a soulagé les varices de Mme Roux.'],
    ['sexual_orientation', 'M. Martin est queer.'],
    // a caterer's, a tutor's, a home help's, a payroll's, a psychologist's, an association's, a town hall's notes
    ['health', 'Mme Martin est allergique aux arachides, prévoir un menu sans.'],
    ['health', 'Noah est en ULIS depuis la rentrée.'],
    ['health', 'Il est scolarisé à l’IME de Rennes.'],
    ['health', 'Mme Faure est en fin de vie, soins à domicile.'],
    ['health', 'Ma mère est en fin de vie.'],
    ['health', 'Il s’automutile depuis l’adolescence.'],
    ['health', 'Trouble de la personnalité borderline diagnostiqué chez Mme Hubert.'],
    ['religion', 'M. Bertin a pris un congé pour motif religieux (Aïd).'],
    ['political', 'Liste des adhérents de la section locale du Parti communiste'],
    ['union_membership', 'Adhésion de Mme Roy au syndicat : cotisation 2025 réglée.'],
    ['union_membership', 'Réadhésion de M. Petit à la CGT.'],
    ['ethnic_origin', 'Famille rom installée sur le terrain communal.'],
    ['ethnic_origin', 'Une femme gitane est venue vendre des paniers.'],
    ['health', 'Cliente atteinte de pelade, prévoir un soin doux.'],
    ['criminal_offence', 'Courrier pour M. Diarra au juge d’application des peines.'],
    ['criminal_offence', 'Il est convoqué chez le JAP lundi.'],
    // a B&B's bookings, a dance school's, a nanny's, an employer's files
    ['sexual_orientation', 'Couple de deux hommes, chambre double.'],
    ['health', 'Client en fauteuil roulant : chambre au rez-de-chaussée.'],
    ['health', 'M. Weber voyage avec son chien guide.'],
    ['health', 'Certificat médical de Chloé : contre-indication temporaire.'],
    // (a first name that is a word too, as its sentence's subject: a flower takes its article)
    ['health', 'Rose est allergique aux protéines de lait de vache.'],
    ['religion', 'Mme Dupuis a demandé à ne pas travailler le vendredi soir (shabbat).'],
    // a dietician's, a driving school's files
    ['health', 'M. Blanc a fait une sleeve il y a 2 ans.'],
    ['health', 'Mme Girard a un by-pass gastrique.'],
    ['health', 'M. Petit a un taux de cholestérol élevé.'],
    ['health', 'Élève sourd, prévoir un interprète LSF.'],
    // a client file's remarks, the row's last cell
    ['health', 'Dupont;Jean;06 12 34 56 78;mal de dos chronique'],
    ['religion', 'Michel;Nadia;;voilée, préfère une coiffeuse'],
    ['union_membership', 'Fournier;Éva;;syndicaliste CGT'],
    ['criminal_offence', 'Girard;Tom;;vient de sortir de prison'],
    ['criminal_offence', 'Lambert;Chloé;;séparée, violences du conjoint'],
    // a client's messages
    ['health', 'Désolé pour le retard, j’étais aux urgences avec mon fils.'],
    ['health', 'Je vous écris de l’hôpital, je me fais opérer demain.'],
    ['religion', 'Je préfère éviter les vendredis, c’est la prière à la mosquée.'],
    ['religion', 'Petite précision : je suis végane et musulmane.'],
    ['religion', 'Réservation de M. et Mme Cohen : petit-déjeuner casher si possible.'],
    // a sexologist's, a marriage counsellor's notes; a town's or an association's files
    ['sex_life', 'Le couple consulte pour une baisse de désir de Madame.'],
    ['sex_life', 'M. Aubry évoque des pannes sexuelles depuis son diabète.'],
    ['sex_life', 'Ils pratiquent l’échangisme depuis 2 ans.'],
    ['sex_life', 'Elle se prostitue occasionnellement pour payer ses études.'],
    ['sex_life', 'M. Hamon est client de prostituées.'],
    ['sexual_orientation', 'Il fréquente des sites de rencontres gays.'],
    ['political', 'Mme Roche était sur la liste de Reconquête aux municipales.'],
    ['political', 'M. Perret a fait un don à La France insoumise.'],
    ['political', 'Mme Brun fait partie des gilets jaunes de Saint-Lô.'],
    // a hairdresser's, a translator's, a host's notes
    ['ethnic_origin', 'M. Diallo est peul, famille au Sénégal.'],
    ['ethnic_origin', 'Il est né en Algérie de parents kabyles.'],
    ['ethnic_origin', 'La cliente est noire, cheveux crépus, soins adaptés.'],
    ['ethnic_origin', 'Cheveux afro, cliente métisse.'],
    ['religion', 'Mme Kaur est sikhe.'],
    ['religion', 'Il porte une kippa.'],
    ['religion', 'M. Ahmed est parti à La Mecque.'],
    // an employer's, a landlord's notes
    ['criminal_offence', 'M. Morin a un passé judiciaire, à surveiller.'],
    ['criminal_offence', 'Le salarié a volé dans la caisse.'],
    ['criminal_offence', 'M. Gomez a été relaxé au tribunal.'],
    ['criminal_offence', 'Elle a un casier pour vol à l’étalage.'],
    // a nurse's or a masseur's notes
    ['health', 'Mme Petit fait de la rétention d’eau (traitement diurétique).'],
    ['health', 'Mme Colin est en post-opératoire, pas d’effort.'],
    ['health', 'Mme Giraud a une infection urinaire.'],
    ['health', 'Le fils de M. Roux a une myopathie de Duchenne.'],
    // a host's, a wedding planner's notes
    ['sexual_orientation', 'M. Leroy est venu avec son compagnon Thomas.'],
    ['sexual_orientation', 'Mme Roux est arrivée avec sa compagne.'],
    ['sexual_orientation', 'M. Roux est pacsé avec son compagnon.'],
    ['sexual_orientation', 'Mme Blanc est mariée avec sa compagne depuis 2015.'],
    ['sexual_orientation', 'M. Girard est pacsé avec un homme.'],
    ['health', 'Après sa chute, Mme Roux a pris un déambulateur.'],
    ['health', 'Léa, elle est diabétique et garde un chat.'],
    ['health', 'Ils consultent pour infertilité depuis 3 ans.'],
    ['health', 'Elle a eu un deuil périnatal l’an dernier.'],
    ['health', 'Mon fils a des crises de spasme du sanglot.'],
    // a life coach's, a sophrologist's notes
    ['health', 'Il boit beaucoup depuis son divorce.'],
    ['health', 'Il a des pensées suicidaires.'],
    ['health', 'Il est addict aux jeux d’argent.'],
    ['health', 'Il est sevré de l’alcool depuis un an.'],
    ['health', 'M. Noël, ancien militaire, PTSD.'],
    // a holiday camp's health sheets
    ['health', 'Tom est énurétique, discrétion.'],
    ['religion', 'Hugo ne mange pas de viande le vendredi (carême).'],
    // an accounting firm's payroll notes
    ['union_membership', 'Retenue cotisation syndicale CGT : 12,50 €'],
    ['health', 'Mme Leroy : congé maternité du 01/03 au 21/06'],
    ['health', 'Indemnités journalières de Mme Garnier (maladie professionnelle)'],
    // a form's fields
    ['religion', 'Nom : Karima Dupont\nReligion : musulmane'],
    ['religion', 'Nom : Karima Dupont\nConfession : catholique'],
    ['religion', 'Nom : Karima Dupont\nRégime alimentaire : halal'],
    ['union_membership', 'Nom : Karima Dupont\nSyndicat : CFDT'],
    ['political', 'Nom : Karima Dupont\nParti politique : LR'],
    // a genealogist's, a nurse's notes
    ['genetic', 'Mme Roux a un typage HLA compatible pour le don.'],
    ['genetic', 'M. Petit est hétérozygote pour la drépanocytose.'],
    ['genetic', 'M. Faure connaît son arbre ADN par 23andMe.'],
    ['health', 'Le bébé de Mme Roux a été dépisté pour la phénylcétonurie.'],
    // a taxi's, a midwife's, a home help's, a pharmacy's notes
    ['health', 'M. et Mme Lévy : circoncision prévue au 8e jour.'],
    ['health', 'Elle a un baby blues marqué, à suivre de près.'],
    ['health', 'M. Blanc sort de la maternité avec sa femme et le bébé.'],
    ['health', 'Mme Girard, trajet vers le CMP tous les lundis.'],
    ['health', 'M. Lemoine bénéficie de l’APA depuis janvier.'],
    ['health', 'Pilule contraceptive pour Mlle Aubert, ordonnance valable 6 mois.'],
    ['religion', 'Mme Roy fait baptiser son fils à l’église en juin.'],
    ['religion', 'Mme Garnier fait partie de l’Église évangélique de Lens.'],
    ['political', 'M. Picard, ancien élu communiste.'],
    ['political', 'M. Picard, conseiller municipal communiste.'],
    // a loan broker's, a temp agency's files
    ['health', 'Refus de l’assureur pour M. Lambert à cause de sa séropositivité.'],
    ['health', 'M. Garnier : restrictions médicales, pas de travail en hauteur.'],
    // a client's text message
    ['health', 'c’est Léa, mon médecin m’a mis en arrêt jusqu’à lundi'],
    ['health', 'je peux pas, j’ai mon rdv au planning familial'],
    ['union_membership', 'bonjour, je suis en grève jeudi avec mon syndicat, on décale ?'],
    ['ethnic_origin', 'c’est Nora, ma mère est kabyle, elle parle pas bien français'],
    ['sexual_orientation', 'on est deux papas, c’est pour notre fils Tom'],
    // offences (art. 10), as a landlord's, an employer's, a mediator's notes say them
    ['criminal_offence', 'M. Garnier a été verbalisé pour défaut de permis.'],
    ['criminal_offence', 'Mme Joly a déposé une main courante contre son voisin.'],
    ['criminal_offence', 'M. Roche est en attente de son procès aux assises.'],
    ['criminal_offence', 'Mme Colin a été reconnue coupable de vol à l’étalage.'],
    // a client file's remark cell, a word alone
    ['health', 'Nom;Prénom;Remarques\nLambert;Yves;appareillé'],
    ['health', 'Nom;Prénom;Remarques\nMeyer;Noah;en fauteuil'],
    ['health', 'Nom;Prénom;Remarques\nDumas;Axel;sourd, parle en LSF'],
    ['health', 'Nom;Prénom;Remarques\nCaron;Elsa;migraineuse'],
    // a sports coach's, a bike shop's notes
    ['health', 'Il a eu un pontage, feu vert du cardiologue, dit M. Roux.'],
    ['health', 'Elle a été opérée d’un kyste à l’ovaire, dit Mme Roux.'],
    ['health', 'Tricycle électrique pour Mme Girard qui a des problèmes d’équilibre.'],
    // a marriage counsellor's, a genealogist's notes
    ['sex_life', 'Mme Blanc a trompé son mari, le couple veut se reconstruire.'],
    ['sex_life', 'M. et Mme Faure ont des difficultés dans leur vie intime.'],
    ['genetic', 'Le fils de M. Fabre a une anomalie chromosomique.'],
    // a small employer's, an association's files
    ['union_membership', 'Mme Lambert est secrétaire de l’union locale CGT.'],
    ['union_membership', 'M. Morel siège aux prud’hommes pour la CFDT.'],
    ['union_membership', 'Mme Garnier, mandatée par SUD.'],
    ['political', 'M. André a été candidat aux législatives pour le RN.'],
    ['political', 'M. Lemoine fait partie d’un groupe antifa.'],
    // a psychologist's notes, the clinical words
    ['health', 'M. Lucas présente des traits paranoïaques.'],
    ['health', 'M. Lemoine souffre d’hypocondrie.'],
    ['health', 'Mme Colin prend un régulateur de l’humeur.'],
    ['health', 'Mme Renard traverse un épisode dépressif majeur.'],
    ['health', 'Mme Bertin a une dépendance aux benzodiazépines.'],
    // a faith or an origin, as notes put it
    ['religion', 'M. Roy est de culture juive, ne travaille pas à Kippour.'],
    ['religion', 'M. Girard porte une croix, très croyant.'],
    // an online shop's order note
    ['health', 'Emballage discret svp, c’est pour mon père incontinent.'],
    ['health', 'Elle est amnésique depuis l’accident, dit M. Roux.'],
    ['health', 'Il est paralysé des jambes, dit M. Roux.'],
    ['sex_life', 'Il est impuissant depuis l’opération, dit Mme Roux.'],
    // a nurse's abbreviations
    ['health', 'Mme Faure, IRC dialysée 3x/semaine.'],
    ['health', 'M. Colin, hémodialysé, FAV bras gauche.'],
    ['health', 'Mme Roche : FA paroxystique.'],
    // a school's, an after-school club's notes
    ['health', 'Inès a un PPS, AESH 12 h par semaine.'],
    ['health', 'Lina a des crises d’absence, prévenir les parents.'],
    ['health', 'Adam a un retard de langage, suivi orthophonique.'],
    ['health', 'Emma est sous PAI alimentaire à la cantine.'],
    ['health', 'Tom Durand est en PAI.'],
    // a client's own words
    ['union_membership', 'je suis à la CGT depuis 20 ans'],
    ['political', 'j’ai ma carte au PS'],
    ['health', 'je suis séropo depuis 10 ans'],
    ['criminal_offence', 'je suis en conditionnelle jusqu’en mars'],
    ['ethnic_origin', 'je suis noire et je cherche une coiffeuse afro'],
    // a letting agent's, a mediator's notes
    ['health', 'Le locataire, M. Roy, a perdu son emploi suite à une maladie grave.'],
    ['health', 'M. Faure a des troubles psychiatriques, le voisinage se plaint.'],
    ['health', 'Le garant de M. Morel est sa mère, retraitée, invalide à 80 %.'],
    ['criminal_offence', 'Mme Meyer a subi une agression sexuelle en 2019.'],
    // a sports club's, a hypnotherapist's notes
    ['health', 'M. Roy a une licence handisport.'],
    ['health', 'Tom joue en sport adapté (déficience intellectuelle).'],
    ['health', 'M. André a un déficit auditif.'],
    ['health', 'M. Faure veut arrêter l’alcool, séances d’hypnose.'],
    ['health', 'Mme André fait des fausses couches à répétition.'],
    ['genetic', 'M. Blanc porte le gène de Huntington.'],
    ['sex_life', 'Mme Roche a un amant.'],
    ['sex_life', 'M. Colin fréquente des escorts.'],
    // an accountant's notes for a tax return: gifts, dues, a half-share, sick pay; an insurance broker's
    ['religion', 'Dons au denier du culte : 300 € (M. Roux)'],
    ['religion', 'M. Roux a fait un don à la mosquée de Lyon.'],
    ['political', 'Don à un parti politique : 500 € (M. Roux)'],
    ['political', 'Mme Blanc a fait un don de 300 € à La France insoumise.'],
    ['political', 'Reçu fiscal de M. Roux pour son don au Rassemblement national.'],
    ['political', 'Cotisation d’adhésion au Parti socialiste de M. Roux.'],
    ['union_membership', 'Mme Blanc a versé 150 € de cotisation à la CFDT.'],
    ['union_membership', 'Mme Blanc cotise à la CGT depuis dix ans.'],
    ['health', 'Demi-part supplémentaire pour invalidité de M. Roux.'],
    ['health', 'Mme Blanc touche des indemnités journalières maladie depuis mars.'],
    ['health', 'Mme Blanc perçoit des IJ maladie.'],
    ['health', 'M. Roux a été classé en risque aggravé de santé par l’assureur.'],
    // a guest house's booking, a funeral director's, a wedding planner's, a private detective's notes
    ['health', 'Mme Blanc arrive avec son chien d’assistance.'],
    ['religion', 'La famille de M. Haddad demande une toilette rituelle.'],
    ['religion', 'M. Haddad sera inhumé dans le carré musulman.'],
    ['religion', 'Mme Cohen repose dans le carré juif.'],
    ['religion', 'Mme Roux a reçu l’extrême-onction.'],
    ['religion', 'M. Haddad souhaite la présence d’un imam.'],
    ['religion', 'Ils se marient à la synagogue le 12 juin.'],
    ['religion', 'Cérémonie juive pour Sarah et David, houppa à 16 h.'],
    ['religion', 'Le rabbin officiera pour la famille Cohen.'],
    ['sex_life', 'M. Roux trompe sa femme avec sa secrétaire.'],
    ['sex_life', 'Mme Blanc a une liaison avec son collègue.'],
    ['sex_life', 'M. Roux a une liaison extraconjugale.'],
    ['sex_life', 'Sa femme a découvert sa liaison.'],
    // an employer's, a social worker's, an audiologist's, a dentist's, a nurse's, a psychotherapist's notes
    ['health', 'M. Roux va au CSAPA tous les mardis.'],
    ['health', 'Avis d’inaptitude de Mme Blanc du 3 mars.'],
    ['health', 'M. Roux est en HAD depuis lundi.'],
    ['health', 'M. Roux a fait un séjour en HP.'],
    ['health', 'Mme Blanc a été internée l’an dernier.'],
    ['health', 'Mme Blanc est en réanimation depuis hier.'],
    ['health', 'M. Roux a une presbyacousie.'],
    ['health', 'M. Roux souffre de bruxisme.'],
    ['health', 'Mme Blanc a une parodontite.'],
    ['health', 'Mme Blanc souffre de surdité.'],
    ['health', 'Léo fait des terreurs nocturnes.'],
    ['health', 'M. Roux a fait une décompensation.'],
    ['health', 'Mme Blanc a une chambre implantable.'],
    ['health', 'M. Roux a un ESPT suite à l’accident.'],
    ['health', 'M. Roux a des hallucinations.'],
    ['health', 'Mme Blanc a une personnalité borderline.'],
    ['health', 'M. Roux est accro aux jeux d’argent.'],
    ['health', 'M. Roux est joueur pathologique.'],
    ['health', 'Mme Blanc est interdite de casino.'],
    ['health', 'Mme Blanc a une dépendance affective.'],
    ['religion', 'M. Roux est membre d’une loge maçonnique.'],
    ['political', 'M. Roux est électeur du RN.'],
    // a sexologist's or an oncologist's appointment, one's own disability, a recovery group, a client's message
    ['health', 'Mme Blanc a rendez-vous chez sa sexologue.'],
    ['health', 'M. Roux a rdv chez son oncologue jeudi.'],
    ['health', 'Mme Blanc consulte une sexologue.'],
    ['health', 'M. Roux a un véhicule aménagé pour son handicap.'],
    ['health', 'Mme Blanc a un suivi psy depuis 2020.'],
    ['health', 'M. Roux prend la PrEP.'],
    ['health', 'Mme Blanc participe aux Narcotiques anonymes.'],
    ['health', 'Je viens de sortir de l’hôpital, je ne peux pas me déplacer.'],
    // a childminder's, a baby osteopath's, a translator's notes
    ['health', 'Léo a une APLV, lait spécial.'],
    ['health', 'Léo a une plagiocéphalie.'],
    ['health', 'Emma a un torticolis congénital.'],
    ['health', 'Léo fait des bronchiolites à répétition.'],
    ['health', 'Emma a un retard psychomoteur.'],
    ['health', 'Léo a des tics.'],
    ['health', 'M. Roux a un PAI.'],
    ['health', 'Traduction du compte rendu opératoire de M. Roux.'],
    ['health', 'Traduction du dossier médical de Mme Blanc.'],
    ['health', 'Mme Blanc est en ALD\nM. Roux'],
    // a lawyer's or a youth worker's file
    ['criminal_offence', 'M. Roux doit faire un stage de citoyenneté.'],
    ['criminal_offence', 'Mme Blanc a accepté une médiation pénale.'],
    ['criminal_offence', 'M. Roux est passé en CRPC.'],
    ['criminal_offence', 'M. Roux a reçu une ordonnance pénale.'],
    ['criminal_offence', 'M. Roux a eu une amende forfaitaire délictuelle.'],
    ['criminal_offence', 'Léo est suivi par la PJJ.'],
    ['criminal_offence', 'M. Roux a fait appel de sa condamnation.'],
    ['criminal_offence', 'M. Roux est sous le coup d’une interdiction de territoire.'],
    ['criminal_offence', 'M. Roux a un sursis probatoire.'],
    ['health', 'M. Roux a la maladie de Steinert.'],
    // a partner of one's own sex named otherwise, an attraction said
    ['sexual_orientation', 'Mme Blanc est venue avec sa petite amie.'],
    ['sexual_orientation', 'Elle a une petite amie depuis mars.'],
    ['sexual_orientation', 'M. Roux et son petit ami arriveront samedi.'],
    ['sexual_orientation', 'Mme Blanc est mariée à une femme.'],
    ['sexual_orientation', 'M. Roux est marié à un homme.'],
    ['sexual_orientation', 'Il est attiré par les hommes.'],
    ['sexual_orientation', 'Elle est attirée par les femmes.'],
    // a masseur's, a sophrologist's, a tattoo artist's, a coach's notes
    ['health', 'Mme Blanc a un fibrome.'],
    ['health', 'Mme Blanc suit une préparation à la naissance.'],
    ['health', 'Mme Blanc a un diastasis.'],
    ['health', 'M. Roux a de la goutte.'],
    ['health', 'Mme Blanc a un kyste au poignet.'],
    ['health', 'M. Roux a des palpitations.'],
    ['health', 'M. Roux a une valve cardiaque mécanique.'],
    ['health', 'M. Roux a des vis dans la cheville.'],
    ['health', 'Mme Blanc a une broche dans le bras.'],
    ['health', 'M. Roux a de l’urticaire.'],
    ['health', 'Mme Blanc est sujette aux chéloïdes.'],
    // a faith's life: a nun, a seminarist, a convent, a sect, a fast
    ['religion', 'Mme Blanc est très religieuse.'],
    ['religion', 'M. Roux est séminariste.'],
    ['religion', 'Mme Blanc est entrée au couvent.'],
    ['religion', 'Mme Blanc fait partie d’une secte.'],
    ['religion', 'M. Roux fait le jeûne du Kippour.'],
    // a dating agency's file, a personal ad
    ['sexual_orientation', 'Homme cherche homme pour relation sérieuse.'],
    ['sexual_orientation', 'Femme cherche femme, 35 ans, Lyon.'],
    ['sex_life', 'Mme Blanc est polyamoureuse.'],
    // a taxi's, a home help's notes: a stay in rehabilitation or a convalescent home; a speech therapist's: a child
    // who stutters
    ['health', 'M. Roux est en centre de rééducation depuis mars.'],
    ['health', 'Mme Blanc sort de la maison de repos le 12.'],
    ['health', 'M. Roux est en SSR à Berck.'],
    ['health', 'Un séjour en maison de convalescence pour Mme Blanc.'],
    ['health', 'Léo bégaie depuis l’âge de 4 ans.'],
    // a genealogist's, a parish's records: a baptism
    ['religion', 'Acte de baptême de Jean Roux.'],
    ['religion', 'Certificat de baptême de Mme Blanc demandé par la paroisse.'],
    ['religion', 'Mme Blanc a été baptisée en 1985.'],
    // a driving school's notes: a licence lost, a roadside test, an ignition interlock
    ['criminal_offence', 'Le permis de M. Roux a été annulé.'],
    ['criminal_offence', 'M. Roux a été contrôlé positif au cannabis.'],
    ['criminal_offence', 'Mme Blanc a été contrôlée positive à l’alcool.'],
    ['criminal_offence', 'M. Roux doit avoir un éthylotest anti-démarrage.'],
    // a nurse's, a home help's notes: blood and urine tests; a notary's: a guardianship's medical certificate, a legacy
    ['health', 'Résultats des analyses de sang de M. Roux.'],
    ['health', 'Bilan sanguin de Mme Blanc : cholestérol.'],
    ['health', 'Analyses d’urine de Mme Blanc le 12.'],
    ['health', 'Certificat médical attestant de l’altération des facultés de M. Roux.'],
    ['religion', 'Testament de M. Roux : legs à la paroisse Saint-Pierre.'],
    // a couple counsellor's, a family mediator's notes: blows, a no-contact order, an affair, a spouse left
    ['criminal_offence', 'Mme Blanc dit que son mari la bat depuis des années.'],
    ['criminal_offence', 'Son ex-mari l’a frappée devant les enfants, dit Mme Blanc.'],
    ['criminal_offence', 'M. Roux a une interdiction d’entrer en contact avec Mme Blanc.'],
    ['sex_life', 'Mme Blanc a découvert que son mari la trompait.'],
    ['sex_life', 'Sa femme l’a trompé avec son collègue, dit M. Roux.'],
    ['sexual_orientation', 'M. Roux a quitté sa femme pour un homme.'],
    ['sexual_orientation', 'Mme Blanc a quitté son mari pour une femme.'],
    // a cell that says a member without a verb
    ['union_membership', 'Martin;Paul;14/03/2024;Séance;Syndiqué CGT'],
    // a client's e-mail, an intake form's reason, a booking's note
    ['health', 'Je suis en thérapie depuis deux ans.'],
    ['health', 'Je fais une rechute, je ne pourrai pas venir.'],
    ['health', 'Motif : angoisses, dit Mme Blanc.'],
    // (a sophrologist's or a hypnotherapist's notes: why someone comes)
    ['health', 'M. Kerbrat vient pour ses angoisses.'],
    ['health', 'Mme Roux consulte pour des angoisses.'],
    ['health', 'M. Kerbrat, séance de sophrologie (angoisses).'],
    ['health', 'Séance de réflexologie plantaire pour Mme Roux (constipation chronique).'],
    ['health', 'Mme Roux : alcoolodépendance, abstinente depuis 6 mois.'],
    ['health', 'M. Petit, alcoolo-dépendant, suivi au CSAPA.'],
    ['health', 'Mutuelle : prise en charge 100 % ALD (M. Roux).'],
    ['health', 'Note : Mme Blanc a perdu son bébé en mai.'],
    ['health', 'Note : M. Roux revient d’une cure thermale pour ses rhumatismes.'],
    ['health', 'Note : Mme Blanc a fait une syncope.'],
    // a member said with « être à », a labour court's judge by their union; a Friday's abstinence
    ['union_membership', 'M. Roux est à la CGT depuis 2010.'],
    ['union_membership', 'Mme Blanc est à FO, dit-elle.'],
    ['union_membership', 'Mme Blanc a rejoint la CGT l’an dernier.'],
    ['union_membership', 'M. Roux vient de rejoindre FO.'],
    // a cancer's spread, its treatments (a home help's, a coach's notes)
    ['health', 'M. Blanc a des métastases osseuses.'],
    ['health', 'Mme Roux est sous immunothérapie depuis mars.'],
    ['health', 'M. Blanc est sous assistance respiratoire, ne pas couper l’électricité.'],
    ['health', 'Coach sportif : Mme Blanc a une pathologie cardiaque, effort modéré.'],
    ['health', 'M. Blanc : visite médicale, inapte au port de charges.'],
    ['union_membership', 'M. Roux est conseiller prud’homal CFDT.'],
    ['religion', 'M. Roux ne mange pas de viande le vendredi.'],
    // an intake form's conditions answered yes
    ['health', 'Nom : Blanc ; Diabète : oui'],
    ['health', 'Nom : Roux ; Pacemaker : oui\nTéléphone : 06 12 34 56 78'],
    ['health', 'Nom : Blanc ; Êtes-vous enceinte ? Oui'],
    ['health', 'Fiche client\n- Problèmes de dos : oui\n- Opérations récentes : non'],
    ['health', 'Souffrez-vous de migraines ? oui'],
    ['health', 'Prenez-vous des anticoagulants ? Oui'],
    ['health', 'Avez-vous déjà eu une phlébite ? Oui'],
    // a question put to the reader, answered: a filled form's, no advice's
    ['health', 'Votre enfant a-t-il de l’asthme ? Oui'],
    // its question put of the child in the third person (a holiday camp's form), the answer after it
    ['health', 'Votre enfant a-t-il des allergies ? Oui : arachide'],
    ['health', 'Votre enfant prend-il un traitement en cours ? Oui'],
    // (a question of someone's condition keeps it: only the condition's own, an article opening it, is no one's)
    ['health', 'Est-il diabétique ?'],
    ['health', 'Le diabète de Mme Roux est-il équilibré ?'],
    ['health', 'Mon fils est asthmatique, est-ce un problème ?'],
    ['health', 'Mme Roux, ni fumeuse ni diabétique, est asthmatique.'],
    ['health', 'Mme Roux : en cas de crise d’épilepsie, appeler le 15.'],
    ['health', 'Ma dépression m’empêche de travailler.'],
    ['health', 'Mes crises d’angoisse reviennent la nuit.'],
    // its « oui » ticked, as a Word or PDF form's box is read (« ☒ oui ☐ non »)
    ['health', 'Nom : Blanc ; Diabète : ☒ oui ☐ non'],
    ['health', 'Nom : Roux ; Pacemaker : ☒ Oui ☐ Non'],
    ['health', 'Nom : Blanc ; Êtes-vous enceinte ? ☒ Oui ☐ Non'],
    // a physiotherapist's, an osteopath's diagnoses
    ['health', 'M. Roux : coxarthrose.'],
    ['health', 'Mme Blanc : périarthrite de l’épaule.'],
    ['health', 'Mme Blanc : canal carpien opéré.'],
    ['health', 'M. Roux : syndrome rotulien.'],
    ['health', 'Mme Blanc : algodystrophie.'],
    ['health', 'M. Roux : pubalgie.'],
    ['health', 'M. Roux a un torticolis.'],
    ['health', 'M. Roux : ligamentoplastie du genou.'],
    ['health', 'Mme Blanc : prothèse totale de hanche.'],
    ['health', 'M. Roux : déchirure musculaire au mollet.'],
    // a psychologist's notes
    ['health', 'M. Roux a des pensées noires.'],
    ['health', 'M. Roux se mutile.'],
    ['health', 'Mme Blanc a fait un séjour en clinique psychiatrique.'],
    ['health', 'Mme Blanc a un trouble de l’attachement.'],
    ['health', 'Mme Blanc fait de l’hyperphagie.'],
    ['health', 'Mme Blanc est dans le spectre autistique.'],
    ['health', 'M. Roux est Asperger.'],
    ['criminal_offence', 'M. Roux a subi des attouchements dans l’enfance.'],
    ['criminal_offence', 'Mme Blanc a été violée à 17 ans.'],
    ['criminal_offence', 'M. Roux a été harcelé au travail.'],
    // an expense sheet's or a bank statement's terse labels: an allowance, dues, a gift of the account's holder
    ['health', '12/03/2024;VIR CAF AAH;904,65'],
    ['health', '12/03/2024;VIR CPAM PENSION INVALIDITE MME BLANC;1200,00'],
    ['union_membership', '12/03/2024;PRLV SEPA CGT COTISATION;15,00'],
    ['religion', '12/03/2024;VIR DENIER DU CULTE PAROISSE ST PIERRE;50,00'],
    ['union_membership', 'Mme Blanc : cotisation CGT 15 €'],
    ['political', 'M. Roux : adhésion PS 30 €'],
    ['health', 'M. Roux : pension invalidité 1200 €'],
    // a funeral director's notes: the deceased's faith, a pacemaker to remove, a suicide
    ['religion', 'Obsèques religieuses selon les souhaits du défunt.'],
    ['health', 'Le défunt était porteur d’un pacemaker, à retirer avant la crémation.'],
    ['religion', 'Obsèques civiles, le défunt était athée.'],
    ['health', 'M. Roux s’est suicidé le 12 mars.'],
    ['health', 'Cause du décès de M. Roux : suicide.'],
    ['health', 'Son fils a mis fin à ses jours.'],
    ['health', 'Mme Blanc est suicidaire depuis des mois.'],
    // a loan insurance broker's health questionnaires, answered yes
    ['health', 'Avez-vous été hospitalisé(e) au cours des 10 dernières années ? Oui, appendicite en 2019'],
    ['health', 'Au cours des 5 dernières années, avez-vous été en arrêt de travail plus de 30 jours ? Oui'],
    ['health', 'Suivez-vous un traitement médical régulier ? Oui, Levothyrox'],
    ['health', 'Avez-vous subi une intervention chirurgicale ? ☒ Oui ☐ Non'],
    ['health', 'Percevez-vous une pension d’invalidité ? Oui'],
    // an HR consultant's, a nurse's, a doula's, a travel agent's notes
    ['health', 'Mme Blanc est en congé de longue durée depuis mars.'],
    ['health', 'Demande de reconnaissance de maladie professionnelle pour M. Morel.'],
    ['health', 'Soins palliatifs à domicile pour M. Roux.'],
    ['health', 'M. Roux part en EHPAD le 3 avril.'],
    ['health', 'Mme Blanc, accouchement prévu le 12 juin.'],
    ['health', 'Mme Roux voyage avec sa bouteille d’oxygène.'],
    ['health', 'Mme Roux est sous oxygénothérapie.'],
    ['health', 'M. Roux a une endocardite.'],
    ['health', 'Léo a un suivi orthoptique.'],
    ['criminal_offence', 'M. Roux a été déféré au parquet.'],
    ['religion', 'M. Morel fréquente assidûment la mosquée.'],
    // a sex therapist's notes
    ['sex_life', 'M. Roux est libertin.'],
    ['sex_life', 'Mme Blanc pratique le libertinage.'],
    // a payroll's sick pay and a parent's leave, a disabled worker, a disabled sport's player
    ['health', 'IJSS perçues pour Mme Roux : 312,40 €.'],
    ['health', 'Congé de présence parentale pour Mme Roux (enfant malade).'],
    ['health', 'Mme Blanc bénéficie de l’AJPP pour son fils.'],
    ['health', 'M. Roux, travailleur handicapé, contribution AGEFIPH.'],
    ['health', 'Licencié handisport : M. Roux.'],
    // an association helping migrants: a mutilation suffered, an orientation persecuted, political opinions
    ['health', 'Mme Koné a subi une excision.'],
    ['health', 'Mme Koné est excisée.'],
    ['sexual_orientation', 'Mme Petrova a été persécutée pour son homosexualité.'],
    ['political', 'M. Ali a été emprisonné pour ses opinions politiques.'],
    ['political', 'M. Karimi est un opposant politique au régime iranien.'],
    ['political', 'M. Karimi est réfugié politique.'],
    // an agenda's medical examinations, a smoker who stops
    ['health', 'Vendredi : Mme Blanc, IRM cérébrale'],
    ['health', 'M. Roux passe une coloscopie lundi.'],
    ['health', 'Mme Blanc : mammographie de contrôle.'],
    ['health', 'M. Roux a une échographie cardiaque.'],
    ['health', '14h : M. Roux, suivi diabéto'],
    ['health', 'SUMMARY:Mme Roux - hypnose arrêt tabac'],
    ['health', 'M. Roux arrête de fumer avec des patchs.'],
    // a special educator's notes: a home, a workshop, a class for disabled people, a day hospital
    ['health', 'M. Roux travaille en ESAT.'],
    ['health', 'Hugo est accueilli en ITEP.'],
    ['health', 'Nathan est en classe ULIS TSA.'],
    ['health', 'Mme Roux est hébergée en foyer d’accueil médicalisé.'],
    ['health', 'M. Blanc vit en MAS.'],
    ['health', 'M. Roux est en foyer de vie.'],
    ['health', 'Léo est pris en charge en CATTP.'],
    ['health', 'Mme Blanc est suivie en HDJ psychiatrique.'],
    ['health', 'Léo est suivi en hôpital de jour.'],
    ['health', 'M. Roux est en hôpital de jour.'],
    // a dietician's, a home help's notes: a diet a doctor orders, a stoma's bag, a sleep apnoea's machine
    ['health', 'M. Roux suit un régime hyposodé.'],
    ['health', 'Mme Blanc : régime sans résidus.'],
    ['health', 'M. Roux est porteur d’une poche.'],
    ['health', 'M. Roux porte une PPC la nuit.'],
    ['health', 'Mme Blanc est sous CPAP.'],
    // a driving school's, a landlord's, a social worker's files: a disability's allowance, a licence's medical board
    ['health', 'Mme Blanc touche la PCH depuis 2021.'],
    ['health', 'Dossier PCH de M. Roux déposé.'],
    ['health', 'Locataire : M. Roux. Revenus : AAH + APL.'],
    ['health', 'M. Roux doit passer la commission médicale du permis.'],
    ['health', 'M. Roux est convoqué devant la commission médicale de réforme.'],
    // a coach's, a physiotherapist's, a nurse's notes
    ['health', 'Mme Blanc, séance de kiné post-opératoire (LCA).'],
    ['health', 'Mme Blanc, séance d’ergothérapie lundi.'],
    ['health', 'M. Roux est insulino-dépendant.'],
    ['health', 'M. Roux est insulino-traité.'],
    ['health', 'M. Roux a tenté de se suicider.'],
    ['health', 'M. Roux a une jambe amputée.'],
    ['health', 'M. Roux prend du Viagra.'],
    ['health', 'Mme Blanc allaite, pas d’huiles essentielles.'],
    // an accountant's receipts, a planner's, a caterer's notes
    ['political', 'Don au Parti socialiste de Mme Blanc : 300 €, reçu fiscal.'],
    ['political', '- Cotisation au Rassemblement national : 50 €, Mme Blanc'],
    ['religion', 'Reçu fiscal : don de M. Roux à la paroisse Saint-Jean, 150 €.'],
    ['religion', 'Mme Blanc verse la zakat chaque année.'],
    ['religion', 'M. Roux a payé sa zakat al-fitr.'],
    ['religion', 'Mme Blanc fait son ramadan, rendez-vous après 20 h.'],
    ['religion', 'Mariage de M. et Mme Roux à la synagogue de la Victoire.'],
    ['union_membership', 'Mme Blanc participe à la grève avec son syndicat.'],
    // a lawyer's, a translator's agenda; a nurse's notes
    ['criminal_offence', 'Mme Blanc, prévenue dans l’affaire de vol.'],
    ['criminal_offence', 'M. Roux, prévenu pour conduite en état d’ivresse.'],
    ['criminal_offence', 'M. Roux s’est constitué partie civile.'],
    ['criminal_offence', 'Parloir M. Roux, Fleury, 14 h.'],
    ['health', 'Résultats d’analyses de M. Roux : HbA1c 8,2 %.'],
    // a dating agency's cards, a coach's, a childminder's notes
    ['sexual_orientation', 'M. Roux, 45 ans, divorcé, recherche un homme pour relation sérieuse.'],
    ['sexual_orientation', 'Mme Blanc, 38 ans, recherche une femme pour partager sa vie.'],
    ['health', 'M. Roux est stérile.'],
    ['health', 'Mme Blanc ne peut pas avoir d’enfants.'],
    ['health', 'Lucas est suivi par le CMPP.'],
    ['criminal_offence', 'Léa a été victime de maltraitance.'],
    // a hypnotherapist's, a psychologist's notes
    ['health', 'Mme Blanc est accro au porno.'],
    ['health', 'M. Roux a un problème avec l’alcool.'],
    ['health', 'M. Roux prend de la cocaïne le week-end.'],
    ['health', 'Mme Blanc a fait une overdose en 2020.'],
    ['criminal_offence', 'M. Roux a subi des abus sexuels dans l’enfance.'],
    ['criminal_offence', 'Mme Blanc a été victime d’abus sexuels.'],
    // (« séquençage » with its « ç »: the anchors had « séquenc » only; a son, « fils », was avoided as a wire)
    ['genetic', 'Mme Blanc a fait un séquençage de son génome.'],
    ['health', 'Le fils de M. Roux a le syndrome de l’X fragile.'],
    ['health', 'Le fils de Mme Blanc a de la tension.'],
    // a home help's logbook
    ['health', 'M. Roux a besoin d’aide pour la toilette.'],
    ['health', 'M. Roux ne doit pas rester seul (chutes fréquentes).'],
    ['health', 'M. Roux est nourri par sonde.'],
    // a loan insurance broker's notes
    ['health', 'M. Roux : surprime de 50 % pour antécédent cardiaque.'],
    ['health', 'Mme Blanc a un IMC de 38.'],
    // paid sex, sex work
    ['sex_life', 'M. Roux a recours à des prostituées.'],
    ['sex_life', 'Mme Blanc travaille comme escort.'],
    // a union by its initials the list did not know
    ['union_membership', 'Mme Blanc est adhérente de la CNT.'],
    ['union_membership', 'M. Roux, membre du SNJ depuis 2010.'],
    // drugs by their brand as written with its accent (« Dépakine », « Témesta »), and a few more
    ['health', 'M. Roux prend de la Dépakine.'],
    ['health', 'Mme Blanc est sous Témesta.'],
    ['health', 'M. Roux prend du Tramadol.'],
    ['health', 'M. Roux est sous méthotrexate.'],
    // a client's e-mail
    ['health', 'J’ai rendez-vous avec mon psy à 18 h, je ne pourrai pas venir.'],
    ['health', 'Je viens de perdre mon bébé, je dois annuler.'],
    // a childminder's contract, a psychiatric hospital by « à l' », « de l' », a client's e-mail
    ['health', 'Contrat d’accueil : Jade, épileptique, protocole en cas de crise.'],
    ['health', 'M. Blanc est à l’hôpital psychiatrique.'],
    ['health', 'M. Blanc vient de sortir de l’hôpital psychiatrique.'],
    ['health', 'M. Blanc est sorti de l’hôpital psychiatrique hier.'],
    ['health', 'J’attends des résultats de biopsie.'],
    ['health', 'Je fais du cholestérol.'],
    // what someone can hardly or no longer do, their weight (a home help's, a coach's, a removal firm's notes)
    ['health', 'Mme Roux a du mal à marcher.'],
    ['health', 'M. Blanc a des difficultés à respirer la nuit.'],
    ['health', 'Mme Roux ne peut plus marcher seule.'],
    ['health', 'Mme Blanc ne voit plus de l’œil gauche.'],
    ['health', 'M. Petit est en surpoids.'],
    ['health', 'Mme Roux présente une surcharge pondérale.'],
    // a wedding planner's, an employer's, a lawyer's files
    ['religion', 'Mariage de M. Roux et Mme Blanc à l’église Saint-Pierre.'],
    ['religion', 'Mariage de Paul Roux et Anne Blanc à la mosquée de Lyon.'],
    ['religion', 'Absence de Mme Blanc : fête de Kippour.'],
    ['union_membership', 'M. Petit a été élu délégué du personnel sur la liste CFDT.'],
    ['union_membership', 'Mme Blanc, élue sur la liste FO en 2023.'],
    ['political', 'M. Roux est candidat aux municipales sur la liste de gauche.'],
    ['political', 'Mme Blanc figure sur une liste divers droite.'],
    ['criminal_offence', 'M. Roux fait l’objet d’une procédure pour abus de confiance.'],
    ['criminal_offence', 'Mme Blanc : enquête pénale pour escroquerie en cours.'],
    // a dentist's, a cosmetic surgeon's, a loan insurer's, a diving club's files
    ['health', 'Mme Roux porte un appareil dentaire.'],
    ['health', 'M. Blanc a des implants dentaires.'],
    ['health', 'M. Roux a une dent dévitalisée.'],
    ['health', 'Mme Roux a un dentier.'],
    ['health', 'Mme Blanc a fait une rhinoplastie.'],
    ['health', 'Mme Blanc, liposuccion prévue en juin.'],
    ['health', 'M. Petit a eu une greffe de cheveux.'],
    ['health', 'Mme Blanc fait du Botox tous les six mois.'],
    ['health', 'Mme Blanc : exclusion de garantie pour pathologies du dos.'],
    ['health', 'Mme Blanc perçoit une rente d’incapacité permanente de 15 %.'],
    ['health', 'M. Roux, certificat médical : contre-indication à la plongée.'],
    // a guest house's booking, a support ticket, a removal firm's, a nurse's notes
    ['health', 'Chambre pour Mme Blanc (fauteuil).'],
    ['health', 'Ticket : l’utilisateur M. Roux utilise un lecteur d’écran (aveugle).'],
    ['health', 'Mme Roux, cliente PMR, prévoir une rampe.'],
    ['health', 'M. Roux, client, sourd et muet, contact par SMS uniquement.'],
    ['health', 'Mme Petit bégaie, laisser le temps au téléphone.'],
    ['health', 'M. Blanc est en hémodialyse trois fois par semaine.'],
    ['health', 'M. Roux a une trachéotomie.'],
    // a recruiter's notes
    ['criminal_offence', 'M. Roux, trou dans le CV : incarcéré de 2019 à 2021.'],
    ['religion', 'M. Roux a demandé des pauses pour la prière.'],
    ['health', 'M. Petit souffre d’hyperhidrose.'],
    // expecting her third, as a yoga teacher's list writes it (« enceinte du stade » is a venue's)
    ['health', 'Mme Bernard, enceinte du 3e, cours adapté.'],
    // a partner of one's own sex by their name, a family's origin without anyone (a planner's, a social worker's notes)
    ['sexual_orientation', 'M. Roux est pacsé avec M. Blanc.'],
    ['sexual_orientation', 'Mme Blanc, mariée à Mme Petit depuis 2015.'],
    ['sexual_orientation', 'M. Roux, marié à M. Blanc, viendra seul.'],
    ['sexual_orientation', 'Le couple de M. Roux et M. Blanc souhaite adopter.'],
    ['sexual_orientation', 'Mariage de Mme Petit et Mme Roux le 12 juin.'],
    // after a label, as a letting agent's or a wedding planner's file writes the pair
    ['sexual_orientation', 'Couple : M. Blanc et M. Garnier, pacsés.'],
    ['sexual_orientation', 'Mariés : Mme Petit et Mme Roux, le 12 juin.'],
    ['ethnic_origin', 'Famille d’origine comorienne, parle peu le français.'],
    // a psychologist's receipt, a landlord's or an employer's notes
    ['health', 'Reçu : Mme Roux, séance d’EMDR.'],
    ['criminal_offence', 'M. Roux a été arrêté pour vol à l’étalage.'],
    ['criminal_offence', 'Mme Roux a été entendue en audition libre.'],
    // a photographer's, a caterer's files; a demonstrator; a union after « de l' »
    ['religion', 'Baptême de Léo, fils de M. et Mme Roux, le 12 mai.'],
    ['religion', 'Communion de Emma Roux à Saint-Pierre.'],
    ['religion', 'Mme Roux observe le jeûne du mois de ramadan.'],
    ['political', 'Mme Petit manifeste contre la réforme des retraites.'],
    ['political', 'M. Roux a manifesté contre la loi travail.'],
    ['union_membership', 'Mme Roux est adhérente de l’UNSA.'],
    // a cold, a stomach upset, as a crèche or a client's cancellation notes it
    ['health', 'Mme Blanc a un rhume.'],
    ['health', 'M. Blanc est enrhumé.'],
    ['health', 'Mme Petit a attrapé froid.'],
    ['health', 'M. Roux a vomi cette nuit.'],
    ['health', 'Mme Blanc a la diarrhée.'],
    ['health', 'M. Petit tousse beaucoup.'],
    ['health', 'Mme Petit a un kyste.'],
    // an elision before a space the expression wanted (« victime d' attouchements »): these were never read
    ['health', 'M. Roux est en arrêt à cause d’une maladie grave.'],
    ['health', 'Bonjour, mon fils a été opéré de l’appendicite, nous annulons.'],
    ['health', 'M. Roux se déplace à l’aide d’une canne.'],
    ['health', 'Mme Blanc est équipée d’un appareil auditif.'],
    ['health', 'Mme Roux a subi une ablation de l’utérus.'],
    ['health', 'M. Roux est amputé de l’avant-bras.'],
    ['health', 'Sa fille est menacée d’excision.'],
    ['health', 'M. Roux a été victime d’une overdose.'],
    ['criminal_offence', 'Mme Petit a été victime d’attouchements.'],
    ['criminal_offence', 'Mme Blanc : l’enquête pour escroquerie suit son cours.'],
    ['criminal_offence', 'M. Roux a payé l’amende pour excès de vitesse.'],
    ['political', 'M. Petit, en tant qu’opposant politique, a obtenu l’asile.'],
    // a drug's name ending in « é » before a \b, which knows only ASCII letters
    ['health', 'Mme Roux prend du Curacné.'],
    // a pregnancy's tests
    ['health', 'Mme Blanc a fait un diagnostic prénatal.'],
    ['health', 'Mme Roux : amniocentèse le 12 mars.'],
    ['health', 'Mme Petit, DPNI négatif.'],
    // a psychologist's, a therapist's, a coach's notes
    ['health', 'M. Roux est dépressif.'],
    ['health', 'Mme Blanc a un syndrome dépressif.'],
    ['health', 'Mme Blanc a des idées noires.'],
    ['health', 'Mme Blanc souffre d’anxiété.'],
    ['health', 'M. Roux souffre d’angoisses.'],
    ['health', 'M. Roux souffre de stress chronique.'],
    ['health', 'Mme Blanc fait de l’anxiété depuis son licenciement.'],
    ['health', 'Mme Blanc vient pour de l’anxiété au travail.'],
    ['health', 'Mme Blanc est phobique.'],
    ['health', 'M. Roux a un suivi psychologique.'],
    ['health', 'Mme Blanc est traumatisée depuis l’agression.'],
    ['health', 'M. Roux a vécu un traumatisme.'],
    ['health', 'Mme Blanc est en épuisement professionnel.'],
    ['health', 'M. Roux est déprimé depuis le décès de sa femme.'],
    ['health', 'Mme Blanc a fait une bouffée délirante.'],
    // a translator's certified copies
    ['religion', 'Traduction de l’acte de conversion à l’islam de M. Roux.'],
    ['religion', 'Conversion de M. Roux au judaïsme en 2019.'],
    // a sports club's member list: the certificate's restriction after a comma or a dash
    ['health', 'Adhérente : Mme Roux — certificat médical fourni, contre-indication à la course.'],
    ['health', 'M. Blanc — contre-indication à la plongée.'],
    ['health', 'M. Roux s’est fracturé le poignet au ski.'],
    ['health', 'Mme Blanc a une fracture de fatigue au pied.'],
    // a public writer's letters
    ['health', 'Mme Blanc : demande d’AAH.'],
    ['health', 'Mme Blanc : lettre à la mutuelle pour le remboursement de ses séances de psy.'],
    // a baker's, a caterer's orders
    ['health', 'Pièce montée sans fruits à coque : la petite Emma est allergique.'],
    ['health', 'Mme Roux est allergique, prévoir une autre crème.'],
    ['religion', 'Mme Roux : pas de porc, pas d’alcool (musulmane).'],
    ['religion', 'Menu végétarien pour M. Blanc (bouddhiste).'],
    // a printer's orders for a campaign
    ['political', 'Devis cartes de visite pour M. Roux, secrétaire de section du PS.'],
    ['political', 'M. Roux est trésorier de la section PS.'],
    ['political', 'Impression des bulletins de vote de la liste de M. Roux (divers droite).'],
    ['political', 'Mme Blanc, tête de liste divers droite.'],
    ['criminal_offence', 'Courrier au SPIP pour M. Roux.'],
    // a funeral director's notes: a faith after the titled name and a comma, and its absence said
    ['religion', 'Défunt : Mme Roux, musulmane.'],
    ['religion', 'Mme Roux, athée.'],
    ['religion', 'M. Roux est non croyant, cérémonie civile.'],
    ['religion', 'Le défunt était non-croyant.'],
    // a therapist's notes
    ['health', 'M. Roux a des envies de mourir depuis son divorce.'],
    ['health', 'Mme Blanc fait des cauchemars depuis l’accident.'],
    // (a question, but a parent's own)
    ['health', 'Mon enfant fait des cauchemars, est-ce grave ?'],
    // (a patient followed by a specialist, not the specialist's own card: below)
    ['health', 'Mme Roux est suivie par un spécialiste du diabète.'],
    // an appointment with a practitioner written short (a calendar's, a nanny's notes)
    ['health', 'Mme Blanc : RDV gynéco le 12/03.'],
    ['health', 'RDV dentiste pour Léo.'],
    ['health', 'RDV kiné pour Mme Kerbrat.'],
    ['health', 'Mme Roux est suivie par une podologue.'],
    // (« je » after « je vous », a price not right after the condition, a specialist one sees for a list)
    ['health', 'Je vous informe que je suis enceinte de trois mois.'],
    ['health', 'Mme Roux : enceinte, 60 € réglés.'],
    ['health', 'Elle soulage sa douleur au dos avec de la codéine.'],
    // (a form's answer after the advice's colon; a parent's own child)
    ['health', 'Si votre enfant est allergique, précisez : arachide'],
    ['health', 'Mon fils est asthmatique, prévenez l’animateur.'],
    ['health', 'M. Blanc est suivi par un spécialiste du diabète et de l’obésité.'],
    // a tattooist's health form, its plan (« protocole ») beside the disease; a home help's file (the elder's allowance)
    ['health', 'Mme Petit est porteuse de l’hépatite C, prévoir protocole.'],
    ['health', 'Mme Bernard est bénéficiaire de l’APA.'],
    ['health', 'M. Bernard perçoit l\'APA depuis 2023.'],
    // a caterer's order, a planner's or a photographer's notes: a faith's meal, a blessing, a canopy, a communion
    ['religion', 'Commande de M. Cohen : buffet casher, vaisselle séparée.'],
    ['religion', 'Cérémonie laïque pour Amina et Julien, la famille d’Amina souhaite une bénédiction par l’imam.'],
    ['religion', 'Photographe : mariage de Sarah et David, houppa à 16 h.'],
    ['religion', 'Communion solennelle de Chloé Martin le 12 mai.'],
    // a sworn translator's files: an asylum seeker's people, a refugee, an opponent
    ['ethnic_origin', 'Récit de M. Ahmadi : persécuté en raison de son appartenance à l’ethnie hazara.'],
    ['political', 'Mme Nguyen, réfugiée politique, arrivée en 2019.'],
    ['political', 'Mme Nguyen est opposante au régime.'],
    ['criminal_offence', 'M. Fabre a été contrôlé positif à l’alcoolémie.'],
    // an employer's notes: a faith's garment, worship every week
    ['religion', 'M. Singh porte le turban, casque adapté à prévoir.'],
    ['religion', 'M. Roux se rend chaque dimanche à la messe.'],
    // a social worker's or a translator's notes: an origin, a community, a people
    ['ethnic_origin', 'Mme Blanc est antillaise, arrivée en métropole en 2001.'],
    ['ethnic_origin', 'Mme Blanc appartient à la communauté arménienne de Marseille.'],
    ['ethnic_origin', 'M. Roux est issu de la communauté juive de Tunis.'],
    ['ethnic_origin', 'M. Traoré, né au Sénégal, d’origine peule.'],
    // an accountant's lines: dues to a party, a gift to a church, after the client's name
    ['political', 'M. Roux : cotisation au Parti communiste, 120 €'],
    ['religion', 'Mme Roux : don à l’Église protestante unie, reçu fiscal'],
    // an estate agent's file: a tenant's disability, a wheelchair after the name
    ['health', 'Dossier de Mme Roux, locataire handicapée, demande un logement adapté.'],
    ['health', 'M. Blanc, en fauteuil roulant, cherche un rez-de-chaussée.'],
    // a social worker's, a landlord's notes: a disability or an origin said right after the name
    ['health', 'Mme Roux, handicapée, demande un logement adapté.'],
    ['ethnic_origin', 'M. Roux est un gitan, il vit en caravane.'],
    // a beautician's, a genetic counsellor's notes
    ['health', 'Mme Blanc a une candidose, reporter le soin.'],
    ['genetic', 'Mme Blanc, antécédents familiaux de Huntington, test prédictif positif.'],
    // a party or a movement after « de », « chez »; a church named by its doctrine
    ['political', 'M. Roux est membre de LFI.'],
    ['political', 'M. Roux est militant chez Attac.'],
    ['religion', 'M. Roux est adepte de la scientologie.'],
    // a couple counsellor's notes: an affair, pain during sex
    ['sex_life', 'M. Roux a une maîtresse depuis deux ans.'],
    ['sex_life', 'Mme Blanc a des douleurs pendant les rapports.'],
    // a blood group after the name, an illness that keeps coming back (a swimming teacher's), autism's initials after « est »
    ['health', 'M. Roux (62 ans), groupe sanguin AB négatif.'],
    ['health', 'Natation : Emma, otites à répétition, bouchons.'],
    ['health', 'Léo est TSA, séances courtes.'],
    // a mediator's, a landlord's, an employer's notes: blows on a partner or a child, a court's measures, a warrant
    ['criminal_offence', 'M. Roux a frappé sa femme.'],
    ['criminal_offence', 'Il a frappé son fils, signalement fait.'],
    ['criminal_offence', 'Il battait régulièrement sa femme.'],
    ['criminal_offence', 'M. Roux a une obligation de soins.'],
    ['criminal_offence', 'M. Roux est en semi-liberté.'],
    ['criminal_offence', 'M. Roux est sous le coup d\'un mandat d\'arrêt.'],
    ['criminal_offence', 'M. Roux a été déchu de ses droits civiques.'],
    ['criminal_offence', 'M. Roux est recherché par la police.'],
    ['criminal_offence', 'Mme Blanc est interdite de gérer depuis 2022.'],
    ['criminal_offence', 'M. Roux a un antécédent de vol à l\'étalage.'],
    // a photographer's, an employer's, a translator's notes: a baptism's church, a veil, a people
    ['religion', 'Baptême orthodoxe de la petite Anna.'],
    ['religion', 'Mme Roux porte le niqab.'],
    ['ethnic_origin', 'M. Roux est sépharade.'],
    ['ethnic_origin', 'Mme Blanc est créole.'],
    ['ethnic_origin', 'M. Roux est un Peul du Fouta.'],
    ['health', 'Mme Blanc a le syndrome de Gougerot.'],
    ['health', 'M. Roux a le papillomavirus.'],
    // a campaign's leaflets handed out, a union's federation joined, a movement's or a league's member
    ['political', 'M. Roux a tracté pour le RN.'],
    ['union_membership', 'Mme Blanc a rejoint Sud Rail.'],
    ['political', 'M. Roux est membre d\'Extinction Rebellion.'],
    ['political', 'Mme Blanc milite à la LDH.'],
    // a psychotherapist's, a nanny's notes
    ['health', 'M. Roux entend des voix.'],
    ['health', 'Emma est encoprétique.'],
    ['health', 'Léo a un retard mental.'],
    // a recruiter's, an audiologist's, a home help's notes
    ['criminal_offence', 'M. Roux a été en détention de 2015 à 2018 (trou dans le CV).'],
    ['health', 'M. Roux, surdité bilatérale.'],
    ['health', 'Mme Blanc est appareillée.'],
    ['health', 'Mme Blanc a une aide à domicile pour sa toilette.'],
    ['health', 'Mme Blanc est dépendante pour les actes de la vie quotidienne.'],
    ['health', 'M. Roux a besoin d\'un lit médicalisé.'],
    ['health', 'Mme Blanc a un déambulateur.'],
    // a home help's care plan listing the equipment, a driving school's pupil, a guest's nephew
    ['health', 'Mme Roux : déambulateur, aide au lever.'],
    ['health', 'M. Blanc — aide à la toilette, lit médicalisé, passage matin et soir.'],
    ['criminal_offence', 'M. Thomas Petit : annulation de permis, doit repasser le code.'],
    ['health', 'Neveu autiste, prévoir un accompagnement.'],
    // a client's e-mail: a therapist seen, an operation undergone said alone
    ['health', 'Je vois un psy depuis janvier.'],
    ['health', 'Elle voit une psychologue le mardi.'],
    ['health', 'J\'ai été opérée la semaine dernière, je dois décaler.'],
    ['health', 'M. Roux a été opéré le 3 mars.'],
    // a naturopath's, a lymphatic drainer's notes
    ['health', 'Mme Blanc a la maladie de Raynaud.'],
    ['health', 'M. Roux fait de la rétention d\'eau.'],
    ['health', 'Mme Blanc a un lipœdème.'],
    // a lawyer's, a mediator's, an employer's notes: a record, a sentence, a suspicion, facts admitted
    ['criminal_offence', 'M. Roux a un casier chargé.'],
    ['criminal_offence', 'M. Roux a écopé de 6 mois ferme.'],
    ['criminal_offence', 'Mme Blanc est soupçonnée de détournement.'],
    ['criminal_offence', 'M. Roux a reconnu les faits de vol.'],
    ['criminal_offence', 'M. Roux a eu affaire à la justice.'],
    // a notary's, a bank adviser's file: a protected adult
    ['health', 'M. Roux est sous tutelle.'],
    ['health', 'Mme Blanc est sous curatelle renforcée.'],
    ['health', 'Locataire en curatelle renforcée (M. Lambert).'],
    ['health', 'Mme Roux est en tutelle, contacter l’UDAF.'],
    ['health', 'Mme Blanc, sous sauvegarde de justice depuis mai.'],
    ['health', 'M. Roux, majeur protégé (UDAF).'],
    // a naturopath's, a speech therapist's, a nurse's notes
    ['health', 'M. Roux a un SII.'],
    ['health', 'Léo va chez l\'orthophoniste le mardi.'],
    ['health', 'M. Roux a une colostomie.'],
    ['health', 'M. Roux est stomisé.'],
    ['health', 'Mme Blanc souffre de dysphorie de genre.'],
    // a therapist's, a coach's notes: a gender identity
    ['sex_life', 'Mme Blanc est transgenre.'],
    ['sex_life', 'Mme Blanc est une femme trans.'],
    ['sex_life', 'M. Roux est en transition de genre.'],
    ['sex_life', 'Léo est un jeune trans suivi depuis 2023.'],
    ['sex_life', 'Léo est non binaire, dit sa mère.'],
    ['sex_life', 'Nom;Notes\r\nLéo Petit;est non binaire\r\n'],
    // an assault suffered or committed
    ['criminal_offence', 'Mme Blanc a été agressée en rentrant chez elle.'],
    ['criminal_offence', 'Mme Blanc s\'est fait agresser dans le métro.'],
    ['criminal_offence', 'Son ex l\'a agressée en 2022, dit Mme Blanc.'],
    ['criminal_offence', 'M. Roux a agressé sa voisine.'],
    // a funeral director's notes
    ['religion', 'M. Roux souhaitait une messe d\'enterrement.'],
    // a sports coach's notes, a client's e-mail, a lodge's member
    ['health', 'M. Roux a les ligaments croisés rompus.'],
    ['health', 'M. Roux s\'est fait les croisés au ski.'],
    ['political', 'Je suis à la manif contre la réforme, je décale.'],
    ['political', 'M. Roux était à la manifestation pour le climat.'],
    ['religion', 'Mme Blanc est membre du Grand Orient.'],
    ['religion', 'M. Roux a été initié à la Grande Loge.'],
    // a union named at the end of a cell or of a Windows line, an illness's initials before a Windows line's end
    ['union_membership', 'M. Roux est à FO'],
    ['union_membership', 'M. Roux est à FO\r\nMme Blanc vient demain.'],
    ['health', 'M. Roux est en ALD\r\n'],
    ['health', 'Il fume\r\nM. Roux vient lundi.'],
    // a phrase whose words before it are not there leaves the words it holds to the others (« syndicat CGT » without
    // « secrétaire du » before it: « CGT cotisation » is read)
    ['union_membership', 'Syndicat CGT cotisation mensuelle de M. Roux : 15 €.'],
    // a client's disability beside them, in a craftsman's or a landlord's notes; a heavy treatment taken
    ['health', 'Client aveugle, lui lire le devis.'],
    ['health', 'Mme Roux, aveugle, vit seule.'],
    ['health', 'Cliente à mobilité réduite, prévoir rampe.'],
    ['health', 'Locataire à mobilité réduite au rez-de-chaussée.'],
    ['health', 'Enfant porteur de handicap.'],
    ['health', 'Ne pas appeler avant 11 h : M. Roux prend un traitement lourd.'],
    ['health', 'Elle est sous traitement lourd depuis mars.'],
    // a suspended sentence, an electronic tag said briefly
    ['criminal_offence', 'Il a un sursis avec mise à l’épreuve.'],
    ['criminal_offence', 'Il a écopé d’un sursis.'],
    ['criminal_offence', 'Elle est placée sous bracelet depuis juin.'],
    // a catheter worn, an exam's extra time for a disability
    ['health', 'Mme Blanc a un cathéter, passer le matin.'],
    ['health', 'Il bénéficie d’un tiers-temps aux examens.'],
    ['health', 'Léa a droit au tiers-temps.'],
    // a trial or a court for an offence, a mind failing with age, a gender transition, a few medicines more, a circumcision
    // at a line's start (an event's list)
    ['criminal_offence', 'Il est en procès avec son ex pour violences.'],
    ['criminal_offence', 'Elle est en procès contre son ancien employeur pour harcèlement.'],
    ['criminal_offence', 'Il passe au tribunal pour vol le mois prochain.'],
    ['criminal_offence', 'Procès pour fraude fiscale de M. Roux en juin.'],
    ['health', 'Il perd la tête depuis quelques mois.'],
    ['health', 'Mme Roux perd un peu la tête, sa fille passe tous les jours.'],
    ['health', 'Elle commence à perdre la tête.'],
    ['sex_life', 'Elle a fait sa transition l’an dernier.'],
    ['sex_life', 'Léo a commencé sa transition, l’appeler Léo.'],
    ['health', 'M. Roux est sous Seresta.'],
    ['health', 'Il est sous cortisone depuis mars.'],
    ['health', 'Cliente sous oxazépam depuis son divorce.'],
    ['health', 'Circoncision de Noah, fils de M. Roux'],
    // a party's gift or membership with the giver's name between
    ['political', 'Don de M. Roux au Parti socialiste : 200 €'],
    ['political', 'Adhésion de Mme Roux au Parti communiste'],
    // a long-term illness without its « de », medical restrictions opening a line
    ['health', 'Il a une affection longue durée.'],
    ['health', 'Restrictions médicales : pas de port de charges pour M. Roux'],
    ['health', 'Restriction médicale pour M. Roux : pas de travail de nuit'],
    ['health', 'Mme Petit;Restrictions médicales : pas de port de charges'],
    ['health', 'Samedi;Circoncision de Noah;40 couverts'],
    // a sect joined, a faith left
    ['religion', 'Elle est dans une secte depuis deux ans.'],
    ['religion', 'Il a apostasié l’an dernier.'],
    ['religion', 'M. Roux a fait une demande d’apostasie.'],
    // a union's representative by the union's name
    ['union_membership', 'Elle est représentante de la CFDT.'],
    ['union_membership', 'M. Roux, représentant du SNES'],
    // memory, behaviour, sight and hearing troubles, an eating disorder in the singular, a named organ's disease
    ['health', 'Il a des troubles de la mémoire.'],
    ['health', 'Elle a des troubles mnésiques.'],
    ['health', 'Le fils de Mme Roux a des troubles du comportement.'],
    ['health', 'Elle a des troubles de la vue, dit sa fille.'],
    ['health', 'Elle a des troubles auditifs.'],
    ['health', 'Il a des troubles musculo-squelettiques.'],
    ['health', 'Elle a un trouble alimentaire.'],
    ['health', 'Il a une maladie rénale.'],
    ['health', 'Elle a une maladie rare.'],
    ['health', 'Mme Blanc;Troubles de la mémoire, ne pas laisser seule'],
    // a wheelchair, and the wheelchair after an age
    ['health', 'Il est en chaise roulante.'],
    ['health', 'Mme Roux, 85 ans, en fauteuil, sonner longtemps'],
    // a party named after « des », « aux »; a list's side, a party's label
    ['political', 'Adhérent des Républicains depuis 2010, M. Roux'],
    ['political', 'Mme Roux : cotisation aux Républicains, 30 €'],
    ['political', 'Il a versé un don aux Républicains.'],
    ['political', 'Elle est élue municipale sur la liste écologiste.'],
    ['political', 'Il figurait sur la liste communiste en 2014.'],
    ['political', 'Il est élu sous l’étiquette LR.'],
    ['political', 'Il se présente sous l\'étiquette Renaissance.'],
    // a Masonic lodge of an obedience
    ['religion', 'Il est membre de la loge du Grand Orient.'],
    ['religion', 'Sa loge du Grand Orient se réunit le jeudi.'],
    // a skin disease, herpes, an artificial anus; a vaccination received; a chronic pain, an anaphylactic shock had
    ['health', 'Elle a une maladie de peau.'],
    ['health', 'Elle a l’herpès.'],
    ['health', 'Mme Roux : bouton d’herpès'],
    ['health', 'Il a un anus artificiel.'],
    ['health', 'Il a été vacciné contre le covid.'],
    ['health', 'Léa (4 ans) : vaccinée contre la rougeole'],
    ['health', 'Elle a des douleurs chroniques.'],
    ['health', 'Sa douleur chronique l’empêche de dormir, dit Mme Roux.'],
    ['health', 'Elle a fait un choc anaphylactique aux arachides l’été dernier.'],
    // a union activist, a works council's seat for a union
    ['union_membership', 'Elle est militante syndicale depuis 20 ans.'],
    ['union_membership', 'Il siège au comité d’entreprise pour la CGT.'],
    ['union_membership', 'Elle siège au CSE pour FO.'],
    // a ban from the French territory (a criminal court's penalty)
    ['criminal_offence', 'Il est interdit du territoire français.'],
    ['criminal_offence', 'Elle est interdite de territoire.'],
    // a gender identity said short
    ['sex_life', 'Elle est trans, l’appeler Léa.'],
    ['sex_life', 'M. Roux est trans.'],
    // one's own therapist, as a client writes it; a rehabilitation under way
    ['health', 'Je suis en plein divorce et je dors mal, mon psy m’a conseillé de venir.'],
    ['health', 'Ma psychologue m’a dit de reprendre le sport.'],
    ['health', 'Je suis en rééducation après mon accident.'],
    // a home-care card's: a patient lift, a commode chair, home nursing (SSIAD)
    ['health', 'Il a besoin d’un lève-personne.'],
    ['health', 'Elle a une chaise percée dans la chambre.'],
    ['health', 'Il a un verticalisateur depuis l’été.'],
    ['health', 'Mme Roux est suivie par le SSIAD.'],
    // (fifty-seventh session) a guest or a relative « en fauteuil » on a wedding's list; a diet's reason in brackets
    ['health', 'Invité en fauteuil, prévoir une table accessible.'],
    ['health', 'Sa grand-mère en fauteuil sera au premier rang.'],
    ['health', 'Le témoin en fauteuil arrivera en avance.'],
    ['religion', 'Mme Roux : pas de viande le vendredi (religion).'],
    ['religion', 'Le marié ne boit pas d\'alcool (religion), prévoir des softs.'],
    // (fifty-seventh session) a tutor's, a planner's, a home help's notes: autism by its initials, a pupil in ULIS, a
    // cleft lip, dialysis at home, a parent named « maman », a relative at the end of life
    ['health', 'Il a un TSA.'],
    ['health', 'Enfant avec TSA, diagnostiqué en 2023.'],
    ['health', 'Tom, 14 ans, haut potentiel, TSA léger.'],
    ['health', 'Noah, élève en ULIS.'],
    ['health', 'Élève en classe ULIS, bienveillance ++.'],
    ['health', 'PETIT Tom;Élève en classe ULIS, à suivre'],
    ['health', 'Il a un bec-de-lièvre.'],
    ['health', 'Il a une fente labiale.'],
    ['health', 'Mme Leroy se fait dialyser à domicile.'],
    ['health', 'La maman est diabétique.'],
    ['health', 'Le fils de Mme Roux est en fin de vie.'],
    // (fifty-seventh session) a sick leave's cause in an employer's notes, without a subject
    ['health', 'Arrêt de travail pour dépression, prolongé jusqu\'au 30.'],
    ['health', 'Arrêt de travail du 3/03 au 10/03 pour lombalgie.'],
    ['health', 'Motif de l\'arrêt : dépression.'],
    ['health', 'Visite de reprise après un cancer, aménagement de poste.'],
    // (fifty-seventh session) a rhythm is no statistic
    ['health', 'Une fois sur deux, il fait une crise d\'angoisse.'],
    ['health', 'Un jour sur deux elle a des migraines.'],
    ['health', 'Une séance sur deux, elle fait une crise d\'angoisse.'],
    ['religion', 'Pendant le ramadan, M. Haddad préfère les rendez-vous le matin.'],
    // (fifty-eighth session) an association helping asylum seekers: a party unnamed, a people without a country
    ['political', 'M. Yilmaz, militant d\'un parti d\'opposition, a fui la Turquie.'],
    ['political', 'Mme Sow est membre d’un parti politique interdit dans son pays.'],
    ['political', 'Il milite dans un parti d\'opposition depuis 2015.'],
    ['ethnic_origin', 'Mme Dudaeva est tchétchène.'],
    ['ethnic_origin', 'M. Tursun, ouïghour, a été interné deux ans.'],
    ['ethnic_origin', 'M. Yilmaz, demandeur d\'asile kurde, est arrivé en mars.'],
    ['ethnic_origin', 'Réfugiée tchétchène, Mme Dudaeva cherche un logement.'],
    ['ethnic_origin', 'Mme Vang est hmong, elle parle peu le français.'],
    ['ethnic_origin', 'Mme Uwase est tutsie.'],
    ['ethnic_origin', 'Mme Abebe, d\'origine oromo, a été persécutée.'],
    // (a taxi's bookings)
    ['health', 'Course VSL : Mme Leroy, aller-retour centre de dialyse, lundi mercredi vendredi.'],
    ['health', 'Mme Leroy va au centre de dialyse trois fois par semaine.'],
    // (a therapist's terse notes: the patient, the child, abbreviated)
    ['health', 'Pat. 34 a, TAG, insomnies, ttt sertraline 50'],
    ['health', 'Enf. 8 a, TDAH, bilan neuropsy demandé'],
  ] as Array<[FindingType, string]>)('%s: %s', (type, t) => {
    expect(typesIn(t)).toContain(type);
  });
  it('reads an allergy alone as health, and the pork it keeps someone from as no faith', () => {
    expect(typesIn('Il ne mange pas de porc, il est allergique, dit-il.')).toEqual(['health']);
  });
  it.each([
    'Tarif réduit : étudiant, handicapé, chômeur.',
    'Places réservées aux personnes âgées, handicapées.',
    'Léo a une maîtresse sévère cette année.',
    'Mme Blanc a des douleurs pendant les rapports d’activité.',
    'Il a regardé un reportage sur la scientologie.',
    'Le test prédictif est proposé aux apparentés majeurs.',
    'La candidose est une infection fréquente.',
    'Rappel, groupe sanguin O- : donneur universel.',
    'Les otites à répétition chez l’enfant : que faire ?',
    'Il frappe à la porte.',
    'M. Roux bat son record personnel.',
    'Le mandat d’arrêt européen facilite les extraditions.',
    'Il est interdit de gérer une société sans immatriculation.',
    'Antécédents de vol de véhicule dans le quartier : 3.',
    'La cuisine est créole.',
    'Le vaccin contre le papillomavirus est recommandé dès 11 ans.',
    'Taux de LDH élevé à contrôler.',
    'M. Roux bat son père aux échecs.',
    'Il entend des voix dans l’appartement d’à côté.',
    'La commune a été placée sous tutelle de l’État, dit M. Roux.',
    'La commune a été mise en tutelle de l’État, dit M. Roux. La filiale est en tutelle administrative, dit-il.',
    'L’entreprise est sous tutelle du ministère, dit M. Roux.',
    'Le majeur protégé : définition et droits, dit M. Roux.',
    'M. Roux travaille chez SII depuis 2019.',
    'Les femmes trans-atlantiques, dit M. Roux. Un homme transporté à l’hôpital, dit-il.',
    'Le fichier est non binaire, dit M. Roux. Une logique non binaire, dit-il.',
    'M. Roux : la transition énergétique est en cours.',
    'Sa peau a été agressée par le froid, dit M. Roux. Le produit m’a agressé les yeux, dit-il.',
    'Ce gel m’a agressé l’épiderme, dit M. Roux. Ce collyre m’a agressé l’œil, dit-il.',
    'Forfait messe d’enterrement : 150 €, dit M. Roux.',
    'Il va chez le coiffeur, dit M. Roux.',
    'La transidentité : un article de fond, dit M. Roux. Le changement de sexe dans le roman, dit-il.',
    'Les ligaments croisés : anatomie du genou, dit M. Roux. Les mots croisés de M. Roux sont finis. Il a les bras croisés, dit-il.',
    'La manifestation pour les 100 ans du club aura lieu samedi, dit M. Roux.',
    'Le Grand Orient de France organise une conférence, dit M. Roux.',
    'La surdité profonde touche 1 % de la population.',
    'Le voilier a appareillé à 6 h.',
    'Le virement a été opéré hier.',
    'Un changement a été opéré dans son logiciel.',
    'Le bac de rétention d’eau est à nettoyer.',
    'Il a écopé de 3 mois de retard sur le chantier.',
    'Location de lit médicalisé : 30 € par semaine.',
    'Matériel disponible à la location : déambulateur, fauteuil garde-robe, lève-personne.',
    'Annulation de permis de construire pour M. Roux.',
    'Aide à domicile pour la toilette : 25 € de l’heure.',
    'Le Sud Rail Express part à 8h.',
    'Photographe : baptême catholique de vos enfants, forfait 300 €.',
    'C’est un parti pris esthétique.',
    'Nous soutenons une campagne de santé publique sur le diabète.',
    'La dépression atmosphérique a retardé le chantier.',
    'Installation d’une enceinte bluetooth.',
    'La césarienne est une intervention chirurgicale pratiquée dans 20 % des naissances.',
    'Le salarié déclaré inapte à son poste bénéficie d’un reclassement.',
    'Si vous êtes déclaré inapte au travail, votre employeur doit chercher un reclassement.',
    'Les élèves en situation de handicap peuvent être accompagnés par une AESH.',
    'Un enfant prématuré a besoin de soins adaptés.',
    'L’épidémie de grippe arrive, pensez au vaccin.',
    'Le moteur est grippé, il a une courroie à changer.',
    'Le chantier l’a arrêté deux jours, il a repris lundi.',
    'Le bus a fait un arrêt de 10 minutes à Quimper.',
    'Les maux de tête sont fréquents chez l’adulte.',
    'Les troubles alimentaires touchent surtout les adolescents.',
    'Le traitement des données est décrit ci-dessous.',
    'Le syndic de copropriété a voté les travaux.',
    'Huile d’olive d’origine italienne.',
    'Vins d’origine marocaine, thés d’origine chinoise : commande de Mme Dupont.',
    'Rendez-vous devant l’Église Saint-Pierre.',
    'Paul Martin n’est pas un enfant de chœur, méfiez-vous.',
    'La paroisse recherche des catéchistes pour la rentrée.',
    'Le servant de la pièce d’artillerie a été décoré.',
    'Boucherie halal du marché, M. Karim Benali, gérant.',
    'Où manger halal à Lyon ? Nos clients mangent halal sans le savoir.',
    'Commande de Mme Durand : menu halal du traiteur.',
    'Il faut cacher le cadeau, dit Mme Durand.',
    'Je propose une thérapie brève en 5 séances.',
    'Elle a appelé le voisin et sa femme.',
    'Le glaucome est une maladie de l’œil : dépistage gratuit au magasin.',
    'Promo sur les semelles orthopédiques, Mme Durand vous conseille.',
    'Qu’est-ce que la DMLA ? Mme Le Goff, opticienne, vous répond.',
    'Histoire d’une famille juive de Salonique, par M. Cohen.',
    'Les sympathisants écologistes se sont réunis samedi, a dit M. Durand.',
    'Il est engagé dans la vie associative.',
    'Dattes originaires du Maroc, vendues par Mme Durand.',
    'Le dossier est suivi par un cabinet de psychiatrie, dit Mme Durand.',
    'La phlébite : définition et symptômes, par le Dr Martin.',
    'Mme Le Bègue, 3 rue des Lilas, a réglé sa facture.',
    'Rendez-vous le 3 sept à 10h avec Mme Durand, une septaine de jours.',
    'La réunion de la SEP (Société d’études) aura lieu lundi, dit Mme Durand.',
    'J’ai acheté une TS-250 chez M. Durand, il a fait des tests.',
    'Tarifs : séance de psychothérapie 60 €, bilan psychomoteur 120 € (Mme Durand, psychologue).',
    'Campagne contre la migraine : une migraine sur deux est mal soignée, dit le Dr Martin.',
    'Voici l’heure de la prière selon le site de la mosquée.',
    'Mots : asgard, marisa, juice, hospitalisée, heinrich, comprenez-moi, calligraphie',
    'Elle est à l’hôpital pour son travail, elle est infirmière.',
    'Interdiction de stationner devant le garage, dit M. Durand.',
    'La liberté conditionnelle : réforme de la loi de 2024, par Mme Durand.',
    'J’ai perdu ses points de fidélité, dit Mme Durand.',
    'Le parking de l’hôpital est en travaux, dit Mme Durand.',
    // a physiotherapist's practice information: the babies it treats
    'Kiné respiratoire pour les bébés atteints de bronchiolite. Mme Anne Riou, kinésithérapeute D.E.',
    // a battery's lithium, a printer's brand, the covid as a business names it
    'Batterie sous lithium-ion, dit M. Durand.',
    'L’imprimante est en HP LaserJet, dit Mme Durand.',
    'Fermeture pendant le covid : nos aides, dit Mme Durand.',
    // a noise, a pain that is « sourd »
    'M. Durand entend un bruit sourd, il est sourd à nos relances.',
    'Le bruit du moteur est sourd, dit Mme Durand.',
    // the law on maternity leave, a payroll's rule
    'Le congé maternité dure 16 semaines, rappelle Mme Durand, juriste.',
    'Calcul des indemnités en congé maternité : voir avec M. Durand.',
    // an audiologist's offer
    'Appareils auditifs : jusqu’à 30 % de remise, dit Mme Durand, audioprothésiste.',
    'Pourquoi porter un appareil auditif ? Conseils de M. Durand.',
    // a plumber's or a cleaner's work in a hospital's room, a ward's staff, a ward's leaflet
    'Intervention M. Durand : fuite lavabo, service d’oncologie, chambre 212.',
    'Nettoyage des chambres : service de cardiologie, chambres 301 à 320 (équipe de Mme Durand).',
    'Mme Durand, infirmière en service de cardiologie, chambre de garde au 3e.',
    'Le service de réanimation compte 12 lits, dit le Dr Martin.',
    'Mme Durand, sage-femme à la maternité, recrute une auxiliaire.',
    // a practitioner's website about their sessions, in the first person
    'Je propose des séances de psychothérapie individuelle et de couple à Brest.',
    'Je réalise des bilans psychomoteurs pour les enfants de 3 à 12 ans.',
    'Mon cabinet accueille les patients pour des séances de kinésithérapie et de rééducation.',
    'Je suis psychologue et je reçois pour des consultations de psychothérapie.',
    'Comprenez-moi bien : la séance de psychothérapie ne remplace pas un suivi médical.',
    'Pour moi, la sophrologie aide à gérer les angoisses le soir.',
    'Podologue à Quimper, je réalise des orthèses plantaires sur mesure pour adultes et enfants.',
    'Hallux valgus : quand faut-il consulter ? Mes conseils.',
    'La boutique sera fermée samedi : nous fêtons Hanouka.',
    'Cette pièce fait partie de la gamme FO-200.',
    'Mme Durand est originaire de Bretagne.',
    'Mme Durand inscrit Léa à l’école catholique, famille catholique oblige.',
    'Il faut prévenir son mari.',
    'Elle a embauché sa femme de ménage.',
    'Il voyage avec son compagnon de route, et son compagnon à quatre pattes.',
    'Il vit avec sa femme et ses enfants ; elle vit avec son mari.',
    'Il est conseillé à la patiente d’en parler à son mari.',
    'Notre soin anti-acné convient à votre peau, madame.',
    'Crème pour peaux atopiques : je la conseille à ma cliente.',
    'La zona industriale di Milano, dice Marco.',
    'Opération du cœur de ville : réunion publique en mairie.',
    'Location de béquilles : il marche avec des béquilles de location, prix 5 €.',
    'Le berger avance avec une canne, dit Paul dans son roman.',
    'La dépendance au pétrole de la France inquiète.',
    'Webinaire : la thérapie cognitive pour les patients anxieux.',
    'Mon fils et sa femme ont commencé une thérapie de couple.',
    'Le régime cubain est communiste depuis 1959.',
    'Le Parti communiste tient sa fête en septembre.',
    'Rupture de stock de Xanax en pharmacie.',
    'Rupture de stock de Lovenox et de Roaccutane en pharmacie.',
    'Nos VSL sont disponibles 24 h/24. Appelez une ambulance en cas d’urgence.',
    'Depuis sa chute en bourse, M. Martin a vendu ses actions.',
    'L’entreprise de M. Martin souffre de malaises dans son organisation.',
    'Les cotisations syndicales ouvrent droit à un crédit d’impôt, rappelle M. Martin.',
    'Mme Martin, psychologue formée en EMDR. Séances EMDR sur rendez-vous, tarifs ci-dessous.',
    'Client : M. Caron\nCode OD : -3,25\nDébit OD : -3,10 m3\n',
    'Les maladies génétiques rares : journée mondiale, conférence de Mme Roux.',
    'Victime de violences conjugales ? Appelez le 3919, rappelle Mme Roux.',
    'Mme Roux, association d’aide aux victimes de violences.',
    'Mme Roux a été victime d’un cambriolage, serrure changée.',
    'Ce mot d’origine libanaise, dit Mme Roux. Pizza d’origine italienne pour M. Martin. Elle fume des Gitanes, dit Mme Roux.',
    'Invités : Mme Roux et son mari, M. Martin et sa femme, Mme Leroy et sa femme de ménage, M. Caron et son compagnon de route.',
    'Un livre pour enfants sur les familles à deux mamans, par Mme Roux.',
    'Le mariage pour tous permet le mariage de deux hommes, rappelle M. Martin.',
    // a rule stated in general, a state denied, a listicle — on a practitioner's page or in terms of sale, their name on them
    'Institut Belle & Zen — Aurélie Vasseur\nL’épilation à la lumière pulsée est contre-indiquée en cas de grossesse, d’épilepsie ou de prise de Roaccutane.',
    'Conditions générales de vente — Studio Encre Noire (Kévin Lemoine, EI)\nLe client déclare ne pas être sous anticoagulants, ne pas être enceinte et ne souffrir d’aucune maladie de peau.',
    'Blog — Julie Martin, diététicienne\nDiabète de type 2 : 5 conseils pour équilibrer son assiette.',
    'Mme Roux n’est pas enceinte. M. Martin n’est pas atteint de diabète.',
    // practitioners' own pages, their name on them
    'Maître Sophie Durand, avocate au barreau de Rennes.\nVous êtes victime de violences conjugales ? Je vous accompagne pour déposer plainte et obtenir une ordonnance de protection.',
    'Cabinet de psychologie — Claire Morvan\nJe propose des séances EMDR, la thérapie de couple et l’accompagnement des TCA.\nSuivi TCA : consultation de 45 minutes.',
    'Sophrologie — Mme Perrine Castel\nPréparation à l’accouchement en 6 séances, prise en charge par certaines mutuelles.',
    'Sophrologue : Mme Claire Morvan. Cours de préparation à l’accouchement : 45 €.',
    'Mme Morvan propose des séances de préparation à l’accouchement.',
    'Le test allergique est positif chez 3 % des clients de Mme Durand.',
    'Rampe d’accès pour fauteuil roulant à l’entrée du cabinet.',
    'Carte des allergènes sur demande ; plats adaptés aux personnes allergiques au gluten.',
    'Crème hypoallergénique, formule testée sur peaux allergiques aux parfums.',
    'Un bruit sourd venait de la chaudière, il est revenu vérifier.',
    'Elle est sourde à nos relances.',
    'Atelier de sensibilisation à la dyslexie pour les enseignants.',
    'Greffe du tribunal de commerce : dépôt des comptes annuels.',
    'Débat sur l’ouverture de la PMA à toutes les femmes.',
    'Son chat est FIV positif, vu chez le vétérinaire.',
    'La fracture numérique touche les seniors ; le nerf sciatique est le plus long du corps.',
    'La scoliose : causes et traitements, article de M. Roux.',
    'Note de M. Roux : « La scoliose : causes, symptômes et traitements » à lire.',
    'Mon ordinateur perd la mémoire, dit M. Roux.',
    'Le vaccin contre la grippe est recommandé aux plus de 65 ans, dit le Dr Martin.',
    'Les chiens non vaccinés ne sont pas acceptés au gîte, M. Roux.',
    'Vaccins obligatoires : 11 pour les enfants nés après 2018, rappelle Mme Roux.',
    'Mme Roux refuse de vacciner ses chèvres.',
    'Pose d’un clapet anti-reflux sur l’évacuation, M. Roux.',
    'Tisane bouffées de chaleur, 20 sachets, conseillée par Mme Mercier.',
    'Bas de contention classe 2, 39 €, conseil de Mme Caron, pharmacienne.',
    'Surveillance de la maison par caméra, M. Roux.',
    'M. Roux a payé INR 2,50 le thé.',
    'Les frais de dossier sont dispensés de TVA, M. Roux.',
    'Il existe des contre-indications à la pratique du yoga, explique Mme Roux, professeure.',
    'Le souffle au cœur de l’enfant est souvent bénin : article de Mme Roux.',
    'Le RGO est fréquent chez le nourrisson : article de Mme Mercier.',
    'M. Roux fait le calcul des bilans ; calculs aux normes RGPD.',
    'Le vaccin de la grippe n’est pas à jour dans le stock, dit M. Roux.',
    'Le service de néonatalogie recrute une infirmière, contact M. Roux.',
    'Le service de néonatalogie du CHU accueille les parents 24 h/24, explique Mme Dupont, cadre de santé.',
    'Stage de photographie : comment réussir les photos de mariage à l’église ou à la mosquée, avec Jean Martin.',
    'Soin contre le vieillissement prématuré de la peau, Mme Roux.',
    'La multiplication est asexuée ; M. Bernard dit que la plante est asexuelle.',
    'Le projet est écologiste, dit M. Roux.',
    'Le parti est socialiste depuis 1905, rappelle Mme Roux.',
    'La cliente est très écolo, elle préfère le bio. Mme Roux',
    'Il est mal à l’aise ; ça lui fait mal au cœur.',
    'C’est bien, elle est bio ; le moteur est bi-turbo.',
    'Campagne sur la contraception ; la pilule du lendemain est en vente libre ; il prend la pilule amère.',
    'Article : est-ce que le diabète se soigne ? Le diabète est une maladie chronique.',
    'Places réservées aux personnes à mobilité réduite.',
    'Accès handicapé à l’arrière du bâtiment.',
    'Il a obtenu les aides covid et le PGE pour son entreprise.',
    'Elle a fermé sa boutique pendant le covid.',
    'Campagne de prévention de l’AVC : elle a lieu en mai.',
    'Il lui fait une confiance aveugle.',
    'Le chirurgien a opéré de la hanche un patient hier.',
    'Le mi-temps thérapeutique : mode d’emploi pour les salariés.',
    'La boutique CBD : ici on fume du cannabis légal.',
    'Campagne de prévention : il fume du cannabis ? parlez-en.',
    'Vous voulez arrêter de fumer ? Séance d’hypnose 90 €, Nicolas Perret, hypnothérapeute.',
    'Mutuelle : vos frais d’hospitalisation remboursés à 100 %, Mme Durand.',
    'En cas d’hospitalisation de l’enfant, les parents sont prévenus aussitôt.',
    'Si votre enfant doit être gardé pendant une hospitalisation, contactez-nous.',
    'Le service d’hospitalisation à domicile recrute une infirmière.',
    'Prévention : un centre d’accueil pour les toxicomanes ouvre à Lille.',
    'Elle est infirmière en soins palliatifs à Nantes.',
    'Vaccin recommandé aux personnes immunodéprimées ; Mme Durand, pharmacienne.',
    'Le mur est refait : la fissure était dans le plâtre, Mme Roux.',
    'Le fichier est converti au format PDF, je vous l’envoie. Mme Roux',
    'Mariés à l’église du village : nos photos de mariés à l’église.',
    'Possibilité pour les futurs mariés de se marier à la mosquée.',
    'Il est adhérent à la salle de sport, Mme Roux.',
    'La détention de stupéfiants est punie par la loi.',
    'Il a mis la main dans le plâtre frais pour le lisser.',
    'Au zoo, la girafe attend un bébé pour le printemps.',
    'Le budget de l’association est amputé de 10 % cette année, Mme Roux.',
    'Le club handisport propose du basket pour les paraplégiques.',
    'Il est interne en psychiatrie à Lyon.',
    'La maladie de la vigne touche toute la région.',
    'Il est interdit de fumer dans le gîte, merci. Mme Durand',
    'Il n’a plus de désir de reprendre ses études, Mme Roux.',
    'Elle n’a plus aucun désir d’enfant.',
    'Le manque de désir d’achat inquiète les commerçants, Mme Roux.',
    'Elle est opérationnelle dès lundi.',
    'Il est pratiquant de judo depuis dix ans.',
    'Le chien est métis, il est très doux.',
    'Boutique fermée pour raisons religieuses le vendredi.',
    'Cours sur la laïcité : convictions religieuses et neutralité.',
    'Son bureau est à droite, la porte de gauche est fermée.',
    'Elle est très à gauche de la photo.',
    'Sa cuisine est asiatique, le marché est africain.',
    'L’alphabet qu’il utilise est arabe.',
    'Le lait est homogénéisé, le matériel est homologué.',
    'Le salon est en fauteuil club, le bureau en fauteuil de cuir.',
    'Traitement en cours : 45 %. Le traitement en cours : 3 dossiers.',
    'Envoyez le dossier au TSA 12345, visite de l’EHPAD Les Lilas.',
    'Le canapé a des problèmes de dos ; le logiciel a des problèmes de mémoire, il plante.',
    'Il a perdu la clé ; la chimie du sol.',
    'Le marché est très malade, dit le journal ; restaurant gastronomique.',
    'Travaux sur le clocher : on va à l’église demain. La confirmation de commande est envoyée, il a besoin d’aide.',
    'Le gouvernement Macron a fait voter la loi.',
    'Vente de gilets jaunes de sécurité.',
    'Conférence sur le rôle du psychologue du travail.',
    'Courses chez Aldi et Lidl ; ALD : liste des affections sur ameli.fr.',
    'Je dis "aah", elle dit "ooh".',
    'Le psychologue de l’équipe a animé l’atelier.',
    'Boucherie Martin (halal) : commande de M. Durand.',
    'Le magasin ferme le samedi (shabbat), commande de M. Durand.',
    'Un IMC de 25 correspond au surpoids ; calculez votre IMC : 31 ou plus, consultez.',
    'Rupture de stock chez M. Dupont ; rupture du tuyau chez Mme Roux.',
    'Voir la TOC du document, sa structure. Il a ajouté un TAG git. Il est sous ad hoc.',
    'Thanks to Maddie Stone from Google TAG; fix the TOC (Refael Ackermann).',
    'La consommation d’alcool est interdite aux mineurs, dit M. Dupont.',
    'Allergie arachides : liste des allergènes du menu, demandez à Mme Roux.',
    'Le pansement de la conduite fuit, dit M. Dupont ; la rééducation du chien de Mme Roux avance.',
    'Rééducation du périnée : définition et exercices, par le Dr Martin.',
    "J'ai vu le chantier : il est en arrêt de bus. Le chantier est en arrêt jusqu'au 15.",
    'Remplacement du pacemaker : fiche technique du fabricant ; l’accouchement : conférence.',
    'Festival : conférence sur le couple homosexuel au cinéma, avec M. Durand.',
    // a practitioner's website: whom they see, in general
    'Je reçois en cabinet à Vannes les personnes souffrant de troubles du sommeil, d’anxiété ou de fatigue chronique.',
    'J’accompagne les femmes atteintes d’endométriose et les personnes vivant avec une fibromyalgie.',
    "J'ai accompagné de nombreux patients atteints de cancer pendant leur chimiothérapie.",
    "J'utilise l'hypnose pour les phobies, l'arrêt du tabac et les troubles du sommeil.",
    'Le camion se déplace difficilement dans la ruelle, dit M. Perrin ; la canne à pêche de M. Roux (canne) est vendue.',
    'Le centre de dialyse recrute une infirmière, dit Mme Roux ; le cabinet de cardiologie ouvre le samedi, dit M. Durand.',
    // the look-alikes of this session's phrases: an office without a party, a song, a practice, a physiotherapist's own
    // career, a first-aid course, a heart rate, the scientist and his institute, a priest at work
    'Le maire a inauguré la salle des fêtes ; Il a été élu président du club de foot.',
    'Elle est élue meilleure ouvrière de France ; conseillère municipale déléguée à la jeunesse, Mme Roux.',
    'Le conseiller municipal chargé des travaux a signé le devis. Le candidat retenu pour le poste commence lundi.',
    'Vertiges de l’amour, chanson de Bashung. Les vertiges sont fréquents chez les personnes âgées.',
    'Le cabinet de kiné ouvre le lundi. Je fais de la kiné depuis vingt ans, diplômé de l’école de Rennes.',
    'Le massage cardiaque sauve des vies, formation le 12. Fréquence cardiaque de la cliente : 72 bpm au repos.',
    'La thyroïde est une glande située dans le cou, dit le Dr Roux.',
    'C’est Pasteur qui a découvert le vaccin contre la rage. Il est Pasteur de formation : l’institut Pasteur, dit-il.',
    'Le prêtre a célébré la messe de mariage de M. et Mme Roux.',
    'Les ouvriers sont deux hommes, arrivés à 8 h. Elle est en couple avec un homme. Il est en couple avec une femme.',
    'Photographe de mariage juif à Paris, devis gratuit. Mariage catholique ou laïque : nos formules.',
    'Le baptême de l’air de Léo est offert. Le baptême de Léo est prévu à la mairie (baptême républicain).',
    'Accueil d’un enfant handicapé en crèche : le guide. L’hémophilie est une maladie génétique rare.',
    'Une maman qui allaite doit boire beaucoup d’eau. L’allaitement maternel : conseils et idées reçues.',
    'Il allait à la pêche le dimanche avec M. Roux.',
    'C’est la goutte d’eau qui fait déborder le vase, dit-il. Elle a la goutte au nez. Il a pris une goutte de rhum.',
    'Système goutte à goutte installé chez M. Roux. Film déconseillé aux cœurs fragiles, dit-elle.',
    'Merci à Alexis La Goutte et à M. Roux, dit-elle.',
    'La roue de son vélo est voilée, il passe demain. Elle a la voix voilée. Une allusion à peine voilée, dit-il.',
    'Le ciel est voilé, dit Mme Roux. La photo est voilée, je la refais, dit-il.',
    'Les autorisations d’absence pour fêtes religieuses sont accordées par le chef de service, dit-il.',
    'L’anémie : causes, symptômes et traitements. Notre atelier sur la carence en fer, il présente.',
    'L’histoire bégaie, dit-il. Le moteur bégaie au démarrage, il dit.',
    'Les hypertendus doivent surveiller le sel, dit le Dr Roux.',
    'Le couple de serrage est gai, il dit. Il est membre d’honneur du club.',
    'Jean-Baptiste Roux, dit-il. L’Église copte d’Égypte, dit-il. Le fichier est converti au format PDF, dit-il.',
    'Il s’est converti au télétravail, dit-il. Chez M. Roux, le porc est à 12 €.',
    'Défense de coller des affiches pour le RN, dit-il. Le syndicat CGT a appelé à la grève, dit-il.',
    'Le président du syndicat des eaux, M. Roux. Elle vit en union libre avec M. Roux.',
    'M. Roux, militant du sud de la France. Mme Roux, membre du Sud-Est, dit-il. M. Roux, militant Sud-Ouest, dit-il.',
    'Le contrat de M. Roux est reconnu invalide, dit-il. Le ticket est invalide 2 fois, dit-il.',
    'Il a fait 6 mois de CDD, puis un CDI. Contrat de 6 mois ferme, dit-il. Il a un TIG neuf pour souder.',
    'La cuisine berbère est épicée, dit-il. Elle adore les tapis berbères, dit-il.',
    'Le dossier de M. Roux est en cours de traitement. La pièce est sous traitement thermique, dit M. Roux.',
    'Il y a un malaise dans l’équipe, dit-il. Le vaccin contre la méningite est obligatoire, dit Mme Roux.',
    'Rappel DTP polio pour les adultes, dit-il. Le budget de M. Roux est amputé. La carte est muette, dit-il.',
    'Le film est muet, dit Mme Roux. Il s’est cassé la tête sur ce dossier, dit-il. Le verre s’est cassé, dit-elle.',
    'Elle est restée muette face à la question, dit-il. La tuberculose bovine : définition.',
    'Nos postes sont ouverts aux candidats en situation de handicap. Les stagiaires diabétiques : nos conseils.',
    'Le balai est sorti du placard, dit-il.',
    'Il boit beaucoup d’eau, dit-il. La sophrologie aide en cas de troubles de l’humeur, dit-elle.',
    'Stage : vaincre la phobie de l’avion, dit-il.',
    'Le congé maternité dure 16 semaines, dit-elle. Les heures de délégation syndicale sont payées comme du temps de travail, dit-il.',
    'Chaque délégué bénéficie d’une décharge syndicale, dit-il. Peut-on être licencié pour vol ? Notre avocat vous répond.',
    'Mandat de prélèvement SEPA de M. Roux. Mandat CSE : élections le 12 mars, dit-il. Il a été licencié pour motif économique.',
    'La maladie professionnelle : définition et reconnaissance, dit-il.',
    'Agence Voyages : pèlerinage à La Mecque, tarifs 2027, dit-il. Je vous prie de bien vouloir m’excuser, dit-il.',
    'Il prie le tribunal de bien vouloir, dit-il. Les pieux de la clôture sont en bois, dit-il. C’est un vœu pieux, dit-elle.',
    'Il est membre de l’association des amis de l’église, dit-il. Il va au culte de la performance, dit-il.',
    'Elle fréquente le temple de la mode, dit-il.',
    'Les règles irrégulières du pluriel, dit-il. Il y a de la tension dans l’équipe, dit-il. Entre eux il y a de la tension, dit-elle.',
    'Le câble a de la tension, dit-il. Attelle de poignet en vente, 29 €, dit-elle. Le syndrome de l’imposteur, dit-il.',
    'Il a un problème technique, dit-il. La luxation de la hanche : définition. Il a perdu son œil de lynx, dit-elle.',
    'L’aire d’accueil des gens du voyage est fermée, dit-il. Hommage aux harkis le 25 septembre, dit-il.',
    'La communauté gitane de Perpignan a fêté, dit-il. Il est romantique, dit-elle. Ses parents étaient des immigrés, dit-il.',
    'Les clients infidèles à la marque, dit-il. La loi sur la prostitution, dit-il. Il est fidèle, dit-elle.',
    'Le réseau de prostitution démantelé par la police, dit-il. Le groupe sanguin O négatif est donneur universel, dit-il.',
    'Le touriste est désorienté dans le quartier, dit-il. Les femmes qui ont subi des violences conjugales peuvent appeler le 3919.',
    'Menu sans gluten, adapté à la maladie cœliaque, dit-il. La maladie cœliaque : définition et symptômes.',
    'Le taux d’accident du travail est en baisse, dit-il. Registre des accidents du travail de l’entreprise, dit-elle.',
    'Prévention des accidents du travail dans le BTP, dit-il. Il a eu un accident de voiture, dit-il.',
    'Nous organisons obsèques religieuses ou civiles, dit-il. Il a fait son enterrement de vie de garçon, dit-il.',
    'Nous organisons des obsèques de tout rite : rite catholique, rite musulman, dit-il. Cuisine selon la tradition juive, dit-elle.',
    'Tarifs cérémonie religieuse ou laïque, dit-il. Il a fait son baptême de l’air, dit-il. Le baptême du bateau a eu lieu, dit-il.',
    'Baptême de plongée de mon fils à Marseille, dit-elle. Elle voyage en fauteuil club, dit-il. Il arrive en fauteuil de bureau.',
    'Le magasin ferme le samedi (shabbat). Il porte un costume noir, dit-elle. Il a acheté un t-shirt homme noir, dit-elle.',
    'La salle était noire de monde, dit-il. Une femme noire de monde, dit-il. La cuisine de Mme Roux est maghrébine, dit-il.',
    'Cuisine asiatique, plats à emporter. Restaurant, asiatique, 12 couverts. Mme Nguyen, africaine de cœur, adore la musique.',
    'Le style de M. Petit est asiatique, dit-elle. M. Petit a vu le film, il est noir et blanc. Il prend des fluidifiants pour le carburant.',
    'Fournisseur : Karim Benali conseil. Rayon diabétique en promotion.',
    'Chambre non-fumeur, dit-il. Espace fumeurs à l’extérieur, dit-elle. La cheminée fume, dit-il. Le moteur fume, dit-elle.',
    'Le magasin est fermé pour raisons de santé, dit-il. Les fumeurs doivent sortir, dit-il. Il est interdit de fumer, dit-elle.',
    'Un paquet de 20 cigarettes par jour coûte cher, dit-il. Elle fume le poisson elle-même, dit-il. Il est fumiste, dit-elle.',
    'Raccordement au réseau HTA, poste de M. Petit, dit-il. M. Petit : ligne HTA à déplacer, dit-il.',
    'Le tabagisme actif tue 75 000 personnes par an, dit-il. Le débit est insuffisant, dit-il. Son revenu est insuffisant, dit-elle.',
    'Une SEP : société en participation, dit-il. La névralgie d’Arnold : causes et traitements, dit-il. TOC : table des matières, dit-elle.',
    'Il a poursuivi pour obtenir son diplôme, dit-il. Il a purgé le radiateur, dit-il. Elle a purgé les freins, dit-elle.',
    'Le centre éducatif fermé : définition, dit-il. Elle a été relaxée après le massage, dit-il. Elle était relaxée, dit-il.',
    'Poste à souder TIG, un TIG de 200 A, dit-il. Il a un TIG de 200 A en stock, dit-elle.',
    'Un roman libertin du XVIIIe siècle, dit-il. Le contrôle judiciaire : définition, dit-il. Mme Roux est en couple avec un homme.',
    'Il a sa carte au restaurant, dit-il. Elle a la carte du club, dit-il. Il vote toujours par procuration, dit-il.',
    'Elle tracte pour le club de foot, dit-il. Le syndicalisme : histoire, dit-il. Il est membre du bureau de l’association, dit-il.',
    'L’œdème pulmonaire : causes et traitement, dit-il. La sécheresse oculaire touche 30 % des adultes, dit-il.',
    'J’accompagne les mamans en post-partum, dit-elle. La spasmophilie : définition, dit-il.',
    'Insuffisance veineuse : bas de contention en vente, promo, dit-il.',
    'La Nausée de Sartre, dit-il. Tension : 12/24 V, dit-il. Tension de la batterie : 12/24, dit-il. Tension : 230 V, dit-il.',
    'Oignons déshydratés en vente, dit-il. Il prend son traitement de texte, dit-il. Brûlures d’estomac : que faire ? dit-il.',
    'Le gériatre : un métier, dit-il. La déshydratation chez les seniors : prévention, dit-il.',
    'Les anciens détenus : la réinsertion, dit-il. Le taux d’incapacité : barème, dit-il.',
    'Patch de sécurité pour le logiciel, dit-il. Il est sous la pluie, dit-elle. La sonde de température, dit-il.',
    'La mycose des pieds : causes et traitements, dit-il. La couperose : définition, dit-il.',
    'La pancréatite : causes et traitements, dit-il. L’embolie gazeuse en plongée : définition, dit-il.',
    'Les troubles dys : définition, dit-il. Le trouble du langage chez l’enfant : qu’est-ce que c’est, dit-il.',
    'Annulation du permis de construire de M. Petit. Carte fidélité : retrait de 100 points pour M. Petit.',
    'L’équipe de M. Petit a eu un retrait de 3 points au classement. M. Petit a perdu 6 points au classement.',
    'Lucas : perte de 2 points pour copie rendue en retard, dit-il. M. Petit a flashé le QR code du menu.',
    'L’empereur Constantin, converti au christianisme, fonda Constantinople. Le fichier, converti au format PDF, dit-il.',
    'Après congé maternité : vos droits à la reprise, dit-il. La visite de reprise après congé maternité est obligatoire, dit-il.',
    'Le salarié de retour après congé maternité a droit à un entretien professionnel. M. Martin boit trop vite son café.',
    'Le deuil pathologique : définition et symptômes, dit-il. L’association aide les victimes d’inceste, dit-il.',
    'Le représentant syndical : rôle et missions. Le représentant de section syndicale : rôle et missions.',
    'Le représentant syndical au CSE est désigné par chaque syndicat représentatif.',
    'Elle souffre d’impuissance face à la maladie de son fils, dit M. Roux. L’impuissance sexuelle : causes et traitements, dit-il.',
    'Le rappel à la loi est supprimé depuis 2023 par la loi, dit-il. Mon client m’a interpellé pour une question de devis.',
    'Le maire a interpellé le préfet pour la route, dit M. Roux. Il est connu des services de la mairie, dit-il.',
    'La composition pénale : définition, dit-il. Le fichier des délinquants sexuels : définition, dit-il.',
    'M. Roux a été mis en cause dans une affaire de succession. La mise en cause du vendeur, dit M. Roux.',
    'Une amende pour stationnement gênant coûte 135 €, dit-il. Amende pour excès de vitesse : barème, dit-il.',
    'Il a fait campagne pour le climat, dit M. Roux. L’assesseur du bureau de vote, dit M. Roux.',
    'Mme Roux va aux réunions du club, dit-il. Elle fait du porte-à-porte pour vendre ses calendriers, dit-il.',
    'Maladies infantiles : varicelle, rougeole, oreillons. Épidémie : grippe, dit M. Roux. Les maladies de la crèche : varicelle.',
    'La convulsion fébrile chez l’enfant : que faire ? dit-il. Souffle cardiaque : définition, dit-il.',
    'Un défibrillateur est installé dans le hall, dit M. Roux.',
    'Le magasin est fermé pendant Kippour, dit M. Roux. Nos voyages : pèlerinage à Lourdes en car, départ de Rennes.',
    'Une femme asiatique, dit M. Roux, la cuisine asiatique. Un restaurant africain, dit M. Roux. Le t-shirt homme africain, dit M. Roux.',
    'Séquencer son génome : combien ça coûte ? dit-il. Le séquençage de votre génome en 48 h, dit-il. Séquencer sa vidéo, dit M. Roux.',
    'Je déteste la grippe, dit M. Roux. La varicelle du voisin, dit M. Roux. La fièvre du samedi soir, dit M. Roux.',
    'La biopsie : définition, dit-il. Une biopsie du sol a été faite sur la parcelle, dit M. Roux.',
    'M. Petit : remplacement du ballon d’eau chaude, la pompe est malade depuis l’hiver.',
    'M. Garnier est très croyant en son projet de start-up. Mme Faure a une peau noire de suie après le ramonage.',
    'Mme Roux est en arrêt de travail du chantier (intempéries). M. Petit : arrêt de travail pour intempéries.',
    'Mme Faure est aveugle sur les défauts de son fils. M. Petit est en convalescence financière après le redressement.',
    'M. Garnier a fait une chute de chiffre d’affaires. La vigne de Mme Durand a un cancer.',
    'Mme Faure a fait son coming out professionnel : elle quitte la banque. Mme Bernard est de gauche à droite sur la photo.',
    'La claustrophobie : définition, dit-il. L’épaule gelée : causes et traitements, dit-il. Une épaule d’agneau gelée, dit M. Roux.',
    'Mme Faure a fait son coming out écologique, dit-il. La théorie queer : histoire, dit-il.',
    'Le facteur V Leiden : définition, dit-il. La bipolarité du monde, dit M. Roux. La bipolarité : définition, dit-il.',
    'La cuisine de ce restaurant est kurde, dit-il. Le tapis est kurde, dit-il. Mariage de raison et d’amour à l’église ? dit-il.',
    'Windows 10 est en fin de vie, dit M. Roux. La voiture de Mme Roux est en fin de vie. Elle est enseignante en ULIS.',
    'Menu sans gluten : idéal pour les allergiques au gluten, dit Mme Roux. Les absences pour motif religieux sont accordées par le chef de service.',
    'Adhésion de M. Roux au syndicat des copropriétaires. Adhésion au syndicat professionnel des boulangers, dit M. Roux. L’adhésion au syndicat est libre : comment faire ?',
    'Le juge d’application des peines : rôle et missions, dit-il. Soin anti-pelade pour cuir chevelu, dit Mme Roux.',
    'Accès aux clients en fauteuil roulant, dit M. Roux. Les chiens guides sont acceptés, dit M. Roux.',
    'La loi permet aux couples de deux hommes d’adopter, dit-il. Contre-indications temporaires à la séance, dit Mme Roux.',
    'T-shirt long sleeve, dit M. Roux. Le taux de cholestérol élevé : causes, dit-il. Un élève sourd à nos conseils, dit-il.',
    'Vélo de M. Roux;voilée\nRoue arrière;voilée\nLe syndicaliste est un métier, dit M. Roux. Violences du conjoint : que faire ? dit-il.',
    'Elle est infirmière aux urgences, dit-il. La chapelle est romane et catholique, dit-il. La prière à la mosquée : horaires.',
    'La baisse de désir des consommateurs, dit M. Roux. Il est sur la liste d’attente, dit M. Roux. Elle a fait un don à la Croix-Rouge.',
    'La panne sexuelle : causes et solutions, dit-il. Le gouvernement et les gilets jaunes, dit M. Roux. Elle se prostitue : un roman de Zola, dit-il.',
    'La robe de Mme Roux est noire, dit-il. Mme Roux est noire de colère, dit-il. La cuisine kabyle de la famille Roux, dit-il.',
    'Le tapis berbère de sa mère, dit-il. Vol Paris – La Mecque : départ le 3, dit M. Roux. Il porte un foulard Hermès, dit M. Roux.',
    'Le passé judiciaire : définition, dit-il. Elle a un casier pour ses affaires, dit M. Roux. L’oiseau a volé dans la cour, dit-il.',
    'Nous sommes une entreprise familiale ; Mme Roux est à l’IME mardi pour des travaux d’électricité.',
    'Un diurétique naturel : la tisane, dit-il. L’infection urinaire : symptômes, dit-il. Le suivi post-opératoire : conseils, dit-il.',
    'M. Leroy a rencontré Mme Dubois avec son mari, dit-il. M. Leroy est marié avec une femme formidable. Il est gay friendly (restaurant), dit M. Roux.',
    'La myopathie : définition, dit-il.',
    'Rex, le chien de Mme Roux, est diabétique : insuline matin et soir.',
    'Fermeture exceptionnelle pendant le ramadan ? Non, nous restons ouverts.',
    'L’infertilité touche un couple sur huit. Le deuil périnatal : définition, dit-il.',
    'Il boit beaucoup d’eau, dit-il. Un jeu addict : le sudoku, dit-il. L’agneau est sevré du lait, dit M. Roux.',
    'L’énurésie : causes et solutions, dit-il. Le carême commence le 18 février (mercredi des Cendres), dit M. Roux.',
    'La retenue de la cotisation syndicale sur salaire : comment faire ? dit-il. Le congé maternité dure 16 semaines, dit M. Roux.',
    'Religion : les grandes religions du monde, dit M. Roux.\nParti : Paris 8 h, dit-il.\nSyndicat : syndicat des copropriétaires, dit M. Roux.',
    'Le typage HLA : définition, dit-il. La phénylcétonurie : symptômes, dit-il.',
    'La circoncision : indications et suites, dit-il. Le baby blues touche 50 à 80 % des jeunes mamans, dit M. Roux.',
    'Vous êtes bénéficiaire de l’APA ? Nos services sont déductibles, dit M. Roux. La commande cmp compare deux fichiers, dit-il.',
    'Pilule contraceptive : prix et remboursement, dit M. Roux. Accompagner sa classe à la synagogue pour une visite, dit-il.',
    'Faire baptiser son bateau : la tradition des marins, dit M. Roux. M. Roy, conseiller municipal, a inauguré la salle.',
    'La séropositivité : définition, dit M. Roux. En cas de restrictions médicales, le salarié est reçu par le médecin, dit-il.',
    'Le chantier, le maçon l’a mis en arrêt jusqu’à la livraison du béton, dit M. Roux.',
    'Mon syndicat de copropriété a voté les travaux, dit M. Roux. Mon syndicat d’initiative propose des visites, dit-il.',
    'Adhésion de M. Roy au syndicat d’initiative. Son cheval est arabe, sa cuisine est asiatique, dit M. Roux.',
    'Le planning familial organise une journée portes ouvertes, dit M. Roux.',
    'Déposer une main courante contre le mur en chêne, dit M. Roux.',
    'Newsletter de Mme Faure : 5 conseils pour bien dormir pendant le ramadan.',
    '["ravageurs","tribales","circoncision","usager","galicien"]',
    'Le pontage réseau entre les deux VLAN, dit M. Roux. Problèmes d’équilibre budgétaire de M. Roux.',
    'Le respect de la vie intime du patient est garanti, dit M. Roux. Il a trompé sa vigilance, dit M. Roux.',
    'Le mouvement antifa : histoire et définition, dit M. Roux. M. Roy, candidat pour la mairie.',
    'Personnalité paranoïaque : symptômes, dit M. Roux. La dépendance à la bibliothèque libfoo, dit-il.',
    'L’épisode dépressif : comment le reconnaître ? dit M. Roux. Je propose des séances pour la dépendance aux jeux, dit-il.',
    'Le musée de culture juive de Prague, dit M. Roux. M. Roy, très croyant en son projet, a des origines modestes.',
    'Le chantier est paralysé depuis lundi, dit M. Roux. Je suis impuissant face à la situation, dit-il.',
    'Les patients dialysés doivent suivre un régime, dit M. Roux. Centre d’hémodialyse de Lens, dit-il.',
    'Le retard de langage : quand consulter ? dit M. Roux. Envoie-moi un PPS, dit-il. La crise d’absentéisme, dit-il.',
    'M. Roux a un PAP pour sa boutique. Le paiement de M. Roux est en retard. Paire de lunettes pour M. Roux.',
    'M. Roux, ses voisins : Avcı et Aydın. M. Roux, ses voisins : AVCİ et AYDIN. Mme Roux, ses voisins : Atıgay et Atıkutlu.',
    'La mise en forme conditionnelle est appliquée, dit M. Roux. Je suis noir de monde, dit-il. La CGT appelle à la grève, dit-il.',
    'Les troubles psychiques touchent un Français sur cinq, dit M. Roux. En cas de maladie grave, l’assurance couvre, dit-il.',
    'L’équipe a subi une agression de la part des supporters, dit M. Roux.',
    'Le déficit auditif : définition et causes, dit M. Roux. Le club handisport de Lens recrute, dit-il. Le déficit de l’État, dit-il.',
    'Le projet porte une mutation profonde de l’entreprise, dit M. Roux. Il porte le gène de la réussite, dit-il. Un amant de la nature, dit-il.',
    'Merci pour vos dons au denier de l’Église, dit M. Roux. Don à la paroisse pour la restauration du clocher, dit-il.',
    'Les dons à un parti politique sont plafonnés à 7 500 €, dit M. Roux. Vos dons à un parti politique ouvrent droit à une réduction, dit-il.',
    'Un don de 300 € à la SPA, dit M. Roux. Sa cotisation au club de tennis, dit-il. Nos remerciements pour le don au PS de la part de la section, dit-il.',
    'La cotisation à la CFDT ouvre droit à un crédit d’impôt, dit M. Roux. La demi-part supplémentaire pour invalidité : conditions, dit-il.',
    'Les indemnités journalières maladie : calcul et conditions, dit M. Roux. La convention AERAS s’adresse aux personnes présentant un risque aggravé de santé, dit-il.',
    'La liaison série entre le PC et le routeur est coupée, dit M. Roux. Il a une liaison avec le serveur, dit-il. Cette liaison amoureuse est au cœur du roman, dit-il.',
    'L’apparence trompe son monde, dit M. Roux. Il trompe sa faim avec un fruit, dit-il. Elle trompe son ennui, dit-elle.',
    'Le carré musulman du cimetière compte 300 tombes, dit M. Roux. Ils se marient à la mairie puis au domaine, dit-il. Ils se marieront au château, dit-il.',
    'Le chien d’assistance est admis dans tous les lieux publics, dit M. Roux.',
    'Le CSAPA de Lens recrute un infirmier, dit M. Roux. Horaires du CAARUD, dit-il. L’avis d’inaptitude : procédure et recours, dit-il.',
    'Le service de réanimation est en travaux, dit M. Roux. Il est en réanimation de son entreprise, dit-il.',
    'La surdité touche six millions de Français, dit M. Roux. Le bruxisme : définition et symptômes, dit-il.',
    'La décompensation d’un circuit hydraulique, dit M. Roux. Une chambre implantable coûte 300 €, dit-il.',
    'Les hallucinations auditives : qu’est-ce que c’est ? dit M. Roux. Le film est borderline, dit-il.',
    'La dépendance affective : comment en sortir ? dit M. Roux. Le jeu pathologique touche 1 % des Français, dit-il.',
    'Il a été interné au camp de Gurs en 1940, dit M. Roux. Il est accro aux jeux vidéo, dit-il.',
    'La loge maçonnique du Grand Orient ouvre ses portes pour une visite, dit M. Roux.',
    'L’électeur du RN vote souvent à la campagne, selon l’étude, dit M. Roux.',
    'Comment parler de son handicap au travail ? dit M. Roux. Le rendez-vous chez son oncologue : comment le préparer ? dit-il.',
    'Un suivi psy est proposé aux salariés, dit M. Roux. Les Narcotiques anonymes : qu’est-ce que c’est ? dit-il.',
    'À la sortie de l’hôpital, tournez à droite, dit M. Roux.',
    'Il a des tics de langage, dit M. Roux. Le PAI : comment le mettre en place ? dit-il. Le retard psychomoteur : définition, dit-il.',
    'Le dossier médical de votre enfant est consultable en ligne, dit M. Roux. Le dossier médical partagé : mode d’emploi, dit-il.',
    'La plagiocéphalie : prévention, dit M. Roux. Les otites touchent les enfants, dit-il.',
    'La médiation pénale : définition et conditions, dit M. Roux. Le stage de citoyenneté est organisé par l’association, dit-il.',
    'Sa condamnation du racisme est sans appel, dit M. Roux. L’ordonnance pénale est une procédure simplifiée, dit-il.',
    'La PJJ recrute des éducateurs, dit M. Roux. Le sursis probatoire : comment ça marche ? dit-il.',
    'Elle a un petit ami, dit M. Roux. Il a une petite amie, dit-il. Elle est attirée par les hommes, dit-il.',
    'Mme Blanc est mariée à un homme, dit M. Roux. Il est attiré par les hommes de pouvoir, dit-il.',
    'Je propose des séances de préparation à la naissance, dit M. Roux. Le fibrome : symptômes et traitements, dit-il.',
    'Il a une goutte au nez, dit M. Roux. Les palpitations : quand consulter ? dit-il. La valve cardiaque mécanique : fonctionnement, dit-il.',
    'Il a mis des vis dans le mur, dit M. Roux. Il a une broche dans le tiroir, dit-il. Une crème contre l’urticaire, dit-il.',
    'Les chéloïdes : comment les éviter ? dit M. Roux.',
    'Le mariage civil n’est pas religieux, dit M. Roux. L’édifice est religieux et classé, dit-il. Une religieuse au chocolat, dit-il.',
    'Il est religieux de nature, dit M. Roux. L’hôtel du couvent est complet, dit-il. La secte des Assassins au Moyen Âge, dit-il.',
    'Homme cherche homme de ménage, dit M. Roux. Femme cherche femme pour garde d’enfants, dit-il. Le polyamour : définition, dit-il.',
    'Homme cherche homme pour des travaux de peinture, dit M. Roux.',
    'M. Roux, kiné au centre de rééducation de Kerpape. Mme Blanc travaille en maison de repos depuis 10 ans.',
    'Le centre de rééducation est ouvert de 9 h à 17 h, dit M. Roux. Il est en SSR pour son stage d’infirmier, dit-il.',
    'Documents à fournir pour le mariage religieux : certificat de baptême.',
    'Le bateau de M. Roux a été baptisé « Marie-Galante ». La salle a été baptisée du nom de M. Roux.',
    'L’histoire bégaie toujours, dit M. Roux.',
    'Que faire si on est contrôlé positif au cannabis ? dit M. Roux. Nos cars ont un éthylotest anti-démarrage, dit-il.',
    'Laboratoire d’analyses de sang ouvert le samedi, dit M. Roux. Les analyses de sang : comment se préparer ? dit-il.',
    'Son mari la bat aux échecs, dit Mme Blanc. Sa femme le bat toujours au tennis, dit M. Roux.',
    'Son mari, la trompette à la main, dit Mme Blanc. La batterie de M. Roux est morte.',
    'M. Roux, non syndiqué CGT ni autre.',
    'Mme Roux, non syndiquée. La commune a rejoint le syndicat des eaux. Le syndicat CGT a appelé à la grève, dit-il.',
    'Je suis une thérapeute certifiée, dit Mme Blanc. Le chômage fait une rechute, dit M. Roux. Comment éviter une rechute ? dit-il.',
    'Nom : Roux ; Épilepsie : non\nDiabète : oui / non\nDiabète : oui non\nCompatible pacemaker : oui\nConvient aux femmes enceintes : oui',
    // (the boxes after their answers, the no ticked or none)
    'Nom : Roux ; Diabète : oui ☐ non ☒\nÉpilepsie : Oui ☐ Non ☐\nÊtes-vous enceinte ? Oui ☐ Non ☒',
    'Le diabète : oui, on peut vivre avec.',
    'La loi a été violée, dit M. Roux. Le secret médical a été violé, dit-il. Il a été harcelé de questions par les clients, dit-il.',
    'Elle est harcelée par les démarcheurs, dit Mme Blanc. Les attouchements : comment en parler aux enfants ? dit M. Roux.',
    'M. Roux travaille à la clinique psychiatrique du Parc.',
    '12/03/2024;PRLV LIGUE CONTRE LE CANCER DON;20,00\n12/03/2024;VIR FRANCE ALZHEIMER ASSOCIATION;15,00\n12/03/2024;CB PHARMACIE DU CENTRE;23,50',
    'La CGT appelle à la grève : cotisation et adhésion en ligne.',
    'Mme Blanc : adhésion PS Plus 60 €',
    'Le canal carpien est un passage osseux du poignet, dit M. Roux. La coxarthrose : définition et traitements, dit-il.',
    'La réunion est à la CFDT, dit M. Roux. M. Roux est à Sud Radio. On ne mange jamais de viande le vendredi à la cantine, dit-il.',
    'Vichy, station de cure thermale, dit M. Roux. Le bassiste a fait une syncope sur le temps fort, dit-il.',
    'Mme Blanc a perdu son bébé de vue une seconde au parc. Les angoisses de la page blanche, dit M. Roux.',
    'Atelier sophrologie (angoisses) : inscriptions auprès de Mme Roux. La sophrologie pour des angoisses plus sereines, dit M. Roux.',
    'Tisane transit, idéale en cas de constipation chronique, conseillée par Mme Roux.',
    'M. Roux a quitté sa femme pour un homme d’affaires, dit-on. Elle a quitté son mari pour un homme plus jeune, dit Mme Blanc.',
    'Mme Roy, 3 séances au CMP informatique de la mairie. M. Petit, vers le CMP (Centre Multimédia de la Presqu’île).',
    'Les enfants romains jouaient, dit-il. Un paquet de Gitanes, dit M. Roux. Le jazz manouche de Django, dit-il. Liste des adhérents de l’association, dit M. Roux.',
    'Je travaille sur le suicide des agriculteurs. Son suicide politique a surpris, dit M. Roux.',
    'Avez-vous été hospitalisé au cours des 5 dernières années ? Oui ☐ Non ☐\nÊtes-vous en arrêt de travail ? Oui / Non\nÊtes-vous atteint d’une maladie ? Oui ☐ Non ☒',
    'Le fonctionnaire en congé de longue durée perçoit son plein traitement. La reconnaissance de maladie professionnelle obéit au tableau n° 57, dit M. Roux.',
    'Il part en EHPAD pour y travailler comme aide-soignant. Calculez votre date d’accouchement prévue, dit Mme Blanc.',
    'Sa bouteille d’oxygène de plongée est vide, dit M. Roux. Ce roman est libertin, dit-il.',
    'Comment sont calculées les IJSS ? dit M. Roux. Poste ouvert à tout travailleur handicapé, dit-il. Le club handisport de Lyon recrute, dit-il.',
    'Journée internationale de lutte contre l’excision, dit Mme Blanc.',
    'Centre d’imagerie médicale : IRM, scanner, mammographie, dit M. Roux. Irma Blanc passe lundi. La coloscopie : définition et préparation, dit-il.',
    'Comment réussir son arrêt du tabac ? 10 conseils de Mme Blanc. Il arrête de fumer le saumon en juin, dit M. Roux.',
    'Mme Blanc travaille en ESAT comme monitrice. Le FAM ouvre ses portes samedi, dit M. Roux. L’hôpital de jour recrute une infirmière, dit-il.',
    'Antécédents : bâtiment inondé en 2019, dit M. Roux.',
    'Nos recettes pour un régime sans sel, par Mme Blanc. Location de PPC : notre prestataire, dit M. Roux. Il est porteur d’une poche de glace, dit-il.',
    'L’histoire de l’homosexualité en France, dit M. Roux. Le régime emprisonne ses opposants politiques, dit-il. Un prisonnier politique a été libéré hier, selon le journal.',
    'La PCH est versée par le département, dit M. Roux. Commission médicale du permis : qui doit la passer ? dit-il. La commission médicale d’établissement se réunit lundi, dit-il.',
    'Tarif d’une séance de kiné : 16,13 €, dit M. Roux. Diabète : non insulino-dépendant.',
    'Don au Parti socialiste : faites un don en ligne, dit M. Roux. Le budget amputé de M. Roux. M. Roux a tenté de se souvenir du code.',
    'Mme Blanc : calcul de la zakat, comment faire ? dit l’association.',
    'Le syndic et son syndicat des copropriétaires, dit M. Roux. La commune de M. Roux et son syndicat intercommunal des eaux.',
    'M. Roux m’a prévenu pour la réunion de demain. Mme Blanc, prévenue pour le retard, n’a rien dit. Mme Blanc, prévenue de notre arrivée, a ouvert. M. Roux a été prévenu par téléphone de la livraison. Comment se constituer partie civile ? dit M. Roux. Le parloir du couvent, dit-il.',
    'M. Roux recherche un homme pour le chantier de juin. Mme Blanc recherche une femme de ménage. M. Roux recherche un homme expérimenté, CDI. Mme Blanc, 38 ans, cherche un homme sérieux.',
    'Le matériel de M. Roux est stérile. Selon M. Roux, ce débat est stérile. M. Roux ne peut pas avoir d’enfants à l’atelier, dit-il.',
    'M. Roux est accro aux jeux vidéo. Selon M. Roux, une overdose de réunions tue la productivité. M. Roux, les abus sexuels dans l’Église : un rapport, dit-il.',
    'Il y a de la tension dans le fil, dit M. Roux. Il y a de la tension dans les fils électriques, dit M. Roux.',
    'Chutes fréquentes de neige en janvier, dit M. Roux. M. Roux a besoin d’aide pour la toilette du chien. M. Roux a besoin d’aide pour les transferts bancaires.',
    'Je viens de perdre mon bébé de vue une seconde, dit Mme Blanc.',
    'Je ne peux plus venir mardi, dit M. Roux. La machine ne marche plus, dit-il. M. Roux ne peut plus parler au client, il est en réunion. Il ne peut plus bouger la date, dit M. Roux.',
    'Accès pour les personnes ayant du mal à marcher, dit M. Roux. Si vous avez du mal à respirer, appelez le 15, dit-il.',
    'Sondage : la liste de gauche de M. Roux arrive en tête avec 34 %. M. Roux est sur la liste de gauche des invités.',
    'Résultats de biopsie : guide pour les patients, dit M. Roux. On fait le point sur le cholestérol, dit-il.',
    'La procédure pour changer de mot de passe, dit M. Roux. Une enquête pour connaître votre avis, dit-il. Le mariage de Figaro et de Suzanne au temple de la musique, dit M. Roux.',
    'Rose, blanche et parfumée : le rosier de M. Roux. Claire, nette et précise, la notice de M. Roux.',
    'Soin Botox capillaire de Mme Blanc : 45 €. Implants dentaires : nos tarifs, dit M. Roux. La rhinoplastie : tout savoir, dit-il.',
    'Exclusions de garantie pour les maladies antérieures : voir les conditions générales, dit M. Roux.',
    'Pause de la prière du matin à l’abbaye : visite guidée, dit M. Roux.',
    'Enceinte du château : visite guidée le samedi, dit M. Roux.',
    'M. Roux est marié à Mme Blanc. Mme Blanc est mariée à M. Roux depuis 2010. Mme Blanc est en couple avec M. Petit. M. Roux, pacsé avec Mme Petit.',
    'M. Roux est marié avec Mme Blanc et sa femme de ménage vient le lundi. Mme Blanc est venue avec M. Roux et sa femme.',
    'Recette de la famille d’origine italienne : les lasagnes, dit M. Roux.',
    'Mariage de M. Roux et Mme Blanc le 12 juin. Le couple de M. et Mme Roux arrive demain. Pacs de Mme Blanc et M. Petit signé.',
    'Couple : Mme Blanc et M. Garnier. Mariés : M. Roux et Mme Petit. Couple : M. et Mme Roux.',
    'Baptême de plongée offert à M. Roux pour son anniversaire. Baptême de l’air de Mme Blanc en hélicoptère. Baptême républicain de Léo à la mairie. M. Roux : communion de pensée avec l’équipe.',
    'Des milliers de personnes manifestent contre la réforme, selon le journal de M. Roux. La maladie se manifeste contre toute attente chez M. Roux.',
    'Sirop contre la toux : en vente en pharmacie, dit M. Roux. Le moteur de M. Roux tousse au démarrage. M. Roux tousse pour attirer l’attention.',
    'M. Roux est en fauteuil à bascule sur la terrasse. M. Roux est croyant à la chance, dit-il.',
    // a surname that is a word (« Gay »), a word of an e-mail address
    'Marie Gay, 12 rue des Lilas. Mme Gay est venue hier. The author of this software is David M. Gay.',
    'Contact : Paolo Molaro <lupus@debian.org>, dit M. Roux.',
    'Bagage de M. Roux en surpoids : 50 €. Valise en surpoids pour Mme Blanc. Camion de M. Roux en surpoids, amende.',
    'Formation EMDR : tarifs et dates, dit M. Roux. Le bus de M. Roux a été arrêté pour un contrôle. M. Roux a été arrêté par un feu rouge. Le train de M. Roux est arrêté pour trafic perturbé.',
    'Accès PMR par l’arrière du bâtiment, dit M. Roux. Nos chambres PMR sont au rez-de-chaussée, dit Mme Blanc. M. Roux a lu le rapport (PMR).',
    // a practice's offer, an economy, a photograph, an animal, a worry that is no disorder
    'Séances pour chasser les idées noires et l’anxiété, dit Mme Blanc. L’anxiété : définition et conseils, par M. Roux.',
    'Le marché est déprimé, dit M. Roux. M. Roux est traumatisé par la facture ! Il est déprimé par la météo, dit-il.',
    'Le chien de M. Roux est traumatisé depuis l’orage. Chassez vos idées noires avec notre yoga, dit Mme Blanc.',
    'Conversion de M. Roux au format PDF. La conversion à l’islam : histoire et débats, conférence de M. Roux.',
    'La fracture numérique touche les seniors, dit M. Roux. Fracture du bâtiment : fissure, dit M. Roux. Le vase s’est fracturé, dit Mme Blanc.',
    'Inscription de Léo à l’école Saint-Joseph (catholique), dit Mme Roux. Le calendrier (orthodoxe) des fêtes, dit M. Blanc. Ce plat est allergique ? Non, dit M. Roux.',
    // a question put to the reader (a practitioner's page or newsletter)
    'RDV dentiste : le cabinet est fermé le lundi, dit M. Roux. M. Roux, dentiste, consultations le mardi.',
    // a practitioner's specialty on their own card
    'Paul Roux\nDiététicien, spécialiste du diabète\n',
    'Mme Roux\nDiététicienne spécialisée dans le diabète et les allergies alimentaires\n',
    'Votre enfant fait des cauchemars ? Nos conseils, par Mme Roux. Quand un enfant fait de l’anxiété, que faire ? dit Mme Roux.',
    'Votre enfant fait de l’asthme ? Nos conseils, par Mme Roux. Vous souffrez d’angoisses ? Nos conseils, par Mme Roux.',
    // a question asked of the condition itself, an osteopath's or a dermatologist's questions and answers
    'Le diabète est-il héréditaire ? L’eczéma est-il contagieux ? La sciatique est-elle soignable par l’ostéopathie ?',
    'Un syndiqué peut-il être licencié ? Les diabétiques peuvent-ils se faire tatouer ?',
    // (an inverted subject's pronoun, a determiner opening the sentence, is its noun's; a workshop's question, its verb
    // inverted; a condition denied by « aucune »)
    'FAQ — Le massage est-il recommandé pendant la grossesse ? Oui, à partir du 4e mois, avec l’accord de votre médecin.',
    'Prochain atelier parentalité : « Mon enfant est-il hyperactif ? »',
    'Conditions générales : le client déclare ne présenter aucune contre-indication médicale.',
    'Fiche de consentement : je déclare ne pas suivre de traitement par Roaccutane.',
    // a practitioner's own page: « je vous » to the reader, an impersonal « il », a price list, a specialty's list
    'Je vous accompagne dans la gestion du stress, de l’anxiété et des troubles du sommeil.',
    'Il est conseillé de consulter votre médecin si vous êtes sous anticoagulants.',
    'Tarifs : séance adulte 60 €, enfant 45 €, femme enceinte 50 €.',
    'Je suis sophrologue certifiée, spécialisée dans le burn-out et la dépression.',
    'La réflexologie plantaire : elle soulage les douleurs liées à l’arthrose et aux rhumatismes.',
    'Centre de loisirs : si votre enfant est asthmatique, prévenez l’animateur.',
    'Formation sur les pathologies cardiaques du sujet âgé. Les pathologies chroniques touchent 20 millions de Français.',
    'Le client atteste ne pas être enceinte et ne pas souffrir d’épilepsie. Je certifie ne pas avoir de diabète ni d’hémophilie.',
    // a practitioner's own page, its « mes », « mon » its business's
    'Burn-out : mes séances de sophrologie vous aident à récupérer. Anxiété, phobies, insomnie : découvrez mes tarifs.',
    'Fibromyalgie : mon approche en naturopathie. Coaching pour sortir de la dépression : mes méthodes.',
    // an offence supposed, a lawyer's or a driving school's page
    'Maître Roux, avocat au barreau de Lyon, vous accompagne en cas de garde à vue. En cas de retrait de permis, contactez-nous.',
    'J’ai eu envie de mourir de rire, dit M. Roux. Ce chantier, quel cauchemar, dit M. Roux. Les enfants font des cauchemars : que faire ? Conseils de Mme Roux.',
    'M. Roux, catholique et fier de son clocher. Mme Blanc, orthodontiste. Les non-croyants sont les bienvenus à la visite, dit M. Roux.',
    'Vue sur la cathédrale (catholique) pour M. Roux. Le cimetière (israélite), dit Mme Blanc. Le chat de Mme Roux est allergique.',
    // a club's or an office's secretary, a party's officer in a survey, a building's left side
    'Mme Blanc, secrétaire de la section football du club. La secrétaire de M. Roux a appelé. Sondage : le secrétaire national du PS arrive en tête, dit M. Roux.',
    'Frais divers droite et gauche du portail, dit M. Roux. Fournitures (divers gauche du bâtiment), dit Mme Blanc.',
    // a machine « malade », a figure of speech
    'Le site est malade ce matin, il rame, dit M. Roux. Je suis malade d’impatience de voir le résultat ! Elle est malade de jalousie, dit-il.',
    'Cours de yoga doux, contre-indication à la pratique pour les personnes sous anticoagulants : conférence de M. Roux.',
    'Le capital de la SARL de M. Roux est détenu par sa holding. Il est détenu à 40 % par Mme Blanc. Site de M. Roux sous SPIP 4.2.',
    // a works council's handbook: the union delegate in general; the allowance, the ethnic group, the opponent as topics
    'Le délégué syndical dispose d’heures de délégation. Chaque délégué syndical est désigné par une organisation représentative.',
    'Les personnes âgées peuvent demander l’APA au département. Cela l’apaise beaucoup.',
    'Conférence sur l’ethnie hmong au musée. L’opposant au projet a déposé un recours. Les opposants au régime ont manifesté.',
    'Don au Parti socialiste : faites un don en ligne. Question : don au Parti socialiste, est-ce déductible ? Accès en fauteuil roulant possible.',
    'Le jeûne du ramadan commence le 1er mars, dit Mme Roux. Elle porte un turban en soie, style années 20.',
    'Cuisine d’origine antillaise et wolof, dit Mme Roux. Le fromage peul est réputé, dit-elle.',
    // a rule for anyone, a place's access, a figure of speech, a timber's or a computer's treatment
    'Un locataire à mobilité réduite peut demander l’adaptation du logement, dit M. Roux.',
    'Tout passager à mobilité réduite peut demander une assistance, dit-il. Accès pour personnes à mobilité réduite.',
    'Mme Roux a eu une confiance aveugle dans son notaire. Le client, aveugle à ses propres erreurs, insiste, dit-il.',
    'Le traitement lourd du bois est garanti 10 ans, dit M. Roux. Il a un traitement lourd à faire sur ses données.',
    'Il a un sursis de paiement, dit M. Roux. Il a eu un sursis pour son déménagement. Il a un sursis d’incorporation.',
    'Elle est sous bracelet connecté pour le suivi sportif, dit M. Roux.',
    'Cathéter stérile, boîte de 10, dit M. Roux. Le deuxième tiers-temps a commencé. Il a un tiers-temps de travail sur le projet.',
    'Il est en procès avec son assureur pour le dégât des eaux. Procès-verbal de l’assemblée du 12 mars, dit M. Roux.',
    'Le tribunal pour enfants de Lyon recrute. M. Roux a saisi le tribunal pour obtenir le remboursement.',
    'Il ne faut pas perdre la tête devant un devis, dit M. Roux. Il perd la tête quand il la voit. Il ne perd pas la tête.',
    'Il a fait sa transition professionnelle en 2020. L’entreprise de M. Roux a fait sa transition numérique, puis vers le bio.',
    'Crème à la cortisone : rupture de stock, dit M. Roux.',
    'Circoncision de l’adulte : indications, dit M. Roux.',
    'Restrictions médicales : néant\nNom : M. Roux',
    'Apostasie : définition, dit M. Roux. La secte des Assassins : exposé de Léa Roux.',
    'Représentant de Sud-Ouest Immobilier : M. Roux.',
    'Les troubles de la mémoire : quand consulter ? Conférence de M. Roux.',
    'Vous avez des troubles de la vision ? Prenez rendez-vous chez votre opticien.',
    'Le chien de Mme Roux a une maladie rénale.',
    'Chaise roulante à vendre, bon état, dit M. Roux.',
    'Les républicains américains ont gagné le Sénat, dit M. Roux. Membre des écologistes de la première heure, il plante des arbres.',
    'Son nom est sur la liste de gauche du tableau. Le produit de M. Roux est sur la liste écologiste des fournisseurs agréés.',
    'Résultats du scrutin : la liste socialiste est élue. Il est sous l’étiquette du fabricant, dit M. Roux.',
    'La loge du Grand Orient de Lyon ouvre ses portes au public. Hôtel Le Grand Orient, chambre 12.',
    'Chien vacciné contre la rage, dit Mme Roux. Tous nos chats sont vaccinés contre le typhus.',
    'Les enfants vaccinés contre la rougeole sont protégés, explique le Dr Roux.',
    'Il faut être vacciné contre la fièvre jaune pour entrer au Gabon, rappelle M. Roux.',
    'La douleur chronique touche 20 % des adultes, dit le Dr Roux. Un choc anaphylactique peut être mortel.',
    'Les militants syndicaux ont manifesté hier, dit M. Roux.',
    'Ce train est trans-européen. La ligne est trans-Manche, dit M. Roux. Le colis est transmis à M. Roux.',
    'Le Transsibérien, dit Mme Roux, est trans.',
    'Comment choisir son psy ? Bien choisir son psychologue : 5 critères. Chacun son psy, dit M. Roux.',
    'L’école et sa psychologue scolaire reçoivent les parents, dit M. Roux. Ma psychologue scolaire est absente.',
    'Le chien est en rééducation, dit Mme Roux. Il est en rééducation financière, dit M. Roux.',
    'Vente de chaise percée et lève-personne, M. Roux. Le SSIAD recrute des aides-soignants, dit M. Roux.',
    'Il a un traitement de texte, dit M. Roux. Mme Roux a un traitement de faveur.',
    // (a word list: zxcvbn's French common words hold « herpès » beside « voudrait-il »)
    '["voudrait-il","soixante","organisent","herpès","disputaient","tahiti"]',
    // (fifty-seventh session) a form's label, a chair's fabric
    'Régime alimentaire (religion) : ______',
    'Le grand-père en fauteuil club lit son journal (catalogue).',
    'Invité en fauteuil de velours pour la photo.',
    // (fifty-seventh session) a suitcase's lock, a pupil in general, a shop's day, a door, someone's pet or business
    'Valise cabine avec TSA intégré, M. Roux.',
    'Cadenas TSA pour valise, commande de Mme Roux.',
    'Un élève en ULIS peut suivre certains cours en classe ordinaire.',
    'Fête des mamans : -20 % sur les parfums, dit Mme Roux.',
    'La fente de la porte laisse passer l\'air, dit M. Roux.',
    'Le chien de Mme Roux est en fin de vie.',
    'Le commerce de M. Roux est en fin de vie, dit-il.',
    // (fifty-seventh session) a guide's headings, a strike
    'Arrêt maladie pour dépression : combien de temps ?',
    'Arrêt de travail pour burn-out : la procédure pas à pas.',
    'Visite de reprise après un cancer : ce que dit la loi.',
    'Arrêt de travail pour cause de grève.',
    'Arrêt maladie pour dépression, combien de temps ? Nos réponses.',
    // (fifty-seventh session) a newsletter's statistics
    'Un Français sur trois souffre d\'insomnie.',
    '1 femme sur 8 souffre d\'endométriose, rappelle Mme Roux.',
    '20 % des adultes souffrent de migraines, dit M. Roux.',
    'Pendant le ramadan, de nombreux musulmans pratiquent le jeûne : quelques conseils pour rester en forme.',
    // (a word list: faker's English nouns hold « papa » beside « pacemaker »)
    'overcoat.overheard.overload.ownership.pacemaker.packaging.paintwork.palate.pants.pantyhose.papa.parade',
    // (fifty-eighth session) a party or a people in general
    'Le militant d\'un parti d\'opposition risque la prison en Turquie.',
    'Un militant d\'un parti politique ne peut pas être assesseur, dit-il.',
    'Si vous êtes membre d\'un parti politique, indiquez-le.',
    'Il est interdit de militer dans un parti politique au sein de l\'entreprise.',
    'Le conflit tchétchène a fait des milliers de morts, dit-il.',
    'Soupe ouïghoure et pain tchétchène au menu, dit-elle.',
    'Les Ouïghours sont persécutés en Chine, dit-il.',
    'Le génocide des Tutsis au Rwanda, dit-il.',
    'La cuisine est tchétchène, dit-il.',
    'Billet Ouigo pour M. Roux, départ 8 h.',
    'Le centre de dialyse recrute un infirmier, dit M. Roux.',
    'Nouveau centre de dialyse à Lyon, Mme Roux en est la directrice.',
  ])('ignores: %s', (t) => {
    expect(detectText(t).filter((d) => d.category === 'sensible')).toEqual([]);
  });
});

describe('criminal offences and convictions (RGPD art. 10)', () => {
  it.each([
    ['Il a un casier judiciaire chargé.', 'casier judiciaire'],
    ['Extrait B3 de M. Morvan demandé à l’embauche : rien à signaler.', 'Extrait B3'],
    ['Extrait de casier judiciaire de M. Dupont reçu le 12 mars : vierge.', 'casier judiciaire'],
    ['Elle a été condamnée pour vol en 2019.', 'condamnée pour vol'],
    ['Son mari a été condamné à six mois de prison avec sursis.', 'condamné à six mois de prison'],
    ['Il a déjà été condamné, il ne veut pas en parler.', 'condamné'],
    ['Le client est sorti de prison en janvier, reprise du suivi.', 'prison'],
    ['Elle a fait de la prison quand elle était jeune.', 'prison'],
    ['Il est en détention provisoire depuis mars.', 'détention'],
    ['Son fils est incarcéré à Fleury-Mérogis.', 'incarcéré'],
    ['Il a été placé en garde à vue samedi soir.', 'garde à vue'],
    ['Elle est mise en examen pour escroquerie.', 'mise en examen'],
    ['Il est sous contrôle judiciaire, pointage le lundi.', 'contrôle judiciaire'],
    ['Il porte un bracelet électronique jusqu’en juin.', 'bracelet électronique'],
    ['Le salarié a eu un retrait de permis pour excès de vitesse.', 'retrait de permis'],
    ['Son permis est suspendu jusqu’en septembre.', 'permis est suspendu'],
    ['Il a été arrêté pour conduite en état d’ivresse.', 'conduite en état d’ivresse'],
    ['Il doit faire 70 heures de TIG.', 'TIG'],
    ['Il est fiché S selon sa sœur.', 'fiché S'],
    ['Elle passe en comparution immédiate demain.', 'comparution immédiate'],
    ['Il a été jugé au tribunal correctionnel de Lyon.', 'tribunal correctionnel'],
    ['M. Roux effectue un TIG de 70 heures à la mairie.', 'TIG'],
    ['M. Roux doit passer au tribunal correctionnel le 12 janvier.', 'tribunal correctionnel'],
    ['Mme Roux va comparaître devant le tribunal correctionnel.', 'tribunal correctionnel'],
    ['Il est en libération conditionnelle.', 'libération conditionnelle'],
    ['Mme Roux doit pointer au commissariat chaque semaine.', 'pointer au commissariat'],
    ['RH : Mme Roux a été surprise en train de voler dans la caisse.', 'surprise en train de voler'],
    // a record's field that names an offence or a sentence (a landlord's, an employer's file)
    ['Casier judiciaire : vol en 2015.', 'Casier judiciaire : vol'],
    ['Casier judiciaire : 6 mois avec sursis pour conduite en état d’ivresse.', 'Casier judiciaire : 6 mois avec sursis'],
    // a translator's, a lawyer's files
    ['M. Roux a été jugé pour vol en 2020.', 'jugé pour vol'],
    ['Mme Blanc a comparu devant le tribunal correctionnel.', 'tribunal correctionnel'],
    ['M. Roux : traduction du jugement de condamnation du 12/03/2021.', 'jugement de condamnation'],
  ])('finds: %s', (t, phrase) => {
    expect(found(t).filter(([type]) => type === 'criminal_offence').map(([, v]) => v)).toContain(phrase);
    expect(detectText(t).find((d) => d.type === 'criminal_offence')?.category).toBe('sensible');
  });
  it.each([
    'La porte du local a été condamnée pour travaux.',
    'Fenêtre condamnée côté cour, il faut prévoir une autre ventilation.',
    'La société a été condamnée à payer 3 000 € au titre de l’article 700.',
    'Il a été condamné aux dépens par le tribunal de commerce.',
    'Le tribunal de commerce a condamné la société à payer les factures de sa cliente.',
    'Pièces à fournir : extrait de casier judiciaire, justificatif de domicile.',
    'Conférence sur la réforme de la garde à vue jeudi.',
    'Le permis de construire est suspendu par le tribunal administratif.',
    'Soudure TIG inox sur la cuve, il faut du gaz argon.',
    'Il a un TIG 200 A en stock, M. Roux.',
    'Le stagiaire fait un TIG sur tube inox, dit M. Roux.',
    'Il a demandé un sursis à statuer pour le permis.',
    'Le juge pour enfants a reçu M. Roux, éducateur. Un projet jugé pour sa conduite de chantier, dit M. Roux. Le jugement de condamnation : cours de droit pénal, par M. Roux.',
    'Il travaille à la maison d’arrêt comme surveillant.',
    'Casier judiciaire : vierge, aucune condamnation.',
    'Casier : 3 étagères, vol de 2 m. Casier judiciaire : néant',
    'Elle a visité la prison de la Santé pendant les journées du patrimoine.',
    'Le capital est détenu à 60 % par M. Martin.',
    'Il a une hernie incarcérée, opération prévue.',
    'Sa patience a été mise à l’épreuve par le chantier.',
    'Perte de poids de 5 kg depuis la dernière séance.',
    'Il a vu la série Prison Break en entier.',
    'Rangement : casier à chaussures et vestiaire.',
    'Extrait de compte de M. Morvan ; il prend de la vitamine B3 ; bulletin n° 12 de l’association.',
    'Il doit repasser l’examen du permis de conduire.',
    'La fiche s’affiche mal ; elle est mise en place lundi.',
    'Il faut pointer au commissariat le plan du quartier. Elle a été surprise en train de voler la vedette au chanteur.',
  ])('ignores: %s', (t) => {
    expect(typesIn(t)).not.toContain('criminal_offence');
  });
  it('reads a record check kept in an employer\'s table, not a locker number', () => {
    const header = 'Nom;Prénom;Casier judiciaire;Casier';
    expect(found('MARTIN;Léo;Vierge (B3 reçu le 02/03);12\nPETIT;Ana;Néant;14\nDUBOIS;Inès;Non demandé;15\n', { format: 'csv', headerLine: header }).filter(([t]) => t === 'criminal_offence')).toEqual([
      ['criminal_offence', 'Vierge (B3 reçu le 02/03)'],
    ]);
  });
});

describe('sex life (RGPD art. 9, beside the orientation)', () => {
  it.each([
    ['Elle évoque une baisse de libido depuis la naissance de leur fils.', 'libido'],
    ['Il parle de sa sexualité avec difficulté.', 'sexualité'],
    ['Le patient consulte pour des troubles de l’érection.', 'troubles de l’érection'],
    ['Elle souffre de vaginisme, séances de sophrologie.', 'vaginisme'],
    ['Mme Martin a découvert l’infidélité de son mari.', 'infidélité'],
    ['Elle signale des rapports douloureux depuis l’accouchement.', 'rapports douloureux'],
    ['Il a une relation extraconjugale depuis deux ans.', 'relation extraconjugale'],
    ['Le couple est échangiste, il en parle librement.', 'échangiste'],
    ['Il souffre d’éjaculation précoce.', 'éjaculation précoce'],
    ['Séance 3 : elle parle de sa vie sexuelle avec son compagnon.', 'vie sexuelle'],
    ['Séance du 12/11 avec M. et Mme Bernard : ils n’ont plus de rapports depuis un an.', 'rapports'],
    ['M. Bernard a des problèmes d’érection depuis son traitement.', 'érection'],
    // (a couple therapist's « le couple » is people; an affair with a colleague)
    ['Thérapie de couple : le couple Roux n’a plus de rapports depuis un an.', 'rapports'],
    ['Mme Blanc a eu une aventure avec un collègue.', 'aventure avec un collègue'],
  ])('finds: %s', (t, phrase) => {
    expect(found(t).filter(([type]) => type === 'sex_life').map(([, v]) => v)).toEqual([phrase]);
  });
  it.each([
    'Atelier d’éducation à la vie sexuelle et affective au collège le 14 mars.',
    'Plan marketing : réduire l’infidélité des clients grâce à la carte de fidélité.',
    'Les rapports de stage sont à rendre avant vendredi ; rapports d’activité le lundi.',
    'Nos partenaires commerciaux sont invités au salon.',
    'Il a des troubles du sommeil depuis son arrêt.',
    'Elle a lu un roman sur l’adultère.',
    'M. Bernard n’a pas de rapports d’activité à jour.',
    'M. Bernard n’a pas de rapports avec sa hiérarchie.',
    'L’érection du monument date de 1890, dit M. Bernard.',
    'Cette randonnée a été une aventure avec un guide formidable, dit M. Bernard.',
  ])('ignores: %s', (t) => {
    expect(typesIn(t)).not.toContain('sex_life');
  });
});

describe('genetic data (RGPD art. 9)', () => {
  it.each([
    ['Elle a fait un test ADN pour retrouver sa famille.', 'test ADN'],
    ['Mme Durand est porteuse de la mutation BRCA1, suivi renforcé.', 'porteuse de la mutation'],
    ['Il a une prédisposition génétique au diabète.', 'prédisposition génétique'],
    ['Le patient attend les résultats de son analyse génétique.', 'analyse génétique'],
    ['Il a reçu son haplogroupe : H1, lignée maternelle.', 'haplogroupe'],
    ['Elle a fait un test de paternité l’an dernier.', 'test de paternité'],
    ['Son fils est porteur sain de la mucoviscidose.', 'porteur sain'],
  ])('finds: %s', (t, phrase) => {
    expect(found(t).filter(([type]) => type === 'genetic').map(([, v]) => v)).toEqual([phrase]);
  });
  it.each([
    'Chiots LOF, test ADN des parents fourni par l’éleveur.',
    'Test de charge du plancher validé, analyse des résultats en cours.',
    'Catalogue : semences paysannes, variétés anciennes sans OGM.',
    'Il a fait un test d’effort chez le cardiologue.',
    'Mutation professionnelle de son mari à Lyon.',
    'Elle est porteuse du projet depuis 2020.',
  ])('ignores: %s', (t) => {
    expect(typesIn(t)).not.toContain('genetic');
  });
  it('reads a DNA test\'s column in a genealogist\'s table', () => {
    expect(found('MARTIN;Léo;H1b (lignée maternelle)\n', { format: 'csv', headerLine: 'Nom;Prénom;Haplogroupe' }).filter(([t]) => t === 'genetic')).toEqual([
      ['genetic', 'H1b (lignée maternelle)'],
    ]);
  });
});

describe('health fields of a client file', () => {
  it('reads what a treatment\'s or a medication\'s label announces', () => {
    expect(found('Traitements en cours : Stilnox 10 mg le soir\nMédicaments actuels : Levothyrox 50\nMédication : néant\n')).toEqual([
      ['health', 'Traitements en cours : Stilnox 10 mg le soir'], ['health', 'Médicaments actuels : Levothyrox 50'],
    ]);
  });
  it('reads a guest list’s « Halal » or « Casher » cell as its guest’s religion, not a product’s', () => {
    const guests = 'Invité;Table;Menu;Contact\nKarim et Leïla Haddad;3;Halal;06 61 23 45 78\nSarah Cohen;5;"Casher";sarah.cohen@gmail.com\nM. Gérard Lefèvre;1;Standard;\n';
    expect(found(guests, { format: 'csv', headerLine: 'Invité;Table;Menu;Contact' }).filter(([t]) => t === 'religion')).toEqual([['religion', 'Halal'], ['religion', 'Casher']]);
    const products = 'Produit;Label;Prix\nMerguez;Halal;12,50\nPoulet fermier;Label rouge;9,90\n';
    expect(found(products, { format: 'csv', headerLine: 'Produit;Label;Prix' }).filter(([t]) => t === 'religion')).toEqual([]);
    // a holiday camp's list: « Sans porc » chosen for a child, as « Halal » is (the CNIL's canteen example)
    const camp = 'Nom;Prénom;Régime alimentaire\nMartin;Léo;Sans porc\nDupont;Jade;Végétarien\n';
    expect(found(camp, { format: 'csv', headerLine: 'Nom;Prénom;Régime alimentaire' }).filter(([t]) => t === 'religion')).toEqual([['religion', 'Sans porc']]);
    // an online shop's order note, a word or two of courtesy after it (a caterer's WooCommerce export)
    const orders = '"Commande","Prénom","Nom","Note client"\n"1043","Rachid","Benali","Halal uniquement merci"\n"1044","Sophie","Marchand","Casher svp !"\n';
    expect(found(orders, { format: 'csv', headerLine: '"Commande","Prénom","Nom","Note client"' }).filter(([t]) => t === 'religion')).toEqual([['religion', 'Halal'], ['religion', 'Casher']]);
    expect(found('Produit;Label;Prix\nMerguez;Halal uniquement;12,50\n', { format: 'csv', headerLine: 'Produit;Label;Prix' }).filter(([t]) => t === 'religion')).toEqual([]);
    expect(typesIn('Mme Durand a commandé un repas sans porc pour son fils.')).toContain('religion');
    expect(typesIn('Notre traiteur propose un menu sans porc sur demande, dit Mme Durand.\nSaucisses sans porc : 12 €\n')).toEqual(['person_name']);
  });

  it('reads a phrase that a wrapped line cuts in two', () => {
    // a plain-text e-mail, a PDF's lines; not a table's rows
    const mail = 'Bonjour, ma fille a un diabète de type 1 et ne peut pas manger de gâteau. Par ailleurs elle est allergique aux\narachides depuis toute petite.\n';
    expect(found(mail).filter(([t]) => t === 'health')).toEqual([['health', 'diabète'], ['health', 'allergique aux\narachides']]);
    expect(found(mail, { format: 'pdf' }).filter(([t]) => t === 'health')).toEqual([['health', 'diabète'], ['health', 'allergique aux\narachides']]);
    // a CRLF's text (an e-mail), the findings where they stand in it
    const crlf = 'Bonjour,\r\nma fille a un diabète de\r\ntype 1 et ne peut pas manger de gâteau. Elle est allergique aux\r\narachides depuis toute petite.\r\n';
    expect(found(crlf).filter(([t]) => t === 'health')).toEqual([['health', 'diabète'], ['health', 'allergique aux\r\narachides']]);
    const rows = 'nom;note\nDurand;ma fille a un diabète de type 1 mais elle est allergique aux\narachides;x\n';
    expect(found(rows, { format: 'csv', headerLine: 'nom;note' }).filter(([t]) => t === 'health')).toEqual([['health', 'diabète']]);
  });

  it('reads what a client card\'s short lines say below the name they are about', () => {
    const card = 'Fiche cliente\nNom/Prénom : BENSAÏD Leïla\nPortable 07 81 23 45 67\nCuir chevelu sensible, allergique à la PPD. Enceinte (5 mois) : pas de décoloration.\n';
    expect(found(card).filter(([t]) => t === 'health')).toEqual([['health', 'allergique à la PPD'], ['health', 'Enceinte']]);
    // a session note's heading names its person after a dash, an honorific, with the age after
    const note = 'Séance du 12/11 — Mme Léa Fontaine (34 ans)\nMotif : anxiété, troubles du sommeil depuis la séparation.\n';
    expect(found(note).filter(([t]) => t === 'health')).toEqual([['health', 'troubles du sommeil']]);
    // (the age abridged, as a clinician writes it: « (38 a) »)
    expect(valuesOf('health', 'Séance 7 — Mme Ophélie Marchal (38 a)\nTAG, insomnies.\n')).toEqual(['insomnies']);
    expect(typesIn('Réunion — voir avec Paul Martin demain\nMotif : troubles du sommeil\n').filter((t) => t === 'health')).toEqual([]);
    // the name first, then a dash: a session note's heading, a nurse's round or an agenda's entry, its time before
    const first = 'Mme Céline Dubreuil — 1re séance 02/11\nMotif : burn-out, arrêt depuis 3 mois. Attaques de panique dans les transports.\n';
    expect(valuesOf('health', first)).toEqual(['burn-out', 'Attaques de panique']);
    const round = '07h15  Mme Josiane KERVELLA — 12 rue des Mouettes, 29200 Brest\n       Injection insuline + glycémie capillaire\n';
    expect(valuesOf('health', round)).toEqual(['insuline', 'glycémie capillaire']);
    expect(typesIn('Appel de Paul Martin — à rappeler\nMotif : troubles du sommeil\n').filter((t) => t === 'health')).toEqual([]);
    // (a remark in brackets between: a tutor's « Nathan Robin (6e) — anglais », « Inès Lambert (4e, collège Jules Ferry) — maths »)
    const pupils = 'Nathan Robin (6e) — anglais\nRemarques : s’ennuie vite. Notification MDPH en cours.\n\nInès Lambert (4e, collège Jules Ferry) — maths\nRemarques : a besoin d’une AESH.\n';
    expect(valuesOf('health', pupils)).toEqual(['MDPH', 'AESH']);
    expect(typesIn('Appel de Paul Martin (fournisseur) — à rappeler\nMotif : notification MDPH\n').filter((t) => t === 'health')).toEqual([]);
    // (not a practitioner's own page, its trade before the dash; a client's file under the practice's name still is one)
    const page = 'Coach sportif — Thomas Berthelot\nProgramme spécial post-grossesse et rééducation du périnée. Reprise du sport après un cancer : programme adapté.\n';
    expect(typesIn(page).filter((t) => t === 'health')).toEqual([]);
    expect(valuesOf('health', 'Cabinet de sophrologie — Fiche client — Mme Léa Roux\nReprise du sport après un cancer du sein.\n')).toEqual(['cancer']);
    // a person's label, the name, then a comma and what they do (an employer's staff file)
    const staff = 'Salariée : Mme Audrey Marchand, vendeuse, embauchée le 01/03/2024\nMutuelle : dispense\nArrêt de travail du 03/10 au 17/10/2026 (accident du travail)\nMi-temps thérapeutique à compter du 18/10\n';
    expect(valuesOf('health', staff)).toEqual(['Arrêt de travail', 'accident du travail', 'Mi-temps thérapeutique']);
    expect(typesIn('Réunion : Paul Martin, service achats\nMi-temps thérapeutique : les règles\n').filter((t) => t === 'health')).toEqual([]);
    // the name opening its line, its age after a comma (a dating agency's file), or after a label and a dash (a coach's)
    const agency = 'Réf. 2026-118\nM. Yannick Le Floch, 52 ans, divorcé, 3 rue de Brest 29200 Brest\nRecherche : une femme de 45 à 55 ans\nLui-même très sportif.\nSanté : diabétique de type 2, bien équilibré\n';
    expect(valuesOf('health', agency)).toEqual(['Santé : diabétique de type 2, bien équilibré']);
    expect(typesIn(agency.replace('M. Yannick Le Floch, 52 ans', 'Réunion avec M. Yannick Le Floch, 52 ans')).filter((t) => t === 'health')).toEqual([]);
    const coach = 'Coaching sportif — questionnaire de santé\nClient : Thomas Berthelot — 38 ans\n3. Avez-vous eu un épisode de respiration sifflante (asthme) ? OUI\nObjectif : reprise après hernie discale L5-S1 opérée en 2024.\n';
    expect(valuesOf('health', coach)).toEqual(['asthme', 'hernie discale']);
    expect(typesIn(coach.replace('Client : Thomas Berthelot — 38 ans', 'Réunion : Thomas Berthelot — 38 places')).filter((t) => t === 'health')).toEqual([]);
    // a form printed to text, its fields side by side: the name is followed by the next field, not read with it
    const form = 'Coaching sportif — fiche d’inscription\nNom : Perrot   Prénom : Isabelle   Né(e) le : 22/09/1979\nObjectif : reprise après un cancer du sein (traitement terminé en 2024).\n';
    expect(valuesOf('person_name', form)).toEqual(['Perrot', 'Isabelle']);
    expect(valuesOf('health', form)).toEqual(['cancer']);
    expect(valuesOf('health', form.replace('Né(e) le', 'Tél'))).toEqual(['cancer']);
    expect(valuesOf('person_name', 'Réunion : Paul Martin   Salle : B12\nClient : Paul   Martin\n')).toEqual(['Paul Martin', 'Paul   Martin']);
    expect(typesIn(form.replace('Nom : Perrot   Prénom : Isabelle', 'Réunion : Paul Martin   Salle : B12')).filter((t) => t === 'health')).toEqual([]);
    // a heading's name after what the file is about, or with a remark in brackets; a session's heading « avec » someone
    const doula = 'Accompagnement périnatal — suivi de Mme Élodie Caradec\nTerme prévu : 14/01/2027 — grossesse gémellaire\nCésarienne programmée le 07/01\n';
    expect(valuesOf('health', doula)).toEqual(['grossesse', 'Césarienne']);
    const speech = 'Bilan orthophonique — Lucas Morvan (CE2)\nDemande : école, difficultés en lecture\nConclusions : dyslexie-dysorthographie sévère, bégaiement léger\n';
    expect(valuesOf('health', speech)).toEqual(['Bilan orthophonique', 'dyslexie', 'dysorthographie', 'bégaiement']);
    const life = 'Coaching de vie — notes\nSéance 3 avec Karine Le Meur (12/11)\nSortie de burn-out en septembre, reprise à mi-temps.\n';
    expect(valuesOf('health', life)).toEqual(['burn-out']);
    expect(typesIn(life.replace('Séance 3 avec', 'Réunion avec')).filter((t) => t === 'health')).toEqual([]);
    // a line its label opens may be twice as long (a driving school's observations); a paragraph no label opens may not
    const pupil = 'Auto-école du Centre — fiche élève\nÉlève : Kévin Le Borgne, né le 17/06/2007\nPermis : B (boîte auto)\nObservations : lunettes obligatoires ; TDAH, a besoin de pauses ; épilepsie stabilisée, avis médical favorable du médecin agréé\n';
    expect(valuesOf('health', pupil)).toEqual(['TDAH', 'épilepsie']);
    expect(typesIn(pupil.replace('Observations : lunettes', 'Les observations de ce trimestre portent sur les lunettes')).filter((t) => t === 'health')).toEqual([]);
    // a note-taking app's Markdown: the name as a heading, a tag, a suicide attempt abridged
    const md = '# Patients\n\n## Léa Fontaine\n- Âge : 34 ans\n- Motif : troubles du sommeil\n- Tags : #TCA #suivi-long\n\n## Hugo Meunier\n- A fait une TS en 2021\n';
    expect(valuesOf('health', md)).toEqual(['troubles du sommeil', 'TCA', 'une TS']);
    expect(typesIn('## Installation\n- Motif : troubles du sommeil (exemple)\n').filter((t) => t === 'health')).toEqual([]);
    expect(typesIn('Compte rendu — voir avec Paul Martin (service achats)\nCésarienne programmée : le protocole\n').filter((t) => t === 'health')).toEqual([]);
    // a name alone on its line after its honorific, or the file it heads (« Dossier Léa Morel », « Fiche de Mme Roux »)
    expect(valuesOf('health', 'Notes\nMme Roux\nAsthme, sous Ventoline\n\nDossier Léa Morel\nAllergie à la pénicilline\n\nFiche de M. Blanc\nDiabétique de type 1\n'))
      .toEqual(['Asthme', 'Ventoline', 'Allergie à la pénicilline', 'Diabétique']);
    expect(typesIn('Dossier de presse\nL’asthme touche 4 millions de Français\n').filter((t) => t === 'health')).toEqual([]);
    // an honorific between the label and the name
    expect(found('Cliente : Mme Julie Perret\nPeau atopique, rosacée sur les joues.\n').filter(([t]) => t === 'health')).toEqual([['health', 'Peau atopique'], ['health', 'rosacée']]);
    // « Traitement : » alone on a card about someone (an osteopath's), not a woodworker's or an order's
    expect(valuesOf('health', 'Patiente : LE GALL Maëlle, 34 ans, infirmière\nMotif : cervicalgies\nTraitement : pilule, Doliprane si besoin\n')).toEqual(['cervicalgies', 'Traitement : pilule, Doliprane si besoin']);
    expect(typesIn('Client : Jean Dupont\nTraitement : charpente traitée contre les insectes\nTraitement : anti-mousse de la toiture\n\nCommande n° 12\nTraitement : en attente de paiement\n').filter((t) => t === 'health')).toEqual([]);
    // a remark in brackets after the labelled name (« (cliente depuis 2019) »); not after a name in a sentence
    const remark = 'Cliente : Sophie Lemaire-Dubois   (cliente depuis 2019)\nPortable : 06 45 12 78 33\nRemarques : enceinte de 5 mois, éviter les colorations ; cuir chevelu sensible (psoriasis)\n';
    expect(found(remark).filter(([t]) => t === 'health')).toEqual([['health', 'enceinte'], ['health', 'psoriasis']]);
    expect(typesIn('Réunion avec Paul Martin (service achats)\nMotif : troubles du sommeil\n').filter((t) => t === 'health')).toEqual([]);
    // how to reach them after the labelled name: a phone or an e-mail after a dash, a comma, in brackets
    const reach = 'Fiche technique cliente\n\nCliente : Laetitia Roux — 07 68 12 90 33\nDernière visite : 12/09/2026\nColoration : 6.34 + 20 vol\nEnceinte (5 mois) : pas de décoloration\nCuir chevelu sensible, psoriasis derrière les oreilles\n';
    expect(found(reach).filter(([t]) => t === 'health')).toEqual([['health', 'Enceinte'], ['health', 'psoriasis']]);
    expect(found(reach.replace('— 07 68 12 90 33', '(laetitia.roux@gmail.com)')).filter(([t]) => t === 'health')).toHaveLength(2);
    expect(found(reach.replace('— 07 68 12 90 33', ', tél. +33 6 68 12 90 33 / l.roux@free.fr')).filter(([t]) => t === 'health')).toHaveLength(2);
    expect(found(reach.replace('— 07 68 12 90 33', ', tél. +49 151 80485976')).filter(([t]) => t === 'health')).toHaveLength(2);
    expect(typesIn('Réunion : Paul Martin — 07 68 12 90 33 pour la commande\nMotif : troubles du sommeil\n').filter((t) => t === 'health')).toEqual([]);
    // a file about one person, its first line naming them, all its lines short: its heading is the card's name
    const hr = 'Dossier salarié — Kevin Morvan\nEmbauché le 03/02/2025, CDI.\nPermis B obtenu en 2023.\nMutuelle : contrat collectif.\nArrêt maladie du 10 au 24 mars (entorse de la cheville).\n';
    expect(found(hr).filter(([t]) => t === 'health')).toEqual([['health', 'Arrêt maladie'], ['health', 'entorse']]);
    // …or one of its first three lines, under a title (a CV's « CURRICULUM VITAE »)
    const cv = 'CURRICULUM VITAE\nFatou Diallo\n32 ans — Permis B\nLangues : wolof, français\nReconnaissance de la qualité de travailleur handicapée (RQTH)\n';
    expect(found(cv).filter(([t]) => t === 'health')).toEqual([['health', 'Reconnaissance de la qualité de travailleur handicapée'], ['health', 'RQTH']]);
    expect(typesIn('Le guide RQTH : comment obtenir la reconnaissance de la qualité de travailleur handicapé ?\n')).toEqual([]);
    // further down a form's card, every line between a label's, its name followed by where they were born (a rental file)
    const rental = 'Dossier n° 12\nAgence Ouest\nRéf. 2026-44\n\nCandidat : M. Antoine Girard, né le 02/05/1994 à Brest\nSituation : CDI depuis 2021\nGarant : Mme Sylvie Girard (mère), retraitée\nPièces fournies : 3 bulletins de salaire\nObservations : fumeur. Reconnu travailleur handicapé (RQTH), logement au RDC souhaité.\n';
    expect(found(rental).filter(([t]) => t === 'health')).toEqual([['health', 'Reconnu travailleur handicapé'], ['health', 'RQTH']]);
    // (the honorific written small, as forms write it)
    expect(found(rental.replace('M. Antoine', 'monsieur Antoine')).filter(([t]) => t === 'health')).toHaveLength(2);
    expect(found('Remarques : Mme Roux est titulaire d’une carte d’invalidité, en invalidité catégorie 2 depuis 2022.\n').filter(([t]) => t === 'health')).toEqual([['health', 'carte d’invalidité'], ['health', 'invalidité catégorie 2']]);
    // or their age and a few words after the labelled name (an osteopath's card)
    const osteo = 'Patient : GUERIN Thomas, 42 ans, menuisier\nATCD : appendicectomie (2010)\nTTT : Kardegic 75\nMotif : lombalgie aiguë depuis 3 j\n';
    expect(valuesOf('health', osteo).at(-1)).toEqual('lombalgie');
    // not when a line between is no label's, nor the law's or a guide's words
    expect(typesIn(rental.replace('Situation : CDI depuis 2021', 'Un paragraphe qui ne dit rien')).filter((t) => t === 'health')).toEqual([]);
    expect(typesIn('Le salarié reconnu travailleur handicapé bénéficie d’un aménagement de poste.\nSi vous êtes reconnu travailleur handicapé, contactez la MDPH.\n')).toEqual([]);
    // not when a long paragraph stands between, nor a name in the middle of the file
    expect(typesIn(`Dossier salarié — Kevin Morvan\n${'Un long paragraphe sans rapport. '.repeat(5)}\nArrêt maladie du 10 au 24 mars.\n`).filter((t) => t === 'health')).toEqual([]);
    expect(typesIn('Notes\na\nb\nDossier — Kevin Morvan\nc\nd\ne\nArrêt maladie du 10 au 24 mars.\n').filter((t) => t === 'health')).toEqual([]);
    expect(typesIn('Notes\na\nb\nKevin Morvan\nc\nd\ne\nArrêt maladie du 10 au 24 mars.\n').filter((t) => t === 'health')).toEqual([]);
    // more than three lines below, or below a long paragraph, or with no one named: a product's card
    // (the name on the file's first line is its heading: below)
    expect(typesIn('Fiche\nSalon\nRéf. 12\nNom/Prénom : BENSAÏD Leïla\na\nb\nc\nAllergique à la PPD.\n').filter((t) => t === 'health')).toEqual([]);
    expect(typesIn('Fiche produit\nRéf. 1234\nAllergique à la PPD : testez 48 h avant.\n')).toEqual([]);
    // a name within a line, as a changelog credits someone, makes no card
    expect(typesIn('\tReported by Andrew Ivanov and Kaveh Ghazi.\n\n\t* buffer.c: Copy all records coming out of the compressor.\n').filter((t) => t !== 'person_name')).toEqual([]);
  });
  it('reads a home help\'s logbook\'s daily words: nausea, a blood pressure taken, a geriatrician seen', () => {
    const log = 'Cahier de liaison — M. Roger Lebrun (88 ans)\nLundi 4 : toilette faite. A peu mangé, nausées. Tension prise par l’infirmière : 15/9.\nMercredi 6 : rendez-vous chez le gériatre annulé.\n';
    expect(valuesOf('health', log)).toEqual(['nausées', 'Tension prise par l’infirmière : 15/9', 'gériatre']);
  });
  it('reads a condition on a client file\'s row beside an amount in euros: no price list', () => {
    expect(valuesOf('health', 'Réf;Nom;Montant;Remarques\nHM1;Roux, Marie;1472,00 €;Asthmatique, éviter les parfums\n')).toEqual(['Asthmatique']);
  });
  it('reads a home help\'s logbook as about the person its title names', () => {
    const log = 'Cahier de liaison — Mme Paulette Giraud, 91 ans\nLundi 16/11 : toilette faite, Mme Giraud a fait une chute dans la salle de bain hier soir, hématome au bras. Prévenu sa fille.\nMardi 17/11 : protections changées (incontinence), repas pris en entier. Infirmière passée pour le pansement.\nMercredi 18/11 : très confuse ce matin, ne reconnaissait pas l\'aide-soignante. Début d\'Alzheimer selon le médecin.\nÉvaluation APA : GIR 3.\n';
    expect(valuesOf('health', log)).toEqual(['chute', 'incontinence', 'Alzheimer', 'GIR 3']);
    // not a title naming no one, nor the weather, nor the grid itself
    expect(typesIn('Cahier de liaison — semaine 46\nMardi : protections changées (incontinence).\n').filter((t) => t === 'health')).toEqual([]);
    expect(typesIn('Il a fait une chute de neige record. La grille AGGIR : du GIR 1 au GIR 6.\nProtections incontinence pour elle, paquet de 20 : 8,90 €\n')).toEqual([]);
  });
  it('reads a dependency, a fall or incontinence beside an amount in euros: only a shop\'s product and its price are no one\'s', () => {
    expect(valuesOf('health', '"Mme Giraud","GIR 2","Forfait mensuel 1 250,00 €"\n')).toEqual(['GIR 2']);
    expect(valuesOf('health', 'Mme Giraud est en GIR 3, prix de journée 72 €.\n')).toEqual(['GIR 3']);
    expect(valuesOf('health', 'Mme Paulette Giraud est incontinente, reste à charge 120 €.\n')).toEqual(['incontinente']);
    expect(valuesOf('health', 'M. Petit a fait une chute, facture 60 € pour l\'intervention.\n')).toEqual(['chute']);
    const shop = 'Protections incontinence pour elle, 8,90 €\nCulottes incontinence homme taille L – 12,90 €\nChanges complets pour incontinence lourde, pour lui, 15 €\nAlèses incontinence lavables pour elle 24,90 €\n';
    expect(typesIn(shop)).toEqual([]);
  });
  it('reads a fine\'s sentence with its amount whole, not cut after its first digit', () => {
    expect(valuesOf('criminal_offence', 'Mme Durand a été condamnée à une amende de 500 €.\n')).toEqual(['condamnée à une amende de 500 €']);
    expect(valuesOf('criminal_offence', 'M. Petit a été condamné à une amende de 1 500 euros.\n')).toEqual(['condamné à une amende de 1 500 euros']);
  });
  it('reads a home help\'s logbook titled with the service\'s name, the person cared for on a labelled line below', () => {
    const log = 'SERVICE D\'AIDE À DOMICILE « LES MAINS D\'ARMOR » — Cahier de liaison\nBénéficiaire : Mme Germaine LE BRIS, née le 14/02/1938\nAdresse : 12 impasse des Goélands, 29200 Brest\nLundi 02/11 (Karine) : toilette au lavabo, aide au lever, petit-déjeuner peu mangé, potage du soir refusé, linge lavé. Glycémie faite par l\'infirmière à 8h (1,42).\nMardi 03/11 (Karine) : courses + repas. Douleurs au genou gauche, marche avec son déambulateur.\nJeudi 05/11 : pilulier préparé par la pharmacie (Kardégic, metformine).\nProtection incontinence à racheter (taille M).\n';
    expect(valuesOf('health', log)).toEqual(['Glycémie faite', 'Douleurs au genou', 'son déambulateur', 'Kardégic', 'metformine', 'incontinence']);
    // not below a title naming a week, nor a price list's (the lines that say who, or a labelled line two lines below
    // the beneficiary's, still are)
    expect(valuesOf('health', log.replace('Bénéficiaire : Mme Germaine LE BRIS, née le 14/02/1938', 'Semaine 46'))).toEqual(['Douleurs au genou', 'son déambulateur']);
    expect(valuesOf('health', log.replace('— Cahier de liaison', '— Tarifs 2026'))).toEqual(['Glycémie faite', 'Douleurs au genou', 'son déambulateur']);
    expect(typesIn('Glycémie : définition et valeurs normales (1,10 g/l à jeun), dit le Dr Martin.\nLe déambulateur pliant : 89 €, dit Mme Durand.\nKardégic en rupture, pharmacie du centre, dit Mme Durand.\n')).toEqual(['person_name', 'person_name', 'person_name']);
  });
  it('reads a payslip\'s sick leave and union dues as its employee\'s, named on a labelled line of its head', () => {
    const slip = 'BULLETIN DE PAIE\nPériode du 01/10/2025 au 31/10/2025\nEmployeur : SARL Plomberie Le Goff\nSalarié : M. LOPES FERREIRA João\nEmploi : Ouvrier plombier   Coefficient : 185\nDate d\'entrée : 02/05/2019\nAbsence maladie du 06/10 au 10/10 (5 jours)\nSalaire de base 151,67 h : 2 150,00\nRetenue pour absence maladie : -312,45\nMutuelle : Harmonie Mutuelle\nCotisation syndicale CGT : 15,00\nNet à payer : 1 845,32 €\n';
    expect(found(slip).filter(([t]) => t !== 'person_name')).toEqual([['health', 'Absence maladie'], ['health', 'absence maladie'], ['union_membership', 'Cotisation syndicale CGT']]);
    // not under a guide's title (the leave three lines below the name is the card's, as before), nor a payslip naming no one
    expect(typesIn(slip.replace('BULLETIN DE PAIE', 'Bulletin de paie : mode d\'emploi'))).toEqual(['person_name', 'health']);
    expect(typesIn(slip.replace('Salarié : M. LOPES FERREIRA João', 'Salarié : (à compléter)'))).toEqual([]);
    // its title under the employer's name, address and SIRET, as a payroll program prints it
    const headed = 'SARL Plomberie Le Goff\nZA de Kerdroniou\nSIRET 732 829 320 00074\n' + slip.replace('Employeur : SARL Plomberie Le Goff\n', '');
    expect(found(headed).filter(([t]) => t === 'health' || t === 'union_membership')).toEqual([['health', 'Absence maladie'], ['health', 'absence maladie'], ['union_membership', 'Cotisation syndicale CGT']]);
    // (a title six lines down is no longer the file's)
    expect(typesIn('A\nB\nC\nD\nE\nF\n' + slip.replace('Employeur : SARL Plomberie Le Goff\n', '')).filter((t) => t === 'union_membership')).toEqual([]);
  });
  it('reads a couple\'s religious ceremony in a wedding planner\'s file, a child\'s bar-mitsva; not a venue\'s offer', () => {
    expect(found('Dossier mariage\nMariés : Sarah Cohen et David Benhaïm\nCérémonie religieuse à la synagogue de la rue Copernic le 14/06/2027.\n').filter(([t]) => t === 'religion')).toEqual([['religion', 'Cérémonie religieuse à la synagogue']]);
    expect(found('Photos de la bar-mitsva de Nathan Cohen le 12/05.').filter(([t]) => t === 'religion')).toEqual([['religion', 'bar-mitsva']]);
    // a parent's message, the child between the ceremony and its place
    expect(found('Bonjour, pour le mariage de notre fille à la mosquée de Lyon, nous souhaitons un photographe. M. et Mme Bouzid').filter(([t]) => t === 'religion')).toEqual([['religion', 'mariage de notre fille à la mosquée']]);
    expect(typesIn('Domaine des Saules : possibilité de cérémonie à l’église du village.\nPossibilité de mariage de votre fille à l’église du village.\nLe mariage à la mairie puis cérémonie laïque.\n')).toEqual([]);
    // a guest list's remark: a ramp to plan for is no venue's access
    expect(found('Invité;Table;Remarques\nPierre Lambert;5;fauteuil roulant, prévoir accès\n', { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'fauteuil roulant']]);
    // the couple's families' faiths, a guest in a wheelchair (a ramp to plan for beside it is no venue's access)
    const wedding = 'Mariage de Camille ROPARS et Yanis HADDAD — 12 juin 2027\nCérémonie laïque au domaine (famille du marié musulmane et famille de la mariée catholique).\nGrand-mère du marié en fauteuil roulant : prévoir rampe d’accès.\n';
    expect(found(wedding).filter(([t]) => t !== 'person_name')).toEqual([['religion', 'musulmane'], ['religion', 'catholique'], ['health', 'fauteuil roulant']]);
    expect(typesIn('Salle accessible en fauteuil roulant, rampe d’accès, dit Mme Durand.\nLa famille de la mariée catholique, une tradition, article de M. Durand.\n')).toEqual(['person_name', 'person_name']);
  });
  it('leaves an animal\'s health alone: a pet sitter\'s, a groomer\'s, a vet\'s notes', () => {
    const vet = 'Clinique vétérinaire — fiche patient\nAnimal : Rex, berger allemand mâle, 9 ans\nPropriétaire : M. Hervé Lambert, 06 12 98 45 33\nAntécédents : dysplasie de la hanche, diabétique depuis 2024\n\nChat de Mme Lambert : Mistigri, insuffisance rénale, épileptique.\nSon chien est diabétique.\n';
    expect(typesIn(vet).filter((t) => t === 'health')).toEqual([]);
    // a person's health beside an animal: what they are allergic to, the pet they keep, their card above their pet's line
    // a pet sitter's offer; a salon's offer to « des enfants autistes » names no one
    expect(typesIn('Garde d’animaux : je m’occupe de vos chats diabétiques (injections d’insuline) pendant vos vacances.\n')).toEqual([]);
    expect(typesIn('Notre équipe est formée à l’accueil des personnes en situation de handicap et des enfants autistes.\n')).toEqual([]);
    expect(valuesOf('health', 'Il est asthmatique et allergique aux chats.\nRemarques : Léa est diabétique, elle garde le chat de sa voisine.\n')).toEqual(['asthmatique', 'allergique aux chats', 'diabétique']);
    expect(valuesOf('health', 'Client : Mme Roux\nAnimal : un chat (gentil)\nRemarques : diabétique, ne pas proposer de gâteaux.\n')).toEqual(['diabétique']);
    // the owner named by their title on a pet's card; the owner a name after « Propriétaire »
    const card = 'Animal : Caramel, chatte, 8 ans\nPropriétaire : Koldo Gauthier\nSanté : diabétique, insuline matin et soir\nRemarque : M. Gauthier est asthmatique, ne pas laisser la chatte dans la chambre.\n';
    expect(found(card).filter(([t]) => t === 'health' || t === 'person_name').map(([, v]) => v)).toEqual(['Koldo Gauthier', 'Gauthier', 'asthmatique']);
    // the pet named by its kind just before its name, or in brackets after it; its owner's own condition stays theirs
    const sitter = 'Mme Roux : son chat Moka est diabétique.\nMme Roux : Moka (chat) est diabétique.\nRex (chien de M. Blanc) est épileptique.\nRex est épileptique, Gardénal à 8 h (chien de M. Blanc).\nPour Mme Roux : Moka est diabétique, insuline matin et soir (chatte de 12 ans).\n';
    expect(typesIn(sitter).filter((t) => t === 'health')).toEqual([]);
    // a groomer's or a vet's: the pet by its breed, or heading its line before a colon
    const breeds = 'Rex, berger allemand de M. Roux, est diabétique depuis 2022.\nLe labrador de Mme Roux est diabétique.\nSon yorkshire a une insuffisance cardiaque.\nPipo, caniche de 14 ans : cardiaque.\nMinou (chat de Léa Morel) : allergie aux puces.\nChien Rex : épileptique, sous Gardénal.\n';
    expect(typesIn(breeds).filter((t) => t === 'health')).toEqual([]);
    expect(valuesOf('health', 'Mme Roux (chat Moka à nourrir) : diabétique.\nMme Roux, éleveuse de caniches, est asthmatique.\nM. Berger est diabétique.\nMme Roux promène son labrador, elle est diabétique.\n')).toEqual(['diabétique', 'asthmatique', 'diabétique', 'diabétique']);
    expect(valuesOf('health', 'Mme Roux est aveugle (chien guide Rex).\nM. Blanc est épileptique (chien d’assistance).\nM. Blanc, son chat Moka et lui sont diabétiques.\nMme Roux est diabétique (chat de 12 ans à nourrir).\n')).toEqual(['aveugle', 'épileptique', 'diabétiques', 'diabétique']);
  });
  it('leaves a plant\'s disease alone: a gardener\'s or a landscaper\'s notes', () => {
    const garden = 'Le rosier de Mme Roux est malade, traitement bio.\nLe chêne de M. Petit est atteint de la maladie de l’encre.\nChez Mme Roux, les arbres malades sont à abattre, dit-elle.\n';
    expect(typesIn(garden).filter((t) => t === 'health')).toEqual([]);
    // not a first name, nor a home named after trees, nor a remedy
    expect(valuesOf('health', 'Olivier est diabétique.\nLes Tilleuls, Mme Roux : diabétique.\nVigne rouge : Mme Roux a des varices.\n')).toEqual(['diabétique', 'diabétique', 'varices']);
    // the plant or the animal opening a table's cell, quoted or not; a person's cell after an animal's stays theirs
    const csv = 'Nom;Date;Remarque\nMarie Roux;12/03/2026;"Le rosier du jardin est malade, traitement bio."\nPaul Petit;13/03/2026;"Son chien est diabétique."\nLéo Roux;Son chien est mort;Il est asthmatique\n';
    expect(valuesOf('health', csv, { format: 'csv' })).toEqual(['asthmatique']);
    expect(valuesOf('health', 'Nom,Date,Remarque\nMarie Roux,12/03/2026,"Le rosier du jardin est malade, traitement bio."\nLéo Roux,13/03/2026,Il est asthmatique\n', { format: 'csv' })).toEqual(['asthmatique']);
  });
  it('reads what a health label announces as health data about the file\'s person', () => {
    expect(found('Antécédents : asthme, allergie à la pénicilline\nTél 06 12 34 56 78')).toEqual([
      ['health', 'Antécédents : asthme, allergie à la pénicilline'],
      ['phone', '06 12 34 56 78'],
    ]);
    expect(typesIn('Motif de consultation : troubles du sommeil')).toEqual(['health']);
    expect(typesIn('Contre-indications : grossesse')).toEqual(['health']);
    // an association's membership form: its medical information, unless it says nothing
    expect(found('Informations médicales utiles : porteuse d’un pacemaker, allergie aux piqûres de guêpe.\nRenseignements médicaux : néant\n').map(([t]) => t)).toEqual(['health']);
    expect(typesIn('Observations médicales : RAS')).toEqual([]);
    // a filled questionnaire's answer after its question (a tattooist's consent form); not « non », a FAQ's advice or question
    expect(found('Avez-vous des allergies connues ? latex\nTraitement en cours ? Levothyrox 75\nAvez-vous des allergies ? non\n').map(([, v]) => v)).toEqual(['allergies connues ? latex', 'Traitement en cours ? Levothyrox 75']);
    expect(typesIn('Des allergies ? Prévenez-nous.\nAllergies ? Contactez-nous\nVous avez des allergies ? Nos soins sont hypoallergéniques.\nQuelles sont les contre-indications ? Grossesse\n')).toEqual([]);
    // « Santé : » opening its line on a childminder's form, about someone; not an insurer's line
    expect(found('Santé : Jules fait de l’eczéma, crème Dexeryl matin et soir. Allergie aux protéines de lait de vache (APLV).\n').map(([t]) => t)).toEqual(['health']);
    expect(typesIn('Fiche enfant\nPrénom : Léo\nSanté : MGEN contrat 55\nSanté : néant\nLa santé : un enjeu pour Léo\n').filter((t) => t === 'health')).toEqual([]);
    // after a tab, a two-column table copied into a text; not a wider table's header row, nor « néant »
    expect(found('Contre-indications\tgrossesse en cours (4 mois)\nAllergies\tnickel\n').map(([, v]) => v)).toEqual(['Contre-indications\tgrossesse en cours (4 mois)', 'Allergies\tnickel']);
    expect(typesIn('Référence\tAllergies\tTraitements\nAllergies\tnéant\n')).toEqual([]);
    // as practitioners abridge the labels: « ATCD », « TTT »
    expect(found('ATCD : HTA, DT2\nAtcd familiaux : cancer du sein\nTTT : Kardegic 75\n').map(([, v]) => v)).toEqual(['ATCD : HTA, DT2', 'Atcd familiaux : cancer du sein', 'TTT : Kardegic 75']);
    expect(typesIn('ATCD : néant\nTTT : 45 %\nMattt : x')).toEqual([]);
    // the value ends before the next label on its line (a childminder's one-line form)
    expect(found('Allergie : arachides. Médecin traitant : Dr Kerbrat.\nATCD : asthme; Vaccins : à jour\n').filter(([t]) => t === 'health').map(([, v]) => v)).toEqual(['Allergie : arachides', 'ATCD : asthme']);
    // a blood group after its label, not the group spoken of in general
    expect(found('Groupe sanguin : A+\nGroupe sanguin : O négatif\n').map(([, v]) => v)).toEqual(['Groupe sanguin : A+', 'Groupe sanguin : O négatif']);
    expect(typesIn('Le groupe sanguin O- est donneur universel. Groupe sanguin : ABO')).toEqual([]);
  });
  it('reads nothing in « néant », « aucune », « RAS », nor in a claim\'s or a building\'s history', () => {
    expect(typesIn('Allergies : néant\nAntécédents : RAS\nPathologie : aucune.\n')).toEqual([]);
    expect(typesIn('Antécédents : sinistre dégât des eaux 2019')).toEqual([]);
    expect(typesIn('Antécédents de sinistre : dégât des eaux')).toEqual([]);
  });
  it('reads nothing behind a form\'s box left unchecked, only what is ticked', () => {
    const form = 'Nom : GARNIER   Prénom : Laetitia\nContre-indications (cocher) :\n[x] Grossesse en cours\n[ ] Diabète\n[X] Rosacée\n[] Épilepsie\n☐ Asthme   ☒ Eczéma\n( ) Psoriasis\n';
    expect(valuesOf('health', form)).toEqual(['Grossesse', 'Rosacée', 'Eczéma']);
  });
  it('reads nothing in a question whose choices are left as printed, or answered « Non » by a ticked box', () => {
    const form = 'Cliente : Mme Laetitia GARNIER, née le 12/03/1985\nÊtes-vous enceinte ? Oui Non\nAvez-vous de l’asthme ? ☐ Oui ☐ Non\nSouffrez-vous d’épilepsie ? ☐ Oui ☒ Non\nAvez-vous du diabète ? [X] Non [ ] Oui\nÊtes-vous suivie par un psychiatre ? Oui / Non\nAvez-vous des varices ? ☒ Oui ☐ Non\n';
    // (the ticked answer read with its question, as an intake form's « Diabète : oui »)
    expect(valuesOf('health', form)).toEqual(['varices ? ☒ Oui']);
  });
  it('reads nothing in what a form\'s question or label is answered « non » to', () => {
    const intake = 'Nom et prénom : Lefebvre Aurélie\nAvez-vous déjà été hospitalisé(e) en psychiatrie ? Non\nPrenez-vous des antidépresseurs ? Oui (sertraline)\nSouffrez-vous d\'épilepsie ? NON\nEnceinte : non\nDiabète : non insulino-dépendant\n';
    expect(valuesOf('health', intake)).toEqual(['antidépresseurs', 'sertraline', 'Diabète']);
    // (the answer in the next cell, as Calendly exports a question and its answer side by side)
    const calendly = 'Invitee Name,Invitee Email,Question 1,Response 1,Question 2,Response 2\n' +
      'Claire Martin,claire@exemple.fr,Êtes-vous enceinte ?,Oui,Souffrez-vous d\'épilepsie ?,Non\nPaul Leroy,paul@exemple.fr,Êtes-vous enceinte ?,Non,Souffrez-vous d\'épilepsie ?,"non"\n';
    expect(found(calendly, { format: 'csv' }).filter(([t]) => t === 'health')).toEqual([['health', 'enceinte']]);
    // (a cell's end after « non » only counts after a cell's delimiter: in a line, « non, » opens an answer that goes on)
    expect(valuesOf('health', 'Mme Roux — Diabète : non, insulino-dépendante\n')).toEqual(['Diabète']);
  });
});

describe('column headers (CSV and spreadsheet cells)', () => {
  const csv = 'Nom;Prénom;Date de naissance;Adresse;Téléphone;Ville\nDUPONT;Zoé;12/03/1985;"3 rue X";612345678;Paris\n';
  it('reads a condition a column asks about, answered yes: « O » under « Enceinte (O/N) », a box ticked under « Diabète »', () => {
    const studio = 'Nom;Prénom;Enceinte (O/N);Diabète;Remarques\nLE GALL;Anne;O;;\nMORVAN;Paul;N;X;\nRIOU;Léa;N;non;\n';
    expect(valuesOf('health', studio, { format: 'csv' })).toEqual(['O', 'X']);
    // not a shop's loudspeaker, nor a yes under a column that asks nothing
    expect(valuesOf('health', 'Client;Enceinte;Prix;Livré\nDUPONT Paul;JBL Flip 6;129;O\n', { format: 'csv' })).toEqual([]);
  });
  it('makes the cells under Nom, Prénom, Date de naissance, Adresse findings', () => {
    expect(found(csv, { format: 'csv' })).toEqual([
      ['person_name', 'DUPONT'],
      ['person_name', 'Zoé'],
      ['birth_date', '12/03/1985'],
      ['postal_address', '3 rue X'],
      ['phone', '612345678'],
    ]);
  });
  it('uses headerLine for later blocks, and nothing without it', () => {
    const later = 'MARTIN;Léo;01/02/2003;"Lieu-dit les Granges";;Lyon\n';
    expect(typesIn(later, { format: 'csv', headerLine: 'Nom;Prénom;Date de naissance;Adresse;Téléphone;Ville' })).toEqual(['person_name', 'person_name', 'birth_date', 'postal_address']);
    expect(typesIn(later, { format: 'text' })).toEqual([]);
  });
  it('reads the cells of lines with, without and with delimiters again in one block', () => {
    const block = 'DUPONT;Zoé;x\nnote libre sans séparateur\nMARTIN;Léo;y\n;;\nPETIT;Ana\n';
    expect(found(block, { format: 'csv', headerLine: 'Nom;Prénom;Produit' })).toEqual([
      ['person_name', 'DUPONT'],
      ['person_name', 'Zoé'],
      ['person_name', 'note libre sans séparateur'],
      ['person_name', 'MARTIN'],
      ['person_name', 'Léo'],
      ['person_name', 'PETIT'],
      ['person_name', 'Ana'],
    ]);
  });
  it('classifies a spreadsheet cell by its column header', () => {
    expect(found('Zoé', { format: 'xlsx', columnHeader: 'Prénom' })).toEqual([['person_name', 'Zoé']]);
    expect(found('12/03/1985', { format: 'xlsx', columnHeader: 'DDN' })).toEqual([['birth_date', '12/03/1985']]);
    expect(found('Zoé', { format: 'xlsx', columnHeader: 'Produit' })).toEqual([]);
    expect(found('12/03/1985', { format: 'xlsx', columnHeader: 'Date de facture' })).toEqual([]);
  });
  it('classifies each cell of a column on its own, one cell per line', () => {
    // the whole column used to be taken as one cell: one « name » spanning every row, and dates missed
    expect(found('Zoé\nJean-Marc Petit\n  Léa  ', { format: 'xlsx', columnHeader: 'Prénom' })).toEqual([
      ['person_name', 'Zoé'],
      ['person_name', 'Jean-Marc Petit'],
      ['person_name', 'Léa'],
    ]);
    expect(found('12/03/1985\n\n01/02/1990', { format: 'xlsx', columnHeader: 'DDN' })).toEqual([
      ['birth_date', '12/03/1985'],
      ['birth_date', '01/02/1990'],
    ]);
  });
});

describe('hostile blanks', () => {
  // A run of blanks that two parts of a regex could share was read once per way of sharing it: a capitalised word, or
  // a header's question, before 59 000 blanks took 2 to 7 s a block, 250 000 would take minutes. Each run now has one
  // reading, and these blocks take milliseconds (no timing here: the suite's time-out would catch the old reading).
  it('reads a capitalised word before a wide gap, and a question heading a CSV before one, in one pass', () => {
    expect(found('Client : Table' + ' '.repeat(250_000) + 'x')).toEqual([]);
    expect(found('OUI' + '\u00a0'.repeat(250_000) + 'x')).toEqual([]);
    expect(found('Avez-vous des allergies ?' + ' '.repeat(250_000) + '\nx', { format: 'csv' })).toEqual([]);
  });
});

describe('report shape', () => {
  const text = '🙂 Mme Durand, 06 12 34 56 78, marie@exemple.fr, IBAN FR7630006000011234567890189, née le 12/03/1985.';
  const ds = detectText(text);
  it('offsets count UTF-16 code units', () => {
    expect(ds.map((d) => text.slice(d.start, d.start + d.length))).toContain('06 12 34 56 78');
  });
  it('is sorted by start and non-overlapping per type', () => {
    for (let i = 1; i < ds.length; i++) expect(ds[i]!.start).toBeGreaterThanOrEqual(ds[i - 1]!.start);
    const byType = new Map<string, number>();
    for (const d of ds) {
      expect(d.start).toBeGreaterThanOrEqual(byType.get(d.type) ?? 0);
      byType.set(d.type, d.start + d.length);
    }
  });
  it('masks every value: at most the first and last characters survive', () => {
    expect(ds.length).toBeGreaterThanOrEqual(5);
    for (const d of ds) {
      const raw = text.slice(d.start, d.start + d.length);
      expect(d.masked).toHaveLength(raw.length);
      const kept = [...d.masked].map((c, i) => (c === '•' ? '' : i));
      expect(kept.filter((k) => k !== '').every((i) => i === 0 || i === raw.length - 1)).toBe(true);
      expect(d.masked.slice(1, -1)).toMatch(/^•*$/);
      expect(d.category).toBe(['iban', 'card', 'nir'].includes(d.type) || d.type === 'health' ? 'sensible' : 'courante');
    }
  });
});
