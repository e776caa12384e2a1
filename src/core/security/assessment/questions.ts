// The full catalogue of the "Hygiène de sécurité" self-assessment, grouped by theme.
import { COMPTES_QUESTIONS } from './catalogue/comptes.ts';
import { DONNEES_QUESTIONS } from './catalogue/donnees.ts';
import { MATERIEL_QUESTIONS } from './catalogue/materiel.ts';
import { ORGANISATION_QUESTIONS } from './catalogue/organisation.ts';
import { themeOrder, type ThemeId } from './themes.ts';
import type { Question } from './types.ts';

/** All questions, sorted by theme order (catalogue order within a theme). */
export const QUESTIONS: readonly Question[] = [
  ...COMPTES_QUESTIONS,
  ...MATERIEL_QUESTIONS,
  ...DONNEES_QUESTIONS,
  ...ORGANISATION_QUESTIONS,
]
  .map((q, i) => ({ q, i }))
  .sort((a, b) => themeOrder(a.q.theme) - themeOrder(b.q.theme) || a.i - b.i)
  .map(({ q }) => q);

export function questionsByTheme(theme: ThemeId, questions: readonly Question[] = QUESTIONS): Question[] {
  return questions.filter((q) => q.theme === theme);
}

export function findQuestion(id: string, questions: readonly Question[] = QUESTIONS): Question | undefined {
  return questions.find((q) => q.id === id);
}
