import { describe, expect, it } from 'vitest';
import { allowedTransitions, applyTransition, checkTransition, identityCheckSuggested, newRequest, whatRemainsAfterErasure, type TransitionInput } from './requests.ts';
import { REQUEST_STATUSES, type RightsRequest } from './types.ts';

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const now = at('2026-03-12');

const base = (over: Partial<RightsRequest> = {}): RightsRequest => {
  const created = newRequest({ type: 'acces', channel: 'email', receivedAt: '2026-03-05', identityCheckRequired: false }, now);
  if (!created.ok) throw new Error(created.error);
  return { ...created.request, ...over };
};

const move = (request: RightsRequest, input: TransitionInput, when = now) => {
  const r = applyTransition(request, input, when);
  if (!r.ok) throw new Error(r.error);
  return r.request;
};
const error = (request: RightsRequest, input: TransitionInput, when = now) => {
  const r = checkTransition(request, input, when);
  return r.ok ? null : r.error;
};

describe('rights request transitions', () => {
  it('goes through a normal life: received, verified, answered, closed', () => {
    let r = base({ identityCheckRequired: true });
    r = move(r, { to: 'verification_identite' });
    r = move(r, { to: 'en_cours', identityVerified: true }, at('2026-03-14'));
    expect(r.identityVerifiedAt).toBe('2026-03-14');
    r = move(r, { to: 'repondue' }, at('2026-03-20'));
    expect(r).toMatchObject({ status: 'repondue', answeredAt: '2026-03-20' });
    r = move(r, { to: 'cloturee' }, at('2026-03-21'));
    expect(r).toMatchObject({ status: 'cloturee', closedAt: '2026-03-21' });
    expect(allowedTransitions('cloturee')).toEqual([]);
  });

  it('refuses to answer before identity is verified when verification is required', () => {
    const r = base({ identityCheckRequired: true, status: 'en_cours' });
    expect(error(r, { to: 'repondue' })).toBe(
      "Impossible de répondre avant d'avoir vérifié l'identité du demandeur : vous risqueriez de communiquer ses données à quelqu'un d'autre (art. 12.6 RGPD).",
    );
    expect(error(r, { to: 'repondue', identityVerified: true })).toBeNull();
    expect(error(base({ status: 'en_cours' }), { to: 'repondue' })).toBeNull(); // no doubt, no check
  });

  it('makes verification required once a check has been asked for', () => {
    const r = move(base(), { to: 'verification_identite' });
    expect(r.identityCheckRequired).toBe(true);
    expect(error(r, { to: 'en_cours' })).toBe("Confirmez d'abord l'identité du demandeur, ou refusez la demande si elle ne peut pas être vérifiée.");
    expect(error(r, { to: 'repondue' })).toMatch(/^Impossible de répondre avant/);
  });

  it('extends once, with a reason, within the first month', () => {
    const r = base({ status: 'en_cours' });
    expect(error(r, { to: 'prolongee' })).toMatch(/motif de la prolongation/);
    expect(error(r, { to: 'prolongee', reason: 'Très nombreuses pièces à rassembler.' }, at('2026-04-06'))).toMatch(/^Trop tard pour prolonger/);
    const extended = move(r, { to: 'prolongee', reason: '  Très nombreuses pièces à rassembler.  ' }, at('2026-04-05'));
    expect(extended).toMatchObject({ status: 'prolongee', extendedAt: '2026-04-05', extensionReason: 'Très nombreuses pièces à rassembler.' });
    const backToCheck = move(extended, { to: 'verification_identite' }, at('2026-04-10'));
    const again = move(backToCheck, { to: 'en_cours', identityVerified: true }, at('2026-04-12'));
    expect(error(again, { to: 'prolongee', reason: 'Encore plus de pièces à trouver.' }, at('2026-04-12'))).toMatch(/une seule prolongation/);
  });

  it('refuses only with a reason, and never an objection to prospection', () => {
    const r = base({ status: 'en_cours' });
    expect(error(r, { to: 'refusee' })).toBe(
      'Indiquez le motif du refus : il doit être communiqué à la personne, avec la possibilité de saisir la CNIL ou la justice (art. 12.4 RGPD).',
    );
    const refused = move(r, { to: 'refusee', reason: 'Demande manifestement excessive (dixième demande identique ce mois-ci).' });
    expect(refused).toMatchObject({ status: 'refusee', answeredAt: '2026-03-12', refusalReason: expect.stringMatching(/^Demande manifestement/) });
    const objection = base({ type: 'opposition', aboutMarketing: true, status: 'en_cours' });
    expect(error(objection, { to: 'refusee', reason: 'Nous tenons à vous écrire.' })).toBe(
      "Une opposition à la prospection ne peut pas être refusée : elle s'applique sans condition (art. 21.3 RGPD).",
    );
  });

  it('explains forbidden moves', () => {
    expect(error(base(), { to: 'cloturee' })).toBe('Répondez à la demande ou refusez-la avant de la clôturer.');
    expect(error(base({ status: 'cloturee' }), { to: 'en_cours' })).toBe('La demande est clôturée : elle ne peut plus changer de statut.');
    expect(error(base({ status: 'repondue' }), { to: 'en_cours' })).toBe('Passage impossible du statut « Répondue » au statut « En cours ».');
    expect(error(base(), { to: 'recue' })).toBe('La demande est déjà au statut « Reçue ».');
    expect(error(base(), { to: 'en_cours' }, at('2026-03-04'))).toBe('La date du jour précède la réception de la demande.');
  });

  it('has a rule for every status', () => {
    for (const s of REQUEST_STATUSES) for (const t of allowedTransitions(s)) expect(REQUEST_STATUSES).toContain(t);
  });

  it('creates requests only for past or present receipts', () => {
    expect(newRequest({ type: 'effacement', channel: 'courrier', receivedAt: '2026-03-13', identityCheckRequired: true }, now)).toEqual({
      ok: false,
      error: 'La date de réception ne peut pas être dans le futur.',
    });
  });

  it('suggests an identity check only when there is a doubt', () => {
    expect(identityCheckSuggested('email', true)).toBe(false);
    expect(identityCheckSuggested('email', false)).toBe(true);
    expect(identityCheckSuggested('telephone', true)).toBe(true);
    expect(identityCheckSuggested('sur_place', false)).toBe(false);
  });
});

describe('whatRemainsAfterErasure', () => {
  it('keeps invoices 10 years after the close of the financial year', () => {
    const out = whatRemainsAfterErasure({ hasInvoices: true, lastInvoiceAt: '2025-06-15', ongoingContract: false, litigation: false });
    expect(out.erasesEverything).toBe(false);
    expect(out.kept[0]).toMatchObject({ until: '31 décembre 2035', why: expect.stringContaining('article L123-22 du Code de commerce') });
    expect(out.summary).toMatch(/^Nous avons effacé les données que rien ne nous oblige à garder/);
  });
  it('keeps what a contract or a litigation needs', () => {
    const out = whatRemainsAfterErasure({ hasInvoices: false, ongoingContract: true, litigation: true });
    expect(out.kept.map((k) => k.what)).toEqual([
      'Les coordonnées et informations nécessaires au contrat en cours',
      'Les échanges, devis, contrats et preuves utiles au litige',
      'La trace de la demande (date, type de demande, réponse apportée)',
    ]);
    expect(out.kept[1]?.until).toMatch(/5 ans .*article 2224 du Code civil/);
    expect(out.erased[0]).toMatch(/^Dès maintenant/);
  });
  it('erases everything else, keeping only minimal traces', () => {
    const out = whatRemainsAfterErasure({ hasInvoices: false, ongoingContract: false, litigation: false, objectedToMarketing: true });
    expect(out.erasesEverything).toBe(true);
    expect(out.kept.map((k) => k.what)).toEqual([
      "L'adresse e-mail ou le numéro, seul, dans votre liste d'opposition",
      'La trace de la demande (date, type de demande, réponse apportée)',
    ]);
    expect(out.summary).toMatch(/^Vos données ont été effacées/);
  });
  it('says when the end of the accounting retention is unknown', () => {
    const out = whatRemainsAfterErasure({ hasInvoices: true, lastInvoiceAt: null, ongoingContract: false, litigation: false, hadMarketingConsent: true });
    expect(out.kept[0]?.until).toBe("10 ans après la clôture de l'exercice de la dernière facture");
    expect(out.kept[1]?.what).toMatch(/preuve du consentement/);
  });
});
