// Isolation cases of the backup routes, spread into ROUTES by
// test/isolation/tenant-isolation.test.ts. Backups belong to the instance, not to a tenant:
// on a shared host (the isolation world has several tenants) no tenant's owner may manage
// them from the web (403, nothing changed), and the read-only status names no destination
// detail that another business could have typed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { addDestination } from '../../src/backup/config-store.ts';
import { expectError, type Env, type Owner } from '../routes/support.ts';

export interface BackupIsolationWorld {
  env: Env;
  A: { owner: Owner };
  B: { owner: Owner };
  secretsOfA: string[];
}

const LABEL = 'Disque secret de A';
const prepared = new WeakMap<object, Promise<{ id: string; folder: string }>>();

/** A destination configured by the host's administrator (CLI), named like A would name it. */
function destination(w: BackupIsolationWorld) {
  let p = prepared.get(w);
  if (!p) {
    const folder = mkdtempSync(join(tmpdir(), 'rempart-iso-sauvegarde-secret-A-'));
    p = addDestination(w.env.t.app, { label: LABEL, config: { kind: 'local', path: folder } }).then((d) => ({ id: d.id, folder }));
    prepared.set(w, p);
  }
  return p;
}

async function state(w: BackupIsolationWorld) {
  const repo = w.env.t.app.repos.backups;
  return { destinations: await repo.destinations(), runs: await repo.recentRuns(50) };
}

function refused(method: string, path: (d: { id: string }) => string, body?: unknown) {
  return {
    check: async (w: BackupIsolationWorld) => {
      const d = await destination(w);
      const before = await state(w);
      const res = await w.B.owner.client.request(method, path(d), body);
      expectError(res, 403, 'SAUVEGARDES_ADMINISTRATEUR', /administrateur/);
      expect(await state(w)).toEqual(before);
      for (const s of [LABEL, d.folder, ...w.secretsOfA]) expect(res.text.includes(s), `${method} ${path(d)} leaks ${s}`).toBe(false);
    },
  };
}

export const BACKUP_ROUTES = {
  'GET /api/backups': {
    check: async (w: BackupIsolationWorld) => {
      const d = await destination(w);
      const res = await w.B.owner.client.get('/api/backups');
      expect(res.status, res.text).toBe(200);
      for (const s of [LABEL, d.folder, ...w.secretsOfA]) expect(res.text.includes(s), `GET /api/backups leaks ${s}`).toBe(false);
    },
  },
  'POST /api/backups/destinations': refused('POST', () => '/api/backups/destinations', { label: 'De B', config: { kind: 'local', path: tmpdir() } }),
  'DELETE /api/backups/destinations/:id': refused('DELETE', (d) => `/api/backups/destinations/${d.id}`),
  'POST /api/backups/destinations/:id/test': refused('POST', (d) => `/api/backups/destinations/${d.id}/test`, {}),
  'POST /api/backups/run': refused('POST', () => '/api/backups/run', {}),
  'POST /api/backups/drill': refused('POST', () => '/api/backups/drill', {}),
  'GET /api/backups/runs/:id': refused('GET', () => `/api/backups/runs/${randomUUID()}`),
  'PUT /api/backups/settings': refused('PUT', () => '/api/backups/settings', { scheduleEnabled: false, scheduleHour: 3, keepDaily: 1, keepWeekly: 0, keepMonthly: 0 }),
  'POST /api/backups/recovery-key': refused('POST', () => '/api/backups/recovery-key', { remplacer: true }),
};
