// « Finalités et destinataires » of the access pack (art. 15.1 a, c, d RGPD), taken from the
// business's register of processing activities: the processings that concern its clients
// and prospects, published ones first. Pure: the caller loads the register and supplies the
// activity-based section used when the register is still empty.
import { LEGAL_BASIS_LABELS, SAFEGUARD_LABELS, type Processing } from '../register/model.ts';

export interface PackPurpose {
  finalite: string;
  baseLegale: string;
  /** The legitimate interest pursued, when the basis is « intérêt légitime » (art. 13.1.d). */
  interetLegitime?: string;
  /** The register's processing the purpose comes from (absent in the activity fallback). */
  traitement?: string;
}

export interface PackTransfer {
  pays: string;
  destinataire: string;
  garantie: string;
}

export interface PackRetention {
  traitement: string;
  donnees: string;
  duree: string;
  pointDeDepart?: string;
}

export interface PurposesSection {
  /** 'registre': from the register; 'activite': derived from the declared activity (empty register). */
  provenance: 'registre' | 'activite';
  /** For 'registre': whether the processings used are published or still drafts. */
  statutRegistre?: 'publie' | 'brouillon';
  avertissement: string;
  traitements: string[];
  finalites: PackPurpose[];
  destinataires: string[];
  transferts: PackTransfer[];
  conservation: PackRetention[];
}

export const REGISTER_PUBLISHED_NOTICE =
  'Cette section reprend les traitements publiés du registre des activités de traitement de l’entreprise qui concernent ses clients et prospects.';
export const REGISTER_DRAFT_NOTICE =
  'Aucun traitement du registre des activités de traitement n’est encore publié : cette section reprend les traitements en brouillon. ' +
  'L’entreprise les vérifie et les publie avant d’envoyer ce dossier.';
export const EMPTY_REGISTER_NOTICE =
  'Le registre des activités de traitement de l’entreprise est encore vide dans Rempart : cette section est établie à partir de l’activité déclarée ' +
  'et des informations enregistrées dans Rempart. L’entreprise la vérifie avant de l’envoyer.';

const UNKNOWN_BASIS = 'Base légale à préciser par l’entreprise';
const UNKNOWN_SAFEGUARD = 'Garantie à préciser par l’entreprise';
/** People categories that include a client or prospect (or the person exercising a right). */
const ABOUT_CLIENTS = /client|prospect|patient|bénéficiaire|participant|devis|abonné|droits|rendez-vous/i;

/** Processings that concern a client; those without any people category are kept (unknown). */
export function concernsClients(p: Processing): boolean {
  return p.peopleCategories.length === 0 || p.peopleCategories.some((c) => ABOUT_CLIENTS.test(c));
}

function recipientLabel(r: Processing['recipients'][number]): string {
  const role = r.role ? ` : ${r.role}` : '';
  if (r.kind === 'sous_traitant') return `${r.name} (prestataire agissant pour notre compte${role})`;
  return `${r.name}${role}`;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The section from the register's processings about clients: the published ones, or the
 * drafts when none is published; `fallback()` (activity-based) when the register has none.
 */
export function purposesFromRegister(processings: readonly Processing[], input: { raisonSociale: string; fallback: () => Omit<PurposesSection, 'provenance' | 'avertissement' | 'statutRegistre'> }): PurposesSection {
  const relevant = processings.filter(concernsClients);
  const published = relevant.filter((p) => p.status === 'publie');
  const used = published.length > 0 ? published : relevant;
  if (used.length === 0) return { provenance: 'activite', avertissement: EMPTY_REGISTER_NOTICE, ...input.fallback() };

  const finalites = uniqueBy(
    used.flatMap((p) =>
      p.purposes.map((f): PackPurpose => ({
        finalite: f.purpose,
        baseLegale: f.legalBasis ? LEGAL_BASIS_LABELS[f.legalBasis] : UNKNOWN_BASIS,
        ...(f.legalBasis === 'interet_legitime' && f.legitimateInterest ? { interetLegitime: f.legitimateInterest } : {}),
        traitement: p.name,
      })),
    ),
    (f) => `${f.finalite}\u001f${f.baseLegale}`,
  );
  const listed = uniqueBy(used.flatMap((p) => p.recipients.map(recipientLabel)), (s) => s.toLowerCase());
  const internal = used.some((p) => p.recipients.some((r) => r.kind === 'interne'));
  const destinataires = internal ? listed : [`Les personnes habilitées de ${input.raisonSociale}, dans la limite de leurs fonctions`, ...listed];
  const transferts = uniqueBy(
    used.flatMap((p) => p.transfers.map((t): PackTransfer => ({ pays: t.country, destinataire: t.recipient, garantie: t.safeguard ? SAFEGUARD_LABELS[t.safeguard] : UNKNOWN_SAFEGUARD }))),
    (t) => `${t.pays}\u001f${t.destinataire}`,
  );
  const conservation = used.flatMap((p) =>
    p.retention.map((r): PackRetention => ({ traitement: p.name, donnees: r.what, duree: r.duration, ...(r.trigger ? { pointDeDepart: r.trigger } : {}) })),
  );
  const statut = published.length > 0 ? 'publie' : 'brouillon';
  return {
    provenance: 'registre',
    statutRegistre: statut,
    avertissement: statut === 'publie' ? REGISTER_PUBLISHED_NOTICE : REGISTER_DRAFT_NOTICE,
    traitements: used.map((p) => p.name),
    finalites,
    destinataires,
    transferts,
    conservation,
  };
}
