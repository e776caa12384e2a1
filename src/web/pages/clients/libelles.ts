// French labels and formats of the client file.
import type { ClientStatus, ConsentChannel, DocumentKind, LegalBasis, StoredClient } from './types.ts';

export const STATUTS: Record<ClientStatus, string> = { prospect: 'Prospect', client: 'Client', ancien_client: 'Ancien client' };

export const BASES_LEGALES: Record<LegalBasis, string> = {
  contrat: 'Contrat (devis, commande, prestation)',
  interet_legitime: 'Intérêt légitime',
  consentement: 'Consentement',
  obligation_legale: 'Obligation légale',
};

export const CANAUX_CONSENTEMENT: Record<ConsentChannel, string> = {
  formulaire: 'Formulaire (site, bon de commande)',
  email: 'E-mail',
  papier: 'Document papier signé',
  telephone: 'Téléphone',
  sur_place: 'Sur place',
  autre: 'Autre',
};

export const TYPES_DOCUMENT: Record<DocumentKind, string> = { devis: 'Devis', contrat: 'Contrat', facture: 'Facture', rib: 'RIB', autre: 'Autre' };

export function typeDocument(kind: string): string {
  return TYPES_DOCUMENT[kind as DocumentKind] ?? kind;
}

/** « Amélie Lefèvre », or the company, as the backend labels a record. */
export function nomClient(c: Pick<StoredClient, 'nom' | 'prenom' | 'company'>): string {
  return [c.prenom, c.nom].filter(Boolean).join(' ') || c.company || 'Client sans nom';
}

/** « 10 janvier 2025 » from « 2025-01-10 » (or from an ISO instant). */
export function jour(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: m ? 'UTC' : 'Europe/Paris' });
}

/** Today in France as AAAA-MM-JJ: the server counts legal days on the French calendar. */
export function aujourdhui(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** « +33612345678 » → « 06 12 34 56 78 »; other countries stay in international form. */
export function telephone(e164: string): string {
  const fr = /^\+33(\d{9})$/.exec(e164);
  return fr?.[1] ? `0${fr[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : e164;
}

export function taille(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;
}

export function pluriel(n: number, un: string, plusieurs: string): string {
  return `${n} ${n > 1 ? plusieurs : un}`;
}
