import { describe, expect, it } from 'vitest';
import type { Client } from '../clients/types.ts';
import { ANONYMISED_NAME, anonymiseClient, retentionDecision, retentionReport, type RetentionSubject } from './expiry.ts';
import { DEFAULT_RETENTION_POLICY as policy } from './policy.ts';

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const subject = (over: Partial<RetentionSubject>): RetentionSubject => ({
  id: 'c1',
  status: 'prospect',
  collectedAt: '2022-01-10',
  lastContactAt: null,
  relationshipEndedAt: null,
  hasInvoices: false,
  ...over,
});

describe('prospects: 3 years after the last contact', () => {
  const p = subject({ lastContactAt: '2023-03-15' });
  it.each([
    ['2026-03-14', 'garder'], // one day before
    ['2026-03-15', 'garder'], // exactly 3 years: last day of the period
    ['2026-03-16', 'supprimer'], // one day after
  ])('on %s → %s', (day, action) => {
    expect(retentionDecision(p, policy, at(day))).toMatchObject({ action, expiresAt: '2026-03-15' });
  });
  it('explains the rule in French', () => {
    expect(retentionDecision(p, policy, at('2026-03-16')).reason).toBe(
      'Prospect : 3 ans après le dernier contact (recommandation CNIL) : délai écoulé le 15 mars 2026.',
    );
    expect(retentionDecision(p, policy, at('2025-01-01')).reason).toBe(
      'Prospect : 3 ans après le dernier contact (recommandation CNIL). Conservation jusqu\'au 15 mars 2026.',
    );
  });
  it('counts from collection when there was no contact, and from the later of both', () => {
    expect(retentionDecision(subject({}), policy, at('2025-01-11')).expiresAt).toBe('2025-01-10');
    expect(retentionDecision(subject({}), policy, at('2025-01-11')).reason).toMatch(/après la collecte/);
    expect(retentionDecision(subject({ lastContactAt: '2021-05-01' }), policy, at('2025-01-11')).expiresAt).toBe('2025-01-10');
  });
  it('handles a leap-day contact', () => {
    const leap = subject({ lastContactAt: '2024-02-29' });
    expect(retentionDecision(leap, policy, at('2027-02-28'))).toMatchObject({ action: 'garder', expiresAt: '2027-02-28' });
    expect(retentionDecision(leap, policy, at('2027-03-01')).action).toBe('supprimer');
  });
  it('follows a tenant policy', () => {
    const short = { ...policy, prospectMonths: 12 };
    expect(retentionDecision(p, short, at('2024-03-16')).action).toBe('supprimer');
  });
  it('keeps the proof of a given consent 5 years after the end of its use', () => {
    const consented = subject({ lastContactAt: '2023-03-15', marketingConsent: { given: true, at: '2023-03-15', channel: 'formulaire', textShown: 'Oui' } });
    expect(retentionDecision(consented, policy, at('2026-03-16')).consentProofUntil).toBe('2031-03-15');
    expect(retentionDecision(p, policy, at('2026-03-16')).consentProofUntil).toBeNull();
  });
});

describe('former clients: 3 years after the end of the relationship', () => {
  const former = subject({ status: 'ancien_client', collectedAt: '2018-05-02', relationshipEndedAt: '2022-06-30', hasInvoices: true, lastInvoiceAt: '2022-06-30' });
  it('anonymises, not deletes, a client with invoices', () => {
    expect(retentionDecision(former, policy, at('2025-06-30')).action).toBe('garder');
    const d = retentionDecision(former, policy, at('2025-07-01'));
    expect(d).toMatchObject({ action: 'anonymiser', expiresAt: '2025-06-30', accountingUntil: '2032-12-31' });
    expect(d.reason).toBe(
      "Ancien client : 3 ans après la fin de la relation commerciale (recommandation CNIL) : délai écoulé le 30 juin 2025. Des factures existent (factures conservées 10 ans après la clôture de l'exercice (article L123-22 du Code de commerce)) : la fiche est anonymisée, les factures restent telles qu'émises jusqu'au 31 décembre 2032.",
    );
  });
  it('deletes once the invoices are past their own period too', () => {
    const d = retentionDecision(former, policy, at('2033-01-01'));
    expect(d.action).toBe('supprimer');
    expect(d.reason).toMatch(/durée de conservation des factures est elle aussi écoulée/);
    expect(retentionDecision(former, policy, at('2032-12-31')).action).toBe('anonymiser');
  });
  it('deletes a former client without invoices', () => {
    expect(retentionDecision({ ...former, hasInvoices: false }, policy, at('2025-07-01')).action).toBe('supprimer');
  });
  it('restarts the clock on a contact after the end', () => {
    const back = { ...former, lastContactAt: '2024-01-20' };
    expect(retentionDecision(back, policy, at('2025-07-01'))).toMatchObject({ action: 'garder', expiresAt: '2027-01-20' });
    expect(retentionDecision(back, policy, at('2025-07-01')).reason).toMatch(/après le dernier contact/);
  });
  it('falls back on the last contact when the end date is missing, and says so', () => {
    const d = retentionDecision({ ...former, relationshipEndedAt: null, lastContactAt: '2021-02-01' }, policy, at('2025-07-01'));
    expect(d).toMatchObject({ action: 'anonymiser', expiresAt: '2024-02-01' });
    expect(d.warnings).toEqual(['Date de fin de relation manquante : le dernier contact (ou, à défaut, la collecte) est retenu.']);
  });
  it('keeps the accounting data when the last invoice date is unknown', () => {
    const d = retentionDecision({ ...former, lastInvoiceAt: null }, policy, at('2040-01-01'));
    expect(d).toMatchObject({ action: 'anonymiser', accountingUntil: null });
    expect(d.warnings[0]).toMatch(/^Date de la dernière facture inconnue/);
  });
});

describe('active clients and doubtful data', () => {
  it('keeps an active client for the whole relationship', () => {
    const d = retentionDecision(subject({ status: 'client', lastContactAt: '2026-01-05' }), policy, at('2026-03-01'));
    expect(d).toMatchObject({ action: 'garder', expiresAt: null, warnings: [] });
    expect(d.reason).toMatch(/^Client actif/);
  });
  it('suggests a status change for a silent client or one with an end date', () => {
    const silent = retentionDecision(subject({ status: 'client', collectedAt: '2021-01-01', lastContactAt: '2022-01-05', relationshipEndedAt: '2022-02-01' }), policy, at('2026-03-01'));
    expect(silent.action).toBe('garder');
    expect(silent.warnings).toEqual([
      "Date de fin de relation renseignée alors que le statut est « Client » : si la relation est terminée, passez-le en « Ancien client ».",
      'Aucun contact depuis le 5 janvier 2022 : si la relation est terminée, passez ce client en « Ancien client » pour faire courir le délai de conservation.',
    ]);
  });
  it('ignores future and unreadable dates instead of keeping data for ever', () => {
    const d = retentionDecision(subject({ lastContactAt: '2062-01-01', collectedAt: '2020-01-01' }), policy, at('2026-03-01'));
    expect(d).toMatchObject({ action: 'supprimer', expiresAt: '2023-01-01' });
    expect(d.warnings).toEqual(['Date du dernier contact dans le futur (1er janvier 2062) : non prise en compte, corrigez-la.']);
    const unreadable = retentionDecision(subject({ collectedAt: '31/12/2020' }), policy, at('2026-03-01'));
    expect(unreadable).toMatchObject({ action: 'garder', expiresAt: null });
    expect(unreadable.warnings).toEqual([
      'Date de collecte illisible (« 31/12/2020 ») : non prise en compte.',
      'Aucune date exploitable : renseignez la date de collecte pour que la durée de conservation puisse courir.',
    ]);
  });
  it('anonymises a "prospect" that has invoices and flags the wrong status', () => {
    const d = retentionDecision(subject({ hasInvoices: true, lastInvoiceAt: '2022-01-10' }), policy, at('2025-02-01'));
    expect(d.action).toBe('anonymiser');
    expect(d.warnings).toContain("Prospect avec des factures : il s'agit en réalité d'un client, corrigez son statut.");
  });
});

describe('retentionReport', () => {
  it('groups the dry run and lists deletions first', () => {
    const clients: RetentionSubject[] = [
      subject({ id: 'a', label: 'Zoé Garnier', status: 'client', lastContactAt: '2026-02-01' }),
      subject({ id: 'b', label: 'Paul Morel', lastContactAt: '2023-04-01' }),
      subject({ id: 'c', label: 'Anne Roux', collectedAt: '2021-01-01' }),
      subject({ id: 'd', label: 'Luc Petit', status: 'ancien_client', relationshipEndedAt: '2022-01-01', hasInvoices: true, lastInvoiceAt: '2021-12-15' }),
      subject({ id: 'e', label: 'Éva Blanc', collectedAt: '2030-01-01' }),
    ];
    const report = retentionReport(clients, policy, at('2026-03-15'));
    expect(report).toMatchObject({
      date: '2026-03-15',
      total: 5,
      counts: { garder: 3, anonymiser: 1, supprimer: 1 },
      byStatus: { prospect: { garder: 2, anonymiser: 0, supprimer: 1 }, client: { garder: 1, anonymiser: 0, supprimer: 0 }, ancien_client: { garder: 0, anonymiser: 1, supprimer: 0 } },
      expiringSoon: 1,
      withWarnings: 1,
    });
    expect(report.lines.map((l) => [l.id, l.action])).toEqual([
      ['c', 'supprimer'],
      ['d', 'anonymiser'],
      ['b', 'garder'],
      ['e', 'garder'],
      ['a', 'garder'],
    ]);
  });
});

describe('anonymiseClient', () => {
  it('blanks identity and contact fields, keeps dates and status', () => {
    const client: Client = {
      civilite: 'Mme', nom: 'Garnier', prenom: 'Zoé', emails: ['zoe@exemple.fr'], phones: ['+33612345678'],
      address: { lignes: ['1 rue Haute'], codePostal: '69001', ville: 'Lyon', pays: 'France' }, company: 'Zoé Design',
      notes: 'Préfère le matin', status: 'ancien_client', source: 'Salon', collectedAt: '2019-01-01', legalBasis: 'contrat',
      lastContactAt: '2022-01-01', marketingConsent: null, relationshipEndedAt: '2022-01-01',
    };
    expect(anonymiseClient(client)).toEqual({
      civilite: null, nom: ANONYMISED_NAME, prenom: null, emails: [], phones: [], address: null, company: null,
      notes: null, status: 'ancien_client', source: null, collectedAt: '2019-01-01', legalBasis: 'obligation_legale',
      lastContactAt: null, marketingConsent: null, relationshipEndedAt: '2022-01-01',
    });
  });
});
