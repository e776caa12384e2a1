// Requests from people exercising their RGPD rights (art. 12 and 15 to 22) and how the
// business tracks them until the answer.
import type { IsoDate } from '../clients/calendar.ts';

export const REQUEST_TYPES = ['acces', 'rectification', 'effacement', 'opposition', 'limitation', 'portabilite'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_TYPE_LABELS: Readonly<Record<RequestType, string>> = {
  acces: "Droit d'accès (art. 15)",
  rectification: 'Rectification (art. 16)',
  effacement: 'Effacement (art. 17)',
  limitation: 'Limitation du traitement (art. 18)',
  portabilite: 'Portabilité (art. 20)',
  opposition: 'Opposition (art. 21)',
};

export const REQUEST_CHANNELS = ['email', 'courrier', 'telephone', 'sur_place', 'formulaire'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_CHANNEL_LABELS: Readonly<Record<RequestChannel, string>> = {
  email: 'E-mail',
  courrier: 'Courrier',
  telephone: 'Téléphone',
  sur_place: 'Sur place',
  formulaire: 'Formulaire du site',
};

export const REQUEST_STATUSES = ['recue', 'verification_identite', 'en_cours', 'prolongee', 'repondue', 'refusee', 'cloturee'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  recue: 'Reçue',
  verification_identite: "Vérification d'identité",
  en_cours: 'En cours',
  prolongee: 'Délai prolongé',
  repondue: 'Répondue',
  refusee: 'Refusée',
  cloturee: 'Clôturée',
};

/** Statuses after which the person has had an answer (a refusal is an answer, art. 12.4). */
export const ANSWERED_STATUSES: readonly RequestStatus[] = ['repondue', 'refusee', 'cloturee'];

export interface RightsRequest {
  type: RequestType;
  channel: RequestChannel;
  status: RequestStatus;
  /** French calendar day of receipt: the one-month clock starts here (art. 12.3). */
  receivedAt: IsoDate;
  /** Set when there is a reasonable doubt about who is asking (art. 12.6). */
  identityCheckRequired: boolean;
  identityVerifiedAt: IsoDate | null;
  /** Day the person was told about the extension, with its reason. */
  extendedAt: IsoDate | null;
  extensionReason: string | null;
  /** Day of the answer or of the refusal. */
  answeredAt: IsoDate | null;
  refusalReason: string | null;
  closedAt: IsoDate | null;
  /** For an objection: whether it is about prospection, which can never be refused (art. 21.3). */
  aboutMarketing?: boolean;
}
