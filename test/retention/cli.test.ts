// `rempart retention` as an operator runs it, on a real data folder: the dry-run lists what
// would happen without any key, the purge needs --yes after the preview.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, defaultConfig, type App } from '../../src/app.ts';
import { signUp } from '../../src/accounts/signup.ts';
import { CLI_META } from '../../src/accounts/meta.ts';
import { addUser, unlockWithRecoveryKey, type Actor } from '../../src/accounts/team.ts';
import { createClient } from '../../src/clients/service.ts';
import { addDocument } from '../../src/clients/documents.ts';
import { makeClientInputSchema } from '../../src/core/clients/types.ts';
import { OTHER_STRONG_PASSWORD, STRONG_PASSWORD } from '../helpers/http.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'rempart-retention-cli-'));
const OWNER = 'marc@menuiserie.example';

async function rempart(args: string[]) {
  try {
    const r = await run(process.execPath, ['bin/rempart.js', ...args], { env: { ...process.env, REMPART_DATA: dataDir, DATABASE_URL: '' } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function withApp<T>(fn: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp({ ...defaultConfig({}), dataDir });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

// Each run starts a Node process through tsx: seconds apiece on a busy machine.
describe('rempart retention', { timeout: 120_000 }, () => {
  let tenantId = '';
  const ids = { oldProspect: '', exWithInvoice: '', active: '' };

  beforeAll(async () => {
    await withApp(async (app) => {
      const signed = await signUp(app, { raisonSociale: 'Menuiserie Marc', activite: 'artisan_batiment', contactNom: 'Marc Bois', contactEmail: OWNER, nom: 'Marc Bois', email: OWNER, password: STRONG_PASSWORD }, CLI_META, { openSession: false });
      tenantId = signed.tenantId;
      const dataKey = await unlockWithRecoveryKey(app, tenantId, signed.recoveryKey);
      const actor: Actor = { sessionId: 'test', tenantId, userId: signed.userId, stage: 'active', dataKey, role: 'owner' };
      const schema = makeClientInputSchema(app.now());
      const add = async (input: Record<string, unknown>) => (await createClient(app, actor, schema.parse(input), CLI_META)).id;
      ids.oldProspect = await add({ nom: 'Prospect Oublié', emails: ['oublie@exemple.fr'], status: 'prospect', collectedAt: '2021-02-01' });
      ids.exWithInvoice = await add({ nom: 'Duval', prenom: 'Odile', emails: ['odile.duval@exemple.fr'], status: 'ancien_client', collectedAt: '2020-01-01', relationshipEndedAt: '2021-09-30' });
      await addDocument(app, actor, ids.exWithInvoice, { kind: 'facture', filename: 'Facture Duval.pdf', mime: 'application/pdf', content: Buffer.from('facture'), documentDate: '2021-09-01' }, CLI_META);
      ids.active = await add({ nom: 'Client Fidèle', status: 'client', collectedAt: '2020-01-01' });
      await addUser(app, actor, { email: 'aide@menuiserie.example', nom: 'Aide', role: 'collaborator', password: OTHER_STRONG_PASSWORD }, CLI_META);
    });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists ids, status, dates, action and reason without any key, and changes nothing', async () => {
    const r = await rempart(['retention', '--dry-run', '--email', OWNER]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`SUPPRIMER\\s+${ids.oldProspect}\\s+Prospect\\s+\\(collecte 2021-02-01\\)`));
    expect(r.stdout).toMatch(new RegExp(`ANONYMISER\\s+${ids.exWithInvoice}\\s+Ancien client\\s+\\(collecte 2020-01-01, fin 2021-09-30, dernière facture 2021-09-01\\)`));
    expect(r.stdout).toMatch(new RegExp(`conserver\\s+${ids.active}\\s+Client`));
    expect(r.stdout).toContain('Prospect : 3 ans après la collecte (recommandation CNIL)');
    expect(r.stdout).toContain('⚠ Aucun contact depuis le 1er janvier 2020');
    expect(r.stdout).toContain('3 fiche(s) : 1 à supprimer, 1 à anonymiser, 1 à conserver (1 à vérifier).');
    // No key was given: no name can appear.
    for (const name of ['Duval', 'Odile', 'Oublié', 'Fidèle']) expect(r.stdout).not.toContain(name);
    await withApp(async (app) => expect(await app.repos.clients(tenantId).count()).toBe(3));
  });

  it('refuses a wrong mode or a non-owner', async () => {
    expect((await rempart(['retention', '--email', OWNER])).stderr).toContain('Choisissez --dry-run (aperçu) ou --apply (purge).');
    const collab = await rempart(['retention', '--dry-run', '--email', 'aide@menuiserie.example']);
    expect(collab.code).toBe(1);
    expect(collab.stderr).toContain('Seul le propriétaire');
    expect((await rempart(['retention', '--dry-run', '--email', 'personne@exemple.fr'])).stderr).toContain('Aucun compte');
  });

  it('shows the preview and stops without --yes', async () => {
    const r = await rempart(['retention', '--apply', '--email', OWNER]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 à supprimer, 1 à anonymiser');
    expect(r.stderr).toContain('Rien n’a été changé : relancez avec --yes');
    await withApp(async (app) => expect(await app.repos.clients(tenantId).count()).toBe(3));
  });

  it('applies with --yes: deletes the prospect, anonymises the ex-client, journals the counts', async () => {
    const r = await rempart(['retention', '--apply', '--yes', '--email', OWNER]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Purge appliquée : 1 fiche(s) supprimée(s), 1 anonymisée(s), 0 document(s) supprimé(s).');
    await withApp(async (app) => {
      const clients = app.repos.clients(tenantId);
      expect(await clients.get(ids.oldProspect)).toBeUndefined();
      const anon = (await clients.get(ids.exWithInvoice))!;
      expect(anon).toMatchObject({ nom_enc: null, prenom_enc: null, emails_enc: null, has_invoices: 1 });
      expect(anon.anonymised_at).not.toBeNull();
      expect(await app.store.db.selectFrom('client_index').selectAll().where('client_id', '=', ids.exWithInvoice).execute()).toEqual([]);
      expect((await app.repos.clientDocuments(tenantId).listFor(ids.exWithInvoice)).map((d) => d.kind)).toEqual(['facture']);
      const entry = (await app.repos.journal.all(tenantId)).find((e) => e.action === 'retention.appliquee')!;
      expect(JSON.parse(entry.details)).toMatchObject({ supprimees: 1, anonymisees: 1 });
      expect(entry.ip).toBe('cli');
    });
    const again = await rempart(['retention', '--apply', '--email', OWNER]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Rien à supprimer ni à anonymiser.');
  });
});
