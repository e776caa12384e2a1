// French wording shared by the « Hygiène de sécurité » page and the dashboard card.
import { findCapability } from '../../capabilities.ts';
import type { HygieneAction } from './types.ts';

export function impactLabel(impact: number): string {
  return impact >= 4 ? 'fort' : impact === 3 ? 'moyen' : 'faible';
}

export function effortLabel(effort: number): string {
  return effort <= 1 ? 'faible' : effort === 2 ? 'moyen' : 'important';
}

/** "Impact fort · Effort faible" */
export function impactEffort(a: Pick<HygieneAction, 'impact' | 'effort'>): string {
  return `Impact ${impactLabel(a.impact)} · Effort ${effortLabel(a.effort)}`;
}

/** "YYYY-MM-DD" → "29 novembre 2026" (read as a calendar day: no time zone shift). */
export function jour(isoDay: string): string {
  const d = new Date(`${isoDay.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDay;
  return d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A full ISO timestamp → "22 novembre 2026" in the user's time zone. */
export function jourLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function aujourdhui(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function enRetard(a: Pick<HygieneAction, 'dueDate' | 'status'>): boolean {
  return (a.status === 'a-faire' || a.status === 'en-cours') && a.dueDate < aujourdhui();
}

/** Only links inside Rempart ("#/securite"), with the page name for the link text. */
export function lienReglage(link: string | undefined): { href: string; page: string } | null {
  if (!link || !link.startsWith('#/')) return null;
  const page = findCapability(link.slice(1).split('?')[0] ?? '')?.label;
  return page ? { href: link, page } : null;
}

export function pluriel(n: number, singulier: string, plurielForme = `${singulier}s`): string {
  return `${n} ${n > 1 ? plurielForme : singulier}`;
}

export function questionsSansReponse(n: number): string {
  return n === 0 ? 'Toutes les questions ont une réponse' : `${pluriel(n, 'question')} sans réponse`;
}
