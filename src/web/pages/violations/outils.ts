// Small conversions between form controls and the API, and French formats.
import { api, ApiError } from '../../api.ts';

/** ISO instant → value of <input type="datetime-local"> in the user's time zone. */
export function versSaisie(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Value of <input type="datetime-local"> → ISO instant, or null when empty or invalid. */
export function depuisSaisie(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function maintenantSaisie(): string {
  return versSaisie(new Date().toISOString());
}

/** "12/03/2025 à 14 h 05" in the user's time zone. */
export function dateHeure(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const jour = d.toLocaleDateString('fr-FR');
  const heure = d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }).replace(':', ' h ');
  return `${jour} à ${heure}`;
}

/** "" → null, "12" → 12; anything else is kept as typed so the server can explain. */
export function nombreOuNull(value: string): number | null {
  const t = value.trim().replace(',', '.');
  if (t === '') return null;
  return Number(t);
}

/** Tri-state answers: oui / non / je ne sais pas. */
export type Triple = 'oui' | 'non' | 'inconnu';
export const versTriple = (b: boolean | null | undefined): Triple => (b === true ? 'oui' : b === false ? 'non' : 'inconnu');
export const depuisTriple = (t: Triple): boolean | null => (t === 'oui' ? true : t === 'non' ? false : null);

/**
 * Downloads a file answered to a POST (the letters): the CSRF token comes from /api/csrf,
 * the body becomes a temporary link, clicked like any download.
 */
export async function telechargerPost(path: string, body: unknown): Promise<void> {
  const { token } = await api.get<{ token: string }>('/api/csrf');
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, accept: 'application/pdf, text/csv, application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { erreur?: string; code?: string } | null;
    throw new ApiError(res.status, err?.code ?? 'ERREUR', err?.erreur ?? `Téléchargement impossible (${res.status}).`);
  }
  const nom = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'document';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = nom;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
