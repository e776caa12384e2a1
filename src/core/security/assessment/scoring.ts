// Weighted score of the self-assessment, overall and per theme.
import { resolveAnswers } from './answers.ts';
import { themeLabel, themeOrder, type ThemeId } from './themes.ts';
import type { AnswerValue, DeclaredAnswers, Facts, Question, ResolvedAnswers } from './types.ts';

export type LevelId = 'a-risque' | 'a-ameliorer' | 'bon' | 'excellent';

export const LEVELS = [
  { id: 'a-risque', label: 'À risque', min: 0 },
  { id: 'a-ameliorer', label: 'À améliorer', min: 40 },
  { id: 'bon', label: 'Bon', min: 70 },
  { id: 'excellent', label: 'Excellent', min: 90 },
] as const satisfies readonly { id: LevelId; label: string; min: number }[];

export interface Level {
  id: LevelId;
  label: string;
}

export interface ScoreTotals {
  /** 0–100, rounded; null when every question is "non concerné" (nothing to measure). */
  score: number | null;
  level: Level | null;
  /** Weighted points obtained and possible (non-concerné excluded). */
  earned: number;
  possible: number;
  answered: number;
  unanswered: number;
  notConcerned: number;
}

export interface ThemeScore extends ScoreTotals {
  theme: ThemeId;
  label: string;
}

export interface AssessmentScore extends ScoreTotals {
  themes: ThemeScore[];
  /** The answers actually scored (facts applied), to feed buildActionPlan. */
  answers: ResolvedAnswers;
}

/** Share of a question's weight earned by an answer; null = excluded from the denominator. */
export function answerCredit(value: AnswerValue | null): number | null {
  switch (value) {
    case 'oui':
      return 1;
    case 'partiellement':
      return 0.5;
    case 'non-concerne':
      return null;
    default:
      return 0; // "non" and unanswered
  }
}

/** "À risque" < 40 ≤ "À améliorer" < 70 ≤ "Bon" < 90 ≤ "Excellent". */
export function levelFor(score: number): Level {
  const level = [...LEVELS].reverse().find((l) => score >= l.min) ?? LEVELS[0];
  return { id: level.id, label: level.label };
}

function emptyTotals(): ScoreTotals {
  return { score: null, level: null, earned: 0, possible: 0, answered: 0, unanswered: 0, notConcerned: 0 };
}

function add(totals: ScoreTotals, weight: number, value: AnswerValue | null): void {
  if (value === null) totals.unanswered++;
  else if (value === 'non-concerne') totals.notConcerned++;
  else totals.answered++;
  const credit = answerCredit(value);
  if (credit === null) return;
  totals.earned += weight * credit;
  totals.possible += weight;
}

function finish<T extends ScoreTotals>(totals: T): T {
  if (totals.possible > 0) {
    totals.score = Math.round((100 * totals.earned) / totals.possible);
    totals.level = levelFor(totals.score);
  }
  return totals;
}

/** Scores already-resolved answers (see resolveAnswers). */
export function scoreResolved(questions: readonly Question[], answers: ResolvedAnswers): AssessmentScore {
  const overall = emptyTotals();
  const byTheme = new Map<ThemeId, ThemeScore>();
  for (const q of questions) {
    const value = answers[q.id]?.value ?? null;
    add(overall, q.weight, value);
    let theme = byTheme.get(q.theme);
    if (!theme) {
      theme = { theme: q.theme, label: themeLabel(q.theme), ...emptyTotals() };
      byTheme.set(q.theme, theme);
    }
    add(theme, q.weight, value);
  }
  const themes = [...byTheme.values()].sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme)).map(finish);
  return { ...finish(overall), themes, answers };
}

/**
 * Overall and per-theme scores, 0–100: each question counts for its weight, "partiellement" for half,
 * unanswered for 0 (and is counted in `unanswered`), "non-concerne" is left out. Facts override declarations.
 */
export function scoreAssessment(questions: readonly Question[], answers: DeclaredAnswers, facts: Facts = {}): AssessmentScore {
  return scoreResolved(questions, resolveAnswers(questions, answers, facts));
}
