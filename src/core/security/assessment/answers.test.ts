import { describe, expect, it } from 'vitest';
import { factToAnswer, resolveAnswers } from './answers.ts';
import { QUESTIONS } from './questions.ts';
import { GRADUAL, YES_NO, type Facts, type Question } from './types.ts';

const derived: Question = {
  id: 'dfa-rempart', theme: 'double-authentification', text: 'Double authentification sur Rempart ?', why: 'Parce que.',
  howTo: ['Un.', 'Deux.'], action: 'Activer la double authentification', weight: 5, effort: 1, answers: GRADUAL,
  derivedFrom: 'rempart.2fa',
};
const declaredOnly: Question = { ...derived, id: 'incid-72h', theme: 'incidents', answers: YES_NO, derivedFrom: undefined };
const off: Facts = { 'rempart.2fa': { value: false, detail: '2FA désactivée sur votre compte Rempart', settingsLink: '#/securite' } };

describe('resolveAnswers', () => {
  it('maps facts to answers', () => {
    expect(factToAnswer(true)).toBe('oui');
    expect(factToAnswer(false)).toBe('non');
    expect(factToAnswer('partial')).toBe('partiellement');
  });

  it('uses the declaration when no fact is known', () => {
    const r = resolveAnswers([derived], { 'dfa-rempart': 'oui' }, {});
    expect(r['dfa-rempart']).toEqual({ questionId: 'dfa-rempart', value: 'oui', source: 'declaration' });
  });

  it('lets a fact override the declaration, with its detail and link', () => {
    const r = resolveAnswers([derived], { 'dfa-rempart': 'oui' }, off);
    expect(r['dfa-rempart']).toEqual({
      questionId: 'dfa-rempart', value: 'non', source: 'rempart', fact: 'rempart.2fa',
      detail: '2FA désactivée sur votre compte Rempart', settingsLink: '#/securite', declared: 'oui',
    });
    const partial = resolveAnswers([derived], {}, { 'rempart.2fa': { value: 'partial', detail: 'd', settingsLink: '#/x' } });
    expect(partial['dfa-rempart']).toMatchObject({ value: 'partiellement', source: 'rempart', declared: null });
  });

  it('ignores facts for questions that are not derived from them', () => {
    const r = resolveAnswers([declaredOnly], { 'incid-72h': 'non' }, off);
    expect(r['incid-72h']).toEqual({ questionId: 'incid-72h', value: 'non', source: 'declaration' });
  });

  it('treats answers the question does not offer, and unknown ids, as unanswered', () => {
    const r = resolveAnswers([declaredOnly], { 'incid-72h': 'non-concerne', autre: 'oui' }, {});
    expect(r['incid-72h']?.value).toBeNull();
    expect(Object.keys(r)).toEqual(['incid-72h']);
    expect(resolveAnswers([declaredOnly], { 'incid-72h': null }, {})['incid-72h']?.value).toBeNull();
  });

  it('resolves every catalogue question', () => {
    const r = resolveAnswers(QUESTIONS, {}, {});
    expect(Object.keys(r)).toHaveLength(QUESTIONS.length);
    expect(Object.values(r).every((a) => a.value === null && a.source === 'declaration')).toBe(true);
  });
});
