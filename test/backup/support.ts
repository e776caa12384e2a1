// Helpers for the backup suites: a real instance with one business, a known client and
// documents, and temporary folders that are removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUp } from '../../src/accounts/signup.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import { unlockWithRecoveryKey, type Actor } from '../../src/accounts/team.ts';
import { createClient } from '../../src/clients/service.ts';
import { addDocument } from '../../src/clients/documents.ts';
import type { Client } from '../../src/core/clients/types.ts';
import type { App } from '../../src/app.ts';
import { createTestApp, type Dialect, type TestApp } from '../helpers/app.ts';

export const KNOWN_EMAIL = 'amelie.lefevre@exemple.fr';

export interface Instance {
  t: TestApp;
  actor: Actor;
  tenantId: string;
  clientId: string;
  documentIds: string[];
}

export function client(overrides: Partial<Client> = {}): Client {
  return {
    civilite: 'Mme',
    nom: 'Lefèvre',
    prenom: 'Amélie',
    emails: [KNOWN_EMAIL],
    phones: ['+33612345678'],
    address: null,
    company: null,
    notes: null,
    status: 'client',
    source: null,
    collectedAt: '2024-02-10',
    legalBasis: 'contrat',
    lastContactAt: null,
    marketingConsent: null,
    relationshipEndedAt: null,
    ...overrides,
  };
}

export async function instance(dialect: Dialect = 'sqlite'): Promise<Instance> {
  const t = await createTestApp(dialect);
  return { t, ...(await populate(t.app)) };
}

/** One business with a known client (two documents) and another client (one document). */
export async function populate(app: App): Promise<Omit<Instance, 't'>> {
  const t = { app };
  const s = await signUp(
    t.app,
    { raisonSociale: 'Atelier Sauvegarde SARL', activite: 'autre', contactNom: 'Claire Test', contactEmail: 'rgpd@exemple.fr', nom: 'Claire Test', email: 'claire@exemple.fr', password: 'cheval-agrafe-batterie-correct' },
    CLI_META,
    { openSession: false },
  );
  const dataKey = await unlockWithRecoveryKey(t.app, s.tenantId, s.recoveryKey);
  const actor: Actor = { sessionId: 'test', tenantId: s.tenantId, userId: s.userId, stage: 'active', dataKey, role: 'owner' };
  const c = await createClient(t.app, actor, client(), CLI_META);
  const other = await createClient(t.app, actor, client({ nom: 'Martin', prenom: 'Paul', emails: ['paul.martin@exemple.fr'], phones: [] }), CLI_META);
  const documentIds: string[] = [];
  for (const [i, name] of ['devis.txt', 'contrat.txt'].entries()) {
    const d = await addDocument(t.app, actor, c.id, { kind: 'devis', filename: name, mime: 'text/plain', content: Buffer.from(`document ${i} de Mme Lefèvre`), documentDate: null }, CLI_META);
    documentIds.push(d.id);
  }
  await addDocument(t.app, actor, other.id, { kind: 'autre', filename: 'autre.txt', mime: 'text/plain', content: Buffer.from('document de M. Martin'), documentDate: null }, CLI_META);
  return { actor, tenantId: s.tenantId, clientId: c.id, documentIds };
}

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `rempart-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
