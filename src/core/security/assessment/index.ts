// Public API of the "Hygiène de sécurité" self-assessment (pure rules, no I/O).
export { THEMES, THEME_IDS, themeLabel, themeOrder, type Theme, type ThemeId } from './themes.ts';
export {
  ANSWER_LABELS,
  ANSWER_VALUES,
  FACT_KEYS,
  FULL,
  GRADUAL,
  YES_NO,
  type AnswerValue,
  type DeclaredAnswers,
  type Effort,
  type Fact,
  type FactKey,
  type Facts,
  type Question,
  type ResolvedAnswer,
  type ResolvedAnswers,
  type Weight,
} from './types.ts';
export { QUESTIONS, findQuestion, questionsByTheme } from './questions.ts';
export { factToAnswer, resolveAnswer, resolveAnswers } from './answers.ts';
export {
  LEVELS,
  answerCredit,
  levelFor,
  scoreAssessment,
  scoreResolved,
  type AssessmentScore,
  type Level,
  type LevelId,
  type ScoreTotals,
  type ThemeScore,
} from './scoring.ts';
export {
  ACTION_STATUS_LABELS,
  actionPriority,
  buildActionPlan,
  dueDateFor,
  dueInDays,
  type Action,
  type ActionStatus,
  type PreviousAction,
} from './action-plan.ts';
export {
  REVIEW_REMINDER_DAYS,
  isReviewDue,
  nextReviewDate,
  progressSeries,
  type AssessmentSnapshot,
  type ProgressPoint,
  type ReviewStatus,
} from './review.ts';
export {
  answerValueSchema,
  declaredAnswersSchema,
  factSchema,
  factsSchema,
  historySchema,
  previousActionsSchema,
} from './schemas.ts';
