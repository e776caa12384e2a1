// The `rempart` binary as an operator runs it, on a real data folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, defaultConfig } from '../src/app.ts';
import { emailIndex } from '../src/accounts/identity.ts';
import { STRONG_PASSWORD } from './helpers/http.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'rempart-cli-'));

async function rempart(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, ['bin/rempart.js', ...args], { env: { ...process.env, REMPART_DATA: dataDir, DATABASE_URL: '', ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function withApp<T>(fn: (app: Awaited<ReturnType<typeof createApp>>) => Promise<T>): Promise<T> {
  const app = await createApp({ ...defaultConfig({}), dataDir });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Each command starts a process through tsx: slow on a busy machine, hence the longer timeout.
describe('rempart CLI', { timeout: 120_000 }, () => {
  let recoveryKey = '';

  it('prints help in French', async () => {
    const r = await rempart(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('serve');
    expect(r.stdout).toContain('admin');
    expect((await rempart(['admin', '--help'])).stdout).toMatch(/create-tenant[\s\S]*create-user[\s\S]*reset-2fa/);
  });

  it('creates a tenant and prints the recovery key once', async () => {
    const r = await rempart(['admin', 'create-tenant', '--raison-sociale', 'Coaching Soleil', '--email', 'sam@soleil.example', '--nom', 'Sam Soleil', '--activite', 'coaching_formation'], { REMPART_PASSWORD: STRONG_PASSWORD });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    recoveryKey = /([0-9A-Z]{4}-){7}[0-9A-Z]{4}/.exec(r.stdout)![0];
  });

  it('refuses a weak password or a missing one with a French error and creates nothing', async () => {
    const weak = await rempart(['admin', 'create-tenant', '--raison-sociale', 'X', '--email', 'weak@soleil.example', '--nom', 'X'], { REMPART_PASSWORD: 'soleil123' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Mot de passe trop faible');
    const none = await rempart(['admin', 'create-tenant', '--raison-sociale', 'X', '--email', 'none@soleil.example', '--nom', 'X'], { REMPART_PASSWORD: '' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('REMPART_PASSWORD');
    await withApp(async (app) => {
      expect(await app.repos.authLookup.userByEmailIndex(emailIndex(app, 'weak@soleil.example'))).toBeUndefined();
    });
  });

  it('adds a user only with the right recovery key', async () => {
    const args = ['admin', 'create-user', '--owner', 'sam@soleil.example', '--email', 'lea@soleil.example', '--nom', 'Léa', '--role', 'accountant'];
    const wrong = await rempart(args, { REMPART_PASSWORD: STRONG_PASSWORD, REMPART_RECOVERY_KEY: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Clé de récupération incorrecte');
    const ok = await rempart(args, { REMPART_PASSWORD: STRONG_PASSWORD, REMPART_RECOVERY_KEY: recoveryKey });
    expect(ok.code).toBe(0);
    await withApp(async (app) => {
      const lea = await app.repos.authLookup.userByEmailIndex(emailIndex(app, 'lea@soleil.example'));
      expect(lea?.role).toBe('accountant');
      expect(lea?.wrapped_data_key).not.toBeNull();
    });
  });

  it('resets 2FA with the recovery key, and journals it', async () => {
    await withApp(async (app) => {
      const sam = (await app.repos.authLookup.userByEmailIndex(emailIndex(app, 'sam@soleil.example')))!;
      await app.repos.users(sam.tenant_id).update(sam.id, { totp_enabled: 1, totp_secret_enc: 'v1:x' });
    });
    const wrong = await rempart(['admin', 'reset-2fa', '--email', 'sam@soleil.example'], { REMPART_RECOVERY_KEY: 'nope' });
    expect(wrong.code).toBe(1);
    const ok = await rempart(['admin', 'reset-2fa', '--email', 'sam@soleil.example'], { REMPART_RECOVERY_KEY: recoveryKey.toLowerCase() });
    expect(ok.code).toBe(0);
    await withApp(async (app) => {
      const sam = (await app.repos.authLookup.userByEmailIndex(emailIndex(app, 'sam@soleil.example')))!;
      expect(sam.totp_enabled).toBe(0);
      const actions = (await app.repos.journal.all(sam.tenant_id)).map((e) => e.action);
      expect(actions).toContain('2fa.reinitialisee_admin');
    });
  });

  it('check reports each point honestly, and follows the real 2FA setting', async () => {
    const parse = (out: string) => JSON.parse(out) as { resultats: { id: string; outcome: string; detail: string }[] };
    const r = await rempart(['check', '--format', 'json', '--email', 'sam@soleil.example']);
    expect([0, 2]).toContain(r.code);
    const results = parse(r.stdout).resultats;
    expect(results.map((x) => x.id)).toEqual(['disque-chiffre', 'mises-a-jour', 'mot-de-passe', 'double-authentification', 'journal', 'sauvegardes']);
    for (const x of results) expect(['ok', 'probleme', 'non-verifiable']).toContain(x.outcome);
    expect(results.find((x) => x.id === 'double-authentification')!.outcome).toBe('probleme');
    expect(results.find((x) => x.id === 'journal')!.outcome).toBe('ok');
    expect(results.find((x) => x.id === 'sauvegardes')!.outcome).toBe('non-verifiable');
    expect(r.code).toBe(2);

    await withApp(async (app) => {
      for (const u of await app.repos.users((await app.repos.authLookup.userByEmailIndex(emailIndex(app, 'sam@soleil.example')))!.tenant_id).list()) {
        await app.repos.users(u.tenant_id).update(u.id, { totp_enabled: 1 });
      }
    });
    const after = parse((await rempart(['check', '--format', 'json', '--email', 'sam@soleil.example'])).stdout).resultats;
    expect(after.find((x) => x.id === 'double-authentification')!.outcome).toBe('ok');

    const text = await rempart(['check']);
    expect(text.stdout).toContain('non vérifiable ici');
  }, 120_000);

  it('explains an unknown account', async () => {
    const r = await rempart(['admin', 'reset-2fa', '--email', 'personne@soleil.example'], { REMPART_RECOVERY_KEY: recoveryKey });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Aucun compte');
  });
});
