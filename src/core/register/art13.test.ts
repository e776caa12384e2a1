import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { applicableRights, ART13_ITEMS, assertPolicyPublishable, checkPolicy, CNIL_ADDRESS } from './art13.ts';
import { bareProcessing, completeProcessing, registerOf } from './fixtures.ts';
import { instantiateTemplate, TEMPLATES } from './templates.ts';
import { NOW } from './fixtures.ts';

const missing = (r: ReturnType<typeof checkPolicy>) => r.missing.map((m) => `${m.item}: ${m.code} @ ${m.field}`);

describe('checkPolicy (Art. 13 checklist)', () => {
  it('covers every item of Art. 13 (1) and (2)', () => {
    const r = checkPolicy(registerOf(completeProcessing()));
    expect(r.items.map((i) => i.item)).toEqual([...ART13_ITEMS]);
    expect(r.items.map((i) => i.article)).toEqual([
      'art. 13.1.a', 'art. 13.1.b', 'art. 13.1.c', 'art. 13.1.d', 'art. 13.1.e', 'art. 13.1.f',
      'art. 13.2.a', 'art. 13.2.b', 'art. 13.2.c', 'art. 13.2.d', 'art. 13.2.e', 'art. 13.2.f',
    ]);
    expect(r.publishable).toBe(true);
  });

  it('is complete for a register made of every template', () => {
    const reg = registerOf(...TEMPLATES.map((t) => instantiateTemplate(t.id, { now: NOW })));
    expect(missing(checkPolicy(reg))).toEqual([]);
  });

  it('says which items apply: DPO, legitimate interests, transfers, withdrawal of consent', () => {
    const applies = (reg: ReturnType<typeof registerOf>) => Object.fromEntries(checkPolicy(reg).items.map((i) => [i.item, i.applies]));
    const plain = registerOf(instantiateTemplate('comptabilite', { now: NOW }));
    expect(applies(plain)).toMatchObject({ dpo: false, interets_legitimes: false, transferts: false, retrait_consentement: false, reclamation_cnil: true, droits: true });
    const newsletter = registerOf(instantiateTemplate('prospection_newsletter', { now: NOW }));
    newsletter.controller.dpo = { nom: 'Cabinet DPO', contact: 'dpo@example.fr' };
    newsletter.processings[0]!.transfers.push({ country: 'États-Unis', recipient: 'X', safeguard: 'data_privacy_framework' });
    expect(applies(newsletter)).toMatchObject({ dpo: true, interets_legitimes: true, transferts: true, retrait_consentement: true });
  });

  it('lists what is missing, item by item, with the processing and the field', () => {
    const reg = registerOf(completeProcessing(), bareProcessing({ id: 'vide', purposes: [{ purpose: 'Prospecter', legalBasis: 'interet_legitime' }], dataCategories: [{ key: 'x', label: 'X', sensitive: false }], transfers: [{ country: 'Inde', recipient: 'Y', safeguard: null }], automatedDecision: { exists: true } }));
    reg.controller.adresse = null;
    const r = checkPolicy(reg);
    expect(r.publishable).toBe(false);
    expect(missing(r)).toEqual([
      'identite_contact: ADRESSE_MANQUANTE @ controller.adresse',
      'interets_legitimes: INTERET_LEGITIME_MANQUANT @ purposes[0].legitimateInterest',
      'destinataires: DESTINATAIRES_MANQUANTS @ recipients',
      'transferts: GARANTIE_TRANSFERT_MANQUANTE @ transfers[0].safeguard',
      'conservation: CONSERVATION_MANQUANTE @ retention',
      'fourniture_obligatoire: FOURNITURE_NON_PRECISEE @ dataCategories[0].required',
      'decision_automatisee: LOGIQUE_DECISION_MANQUANTE @ automatedDecision.logic',
    ]);
    expect(r.missing.filter((m) => m.item !== 'identite_contact').every((m) => m.processingId === 'vide')).toBe(true);
  });

  it('requires a contact to exercise the rights, and at least one processing', () => {
    const reg = registerOf();
    reg.controller.contactEmail = ' ';
    expect(missing(checkPolicy(reg))).toEqual([
      'identite_contact: CONTACT_MANQUANT @ controller.contactEmail',
      'finalites_bases: AUCUN_TRAITEMENT @ processings',
      'droits: CONTACT_DROITS_MANQUANT @ controller.contactEmail',
    ]);
  });

  it('can be narrowed to the processings the policy shows', () => {
    const reg = registerOf(completeProcessing(), bareProcessing({ id: 'vide' }));
    expect(checkPolicy(reg).publishable).toBe(false);
    expect(checkPolicy(reg, { processingIds: [reg.processings[0]!.id] }).publishable).toBe(true);
  });

  it('blocks publication with a French DomainError', () => {
    const reg = registerOf(bareProcessing());
    expect(() => assertPolicyPublishable(reg)).toThrow(DomainError);
    expect(() => assertPolicyPublishable(reg)).toThrow(/ne peut pas être publiée : il manque 3 informations/);
    expect(() => assertPolicyPublishable(registerOf(completeProcessing()))).not.toThrow();
  });

  it('knows the CNIL’s address for complaints', () => {
    expect(CNIL_ADDRESS.lines.join(', ')).toBe('3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07');
  });
});

describe('applicableRights', () => {
  it('adds opposition for legitimate interest and portability for consent or contract', () => {
    const p = bareProcessing({ purposes: [{ purpose: 'a', legalBasis: 'obligation_legale' }] });
    expect(applicableRights(p)).toEqual(['acces', 'rectification', 'effacement', 'limitation']);
    p.purposes.push({ purpose: 'b', legalBasis: 'interet_legitime', legitimateInterest: 'x' });
    expect(applicableRights(p)).toContain('opposition');
    expect(applicableRights(p)).not.toContain('portabilite');
    p.purposes.push({ purpose: 'c', legalBasis: 'contrat' });
    expect(applicableRights(p)).toEqual(['acces', 'rectification', 'effacement', 'limitation', 'opposition', 'portabilite']);
  });
});
