// What a processing still lacks before it can be published. A draft may be incomplete; a
// published processing may not. Each item names the field to fix (a path into the
// processing, e.g. `purposes[0].legalBasis`) and says in plain French what to do.
//
// Blocking items stop publication; warnings (a processor contract still to sign, risks not
// evaluated) are shown but do not: the register must describe reality even while it is
// being put right.
import { invalid } from '../errors.ts';
import type { Processing } from './model.ts';
import { assessDpia, assessRisks, FEARED_EVENT_LABELS } from './risks.ts';

export interface MissingItem {
  /** Stable code, for tests and the UI. */
  code: string;
  /** Path of the field to fix inside the processing (or the register for `controller.*`). */
  field: string;
  message: string;
}

export interface ProcessingCompleteness {
  processingId: string;
  name: string;
  publishable: boolean;
  missing: MissingItem[];
  warnings: MissingItem[];
}

export function checkProcessing(p: Processing): ProcessingCompleteness {
  const missing: MissingItem[] = [];
  const warnings: MissingItem[] = [];
  const miss = (code: string, field: string, message: string) => missing.push({ code, field, message });
  const warn = (code: string, field: string, message: string) => warnings.push({ code, field, message });

  if (p.purposes.length === 0) miss('FINALITE_MANQUANTE', 'purposes', 'Indiquez au moins une finalité : à quoi servent ces données.');
  p.purposes.forEach((purpose, i) => {
    if (purpose.legalBasis === null) {
      miss('BASE_LEGALE_MANQUANTE', `purposes[${i}].legalBasis`, `Choisissez la base légale de la finalité « ${purpose.purpose} ».`);
    } else if (purpose.legalBasis === 'interet_legitime' && !purpose.legitimateInterest?.trim()) {
      miss('INTERET_LEGITIME_MANQUANT', `purposes[${i}].legitimateInterest`, `Expliquez l’intérêt légitime poursuivi pour « ${purpose.purpose} ».`);
    }
  });
  if (p.peopleCategories.length === 0) miss('PERSONNES_MANQUANTES', 'peopleCategories', 'Indiquez les catégories de personnes concernées (clients, prospects, candidats…).');
  if (p.dataCategories.length === 0) miss('DONNEES_MANQUANTES', 'dataCategories', 'Indiquez les catégories de données utilisées.');
  p.dataCategories.forEach((c, i) => {
    if (c.required === undefined) {
      miss('FOURNITURE_NON_PRECISEE', `dataCategories[${i}].required`, `Précisez si « ${c.label} » est obligatoire à fournir, et ce qui se passe si la personne refuse.`);
    }
  });
  if (p.dataCategories.some((c) => c.art9 !== undefined) && (p.art9Condition ?? null) === null) {
    miss('EXCEPTION_ART9_MANQUANTE', 'art9Condition', 'Ce traitement utilise des données sensibles : indiquez ce qui l’autorise (par exemple le consentement explicite de la personne).');
  }
  if (p.recipients.length === 0) miss('DESTINATAIRES_MANQUANTS', 'recipients', 'Indiquez qui a accès aux données (au moins vous-même).');
  p.recipients.forEach((r, i) => {
    if (r.kind !== 'sous_traitant') return;
    if (r.contractStatus === undefined) {
      miss('CONTRAT_SOUS_TRAITANT_NON_PRECISE', `recipients[${i}].contractStatus`, `Indiquez où en est le contrat avec le prestataire « ${r.name} » (signé, à signer, à vérifier).`);
    } else if (r.contractStatus === 'a_signer' || r.contractStatus === 'a_verifier') {
      warn('CONTRAT_SOUS_TRAITANT_A_REGLER', `recipients[${i}].contractStatus`, `Vérifiez que les conditions du prestataire « ${r.name} » comportent les clauses de protection des données (article 28 du RGPD), puis marquez le contrat comme signé.`);
    }
  });
  p.transfers.forEach((t, i) => {
    if (t.safeguard === null) {
      miss('GARANTIE_TRANSFERT_MANQUANTE', `transfers[${i}].safeguard`, `Indiquez la garantie qui encadre l’envoi des données vers ${t.country} (${t.recipient}).`);
    }
  });
  if (p.retention.length === 0) miss('CONSERVATION_MANQUANTE', 'retention', 'Indiquez combien de temps les données sont conservées.');
  if (p.securityMeasures.length === 0) miss('SECURITE_MANQUANTE', 'securityMeasures', 'Indiquez au moins une mesure de sécurité (mots de passe, sauvegardes…).');
  if (p.automatedDecision.exists && !p.automatedDecision.logic?.trim()) {
    miss('LOGIQUE_DECISION_MANQUANTE', 'automatedDecision.logic', 'Expliquez simplement comment la décision automatique est prise et ce qu’elle change pour la personne.');
  }

  if (p.sources.length === 0) warn('SOURCES_MANQUANTES', 'sources', 'Indiquez d’où viennent les données (la personne elle-même, un site, un partenaire…).');
  if (p.supports.length === 0) warn('SUPPORTS_MANQUANTS', 'supports', 'Indiquez où sont les données (ordinateur, logiciel, dossiers papier…).');
  const risks = assessRisks(p);
  for (const e of risks.missing) warn('RISQUE_NON_EVALUE', 'risks.events', `Évaluez le risque « ${FEARED_EVENT_LABELS[e]} ».`);
  const dpia = assessDpia(p);
  if (dpia.likelyRequired && dpia.conductedAt === null) {
    warn('AIPD_A_REALISER', 'risks.dpia', 'Une analyse d’impact (AIPD) est probablement obligatoire pour ce traitement : réalisez-la avant de le mettre en œuvre.');
  }

  return { processingId: p.id, name: p.name, publishable: missing.length === 0, missing, warnings };
}

/** Throws a French DomainError listing what is missing; changes nothing. */
export function assertPublishable(p: Processing): void {
  const c = checkProcessing(p);
  if (c.publishable) return;
  throw invalid('TRAITEMENT_INCOMPLET', `Le traitement « ${p.name} » ne peut pas être publié : ${c.missing.length === 1 ? 'il manque une information' : `il manque ${c.missing.length} informations`}.`, {
    missing: c.missing,
  });
}
