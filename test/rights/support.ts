// Helpers for the rights and retention suites: clients, documents and requests through the API.
import { expect } from 'vitest';
import type { Client } from '../helpers/http.ts';

export interface ClientBody {
  civilite?: string;
  nom?: string;
  prenom?: string;
  company?: string;
  emails?: string[];
  phones?: string[];
  status: 'prospect' | 'client' | 'ancien_client';
  collectedAt?: string;
  lastContactAt?: string | null;
  relationshipEndedAt?: string | null;
  notes?: string | null;
  source?: string | null;
  legalBasis?: string;
  marketingConsent?: unknown;
}

export async function newClient(owner: Client, body: ClientBody): Promise<string> {
  const res = await owner.post('/api/clients', body);
  expect(res.status, res.text).toBe(201);
  return res.body.client.id as string;
}

export async function addDocument(owner: Client, clientId: string, doc: { kind: string; filename: string; content: string; documentDate?: string | null }): Promise<string> {
  const res = await owner.post(`/api/clients/${clientId}/documents`, {
    kind: doc.kind,
    filename: doc.filename,
    mime: 'application/pdf',
    contentBase64: Buffer.from(doc.content).toString('base64'),
    documentDate: doc.documentDate ?? null,
  });
  expect(res.status, res.text).toBe(201);
  return res.body.document.id as string;
}

export interface RequestBody {
  type: string;
  channel?: string;
  receivedAt: string;
  identityCheckRequired?: boolean;
  aboutMarketing?: boolean;
  clientId?: string | null;
  requester?: { name?: string | null; contact?: string | null; message?: string | null };
  notes?: string | null;
}

export async function newRequest(owner: Client, body: RequestBody) {
  const res = await owner.post('/api/rights', { channel: 'email', identityCheckRequired: false, requester: { name: 'Paul Martin', contact: 'paul.martin@exemple.fr' }, ...body });
  expect(res.status, res.text).toBe(201);
  return res.body.request as { id: string; dueDate: string; status: string; deadline: { status: string; daysLeft: number; dueDate: string; message: string } };
}

export async function move(owner: Client, id: string, body: { to: string; reason?: string; identityVerified?: boolean }) {
  return owner.post(`/api/rights/${id}/transition`, body);
}

/** Base64 of a small fake file, for comparing what comes back. */
export const b64 = (s: string) => Buffer.from(s).toString('base64');
