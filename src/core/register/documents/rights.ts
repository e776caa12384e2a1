// The data-subject rights as the policy and notices word them. Which rights apply follows
// the core rule (art13.ts: portability for consent or contract, objection for legitimate
// interest or public mission); objection to direct marketing and post-mortem directives are
// always stated.
import { applicableRights, type Right } from '../art13.ts';
import type { Processing, Register } from '../model.ts';
import { CNIL } from './labels.ts';

const RIGHT_WORDS: Readonly<Record<Right, string>> = {
  acces: 'Droit d’accès : savoir si nous détenons des données vous concernant et en obtenir une copie (article 15 du RGPD).',
  rectification: 'Droit de rectification : faire corriger des données inexactes ou compléter des données incomplètes (article 16).',
  effacement: 'Droit à l’effacement : faire supprimer vos données, sauf si nous devons les conserver, par exemple pour une obligation légale (article 17).',
  limitation: 'Droit à la limitation : demander que nous gelions l’utilisation de vos données le temps de vérifier une contestation (article 18).',
  portabilite: 'Droit à la portabilité : recevoir les données que vous nous avez fournies dans un format courant et lisible par machine, ou les faire transmettre à un autre organisme (article 20).',
  opposition: 'Droit d’opposition : vous opposer à l’utilisation de vos données fondée sur notre intérêt légitime, pour des raisons tenant à votre situation particulière (article 21).',
};
const ORDER: readonly Right[] = ['acces', 'rectification', 'effacement', 'limitation', 'portabilite', 'opposition'];

export function rightsIn(processings: readonly Processing[]): Set<Right> {
  return new Set(processings.flatMap(applicableRights));
}

/** Whether any processing relies on consent (Art. 6.1.a or explicit consent, Art. 9.2.a). */
export function usesConsent(processings: readonly Processing[]): boolean {
  return processings.some((p) => p.purposes.some((u) => u.legalBasis === 'consentement') || p.art9Condition === 'consentement_explicite');
}

export function rightsList(register: Register): string[] {
  const rights = rightsIn(register.processings);
  return [
    ...ORDER.filter((r) => rights.has(r)).map((r) => RIGHT_WORDS[r]),
    'Droit de vous opposer à tout moment, sans avoir à vous justifier, à l’utilisation de vos données à des fins de prospection commerciale (article 21).',
    'Droit de définir des directives sur le sort de vos données après votre décès (article 85 de la loi Informatique et Libertés).',
  ];
}

export function howToExercise(register: Register): string {
  const c = register.controller;
  const postal = c.adresse?.trim() ? ` ou par courrier à ${c.raisonSociale}, ${c.adresse.trim()}` : '';
  return `Pour exercer ces droits, écrivez-nous par e-mail à ${c.contactEmail}${postal}. Nous vous répondons dans un délai d’un mois, qui peut être prolongé de deux mois si la demande est complexe ; nous vous en informerions alors. Nous pouvons vous demander de justifier de votre identité en cas de doute raisonnable.`;
}

export function complaintParagraph(): string {
  return `Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la ${CNIL.name}, ${CNIL.address}, ou en ligne sur ${CNIL.complaints}.`;
}

export const CONSENT_WITHDRAWAL =
  'Lorsque nous utilisons vos données sur la base de votre consentement, vous pouvez le retirer à tout moment, aussi simplement que vous l’avez donné (par exemple avec le lien de désinscription de nos e-mails ou en nous écrivant). Le retrait ne remet pas en cause l’utilisation faite avant celui-ci.';
