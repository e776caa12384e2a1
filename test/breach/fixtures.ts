// A lost laptop, the incident most micro-entrepreneurs will meet, relative to a given "now".
const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

export function lostLaptop(now: Date, over: Record<string, unknown> = {}) {
  const t = now.getTime();
  return {
    titre: 'Ordinateur portable perdu dans le train',
    occurredAt: { at: iso(t - 30 * H), approximate: true },
    awareAt: iso(t - 10 * H),
    discoveredHow: 'Je me suis aperçu de la perte en arrivant au bureau.',
    nature: ['confidentialite', 'disponibilite'],
    description: 'Ordinateur portable oublié dans un TGV Lyon–Paris, jamais retrouvé. Il contenait le fichier de Mme Lucienne Bertrand et des autres clients.',
    people: { count: 240, approximate: true, categories: ['clients', 'prospects'] },
    records: { count: 240, approximate: true },
    dataCategories: [
      { category: 'Noms et adresses des clients', sensitive: false, kind: 'coordonnees' },
      { category: 'Noms et prénoms', sensitive: false, kind: 'etat-civil' },
      { category: 'Factures', sensitive: false, kind: 'financier' },
    ],
    encrypted: { was: false, keySafe: null, stateOfTheArt: false },
    backup: { exists: true, restored: true, restoredWithinHours: 6 },
    leftBusiness: true,
    exposure: 'destinataires-inconnus',
    recipientTrusted: null,
    malicious: null,
    availabilityLossHours: null,
    consequences: 'Risque de courriers frauduleux ou d’usurpation auprès des clients.',
    measuresTaken: 'Déclaration de perte à la SNCF, mots de passe des comptes en ligne changés.',
    measuresPlanned: 'Chiffrement du disque de tous les ordinateurs.',
    ...over,
  };
}

export const SECRET_WORDS = ['Lucienne Bertrand', 'TGV Lyon'];

/** Number of pages of a PDF (page objects, not the page tree). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
