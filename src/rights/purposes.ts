// « Finalités et destinataires » for the access pack (art. 15.1 a and c RGPD). The register of
// processing activities is the source (src/core/rights/purposes.ts); while it is empty, this
// section is derived from the business's declared activity and from what Rempart itself
// knows (the client's legal basis and consent, whether an accountant has access). It says
// so plainly, so the business checks it before sending.
import type { App } from '../app.ts';
import type { StoredClient } from '../clients/vault.ts';
import { purposesFromRegister, type PackPurpose, type PurposesSection } from '../core/rights/purposes.ts';
import { loadRegister } from '../register/store.ts';

export type { PurposesSection };
type Purpose = PackPurpose;

const CONTRAT = 'Exécution du contrat ou de mesures précontractuelles (art. 6.1.b RGPD)';
const OBLIGATION = 'Obligation légale (art. 6.1.c RGPD)';
const INTERET = 'Intérêt légitime (art. 6.1.f RGPD)';
const CONSENTEMENT = 'Consentement (art. 6.1.a RGPD)';

/** What each activity does with its clients' data beyond quotes, contracts and invoices. */
const BY_ACTIVITY: Readonly<Record<string, Purpose[]>> = {
  artisan_batiment: [{ finalite: 'Réalisation des chantiers (adresse d’intervention, accès) et suivi des garanties (parfait achèvement, décennale)', baseLegale: CONTRAT }],
  coaching_formation: [{ finalite: 'Organisation des séances et des formations, suivi pédagogique, attestations de formation', baseLegale: CONTRAT }],
  sante_bien_etre: [{ finalite: 'Prise de rendez-vous et suivi des séances', baseLegale: CONTRAT }],
  services_personne: [
    { finalite: 'Organisation des interventions à domicile', baseLegale: CONTRAT },
    { finalite: 'Attestation fiscale annuelle des services à la personne', baseLegale: OBLIGATION },
  ],
  photographe: [{ finalite: 'Réalisation et livraison des prises de vue, gestion des autorisations de droit à l’image', baseLegale: CONTRAT }],
  conseil_freelance: [{ finalite: 'Réalisation des missions de conseil et des livrables', baseLegale: CONTRAT }],
  commerce: [{ finalite: 'Vente, livraison, service après-vente et garanties légales', baseLegale: CONTRAT }],
};

interface ActivityInput {
  activite: string;
  raisonSociale: string;
  client: StoredClient | null;
  hasAccountant: boolean;
}

/** The section derived from the declared activity (the register is still empty). */
export function activityPurposes(input: ActivityInput) {
  const { client } = input;
  const finalites: Purpose[] = [
    { finalite: 'Gestion de la relation client : demandes, devis, contrats, suivi des prestations', baseLegale: CONTRAT },
    ...(BY_ACTIVITY[input.activite] ?? []),
    { finalite: 'Facturation et comptabilité, conservation des pièces comptables', baseLegale: OBLIGATION },
  ];
  if (client?.marketingConsent?.given === true) {
    finalites.push({ finalite: 'Envoi d’offres et d’informations commerciales', baseLegale: CONSENTEMENT });
  } else if (client?.status === 'prospect' || client?.status === 'ancien_client') {
    finalites.push({ finalite: 'Prospection commerciale (vous pouvez vous y opposer à tout moment, sans motif)', baseLegale: INTERET });
  }
  finalites.push({ finalite: 'Traitement de votre demande d’exercice de vos droits et preuve de la réponse', baseLegale: OBLIGATION });
  const destinataires = [`Les personnes habilitées de ${input.raisonSociale}, dans la limite de leurs fonctions`];
  if (input.hasAccountant) destinataires.push('Notre expert-comptable, en lecture seule, pour la tenue de la comptabilité');
  destinataires.push('Les administrations fiscales et sociales, uniquement sur demande et dans les cas prévus par la loi');
  return { traitements: [], finalites, destinataires, transferts: [], conservation: [] };
}

/** The section from the register (published processings, else drafts), else from the activity. */
export async function purposesSection(app: App, tenantId: string, input: ActivityInput): Promise<PurposesSection> {
  const { register } = await loadRegister(app, { tenantId });
  return purposesFromRegister(register.processings, { raisonSociale: input.raisonSociale, fallback: () => activityPurposes(input) });
}

export const YOUR_RIGHTS = [
  'Faire rectifier des données inexactes ou incomplètes (art. 16 RGPD).',
  'Demander l’effacement de vos données, sauf celles que la loi nous oblige à conserver (art. 17 RGPD).',
  'Demander la limitation du traitement (art. 18 RGPD).',
  'Recevoir vos données dans un format structuré et les transmettre à un autre organisme (art. 20 RGPD) : la version JSON de ce dossier sert à cela.',
  'Vous opposer à tout moment à la prospection commerciale, sans avoir à vous justifier (art. 21 RGPD).',
  'Introduire une réclamation auprès de la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).',
];
