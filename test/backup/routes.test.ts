// The backup routes over the real HTTP server, with a local folder, a real OpenSSH server and
// s3rver as destinations: add (connection test first), run, poll, status, drill; secrets never
// leave the server; only the owner of a single-tenant instance manages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { OTHER_STRONG_PASSWORD, type Client } from '../helpers/http.ts';
import { addUser, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { startSshServer, type SshServer } from './servers/sshd.ts';
import { startS3Server, type S3Server } from './servers/s3.ts';

process.env.REMPART_BACKUP_SCHEDULE = 'off';

let ssh: SshServer;
let s3: S3Server;
beforeAll(async () => {
  [ssh, s3] = await Promise.all([startSshServer(), startS3Server()]);
});
afterAll(async () => {
  await Promise.all([ssh?.stop(), s3?.stop()]);
});

async function finished(client: Client, runId: string) {
  for (;;) {
    const res = await client.get(`/api/backups/runs/${runId}`);
    expect(res.status, res.text).toBe(200);
    if (res.body.run.status !== 'en_cours') return res.body.run;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(DIALECTS)('backup routes (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;
  let disk: string;
  const secrets = () => [ssh.privateKey.split('\n')[1]!, 'mot-de-passe-sftp-secret', 'secret-s3-tres-prive'];

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url);
    disk = mkdtempSync(join(tmpdir(), 'rempart-disque-'));
  });
  afterAll(async () => {
    await stopEnv(env);
    rmSync(disk, { recursive: true, force: true });
  });

  it('starts with no destination and says so', async () => {
    const res = await owner.client.get('/api/backups');
    expect(res.status).toBe(200);
    expect(res.body.canManage).toBe(true);
    expect(res.body.status.ok).toBe(false);
    expect(res.body.status.warnings[0]).toMatch(/Aucune destination/);
    expect(res.body.keys.recipient).toMatch(/^age1/);
    expect(res.body.keys.recoveryConfigured).toBe(false);
  });

  it('tests the connection before saving and saves nothing when it fails', async () => {
    const missing = await owner.client.post('/api/backups/destinations', { config: { kind: 'local', path: join(disk, 'pas-branche') } });
    expect(missing.status).toBe(400);
    expect(missing.body.erreur).toMatch(/introuvable/i);
    const badKey = await owner.client.post('/api/backups/destinations', { config: { kind: 'sftp', host: ssh.host, port: ssh.port, username: ssh.username, privateKey: ssh.wrongPrivateKey, path: join(ssh.root, 'r') } });
    expect(badKey.status).toBe(400);
    expect(badKey.body.code).toBe('DESTINATION_IDENTIFIANTS_REFUSES');
    const invalid = await owner.client.post('/api/backups/destinations', { config: { kind: 's3', region: 'fr-par', bucket: 'X', accessKeyId: 'a', secretAccessKey: 'b' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.erreur).toMatch(/bucket/);
    expect((await owner.client.get('/api/backups')).body.destinations).toEqual([]);
  });

  it('adds a local folder, an SFTP server and an S3 bucket; secrets are masked and sealed', async () => {
    const local = await owner.client.post('/api/backups/destinations', { label: 'Disque externe', config: { kind: 'local', path: disk } });
    expect(local.status, local.text).toBe(201);
    const sftp = await owner.client.post('/api/backups/destinations', {
      config: { kind: 'sftp', host: ssh.host, port: ssh.port, username: ssh.username, privateKey: ssh.privateKey, password: 'mot-de-passe-sftp-secret', path: join(ssh.root, dialect) },
    });
    expect(sftp.status, sftp.text).toBe(201);
    // Trust on first use: the fingerprint seen at the test is pinned.
    expect(sftp.body.destination.config).toMatchObject({ hostKeySha256: ssh.hostKeySha256, privateKey: '••••••', password: '••••••' });
    const s3res = await owner.client.post('/api/backups/destinations', {
      config: { kind: 's3', endpoint: s3.endpoint, region: 'fr-par', bucket: s3.bucket, prefix: dialect, accessKeyId: s3.accessKeyId, secretAccessKey: 'secret-s3-tres-prive' },
    });
    expect(s3res.status, s3res.text).toBe(201);
    expect(s3res.body.destination.config.secretAccessKey).toBe('••••••');

    const list = await owner.client.get('/api/backups');
    expect(list.body.destinations.map((d: { kind: string }) => d.kind)).toEqual(['local', 'sftp', 's3']);
    for (const s of secrets()) expect(list.text).not.toContain(s);
    const rows = await env.t.app.store.db.selectFrom('backup_destinations').select('config_enc').execute();
    for (const r of rows) for (const s of [...secrets(), disk, ssh.host]) expect(r.config_enc).not.toContain(s);
  });

  it('runs a backup to every destination, then shows the last success and the 3-2-1 rule met', async () => {
    const start = await owner.client.post('/api/backups/run', {});
    expect(start.status, start.text).toBe(202);
    const again = await owner.client.post('/api/backups/run', {});
    expect([202, 409]).toContain(again.status);
    const run = await finished(owner.client, start.body.runId);
    expect(run.status, JSON.stringify(run.results)).toBe('reussie');
    expect(run.results).toHaveLength(3);
    for (const r of run.results) {
      expect(r.ok).toBe(true);
      expect(r.verified).toBe(true);
      expect(r.generation).toMatch(/^generations\//);
    }
    if (again.status === 202) await finished(owner.client, again.body.runId);
    const status = await owner.client.get('/api/backups');
    expect(status.body.status.destinations.map((d: { state: string }) => d.state)).toEqual(['ok', 'ok', 'ok']);
    expect(status.body.status.ok).toBe(true);
    expect(status.body.destinations.every((d: { lastSuccessAt: string | null }) => d.lastSuccessAt !== null)).toBe(true);
    for (const s of secrets()) expect(status.text).not.toContain(s);
  });

  it('runs the restore drill from every destination', async () => {
    const start = await owner.client.post('/api/backups/drill', {});
    expect(start.status, start.text).toBe(202);
    const run = await finished(owner.client, start.body.runId);
    expect(run.status, JSON.stringify(run.results)).toBe('reussie');
    expect(run.results.map((r: { message: string }) => r.message).join('\n')).toMatch(/Exercice de restauration réussi/);
    expect((await owner.client.get('/api/backups')).body.lastDrill.id).toBe(start.body.runId);
  });

  it('creates the paper recovery key once, and refuses to replace it silently', async () => {
    const res = await owner.client.post('/api/backups/recovery-key', {});
    expect(res.status, res.text).toBe(200);
    expect(res.body.text).toMatch(/AGE-SECRET-KEY-1/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const twice = await owner.client.post('/api/backups/recovery-key', {});
    expect(twice.status).toBe(409);
    const after = await owner.client.get('/api/backups');
    expect(after.body.keys.recoveryConfigured).toBe(true);
    expect(after.text).not.toContain('AGE-SECRET-KEY');
  });

  it('saves the schedule and retention', async () => {
    const bad = await owner.client.put('/api/backups/settings', { scheduleEnabled: true, scheduleHour: 25, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    expect(bad.status).toBe(400);
    const ok = await owner.client.put('/api/backups/settings', { scheduleEnabled: true, scheduleHour: 3, keepDaily: 5, keepWeekly: 2, keepMonthly: 6 });
    expect(ok.status, ok.text).toBe(200);
    expect((await owner.client.get('/api/backups')).body.settings).toMatchObject({ scheduleHour: 3, keepDaily: 5, keepWeekly: 2, keepMonthly: 6 });
  });

  it('refuses state changes without the CSRF token', async () => {
    const res = await owner.client.post('/api/backups/run', {}, { csrf: false });
    expect(res.status).toBe(403);
  });

  it('lets only the owner in: a collaborator sees nothing', async () => {
    const email = `collab-${dialect}-${Date.now()}@exemple.fr`;
    await addUser(owner.client, 'collaborator', email, OTHER_STRONG_PASSWORD);
    const collab = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expect((await collab.get('/api/backups')).status).toBe(403);
    expect((await collab.post('/api/backups/run', {})).status).toBe(403);
    expect((await collab.post('/api/backups/destinations', { config: { kind: 'local', path: disk } })).status).toBe(403);
  });

  it('removes a destination', async () => {
    const before = (await owner.client.get('/api/backups')).body.destinations;
    const del = await owner.client.delete(`/api/backups/destinations/${before[0].id}`);
    expect(del.status).toBe(204);
    expect((await owner.client.delete(`/api/backups/destinations/${before[0].id}`)).status).toBe(404);
    expect((await owner.client.get('/api/backups')).body.destinations).toHaveLength(before.length - 1);
  });

  it('on a shared host, owners only read the status; management is refused', async () => {
    const runId = (await owner.client.get('/api/backups')).body.runs[0].id;
    const other = await newOwner(env.url);
    for (const o of [owner, other]) {
      const res = await o.client.get('/api/backups');
      expect(res.status).toBe(200);
      expect(res.body.canManage).toBe(false);
      expect(res.body.destinations).toEqual([]);
      expect(res.body.keys).toBeNull();
      expect(res.body.runs.every((r: { results: unknown[] }) => r.results.length === 0)).toBe(true);
      expect(res.body.status.destinations.map((d: { label: string }) => d.label)).toEqual(['copie SFTP n° 1', 'copie S3 n° 2']);
      expect(res.text).not.toContain(ssh.host);
      expect(res.text).not.toContain(s3.endpoint);
      const run = await o.client.post('/api/backups/run', {});
      expect(run.status).toBe(403);
      expect(run.body.code).toBe('SAUVEGARDES_ADMINISTRATEUR');
      expect((await o.client.get(`/api/backups/runs/${runId}`)).status).toBe(403);
      expect((await o.client.post('/api/backups/destinations', { config: { kind: 'local', path: disk } })).status).toBe(403);
    }
  });
});
