// Art. 33 (notify the CNIL) and Art. 34 (tell the people) decision, with reasons in plain
// French. The default is to notify: the RGPD only spares a breach "unlikely to result in a
// risk", and the CNIL advises notifying when in doubt, then completing the file later.
import { assessSeverity, BAND_LABELS, type SeverityAssessment } from './enisa.ts';
import { hasSensitive } from './labels.ts';
import {
  dataUnintelligible,
  encryptedSafely,
  highRiskFactors,
  lastingUnavailability,
  onlyNature,
  onlyRobustHashes,
  quicklyRestored,
  uncertainties,
  type HighRiskFactor,
} from './risk.ts';
import { BreachRuleError, type Incident } from './types.ts';

export type CnilExemption = 'aucune-personne' | 'donnees-inintelligibles' | 'disponibilite-retablie' | 'destinataire-de-confiance';
/** Art. 34(3): (a) unintelligible data, (b) later measures remove the high risk, (c) disproportionate effort. */
export type PeopleException = 'a' | 'b' | 'c';
export type CommunicationMode = 'individuelle' | 'publique' | 'aucune';

export const MIN_JUSTIFICATION = 20;

export interface DecisionOverride {
  notifyCnil?: boolean | undefined;
  communicate?: boolean | undefined;
  /** Mandatory, at least 20 characters: kept in the register as the reason for departing from the advice. */
  justification: string;
}

export interface DecisionOptions {
  /** Art. 34(3)(b): what was done that makes the high risk no longer likely (≥ 20 characters). */
  measuresNeutraliseRisk?: string | undefined;
  /** Art. 34(3)(c): why contacting each person would be disproportionate (≥ 20 characters). */
  disproportionateEffort?: string | undefined;
  override?: DecisionOverride | undefined;
}

export interface CnilDecision {
  /** Final answer, after a possible override. */
  notify: boolean;
  /** What the rules advise. */
  recommended: boolean;
  /** Some facts are unknown: notify now, complete later. */
  uncertain: boolean;
  exemption: CnilExemption | null;
  reasons: string[];
}

export interface PeopleDecision {
  communicate: boolean;
  recommended: boolean;
  mode: CommunicationMode;
  highRisk: boolean;
  factors: HighRiskFactor[];
  exception: PeopleException | null;
  reasons: string[];
}

export interface BreachDecision {
  severity: SeverityAssessment;
  cnil: CnilDecision;
  people: PeopleDecision;
  /** Art. 33(5): every breach is documented, notified or not. */
  register: { required: true; reason: string };
  override: DecisionOverride | null;
  summary: string;
}

function justified(text: string | undefined, code: string, what: string): string | null {
  if (text === undefined) return null;
  const t = text.trim();
  if (t.length < MIN_JUSTIFICATION)
    throw new BreachRuleError(code, `${what} : expliquez-le en au moins ${MIN_JUSTIFICATION} caractères.`);
  return t;
}

function decideCnil(incident: Incident, severity: SeverityAssessment): Omit<CnilDecision, 'notify'> {
  if (incident.people.count === 0 && !incident.people.approximate) {
    return {
      recommended: false,
      uncertain: false,
      exemption: 'aucune-personne',
      reasons: ['Aucune personne n’est concernée : ce n’est pas une violation de données personnelles, il n’y a rien à notifier à la CNIL.'],
    };
  }
  const unknown = uncertainties(incident);
  const band = `la gravité est ${BAND_LABELS[severity.band]} selon la méthode ENISA (score ${severity.score.toLocaleString('fr-FR')})`;
  if (unknown.length > 0) {
    return {
      recommended: true,
      uncertain: true,
      exemption: null,
      reasons: [
        `En cas de doute, la CNIL recommande de notifier : ${unknown.join(' ; ')}.`,
        'Faites une notification initiale dans les 72 heures, puis complétez-la quand vous en saurez plus.',
        `À ce stade, ${band}.`,
      ],
    };
  }
  const availabilityOk = !incident.nature.includes('disponibilite') || incident.backup.exists;
  if (dataUnintelligible(incident) && availabilityOk && !incident.nature.includes('integrite')) {
    const why = onlyRobustHashes(incident)
      ? 'les mots de passe étaient protégés par un hachage robuste : ils restent illisibles'
      : 'les données étaient chiffrées avec un procédé reconnu et la clé est restée en sécurité : elles sont illisibles pour qui les détient';
    return {
      recommended: false,
      uncertain: false,
      exemption: 'donnees-inintelligibles',
      reasons: [
        `Notification non obligatoire : ${why}${incident.nature.includes('disponibilite') ? ', et une sauvegarde existe' : ''}.`,
        'Si la clé ou le mot de passe venait à être compromis plus tard, il faudrait notifier à ce moment-là.',
      ],
    };
  }
  if (onlyNature(incident, 'disponibilite') && incident.leftBusiness === false && quicklyRestored(incident) && !hasSensitive(incident)) {
    return {
      recommended: false,
      uncertain: false,
      exemption: 'disponibilite-retablie',
      reasons: [
        'Notification non obligatoire : les données ont seulement été indisponibles, elles ont été restaurées rapidement depuis une sauvegarde, et aucune donnée n’est sortie de votre entreprise.',
      ],
    };
  }
  const trusted =
    onlyNature(incident, 'confidentialite') &&
    incident.exposure === 'destinataires-connus' &&
    incident.recipientTrusted === true &&
    incident.malicious === false;
  if (trusted && severity.band === 'faible') {
    return {
      recommended: false,
      uncertain: false,
      exemption: 'destinataire-de-confiance',
      reasons: [
        `Notification non obligatoire : le destinataire est un professionnel de confiance qui a confirmé avoir supprimé les données, et ${band}.`,
      ],
    };
  }

  const reasons: string[] = [`Le risque pour les personnes ne peut pas être écarté : ${band}.`];
  if (incident.encrypted.was && !encryptedSafely(incident))
    reasons.push(
      incident.encrypted.keySafe === false
        ? 'Les données étaient chiffrées, mais la clé ou le mot de passe a pu être compromis : le chiffrement ne les protège plus.'
        : 'Les données étaient chiffrées, mais avec un procédé trop faible pour les considérer illisibles.',
    );
  if (trusted) reasons.push('Le destinataire est de confiance, mais les données sont trop sensibles pour écarter tout risque.');
  if (lastingUnavailability(incident))
    reasons.push(incident.backup.exists ? 'Les données n’ont pas été rétablies rapidement (plus de 24 heures).' : 'Les données sont perdues faute de sauvegarde.');
  else if (onlyNature(incident, 'disponibilite') && !quicklyRestored(incident))
    reasons.push('La restauration rapide des données n’est pas encore confirmée.');
  else if (onlyNature(incident, 'disponibilite') && hasSensitive(incident))
    reasons.push('Même rétablie vite, l’indisponibilité de données sensibles (santé…) peut affecter les personnes.');
  if (incident.leftBusiness) reasons.push('Des données sont sorties de votre entreprise.');
  reasons.push('La notification à la CNIL est obligatoire (article 33 du RGPD), si possible dans les 72 heures.');
  return { recommended: true, uncertain: false, exemption: null, reasons };
}

function decidePeople(
  incident: Incident,
  severity: SeverityAssessment,
  cnil: Omit<CnilDecision, 'notify'>,
  options: DecisionOptions,
): Omit<PeopleDecision, 'communicate'> {
  const measures = justified(options.measuresNeutraliseRisk, 'MESURES_TROP_COURTES', 'Les mesures qui écartent le risque');
  const effort = justified(options.disproportionateEffort, 'EFFORT_TROP_COURT', 'L’effort disproportionné');
  if (cnil.exemption === 'aucune-personne') {
    return { recommended: false, mode: 'aucune', highRisk: false, factors: [], exception: null, reasons: ['Aucune personne n’est concernée.'] };
  }
  const factors = highRiskFactors(incident, severity);
  const base = { highRisk: factors.length > 0, factors };
  if (factors.length === 0) {
    const availabilityOnly = onlyNature(incident, 'disponibilite');
    const reasons = [
      availabilityOnly
        ? 'Les données ont été perdues ou bloquées mais n’ont pas été divulguées : le risque pour les personnes n’est pas élevé, les informer n’est pas obligatoire.'
        : 'Le risque pour les personnes n’est pas élevé : les informer n’est pas obligatoire, mais vous pouvez le faire.',
    ];
    if (cnil.uncertain) reasons.push('À réévaluer dès que les points encore inconnus seront éclaircis.');
    if (cnil.recommended) reasons.push('La CNIL peut toutefois vous demander d’informer les personnes (article 34.4).');
    return { ...base, recommended: false, mode: 'aucune', exception: null, reasons };
  }
  const why = `Risque élevé pour les personnes : ${factors.map((f) => f.label).join(' ; ')}.`;
  const remaining = encryptedSafely(incident) ? factors.filter((f) => f.via !== 'confidentialite') : factors;
  if (remaining.length === 0) {
    return {
      ...base,
      recommended: false,
      mode: 'aucune',
      exception: 'a',
      reasons: [why, 'Exception (article 34.3.a) : les données étaient chiffrées et la clé est restée en sécurité, elles sont illisibles.'],
    };
  }
  if (measures !== null) {
    return {
      ...base,
      recommended: false,
      mode: 'aucune',
      exception: 'b',
      reasons: [why, `Exception (article 34.3.b) : les mesures prises rendent ce risque improbable : « ${measures} ».`],
    };
  }
  if (effort !== null) {
    return {
      ...base,
      recommended: true,
      mode: 'publique',
      exception: 'c',
      reasons: [
        why,
        `Exception (article 34.3.c) : contacter chaque personne demanderait un effort disproportionné (« ${effort} »). Informez-les par une communication publique (site, affichage, presse locale).`,
      ],
    };
  }
  return {
    ...base,
    recommended: true,
    mode: 'individuelle',
    exception: null,
    reasons: [why, 'Informez chaque personne concernée directement et rapidement (article 34 du RGPD), avec des conseils pour se protéger.'],
  };
}

export function decideBreach(incident: Incident, options: DecisionOptions = {}): BreachDecision {
  const severity = assessSeverity(incident);
  const cnilBase = decideCnil(incident, severity);
  const peopleBase = decidePeople(incident, severity, cnilBase, options);

  let override: DecisionOverride | null = null;
  if (options.override !== undefined) {
    const o = options.override;
    const justification = justified(o.justification, 'JUSTIFICATION_TROP_COURTE', 'Votre choix différent de la recommandation') ?? '';
    if (o.notifyCnil === undefined && o.communicate === undefined)
      throw new BreachRuleError('DEROGATION_VIDE', 'Indiquez ce que vous décidez : notifier ou non la CNIL, informer ou non les personnes.');
    override = { notifyCnil: o.notifyCnil, communicate: o.communicate, justification };
  }

  const cnil: CnilDecision = { ...cnilBase, notify: override?.notifyCnil ?? cnilBase.recommended, reasons: [...cnilBase.reasons] };
  if (override?.notifyCnil !== undefined && override.notifyCnil !== cnilBase.recommended)
    cnil.reasons.push(
      `Vous avez choisi de ${override.notifyCnil ? 'notifier' : 'ne pas notifier'} la CNIL, contrairement à la recommandation : « ${override.justification} ». Cette justification est conservée dans votre registre.`,
    );

  const communicate = override?.communicate ?? peopleBase.recommended;
  const mode = !communicate ? 'aucune' : peopleBase.mode === 'aucune' ? 'individuelle' : peopleBase.mode;
  const people: PeopleDecision = { ...peopleBase, communicate, mode, reasons: [...peopleBase.reasons] };
  if (override?.communicate !== undefined && override.communicate !== peopleBase.recommended)
    people.reasons.push(
      `Vous avez choisi de ${override.communicate ? 'informer' : 'ne pas informer'} les personnes, contrairement à la recommandation : « ${override.justification} ». Cette justification est conservée dans votre registre.`,
    );

  const peopleText =
    people.mode === 'individuelle' ? 'informer chaque personne concernée' : people.mode === 'publique' ? 'informer le public par une communication publique' : 'pas d’information obligatoire des personnes';
  return {
    severity,
    cnil,
    people,
    register: { required: true, reason: 'Inscrivez toujours l’incident dans votre registre des violations (article 33.5 du RGPD), même sans notification.' },
    override,
    summary: `${cnil.notify ? 'Notifier la CNIL' : 'Pas de notification à la CNIL'} ; ${peopleText}.`,
  };
}
