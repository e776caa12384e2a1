// The self-assessment of one business: answers, score, action plan, yearly reviews.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import { forbidden, invalid, notFound } from '../core/errors.ts';
import {
  ACTION_STATUS_LABELS,
  ANSWER_LABELS,
  QUESTIONS,
  THEMES,
  buildActionPlan,
  findQuestion,
  isReviewDue,
  nextReviewDate,
  progressSeries,
  resolveAnswers,
  scoreResolved,
  type ActionStatus,
  type AnswerValue,
  type DeclaredAnswers,
} from '../core/security/assessment/index.ts';
import { rempartFacts } from './facts.ts';

function requireWriter(actor: Actor): void {
  if (actor.role === 'accountant') throw forbidden('LECTURE_SEULE', 'Votre rôle (comptable) est en lecture seule.');
}

export async function loadAssessment(app: App, tenantId: string) {
  const repo = app.repos.security(tenantId);
  const [declared, saved, reviews, facts] = await Promise.all([repo.answers(), repo.actions(), repo.reviews(), rempartFacts(app, tenantId)]);
  const now = app.now();
  const answers = resolveAnswers(QUESTIONS, declared as DeclaredAnswers, facts);
  // The answers travel once, at the top level, not again inside the score.
  const { answers: _repeated, ...score } = scoreResolved(QUESTIONS, answers);
  const actions = buildActionPlan(
    QUESTIONS,
    answers,
    now,
    saved.map((a) => ({ id: a.action_id, status: a.status as ActionStatus, dueDate: a.due_date })),
  );
  const last = reviews.at(-1);
  return {
    themes: THEMES.map((t) => ({ ...t, questions: QUESTIONS.filter((q) => q.theme === t.id) })),
    answerLabels: ANSWER_LABELS,
    statusLabels: ACTION_STATUS_LABELS,
    answers,
    score,
    actions,
    review: {
      status: isReviewDue(last?.completed_at ?? null, now),
      lastCompletedAt: last?.completed_at ?? null,
      nextReviewAt: last ? nextReviewDate(last.completed_at).toISOString() : null,
    },
    progress: progressSeries(reviews.map((r) => ({ completedAt: r.completed_at, score: r.score, themeScores: JSON.parse(r.theme_scores) as Record<string, number> }))),
  };
}

export async function saveAnswers(app: App, actor: Actor, answers: Record<string, AnswerValue | null>): Promise<void> {
  requireWriter(actor);
  for (const [id, value] of Object.entries(answers)) {
    const q = findQuestion(id);
    if (!q) throw invalid('QUESTION_INCONNUE', `Question inconnue : ${id}.`);
    if (value !== null && !q.answers.includes(value)) throw invalid('REPONSE_INVALIDE', `Réponse « ${value} » impossible pour la question « ${q.text} ».`);
  }
  const now = app.now().toISOString();
  await app.tx(async (repos) => {
    for (const [id, value] of Object.entries(answers)) await repos.security(actor.tenantId).saveAnswer(id, value, actor.userId, now);
  });
}

function isRealDate(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

export async function updateAction(app: App, actor: Actor, actionId: string, change: { status?: ActionStatus; dueDate?: string }) {
  requireWriter(actor);
  if (change.dueDate !== undefined && !isRealDate(change.dueDate)) throw invalid('DATE_INVALIDE', `La date ${change.dueDate} n’existe pas.`);
  const current = (await loadAssessment(app, actor.tenantId)).actions.find((a) => a.id === actionId);
  if (!current) throw notFound('Action introuvable dans votre plan.');
  await app.repos.security(actor.tenantId).saveAction(actionId, change.status ?? current.status, change.dueDate ?? current.dueDate, app.now().toISOString());
}

/** Records the current score as this year's review; the chart shows progress between reviews. */
export async function completeReview(app: App, actor: Actor) {
  requireWriter(actor);
  const state = await loadAssessment(app, actor.tenantId);
  if (state.score.score === null || state.score.unanswered > 0) {
    throw invalid('EVALUATION_INCOMPLETE', `Répondez d’abord à toutes les questions (${state.score.unanswered} sans réponse).`);
  }
  const now = app.now().toISOString();
  await app.tx(async (repos) => {
    const repo = repos.security(actor.tenantId);
    // Recording twice on the same day replaces that day's review rather than adding a point.
    await repo.deleteReviewsOn(now.slice(0, 10));
    await repo.addReview({
      id: randomUUID(),
      completed_at: now,
      completed_by: actor.userId,
      score: Math.round(state.score.score!),
      theme_scores: JSON.stringify(Object.fromEntries(state.score.themes.filter((t) => t.score !== null).map((t) => [t.theme, Math.round(t.score!)]))),
    });
    // Fix the plan as it stands, so due dates and statuses survive later changes.
    for (const a of state.actions) await repo.saveAction(a.id, a.status, a.dueDate, now);
  });
  return loadAssessment(app, actor.tenantId);
}
