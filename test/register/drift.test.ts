// Drift between the register and the latest scan, through the real scan store and the HTTP
// server: data found but not declared, folders no processing names, files kept too long; shown
// as dashboard actions. Only counts, folders and dates are involved: no found value.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Dialect } from '../helpers/app.ts';
import { newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { SETUP_ANSWERS } from './support.ts';

async function storeScan(env: Env, owner: Owner, files: { path: string; folder: string; modifiedAt: string; counts: Record<string, number> }[]) {
  const repo = env.t.app.repos.scans(owner.tenantId);
  const id = randomUUID();
  const at = new Date().toISOString();
  const totals: Record<string, number> = {};
  for (const f of files) for (const [k, n] of Object.entries(f.counts)) totals[k] = (totals[k] ?? 0) + n;
  await repo.create({ id, tenant_id: owner.tenantId, status: 'running', source: 'cli', roots: JSON.stringify(['/home/jean']), started_at: at, finished_at: null, started_by: null, totals: '{}', files_count: 0, errors_count: 0, findings_count: 0, bytes: 0, failure: null });
  await repo.appendFiles(
    id,
    files.map((f, seq) => ({
      scan_id: id, seq, tenant_id: owner.tenantId, path: f.path, folder: f.folder, format: 'txt', size: 100, modified_at: f.modifiedAt, counts: JSON.stringify(f.counts),
      findings: Object.values(f.counts).reduce((a, b) => a + b, 0), sensitive: f.counts.nir || f.counts.health ? 1 : 0, error_code: null, error: null,
    })),
  );
  const ok = await repo.finish(id, { status: 'finished', finished_at: at, totals: JSON.stringify(totals), files_count: files.length, errors_count: 0, findings_count: 0, bytes: 0, failure: null }, []);
  expect(ok).toBe(true);
}

describe.each(DIALECTS)('register drift against the latest scan (%s)', (dialect: Dialect) => {
  let env: Env;
  let owner: Owner;

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url, { activite: 'artisan_batiment' });
    await owner.client.post('/api/register/setup', { reponses: SETUP_ANSWERS });
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('has nothing to compare before the first scan', async () => {
    expect((await owner.client.get('/api/register/drift')).body).toEqual({ analyse: null, actions: [] });
  });

  it('lists undeclared categories, uncovered folders and exceeded retention, and shows them on the dashboard', async () => {
    await storeScan(env, owner, [
      { path: '/home/jean/Documents/Clients/devis-2010.txt', folder: '/home/jean/Documents/Clients', modifiedAt: '2010-05-01T00:00:00.000Z', counts: { email: 2, person_name: 1 } },
      { path: '/home/jean/Documents/Clients/devis-recent.txt', folder: '/home/jean/Documents/Clients', modifiedAt: new Date().toISOString(), counts: { email: 1 } },
      { path: '/home/jean/Bureau/Divers/notes.txt', folder: '/home/jean/Bureau/Divers', modifiedAt: new Date().toISOString(), counts: { nir: 1, health: 2 } },
    ]);
    const drift = await owner.client.get('/api/register/drift');
    expect(drift.status, drift.text).toBe(200);
    expect(drift.body.analyse.fichiers).toBe(3);
    const byId = new Map(drift.body.actions.map((a: { id: string }) => [a.id, a]));
    expect(byId.get('categorie_non_declaree:nir')).toMatchObject({ severity: 'haute', folders: ['/home/jean/Bureau/Divers'] });
    expect(byId.get('categorie_non_declaree:health')).toMatchObject({ severity: 'haute' });
    expect(byId.get('dossier_sans_traitement:/home/jean/Bureau/Divers')).toMatchObject({ severity: 'haute', count: 1 });
    const retention = drift.body.actions.find((a: { kind: string }) => a.kind === 'conservation_depassee');
    expect(retention).toMatchObject({ folder: '/home/jean/Documents/Clients', count: 1, oldestModifiedAt: '2010-05-01T00:00:00.000Z' });
    // Declared and found: no action about e-mails.
    expect(byId.has('categorie_non_declaree:email')).toBe(false);

    const dashboard = (await owner.client.get('/api/register/actions')).body;
    expect(dashboard.vide).toBe(false);
    const ids = dashboard.actions.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['categorie_non_declaree:nir', 'dossier_sans_traitement:/home/jean/Bureau/Divers', retention.id, 'politique:a-generer']));
    expect(dashboard.actions[0].niveau).toBe('haute');
    const retentionAction = dashboard.actions.find((a: { id: string }) => a.id === retention.id);
    expect(retentionAction.lien).toBe(`/registre?traitement=${retention.processingId}`);
  });

  it('drops the actions once the register declares what was found', async () => {
    const { traitements } = (await owner.client.get('/api/register')).body;
    const clients = traitements.find((t: { templateId: string }) => t.templateId === 'gestion_clients');
    const res = await owner.client.put(`/api/register/processings/${clients.id}`, {
      supports: [...clients.supports, { kind: 'materiel', name: 'Dossier divers', path: '/home/jean/Bureau/Divers' }],
      dataCategories: [...clients.dataCategories, { key: 'nir', label: 'Numéro de sécurité sociale', sensitive: true, nir: true, required: { mandatory: false } }],
    });
    expect(res.status, res.text).toBe(200);
    const ids = (await owner.client.get('/api/register/drift')).body.actions.map((a: { id: string }) => a.id);
    expect(ids).not.toContain('categorie_non_declaree:nir');
    expect(ids).not.toContain('dossier_sans_traitement:/home/jean/Bureau/Divers');
    expect(ids).toContain('categorie_non_declaree:health');
  });
});
