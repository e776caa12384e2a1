// The life of a rights request, as a small state machine: each move is checked against the
// RGPD rule it could break, and refused with a French message saying what to do instead.
import { parisDate, type IsoDate } from '../clients/calendar.ts';
import { canExtend, MIN_REASON_LENGTH, type Check } from './deadlines.ts';
import { REQUEST_STATUS_LABELS, type RequestChannel, type RequestStatus, type RightsRequest } from './types.ts';

export { whatRemainsAfterErasure } from './erasure.ts';
export type { ErasureFacts, ErasureOutcome, KeptItem } from './erasure.ts';

const NEXT: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  recue: ['verification_identite', 'en_cours', 'prolongee', 'repondue', 'refusee'],
  verification_identite: ['en_cours', 'prolongee', 'repondue', 'refusee'],
  en_cours: ['verification_identite', 'prolongee', 'repondue', 'refusee'],
  prolongee: ['verification_identite', 'repondue', 'refusee'],
  repondue: ['cloturee'],
  refusee: ['cloturee'],
  cloturee: [],
};

export function allowedTransitions(from: RequestStatus): readonly RequestStatus[] {
  return NEXT[from];
}

/**
 * Whether to ask for proof of identity. The CNIL asks not to demand an ID document by
 * default: only when there is a reasonable doubt (art. 12.6), e.g. a phone call, a letter,
 * or a message from an address the business does not know for this person.
 */
export function identityCheckSuggested(channel: RequestChannel, fromKnownContact: boolean): boolean {
  if (channel === 'sur_place') return false; // the person is in front of you
  if (channel === 'telephone' || channel === 'courrier') return true;
  return !fromKnownContact;
}

export interface NewRequestInput {
  type: RightsRequest['type'];
  channel: RequestChannel;
  receivedAt: IsoDate;
  identityCheckRequired: boolean;
  aboutMarketing?: boolean;
}

export function newRequest(input: NewRequestInput, now: Date): { ok: true; request: RightsRequest } | { ok: false; error: string } {
  if (input.receivedAt > parisDate(now)) return { ok: false, error: 'La date de réception ne peut pas être dans le futur.' };
  return {
    ok: true,
    request: {
      ...input,
      status: 'recue',
      identityVerifiedAt: null,
      extendedAt: null,
      extensionReason: null,
      answeredAt: null,
      refusalReason: null,
      closedAt: null,
    },
  };
}

export interface TransitionInput {
  to: RequestStatus;
  /** Required to extend the deadline and to refuse: both must be explained to the person. */
  reason?: string;
  /** The identity has just been confirmed (with the move to 'en_cours' or 'repondue'). */
  identityVerified?: boolean;
}

const label = (s: RequestStatus) => `« ${REQUEST_STATUS_LABELS[s]} »`;

export function checkTransition(request: RightsRequest, input: TransitionInput, now: Date): Check {
  const { to } = input;
  const from = request.status;
  const fail = (error: string): Check => ({ ok: false, error });
  if (parisDate(now) < request.receivedAt) return fail('La date du jour précède la réception de la demande.');
  if (to === from) return fail(`La demande est déjà au statut ${label(to)}.`);
  if (!NEXT[from].includes(to)) {
    if (from === 'cloturee') return fail('La demande est clôturée : elle ne peut plus changer de statut.');
    if (to === 'cloturee') return fail('Répondez à la demande ou refusez-la avant de la clôturer.');
    return fail(`Passage impossible du statut ${label(from)} au statut ${label(to)}.`);
  }
  const verified = request.identityVerifiedAt !== null || input.identityVerified === true;
  if (from === 'verification_identite' && to === 'en_cours' && !verified) {
    return fail("Confirmez d'abord l'identité du demandeur, ou refusez la demande si elle ne peut pas être vérifiée.");
  }
  if (to === 'repondue' && request.identityCheckRequired && !verified) {
    return fail(
      "Impossible de répondre avant d'avoir vérifié l'identité du demandeur : vous risqueriez de communiquer ses données à quelqu'un d'autre (art. 12.6 RGPD).",
    );
  }
  if (to === 'prolongee') return canExtend(request, now, input.reason ?? '');
  if (to === 'refusee') {
    if (request.type === 'opposition' && request.aboutMarketing === true) {
      return fail("Une opposition à la prospection ne peut pas être refusée : elle s'applique sans condition (art. 21.3 RGPD).");
    }
    if ((input.reason ?? '').trim().length < MIN_REASON_LENGTH) {
      return fail(
        'Indiquez le motif du refus : il doit être communiqué à la personne, avec la possibilité de saisir la CNIL ou la justice (art. 12.4 RGPD).',
      );
    }
  }
  return { ok: true };
}

/** Applies a checked move and dates it (French calendar day of `now`). */
export function applyTransition(
  request: RightsRequest,
  input: TransitionInput,
  now: Date,
): { ok: true; request: RightsRequest } | { ok: false; error: string } {
  const check = checkTransition(request, input, now);
  if (!check.ok) return check;
  const today = parisDate(now);
  const next: RightsRequest = { ...request, status: input.to };
  if (input.identityVerified === true && next.identityVerifiedAt === null) next.identityVerifiedAt = today;
  switch (input.to) {
    case 'verification_identite':
      // Once a doubt has been raised, the answer must wait for the proof.
      next.identityCheckRequired = true;
      break;
    case 'prolongee':
      next.extendedAt = today;
      next.extensionReason = (input.reason ?? '').trim();
      break;
    case 'repondue':
      next.answeredAt = today;
      break;
    case 'refusee':
      next.answeredAt = today;
      next.refusalReason = (input.reason ?? '').trim();
      break;
    case 'cloturee':
      next.closedAt = today;
      break;
    default:
      break;
  }
  return { ok: true, request: next };
}
