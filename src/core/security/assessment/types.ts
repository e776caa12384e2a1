// Shared types of the security self-assessment.
import type { ThemeId } from './themes.ts';

export type AnswerValue = 'oui' | 'non' | 'partiellement' | 'non-concerne';

export const ANSWER_VALUES = ['oui', 'non', 'partiellement', 'non-concerne'] as const satisfies readonly AnswerValue[];

export const ANSWER_LABELS: Readonly<Record<AnswerValue, string>> = {
  oui: 'Oui',
  non: 'Non',
  partiellement: 'En partie',
  'non-concerne': 'Non concerné',
};

/** Answer sets offered to the user. */
export const FULL: readonly AnswerValue[] = ['oui', 'non', 'partiellement', 'non-concerne'];
export const GRADUAL: readonly AnswerValue[] = ['oui', 'non', 'partiellement'];
export const YES_NO: readonly AnswerValue[] = ['oui', 'non'];

export const FACT_KEYS = [
  'rempart.2fa',
  'rempart.encryptedClientFile',
  'rempart.recentBackup',
  'rempart.accessJournal',
  'rempart.strongPassword',
  'rempart.passwordRenewal',
] as const;

/** Something Rempart observes by itself, which answers a question without asking. */
export type FactKey = (typeof FACT_KEYS)[number];

export interface Fact {
  value: boolean | 'partial';
  /** Plain-French explanation, e.g. "2FA désactivée sur votre compte Rempart". */
  detail: string;
  /** Where to fix it in Rempart, e.g. "#/securite". */
  settingsLink: string;
}

export type Facts = Partial<Record<FactKey, Fact>>;

export type Weight = 1 | 2 | 3 | 4 | 5;
export type Effort = 1 | 2 | 3;

export interface Question {
  /** Stable kebab-case id, also the id of the matching action. */
  id: string;
  theme: ThemeId;
  /** The question, as asked to the user. */
  text: string;
  /** Why it matters, one or two sentences. */
  why: string;
  /** What to do, 2 to 4 short steps. */
  howTo: readonly string[];
  /** Imperative title of the action to take, e.g. "Activer la double authentification…". */
  action: string;
  /** Impact on risk, 1 (low) to 5 (high). */
  weight: Weight;
  /** How hard it is to fix, 1 (easy) to 3 (hard). */
  effort: Effort;
  /** Answers offered; "non-concerne" only where it can truly not apply. */
  answers: readonly AnswerValue[];
  /** When Rempart knows the answer itself. */
  derivedFrom?: FactKey;
}

/** Answers given by the user, keyed by question id. */
export type DeclaredAnswers = Readonly<Partial<Record<string, AnswerValue | null>>>;

export type ResolvedAnswer =
  | { questionId: string; value: AnswerValue | null; source: 'declaration' }
  | {
      questionId: string;
      value: AnswerValue;
      source: 'rempart';
      fact: FactKey;
      detail: string;
      settingsLink: string;
      /** What the user had declared, if anything (the fact wins). */
      declared: AnswerValue | null;
    };

/** One resolved answer per question id; `value: null` means unanswered. */
export type ResolvedAnswers = Readonly<Record<string, ResolvedAnswer>>;
