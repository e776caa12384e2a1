// What the API shows of an incident: the 72-hour clock, the draft, the decision, the record.
import {
  BAND_LABELS,
  EXPOSURE_LABELS,
  KIND_LABELS,
  NATURE_LABELS,
  missingForNotification,
  notificationDeadline,
  type BreachNature,
  type MissingField,
} from '../core/breach/index.ts';
import type { BreachRow } from '../db/repositories/breaches.ts';
import { canAssess, completeIncident, draftJson } from './draft.ts';
import type { OpenBreach, OpenNotification, OpenTimelineEntry } from './vault.ts';

export const STATUS_LABELS: Readonly<Record<BreachRow['status'], string>> = {
  draft: 'Brouillon',
  assessed: 'Évalué',
  notified: 'Notifié à la CNIL',
  closed: 'Clôturé',
};

export type ClockState = 'a-renseigner' | 'en-cours' | 'depasse' | 'notifie' | 'non-requis' | 'cloture';

export interface Clock {
  etat: ClockState;
  /** « Il reste 41 h 12 min », « Délai dépassé de 3 h 05 min »… */
  texte: string;
  /** End of the 72 hours, null while the date of awareness is unknown. */
  echeance: string | null;
  resteMs: number;
  /** Art. 33(1): the initial notification needs a reason for the delay. */
  motifRetardRequis: boolean;
}

/**
 * The clock runs from awareness until the initial notification. It stops for an incident
 * assessed as not to be notified, and for a closed one; a stale assessment keeps it running.
 */
export function clockFor(row: BreachRow, notifications: readonly Pick<OpenNotification, 'kind' | 'notifiedAt'>[], now: Date): Clock {
  if (row.aware_at === null) {
    return { etat: 'a-renseigner', texte: 'Indiquez quand vous avez découvert l’incident : le délai de 72 heures part de là.', echeance: null, resteMs: 0, motifRetardRequis: false };
  }
  const initial = notifications.find((n) => n.kind === 'initiale');
  const status = notificationDeadline(new Date(row.aware_at), now, initial ? new Date(initial.notifiedAt) : null);
  const base = { echeance: status.deadline.toISOString(), resteMs: status.remaining.ms };
  if (initial) return { ...base, etat: 'notifie', texte: status.text, motifRetardRequis: status.lateReasonRequired };
  if (row.status === 'closed') return { ...base, etat: 'cloture', texte: 'Incident clôturé sans notification à la CNIL.', motifRetardRequis: false };
  if (row.cnil_notify === 0 && Number(row.decision_stale) === 0) {
    return { ...base, etat: 'non-requis', texte: 'Notification à la CNIL non requise selon l’évaluation.', motifRetardRequis: false };
  }
  return { ...base, etat: status.overdue ? 'depasse' : 'en-cours', texte: status.text, motifRetardRequis: status.lateReasonRequired };
}

export function listItem(row: BreachRow, titre: string, notifications: readonly OpenNotification[], now: Date) {
  return {
    id: row.id,
    titre,
    statut: row.status,
    statutLibelle: STATUS_LABELS[row.status],
    awareAt: row.aware_at,
    nature: JSON.parse(row.nature) as BreachNature[],
    gravite: row.severity_band === null ? null : { niveau: row.severity_band, libelle: BAND_LABELS[row.severity_band as keyof typeof BAND_LABELS] },
    notifierCnil: row.cnil_notify === null ? null : Number(row.cnil_notify) === 1,
    informerPersonnes: row.people_communicate === null ? null : Number(row.people_communicate) === 1,
    evaluationPerimee: Number(row.decision_stale) === 1,
    notifications: notifications.length,
    horloge: clockFor(row, notifications, now),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the CNIL still needs to know, once the incident can be assessed. */
function missing(open: OpenBreach, now: Date): MissingField[] {
  if (!canAssess(open.draft)) return [];
  try {
    return missingForNotification(completeIncident(open.draft, now));
  } catch {
    return [];
  }
}

export function detailView(open: OpenBreach, notifications: OpenNotification[], timeline: OpenTimelineEntry[], now: Date) {
  const { row } = open;
  return {
    ...listItem(row, open.titre, notifications, now),
    incident: draftJson(open.draft),
    evaluable: canAssess(open.draft),
    manquants: missing(open, now),
    decision: open.decision,
    derogation: open.override,
    assessedAt: row.assessed_at,
    closedAt: row.closed_at,
    notificationsEnvoyees: notifications,
    chronologie: timeline,
  };
}

/** Labels the wizard shows, from the rules themselves, so screen and documents agree. */
export const LABELS = {
  statuts: STATUS_LABELS,
  natures: NATURE_LABELS,
  donnees: KIND_LABELS,
  expositions: EXPOSURE_LABELS,
  gravites: BAND_LABELS,
};
