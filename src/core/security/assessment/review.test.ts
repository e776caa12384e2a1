import { describe, expect, it } from 'vitest';
import { isReviewDue, nextReviewDate, progressSeries, type AssessmentSnapshot } from './review.ts';

describe('yearly review', () => {
  it('is due 12 months after the last assessment', () => {
    expect(nextReviewDate('2024-03-15T10:00:00Z').toISOString()).toBe('2025-03-15T10:00:00.000Z');
    expect(nextReviewDate(new Date('2024-12-31T23:30:00Z')).toISOString()).toBe('2025-12-31T23:30:00.000Z');
    expect(nextReviewDate('2024-02-29T08:00:00Z').toISOString()).toBe('2025-02-28T08:00:00.000Z');
  });

  it('says ok, then a-venir 30 days before, then due', () => {
    const last = '2024-03-15T10:00:00Z';
    expect(isReviewDue(last, new Date('2024-06-01T00:00:00Z'))).toBe('ok');
    expect(isReviewDue(last, new Date('2025-02-13T09:59:59Z'))).toBe('ok');
    expect(isReviewDue(last, new Date('2025-02-13T10:00:00Z'))).toBe('a-venir');
    expect(isReviewDue(last, new Date('2025-03-15T09:59:59Z'))).toBe('a-venir');
    expect(isReviewDue(last, new Date('2025-03-15T10:00:00Z'))).toBe('due');
    expect(isReviewDue(last, new Date('2026-01-01T00:00:00Z'))).toBe('due');
  });

  it('is due when never done, and rejects invalid dates', () => {
    expect(isReviewDue(null, new Date('2025-01-01T00:00:00Z'))).toBe('due');
    expect(isReviewDue(undefined, new Date('2025-01-01T00:00:00Z'))).toBe('due');
    expect(() => isReviewDue('pas une date', new Date('2025-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('progressSeries', () => {
  const history: AssessmentSnapshot[] = [
    { completedAt: '2025-03-01T09:00:00Z', score: 72, themeScores: { 'mots-de-passe': 80, sauvegardes: 50 } },
    { completedAt: '2023-02-10T09:00:00Z', score: 35, themeScores: { 'mots-de-passe': 40 } },
    { completedAt: '2024-02-20T09:00:00Z', score: 58, themeScores: { 'mots-de-passe': 70, sauvegardes: 60 } },
  ];

  it('sorts points by date with the change since the previous one', () => {
    const points = progressSeries(history);
    expect(points.map((p) => [p.date, p.score, p.delta])).toEqual([
      ['2023-02-10', 35, null],
      ['2024-02-20', 58, 23],
      ['2025-03-01', 72, 14],
    ]);
    expect(points.map((p) => p.themeDeltas)).toEqual([
      { 'mots-de-passe': null },
      { 'mots-de-passe': 30, sauvegardes: null },
      { 'mots-de-passe': 10, sauvegardes: -10 },
    ]);
    expect(points[2]?.themeScores).toEqual({ 'mots-de-passe': 80, sauvegardes: 50 });
  });

  it('leaves the input untouched and handles an empty history', () => {
    const copy = structuredClone(history);
    progressSeries(history)[0]!.themeScores['mots-de-passe'] = 0;
    expect(history).toEqual(copy);
    expect(progressSeries([])).toEqual([]);
  });
});
