// Wording shared by several documents: how register values read in French, and the
// deterministic order of processings (every document numbers them the same way).
import {
  ART9_CONDITION_LABELS,
  ART9_LABELS,
  LEGAL_BASIS_LABELS,
  SAFEGUARD_LABELS,
  SUPPORT_KIND_LABELS,
  type ContractStatus,
  type Controller,
  type DataCategory,
  type Processing,
  type Purpose,
  type Recipient,
  type Register,
  type Retention,
  type Support,
  type Transfer,
} from '../model.ts';
import { CNIL_ADDRESS } from '../art13.ts';

export const CNIL = {
  name: CNIL_ADDRESS.name,
  address: CNIL_ADDRESS.lines.join(', '),
  /** Where complaints are filed online. */
  complaints: CNIL_ADDRESS.website,
  website: 'www.cnil.fr',
} as const;

export const CONTRACT_STATUS_LABELS: Readonly<Record<ContractStatus, string>> = {
  signe: 'contrat de sous-traitance signé',
  a_signer: 'contrat de sous-traitance à signer',
  a_verifier: 'conditions de sous-traitance à vérifier',
  sans_objet: 'sans objet',
};

export const MISSING = 'à compléter';

/** Creation date, then name, then id: the same order (and numbers) in every document. */
export function orderedProcessings(register: Register): Processing[] {
  return [...register.processings].sort(
    (a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.name, b.name) || cmp(a.id, b.id),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reference(index: number): string {
  return `T${String(index + 1).padStart(2, '0')}`;
}

export function legalBasisLabel(p: Purpose): string {
  return p.legalBasis ? LEGAL_BASIS_LABELS[p.legalBasis] : `base légale ${MISSING}`;
}

export function purposeLine(p: Purpose): string {
  return `${p.purpose} — ${legalBasisLabel(p)}`;
}

/** The legitimate interests pursued (Art. 13 (1) d), one line per purpose relying on them. */
export function legitimateInterests(processing: Processing): string[] {
  return processing.purposes
    .filter((p) => p.legalBasis === 'interet_legitime')
    .map((p) => `${p.purpose} : ${p.legitimateInterest?.trim() || `intérêt poursuivi ${MISSING}`}`);
}

/** The category as people read it: its label and the business's details. */
export function categoryLabel(c: DataCategory): string {
  return `${c.label}${c.details?.trim() ? ` (${c.details.trim()})` : ''}`;
}

/** For the register: the label plus the flags the CNIL model asks for (Art. 9, NIR, banking). */
export function categoryLine(c: DataCategory): string {
  const flags: string[] = [];
  if (c.art9) flags.push(`catégorie particulière art. 9 : ${ART9_LABELS[c.art9]}`);
  if (c.nir) flags.push('NIR');
  if (c.banking) flags.push('identifiant bancaire');
  return `${categoryLabel(c)}${flags.length ? ` — ${flags.join(' ; ')}` : ''}`;
}

/** The CNIL model's « données sensibles »: Art. 9/10 and the NIR. Banking identifiers stay
 * « courantes » there, flagged on their line. */
export function isSensitive(c: DataCategory): boolean {
  return c.sensitive || c.art9 !== undefined || c.nir === true;
}

/** The contract status of processors is internal: shown in the register, not to the public. */
export function recipientLine(r: Recipient, options: { contract?: boolean } = {}): string {
  const role = r.role?.trim() ? ` (${r.role.trim()})` : '';
  const status = r.kind === 'sous_traitant' && r.contractStatus && r.contractStatus !== 'sans_objet' ? r.contractStatus : undefined;
  const contract = options.contract && status ? ` — ${CONTRACT_STATUS_LABELS[status]}` : '';
  return `${r.name}${role}${contract}`;
}

export function transferLine(t: Transfer): string {
  const safeguard = t.safeguard ? SAFEGUARD_LABELS[t.safeguard] : `garantie ${MISSING}`;
  const doc = t.documentation?.trim() ? ` ; document : ${t.documentation.trim()}` : '';
  return `${t.recipient}, ${t.country} — ${safeguard}${doc}`;
}

export function retentionLine(r: Retention): string {
  const trigger = r.trigger?.trim() ? ` (point de départ : ${r.trigger.trim()})` : '';
  return `${r.what} : ${r.duration}${trigger}`;
}

export function supportLine(s: Support): string {
  const where = [s.location?.trim(), s.path?.trim() ? `dossier ${s.path.trim()}` : undefined].filter(Boolean).join(' ; ');
  return `${SUPPORT_KIND_LABELS[s.kind]} : ${s.name}${where ? ` (${where})` : ''}`;
}

export function controllerLines(c: Controller): string {
  const parts = [c.raisonSociale, c.siren?.trim() ? `SIREN ${c.siren.trim()}` : undefined, c.adresse?.trim() || undefined];
  return parts.filter(Boolean).join(', ');
}

export function contactLine(c: Controller): string {
  return `${c.contactNom} — ${c.contactEmail}${c.telephone?.trim() ? ` — ${c.telephone.trim()}` : ''}`;
}

export function dpoLine(c: Controller): string | undefined {
  return c.dpo ? `${c.dpo.nom} — ${c.dpo.contact}` : undefined;
}

/** The Art. 9 (2) exception, when the processing uses special-category data; undefined otherwise. */
export function art9ConditionLine(p: Processing): string | undefined {
  if (!p.dataCategories.some((c) => c.art9 !== undefined)) return undefined;
  return p.art9Condition ? ART9_CONDITION_LABELS[p.art9Condition] : `exception ${MISSING}`;
}

/** « Coordonnées : obligatoire. Sans ces informations, … » — the consequence is the business's own sentence. */
export function provisionLine(c: DataCategory): string | undefined {
  if (!c.required) return undefined;
  if (!c.required.mandatory) return `${c.label} : facultatif`;
  const consequence = c.required.consequence?.trim();
  return `${c.label} : obligatoire${consequence ? `. ${consequence}` : ''}`;
}
