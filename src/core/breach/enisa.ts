// ENISA 2013 severity of a personal data breach: SE = DPC × EI + CB.
// DPC (data processing context) lives in enisa-dpc.ts; this file adds the ease of
// identification (EI), the circumstances of the breach (CB) and the severity bands.
// Unknown facts are scored with the worst plausible value and flagged "assumed", because
// the CNIL asks to assess the risk on what could have happened, not on what is hoped.
import { scoreDpc, type DpcResult } from './enisa-dpc.ts';
import { EXPOSURE_LABELS, has, QUICK_RESTORE_HOURS } from './labels.ts';
import type { IdentificationLevel, Incident } from './types.ts';

const fr = (n: number): string => n.toLocaleString('fr-FR', { maximumFractionDigits: 2 });

export const EI_SCORES: Readonly<Record<IdentificationLevel, number>> = {
  negligeable: 0.25,
  limitee: 0.5,
  significative: 0.75,
  maximale: 1,
};

export const EI_LABELS: Readonly<Record<IdentificationLevel, string>> = {
  negligeable: 'négligeable',
  limitee: 'limitée',
  significative: 'importante',
  maximale: 'maximale',
};

export interface EiResult {
  level: IdentificationLevel;
  score: number;
  explanation: string;
}

/**
 * ENISA Annex 2: "maximum" when the data itself names the person with no research
 * (name with address, ID number), "significant" when an identifier leads to the person
 * with little effort, "limited" when cross-matching is needed, "negligible" when it is
 * extremely difficult. Only a caller who knows better (pseudonymised data) sets "negligible".
 */
export function easeOfIdentification(incident: Incident): EiResult {
  const forced = incident.context?.identification;
  const level: IdentificationLevel =
    forced ??
    (has(incident, 'piece-identite') || has(incident, 'nir') || has(incident, 'biometrique') || has(incident, 'genetique')
      ? 'maximale'
      : has(incident, 'etat-civil') && has(incident, 'coordonnees')
        ? 'maximale'
        : has(incident, 'etat-civil') || has(incident, 'coordonnees')
          ? 'significative'
          : 'limitee');
  const why: Record<IdentificationLevel, string> = {
    maximale: 'les données désignent directement les personnes (nom avec adresse, numéro d’identité, pièce d’identité)',
    significative: 'un nom, une adresse e-mail ou un téléphone permet de retrouver facilement les personnes',
    limitee: 'il faut recouper avec d’autres informations pour savoir à qui appartiennent les données',
    negligeable: 'il est extrêmement difficile de relier ces données à une personne',
  };
  const how = forced ? 'selon votre appréciation, ' : '';
  return {
    level,
    score: EI_SCORES[level],
    explanation: `Facilité d’identification ${EI_LABELS[level]} (${fr(EI_SCORES[level])}) : ${how}${why[level]}.`,
  };
}

export interface CbPart {
  score: number;
  explanation: string;
  /** True when the value comes from an unknown fact scored at its worst. */
  assumed: boolean;
}

export interface CbResult {
  score: number;
  confidentiality: CbPart;
  integrity: CbPart;
  availability: CbPart;
  malicious: CbPart;
}

const part = (score: number, explanation: string, assumed = false): CbPart => ({ score, explanation, assumed });

/** ENISA "Circumstances of breach": each loss adds 0, 0.25 or 0.5, malicious intent adds 0.5. */
export function circumstances(incident: Incident): CbResult {
  const affected = (n: Incident['nature'][number]) => incident.nature.includes(n);

  let confidentiality = part(0, 'Pas de perte de confidentialité.');
  if (affected('confidentialite')) {
    const e = incident.exposure;
    confidentiality =
      e === 'aucune-preuve'
        ? part(0, `Confidentialité (0) : données exposées mais ${EXPOSURE_LABELS[e]}.`)
        : e === 'destinataires-connus'
          ? part(0.25, `Confidentialité (+0,25) : données transmises à ${EXPOSURE_LABELS[e]}.`)
          : e === 'destinataires-inconnus'
            ? part(0.5, `Confidentialité (+0,5) : données accessibles à ${EXPOSURE_LABELS[e]}.`)
            : part(0.5, 'Confidentialité (+0,5) : on ne sait pas encore qui a pu voir les données, le cas le plus grave est retenu.', true);
  }

  let integrity = part(0, 'Pas de perte d’intégrité.');
  if (affected('integrite')) {
    const used = incident.alteredDataUsed ?? null;
    const recoverable = incident.backup.exists;
    if (used === false) integrity = part(0, 'Intégrité (0) : données modifiées mais sans usage incorrect constaté.');
    else if (recoverable)
      integrity = part(0.25, `Intégrité (+0,25) : données modifiées ${used ? 'et utilisées' : 'et peut-être utilisées'} à tort, mais récupérables.`, used === null);
    else integrity = part(0.5, `Intégrité (+0,5) : données modifiées ${used ? 'et utilisées' : 'et peut-être utilisées'} à tort, sans moyen de retrouver les bonnes.`, used === null);
  }

  let availability = part(0, 'Pas de perte de disponibilité.');
  if (affected('disponibilite')) {
    const b = incident.backup;
    const hours = b.restoredWithinHours ?? incident.availabilityLossHours;
    if (b.restored && hours !== null && hours <= QUICK_RESTORE_HOURS)
      availability = part(0, `Disponibilité (0) : données restaurées sans difficulté en ${hours} h.`);
    else if (b.exists) availability = part(0.25, 'Disponibilité (+0,25) : données indisponibles un temps, mais récupérables grâce à la sauvegarde.');
    else availability = part(0.5, 'Disponibilité (+0,5) : données perdues définitivement, sans sauvegarde.');
  }

  const malicious =
    incident.malicious === true
      ? part(0.5, 'Intention malveillante (+0,5) : l’incident vient d’un acte volontaire (piratage, vol, malveillance).')
      : incident.malicious === null
        ? part(0.5, 'Intention malveillante (+0,5) : on ne sait pas encore s’il s’agit d’un acte volontaire, le cas le plus grave est retenu.', true)
        : part(0, 'Pas d’intention malveillante : erreur ou accident.');

  const score = confidentiality.score + integrity.score + availability.score + malicious.score;
  return { score, confidentiality, integrity, availability, malicious };
}

export const SEVERITY_BANDS = ['faible', 'moyenne', 'elevee', 'tres-elevee'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

export const BAND_LABELS: Readonly<Record<SeverityBand, string>> = {
  faible: 'faible',
  moyenne: 'moyenne',
  elevee: 'élevée',
  'tres-elevee': 'très élevée',
};

/** ENISA bands: low SE < 2 ≤ medium < 3 ≤ high < 4 ≤ very high. */
export function bandFor(score: number): SeverityBand {
  if (score < 2) return 'faible';
  if (score < 3) return 'moyenne';
  if (score < 4) return 'elevee';
  return 'tres-elevee';
}

export interface SeverityAssessment {
  /** SE = DPC × EI + CB, rounded to the hundredth. */
  score: number;
  band: SeverityBand;
  dpc: DpcResult;
  ei: EiResult;
  cb: CbResult;
  /** One French sentence per component, in formula order. */
  explanations: string[];
  /** True when at least one unknown fact was scored at its worst. */
  assumptions: boolean;
}

export function assessSeverity(incident: Incident): SeverityAssessment {
  const dpc = scoreDpc(incident);
  const ei = easeOfIdentification(incident);
  const cb = circumstances(incident);
  // All terms are multiples of 0.25 so the sum is exact; rounding only guards future factors.
  const score = Math.round((dpc.score * ei.score + cb.score) * 100) / 100;
  const band = bandFor(score);
  const cbParts = [cb.confidentiality, cb.integrity, cb.availability, cb.malicious];
  return {
    score,
    band,
    dpc,
    ei,
    cb,
    explanations: [
      dpc.explanation,
      ei.explanation,
      ...cbParts.map((p) => p.explanation),
      `Gravité ${BAND_LABELS[band]} : ${fr(dpc.score)} × ${fr(ei.score)} + ${fr(cb.score)} = ${fr(score)} (méthode ENISA).`,
    ],
    assumptions: cbParts.some((p) => p.assumed),
  };
}
