// The client form's state, and the conversions to and from the API's record.
import type { ClientFields, ClientStatus, ConsentChannel, LegalBasis, StoredClient } from './types.ts';

export interface FormState {
  civilite: '' | 'M.' | 'Mme';
  nom: string;
  prenom: string;
  company: string;
  /** One per line; the first is the main one. */
  emails: string;
  phones: string;
  adresse: string;
  codePostal: string;
  ville: string;
  pays: string;
  status: ClientStatus;
  relationshipEndedAt: string;
  source: string;
  collectedAt: string;
  /** Empty: the default basis for the status (contract for a client, legitimate interest otherwise). */
  legalBasis: '' | LegalBasis;
  lastContactAt: string;
  notes: string;
  consent: '' | 'oui' | 'non';
  consentAt: string;
  consentChannel: '' | ConsentChannel;
  consentText: string;
  /** The stored proof date (may be an instant): sent back untouched unless the day is changed. */
  consentAtStored: string | null;
}

export const EMPTY_FORM: FormState = {
  civilite: '', nom: '', prenom: '', company: '', emails: '', phones: '', adresse: '', codePostal: '', ville: '', pays: 'France',
  status: 'client', relationshipEndedAt: '', source: '', collectedAt: '', legalBasis: '', lastContactAt: '', notes: '',
  consent: '', consentAt: '', consentChannel: '', consentText: '', consentAtStored: null,
};

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
/** An ISO instant shows as its day in the date field. */
const day = (value: string | null) => (value ? value.slice(0, 10) : '');

export function formFromClient(c: StoredClient): FormState {
  const consent = c.marketingConsent;
  return {
    civilite: c.civilite ?? '',
    nom: c.nom ?? '',
    prenom: c.prenom ?? '',
    company: c.company ?? '',
    emails: c.emails.join('\n'),
    phones: c.phones.join('\n'),
    adresse: c.address?.lignes.join('\n') ?? '',
    codePostal: c.address?.codePostal ?? '',
    ville: c.address?.ville ?? '',
    pays: c.address?.pays ?? 'France',
    status: c.status,
    relationshipEndedAt: c.relationshipEndedAt ?? '',
    source: c.source ?? '',
    collectedAt: c.collectedAt,
    legalBasis: c.legalBasis,
    lastContactAt: c.lastContactAt ?? '',
    notes: c.notes ?? '',
    consent: consent === null ? '' : consent.given ? 'oui' : 'non',
    consentAt: day(consent?.at ?? null),
    consentChannel: consent?.channel ?? '',
    consentText: consent?.textShown ?? '',
    consentAtStored: consent?.at ?? null,
  };
}

/** The body of POST /api/clients and PUT /api/clients/:id; the server validates and normalises. */
export function bodyFromForm(f: FormState): Omit<ClientFields, 'collectedAt' | 'legalBasis'> & { collectedAt: string | null; legalBasis: LegalBasis | null } {
  const at = f.consentAt === '' ? null : f.consentAtStored && day(f.consentAtStored) === f.consentAt ? f.consentAtStored : f.consentAt;
  return {
    civilite: f.civilite === '' ? null : f.civilite,
    nom: orNull(f.nom),
    prenom: orNull(f.prenom),
    company: orNull(f.company),
    emails: lines(f.emails),
    phones: lines(f.phones),
    address: { lignes: lines(f.adresse), codePostal: orNull(f.codePostal), ville: orNull(f.ville), pays: orNull(f.pays) ?? 'France' },
    status: f.status,
    relationshipEndedAt: f.status === 'ancien_client' ? orNull(f.relationshipEndedAt) : null,
    source: orNull(f.source),
    collectedAt: orNull(f.collectedAt),
    legalBasis: f.legalBasis === '' ? null : f.legalBasis,
    lastContactAt: orNull(f.lastContactAt),
    notes: orNull(f.notes),
    marketingConsent:
      f.consent === ''
        ? null
        : { given: f.consent === 'oui', at, channel: f.consentChannel === '' ? null : f.consentChannel, textShown: orNull(f.consentText) },
  };
}
