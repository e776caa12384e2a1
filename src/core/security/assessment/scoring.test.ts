import { describe, expect, it } from 'vitest';
import { QUESTIONS } from './questions.ts';
import { levelFor, scoreAssessment } from './scoring.ts';
import { FULL, type AnswerValue, type Facts, type Question } from './types.ts';

function q(id: string, weight: Question['weight'], theme: Question['theme'] = 'papier'): Question {
  return { id, theme, text: `${id} ?`, why: 'Raison.', howTo: ['Un.', 'Deux.'], action: 'Agir', weight, effort: 1, answers: FULL };
}

const allYes = Object.fromEntries(QUESTIONS.map((x) => [x.id, 'oui' as AnswerValue]));
const totalWeight = QUESTIONS.reduce((s, x) => s + x.weight, 0);
const twoFa = (value: boolean): Facts => ({
  'rempart.2fa': { value, detail: value ? '2FA activée' : '2FA désactivée sur votre compte Rempart', settingsLink: '#/securite' },
});

describe('scoreAssessment', () => {
  it('weights each question', () => {
    const qs = [q('a', 5), q('b', 1)];
    expect(scoreAssessment(qs, { a: 'oui', b: 'non' }).score).toBe(83); // 5/6
    expect(scoreAssessment(qs, { a: 'non', b: 'oui' }).score).toBe(17); // 1/6
  });

  it('counts a partial answer for half its weight', () => {
    const r = scoreAssessment([q('a', 4), q('b', 2)], { a: 'partiellement', b: 'oui' });
    expect(r.earned).toBe(4);
    expect(r.possible).toBe(6);
    expect(r.score).toBe(67);
  });

  it('leaves non-concerné out of the denominator', () => {
    const r = scoreAssessment([q('a', 3), q('b', 5)], { a: 'oui', b: 'non-concerne' });
    expect(r.score).toBe(100);
    expect(r.possible).toBe(3);
    expect(r.notConcerned).toBe(1);
    expect(r.answered).toBe(1);
  });

  it('counts unanswered questions as 0 and reports them', () => {
    const r = scoreAssessment([q('a', 2), q('b', 2), q('c', 2)], { a: 'oui' });
    expect(r.score).toBe(33);
    expect(r.unanswered).toBe(2);
    expect(r.answered).toBe(1);
    const empty = scoreAssessment(QUESTIONS, {});
    expect(empty.score).toBe(0);
    expect(empty.unanswered).toBe(QUESTIONS.length);
    expect(empty.level?.label).toBe('À risque');
  });

  it('scores each theme separately, in theme order', () => {
    const qs = [q('p', 2, 'papier'), q('m1', 4, 'mots-de-passe'), q('m2', 4, 'mots-de-passe'), q('i', 1, 'incidents')];
    const r = scoreAssessment(qs, { p: 'non', m1: 'oui', m2: 'partiellement', i: 'non-concerne' });
    expect(r.themes.map((t) => [t.theme, t.score])).toEqual([
      ['mots-de-passe', 75],
      ['papier', 0],
      ['incidents', null], // only non-concerné: nothing to measure
    ]);
    expect(r.themes[0]).toMatchObject({ label: 'Mots de passe', level: { id: 'bon', label: 'Bon' } });
    expect(r.themes[2]?.level).toBeNull();
    expect(r.score).toBe(60); // (4 + 2) / 10
  });

  it('reports one theme per catalogue theme, with its unanswered count', () => {
    const r = scoreAssessment(QUESTIONS, { 'mdp-unique': 'oui' });
    expect(r.themes).toHaveLength(12);
    const mdp = r.themes.find((t) => t.theme === 'mots-de-passe');
    expect(mdp?.unanswered).toBe(QUESTIONS.filter((x) => x.theme === 'mots-de-passe').length - 1);
    expect(mdp?.score).toBeGreaterThan(0);
  });

  it('labels levels at 40, 70 and 90', () => {
    const label = (s: number) => levelFor(s).label;
    expect([0, 39, 40, 69, 70, 89, 90, 100].map(label)).toEqual([
      'À risque', 'À risque', 'À améliorer', 'À améliorer', 'Bon', 'Bon', 'Excellent', 'Excellent',
    ]);
    expect(scoreAssessment([q('a', 1), q('b', 1)], { a: 'oui', b: 'partiellement' }).level).toEqual({ id: 'bon', label: 'Bon' });
  });

  it('lets Rempart’s own facts override declarations, changing the score', () => {
    const on = scoreAssessment(QUESTIONS, allYes, twoFa(true));
    expect(on.score).toBe(100);
    expect(on.answers['dfa-rempart']).toMatchObject({ value: 'oui', source: 'rempart' });

    const off = scoreAssessment(QUESTIONS, allYes, twoFa(false));
    expect(off.answers['dfa-rempart']).toMatchObject({
      value: 'non', source: 'rempart', detail: '2FA désactivée sur votre compte Rempart', settingsLink: '#/securite', declared: 'oui',
    });
    expect(off.earned).toBe(totalWeight - 5);
    expect(off.score).toBe(Math.round((100 * (totalWeight - 5)) / totalWeight));
    expect(off.score).toBeLessThan(100);
    expect(off.themes.find((t) => t.theme === 'double-authentification')?.score).toBe(74); // 14/19

    // A declared "non" is corrected upwards by a true fact.
    const declaredNo = scoreAssessment(QUESTIONS, { ...allYes, 'dfa-rempart': 'non' }, twoFa(true));
    expect(declaredNo.score).toBe(100);
    // Without the fact, the declaration counts.
    expect(scoreAssessment(QUESTIONS, { ...allYes, 'dfa-rempart': 'non' }).score).toBe(off.score);
  });

  it('answers a derived question that the user skipped', () => {
    const r = scoreAssessment(QUESTIONS, {}, twoFa(true));
    expect(r.unanswered).toBe(QUESTIONS.length - 1);
    expect(r.earned).toBe(5);
  });
});
