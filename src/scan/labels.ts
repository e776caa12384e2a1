// French names of what the scanner finds, for the CLI summary and SARIF rules.
import type { FindingType } from '../core/scan/types.ts';

export const TYPE_LABELS: Record<FindingType, { one: string; many: string }> = {
  email: { one: 'adresse e-mail', many: 'adresses e-mail' },
  phone: { one: 'numéro de téléphone', many: 'numéros de téléphone' },
  postal_address: { one: 'adresse postale', many: 'adresses postales' },
  person_name: { one: 'nom de personne', many: 'noms de personnes' },
  birth_date: { one: 'date de naissance', many: 'dates de naissance' },
  ip_address: { one: 'adresse IP', many: 'adresses IP' },
  siren: { one: 'numéro SIREN', many: 'numéros SIREN' },
  siret: { one: 'numéro SIRET', many: 'numéros SIRET' },
  iban: { one: 'IBAN', many: 'IBAN' },
  card: { one: 'numéro de carte bancaire', many: 'numéros de carte bancaire' },
  nir: { one: 'numéro de sécurité sociale', many: 'numéros de sécurité sociale' },
  health: { one: 'donnée de santé', many: 'données de santé' },
  religion: { one: 'mention de religion', many: 'mentions de religion' },
  political: { one: 'opinion politique', many: 'opinions politiques' },
  union_membership: { one: 'appartenance syndicale', many: 'appartenances syndicales' },
  sexual_orientation: { one: 'mention d’orientation sexuelle', many: 'mentions d’orientation sexuelle' },
  ethnic_origin: { one: 'mention d’origine ethnique', many: 'mentions d’origine ethnique' },
  sex_life: { one: 'mention de vie sexuelle', many: 'mentions de vie sexuelle' },
  genetic: { one: 'mention de donnée génétique', many: 'mentions de données génétiques' },
  criminal_offence: { one: 'mention d’infraction ou de condamnation', many: 'mentions d’infractions ou de condamnations' },
};

export const countLabel = (type: FindingType, n: number) => `${n.toLocaleString('fr-FR')} ${n > 1 ? TYPE_LABELS[type].many : TYPE_LABELS[type].one}`;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} o`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  return `${(n / 1024 ** 3).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} Go`;
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * A path as printed on a terminal: control characters (a line break, or an escape sequence
 * that would drive the terminal) in a file name are shown as escapes, like `ls -b`.
 */
export function shownPath(path: string): string {
  // Backslashes are doubled only then, so that an escape stays unambiguous; other paths print as they are.
  if (!/[\u0000-\u001f\u007f-\u009f]/.test(path)) return path;
  return path.replace(/[\u0000-\u001f\u007f-\u009f\\]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

