// Risks of a processing for the people concerned (CNIL PIA method, simplified for a
// micro-entreprise) and whether a DPIA (AIPD) is likely required.
//
// Residual risk: each measure lowers the axis it acts on by one level, at most two levels per
// axis (a single measure never makes a maximal risk negligible), never below « négligeable ».
// The user may override the result; the override wins.
import {
  EDPB_CRITERIA,
  type CnilDpiaCase,
  type EdpbCriterion,
  type FearedEvent,
  type Level,
  LEVELS,
  type Processing,
  type RiskEvent,
  type RiskSource,
} from './model.ts';

export const FEARED_EVENT_LABELS: Readonly<Record<FearedEvent, string>> = {
  acces_illegitime: 'Accès illégitime aux données',
  modification_non_desiree: 'Modification non désirée des données',
  disparition: 'Disparition des données',
};

export const RISK_SOURCE_LABELS: Readonly<Record<RiskSource, string>> = {
  humaine_interne: 'Source humaine interne (vous, un salarié, un proche)',
  humaine_externe: 'Source humaine externe (pirate, voleur, prestataire)',
  panne: 'Panne matérielle ou perte d’un appareil',
  sinistre: 'Incendie, dégât des eaux',
  bug: 'Bug ou erreur d’un logiciel',
};

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  negligeable: 'Négligeable',
  limitee: 'Limitée',
  importante: 'Importante',
  maximale: 'Maximale',
};

export type RiskLevel = 'faible' | 'moyen' | 'eleve';
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  faible: 'Risque faible',
  moyen: 'Risque moyen : à réduire si possible',
  eleve: 'Risque élevé : à réduire en priorité',
};

const MAX_REDUCTION = 2;

function lower(level: Level, steps: number): Level {
  const i = Math.max(0, LEVELS.indexOf(level) - Math.min(steps, MAX_REDUCTION));
  return LEVELS[i] as Level;
}

/** CNIL risk map: both axes high → high; one axis high → medium; otherwise low. */
export function riskLevel(severity: Level, likelihood: Level): RiskLevel {
  const high = (l: Level) => LEVELS.indexOf(l) >= 2;
  if (high(severity) && high(likelihood)) return 'eleve';
  if (high(severity) || high(likelihood)) return 'moyen';
  return 'faible';
}

export interface EventAssessment {
  event: FearedEvent;
  label: string;
  sources: { source: RiskSource; label: string }[];
  /** null when the user has not evaluated severity and likelihood yet. */
  initial: { severity: Level; likelihood: Level; level: RiskLevel } | null;
  residual: { severity: Level; likelihood: Level; level: RiskLevel; overridden: boolean } | null;
  measures: string[];
}

export function residualOf(e: RiskEvent): EventAssessment['residual'] {
  if (e.severity === null || e.likelihood === null) return null;
  const bySeverity = e.measures.filter((m) => m.reduces !== 'vraisemblance').length;
  const byLikelihood = e.measures.filter((m) => m.reduces !== 'gravite').length;
  const severity = e.residualSeverity ?? lower(e.severity, bySeverity);
  const likelihood = e.residualLikelihood ?? lower(e.likelihood, byLikelihood);
  const overridden = (e.residualSeverity ?? null) !== null || (e.residualLikelihood ?? null) !== null;
  return { severity, likelihood, level: riskLevel(severity, likelihood), overridden };
}

export function assessEvent(e: RiskEvent): EventAssessment {
  return {
    event: e.event,
    label: FEARED_EVENT_LABELS[e.event],
    sources: e.sources.map((source) => ({ source, label: RISK_SOURCE_LABELS[source] })),
    initial: e.severity === null || e.likelihood === null ? null : { severity: e.severity, likelihood: e.likelihood, level: riskLevel(e.severity, e.likelihood) },
    residual: residualOf(e),
    measures: e.measures.map((m) => m.label),
  };
}

export interface RiskAssessment {
  events: EventAssessment[];
  /** Feared events not evaluated (absent, or without severity/likelihood). */
  missing: FearedEvent[];
  /** The highest residual level among the evaluated events. */
  highestResidual: RiskLevel | null;
  dpia: DpiaAssessment;
}

export function assessRisks(p: Processing): RiskAssessment {
  const events = p.risks.events.map(assessEvent);
  const evaluated = new Set(events.filter((e) => e.initial !== null).map((e) => e.event));
  const order: RiskLevel[] = ['faible', 'moyen', 'eleve'];
  const residuals = events.flatMap((e) => (e.residual ? [e.residual.level] : []));
  const highestResidual = residuals.length === 0 ? null : (order[Math.max(...residuals.map((l) => order.indexOf(l)))] as RiskLevel);
  return {
    events,
    missing: (['acces_illegitime', 'modification_non_desiree', 'disparition'] as const).filter((e) => !evaluated.has(e)),
    highestResidual,
    dpia: assessDpia(p),
  };
}

// ── DPIA (AIPD) ─────────────────────────────────────────────────────────────────────────

export const EDPB_CRITERION_LABELS: Readonly<Record<EdpbCriterion, string>> = {
  evaluation_scoring: 'Évaluation ou notation des personnes (profilage)',
  decision_automatique: 'Décision automatisée avec effet juridique ou similaire',
  surveillance_systematique: 'Surveillance systématique des personnes',
  donnees_sensibles: 'Données sensibles ou à caractère hautement personnel',
  grande_echelle: 'Données traitées à grande échelle',
  croisement_donnees: 'Croisement ou combinaison de fichiers',
  personnes_vulnerables: 'Personnes vulnérables (enfants, patients, personnes âgées, salariés…)',
  usage_innovant: 'Usage innovant ou nouvelle technologie',
  exclusion_droit_contrat: 'Traitement qui peut empêcher d’exercer un droit ou de bénéficier d’un contrat',
};

export const CNIL_DPIA_CASE_LABELS: Readonly<Record<CnilDpiaCase, string>> = {
  sante_grande_echelle: 'Données de santé traitées à grande échelle (établissements, réseaux de soins)',
  surveillance_salaries: 'Surveillance constante de l’activité des salariés (dont vidéosurveillance des postes de travail)',
  alerte_professionnelle: 'Dispositif d’alerte professionnelle',
  profilage_rh: 'Profilage des personnes à des fins de gestion des ressources humaines',
  donnees_sociales_precarite: 'Données sur des personnes en situation de précarité sociale',
  biometrie_personnes_vulnerables: 'Données biométriques de personnes vulnérables',
  genetique: 'Données génétiques de personnes vulnérables',
  geolocalisation_grande_echelle: 'Géolocalisation à grande échelle',
  profilage_exclusion_contrat: 'Profilage pouvant exclure du bénéfice d’un contrat',
  objets_connectes: 'Objets connectés produisant des données sur la vie des personnes',
  videosurveillance_grande_echelle: 'Vidéosurveillance à grande échelle de lieux ouverts au public',
  autre: 'Autre cas de la liste de la CNIL',
};

export interface DpiaAssessment {
  /** True when two or more EDPB criteria are met or a CNIL-list case applies. */
  likelyRequired: boolean;
  criteria: { criterion: EdpbCriterion; label: string; derived: boolean }[];
  cnilCases: { case: CnilDpiaCase; label: string }[];
  /** Plain-French reasons, always at least one line. */
  reasons: string[];
  conductedAt: string | null;
}

/** Criteria that follow from the processing itself, whatever the user declared. */
export function derivedCriteria(p: Processing): EdpbCriterion[] {
  const out: EdpbCriterion[] = [];
  if (p.dataCategories.some((c) => c.sensitive || c.art9 !== undefined || c.nir === true)) out.push('donnees_sensibles');
  if (p.automatedDecision.exists) out.push('decision_automatique');
  if (p.supports.some((s) => /cam[ée]ra|vid[ée]o/i.test(s.name))) out.push('surveillance_systematique');
  return out;
}

export function assessDpia(p: Processing): DpiaAssessment {
  const derived = new Set(derivedCriteria(p));
  const declared = new Set(p.risks.dpia.criteria);
  const criteria = EDPB_CRITERIA.filter((c) => derived.has(c) || declared.has(c)).map((criterion) => ({
    criterion,
    label: EDPB_CRITERION_LABELS[criterion],
    derived: derived.has(criterion) && !declared.has(criterion),
  }));
  const cnilCases = [...new Set(p.risks.dpia.cnilCases)].map((c) => ({ case: c, label: CNIL_DPIA_CASE_LABELS[c] }));
  const likelyRequired = criteria.length >= 2 || cnilCases.length > 0;
  const reasons: string[] = [];
  for (const c of cnilCases) reasons.push(`Ce traitement figure sur la liste de la CNIL des traitements soumis à analyse d’impact : ${c.label.toLowerCase()}.`);
  if (criteria.length >= 2) {
    reasons.push(`Ce traitement remplit ${criteria.length} critères sur les 9 du Comité européen de la protection des données (deux suffisent) : ${criteria.map((c) => c.label.toLowerCase()).join(' ; ')}.`);
  } else if (criteria.length === 1) {
    reasons.push(`Un seul critère sur les 9 du Comité européen de la protection des données est rempli (${criteria[0]?.label.toLowerCase()}) : une analyse d’impact n’est en principe pas obligatoire.`);
  } else {
    reasons.push('Aucun des 9 critères du Comité européen de la protection des données n’est rempli : une analyse d’impact n’est pas nécessaire.');
  }
  if (!likelyRequired && derived.has('donnees_sensibles') && p.dataCategories.some((c) => c.art9 === 'health')) {
    // Recital 91: a single practitioner's patient records are not « large scale ».
    reasons.push('Les données de santé traitées par un professionnel exerçant seul ne sont pas considérées comme « à grande échelle » (considérant 91 du RGPD).');
  }
  return { likelyRequired, criteria, cnilCases, reasons, conductedAt: p.risks.dpia.conductedAt ?? null };
}
