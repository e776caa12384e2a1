// Helpers shared by the client-file suites.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { signUp } from '../../src/accounts/signup.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import type { TestApp } from '../helpers/app.ts';
import { STRONG_PASSWORD, type Client } from '../helpers/http.ts';

/** A client body as the form sends it; overrides replace whole fields. */
export function clientBody(overrides: Record<string, unknown> = {}) {
  return {
    civilite: 'Mme',
    nom: 'Lefèvre',
    prenom: 'Amélie',
    emails: ['amelie.lefevre@exemple.fr'],
    phones: ['06 12 34 56 78'],
    address: { lignes: ['3 rue des Tanneurs'], codePostal: '69001', ville: 'Lyon', pays: 'France' },
    company: null,
    notes: 'Préfère être appelée le matin.',
    status: 'client',
    source: 'Bouche à oreille',
    collectedAt: '2024-02-10',
    legalBasis: 'contrat',
    lastContactAt: '2024-06-01',
    marketingConsent: null,
    relationshipEndedAt: null,
    ...overrides,
  };
}

export async function createClient(http: Client, overrides: Record<string, unknown> = {}) {
  const res = await http.post('/api/clients', clientBody(overrides));
  expect(res.status, res.text).toBe(201);
  return res.body.client as { id: string; nom: string; emails: string[]; phones: string[]; updatedAt: string; hasInvoices: boolean; lastInvoiceAt: string | null };
}

export function b64(content: string | Uint8Array): string {
  return Buffer.from(content).toString('base64');
}

/** Posts an import and waits for its job; returns the final job (or the refusal). */
export async function importFile(http: Client, content: string | Uint8Array, options: Record<string, unknown> = {}) {
  const res = await http.post('/api/clients/import', { contentBase64: b64(content), ...options });
  if (res.status !== 202) return { res, job: null };
  const jobId = res.body.jobId as string;
  for (let i = 0; i < 600; i++) {
    const poll = await http.get(`/api/clients/import/jobs/${jobId}`);
    expect(poll.status, poll.text).toBe(200);
    if (poll.body.state !== 'en_cours') return { res, job: poll.body };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import job never finished');
}

export async function preview(http: Client, content: string | Uint8Array, options: Record<string, unknown> = {}) {
  return http.post('/api/clients/import/preview', { contentBase64: b64(content), ...options });
}

/** Windows-1252 bytes of a Latin-1-compatible string (the accents French files use). */
export function windows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not encodable: ${text[i]}`);
    out[i] = code;
  }
  return out;
}

/** A business signed up directly (no HTTP), with a vault on a fresh random key, for repository tests. */
export async function vaultTenant(t: TestApp, tag: string) {
  const r = await signUp(
    t.app,
    { raisonSociale: `Cabinet ${tag}`, activite: 'conseil_freelance', contactNom: 'Paul Roux', contactEmail: `c-${tag}@exemple.fr`, nom: 'Paul Roux', email: `paul-${tag}@exemple.fr`, password: STRONG_PASSWORD },
    CLI_META,
    { openSession: false },
  );
  return { tenantId: r.tenantId, userId: r.userId, vault: new ClientVault(r.tenantId, randomBytes(32)) };
}
