import { describe, expect, it } from 'vitest';
import { makeClientInputSchema, parseCivilite, parseStatus } from './types.ts';

const now = new Date('2026-03-10T12:00:00Z');
const schema = makeClientInputSchema(now);
const messages = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('clientInputSchema', () => {
  it('normalises a client: trims, empty → null, e-mails and phones', () => {
    const r = schema.parse({
      civilite: 'Madame',
      nom: '  Dupont  ',
      prenom: '',
      emails: ['Jean@Exemple.FR', 'jean@exemple.fr', ' '],
      phones: ['06 12 34 56 78', '+33 6 12 34 56 78', '01 42 68 53 00'],
      address: { lignes: ['12 rue des Lilas', ''], codePostal: '75 011', ville: 'Paris', pays: 'FR' },
      company: ' ',
      notes: '  Rappeler en mai.\nDevis envoyé.  ',
      status: 'client',
    });
    expect(r).toEqual({
      civilite: 'Mme',
      nom: 'Dupont',
      prenom: null,
      emails: ['jean@exemple.fr'],
      phones: ['+33612345678', '+33142685300'],
      address: { lignes: ['12 rue des Lilas'], codePostal: '75011', ville: 'Paris', pays: 'France' },
      company: null,
      notes: 'Rappeler en mai.\nDevis envoyé.',
      status: 'client',
      source: null,
      collectedAt: '2026-03-10',
      legalBasis: 'contrat',
      lastContactAt: null,
      marketingConsent: null,
      relationshipEndedAt: null,
    });
  });

  it('quotes the faulty value in French', () => {
    expect(messages({ nom: 'A', status: 'client', emails: ['jean@'], phones: ['07 01 02 03 04'] })).toEqual([
      'adresse e-mail invalide (« jean@ »)',
      'numéro de téléphone invalide (« 07 01 02 03 04 »)',
    ]);
    expect(messages({ nom: 'A', status: 'VIP' })).toEqual(['statut non reconnu (« VIP ») : prospect, client ou ancien client attendu']);
    expect(messages({ nom: 'A', status: 'client', civilite: 'Dr' })).toEqual(['civilité non reconnue (« Dr ») : « M. » ou « Mme » attendu']);
  });

  it('requires a name or a company, and reports it with the other problems', () => {
    expect(messages({ status: 'prospect', emails: ['x@'] })).toEqual(['adresse e-mail invalide (« x@ »)', 'nom ou société à renseigner']);
    expect(messages({ company: 'Boulangerie Martin', status: 'prospect' })).toEqual([]);
  });

  it('checks French postcodes only for France', () => {
    expect(messages({ nom: 'A', status: 'client', address: { codePostal: '7500', ville: 'Paris' } })).toEqual([
      'code postal invalide (« 7500 ») : 5 chiffres attendus pour la France',
    ]);
    expect(messages({ nom: 'A', status: 'client', address: { codePostal: '00123' } })).toHaveLength(1);
    expect(messages({ nom: 'A', status: 'client', address: { codePostal: '97400', pays: 'La Réunion' } })).toEqual([]);
    expect(messages({ nom: 'A', status: 'client', address: { codePostal: 'SW1A 1AA', pays: 'Royaume-Uni' } })).toEqual([]);
    expect(schema.parse({ nom: 'A', status: 'client', address: { lignes: [], codePostal: ' ', ville: '' } }).address).toBeNull();
  });

  it('refuses dates in the future, using the French calendar day', () => {
    const lateEvening = makeClientInputSchema(new Date('2026-03-10T23:30:00Z')); // 11 March in Paris
    expect(lateEvening.safeParse({ nom: 'A', status: 'client', collectedAt: '2026-03-11' }).success).toBe(true);
    expect(messages({ nom: 'A', status: 'client', collectedAt: '2026-03-11' })).toEqual(['date de collecte dans le futur (« 2026-03-11 »)']);
    expect(messages({ nom: 'A', status: 'client', lastContactAt: '2026-02-30' })).toEqual(['date du dernier contact invalide (« 2026-02-30 »)']);
  });

  it('requires the proof of a given consent', () => {
    expect(messages({ nom: 'A', status: 'prospect', marketingConsent: { given: true } })).toEqual([
      'preuve du consentement : date manquante',
      'preuve du consentement : canal de recueil manquant',
      'preuve du consentement : texte présenté à la personne manquant',
    ]);
    const ok = schema.parse({
      nom: 'A',
      status: 'prospect',
      legalBasis: 'consentement',
      marketingConsent: { given: true, at: '2026-03-10T09:15:00+01:00', channel: 'formulaire', textShown: "J'accepte de recevoir la lettre d'information." },
    });
    expect(ok.marketingConsent).toEqual({ given: true, at: '2026-03-10T08:15:00.000Z', channel: 'formulaire', textShown: "J'accepte de recevoir la lettre d'information." });
    expect(messages({ nom: 'A', status: 'prospect', marketingConsent: { given: true, at: '2026-03-10T13:00:00Z', channel: 'email', textShown: 'Oui' } })).toEqual([
      'date du consentement dans le futur (« 2026-03-10T13:00:00Z »)',
    ]);
    expect(schema.parse({ nom: 'A', status: 'prospect', marketingConsent: { given: false } }).marketingConsent).toEqual({ given: false, at: null, channel: null, textShown: null });
    expect(messages({ nom: 'A', status: 'prospect', legalBasis: 'consentement' })[0]).toMatch(/sans consentement prouvé/);
  });

  it('keeps the end of relationship for former clients only', () => {
    expect(messages({ nom: 'A', status: 'client', relationshipEndedAt: '2025-01-01' })).toEqual(['la date de fin de relation ne concerne que les anciens clients']);
    expect(messages({ nom: 'A', status: 'ancien_client', collectedAt: '2025-06-01', relationshipEndedAt: '2025-01-01' })).toEqual([
      'la date de fin de relation précède la date de collecte',
    ]);
    expect(schema.parse({ nom: 'A', status: 'Ancien client', relationshipEndedAt: '2025-01-01', collectedAt: '2020-01-01' }).legalBasis).toBe('interet_legitime');
  });

  it('dates an undated record from the earliest date known about it', () => {
    expect(schema.parse({ nom: 'A', status: 'ancien_client', relationshipEndedAt: '2024-12-31', lastContactAt: '2025-02-01' }).collectedAt).toBe('2024-12-31');
    expect(schema.parse({ nom: 'A', status: 'prospect', collectedAt: '2026-03-10T22:30:00Z' }).collectedAt).toBe('2026-03-10');
  });

  it('reads statuses and civilités as people write them', () => {
    expect(parseStatus('Ancien client')).toBe('ancien_client');
    expect(parseStatus('ancien_client')).toBe('ancien_client');
    expect(parseStatus('Lead')).toBe('prospect');
    expect(parseStatus('VIP')).toBeNull();
    expect(parseCivilite('Monsieur')).toBe('M.');
    expect(parseCivilite('Mlle')).toBe('Mme');
    expect(parseCivilite('Dr')).toBeNull();
  });
});
