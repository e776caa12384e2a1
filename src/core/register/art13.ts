// The privacy policy's checklist: every item of RGPD Art. 13 (1) and (2) that applies, checked
// against the register before the policy is published. Items whose text is fixed (the
// rights, the complaint to the CNIL) are written by the documents layer; they only need a way
// to reach the business, which is checked here.
import { invalid } from '../errors.ts';
import { checkProcessing, type MissingItem } from './completeness.ts';
import type { LegalBasis, Processing, Register } from './model.ts';

/** The CNIL's postal address for complaints (Art. 13 (2) d), as the CNIL publishes it. */
export const CNIL_ADDRESS = {
  name: 'Commission nationale de l’informatique et des libertés (CNIL)',
  lines: ['3 Place de Fontenoy', 'TSA 80715', '75334 Paris Cedex 07'],
  website: 'https://www.cnil.fr/fr/plaintes',
} as const;

export const RIGHTS = ['acces', 'rectification', 'effacement', 'limitation', 'opposition', 'portabilite'] as const;
export type Right = (typeof RIGHTS)[number];
export const RIGHT_LABELS: Readonly<Record<Right, string>> = {
  acces: 'Droit d’accès (article 15 du RGPD)',
  rectification: 'Droit de rectification (article 16 du RGPD)',
  effacement: 'Droit à l’effacement (article 17 du RGPD)',
  limitation: 'Droit à la limitation du traitement (article 18 du RGPD)',
  opposition: 'Droit d’opposition (article 21 du RGPD)',
  portabilite: 'Droit à la portabilité (article 20 du RGPD)',
};

/**
 * Which rights apply to a processing, from its legal bases: opposition for legitimate
 * interest or public mission (Art. 21), portability for consent or contract (Art. 20).
 */
export function applicableRights(p: Processing): Right[] {
  const bases = new Set(p.purposes.map((x) => x.legalBasis).filter((b): b is LegalBasis => b !== null));
  return RIGHTS.filter((r) => {
    if (r === 'opposition') return bases.has('interet_legitime') || bases.has('mission_publique');
    if (r === 'portabilite') return bases.has('consentement') || bases.has('contrat');
    return true;
  });
}

export const ART13_ITEMS = [
  'identite_contact',
  'dpo',
  'finalites_bases',
  'interets_legitimes',
  'destinataires',
  'transferts',
  'conservation',
  'droits',
  'retrait_consentement',
  'reclamation_cnil',
  'fourniture_obligatoire',
  'decision_automatisee',
] as const;
export type Art13Item = (typeof ART13_ITEMS)[number];

const ITEM_INFO: Readonly<Record<Art13Item, { label: string; article: string }>> = {
  identite_contact: { label: 'Identité et coordonnées du responsable du traitement', article: 'art. 13.1.a' },
  dpo: { label: 'Coordonnées du délégué à la protection des données', article: 'art. 13.1.b' },
  finalites_bases: { label: 'Finalités et bases légales', article: 'art. 13.1.c' },
  interets_legitimes: { label: 'Intérêts légitimes poursuivis', article: 'art. 13.1.d' },
  destinataires: { label: 'Destinataires des données', article: 'art. 13.1.e' },
  transferts: { label: 'Transferts hors de l’Union européenne et garanties', article: 'art. 13.1.f' },
  conservation: { label: 'Durées de conservation', article: 'art. 13.2.a' },
  droits: { label: 'Droits des personnes et comment les exercer', article: 'art. 13.2.b' },
  retrait_consentement: { label: 'Droit de retirer son consentement à tout moment', article: 'art. 13.2.c' },
  reclamation_cnil: { label: 'Droit d’introduire une réclamation auprès de la CNIL', article: 'art. 13.2.d' },
  fourniture_obligatoire: { label: 'Caractère obligatoire ou facultatif des données et conséquences d’un refus', article: 'art. 13.2.e' },
  decision_automatisee: { label: 'Existence d’une décision automatisée', article: 'art. 13.2.f' },
};

export interface Art13Check {
  item: Art13Item;
  label: string;
  article: string;
  /** False when the item does not concern this register (no DPO, no consent, no transfer…). */
  applies: boolean;
  ok: boolean;
  missing: (MissingItem & { processingId?: string })[];
}

export interface PolicyCompleteness {
  publishable: boolean;
  items: Art13Check[];
  /** Every missing item, flattened, in checklist order. */
  missing: (MissingItem & { item: Art13Item; processingId?: string })[];
}

/** Which processing-level codes feed which Art. 13 item. */
const CODE_TO_ITEM: Readonly<Record<string, Art13Item>> = {
  FINALITE_MANQUANTE: 'finalites_bases',
  BASE_LEGALE_MANQUANTE: 'finalites_bases',
  EXCEPTION_ART9_MANQUANTE: 'finalites_bases',
  INTERET_LEGITIME_MANQUANT: 'interets_legitimes',
  DESTINATAIRES_MANQUANTS: 'destinataires',
  CONTRAT_SOUS_TRAITANT_NON_PRECISE: 'destinataires',
  GARANTIE_TRANSFERT_MANQUANTE: 'transferts',
  CONSERVATION_MANQUANTE: 'conservation',
  FOURNITURE_NON_PRECISEE: 'fourniture_obligatoire',
  LOGIQUE_DECISION_MANQUANTE: 'decision_automatisee',
};

/**
 * Art. 13 checklist of the policy generated from `register` (all its processings, drafts
 * included, unless `processingIds` narrows it to those the policy will show).
 */
export function checkPolicy(register: Register, opts: { processingIds?: readonly string[] } = {}): PolicyCompleteness {
  const processings = opts.processingIds ? register.processings.filter((p) => opts.processingIds?.includes(p.id)) : register.processings;
  const byItem = new Map<Art13Item, Art13Check['missing']>(ART13_ITEMS.map((i) => [i, []]));
  const add = (item: Art13Item, m: MissingItem & { processingId?: string }) => byItem.get(item)?.push(m);

  const c = register.controller;
  if (!c.raisonSociale.trim()) add('identite_contact', { code: 'RAISON_SOCIALE_MANQUANTE', field: 'controller.raisonSociale', message: 'Indiquez le nom de l’entreprise.' });
  if (!c.adresse?.trim()) add('identite_contact', { code: 'ADRESSE_MANQUANTE', field: 'controller.adresse', message: 'Indiquez l’adresse de l’entreprise.' });
  if (!c.contactEmail.trim()) add('identite_contact', { code: 'CONTACT_MANQUANT', field: 'controller.contactEmail', message: 'Indiquez une adresse e-mail à laquelle écrire pour les questions sur les données.' });
  if (processings.length === 0) add('finalites_bases', { code: 'AUCUN_TRAITEMENT', field: 'processings', message: 'Le registre ne contient aucun traitement : ajoutez au moins une activité.' });
  for (const p of processings) {
    for (const m of checkProcessing(p).missing) {
      const item = CODE_TO_ITEM[m.code];
      if (item) add(item, { ...m, processingId: p.id });
    }
  }

  const bases = new Set(processings.flatMap((p) => p.purposes.map((x) => x.legalBasis)));
  const applies: Readonly<Record<Art13Item, boolean>> = {
    identite_contact: true,
    dpo: (c.dpo ?? null) !== null,
    finalites_bases: true,
    interets_legitimes: bases.has('interet_legitime'),
    destinataires: true,
    transferts: processings.some((p) => p.transfers.length > 0),
    conservation: true,
    droits: true,
    retrait_consentement: bases.has('consentement') || processings.some((p) => p.art9Condition === 'consentement_explicite'),
    reclamation_cnil: true,
    fourniture_obligatoire: true,
    decision_automatisee: true,
  };
  // Rights and withdrawal are exercised by writing to the business: they need its contact.
  if (!c.contactEmail.trim()) {
    add('droits', { code: 'CONTACT_DROITS_MANQUANT', field: 'controller.contactEmail', message: 'Indiquez une adresse e-mail pour exercer les droits.' });
  }

  const items: Art13Check[] = ART13_ITEMS.map((item) => {
    const missing = byItem.get(item) ?? [];
    return { item, ...ITEM_INFO[item], applies: applies[item], ok: missing.length === 0, missing };
  });
  const missing = items.flatMap((i) => i.missing.map((m) => ({ ...m, item: i.item })));
  return { publishable: missing.length === 0, items, missing };
}

/** Throws a French DomainError listing what the policy lacks; changes nothing. */
export function assertPolicyPublishable(register: Register, opts: { processingIds?: readonly string[] } = {}): void {
  const c = checkPolicy(register, opts);
  if (c.publishable) return;
  throw invalid('POLITIQUE_INCOMPLETE', `La politique de confidentialité ne peut pas être publiée : ${c.missing.length === 1 ? 'il manque une information' : `il manque ${c.missing.length} informations`}.`, {
    missing: c.missing,
  });
}
