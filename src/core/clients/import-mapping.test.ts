import { describe, expect, it } from 'vitest';
import { applyMapping, dedupeKeys, findDuplicates, guessColumnMapping, validateImportRow, type MappedRow } from './import-mapping.ts';
import { parseImportDate, splitFullName } from './import-values.ts';

const fields = (headers: string[]) => guessColumnMapping(headers).map((g) => g.field);

describe('guessColumnMapping', () => {
  it('reads a Google Contacts export', () => {
    const headers = [
      'First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Name Prefix', 'Name Suffix', 'Nickname', 'File As',
      'Organization Name', 'Organization Title', 'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels',
      'E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 2 - Label', 'E-mail 2 - Value', 'Phone 1 - Label', 'Phone 1 - Value',
      'Phone 2 - Label', 'Phone 2 - Value', 'Address 1 - Label', 'Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City',
      'Address 1 - PO Box', 'Address 1 - Region', 'Address 1 - Postal Code', 'Address 1 - Country', 'Address 1 - Extended Address',
      'Website 1 - Label', 'Website 1 - Value',
    ];
    expect(fields(headers)).toEqual([
      'prenom', null, 'nom', null, 'civilite', null, null, null,
      'societe', null, null, null, 'notes', null, null,
      null, 'emails', null, 'emails', null, 'phones',
      null, 'phones', null, null, 'adresse', 'ville',
      null, null, 'codePostal', 'pays', 'adresse',
      null, null,
    ]);
    const birthday = guessColumnMapping(headers)[11];
    expect(birthday).toMatchObject({ field: null, confidence: 1 });
    expect(birthday?.note).toMatch(/minimisation/);
  });

  it('reads a sheet typed by hand in French', () => {
    const headers = ['Civilité', 'NOM', 'Prénom', 'Adresse', "Complément d'adresse", 'Code Postal', 'Ville', 'Tél. fixe', 'Portable', 'E-mail', 'Date de création', 'Dernier contact', 'Statut', 'Remarques', 'Date de naissance', 'N° de sécurité sociale'];
    const guesses = guessColumnMapping(headers);
    expect(guesses.map((g) => g.field)).toEqual([
      'civilite', 'nom', 'prenom', 'adresse', 'adresse', 'codePostal', 'ville', 'phones', 'phones', 'emails',
      'collectedAt', 'lastContactAt', 'status', 'notes', null, null,
    ]);
    expect(guesses.slice(0, 14).every((g) => g.confidence === 1)).toBe(true);
    expect(guesses[15]?.note).toMatch(/donnée sensible/);
  });

  it('reads an invoicing tool export', () => {
    const headers = 'Raison sociale;Nom;Prénom;Mail;Tél. portable;Adresse 1;Adresse 2;CP;Ville;Pays;SIRET;N° TVA intracommunautaire;Code client;Date de création'.split(';');
    expect(fields(headers)).toEqual([
      'societe', 'nom', 'prenom', 'emails', 'phones', 'adresse', 'adresse', 'codePostal', 'ville', 'pays', null, null, null, 'collectedAt',
    ]);
  });

  it('reads a French Outlook export', () => {
    const headers = ['Titre', 'Prénom', 'Deuxième prénom', 'Nom', 'Société', 'Rue (bureau)', 'Ville (bureau)', 'Code postal (bureau)', 'Pays/Région (bureau)', 'Téléphone (bureau)', 'Téléphone mobile', 'Adresse de messagerie', 'Adresse de messagerie 2', 'Notes'];
    const guesses = guessColumnMapping(headers);
    expect(guesses.map((g) => g.field)).toEqual([
      'civilite', 'prenom', null, 'nom', 'societe', 'adresse', 'ville', 'codePostal', 'pays', 'phones', 'phones', 'emails', 'emails', 'notes',
    ]);
    expect(guesses[2]?.note).toBe('même information que la colonne « Prénom »');
    expect(guesses[5]?.confidence).toBe(0.6);
  });

  it('reads an English CRM export and keeps one column per single field', () => {
    const headers = ['First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name', 'Street Address', 'City', 'Postal Code', 'Country/Region', 'Lifecycle Stage', 'Lead Status', 'Create Date', 'Last Activity Date', 'Record ID'];
    const guesses = guessColumnMapping(headers);
    expect(guesses.map((g) => g.field)).toEqual([
      'prenom', 'nom', 'emails', 'phones', 'phones', 'societe', 'adresse', 'ville', 'codePostal', 'pays', 'status', null, 'collectedAt', 'lastContactAt', null,
    ]);
    expect(guesses[11]?.note).toBe('même information que la colonne « Lifecycle Stage »');
  });

  it('reads a newsletter list with a full name and consent columns', () => {
    expect(fields(['\uFEFFNom complet', 'Adresse e-mail', 'Newsletter', "Date d'inscription newsletter", 'Texte du consentement', 'Source', 'Colonne 7', ''])).toEqual([
      'nomComplet', 'emails', 'consentement', 'consentementDate', 'consentementTexte', 'source', null, null,
    ]);
  });

  it('gives a single field to the leftmost of equally sure columns', () => {
    const guesses = guessColumnMapping(['Société', 'Nom de famille', 'Raison sociale', 'Nom']);
    expect(guesses.map((g) => g.field)).toEqual(['societe', 'nom', null, null]);
    expect(guesses[3]?.note).toBe('même information que la colonne « Nom de famille »');
  });
});

const now = new Date('2026-03-10T10:00:00Z');

describe('validateImportRow', () => {
  const headers = 'Raison sociale;Nom;Prénom;Mail;Tél. portable;Adresse 1;CP;Ville'.split(';');
  const mapping = guessColumnMapping(headers);

  it('turns a good row into a client', () => {
    const row = applyMapping(['Atelier Bois', 'Dupont', 'Jean', 'Jean.Dupont@Exemple.fr', '06 12 34 56 78', '3 rue du Port', '1000', 'Bourg-en-Bresse'], mapping);
    const r = validateImportRow(row, 2, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.client).toMatchObject({
      company: 'Atelier Bois',
      nom: 'Dupont',
      prenom: 'Jean',
      emails: ['jean.dupont@exemple.fr'],
      phones: ['+33612345678'],
      address: { lignes: ['3 rue du Port'], codePostal: '01000', ville: 'Bourg-en-Bresse', pays: 'France' },
      status: 'client',
      legalBasis: 'contrat',
      collectedAt: '2026-03-10',
    });
    expect(r.warnings).toEqual(['Ligne 2 : code postal « 1000 » complété en « 01000 » (zéro initial perdu par le tableur)']);
  });

  it('names the row and quotes each faulty value', () => {
    const row = applyMapping(['', '', '', 'jean@', '07 01 02 03 04', '', '7500', 'Paris'], mapping);
    const r = validateImportRow(row, 12, now);
    expect(r).toEqual({
      ok: false,
      warnings: ['Ligne 12 : code postal « 7500 » complété en « 07500 » (zéro initial perdu par le tableur)'],
      errors: [
        'Ligne 12 : adresse e-mail invalide (« jean@ »)',
        'Ligne 12 : numéro de téléphone invalide (« 07 01 02 03 04 »)',
        'Ligne 12 : nom ou société à renseigner',
      ],
    });
  });

  it('reads French dates, two-digit years and Excel serial numbers', () => {
    const r = validateImportRow({ nom: 'Martin', collectedAt: '05/03/2024', lastContactAt: '45356', status: 'Prospect' }, 3, now);
    expect(r.ok && [r.client.collectedAt, r.client.lastContactAt, r.client.legalBasis]).toEqual(['2024-03-05', '2024-03-05', 'interet_legitime']);
    expect(parseImportDate('05/03/24', '2026-03-10')).toBe('2024-03-05');
    expect(parseImportDate('05/03/85', '2026-03-10')).toBe('1985-03-05');
    expect(parseImportDate('5.3.2024 14:32', '2026-03-10')).toBe('2024-03-05');
    expect(parseImportDate('2024-03-05 14:32:00', '2026-03-10')).toBe('2024-03-05');
    const bad = validateImportRow({ nom: 'Martin', collectedAt: '31/02/2024', lastContactAt: '12/12/2030' }, 4, now);
    expect(!bad.ok && bad.errors).toEqual([
      'Ligne 4 : date de collecte invalide (« 31/02/2024 »)',
      'Ligne 4 : date du dernier contact dans le futur (« 2030-12-12 »)',
    ]);
  });

  it('splits multi-valued cells and full names', () => {
    const r = validateImportRow({ nomComplet: 'M. Jean DUPONT', emails: ['a@x.fr; b@y.fr', 'c@z.fr ::: a@x.fr'], phones: ['06 12 34 56 78 / 01 42 68 53 00'] }, 5, now);
    expect(r.ok && r.client).toMatchObject({ civilite: 'M.', prenom: 'Jean', nom: 'DUPONT', emails: ['a@x.fr', 'b@y.fr', 'c@z.fr'], phones: ['+33612345678', '+33142685300'] });
    expect(splitFullName('Dupont, Jean')).toEqual({ civilite: null, nom: 'Dupont', prenom: 'Jean' });
    expect(splitFullName('DUPONT-MORETTI Éric')).toEqual({ civilite: null, nom: 'DUPONT-MORETTI', prenom: 'Éric' });
    expect(splitFullName('Jean de La Fontaine')).toEqual({ civilite: null, prenom: 'Jean', nom: 'de La Fontaine' });
    expect(splitFullName('Marie Claire Martin')).toEqual({ civilite: null, prenom: 'Marie Claire', nom: 'Martin' });
    expect(splitFullName('Cher')).toEqual({ civilite: null, prenom: null, nom: 'Cher' });
  });

  it('does not import a consent without proof', () => {
    const noProof = validateImportRow({ nom: 'A', consentement: 'oui' }, 6, now);
    expect(noProof.ok && noProof.client.marketingConsent).toBeNull();
    expect(noProof.warnings).toEqual(['Ligne 6 : consentement indiqué sans preuve (date et texte présenté) : non repris, à redemander avant toute prospection par e-mail ou SMS']);
    const proven = validateImportRow({ nom: 'A', consentement: 'Oui', consentementDate: '01/02/2025', consentementTexte: "J'accepte la lettre mensuelle" }, 7, now);
    expect(proven.ok && proven.client.marketingConsent).toEqual({ given: true, at: '2025-02-01', channel: 'autre', textShown: "J'accepte la lettre mensuelle" });
    const refused = validateImportRow({ nom: 'A', consentement: 'non' }, 8, now);
    expect(refused.ok && refused.client.marketingConsent).toEqual({ given: false, at: null, channel: null, textShown: null });
    expect(validateImportRow({ nom: 'A', consentement: 'peut-être' }, 9, now).warnings[0]).toMatch(/^Ligne 9 : consentement « peut-être » illisible/);
  });

  it('infers a former client from an end date, and drops unknown civilités with a warning', () => {
    const r = validateImportRow({ nom: 'A', civilite: 'Dr', relationshipEndedAt: '31/12/2024', collectedAt: '2020-01-01' }, 10, now, { source: 'Import 2026' });
    expect(r.ok && r.client).toMatchObject({ status: 'ancien_client', relationshipEndedAt: '2024-12-31', civilite: null, source: 'Import 2026' });
    expect(r.warnings).toEqual(['Ligne 10 : civilité « Dr » non reconnue : ignorée']);
    const explicit = validateImportRow({ nom: 'A', status: 'Client', relationshipEndedAt: '31/12/2024' }, 11, now);
    expect(!explicit.ok && explicit.errors).toEqual(['Ligne 11 : la date de fin de relation ne concerne que les anciens clients']);
  });

  it('uses the default status when the file has none', () => {
    const r = validateImportRow({ nom: 'A' } satisfies MappedRow, 13, now, { status: 'prospect' });
    expect(r.ok && r.client.status).toBe('prospect');
  });
});

describe('duplicates', () => {
  it('builds keys from normalised e-mails and phones', () => {
    expect(dedupeKeys({ emails: ['Jean@Exemple.fr'], phones: ['06 12 34 56 78', '+33612345678', 'n/a'] })).toEqual(['email:jean@exemple.fr', 'tel:+33612345678']);
  });
  it('finds duplicates inside the file and against existing clients', () => {
    const rows = [
      { rowNumber: 2, client: { emails: ['a@x.fr'], phones: [] } },
      { rowNumber: 3, client: { emails: ['b@x.fr'], phones: ['+33612345678'] } },
      { rowNumber: 4, client: { emails: ['A@X.FR'], phones: [] } },
      { rowNumber: 5, client: { emails: [], phones: ['+33142685300'] } },
      { rowNumber: 6, client: { emails: ['c@x.fr'], phones: ['06 12 34 56 78'] } },
    ];
    expect(findDuplicates(rows, ['tel:+33142685300'])).toEqual([
      { rowNumber: 4, duplicateOf: 2, key: 'email:a@x.fr' },
      { rowNumber: 5, duplicateOf: 'existant', key: 'tel:+33142685300' },
      { rowNumber: 6, duplicateOf: 3, key: 'tel:+33612345678' },
    ]);
  });
});
