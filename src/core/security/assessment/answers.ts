// Resolves the answer of each question: a fact observed by Rempart wins over the user's declaration.
import type { AnswerValue, DeclaredAnswers, Fact, Facts, Question, ResolvedAnswer, ResolvedAnswers } from './types.ts';

export function factToAnswer(value: Fact['value']): AnswerValue {
  if (value === 'partial') return 'partiellement';
  return value ? 'oui' : 'non';
}

/** A declared answer the question does not offer (e.g. "non-concerne" on the e-mail 2FA) counts as unanswered. */
function declaredValue(question: Question, declared: DeclaredAnswers): AnswerValue | null {
  const value = Object.hasOwn(declared, question.id) ? declared[question.id] : undefined;
  return value != null && question.answers.includes(value) ? value : null;
}

export function resolveAnswer(question: Question, declared: DeclaredAnswers, facts: Facts): ResolvedAnswer {
  const declaredAnswer = declaredValue(question, declared);
  const fact = question.derivedFrom ? facts[question.derivedFrom] : undefined;
  if (question.derivedFrom && fact) {
    return {
      questionId: question.id,
      value: factToAnswer(fact.value),
      source: 'rempart',
      fact: question.derivedFrom,
      detail: fact.detail,
      settingsLink: fact.settingsLink,
      declared: declaredAnswer,
    };
  }
  return { questionId: question.id, value: declaredAnswer, source: 'declaration' };
}

/** One resolved answer per question; answers to unknown question ids are ignored. */
export function resolveAnswers(questions: readonly Question[], declared: DeclaredAnswers, facts: Facts): ResolvedAnswers {
  const resolved: Record<string, ResolvedAnswer> = {};
  for (const q of questions) resolved[q.id] = resolveAnswer(q, declared, facts);
  return resolved;
}
