import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assertPublishable, checkProcessing } from './completeness.ts';
import { bareProcessing, completeProcessing } from './fixtures.ts';
import type { Processing } from './model.ts';

const codes = (p: Processing) => checkProcessing(p).missing.map((m) => `${m.code} @ ${m.field}`);
const warnings = (p: Processing) => checkProcessing(p).warnings.map((m) => `${m.code} @ ${m.field}`);

describe('checkProcessing', () => {
  it('lists every blocker of an empty draft, pointing at the field', () => {
    expect(codes(bareProcessing())).toEqual([
      'FINALITE_MANQUANTE @ purposes',
      'PERSONNES_MANQUANTES @ peopleCategories',
      'DONNEES_MANQUANTES @ dataCategories',
      'DESTINATAIRES_MANQUANTS @ recipients',
      'CONSERVATION_MANQUANTE @ retention',
      'SECURITE_MANQUANTE @ securityMeasures',
    ]);
    expect(checkProcessing(bareProcessing()).publishable).toBe(false);
  });

  it('passes a complete processing', () => {
    const c = checkProcessing(completeProcessing());
    expect(c).toMatchObject({ publishable: true, missing: [] });
  });

  it('requires a legal basis per purpose', () => {
    const p = completeProcessing();
    p.purposes[1]!.legalBasis = null;
    expect(codes(p)).toEqual(['BASE_LEGALE_MANQUANTE @ purposes[1].legalBasis']);
    expect(checkProcessing(p).missing[0]?.message).toBe('Choisissez la base légale de la finalité « Émettre les factures et suivre les paiements ».');
  });

  it('requires the legitimate interest to be spelled out', () => {
    const p = completeProcessing();
    p.purposes[0] = { purpose: 'Prospecter', legalBasis: 'interet_legitime', legitimateInterest: '   ' };
    expect(codes(p)).toEqual(['INTERET_LEGITIME_MANQUANT @ purposes[0].legitimateInterest']);
    p.purposes[0].legitimateInterest = 'Faire connaître nos offres à nos clients';
    expect(codes(p)).toEqual([]);
  });

  it('requires whether each data category must be provided', () => {
    const p = completeProcessing();
    delete p.dataCategories[2]!.required;
    expect(codes(p)).toEqual(['FOURNITURE_NON_PRECISEE @ dataCategories[2].required']);
  });

  it('requires the Art. 9 condition when sensitive data are processed', () => {
    const p = completeProcessing();
    p.dataCategories.push({ key: 'sante', label: 'Santé', sensitive: true, art9: 'health', required: { mandatory: false } });
    expect(codes(p)).toEqual(['EXCEPTION_ART9_MANQUANTE @ art9Condition']);
    p.art9Condition = 'consentement_explicite';
    expect(codes(p)).toEqual([]);
  });

  it('blocks a processor without contract status, warns while the contract is to sign or check', () => {
    const p = completeProcessing();
    p.recipients = [{ kind: 'sous_traitant', name: 'Hébergeur' }];
    expect(codes(p)).toEqual(['CONTRAT_SOUS_TRAITANT_NON_PRECISE @ recipients[0].contractStatus']);
    p.recipients[0]!.contractStatus = 'a_signer';
    expect(codes(p)).toEqual([]);
    expect(warnings(p)).toContain('CONTRAT_SOUS_TRAITANT_A_REGLER @ recipients[0].contractStatus');
    p.recipients[0]!.contractStatus = 'signe';
    expect(warnings(p)).not.toContain('CONTRAT_SOUS_TRAITANT_A_REGLER @ recipients[0].contractStatus');
  });

  it('requires a safeguard for each transfer outside the EU', () => {
    const p = completeProcessing({ transfers: [{ country: 'États-Unis', recipient: 'Fournisseur', safeguard: null }] });
    expect(codes(p)).toEqual(['GARANTIE_TRANSFERT_MANQUANTE @ transfers[0].safeguard']);
    p.transfers[0]!.safeguard = 'clauses_contractuelles_types';
    expect(codes(p)).toEqual([]);
  });

  it('requires the logic of an automated decision', () => {
    const p = completeProcessing({ automatedDecision: { exists: true } });
    expect(codes(p)).toEqual(['LOGIQUE_DECISION_MANQUANTE @ automatedDecision.logic']);
  });

  it('warns (without blocking) about sources, supports, unevaluated risks and a DPIA to conduct', () => {
    const p = completeProcessing({ sources: [], supports: [] });
    p.risks.events = p.risks.events.filter((e) => e.event !== 'disparition');
    p.risks.dpia = { criteria: ['grande_echelle', 'personnes_vulnerables'], cnilCases: [] };
    expect(checkProcessing(p).publishable).toBe(true);
    expect(warnings(p)).toEqual(
      expect.arrayContaining(['SOURCES_MANQUANTES @ sources', 'SUPPORTS_MANQUANTS @ supports', 'RISQUE_NON_EVALUE @ risks.events', 'AIPD_A_REALISER @ risks.dpia']),
    );
    p.risks.dpia.conductedAt = '2026-05-01T00:00:00.000Z';
    expect(warnings(p)).not.toContain('AIPD_A_REALISER @ risks.dpia');
  });
});

describe('assertPublishable', () => {
  it('throws a French DomainError listing what is missing', () => {
    const p = completeProcessing({ retention: [] });
    try {
      assertPublishable(p);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.kind).toBe('invalid');
      expect(err.code).toBe('TRAITEMENT_INCOMPLET');
      expect(err.message).toBe('Le traitement « Gestion des clients et facturation » ne peut pas être publié : il manque une information.');
      expect(err.details?.missing).toEqual([expect.objectContaining({ code: 'CONSERVATION_MANQUANTE', field: 'retention' })]);
    }
  });

  it('lets a complete processing through', () => {
    expect(() => assertPublishable(completeProcessing())).not.toThrow();
  });
});
