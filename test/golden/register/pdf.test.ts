// The PDFs of the register documents, read back with pdfjs: key sections present, user text
// shown literally (never as markup, link or script), page numbers, metadata date.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src/core/register/documents/index.ts';
import { documentPdf, registerPdf, toWinAnsi } from '../../../src/documents/register-pdf.ts';
import { hostileRegister, loadFixture, loadHistory } from './fixtures.ts';
import { pdfPages, pdfText } from './pdf-text.ts';

const version = { number: 3, date: new Date('2026-12-01T10:00:00Z') };

describe('register documents as PDF', () => {
  const register = loadFixture('plombier');

  it('holds the register sheet sections in the CNIL model order, with history and page numbers', async () => {
    const pdf = await registerPdf(register, { version, history: loadHistory('plombier') ?? [] });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Registre des activités de traitement');
    expect(text).toContain('Version 3 du 1er décembre 2026');
    const order = [
      'Responsable du traitement',
      'Liste des traitements',
      'Fiche T01 : Gestion des clients et facturation',
      'Description du traitement',
      'Finalité(s) du traitement et base(s) légale(s)',
      'Mesures de sécurité',
      'Catégories de données personnelles concernées',
      'Données sensibles',
      'Catégories de personnes concernées',
      'Destinataires des données',
      'Transferts des données hors de l’Union européenne',
      'Durées de conservation',
      'Supports des données',
      'Risques pour les personnes et analyse d’impact',
      'Fiche T02 : Site web et formulaire de contact',
      'Historique des modifications',
    ];
    let at = -1;
    for (const heading of order) {
      const next = text.indexOf(heading, at + 1);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('Cabinet comptable Martin (expert-comptable) — contrat de sous-traitance à signer');
    expect(text).toContain(`page 1 sur ${pages.length}`);
    expect(pages.at(-1)).toContain(`page ${pages.length} sur ${pages.length}`);
  });

  it('holds every Art. 13 section of the policy, with the CNIL address', async () => {
    const text = await pdfText(await documentPdf('politique', register, { version }));
    for (const heading of [
      'Qui est responsable de vos données ?',
      'Pourquoi nous utilisons vos données, sur quelle base et pour combien de temps',
      'Transferts hors de l’Union européenne',
      'Êtes-vous obligé de nous fournir vos données ?',
      'Décisions automatisées',
      'Vos droits',
      'Retrait de votre consentement',
      'Réclamation auprès de la CNIL',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07');
  });

  it.each(DOCUMENT_KINDS)('%s renders as a readable PDF', async (kind) => {
    const pdf = await documentPdf(kind, register, { version });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain('Plomberie Dupont & Fils');
  });

  it('prints hostile text literally, with no link, script or form in the file', async () => {
    const hostile = hostileRegister();
    for (const kind of ['registre', 'politique'] as const) {
      const pdf = await documentPdf(kind, hostile, { version }, { compress: false });
      const text = await pdfText(pdf);
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('[cliquez ici](javascript:alert(1))');
      const raw = pdf.toString('latin1');
      for (const marker of ['/JavaScript', '/JS ', '/URI', '/Launch', '/AcroForm', '/OpenAction']) expect(raw).not.toContain(marker);
    }
  });

  it('replaces characters the standard fonts cannot show, keeps French ones', () => {
    expect(toWinAnsi('Café œuvre « à » € — 😀 漢')).toBe('Café œuvre « à » € — ? ?');
    expect(toWinAnsi('10\u202F%')).toBe('10 %');
  });

  it('is reproducible: same register and version give the same bytes', async () => {
    const a = await documentPdf('politique', register, { version });
    const b = await documentPdf('politique', register, { version });
    expect(a.equals(b)).toBe(true);
  });
});
