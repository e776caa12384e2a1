import { describe, expect, it } from 'vitest';
import { data, incident, NOW } from './fixtures.ts';
import { makeIncidentSchema, missingForNotification, type IncidentInput } from './schema.ts';
import type { Incident } from './types.ts';

const schema = makeIncidentSchema(NOW);
const json = (over: Record<string, unknown> = {}): IncidentInput =>
  ({ ...JSON.parse(JSON.stringify(incident())), ...over }) as IncidentInput;
const errors = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('makeIncidentSchema', () => {
  it('parses JSON input with ISO dates into an incident', () => {
    const r = schema.parse(json({ nature: ['confidentialite', 'confidentialite'] }));
    expect(r.awareAt).toBeInstanceOf(Date);
    expect(r.occurredAt?.at.toISOString()).toBe('2025-03-10T08:00:00.000Z');
    expect(r.nature).toEqual(['confidentialite']);
    expect(r).toEqual(incident());
  });

  it('accepts an unknown start date and optional ENISA context', () => {
    expect(errors(json({ occurredAt: null, context: { controller: 'sensible', identification: 'limitee' } }))).toEqual([]);
  });

  it('refuses future dates', () => {
    expect(errors(json({ awareAt: '2025-03-13T10:00:00Z', occurredAt: { at: '2025-03-12T11:00:00Z', approximate: false } }))).toEqual([
      'occurredAt.at: La date de la violation ne peut pas être dans le futur.',
      'awareAt: La date à laquelle vous avez eu connaissance de la violation ne peut pas être dans le futur.',
    ]);
  });

  it('refuses awareness before the breach, with a softer message for approximate dates', () => {
    const before = { awareAt: '2025-03-09T10:00:00Z' };
    expect(errors(json(before))).toEqual(['awareAt: Vous ne pouvez pas avoir eu connaissance de la violation avant qu’elle se produise : vérifiez les deux dates.']);
    expect(errors(json({ ...before, occurredAt: { at: '2025-03-10T08:00:00Z', approximate: true } }))[0]).toMatch(/date approximative/);
  });

  it('refuses invalid dates', () => {
    const invalid = ['awareAt: Date à laquelle vous avez eu connaissance de la violation : date invalide.'];
    expect(errors(json({ awareAt: 'hier' }))).toEqual(invalid);
    expect(errors(json({ awareAt: null }))).toEqual(invalid);
    expect(errors(json({ awareAt: '2025-03-11' }))).toEqual(invalid); // the hour matters for the 72-hour clock
    expect(errors(json({ awareAt: new Date('nope') }))).toEqual(invalid);
    expect(schema.parse(json({ awareAt: new Date('2025-03-11T09:00:00Z') })).awareAt.toISOString()).toBe('2025-03-11T09:00:00.000Z');
    expect(schema.parse(json({ awareAt: '2025-03-11T10:00:00+01:00' })).awareAt.toISOString()).toBe('2025-03-11T09:00:00.000Z');
  });

  it('refuses negative, decimal or non-numeric counts', () => {
    expect(errors(json({ people: { count: -1, approximate: false, categories: [] } }))).toEqual(['people.count: Le nombre de personnes concernées ne peut pas être négatif.']);
    expect(errors(json({ records: { count: 2.5, approximate: true } }))).toEqual(['records.count: Le nombre d’enregistrements concernés : indiquez un nombre entier.']);
    expect(errors(json({ people: { count: 'beaucoup', approximate: false, categories: [] } }))).toEqual(['people.count: Le nombre de personnes concernées : indiquez un nombre.']);
    expect(errors(json({ availabilityLossHours: -3 }))).toEqual(['availabilityLossHours: La durée d’indisponibilité ne peut pas être négative.']);
  });

  it('requires at least one nature and known choices', () => {
    expect(errors(json({ nature: [] }))).toEqual(['nature: Choisissez au moins un type d’atteinte : confidentialité, intégrité ou disponibilité.']);
    expect(errors(json({ dataCategories: [{ ...data('coordonnees'), kind: 'adresse' }] }))).toEqual(['dataCategories.0.kind: Type de données : choix non reconnu.']);
    expect(errors(json({ exposure: 'voisins' }))).toEqual(['exposure: Qui a pu voir les données : choix non reconnu.']);
    expect(errors(json({ malicious: 'peut-être' }))).toEqual(['malicious: Acte malveillant : répondez par oui ou non.']);
  });

  it('refuses contradictory answers', () => {
    expect(errors(json({ backup: { exists: false, restored: true, restoredWithinHours: 2 } }))).toEqual([
      'backup.restored: Vous indiquez avoir restauré les données sans avoir de sauvegarde : vérifiez votre réponse.',
    ]);
    expect(errors(json({ backup: { exists: true, restored: false, restoredWithinHours: 2 } }))[0]).toMatch(/seulement si les données ont été restaurées/);
    expect(errors(json({ encrypted: { was: false, keySafe: true, stateOfTheArt: false } }))[0]).toMatch(/^encrypted.was: Vous décrivez un chiffrement/);
    expect(errors(json({ availabilityLossHours: 100 }))).toEqual(['availabilityLossHours: La durée d’indisponibilité dépasse le temps écoulé depuis la violation.']);
    expect(errors(json({ dataCategories: [data('coordonnees', { passwordStorage: 'clair' })] }))[0]).toMatch(/ne concernent que les identifiants/);
  });

  it('refuses an empty people category', () => {
    expect(errors(json({ people: { count: 1, approximate: false, categories: [' '] } }))).toEqual(['people.categories.0: Catégorie de personnes : ne peut pas être vide.']);
  });

  it('limits free text', () => {
    expect(errors(json({ description: 'x'.repeat(5001) }))).toEqual(['description: Description : 5000 caractères au maximum.']);
  });
});

describe('missingForNotification (Art. 33(3))', () => {
  it('is empty for a complete incident', () => {
    expect(missingForNotification(incident())).toEqual([]);
  });

  it('lists every missing item in plain French', () => {
    const bare: Incident = incident({
      description: ' ',
      occurredAt: null,
      people: { count: null, approximate: false, categories: [] },
      records: { count: null, approximate: false },
      dataCategories: [],
      consequences: '',
      measuresTaken: '',
      measuresPlanned: '',
    });
    expect(missingForNotification(bare).map((m) => m.field)).toEqual([
      'description',
      'occurredAt',
      'people.categories',
      'people.count',
      'dataCategories',
      'records.count',
      'consequences',
      'measures',
    ]);
    expect(missingForNotification(bare)[3]?.label).toBe('le nombre, même approximatif, de personnes concernées');
  });

  it('accepts planned measures alone', () => {
    expect(missingForNotification(incident({ measuresTaken: '' }))).toEqual([]);
  });
});
