// Test fixtures shared by the register's tests (and usable by the documents and app tests):
// a fixed clock, a controller, a bare draft and a complete processing.
import type { Controller, Processing, Register } from './model.ts';
import { instantiateTemplate } from './templates.ts';

export const NOW = new Date('2026-06-15T10:00:00.000Z');

export const CONTROLLER: Controller = {
  raisonSociale: 'Atelier Durand',
  siren: '123456789',
  adresse: '12 rue des Lilas, 69003 Lyon',
  contactNom: 'Claire Durand',
  contactEmail: 'contact@atelier-durand.fr',
  dpo: null,
};

/** A draft with nothing but a name: every blocking rule fires on it. */
export function bareProcessing(over: Partial<Processing> = {}): Processing {
  return {
    id: 'p1',
    templateId: null,
    name: 'Traitement vide',
    purposes: [],
    peopleCategories: [],
    dataCategories: [],
    sources: [],
    collectedVia: [],
    recipients: [],
    transfers: [],
    retention: [],
    securityMeasures: [],
    supports: [],
    automatedDecision: { exists: false },
    risks: { events: [], dpia: { criteria: [], cnilCases: [] } },
    status: 'brouillon',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...over,
  };
}

/** A complete processing (the client-management template). */
export function completeProcessing(over: Partial<Processing> = {}): Processing {
  return { ...instantiateTemplate('gestion_clients', { now: NOW }), ...over };
}

export function registerOf(...processings: Processing[]): Register {
  return { controller: structuredClone(CONTROLLER), processings };
}
