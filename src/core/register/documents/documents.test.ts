// Rules of the generated documents, beyond the golden files: what appears when, and what never does.
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../test/golden/register/fixtures.ts';
import { checkPolicy } from '../art13.ts';
import type { Register } from '../model.ts';
import { frenchDate } from './format.ts';
import { buildDocument, renderDocument } from './index.ts';

const md = (kind: Parameters<typeof renderDocument>[0], r: Register) => renderDocument(kind, r, { format: 'md' });
const plombier = loadFixture('plombier');
const therapeute = loadFixture('therapeute');

function edit(r: Register, id: string, change: (p: Register['processings'][number]) => void): Register {
  const copy = structuredClone(r);
  change(copy.processings.find((p) => p.id === id)!);
  return copy;
}

describe('privacy policy (Art. 13)', () => {
  // Text the policy must show for each applicable item of the core's Art. 13 checklist.
  const EVIDENCE: Record<string, (r: Register) => string[]> = {
    identite_contact: (r) => ['## Qui est responsable de vos données ?', r.controller.contactEmail],
    dpo: (r) => [`**Délégué à la protection des données** : ${r.controller.dpo?.nom}`],
    finalites_bases: () => ['**Finalités et bases légales**'],
    interets_legitimes: () => ['**Intérêts légitimes poursuivis**'],
    destinataires: () => ['**Destinataires**'],
    transferts: () => ['## Transferts hors de l’Union européenne', 'Vous pouvez nous demander une copie de ces garanties.'],
    conservation: () => ['**Durées de conservation**'],
    droits: () => ['## Vos droits', 'Droit d’accès', 'Droit de rectification', 'Droit à l’effacement', 'Droit à la limitation', 'Pour exercer ces droits'],
    retrait_consentement: () => ['## Retrait de votre consentement'],
    reclamation_cnil: () => ['## Réclamation auprès de la CNIL', '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07', 'www.cnil.fr'],
    fourniture_obligatoire: () => ['## Êtes-vous obligé de nous fournir vos données ?'],
    decision_automatisee: () => ['## Décisions automatisées'],
  };

  it.each([
    ['plombier', plombier],
    ['therapeute', therapeute],
  ] as const)('shows every applicable item of the Art. 13 checklist (%s)', (_name, register) => {
    const policy = md('politique', register);
    const items = checkPolicy(register).items;
    expect(items.length).toBe(Object.keys(EVIDENCE).length);
    for (const item of items.filter((i) => i.applies)) {
      for (const text of EVIDENCE[item.item]!(register)) expect(policy, `${item.item}: ${text}`).toContain(text);
    }
  });

  it('states plainly when there is no transfer, no automated decision, no consent', () => {
    const r = edit(plombier, 'clients-facturation', (p) => (p.transfers = []));
    const noConsent = edit(r, 'site-contact', (p) => (p.purposes = p.purposes.filter((u) => u.legalBasis !== 'consentement')));
    const policy = md('politique', noConsent);
    expect(policy).toContain('Vos données ne sont pas transférées hors de l’Union européenne.');
    expect(policy).toContain('Nous ne prenons aucune décision vous concernant sur le seul fondement d’un traitement automatisé');
    expect(policy).not.toContain('Retrait de votre consentement');
    expect(md('politique', therapeute)).toContain('Un score calculé à partir des questionnaires propose le type de séance');
  });

  it('states withdrawal of consent for explicit consent to sensitive data too', () => {
    const r = edit(therapeute, 'suivi-seances', (p) => {
      p.purposes = [{ purpose: 'Suivi', legalBasis: 'contrat' }];
      p.art9Condition = 'consentement_explicite';
    });
    const policy = md('politique', r);
    expect(policy).toContain('## Retrait de votre consentement');
    expect(policy).toContain('**Ce qui nous autorise à utiliser des données sensibles** : Consentement explicite de la personne (art. 9.2.a RGPD)');
  });

  it('lists portability only for consent or contract, objection only for legitimate interest', () => {
    const onlyLegal = edit(plombier, 'clients-facturation', (p) => (p.purposes = [{ purpose: 'Facturer', legalBasis: 'obligation_legale' }]));
    const r = edit(onlyLegal, 'site-contact', (p) => (p.purposes = [{ purpose: 'Répondre', legalBasis: 'obligation_legale' }]));
    const policy = md('politique', r);
    expect(policy).not.toContain('Droit à la portabilité');
    expect(policy).not.toContain('Droit d’opposition :');
    expect(md('politique', plombier)).toContain('Droit à la portabilité');
    expect(md('politique', plombier)).toContain('Droit d’opposition :');
  });

  it('marks what is missing instead of inventing it', () => {
    const policy = md('politique', therapeute);
    expect(policy).toContain('Orienter les séances selon un score de progression — base légale à compléter');
    expect(policy).toContain('Outil de visioconférence, Canada — garantie à compléter');
    expect(policy).toMatch(/\*\*Durées de conservation\*\* :\n {2}- à compléter/);
  });

  it('keeps internal details out of public documents: contract status, folder paths', () => {
    for (const kind of ['politique', 'page-clients', 'mention-formulaire', 'mention-devis', 'signature-email'] as const) {
      const text = md(kind, plombier);
      expect(text, kind).not.toContain('contrat de sous-traitance');
      expect(text, kind).not.toContain('Users');
    }
    const registre = md('registre', plombier);
    expect(registre).toContain('Cabinet comptable Martin (expert-comptable) — contrat de sous-traitance à signer');
    expect(registre).toContain('dossier C:\\\\Users\\\\jean\\\\Documents\\\\Clients');
  });
});

describe('short notices', () => {
  it('name the processings collecting at that point, or all of them when none says so', () => {
    const form = md('mention-formulaire', plombier);
    expect(form).toContain('## Site web et formulaire de contact');
    expect(form).not.toContain('## Gestion des clients et facturation');
    const devis = md('mention-devis', plombier);
    expect(devis).toContain('## Gestion des clients et facturation');
    expect(devis).not.toContain('## Site web');
    expect(devis).toContain('Informations obligatoires : État civil, identité, données d’identification et Coordonnées. Les autres sont facultatives.');
    const none = md('mention-formulaire', therapeute);
    expect(none).toContain('## Suivi des séances');
  });

  it('keep the e-mail signature to three short lines', () => {
    const doc = buildDocument('signature-email', plombier);
    const lines = doc.sections.flatMap((s) => s.blocks);
    expect(lines).toHaveLength(3);
    for (const b of lines) expect(b.type === 'paragraph' && b.text.length < 200).toBe(true);
  });
});

describe('client page', () => {
  it('explains supports and security measures in plain words', () => {
    const page = md('page-clients', plombier);
    expect(page).toContain('- Classeurs clients (sur papier, armoire fermée à clé du bureau)');
    expect(page).toContain('- Sauvegarde chiffrée hebdomadaire');
    expect(page).toContain('Nos prestataires, qui n’agissent que sur nos instructions : Logiciel de facturation Henrri, Cabinet comptable Martin, OVHcloud, Matomo Cloud.');
  });
});

describe('French dates', () => {
  it('uses the calendar day in France and « 1er »', () => {
    expect(frenchDate('2026-12-31T23:30:00Z')).toBe('1er janvier 2027');
    expect(frenchDate(new Date('2026-07-14T08:00:00Z'))).toBe('14 juillet 2026');
  });
});

describe('empty register', () => {
  const empty: Register = { controller: plombier.controller, processings: [] };
  it.each(['registre', 'politique', 'mention-formulaire', 'mention-devis', 'signature-email', 'page-clients'] as const)('%s still renders, saying what is missing', (kind) => {
    const text = md(kind, empty);
    expect(text).toContain('Plomberie Dupont & Fils');
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  });
  it('the register says it has no processing yet', () => {
    expect(md('registre', empty)).toContain('Aucun traitement n’est encore inscrit au registre.');
    expect(md('politique', empty)).toContain('Les utilisations de vos données sont à compléter.');
  });
});
