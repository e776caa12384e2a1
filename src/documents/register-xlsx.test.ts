// The register workbook opened back with exceljs and checked column by column.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hostileRegister, loadFixture } from '../../test/golden/register/fixtures.ts';
import { registerXlsx } from './register-xlsx.ts';

// Written out here, not imported: the test pins the CNIL model's order independently.
const EXPECTED_COLUMNS = [
  'Nom du traitement',
  'N° / référence',
  'Date de création',
  'Date de mise à jour',
  'Responsable / acteurs',
  'Finalité(s)',
  'Base(s) légale(s)',
  'Catégories de personnes',
  'Catégories de données',
  'Données sensibles',
  'Sources',
  'Destinataires',
  'Sous-traitants',
  'Transferts hors UE et garanties',
  'Durées de conservation',
  'Mesures de sécurité',
  'Supports',
];

async function open(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const row = sheet.getRow(n);
  return EXPECTED_COLUMNS.map((_, i) => row.getCell(i + 1).value);
}

describe('register as XLSX', () => {
  it('has the CNIL model columns and one row per processing, checked column by column', async () => {
    const workbook = await open(await registerXlsx(loadFixture('plombier'), { date: new Date('2026-12-01T10:00:00Z') }));
    const sheet = workbook.getWorksheet('Registre')!;
    expect(sheet.rowCount).toBe(3);
    expect(rowValues(sheet, 1)).toEqual(EXPECTED_COLUMNS);
    expect(sheet.getRow(1).getCell(18).value).toBeNull();

    const clients = rowValues(sheet, 2);
    expect(clients).toEqual([
      'Gestion des clients et facturation',
      'T01',
      new Date('2026-01-10T00:00:00Z'),
      new Date('2026-09-01T00:00:00Z'),
      'Responsable : Plomberie Dupont & Fils, SIREN 732829320, 12 rue des Lilas, 13001 Marseille\nContact : Jean Dupont — rgpd@plomberie-dupont.example — 04 91 00 00 00\nDPO : non désigné',
      'Établir les devis et réaliser les interventions\nFacturer et tenir la comptabilité\nRecouvrer les impayés',
      'Établir les devis et réaliser les interventions : Exécution d’un contrat ou de mesures précontractuelles (art. 6.1.b RGPD)\nFacturer et tenir la comptabilité : Obligation légale (art. 6.1.c RGPD)\nRecouvrer les impayés : Intérêt légitime (art. 6.1.f RGPD) (intérêt poursuivi : Être payé des prestations réalisées)',
      'Clients particuliers\nClients professionnels',
      'État civil, identité, données d’identification\nCoordonnées\nDonnées de localisation (adresse d\'intervention)\nInformations d’ordre économique et financier\nCoordonnées bancaires (RIB pour les prélèvements) — identifiant bancaire',
      'Aucun',
      'Le client lui-même\nPrescripteurs (syndics, agences immobilières)',
      'Interne : Jean Dupont (gérant)\nInterne : Secrétariat\nTiers : Administration fiscale (sur demande)',
      'Logiciel de facturation Henrri — contrat de sous-traitance signé\nCabinet comptable Martin (expert-comptable) — contrat de sous-traitance à signer',
      'Google Workspace (messagerie), États-Unis — Certification Data Privacy Framework UE–États-Unis (décision d’adéquation, art. 45) ; document : https://www.dataprivacyframework.gov',
      'Dossier client : 5 ans (point de départ : fin de la relation commerciale)\nFactures : 10 ans (point de départ : clôture de l\'exercice)',
      'Disque de l\'ordinateur chiffré\nSauvegarde chiffrée hebdomadaire\nMots de passe uniques dans un gestionnaire',
      'Matériel : Ordinateur portable du bureau\nLogiciel ou service en ligne : Logiciel de facturation Henrri (hébergé en France)\nDossier papier : Classeurs clients (armoire fermée à clé du bureau ; dossier C:\\Users\\jean\\Documents\\Clients)\nLieu : Bureau (12 rue des Lilas, Marseille)',
    ]);
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('dd/mm/yyyy');

    const site = rowValues(sheet, 3);
    expect(site[0]).toBe('Site web et formulaire de contact');
    expect(site[1]).toBe('T02');
    expect(site[9]).toBe('Aucun');
    expect(site[13]).toBe('Aucun');
    expect(site[12]).toBe('OVHcloud (hébergement du site) — contrat de sous-traitance signé\nMatomo Cloud (mesure d\'audience) — conditions de sous-traitance à vérifier');

    const who = workbook.getWorksheet('Responsable du traitement')!;
    expect(who.getRow(1).values).toEqual([undefined, 'Organisme', 'Plomberie Dupont & Fils']);
    expect(workbook.created).toEqual(new Date('2026-12-01T10:00:00Z'));
  });

  it('flags sensitive categories (Art. 9, NIR) and a missing Art. 9 exception', async () => {
    const sheet = (await open(await registerXlsx(loadFixture('therapeute')))).getWorksheet('Registre')!;
    expect(sheet.getRow(2).getCell(10).value).toBe(
      'Données de santé (motif de consultation, notes de séance) — catégorie particulière art. 9 : Données de santé\nNuméro de sécurité sociale (NIR) — NIR\nException (art. 9.2) : exception à compléter',
    );
    expect(sheet.getRow(2).getCell(7).value).toBe('Suivre l\'accompagnement de chaque personne : Consentement (art. 6.1.a RGPD)\nOrienter les séances selon un score de progression : base légale à compléter');
  });

  it('has only the header row for an empty register', async () => {
    const sheet = (await open(await registerXlsx({ controller: loadFixture('plombier').controller, processings: [] }))).getWorksheet('Registre')!;
    expect(sheet.rowCount).toBe(1);
    expect(rowValues(sheet, 1)).toEqual(EXPECTED_COLUMNS);
  });

  it('never writes a formula: texts starting with = + - @ stay text', async () => {
    const register = hostileRegister();
    const p = register.processings[0]!;
    register.processings[0] = { ...p, name: '=HYPERLINK("http://evil.example","x")', peopleCategories: ['+33 6 12 34 56 78', '@SUM(1)'], sources: ['-2+3'] };
    const sheet = (await open(await registerXlsx(register))).getWorksheet('Registre')!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(row.getCell(8).value).toBe('\'+33 6 12 34 56 78\n@SUM(1)');
    expect(row.getCell(11).value).toBe('\'-2+3');
    expect(row.getCell(15).value).toBe('`code` &lt;b&gt; : =HYPERLINK("http://evil.example")');
    row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
  });
});
