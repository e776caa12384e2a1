import { describe, expect, it } from 'vitest';
import { decideBreach } from './decision.ts';
import { BUSINESS, data, incident, NOW } from './fixtures.ts';
import { buildNotification, renderLetterToPerson, renderNotificationText } from './notification.ts';
import type { Incident } from './types.ts';

const hacked: Partial<Incident> = {
  exposure: 'destinataires-inconnus',
  malicious: true,
  people: { count: 120, approximate: true, categories: ['clients', 'prospects'] },
  records: { count: 1500, approximate: true },
  dataCategories: [data('etat-civil', { category: 'Noms et prénoms' }), data('coordonnees'), data('iban'), data('sante', { category: 'Allergies' })],
};
const build = (over: Partial<Incident> = {}, extra: Partial<Parameters<typeof buildNotification>[0]> = {}) => {
  const i = incident({ ...hacked, ...over });
  return buildNotification({ business: BUSINESS, incident: i, decision: decideBreach(i), now: NOW, ...extra });
};
const letter = (over: Partial<Incident>, civilite: 'M.' | 'Mme' | null = 'Mme') => {
  const i = incident(over);
  return renderLetterToPerson({
    business: BUSINESS,
    person: { civilite, nom: 'Martin', prenom: 'Sophie', adresse: ['3 place Bellecour', '69002 Lyon'] },
    incident: i,
    decision: decideBreach(i),
    date: NOW,
  });
};

describe('buildNotification (Art. 33(3))', () => {
  it('fills every block of the CNIL form', () => {
    const n = build();
    expect(n.phase.phase).toBe('complete');
    expect(n.responsable).toEqual({ nom: 'Atelier Durand', siret: '12345678900012', adresse: ['12 rue des Lilas', '69003 Lyon'] });
    expect(n.contact.email).toBe('claire@atelier-durand.fr');
    expect(n.chronologie).toMatchObject({ debut: '10/03/2025 à 09 h 00', connaissance: '11/03/2025 à 10 h 00', motifRetard: null });
    expect(n.chronologie.delai.text).toBe('Il reste 47 h 00 min');
    expect(n.personnes).toMatchObject({ nombre: 120, approximatif: true, texte: 'environ 120 personnes', categories: ['clients', 'prospects'] });
    expect(n.enregistrements.texte).toBe('environ 1\u202f500 enregistrements'); // French thousands separator
    expect(n.donnees.map((d) => [d.libelle, d.sensible])).toEqual([['Noms et prénoms', false], ['Coordonnées (adresse, e-mail, téléphone)', false], ['Coordonnées bancaires (RIB, IBAN)', false], ['Allergies', true]]);
    expect(n.nature.exposition).toBe('Données vues par un nombre inconnu de personnes (pirate, vol, publication)');
    expect(n.informationPersonnes.decision).toMatch(/informées individuellement/);
    expect(n.gravite.niveau).toBe('très élevée');
  });

  it('asks for the reason of a late notification', () => {
    const late = build({}, { now: new Date('2025-03-15T10:00:00Z') });
    expect(late.chronologie.delai.lateReasonRequired).toBe(true);
    expect(late.chronologie.motifRetard).toBeNull();
    expect(renderNotificationText(late)).toMatch(/Motif du retard de notification : À COMPLÉTER/);
    const explained = build({}, { now: new Date('2025-03-15T10:00:00Z'), lateReason: 'Attaque découverte un vendredi soir.' });
    expect(renderNotificationText(explained)).toMatch(/Motif du retard de notification : Attaque découverte un vendredi soir\./);
  });

  it('supports a phased notification with what is still unknown', () => {
    const n = build({ people: { count: null, approximate: false, categories: [] }, occurredAt: null, consequences: '' });
    expect(n.phase.phase).toBe('initiale');
    expect(n.personnes.texte).toBe('un nombre encore inconnu de personnes');
    expect(n.chronologie.debut).toBe('date inconnue à ce jour');
    expect(build({ occurredAt: { at: new Date('2025-03-10T08:00:00Z'), approximate: true } }).chronologie.debut).toBe('10/03/2025 à 09 h 00 (date approximative)');
    expect(n.consequences).toBe('En cours d’évaluation.');
    expect(build({}, { previousNotifications: 1 }).phase.phase).toBe('complementaire');
  });

  it('renders a ready-to-copy French text', () => {
    const text = renderNotificationText(build({ encrypted: { was: true, keySafe: false, stateOfTheArt: true } }));
    for (const title of ['TYPE DE NOTIFICATION', 'RESPONSABLE DU TRAITEMENT', 'PERSONNE À CONTACTER', 'NATURE DE LA VIOLATION', 'PERSONNES CONCERNÉES', 'DONNÉES CONCERNÉES', 'CONSÉQUENCES PROBABLES', 'MESURES PRISES', 'MESURES ENVISAGÉES', 'INFORMATION DES PERSONNES'])
      expect(text).toContain(title);
    expect(text).toContain('Environ 120 personnes : clients, prospects.');
    expect(text).toContain('- Allergies (Données de santé, donnée sensible)');
    expect(text).toContain('- Coordonnées bancaires (RIB, IBAN)\n');
    expect(text).toContain('- Début de la violation : 10/03/2025 à 09 h 00');
    expect(text).toContain('Claire Durand, gérante\nE-mail : claire@atelier-durand.fr\nTéléphone : 04 72 00 00 00');
    expect(text).toContain('la clé a pu être compromise');
    expect(text).not.toMatch(/undefined|null|NaN/);
  });
});

describe('renderLetterToPerson (Art. 34(2))', () => {
  it('writes an e-mail and a postal letter with address blocks', () => {
    const l = letter(hacked);
    expect(l.email.objet).toBe('Information importante concernant vos données personnelles – Atelier Durand');
    expect(l.email.texte.startsWith('Madame,\n\n')).toBe(true);
    expect(l.courrier.startsWith('Atelier Durand\n12 rue des Lilas\n69003 Lyon\n\nMme Sophie Martin\n3 place Bellecour\n69002 Lyon\n\nLyon, le 12 mars 2025\n\nObjet :')).toBe(true);
    expect(l.courrier).toMatch(/Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées\.\n\nClaire Durand\nAtelier Durand\n$/);
    for (const part of ['Ce qui s’est passé', 'Les informations concernées', 'Les conséquences possibles pour vous', 'Ce que nous avons fait\nDemande de suppression', 'Ce que nous allons faire\nVérification', 'Ce que nous vous conseillons', 'Pour toute question'])
      expect(l.email.texte).toContain(part);
    expect(l.email.texte).toContain('Lors d’un incident survenu le 10 mars 2025, des informations vous concernant ont pu être vues ou copiées');
    expect(l.email.texte).toContain('Vous pouvez contacter Claire Durand, gérante, e-mail : claire@atelier-durand.fr, téléphone : 04 72 00 00 00.');
  });

  it('greets neutrally without civility and omits an unknown date', () => {
    expect(letter({}, null).email.texte.startsWith('Madame, Monsieur,')).toBe(true);
    const i = incident();
    const l = renderLetterToPerson({ business: BUSINESS, person: { civilite: 'M.', nom: 'Roux', prenom: 'Paul' }, incident: i, decision: decideBreach(i) });
    expect(l.courrier).toContain('\n\nM. Paul Roux\n\nObjet :');
  });

  it.each([
    ['credentials', [data('identifiants')], /Changez dès maintenant votre mot de passe/],
    ['card', [data('carte-bancaire')], /Faites opposition à votre carte bancaire/],
    ['IBAN', [data('iban')], /contestez-le auprès de votre banque : vous avez 13 mois/],
    ['contact data', [data('coordonnees')], /Nous ne vous demanderons jamais votre mot de passe/],
    ['health data', [data('sante')], /France Victimes au 116 006/],
    ['ID document', [data('piece-identite')], /demander une nouvelle pièce d’identité/],
    ['NIR', [data('nir')], /compte ameli/],
    ['minors', [data('donnees-mineurs')], /Parlez-en avec votre enfant/],
  ] as const)('adapts advice to %s', (_n, dataCategories, advice) => {
    const l = letter({ dataCategories: [...dataCategories] });
    expect(l.conseils.join('\n')).toMatch(advice);
    expect(l.email.texte).toMatch(advice);
  });

  it('gives no fraud advice for an availability loss, but asks to keep copies', () => {
    const l = letter({ nature: ['disponibilite'], leftBusiness: false, exposure: null, backup: { exists: false, restored: false, restoredWithinHours: null }, consequences: '' });
    expect(l.conseils).toHaveLength(2);
    expect(l.conseils[0]).toMatch(/conservez-les/);
    expect(l.email.texte).toMatch(/des informations vous concernant ont été perdues/);
    expect(l.email.texte).toMatch(/un retard dans le suivi de votre dossier/);
  });

  it('derives likely consequences from the data when the business wrote none', () => {
    const l = letter({ consequences: '', dataCategories: [data('iban'), data('nir')] });
    expect(l.email.texte).toContain('Les risques sont notamment des paiements ou prélèvements frauduleux, une usurpation de votre identité.');
  });
});
