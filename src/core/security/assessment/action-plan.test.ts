import { describe, expect, it } from 'vitest';
import { resolveAnswers } from './answers.ts';
import { buildActionPlan, dueInDays, type PreviousAction } from './action-plan.ts';
import { QUESTIONS } from './questions.ts';
import { FULL, type DeclaredAnswers, type Effort, type Facts, type Question, type Weight } from './types.ts';

const NOW = new Date('2025-03-10T15:00:00Z');

function q(id: string, weight: Weight, effort: Effort, theme: Question['theme'] = 'papier'): Question {
  return { id, theme, text: `${id} ?`, why: 'Raison.', howTo: ['Un.', 'Deux.'], action: `Faire ${id}`, weight, effort, answers: FULL };
}

function plan(qs: Question[], declared: DeclaredAnswers, previous?: PreviousAction[], facts: Facts = {}) {
  return buildActionPlan(qs, resolveAnswers(qs, declared, facts), NOW, previous);
}

describe('buildActionPlan', () => {
  it('creates actions for non, partiellement and unanswered only', () => {
    const qs = [q('oui', 3, 1), q('non', 3, 1), q('part', 3, 1), q('vide', 3, 1), q('nc', 3, 1)];
    const actions = plan(qs, { oui: 'oui', non: 'non', part: 'partiellement', nc: 'non-concerne' });
    expect(actions.map((a) => [a.id, a.answer])).toEqual([['non', 'non'], ['part', 'partiellement'], ['vide', null]]);
    expect(actions[0]).toMatchObject({ questionId: 'non', title: 'Faire non', howTo: ['Un.', 'Deux.'], status: 'a-faire', source: 'declaration' });
  });

  it('orders by impact per effort, then weight, then theme order', () => {
    const qs = [
      q('d', 3, 3), // 1
      q('c', 2, 1), // 2, weight 2
      q('e', 5, 3), // 1.67
      q('b', 4, 2), // 2, weight 4
      q('a', 5, 1), // 5
      q('t-incidents', 3, 1, 'incidents'), // 3, last theme
      q('t-mdp', 3, 1, 'mots-de-passe'), // 3, first theme
    ];
    const actions = plan(qs, {});
    expect(actions.map((a) => a.id)).toEqual(['a', 't-mdp', 't-incidents', 'b', 'c', 'e', 'd']);
    expect(actions.map((a) => a.priority)).toEqual([5, 3, 3, 2, 2, 1.67, 1]);
    expect(actions[0]).toMatchObject({ impact: 5, effort: 1 });
  });

  it('sets due dates: 7 days for big easy wins, then 30, then 90', () => {
    const actions = plan([q('rapide', 5, 1), q('moyen', 4, 2), q('leger', 3, 1), q('long', 2, 1), q('dur', 1, 3)], {});
    const due = Object.fromEntries(actions.map((a) => [a.id, a.dueDate]));
    expect(due).toEqual({ rapide: '2025-03-17', moyen: '2025-04-09', leger: '2025-04-09', long: '2025-06-08', dur: '2025-06-08' });
    expect([dueInDays(4, 1), dueInDays(4, 3), dueInDays(3, 1), dueInDays(2, 1)]).toEqual([7, 30, 30, 90]);
  });

  it('keeps the status and due date of previous actions', () => {
    const previous: PreviousAction[] = [
      { id: 'a', status: 'en-cours', dueDate: '2025-01-05' },
      { id: 'b', status: 'ignore', dueDate: '2025-02-01' },
      { id: 'disparue', status: 'a-faire', dueDate: '2025-02-01' },
    ];
    const actions = plan([q('a', 5, 1), q('b', 2, 1), q('c', 2, 1)], { a: 'non', b: 'partiellement' }, previous);
    expect(actions.map((a) => [a.id, a.status, a.dueDate])).toEqual([
      ['a', 'en-cours', '2025-01-05'],
      ['b', 'ignore', '2025-02-01'],
      ['c', 'a-faire', '2025-06-08'],
    ]);
  });

  it('marks an action "fait" when its answer became oui, and drops it when non concerné', () => {
    const previous: PreviousAction[] = [
      { id: 'a', status: 'en-cours', dueDate: '2025-01-05' },
      { id: 'b', status: 'ignore', dueDate: '2025-02-01' },
      { id: 'c', status: 'a-faire', dueDate: '2025-02-01' },
    ];
    const actions = plan([q('a', 5, 1), q('b', 2, 1), q('c', 2, 1), q('d', 2, 1)], { a: 'oui', b: 'oui', c: 'non-concerne', d: 'oui' }, previous);
    expect(actions.map((a) => [a.id, a.status, a.dueDate])).toEqual([
      ['a', 'fait', '2025-01-05'],
      ['b', 'fait', '2025-02-01'],
    ]);
  });

  it('follows Rempart’s facts: done when the fact turns true, reopened when it turns false', () => {
    const dfa = QUESTIONS.filter((x) => x.id === 'dfa-rempart');
    const fact = (value: boolean): Facts => ({ 'rempart.2fa': { value, detail: 'd', settingsLink: '#/securite' } });
    const first = plan(dfa, {}, [], fact(false));
    expect(first[0]).toMatchObject({ status: 'a-faire', dueDate: '2025-03-17', source: 'rempart', settingsLink: '#/securite',
      title: 'Activer la double authentification sur votre compte Rempart' });

    const saved = first.map(({ id, status, dueDate }) => ({ id, status, dueDate }));
    const done = plan(dfa, { 'dfa-rempart': 'non' }, saved, fact(true));
    expect(done[0]).toMatchObject({ status: 'fait', answer: 'oui', dueDate: '2025-03-17' });

    const reopened = plan(dfa, {}, [{ id: 'dfa-rempart', status: 'fait', dueDate: '2024-01-01' }], fact(false));
    expect(reopened[0]).toMatchObject({ status: 'a-faire', dueDate: '2025-03-17' });
    // A declaration does not contradict the user's own "fait".
    const kept = plan(dfa, { 'dfa-rempart': 'non' }, [{ id: 'dfa-rempart', status: 'fait', dueDate: '2024-01-01' }]);
    expect(kept[0]).toMatchObject({ status: 'fait', dueDate: '2024-01-01' });
  });

  it('plans the whole catalogue when nothing is answered, big easy wins first', () => {
    const actions = buildActionPlan(QUESTIONS, resolveAnswers(QUESTIONS, {}, {}), NOW);
    expect(actions).toHaveLength(QUESTIONS.length);
    expect(new Set(actions.map((a) => a.id)).size).toBe(QUESTIONS.length);
    expect(actions[0]?.priority).toBe(5);
    expect(actions.at(-1)?.priority).toBe(Math.min(...QUESTIONS.map((x) => Math.round((x.weight / x.effort) * 100) / 100)));
    for (let i = 1; i < actions.length; i++) expect(actions[i - 1]!.priority).toBeGreaterThanOrEqual(actions[i]!.priority);
    expect(actions.slice(0, 3).map((a) => a.dueDate)).toEqual(['2025-03-17', '2025-03-17', '2025-03-17']);
  });
});
