import { describe, expect, it } from 'vitest';
import { declaredAnswersSchema, factsSchema, historySchema, previousActionsSchema } from './schemas.ts';

describe('schemas', () => {
  it('accepts valid stored data', () => {
    expect(declaredAnswersSchema.parse({ 'dfa-banque': 'oui', 'incid-72h': null })).toEqual({ 'dfa-banque': 'oui', 'incid-72h': null });
    expect(factsSchema.parse({ 'rempart.2fa': { value: 'partial', detail: 'd', settingsLink: '#/securite' } })).toBeTruthy();
    expect(previousActionsSchema.parse([{ id: 'dfa-banque', status: 'en-cours', dueDate: '2025-03-17' }])).toHaveLength(1);
    expect(historySchema.parse([{ completedAt: '2025-03-01T09:00:00Z', score: 72, themeScores: { papier: 50 } }])).toHaveLength(1);
  });

  it('rejects invalid data', () => {
    expect(declaredAnswersSchema.safeParse({ 'dfa-banque': 'peut-être' }).success).toBe(false);
    expect(declaredAnswersSchema.safeParse({ __proto__x: 'oui' }).success).toBe(false);
    expect(factsSchema.safeParse({ 'rempart.inconnu': { value: true, detail: 'd', settingsLink: '#' } }).success).toBe(false);
    expect(previousActionsSchema.safeParse([{ id: 'a', status: 'termine', dueDate: '2025-03-17' }]).success).toBe(false);
    expect(historySchema.safeParse([{ completedAt: 'hier', score: 72, themeScores: {} }]).success).toBe(false);
    expect(historySchema.safeParse([{ completedAt: '2025-03-01T09:00:00Z', score: 120, themeScores: {} }]).success).toBe(false);
  });
});
