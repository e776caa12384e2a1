// Reading the values of a client record as people write them; shared by the schema and the
// file import so both accept the same spellings.
import { normaliseName } from './normalise.ts';
import type { Civilite, ClientStatus, LegalBasis } from './types.ts';

/** Default legal basis when none is chosen: the contract for clients, legitimate interest otherwise. */
export function defaultLegalBasis(status: ClientStatus): LegalBasis {
  return status === 'client' ? 'contrat' : 'interet_legitime';
}

/** Accepts the codes and the usual ways people write them (« Ancien client », « Lead »…). */
export function parseStatus(value: string): ClientStatus | null {
  const key = normaliseName(value);
  if (['prospect', 'lead', 'piste', 'contact', 'prospect froid', 'prospect chaud'].includes(key)) return 'prospect';
  if (['client', 'customer', 'client actif', 'actif', 'active'].includes(key)) return 'client';
  if (['ancien client', 'ancien', 'ex client', 'former customer', 'inactif', 'inactive', 'perdu'].includes(key)) return 'ancien_client';
  return null;
}

/** « Monsieur », « M », « Mr » → 'M.'; « Madame », « Mlle » (no longer used by the State since 2012) → 'Mme'. */
export function parseCivilite(value: string): Civilite | null {
  const key = normaliseName(value);
  if (['m', 'mr', 'monsieur', 'mister'].includes(key)) return 'M.';
  if (['mme', 'madame', 'mlle', 'mademoiselle', 'mrs', 'ms', 'miss'].includes(key)) return 'Mme';
  return null;
}

const FRANCE_NAMES = new Set(['france', 'fr', 'fra', 'france metropolitaine', 'republique francaise', 'metropole']);
// French overseas territories on the French postal system (5-digit 97xxx / 98xxx codes).
const FRENCH_POSTAL_OVERSEAS = new Set([
  'guadeloupe', 'martinique', 'guyane', 'guyane francaise', 'la reunion', 'reunion', 'mayotte',
  'saint martin', 'saint barthelemy', 'saint pierre et miquelon', 'monaco',
]);

export function normaliseCountry(value: string | null): string {
  const trimmed = (value ?? '').trim();
  return trimmed === '' || FRANCE_NAMES.has(normaliseName(trimmed)) ? 'France' : trimmed;
}

export function usesFrenchPostcodes(pays: string): boolean {
  return pays === 'France' || FRENCH_POSTAL_OVERSEAS.has(normaliseName(pays));
}

/** 5 digits; no department starts with 00, 96 or 99. */
export function isFrenchPostcode(code: string): boolean {
  return /^\d{5}$/.test(code) && !/^(00|96|99)/.test(code);
}

