// SQL dumps: each table's rows read under their columns, as a spreadsheet's cells under their headers.
import { describe, expect, it } from 'vitest';
import { detectBlock, detectText } from './detect.ts';
import { newSqlFile } from './sqltables.ts';
import type { FindingType } from './types.ts';

function found(text: string, only?: FindingType[]): Array<[FindingType, string]> {
  return detectText(text, { format: 'text' })
    .filter((d) => only === undefined || only.includes(d.type))
    .map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

const NAMES_AND_MORE: FindingType[] = ['person_name', 'birth_date', 'postal_address', 'phone', 'health'];

describe('SQL dumps: rows under their columns', () => {
  it('reads phpMyAdmin\'s rows under the columns its INSERT names (WooCommerce\'s customers)', () => {
    const sql = '-- Dump of `boutique`\n' +
      'INSERT INTO `wp_wc_customer_lookup` (`customer_id`, `user_id`, `username`, `first_name`, `last_name`, `email`, `date_last_active`, `date_registered`, `country`, `postcode`, `city`, `state`) VALUES\n' +
      "(1, 2, 'gkerbrat', 'Gwenaëlle', 'Kerbrat', 'g.kerbrat@example.fr', '2026-03-01 10:12:00', '2025-11-02 09:00:00', 'FR', '29200', 'Brest', ''),\n" +
      "(2, NULL, '', 'Jean-Yves', 'd\\'Aubigné', 'jy@example.fr', NULL, '2026-01-15 18:30:00', 'FR', '56100', 'Lorient', '');\n";
    expect(found(sql, NAMES_AND_MORE)).toEqual([
      ['person_name', 'Gwenaëlle'], ['person_name', 'Kerbrat'], ['person_name', 'Jean-Yves'], ['person_name', "d\\'Aubigné"],
    ]);
  });

  it('names the columns of mysqldump\'s rows from the CREATE TABLE above them (Prestashop\'s addresses)', () => {
    const sql = 'DROP TABLE IF EXISTS `ps_address`;\n' +
      'CREATE TABLE `ps_address` (\n  `id_address` int(10) unsigned NOT NULL AUTO_INCREMENT,\n  `id_customer` int(10) unsigned NOT NULL DEFAULT \'0\',\n' +
      '  `alias` varchar(32) NOT NULL,\n  `company` varchar(255) DEFAULT NULL,\n  `lastname` varchar(255) NOT NULL,\n  `firstname` varchar(255) NOT NULL,\n' +
      '  `address1` varchar(128) NOT NULL,\n  `address2` varchar(128) DEFAULT NULL,\n  `postcode` varchar(12) DEFAULT NULL,\n  `city` varchar(64) NOT NULL,\n' +
      '  `other` text,\n  `phone` varchar(32) DEFAULT NULL,\n  `amount` decimal(20,6) NOT NULL DEFAULT \'0.000000\',\n' +
      '  PRIMARY KEY (`id_address`),\n  KEY `address_customer` (`id_customer`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n' +
      'LOCK TABLES `ps_address` WRITE;\n' +
      "INSERT INTO `ps_address` VALUES (1,3,'Maison',NULL,'Le Goff','Manon','Lieu-dit Kerbastard',NULL,'29800','Landerneau','Allergique aux acariens','0298123456',0.000000),(2,4,'Bureau','SARL Bati Ouest','Tanguy','Erwan','Hameau des Chênes','Bât. B','22300','Lannion','','',0.000000);\n" +
      'UNLOCK TABLES;\n';
    expect(found(sql, NAMES_AND_MORE)).toEqual([
      // (the note of a row about someone is read by the special categories' detector)
      ['person_name', 'Le Goff'], ['person_name', 'Manon'], ['postal_address', 'Lieu-dit Kerbastard'], ['health', 'Allergique aux acariens'], ['phone', '0298123456'],
      ['person_name', 'Tanguy'], ['person_name', 'Erwan'], ['postal_address', 'Hameau des Chênes'],
    ]);
  });

  it('reads pg_dump\'s COPY lines under their columns, and SQLite\'s .dump under its one-line CREATE TABLE', () => {
    const pg = 'CREATE TABLE public.patients (\n    id integer NOT NULL,\n    nom text,\n    prenom text,\n    date_naissance date,\n    antecedents text\n);\n\n' +
      'COPY public.patients (id, nom, prenom, date_naissance, antecedents) FROM stdin;\n' +
      '1\tLe Bihan\tSolenn\t1975-03-03\tAsthme\n2\tMorvan\tYann\t1988-11-21\t\\N\n\\.\n\n' +
      "SELECT pg_catalog.setval('public.patients_id_seq', 2, true);\n";
    expect(found(pg, NAMES_AND_MORE)).toEqual([
      ['person_name', 'Le Bihan'], ['person_name', 'Solenn'], ['birth_date', '1975-03-03'], ['health', 'Asthme'],
      ['person_name', 'Morvan'], ['person_name', 'Yann'], ['birth_date', '1988-11-21'],
    ]);
    const sqlite = 'PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n' +
      'CREATE TABLE clients(id INTEGER PRIMARY KEY, "Nom" TEXT NOT NULL, "Prénom" TEXT, adresse TEXT, naissance TEXT, CHECK (length(adresse) < 200));\n' +
      "INSERT INTO clients VALUES(1,'Quéré','Maëlys','3 bis rue de Siam','12/03/1985');\nCOMMIT;\n";
    expect(found(sqlite, NAMES_AND_MORE)).toEqual([
      ['person_name', 'Quéré'], ['person_name', 'Maëlys'], ['postal_address', '3 bis rue de Siam'], ['birth_date', '12/03/1985'],
    ]);
  });

  it('reads a general name column in a table of people (wp_users), not in one of categories, products or shops', () => {
    const users = "INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_email`, `display_name`) VALUES (1, 'admin', '$P$B', 'contact@plomberie.fr', 'admin'), (2, 'tanguy', '$P$C', 'erwan@example.fr', 'Erwan Tanguy');\n";
    expect(found(users, ['person_name'])).toEqual([['person_name', 'Erwan Tanguy']]);
    const other = "INSERT INTO `wp_terms` (`term_id`, `name`, `slug`) VALUES (1, 'Non Classé', 'non-classe'), (2, 'Salle De Bain', 'sdb');\n" +
      "INSERT INTO `ps_store` (`id_store`, `name`, `address1`, `phone`, `note`) VALUES (1, 'Boutique Brest', '12 Rue Jean Jaurès', '0298000000', 'Fermé le lundi');\n";
    expect(found(other, ['person_name', 'postal_address'])).toEqual([['postal_address', '12 Rue Jean Jaurès']]);
  });

  it('reads a health note of a row about someone as about that person, not in a table of products', () => {
    const sql = "INSERT INTO `clients` (`id`, `nom`, `prenom`, `remarques`) VALUES (1, 'Kerbrat', 'Anne', 'Diabétique, pas de sucre');\n" +
      "INSERT INTO `produits` (`id`, `libelle`, `allergies`) VALUES (1, 'Far breton', 'gluten, lait');\n";
    expect(found(sql, ['health'])).toEqual([['health', 'Diabétique']]);
  });

  it('stops at what a row cannot hold, a value never closed or the block\'s end, and reads no value inside another', () => {
    const cut = "INSERT INTO `clients` (`nom`, `prenom`) VALUES ('Kerbrat', 'Anne'), ('Morvan', 'Yv";
    // (a value cut by the block's edge is read up to there: the next block skips its rest)
    expect(found(cut, ['person_name'])).toEqual([['person_name', 'Kerbrat'], ['person_name', 'Anne'], ['person_name', 'Morvan'], ['person_name', 'Yv']]);
    const nested = "INSERT INTO `logs` (`id`, `message`) VALUES (1, 'INSERT INTO `clients` (`nom`) VALUES (\\'Quéré\\')');\n";
    expect(found(nested, ['person_name'])).toEqual([]);
    const odd = "INSERT INTO `clients` (`nom`, `prenom`) VALUES ('Kerbrat', ST_GeomFromText('POINT(1 2)'), 'Anne') garbage ('Morvan', 'Yves');\n";
    expect(found(odd, ['person_name'])).toEqual([['person_name', 'Kerbrat']]);
  });

  it('reads on, in the next block, the rows a block ended in, under the columns a block before created', () => {
    const names = (text: string, ds: ReturnType<typeof detectBlock>) => ds.toArray(text).filter((d) => d.type === 'person_name').map((d) => text.slice(d.start, d.start + d.length));
    const file = newSqlFile();
    const b1 = 'CREATE TABLE `clients` (\n  `id` int,\n  `nom` varchar(64),\n  `prenom` varchar(64)\n);\n';
    detectBlock(b1, { format: 'text', sqlFile: file });
    expect(file.open).toBeNull();
    // mysqldump's one line, cut inside a value
    const b2 = "INSERT INTO `clients` VALUES (1,'Kerbrat','Anne'),(2,'Mor";
    const d2 = detectBlock(b2, { format: 'text', sqlFile: file });
    expect(names(b2, d2)).toEqual(['Kerbrat', 'Anne', 'Mor']);
    expect(file.open).not.toBeNull();
    const b3 = "van','Yves'),(3,'Le Goff','Manon');\nSELECT 1;\n";
    const d3 = detectBlock(b3, { format: 'text', sqlFile: file });
    expect(names(b3, d3)).toEqual(['Yves', 'Le Goff', 'Manon']);
    expect(file.open).toBeNull();
    // pg_dump's lines, the next block opening with the lines carried as context (read before, not again)
    const copy = newSqlFile();
    const c1 = 'COPY public.patients (id, nom, prenom) FROM stdin;\n1\tQuéré\tMaëlys\n';
    const e1 = detectBlock(c1, { format: 'text', sqlFile: copy });
    expect(names(c1, e1)).toEqual(['Quéré', 'Maëlys']);
    const carried = '1\tQuéré\tMaëlys\n';
    const c2 = carried + '2\tMorvan\tYann\n\\.\n';
    copy.at = carried.length;
    const e2 = detectBlock(c2, { format: 'text', sqlFile: copy });
    expect(names(c2, e2)).toEqual(['Morvan', 'Yann']);
    expect(copy.open).toBeNull();
  });
});

describe('SQL dumps: a social security number under its column', () => {
  it('reads a practice software\'s patients, their NIR kept without its key', () => {
    const sql = 'CREATE TABLE `patients` (\n  `id` int,\n  `nom` varchar(60),\n  `prenom` varchar(60),\n  `num_secu` varchar(15)\n);\n' +
      "INSERT INTO `patients` VALUES (1,'Kerbrat','Yannick','1850578006084'),(2,'Le Bihan','Gwen','2 85 05 78 006 084'),(3,'Morel','Léa','inconnu');\n";
    expect(found(sql, ['nir'])).toEqual([['nir', '1850578006084'], ['nir', '2 85 05 78 006 084']]);
  });
});
