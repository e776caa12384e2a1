// Search without a readable index: the query is normalised and hashed like the stored values,
// then matched against the blind indexes. The journal records the kind of search and the
// number of results, never the searched term.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { invalid } from '../core/errors.ts';
import { normaliseEmail, normaliseName, normalisePhone } from '../core/clients/normalise.ts';
import { recordEvent } from '../journal/journal.ts';
import { journalBase, openVault } from './access.ts';
import { PREFIX_MAX, PREFIX_MIN, type ClientVault, type StoredClient } from './vault.ts';

export type SearchKind = 'email' | 'telephone' | 'nom';
export const SEARCH_LIMIT = 50;

/** An e-mail has an @; a phone number is digits and separators; anything else is a name. */
export function searchKind(q: string): SearchKind {
  if (q.includes('@')) return 'email';
  if (/^\+?[\d\s().\-/]+$/.test(q) && q.replace(/\D/g, '').length >= 4) return 'telephone';
  return 'nom';
}

function nameWords(c: StoredClient): string[] {
  return normaliseName([c.prenom, c.nom, c.company].filter(Boolean).join(' ')).split(' ');
}

async function idsByName(app: App, vault: ClientVault, q: string): Promise<{ ids: string[]; words: string[] }> {
  const repo = app.repos.clients(vault.tenantId);
  const full = normaliseName(q);
  const words = [...new Set(full.split(' ').filter((w) => Array.from(w).length >= PREFIX_MIN))];
  if (words.length === 0) throw invalid('RECHERCHE_TROP_COURTE', 'Tapez au moins 2 lettres du nom pour chercher.');
  // Every word must start a word of the name (in any order): « dupont jean », « jea dup ».
  // A whole name is found this way too, so there is no exact-name index.
  let common: string[] = [];
  for (const [i, word] of words.entries()) {
    const prefix = Array.from(word).slice(0, PREFIX_MAX).join('');
    const hits = new Set((await repo.findByIndex('prefix', [vault.hash('prefix', prefix)])).map((m) => m.clientId));
    common = i === 0 ? [...hits] : common.filter((id) => hits.has(id));
    if (common.length === 0) break;
  }
  return { ids: common, words };
}

/** The search itself, without the journal entry (see searchClients). */
export async function findClients(app: App, vault: ClientVault, rawQuery: string): Promise<{ type: SearchKind; total: number; clients: StoredClient[] }> {
  const q = rawQuery.trim();
  if (q === '') throw invalid('RECHERCHE_VIDE', 'Tapez un nom, une adresse e-mail ou un numéro de téléphone.');
  const type = searchKind(q);
  const repo = app.repos.clients(vault.tenantId);
  let ids: string[];
  let words: string[] = [];
  if (type === 'email') {
    ids = (await repo.findByIndex('email', [vault.hash('email', normaliseEmail(q))])).map((m) => m.clientId);
  } else if (type === 'telephone') {
    const phone = normalisePhone(q);
    ids = phone === null ? [] : (await repo.findByIndex('phone', [vault.hash('phone', phone)])).map((m) => m.clientId);
  } else {
    ({ ids, words } = await idsByName(app, vault, q));
  }
  const rows = (await repo.getMany(ids)).sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id));
  // Prefixes are cut at PREFIX_MAX letters: a longer word is checked against the decrypted names.
  // Otherwise only the page shown is decrypted.
  const full = normaliseName(q);
  const check = type === 'nom' && words.some((w) => Array.from(w).length > PREFIX_MAX);
  const matches = (c: StoredClient) =>
    [[c.prenom, c.nom].filter(Boolean).join(' '), c.nom ?? '', c.company ?? ''].map(normaliseName).includes(full) ||
    words.every((w) => nameWords(c).some((o) => o.startsWith(w)));
  const clients: StoredClient[] = [];
  let total = 0;
  for (const row of rows) {
    if (!check && clients.length >= SEARCH_LIMIT) {
      total = rows.length;
      break;
    }
    const c = vault.open(row);
    if (check && !matches(c)) continue;
    total++;
    if (clients.length < SEARCH_LIMIT) clients.push(c);
  }
  return { type, total, clients };
}

export async function searchClients(app: App, actor: Actor, rawQuery: string, meta: RequestMeta) {
  const found = await findClients(app, openVault(actor), rawQuery);
  await recordEvent(app, { ...journalBase(actor, meta), action: 'clients.recherche', recordType: 'client', details: { type: found.type, resultats: found.total } });
  return found;
}
