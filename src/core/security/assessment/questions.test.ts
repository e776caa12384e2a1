import { describe, expect, it } from 'vitest';
import { QUESTIONS, findQuestion, questionsByTheme } from './questions.ts';
import { THEMES, THEME_IDS, themeOrder } from './themes.ts';
import { ANSWER_VALUES, FACT_KEYS, type FactKey } from './types.ts';

const FRENCH_WORD = /\b(vous|votre|vos|les|des|le|la|de|du|un|une|et|est|sont|à|en|pour|sur|avec)\b/i;
const ENGLISH_WORD = /\b(the|your|you|enable|password|and|with|should|please)\b/i;
const SENTENCE_END = /[.!?»)]$/;

describe('catalogue integrity', () => {
  it('has 30 to 40 questions with unique kebab-case ids', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    expect(QUESTIONS.length).toBeLessThanOrEqual(40);
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique themes, each with a label, a description and at least one question', () => {
    expect(new Set(THEME_IDS).size).toBe(THEMES.length);
    expect(THEME_IDS).toEqual([
      'mots-de-passe', 'double-authentification', 'postes-de-travail', 'chiffrement', 'reseaux', 'sauvegardes',
      'acces', 'papier', 'mobiles', 'sous-traitants', 'sensibilisation', 'incidents',
    ]);
    for (const t of THEMES) {
      expect(t.label.trim(), t.id).not.toBe('');
      expect(t.description, t.id).toMatch(FRENCH_WORD);
      expect(t.description, t.id).toMatch(SENTENCE_END);
      expect(questionsByTheme(t.id).length, t.id).toBeGreaterThan(0);
    }
    for (const q of QUESTIONS) expect(THEME_IDS, q.id).toContain(q.theme);
  });

  it('lists questions in theme order', () => {
    const orders = QUESTIONS.map((q) => themeOrder(q.theme));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('writes every text in plain, non-empty French', () => {
    for (const q of QUESTIONS) {
      expect(q.text, q.id).toMatch(/\S.* \?$/);
      expect(q.why, q.id).toMatch(SENTENCE_END);
      for (const s of [q.text, q.why, q.action, ...q.howTo]) {
        expect(s.trim(), q.id).not.toBe('');
        expect(s, q.id).not.toMatch(ENGLISH_WORD);
        expect(s, `${q.id}: pas d’apostrophe droite`).not.toContain("'");
      }
      expect(`${q.text} ${q.why}`, q.id).toMatch(FRENCH_WORD);
      expect(q.why.length, q.id).toBeLessThanOrEqual(240);
    }
  });

  it('gives 2 to 4 short how-to steps and an imperative action title', () => {
    for (const q of QUESTIONS) {
      expect(q.howTo.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.howTo.length, q.id).toBeLessThanOrEqual(4);
      for (const step of q.howTo) {
        expect(step, q.id).toMatch(SENTENCE_END);
        expect(step.length, q.id).toBeLessThanOrEqual(160);
      }
      // Infinitive first word: "Activer", "Choisir", "Détruire", "Prévoir"…
      expect(q.action, q.id).toMatch(/^[A-ZÉ][a-zéèêàâîôûç]+(er|ir|re|oir)\b/);
      expect(q.action, q.id).not.toMatch(/[.?]$/);
    }
  });

  it('keeps weights in 1–5 and efforts in 1–3', () => {
    for (const q of QUESTIONS) {
      expect(Number.isInteger(q.weight) && q.weight >= 1 && q.weight <= 5, q.id).toBe(true);
      expect(Number.isInteger(q.effort) && q.effort >= 1 && q.effort <= 3, q.id).toBe(true);
    }
    expect(new Set(QUESTIONS.map((q) => q.weight)).size).toBeGreaterThan(2);
    expect(new Set(QUESTIONS.map((q) => q.effort)).size).toBe(3);
  });

  it('offers valid answer sets, always with oui and non', () => {
    for (const q of QUESTIONS) {
      expect(q.answers, q.id).toContain('oui');
      expect(q.answers, q.id).toContain('non');
      expect(new Set(q.answers).size, q.id).toBe(q.answers.length);
      for (const a of q.answers) expect(ANSWER_VALUES, q.id).toContain(a);
    }
    // Things that can truly not apply: no staff, no paper files, no laptop.
    for (const id of ['sensib-personnel', 'acces-comptes-individuels', 'papier-armoire', 'chiffr-disque']) {
      expect(findQuestion(id)?.answers, id).toContain('non-concerne');
    }
    expect(findQuestion('dfa-messagerie')?.answers).not.toContain('non-concerne');
  });

  it('derives answers only from valid fact keys, each used once, on questions that accept a partial answer', () => {
    const derived = QUESTIONS.filter((q) => q.derivedFrom !== undefined);
    for (const q of derived) {
      expect(FACT_KEYS, q.id).toContain(q.derivedFrom as FactKey);
      expect(q.answers, q.id).toContain('partiellement');
    }
    expect(derived.map((q) => q.derivedFrom).sort()).toEqual([...FACT_KEYS].sort());
    expect(findQuestion('dfa-rempart')?.derivedFrom).toBe('rempart.2fa');
  });

  it('covers the topics of the CNIL guide', () => {
    const ids = QUESTIONS.map((q) => q.id);
    for (const id of ['mdp-gestionnaire', 'mdp-unique', 'dfa-messagerie', 'dfa-banque', 'dfa-cloud', 'poste-mises-a-jour',
      'sauv-3-2-1', 'sauv-restauration-testee', 'st-contrats', 'sensib-hameconnage', 'incid-72h']) {
      expect(ids).toContain(id);
    }
    expect(findQuestion('incid-72h')?.text).toContain('72 heures');
    expect(findQuestion('inconnue')).toBeUndefined();
  });
});
