import { describe, expect, it } from 'vitest';
import { assessSeverity, bandFor, circumstances, easeOfIdentification } from './enisa.ts';
import { enisaCategoryOf, scoreDpc } from './enisa-dpc.ts';
import { data, incident } from './fixtures.ts';
import type { DataCategory, EnisaContext, Incident } from './types.ts';

const dpc = (items: DataCategory[], context: EnisaContext = {}, over: Partial<Incident> = {}) =>
  scoreDpc(incident({ dataCategories: items, context, ...over })).score;

describe('DPC: basic scores (ENISA step 1)', () => {
  it('scores simple 1, behavioural 2, financial 3, sensitive 4', () => {
    expect([dpc([data('coordonnees')]), dpc([data('localisation')]), dpc([data('financier')]), dpc([data('sante')])]).toEqual([1, 2, 3, 4]);
    expect(enisaCategoryOf('infractions')).toBe('sensible');
    expect(enisaCategoryOf('nir')).toBe('simple');
  });

  it('keeps the highest category when several are breached', () => {
    const r = scoreDpc(incident({ dataCategories: [data('coordonnees'), data('sante'), data('financier')] }));
    expect(r.score).toBe(4);
    expect(r.driver?.enisaCategory).toBe('sensible');
    expect(r.items.map((i) => i.score)).toEqual([1, 4, 3]);
  });

  it('treats a box ticked "sensible" as sensitive whatever the kind', () => {
    expect(dpc([data('autre', { sensitive: true })])).toBe(4);
  });

  it('scores credentials by what they open', () => {
    expect(dpc([data('identifiants')])).toBe(1);
    expect(dpc([data('identifiants', { accessTo: 'localisation' })])).toBe(2);
    expect(dpc([data('identifiants', { accessTo: 'carte-bancaire' })])).toBe(4); // card row +1
  });

  it('gives 1 and an explanation when no data is listed', () => {
    const r = scoreDpc(incident({ dataCategories: [] }));
    expect(r).toMatchObject({ score: 1, driver: null });
    expect(r.explanation).toMatch(/Aucune donnée/);
  });
});

describe('DPC: adjustments (Assessment Table 1 and Annex A2)', () => {
  it('simple data: +1 profile or status, +2 sensitive assumption, +3 personal safety, highest only', () => {
    const simple = [data('coordonnees')];
    expect(dpc(simple, { volumeProfile: true })).toBe(2);
    expect(dpc(simple, { controller: 'statut' })).toBe(2);
    expect(dpc(simple, { controller: 'sensible' })).toBe(3);
    expect(dpc(simple, { safetyCritical: true })).toBe(4);
    expect(dpc(simple, { volumeProfile: true, controller: 'sensible' })).toBe(3); // not 4: alternatives
  });

  it('derives vulnerable people and a revealing activity from the people categories', () => {
    const simple = [data('coordonnees')];
    expect(dpc(simple, {}, { people: { count: 3, approximate: false, categories: ['Élèves mineurs'] } })).toBe(2);
    expect(dpc(simple, {}, { people: { count: 3, approximate: false, categories: ['Personnes sous tutelle'] } })).toBe(2);
    expect(dpc(simple, {}, { people: { count: 3, approximate: false, categories: ['Patients'] } })).toBe(3);
    expect(dpc([data('donnees-mineurs')])).toBe(2);
    expect(dpc(simple, { controller: 'neutre' }, { people: { count: 3, approximate: false, categories: ['patients'] } })).toBe(1);
  });

  it('behavioural data: +1 detailed profile, +2 sensitive profile, −1 no insight', () => {
    const b = [data('comportement')];
    expect(dpc(b, { volumeProfile: true })).toBe(3);
    expect(dpc(b, { controller: 'sensible' })).toBe(4);
    expect(dpc([data('comportement', { detail: 'minime' })])).toBe(1);
  });

  it('financial data: +1 full card, −1 partial (IBAN alone), −2 minimal', () => {
    expect(dpc([data('carte-bancaire')])).toBe(4);
    expect(dpc([data('carte-bancaire', { detail: 'partiel' })])).toBe(2);
    expect(dpc([data('iban')])).toBe(2);
    expect(dpc([data('iban', { detail: 'complet' })])).toBe(3);
    expect(dpc([data('financier', { detail: 'minime' })])).toBe(1);
    expect(dpc([data('financier')], { volumeProfile: true })).toBe(4);
  });

  it('sensitive data: −1 assumptions, −2 general assumptions, −3 no real insight', () => {
    expect(['complet', 'partiel', 'general', 'minime'].map((detail) => dpc([data('sante', { detail: detail as DataCategory['detail'] })]))).toEqual([4, 3, 2, 1]);
  });

  it('decreases for public or outdated data and stays between 1 and 4', () => {
    expect(dpc([data('localisation')], { publiclyAvailable: true })).toBe(1);
    expect(dpc([data('carte-bancaire')], { invalidOrOutdated: true })).toBe(2);
    expect(dpc([data('financier')], { invalidOrOutdated: true, publiclyAvailable: true })).toBe(1); // 3 − 3 = 0 → 1
    expect(dpc([data('sante')], { controller: 'sensible', vulnerable: true })).toBe(4);
  });

  it('explains the driving data and each adjustment in French', () => {
    const r = scoreDpc(incident({ dataCategories: [data('coordonnees', { category: 'Adresses des clientes' })], context: { controller: 'sensible' } }));
    expect(r.explanation).toBe(
      'Les données les plus graves sont « Adresses des clientes » (données simples (identité, coordonnées), score de base 1) ; ajustement : +2 car votre activité révèle une information sensible (santé, vie privée) sur vos clients : contexte des données 3 sur 4.',
    );
  });
});

describe('EI: ease of identification (Annex 2)', () => {
  const ei = (kinds: DataCategory[], context: EnisaContext = {}) => easeOfIdentification(incident({ dataCategories: kinds, context }));
  it('maximum for name with contact, ID documents, NIR, biometrics', () => {
    expect(ei([data('etat-civil'), data('coordonnees')]).score).toBe(1);
    expect(ei([data('piece-identite')]).level).toBe('maximale');
    expect(ei([data('nir')]).level).toBe('maximale');
    expect(ei([data('biometrique')]).level).toBe('maximale');
  });
  it('significant for a name or a contact alone, limited otherwise', () => {
    expect(ei([data('etat-civil')]).score).toBe(0.75);
    expect(ei([data('coordonnees')]).score).toBe(0.75);
    expect(ei([data('comportement'), data('identifiants')]).score).toBe(0.5);
  });
  it('lets the user set it, down to negligible', () => {
    const r = ei([data('etat-civil'), data('coordonnees')], { identification: 'negligeable' });
    expect(r.score).toBe(0.25);
    expect(r.explanation).toMatch(/selon votre appréciation/);
  });
});

describe('CB: circumstances of the breach', () => {
  const cb = (over: Partial<Incident>) => circumstances(incident(over));
  it('confidentiality: 0 without evidence, +0.25 known recipients, +0.5 unknown, +0.5 assumed when unknown', () => {
    expect(cb({ exposure: 'aucune-preuve' }).confidentiality.score).toBe(0);
    expect(cb({ exposure: 'destinataires-connus' }).confidentiality.score).toBe(0.25);
    expect(cb({ exposure: 'destinataires-inconnus' }).confidentiality.score).toBe(0.5);
    expect(cb({ exposure: null }).confidentiality).toMatchObject({ score: 0.5, assumed: true });
    expect(cb({ nature: ['disponibilite'], exposure: 'destinataires-inconnus' }).confidentiality.score).toBe(0);
  });
  it('integrity: 0 if not used, +0.25 used but recoverable, +0.5 used and unrecoverable', () => {
    const integ = { nature: ['integrite'] } as const;
    expect(cb({ ...integ, alteredDataUsed: false }).integrity.score).toBe(0);
    expect(cb({ ...integ, alteredDataUsed: true }).integrity.score).toBe(0.25);
    expect(cb({ ...integ, alteredDataUsed: true, backup: { exists: false, restored: false, restoredWithinHours: null } }).integrity.score).toBe(0.5);
    expect(cb({ ...integ, alteredDataUsed: null }).integrity).toMatchObject({ score: 0.25, assumed: true });
  });
  it('availability: 0 restored within 24 h, +0.25 temporary, +0.5 permanent', () => {
    const dispo = { nature: ['disponibilite'] } as const;
    expect(cb({ ...dispo, backup: { exists: true, restored: true, restoredWithinHours: 24 } }).availability.score).toBe(0);
    expect(cb({ ...dispo, backup: { exists: true, restored: true, restoredWithinHours: 25 } }).availability.score).toBe(0.25);
    expect(cb({ ...dispo, backup: { exists: true, restored: true, restoredWithinHours: null }, availabilityLossHours: 2 }).availability.score).toBe(0);
    expect(cb({ ...dispo, backup: { exists: true, restored: false, restoredWithinHours: null } }).availability.score).toBe(0.25);
    expect(cb({ ...dispo, backup: { exists: false, restored: false, restoredWithinHours: null } }).availability.score).toBe(0.5);
  });
  it('malicious intent: +0.5, also when unknown', () => {
    expect(cb({ malicious: true }).malicious.score).toBe(0.5);
    expect(cb({ malicious: null }).malicious).toMatchObject({ score: 0.5, assumed: true });
    expect(cb({ malicious: false }).malicious.score).toBe(0);
  });
  it('adds all parts', () => {
    const r = cb({ nature: ['confidentialite', 'integrite', 'disponibilite'], exposure: 'destinataires-inconnus', alteredDataUsed: true, backup: { exists: false, restored: false, restoredWithinHours: null }, malicious: true });
    expect(r.score).toBe(2);
  });
});

describe('severity SE = DPC × EI + CB', () => {
  it('bands: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high', () => {
    expect([0.5, 1.99, 2, 2.99, 3, 3.99, 4, 6].map(bandFor)).toEqual(['faible', 'faible', 'moyenne', 'moyenne', 'elevee', 'elevee', 'tres-elevee', 'tres-elevee']);
  });

  it('computes the formula and explains each component', () => {
    // Financial (3) × significant (0.75) + known recipients (0.25) + malicious (0.5) = 3.
    const s = assessSeverity(incident({ dataCategories: [data('coordonnees'), data('financier')], malicious: true }));
    expect(s.score).toBe(3);
    expect(s.band).toBe('elevee');
    expect(s.explanations).toHaveLength(7);
    expect(s.explanations.at(-1)).toBe('Gravité élevée : 3 × 0,75 + 0,75 = 3 (méthode ENISA).');
    expect(s.assumptions).toBe(false);
  });

  it('lands exactly on band boundaries', () => {
    const simple = [data('etat-civil'), data('coordonnees')];
    expect(assessSeverity(incident({ dataCategories: simple, exposure: 'destinataires-inconnus', malicious: true })).score).toBe(2); // 1 + 0.5 + 0.5
    expect(assessSeverity(incident({ dataCategories: [...simple, data('iban')], exposure: 'aucune-preuve' })).score).toBe(2); // 2 × 1
    expect(assessSeverity(incident({ dataCategories: [...simple, data('financier')], exposure: 'aucune-preuve' })).band).toBe('elevee'); // 3
    expect(assessSeverity(incident({ dataCategories: [...simple, data('sante')], exposure: 'aucune-preuve' })).band).toBe('tres-elevee'); // 4
    expect(assessSeverity(incident({ dataCategories: [data('coordonnees'), data('sante')], exposure: 'aucune-preuve' })).score).toBe(3); // 4 × 0.75
  });

  it('flags scores that rest on assumed worst cases', () => {
    expect(assessSeverity(incident({ malicious: null })).assumptions).toBe(true);
  });
});
