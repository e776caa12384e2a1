// Facts about an incident that the Art. 33/34 decision relies on: what is still unknown,
// whether the data stayed unintelligible, and which factors make the risk high for people.
// Sources: RGPD Art. 33, 34 and recitals 75, 85-86; EDPB Guidelines 9/2022 on breach
// notification (ex-WP250) and 01/2021 on examples; CNIL guidance for small businesses.
import type { SeverityAssessment } from './enisa.ts';
import { concernsMinors, controllerContext, has, hasFinancial, hasSensitive, isSensitive, QUICK_RESTORE_HOURS } from './labels.ts';
import type { BreachNature, Incident } from './types.ts';

/** Facts still unknown: each one alone makes Rempart advise notifying (CNIL: "en cas de doute, notifiez"). */
export function uncertainties(incident: Incident): string[] {
  const out: string[] = [];
  if (incident.people.count === null) out.push('le nombre de personnes concernées n’est pas encore connu');
  if (incident.dataCategories.length === 0) out.push('les données concernées ne sont pas encore identifiées');
  if (incident.encrypted.was && incident.encrypted.keySafe === null) out.push('on ne sait pas si la clé ou le mot de passe de chiffrement est resté en sécurité');
  if (incident.nature.includes('confidentialite') && (incident.leftBusiness === null || incident.exposure === null))
    out.push('on ne sait pas encore comment les données sont sorties ni qui a pu les voir');
  if (incident.nature.includes('integrite') && (incident.alteredDataUsed ?? null) === null)
    out.push('on ne sait pas si les données modifiées ont été utilisées');
  return out;
}

/** State-of-the-art encryption with a key that never left the business (Art. 34(3)(a)). */
export const encryptedSafely = (incident: Incident): boolean =>
  incident.encrypted.was && incident.encrypted.stateOfTheArt && incident.encrypted.keySafe === true;

/**
 * Passwords stored with a robust salted hash (bcrypt, scrypt, Argon2) stay unintelligible:
 * EDPB 01/2021 case 6 needs no notification when only such hashes and logins leaked.
 */
export const onlyRobustHashes = (incident: Incident): boolean =>
  incident.dataCategories.length > 0 &&
  incident.dataCategories.every((d) => d.kind === 'identifiants' && d.passwordStorage === 'hachage-robuste');

export const dataUnintelligible = (incident: Incident): boolean => encryptedSafely(incident) || onlyRobustHashes(incident);

export const quicklyRestored = (incident: Incident): boolean => {
  const hours = incident.backup.restoredWithinHours ?? incident.availabilityLossHours;
  return incident.backup.restored && hours !== null && hours <= QUICK_RESTORE_HOURS;
};

/**
 * Unavailability that can hurt people: data lost for good, or out of reach longer than a day.
 * A backup of unknown restore time (stolen laptop, backup on the shelf) is not counted.
 */
export const lastingUnavailability = (incident: Incident): boolean => {
  if (!incident.nature.includes('disponibilite')) return false;
  if (!incident.backup.exists) return true;
  const hours = incident.backup.restoredWithinHours ?? incident.availabilityLossHours;
  return hours !== null && hours > QUICK_RESTORE_HOURS;
};

export const onlyNature = (incident: Incident, nature: BreachNature): boolean =>
  incident.nature.length === 1 && incident.nature[0] === nature;

export interface HighRiskFactor {
  code:
    | 'gravite'
    | 'donnees-sensibles'
    | 'contexte-sensible'
    | 'financier-identite'
    | 'mineurs'
    | 'identifiants-en-clair'
    | 'usurpation-identite'
    | 'securite-personnes'
    | 'indisponibilite-sante';
  /** Plain-French reason, usable as is in the decision. */
  label: string;
  /** The loss that creates the risk: encryption only removes confidentiality risks. */
  via: BreachNature;
}

/**
 * Factors that make the risk high for people (Art. 34(1)). For confidentiality and integrity,
 * the ENISA band and the data involved count. For an availability-only loss the ENISA band is
 * not used: it measures what disclosure would do. EDPB 01/2021 case 2 (ransomware, no backup,
 * no exfiltration) needs no communication, while case 3 (hospital) does because care is delayed.
 */
export function highRiskFactors(incident: Incident, severity: SeverityAssessment): HighRiskFactor[] {
  const out: HighRiskFactor[] = [];
  const conf = incident.nature.includes('confidentialite');
  const integ = incident.nature.includes('integrite') && incident.alteredDataUsed !== false;
  const disclosureOrMisuse: BreachNature | null = conf ? 'confidentialite' : integ ? 'integrite' : null;

  if (disclosureOrMisuse !== null) {
    const via = disclosureOrMisuse;
    if (severity.band === 'elevee' || severity.band === 'tres-elevee')
      out.push({ code: 'gravite', via, label: `la gravité est ${severity.band === 'elevee' ? 'élevée' : 'très élevée'} selon la méthode ENISA (score ${severity.score.toLocaleString('fr-FR')})` });
    if (hasSensitive(incident))
      out.push({ code: 'donnees-sensibles', via, label: 'des données sensibles sont concernées (santé, opinions, vie privée…)' });
    const identity = has(incident, 'etat-civil') || has(incident, 'coordonnees') || has(incident, 'piece-identite');
    if (hasFinancial(incident) && identity)
      out.push({ code: 'financier-identite', via, label: 'des données bancaires ou financières sont liées à l’identité des personnes (risque de fraude)' });
    if (concernsMinors(incident)) out.push({ code: 'mineurs', via, label: 'des enfants sont concernés' });
    if (incident.context?.safetyCritical)
      out.push({ code: 'securite-personnes', via, label: 'la sécurité physique des personnes peut être menacée' });
  }
  if (conf) {
    const via: BreachNature = 'confidentialite';
    if (controllerContext(incident) === 'sensible' && !hasSensitive(incident))
      out.push({ code: 'contexte-sensible', via, label: 'le simple fait d’être votre client révèle une information sensible (par exemple un suivi de santé)' });
    const clearPasswords = incident.dataCategories.some(
      (d) => d.kind === 'identifiants' && d.passwordStorage !== 'hachage-robuste',
    );
    if (clearPasswords)
      out.push({ code: 'identifiants-en-clair', via, label: 'des mots de passe lisibles ou mal protégés permettent d’entrer dans les comptes des personnes' });
    if (has(incident, 'piece-identite') || has(incident, 'nir'))
      out.push({ code: 'usurpation-identite', via, label: 'une pièce d’identité ou un numéro de sécurité sociale permet d’usurper l’identité des personnes' });
  }
  if (lastingUnavailability(incident)) {
    if (incident.dataCategories.some((d) => isSensitive(d)))
      out.push({ code: 'indisponibilite-sante', via: 'disponibilite', label: 'des données sensibles (dossiers de santé…) sont restées indisponibles, ce qui peut retarder une prise en charge' });
  }
  return out;
}
