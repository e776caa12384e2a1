// French labels of the register's values that the core keeps as codes only.
import type { CollectionPoint, ContractStatus, MeasureEffect, RecipientKind } from '../../../core/register/model.ts';

export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  interne: 'Dans l’entreprise (vous, un salarié)',
  sous_traitant: 'Prestataire qui agit pour vous (sous-traitant)',
  tiers: 'Autre organisme (administration, partenaire…)',
};

export const CONTRACT_LABELS: Record<ContractStatus, string> = {
  signe: 'Contrat signé (ou conditions vérifiées)',
  a_signer: 'Contrat à signer',
  a_verifier: 'Conditions à vérifier',
  sans_objet: 'Sans objet',
};

export const COLLECTION_LABELS: Record<CollectionPoint, string> = {
  formulaire_web: 'Formulaire du site',
  devis_contrat: 'Devis, contrat, bon de commande',
  email: 'E-mail',
  telephone: 'Téléphone',
  sur_place: 'Sur place, de vive voix',
  tiers: 'Par un tiers (partenaire, plateforme)',
  automatique: 'Automatiquement (cookies, journaux)',
};

export const EFFECT_LABELS: Record<MeasureEffect, string> = {
  vraisemblance: 'Rend l’événement moins probable',
  gravite: 'En réduit les conséquences',
  les_deux: 'Les deux',
};
