// Password strength with zxcvbn-ts and its French dictionaries. zxcvbn is pure computation.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';

export const MIN_SCORE = 3;
export const MIN_LENGTH = 10;
export const MAX_LENGTH = 256;

const zxcvbn = new ZxcvbnFactory({
  translations: fr.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...fr.dictionary },
});

export interface PasswordAssessment {
  score: number;
  acceptable: boolean;
  warning: string;
  suggestions: string[];
}

export function assessPassword(password: string, userInputs: string[] = []): PasswordAssessment {
  if (password.length > MAX_LENGTH) {
    return { score: 0, acceptable: false, warning: `Le mot de passe ne doit pas dépasser ${MAX_LENGTH} caractères.`, suggestions: [] };
  }
  // zxcvbn is costly on long inputs; the first 100 characters are enough to judge.
  const inputs = userInputs.flatMap((i) => i.toLowerCase().split(/[\s@.,'-]+/)).filter((i) => i.length >= 3);
  const result = zxcvbn.check(password.slice(0, 100), inputs);
  const suggestions = [...result.feedback.suggestions];
  let warning = result.feedback.warning ?? '';
  if (password.length < MIN_LENGTH) {
    warning = warning || `Le mot de passe doit contenir au moins ${MIN_LENGTH} caractères.`;
    suggestions.unshift(`Utilisez au moins ${MIN_LENGTH} caractères, par exemple une phrase de plusieurs mots.`);
  }
  const acceptable = result.score >= MIN_SCORE && password.length >= MIN_LENGTH;
  if (!acceptable && !warning) warning = 'Ce mot de passe est trop facile à deviner.';
  if (!acceptable && suggestions.length === 0) suggestions.push('Ajoutez des mots peu courants ou une phrase plus longue.');
  return { score: result.score, acceptable, warning, suggestions };
}

export function isRenewalDue(passwordChangedAt: Date, renewalDays: number, now: Date): boolean {
  if (renewalDays <= 0) return false;
  return now.getTime() - passwordChangedAt.getTime() >= renewalDays * 86_400_000;
}
