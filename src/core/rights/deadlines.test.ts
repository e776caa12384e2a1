import { describe, expect, it } from 'vitest';
import { canExtend, currentDueDate, deadlineStatus, dueDate, extendedDueDate } from './deadlines.ts';
import type { RightsRequest } from './types.ts';

/** Noon in Paris on that day, whatever the season. */
const at = (day: string) => new Date(`${day}T10:00:00Z`);

const request = (over: Partial<RightsRequest> = {}): RightsRequest => ({
  type: 'acces',
  channel: 'email',
  status: 'en_cours',
  receivedAt: '2026-03-05',
  identityCheckRequired: false,
  identityVerifiedAt: null,
  extendedAt: null,
  extensionReason: null,
  answeredAt: null,
  refusalReason: null,
  closedAt: null,
  ...over,
});

describe('dueDate: one month from receipt (Regulation 1182/71)', () => {
  it.each([
    ['2026-03-05', '2026-04-05'], // the EDPB example: same day number next month
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'], // leap year
    ['2028-01-30', '2028-02-29'],
    ['2028-01-29', '2028-02-29'],
    ['2028-01-28', '2028-02-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-05-31', '2026-06-30'],
    ['2026-08-31', '2026-09-30'],
    ['2026-10-31', '2026-11-30'],
    ['2026-12-31', '2027-01-31'], // year end
    ['2026-12-15', '2027-01-15'],
    ['2028-02-29', '2028-03-29'], // received on a leap day
    ['2026-02-28', '2026-03-28'], // not the end of March: same day number
    ['2026-04-30', '2026-05-30'],
  ])('received %s → due %s', (received, due) => {
    expect(dueDate(received)).toBe(due);
  });
});

describe('extendedDueDate: three months from receipt', () => {
  it.each([
    ['2026-03-05', '2026-06-05'],
    ['2026-01-31', '2026-04-30'], // not 28 April: counted from receipt, not chained
    ['2027-11-30', '2028-02-29'],
    ['2027-11-29', '2028-02-29'],
    ['2026-11-30', '2027-02-28'],
    ['2026-10-31', '2027-01-31'],
    ['2028-02-29', '2028-05-29'],
  ])('received %s → extended due %s', (received, due) => {
    expect(extendedDueDate(received)).toBe(due);
  });

  it('is used once the deadline has been extended', () => {
    expect(currentDueDate({ receivedAt: '2026-01-31', extendedAt: null })).toBe('2026-02-28');
    expect(currentDueDate({ receivedAt: '2026-01-31', extendedAt: '2026-02-10' })).toBe('2026-04-30');
  });
});

describe('canExtend', () => {
  const reason = 'Demande portant sur dix ans de correspondance à rassembler.';
  it('allows one extension, with a reason, until the last day of the first month', () => {
    expect(canExtend(request(), at('2026-03-20'), reason)).toEqual({ ok: true });
    expect(canExtend(request(), at('2026-04-05'), reason)).toEqual({ ok: true });
    expect(canExtend(request(), at('2026-04-05'))).toEqual({ ok: true }); // no reason given: only asks whether it is still possible
  });
  it('refuses the day after the first deadline', () => {
    const r = canExtend(request(), at('2026-04-06'), reason);
    expect(r).toEqual({
      ok: false,
      error: 'Trop tard pour prolonger : la personne devait être prévenue au plus tard le 5 avril 2026, dans le mois suivant la réception (art. 12.3 RGPD).',
    });
  });
  it('uses the French day: 23:30 in Paris on the due date is still in time', () => {
    expect(canExtend(request(), new Date('2026-04-05T21:30:00Z'), reason).ok).toBe(true);
    expect(canExtend(request(), new Date('2026-04-05T22:30:00Z'), reason).ok).toBe(false);
  });
  it('requires a written reason', () => {
    for (const r of ['', '   ', 'complexe', null]) {
      const check = canExtend(request(), at('2026-03-20'), r);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.error).toMatch(/motif de la prolongation/);
    }
  });
  it('allows a single extension, and none once answered', () => {
    expect(canExtend(request({ status: 'prolongee', extendedAt: '2026-03-10', extensionReason: reason }), at('2026-03-20'), reason)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/une seule prolongation/),
    });
    expect(canExtend(request({ status: 'repondue', answeredAt: '2026-03-15' }), at('2026-03-20'), reason).ok).toBe(false);
  });
});

describe('deadlineStatus', () => {
  it('counts the days left and warns within 7 days', () => {
    expect(deadlineStatus(request(), at('2026-03-05'))).toMatchObject({ status: 'ok', daysLeft: 31, dueDate: '2026-04-05' });
    expect(deadlineStatus(request(), at('2026-03-28'))).toMatchObject({ status: 'ok', daysLeft: 8 });
    expect(deadlineStatus(request(), at('2026-03-29'))).toMatchObject({ status: 'bientot', daysLeft: 7, message: "7 jours pour répondre (jusqu'au 5 avril 2026)." });
    expect(deadlineStatus(request(), at('2026-04-05'))).toMatchObject({ status: 'bientot', daysLeft: 0, message: "Dernier jour pour répondre : aujourd'hui, 5 avril 2026." });
    expect(deadlineStatus(request(), at('2026-04-06'))).toMatchObject({ status: 'depassee', daysLeft: -1, message: 'Délai dépassé de 1 jour (échéance du 5 avril 2026) : répondez sans attendre.' });
  });
  it('follows the extended deadline', () => {
    const extended = request({ status: 'prolongee', extendedAt: '2026-03-20', extensionReason: 'Motif suffisant.' });
    expect(deadlineStatus(extended, at('2026-04-06'))).toMatchObject({ status: 'ok', dueDate: '2026-06-05', extended: true, daysLeft: 60 });
    expect(deadlineStatus(extended, at('2026-06-06'))).toMatchObject({ status: 'depassee', daysLeft: -1 });
  });
  it('measures an answered request at its answer date', () => {
    expect(deadlineStatus(request({ status: 'repondue', answeredAt: '2026-04-05' }), at('2026-05-01'))).toMatchObject({ status: 'ok', answered: true, daysLeft: 0 });
    expect(deadlineStatus(request({ status: 'cloturee', answeredAt: '2026-04-08' }), at('2026-05-01'))).toMatchObject({
      status: 'depassee',
      daysLeft: -3,
      message: 'Réponse envoyée avec 3 jours de retard (échéance du 5 avril 2026).',
    });
  });
});
