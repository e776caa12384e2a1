// Action plan: one action per question not fully in place, easiest big wins first.
import { themeOrder, type ThemeId } from './themes.ts';
import type { AnswerValue, Effort, Question, ResolvedAnswer, ResolvedAnswers, Weight } from './types.ts';

export type ActionStatus = 'a-faire' | 'en-cours' | 'fait' | 'ignore';

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'a-faire': 'À faire',
  'en-cours': 'En cours',
  fait: 'Fait',
  ignore: 'Ignorée',
};

export interface Action {
  /** Stable: the question id. */
  id: string;
  questionId: string;
  theme: ThemeId;
  title: string;
  howTo: readonly string[];
  /** The question's weight. */
  impact: Weight;
  effort: Effort;
  /** impact / effort, two decimals: higher comes first. */
  priority: number;
  /** ISO date, YYYY-MM-DD (UTC). */
  dueDate: string;
  status: ActionStatus;
  /** The current answer; null when unanswered. */
  answer: AnswerValue | null;
  source: ResolvedAnswer['source'];
  /** When Rempart observed the answer: where to fix it. */
  settingsLink?: string;
}

/** What is kept of a previously saved action. */
export interface PreviousAction {
  id: string;
  status: ActionStatus;
  dueDate: string;
}

const DAY_MS = 86_400_000;

export function actionPriority(weight: number, effort: number): number {
  return Math.round((weight / effort) * 100) / 100;
}

/** High impact and easy: 7 days; high or medium impact: 30 days; the rest: 90 days. */
export function dueInDays(weight: Weight, effort: Effort): 7 | 30 | 90 {
  if (weight >= 4 && effort === 1) return 7;
  if (weight >= 3) return 30;
  return 90;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dueDateFor(question: Question, now: Date): string {
  return isoDate(new Date(now.getTime() + dueInDays(question.weight, question.effort) * DAY_MS));
}

function needsAction(value: AnswerValue | null): boolean {
  return value === null || value === 'non' || value === 'partiellement';
}

function statusFor(answer: ResolvedAnswer, previous: PreviousAction | undefined): { status: ActionStatus; reopened: boolean } {
  if (answer.value === 'oui') return { status: 'fait', reopened: false };
  if (!previous) return { status: 'a-faire', reopened: false };
  // Marked done, but Rempart itself sees it is not (e.g. 2FA switched off again): reopen.
  if (previous.status === 'fait' && answer.source === 'rempart') return { status: 'a-faire', reopened: true };
  return { status: previous.status, reopened: false };
}

/**
 * Actions for every answer "non", "partiellement" or unanswered, ordered by priority (impact per effort),
 * then weight, then theme order. Status and due date of `previousActions` are kept; an action whose
 * answer became "oui" is marked "fait"; "non-concerne" answers drop the action.
 */
export function buildActionPlan(
  questions: readonly Question[],
  resolvedAnswers: ResolvedAnswers,
  now: Date,
  previousActions: readonly PreviousAction[] = [],
): Action[] {
  const previousById = new Map(previousActions.map((a) => [a.id, a]));
  const plan: { action: Action; index: number }[] = [];
  questions.forEach((q, index) => {
    const answer: ResolvedAnswer = resolvedAnswers[q.id] ?? { questionId: q.id, value: null, source: 'declaration' };
    const previous = previousById.get(q.id);
    if (!needsAction(answer.value) && !(previous && answer.value === 'oui')) return;
    const { status, reopened } = statusFor(answer, previous);
    const action: Action = {
      id: q.id,
      questionId: q.id,
      theme: q.theme,
      title: q.action,
      howTo: q.howTo,
      impact: q.weight,
      effort: q.effort,
      priority: actionPriority(q.weight, q.effort),
      dueDate: previous && !reopened ? previous.dueDate : dueDateFor(q, now),
      status,
      answer: answer.value,
      source: answer.source,
    };
    if (answer.source === 'rempart') action.settingsLink = answer.settingsLink;
    plan.push({ action, index });
  });
  return plan
    .sort(
      (a, b) =>
        b.action.priority - a.action.priority ||
        b.action.impact - a.action.impact ||
        themeOrder(a.action.theme) - themeOrder(b.action.theme) ||
        a.index - b.index,
    )
    .map((p) => p.action);
}
