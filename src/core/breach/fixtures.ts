// Builders for the tests of this folder: a neutral, fully-known incident that each test
// changes only where it matters, so every scenario reads as "what differs from normal".
import { KIND_LABELS } from './labels.ts';
import type { Business, DataCategory, DataKind, Incident } from './types.ts';

export const NOW = new Date('2025-03-12T10:00:00Z');

export const data = (kind: DataKind, extra: Partial<DataCategory> = {}): DataCategory => ({
  category: KIND_LABELS[kind],
  sensitive: false,
  kind,
  ...extra,
});

export function incident(over: Partial<Incident> = {}): Incident {
  return {
    occurredAt: { at: new Date('2025-03-10T08:00:00Z'), approximate: false },
    awareAt: new Date('2025-03-11T09:00:00Z'),
    discoveredHow: 'Signalement d’un client.',
    nature: ['confidentialite'],
    description: 'Un fichier a été transmis par erreur.',
    people: { count: 12, approximate: false, categories: ['clients'] },
    records: { count: 12, approximate: false },
    dataCategories: [data('etat-civil'), data('coordonnees')],
    encrypted: { was: false, keySafe: null, stateOfTheArt: false },
    backup: { exists: true, restored: false, restoredWithinHours: null },
    leftBusiness: true,
    exposure: 'destinataires-connus',
    recipientTrusted: false,
    malicious: false,
    availabilityLossHours: null,
    consequences: 'Risque de messages non sollicités.',
    measuresTaken: 'Demande de suppression envoyée au destinataire.',
    measuresPlanned: 'Vérification systématique des destinataires.',
    ...over,
  };
}

export const BUSINESS: Business = {
  nom: 'Atelier Durand',
  siret: '12345678900012',
  adresse: ['12 rue des Lilas', '69003 Lyon'],
  contact: { nom: 'Claire Durand', fonction: 'gérante', email: 'claire@atelier-durand.fr', telephone: '04 72 00 00 00', dpo: false },
};
