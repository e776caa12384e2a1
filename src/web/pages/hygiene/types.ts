// Shapes of GET /api/hygiene (and of every write answer, which returns the same state).
export type AnswerValue = 'oui' | 'non' | 'partiellement' | 'non-concerne';
export type ActionStatus = 'a-faire' | 'en-cours' | 'fait' | 'ignore';
export type LevelId = 'a-risque' | 'a-ameliorer' | 'bon' | 'excellent';

export interface HygieneQuestion {
  id: string;
  theme: string;
  text: string;
  why: string;
  howTo: string[];
  action: string;
  weight: number;
  effort: number;
  answers: AnswerValue[];
  derivedFrom?: string;
}

export interface HygieneTheme {
  id: string;
  label: string;
  description: string;
  questions: HygieneQuestion[];
}

export type ResolvedAnswer =
  | { questionId: string; value: AnswerValue | null; source: 'declaration' }
  | { questionId: string; value: AnswerValue; source: 'rempart'; fact: string; detail: string; settingsLink: string; declared: AnswerValue | null };

export interface Level {
  id: LevelId;
  label: string;
}

export interface ScoreTotals {
  score: number | null;
  level: Level | null;
  answered: number;
  unanswered: number;
  notConcerned: number;
}

export interface ThemeScore extends ScoreTotals {
  theme: string;
  label: string;
}

export interface HygieneAction {
  id: string;
  questionId: string;
  theme: string;
  title: string;
  howTo: string[];
  impact: number;
  effort: number;
  priority: number;
  /** YYYY-MM-DD */
  dueDate: string;
  status: ActionStatus;
  answer: AnswerValue | null;
  source: 'declaration' | 'rempart';
  settingsLink?: string;
}

export interface ReviewState {
  status: 'ok' | 'a-venir' | 'due';
  lastCompletedAt: string | null;
  nextReviewAt: string | null;
}

export interface ProgressPoint {
  completedAt: string;
  /** YYYY-MM-DD */
  date: string;
  score: number;
  delta: number | null;
  themeScores: Record<string, number>;
  themeDeltas: Record<string, number | null>;
}

export interface Hygiene {
  themes: HygieneTheme[];
  answerLabels: Record<AnswerValue, string>;
  statusLabels: Record<ActionStatus, string>;
  answers: Record<string, ResolvedAnswer>;
  score: ScoreTotals & { themes: ThemeScore[] };
  actions: HygieneAction[];
  review: ReviewState;
  progress: ProgressPoint[];
}

/** Every write goes through this: requests run one after the other and their answer becomes the page state. */
export type Writer = (request: () => Promise<Hygiene>) => Promise<Hygiene>;
