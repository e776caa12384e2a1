import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../scan/types.ts';
import { bareProcessing, completeProcessing, CONTROLLER, registerOf } from './fixtures.ts';
import { catalogueCategory, categoryCoversFinding, DATA_CATEGORY_CATALOGUE, FINDING_TYPE_CATEGORIES, processingSchema, registerSchema } from './model.ts';

const errors = (input: unknown) => {
  const r = processingSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('processingSchema', () => {
  it('accepts a draft without legal basis nor retention', () => {
    const draft = bareProcessing({ purposes: [{ purpose: 'Facturer', legalBasis: null }] });
    expect(errors(draft)).toEqual([]);
  });

  it('round-trips a complete processing through JSON unchanged', () => {
    const p = completeProcessing();
    expect(processingSchema.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('keeps HTML and Markdown as typed: escaping belongs to the documents', () => {
    const name = '<script>alert(1)</script> **gras**';
    expect(processingSchema.parse(bareProcessing({ name })).name).toBe(name);
  });

  it('refuses bad input with French messages pointing at the field', () => {
    expect(
      errors({
        ...bareProcessing(),
        name: '',
        purposes: [{ purpose: 'x', legalBasis: 'parce_que' }],
        recipients: [{ kind: 'interne', name: 'a'.repeat(201) }],
        retention: [{ what: 'Factures', duration: '10 ans', months: 1.5 }],
        createdAt: 'hier',
      }),
    ).toEqual([
      'name: Nom du traitement : à remplir.',
      'purposes.0.legalBasis: Base légale : choix non reconnu.',
      'recipients.0.name: Destinataire : 200 caractères au maximum.',
      'retention.0.months: Durée en mois : nombre entier attendu.',
      'createdAt: Date de création : date invalide.',
    ]);
  });

  it('marks Art. 9 and NIR categories as sensitive whatever the form sent', () => {
    const p = processingSchema.parse(bareProcessing({ dataCategories: [{ key: 'notes', label: 'Notes de séance', sensitive: false, art9: 'health' }, { key: 'secu', label: 'Sécu', sensitive: false, nir: true }] }));
    expect(p.dataCategories.map((c) => c.sensitive)).toEqual([true, true]);
  });

  it('refuses two processings with the same id', () => {
    const r = registerSchema.safeParse(registerOf(completeProcessing(), completeProcessing()));
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['processings.1.id: Deux traitements ont le même identifiant (gestion_clients).']);
  });

  it('validates a whole register', () => {
    expect(registerSchema.safeParse(registerOf(completeProcessing())).success).toBe(true);
    expect(registerSchema.safeParse({ controller: { ...CONTROLLER, contactEmail: '' }, processings: [] }).success).toBe(false);
  });
});

describe('finding types → data categories', () => {
  it('maps every scanner finding type onto catalogue categories', () => {
    for (const type of FINDING_TYPES) {
      const m = FINDING_TYPE_CATEGORIES[type];
      expect(m.keys.length, type).toBeGreaterThan(0);
      for (const key of m.keys) expect(catalogueCategory(key), `${type} → ${key}`).toBeDefined();
    }
  });

  it('recognises a declared category by key or by its Art. 9 / banking / NIR flag', () => {
    expect(categoryCoversFinding({ key: 'coordonnees' }, 'email')).toBe(true);
    expect(categoryCoversFinding({ key: 'identite' }, 'email')).toBe(false);
    expect(categoryCoversFinding({ key: 'dossier_patient', art9: 'health' }, 'health')).toBe(true);
    expect(categoryCoversFinding({ key: 'rib', banking: true }, 'iban')).toBe(true);
    expect(categoryCoversFinding({ key: 'rib', banking: true }, 'card')).toBe(true);
    expect(categoryCoversFinding({ key: 'secu', nir: true }, 'nir')).toBe(true);
    expect(categoryCoversFinding({ key: 'sante' }, 'nir')).toBe(false);
  });

  it('has the scanner look for every sensitive category of the catalogue but biometric data', () => {
    // (a fingerprint reader is named in documents; the template it keeps is no text)
    const unlooked = DATA_CATEGORY_CATALOGUE.filter((c) => c.sensitive && !FINDING_TYPES.some((t) => categoryCoversFinding(c, t))).map((c) => c.key);
    expect(unlooked).toEqual(['biometrique']);
  });

  it('flags Art. 9 categories and NIR as sensitive, banking identifiers as banking', () => {
    for (const c of DATA_CATEGORY_CATALOGUE) if (c.art9 || c.nir) expect(c.sensitive, c.key).toBe(true);
    expect(catalogueCategory('bancaire')?.banking).toBe(true);
  });
});
