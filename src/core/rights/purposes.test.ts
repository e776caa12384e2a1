import { describe, expect, it } from 'vitest';
import { bareProcessing, completeProcessing } from '../register/fixtures.ts';
import { EMPTY_REGISTER_NOTICE, purposesFromRegister, REGISTER_DRAFT_NOTICE, REGISTER_PUBLISHED_NOTICE } from './purposes.ts';

const fallback = () => ({ traitements: [], finalites: [{ finalite: 'Activité déclarée', baseLegale: 'Contrat' }], destinataires: ['Nous'], transferts: [], conservation: [] });
const input = { raisonSociale: 'Atelier Durand', fallback };

describe('purposesFromRegister', () => {
  it('falls back on the activity when the register has nothing about clients', () => {
    expect(purposesFromRegister([], input)).toEqual({ provenance: 'activite', avertissement: EMPTY_REGISTER_NOTICE, ...fallback() });
    const hiring = bareProcessing({ name: 'Recrutement', peopleCategories: ['Candidats'], status: 'publie' });
    expect(purposesFromRegister([hiring], input).provenance).toBe('activite');
  });

  it('uses the published processings about clients, with the legal-basis labels, recipients and retention', () => {
    const clients = completeProcessing({ status: 'publie' });
    const draft = bareProcessing({ id: 'p2', name: 'Brouillon', peopleCategories: ['Clients'], purposes: [{ purpose: 'Idée en cours', legalBasis: null }] });
    const hiring = bareProcessing({ id: 'p3', name: 'Recrutement', peopleCategories: ['Candidats'], status: 'publie', purposes: [{ purpose: 'Recruter', legalBasis: 'contrat' }] });
    const s = purposesFromRegister([clients, draft, hiring], input);
    expect(s).toMatchObject({ provenance: 'registre', statutRegistre: 'publie', avertissement: REGISTER_PUBLISHED_NOTICE, traitements: ['Gestion des clients et facturation'] });
    expect(s.finalites[0]).toEqual({
      finalite: 'Établir les devis, réaliser les prestations et suivre la relation avec les clients',
      baseLegale: 'Exécution d’un contrat ou de mesures précontractuelles (art. 6.1.b RGPD)',
      traitement: 'Gestion des clients et facturation',
    });
    expect(s.finalites.map((f) => f.finalite)).not.toContain('Recruter');
    expect(s.finalites.map((f) => f.finalite)).not.toContain('Idée en cours');
    expect(s.finalites.find((f) => f.finalite.startsWith('Émettre les factures'))!.baseLegale).toBe('Obligation légale (art. 6.1.c RGPD)');
    expect(s.destinataires.length).toBe(new Set(s.destinataires).size);
    expect(s.destinataires.some((d) => /prestataire agissant pour notre compte/.test(d))).toBe(true);
    expect(s.conservation).toContainEqual({ traitement: 'Gestion des clients et facturation', donnees: 'Factures et pièces comptables', duree: '10 ans (article L123-22 du Code de commerce)', pointDeDepart: 'Clôture de l’exercice comptable' });
    expect(s.transferts).toEqual([]);
  });

  it('uses the drafts when nothing is published, says so, and marks what is still to be specified', () => {
    const draft = bareProcessing({
      name: 'Fichier clients',
      peopleCategories: ['Clients'],
      purposes: [
        { purpose: 'Suivi des clients', legalBasis: null },
        { purpose: 'Offres aux clients', legalBasis: 'interet_legitime', legitimateInterest: 'Fidéliser' },
      ],
      recipients: [{ kind: 'tiers', name: 'Assureur' }],
      transfers: [
        { country: 'États-Unis', recipient: 'Hébergeur de messagerie', safeguard: 'clauses_contractuelles_types' },
        { country: 'Inde', recipient: 'Centre d’appels', safeguard: null },
      ],
    });
    const s = purposesFromRegister([draft], input);
    expect(s).toMatchObject({ provenance: 'registre', statutRegistre: 'brouillon', avertissement: REGISTER_DRAFT_NOTICE });
    expect(s.finalites).toEqual([
      { finalite: 'Suivi des clients', baseLegale: 'Base légale à préciser par l’entreprise', traitement: 'Fichier clients' },
      { finalite: 'Offres aux clients', baseLegale: 'Intérêt légitime (art. 6.1.f RGPD)', interetLegitime: 'Fidéliser', traitement: 'Fichier clients' },
    ]);
    // No internal recipient declared: the business's own staff is still named first.
    expect(s.destinataires).toEqual(['Les personnes habilitées de Atelier Durand, dans la limite de leurs fonctions', 'Assureur']);
    expect(s.transferts).toEqual([
      { pays: 'États-Unis', destinataire: 'Hébergeur de messagerie', garantie: 'Clauses contractuelles types de la Commission européenne (art. 46)' },
      { pays: 'Inde', destinataire: 'Centre d’appels', garantie: 'Garantie à préciser par l’entreprise' },
    ]);
  });

  it('deduplicates purposes shared by two processings', () => {
    const a = bareProcessing({ id: 'a', name: 'A', status: 'publie', purposes: [{ purpose: 'Facturer', legalBasis: 'obligation_legale' }] });
    const b = bareProcessing({ id: 'b', name: 'B', status: 'publie', purposes: [{ purpose: 'Facturer', legalBasis: 'obligation_legale' }] });
    expect(purposesFromRegister([a, b], input).finalites).toHaveLength(1);
  });
});
