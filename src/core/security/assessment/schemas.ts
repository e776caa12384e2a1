// Validation schemas for data coming from storage or HTTP (answers, facts, saved actions, history).
import { z } from 'zod';
import { ANSWER_VALUES, FACT_KEYS } from './types.ts';

export const answerValueSchema = z.enum(ANSWER_VALUES);

/** Declared answers keyed by question id; null = answer withdrawn. */
export const declaredAnswersSchema = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), answerValueSchema.nullable());

export const factSchema = z.object({
  value: z.union([z.boolean(), z.literal('partial')]),
  detail: z.string().min(1),
  settingsLink: z.string().min(1),
});

export const factsSchema = z.partialRecord(z.enum(FACT_KEYS), factSchema);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const previousActionsSchema = z.array(
  z.object({
    id: z.string().min(1),
    status: z.enum(['a-faire', 'en-cours', 'fait', 'ignore']),
    dueDate: isoDay,
  }),
);

export const historySchema = z.array(
  z.object({
    completedAt: z.iso.datetime({ offset: true }),
    score: z.number().min(0).max(100),
    themeScores: z.record(z.string(), z.number().min(0).max(100)),
  }),
);
