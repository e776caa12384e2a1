// The mail-merged letters stay on one sheet per person, even with every piece of advice the
// rules can give and a long description; only an extreme text continues on a second sheet.
import { describe, expect, it } from 'vitest';
import { decideBreach, renderLetterToPerson } from '../../src/core/breach/index.ts';
import { BUSINESS, data, incident } from '../../src/core/breach/fixtures.ts';
import { renderLettersPdf } from '../../src/breach/letters-pdf.ts';
import { pdfPages } from './fixtures.ts';
import { ticksDuring } from '../helpers/event-loop.ts';

async function letters(descriptionLength: number, copies = 1) {
    const worst = incident({
      nature: ['confidentialite', 'integrite', 'disponibilite'],
      description: 'Un dossier complet a été copié. '.repeat(160).slice(0, descriptionLength),
      people: { count: 1200, approximate: true, categories: ['patients', 'enfants'] },
      dataCategories: [data('identifiants'), data('carte-bancaire'), data('iban'), data('piece-identite'), data('nir'), data('sante'), data('coordonnees'), data('etat-civil')],
      backup: { exists: false, restored: false, restoredWithinHours: null },
      consequences: 'Usurpation d’identité possible. '.repeat(6),
      measuresTaken: 'Mots de passe changés, banque prévenue. '.repeat(5),
      measuresPlanned: 'Chiffrement et double authentification partout. '.repeat(5),
    });
    const decision = decideBreach(worst);
    const people = Array.from({ length: copies }, () => ['Bertrand', 'Nguyen', 'Moreau']).flat().map((nom) => ({ civilite: 'Mme' as const, nom, prenom: 'Inès', adresse: ['Appartement 12, bâtiment B', '5 quai Saint-Vincent', '69001 Lyon'] }));
    const pages = people.map((person) => {
      const l = renderLetterToPerson({ business: BUSINESS, incident: worst, decision, person, date: new Date('2025-03-12T10:00:00Z') });
      expect(l.conseils.length).toBeGreaterThanOrEqual(6);
      return { sender: [BUSINESS.nom, ...BUSINESS.adresse], recipient: [`Mme Inès ${person.nom}`, ...person.adresse], body: l.courrier.slice(l.courrier.indexOf('Lyon, le')) };
    });
    return renderLettersPdf(pages, { title: 'Lettres', date: new Date('2025-03-12T10:00:00Z') });
}

describe('letters PDF', () => {
  it('fits a long letter with every piece of advice on one page per person', async () => {
    const pdf = await letters(1500);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(3);
  });

  it('starts each letter on its own sheet when an extreme text needs two', async () => {
    expect(pdfPages(await letters(5000))).toBe(6);
  });

  it('lays out 300 letters with the event loop turning (other requests go on)', async () => {
    let pdf: Buffer = Buffer.alloc(0);
    expect(await ticksDuring(async () => (pdf = await letters(1500, 100)))).toBeGreaterThanOrEqual(3);
    expect(pdfPages(pdf)).toBe(300);
  });
});
