// What to do with each record once its retention period is over. Deleting too late breaks
// art. 5.1.e RGPD; deleting invoices breaks the Code de commerce. So: prospects are deleted,
// clients with invoices are anonymised (the invoices stay as issued), the rest deleted.
// A period "of 3 years from 15 March 2023" ends at the end of 15 March 2026 (the day-count
// of Regulation 1182/71): the record is kept through expiresAt and acted on the day after.
import { addDays, addMonths, formatFrenchDate, isIsoDate, latestDate, parisDate, type IsoDate } from '../clients/calendar.ts';
import type { Client, ClientStatus, MarketingConsent } from '../clients/types.ts';
import { formatMonths, type RetentionPolicy } from './policy.ts';

export type RetentionAction = 'garder' | 'anonymiser' | 'supprimer';

export interface RetentionSubject {
  id: string;
  /** Display name for the preview (already decrypted by the caller). */
  label?: string;
  status: ClientStatus;
  collectedAt: IsoDate | null;
  lastContactAt: IsoDate | null;
  relationshipEndedAt: IsoDate | null;
  marketingConsent?: MarketingConsent | null;
  hasInvoices: boolean;
  lastInvoiceAt?: IsoDate | null;
}

export interface RetentionDecision {
  action: RetentionAction;
  /** Last day the record may be kept as it is; null while the relationship runs or when no date is usable. */
  expiresAt: IsoDate | null;
  reason: string;
  warnings: string[];
  /** Until when the invoices must be kept (end of financial year + policy), when known. */
  accountingUntil: IsoDate | null;
  /** Until when the proof of a given marketing consent is archived, when known. */
  consentProofUntil: IsoDate | null;
}

function usableDate(value: IsoDate | null | undefined, label: string, today: IsoDate, warnings: string[]): IsoDate | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isIsoDate(value)) {
    warnings.push(`${label} illisible (« ${value} ») : non prise en compte.`);
    return null;
  }
  // A date in the future is a typo; trusting it would keep the record for ever.
  if (value > today) {
    warnings.push(`${label} dans le futur (${formatFrenchDate(value)}) : non prise en compte, corrigez-la.`);
    return null;
  }
  return value;
}

export function retentionDecision(client: RetentionSubject, policy: RetentionPolicy, now: Date): RetentionDecision {
  const today = parisDate(now);
  const warnings: string[] = [];
  const collected = usableDate(client.collectedAt, 'Date de collecte', today, warnings);
  const lastContact = usableDate(client.lastContactAt, 'Date du dernier contact', today, warnings);
  const ended = usableDate(client.relationshipEndedAt, 'Date de fin de relation', today, warnings);
  const lastInvoice = usableDate(client.lastInvoiceAt, 'Date de la dernière facture', today, warnings);

  let accountingUntil: IsoDate | null = null;
  if (client.hasInvoices) {
    if (lastInvoice) accountingUntil = addMonths(`${lastInvoice.slice(0, 4)}-12-31`, policy.accountingMonths);
    else warnings.push("Date de la dernière facture inconnue : les données comptables sont gardées tant qu'elle n'est pas renseignée.");
  }
  const accountingRule = `factures conservées ${formatMonths(policy.accountingMonths)} après la clôture de l'exercice (article L123-22 du Code de commerce)`;

  const decide = (expiresAt: IsoDate | null, rule: string, keepReason: string): RetentionDecision => {
    const consentProofUntil =
      client.marketingConsent?.given === true && expiresAt !== null ? addMonths(expiresAt, policy.consentProofMonths) : null;
    const base = { expiresAt, warnings, accountingUntil, consentProofUntil };
    if (expiresAt === null || today <= expiresAt) {
      const until = expiresAt === null ? '' : ` Conservation jusqu'au ${formatFrenchDate(expiresAt)}.`;
      return { ...base, action: 'garder', reason: `${keepReason}${until}` };
    }
    const over = `${rule} : délai écoulé le ${formatFrenchDate(expiresAt)}.`;
    if (client.hasInvoices && (accountingUntil === null || today <= accountingUntil)) {
      const until = accountingUntil ? ` jusqu'au ${formatFrenchDate(accountingUntil)}` : '';
      return {
        ...base,
        action: 'anonymiser',
        reason: `${over} Des factures existent (${accountingRule}) : la fiche est anonymisée, les factures restent telles qu'émises${until}.`,
      };
    }
    const afterInvoices = client.hasInvoices ? ` La durée de conservation des factures est elle aussi écoulée (${accountingRule}).` : '';
    return { ...base, action: 'supprimer', reason: `${over}${afterInvoices}` };
  };

  switch (client.status) {
    case 'client': {
      if (ended) warnings.push("Date de fin de relation renseignée alors que le statut est « Client » : si la relation est terminée, passez-le en « Ancien client ».");
      const last = latestDate(lastContact, collected);
      if (last && addMonths(last, policy.clientAfterEndMonths) < today) {
        warnings.push(`Aucun contact depuis le ${formatFrenchDate(last)} : si la relation est terminée, passez ce client en « Ancien client » pour faire courir le délai de conservation.`);
      }
      return decide(null, '', 'Client actif : données conservées pendant toute la relation commerciale (CNIL).');
    }
    case 'prospect': {
      if (client.hasInvoices) warnings.push("Prospect avec des factures : il s'agit en réalité d'un client, corrigez son statut.");
      const from = latestDate(lastContact, collected);
      if (from === null) {
        warnings.push('Aucune date exploitable : renseignez la date de collecte pour que la durée de conservation puisse courir.');
        return decide(null, '', 'Durée de conservation incalculable faute de date : fiche gardée en attendant correction.');
      }
      const rule = `Prospect : ${formatMonths(policy.prospectMonths)} après ${lastContact === from ? 'le dernier contact' : 'la collecte'} (recommandation CNIL)`;
      return decide(addMonths(from, policy.prospectMonths), rule, `${rule}.`);
    }
    case 'ancien_client': {
      if (!ended) warnings.push('Date de fin de relation manquante : le dernier contact (ou, à défaut, la collecte) est retenu.');
      // A contact from the former client after the end (a new quote request…) restarts the clock.
      const from = latestDate(ended, lastContact) ?? collected;
      if (from === null) {
        warnings.push('Aucune date exploitable : renseignez la date de fin de relation pour que la durée de conservation puisse courir.');
        return decide(null, '', 'Durée de conservation incalculable faute de date : fiche gardée en attendant correction.');
      }
      const what = from === ended ? 'la fin de la relation commerciale' : from === lastContact ? 'le dernier contact' : 'la collecte';
      const rule = `Ancien client : ${formatMonths(policy.clientAfterEndMonths)} après ${what} (recommandation CNIL)`;
      return decide(addMonths(from, policy.clientAfterEndMonths), rule, `${rule}.`);
    }
  }
}

/** Fields blanked by anonymisation; what invoices need lives in the invoices themselves. */
export const ANONYMISED_FIELDS = ['civilite', 'nom', 'prenom', 'emails', 'phones', 'address', 'company', 'notes', 'source', 'lastContactAt', 'marketingConsent'] as const;
export const ANONYMISED_NAME = 'Client anonymisé';

/**
 * The record that remains after anonymisation: no way back to the person, but the dates and
 * status that tie it to its invoices. Its basis is now the legal obligation to keep accounts.
 */
export function anonymiseClient(client: Client): Client {
  return {
    ...client,
    civilite: null,
    nom: ANONYMISED_NAME,
    prenom: null,
    emails: [],
    phones: [],
    address: null,
    company: null,
    notes: null,
    source: null,
    lastContactAt: null,
    marketingConsent: null,
    legalBasis: 'obligation_legale',
  };
}

export interface RetentionReportLine extends RetentionDecision {
  id: string;
  label: string;
  status: ClientStatus;
}

export interface RetentionReport {
  /** French calendar day the preview was computed for. */
  date: IsoDate;
  total: number;
  counts: Record<RetentionAction, number>;
  byStatus: Record<ClientStatus, Record<RetentionAction, number>>;
  /** Records kept today whose period ends within `soonDays` days. */
  expiringSoon: number;
  withWarnings: number;
  /** Deletions first, then anonymisations, then the rest; earliest expiry first within each. */
  lines: RetentionReportLine[];
}

const ACTION_ORDER: Readonly<Record<RetentionAction, number>> = { supprimer: 0, anonymiser: 1, garder: 2 };
const emptyCounts = (): Record<RetentionAction, number> => ({ garder: 0, anonymiser: 0, supprimer: 0 });

/** The report's order: deletions, then anonymisations, then the rest; earliest expiry, then name, within each. */
export const compareReportLines = (a: RetentionReportLine, b: RetentionReportLine): number =>
  ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || (a.expiresAt ?? '9999-12-31').localeCompare(b.expiresAt ?? '9999-12-31') || a.label.localeCompare(b.label, 'fr');

/** One record's line of the report: its decision, with its id, label and status. */
export function reportLine(client: RetentionSubject, policy: RetentionPolicy, now: Date): RetentionReportLine {
  return { ...retentionDecision(client, policy, now), id: client.id, label: client.label ?? client.id, status: client.status };
}

/** The report of lines already decided (see reportLine), counted and sorted (in place). */
export function reportOfLines(lines: RetentionReportLine[], now: Date, soonDays = 30): RetentionReport {
  const date = parisDate(now);
  const soonLimit = addDays(date, soonDays);
  const counts = emptyCounts();
  const byStatus: Record<ClientStatus, Record<RetentionAction, number>> = { prospect: emptyCounts(), client: emptyCounts(), ancien_client: emptyCounts() };
  let expiringSoon = 0;
  let withWarnings = 0;
  for (const line of lines) {
    counts[line.action]++;
    byStatus[line.status][line.action]++;
    if (line.action === 'garder' && line.expiresAt !== null && line.expiresAt <= soonLimit) expiringSoon++;
    if (line.warnings.length > 0) withWarnings++;
  }
  lines.sort(compareReportLines);
  return { date, total: lines.length, counts, byStatus, expiringSoon, withWarnings, lines };
}

/** Dry-run preview: what the purge would do today, with the reason for every record. */
export function retentionReport(clients: readonly RetentionSubject[], policy: RetentionPolicy, now: Date, soonDays = 30): RetentionReport {
  return reportOfLines(
    clients.map((client) => reportLine(client, policy, now)),
    now,
    soonDays,
  );
}
