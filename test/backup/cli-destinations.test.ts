// `rempart backup destinations …` as an administrator runs it: secrets from a file or the
// environment, never printed back; the connection is tested before anything is saved.
// Run in-process (commander's parseAsync, the real app on a real data folder): spawning the
// CLI ten times would cost seconds each on a loaded CI machine.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { destinationCommands } from '../../src/cli/backup-destinations.ts';
import { startSshServer, type SshServer } from './servers/sshd.ts';
import { startS3Server, type S3Server } from './servers/s3.ts';

const dir = mkdtempSync(join(tmpdir(), 'rempart-cli-dest-'));
const dataDir = join(dir, 'donnees');

async function rempart(args: string[], env: Record<string, string> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, { REMPART_DATA: dataDir, DATABASE_URL: '', ...env });
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  process.exitCode = 0;
  try {
    await destinationCommands().exitOverride().parseAsync(args, { from: 'user' });
    return { code: Number(process.exitCode ?? 0), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    process.exitCode = 0;
    process.env = saved;
  }
}

let ssh: SshServer;
let s3: S3Server;
beforeAll(async () => {
  [ssh, s3] = await Promise.all([startSshServer(), startS3Server()]);
});
afterAll(async () => {
  await Promise.all([ssh?.stop(), s3?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('rempart backup destinations', () => {
  it('adds, lists without secrets, tests and removes', async () => {
    const missing = await rempart(['add-local', join(dir, 'absent')]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/Erreur : Dossier introuvable/);

    const disk = join(dir, 'disque');
    rmSync(disk, { recursive: true, force: true });
    mkdirSync(disk);
    expect((await rempart(['add-local', disk, '--nom', 'Disque externe'])).out).toMatch(/Connexion réussie/);

    const keyFile = join(dir, 'cle');
    writeFileSync(keyFile, ssh.privateKey, { mode: 0o600 });
    const sftp = await rempart(['add-sftp', '--hote', ssh.host, '--port', String(ssh.port), '--utilisateur', ssh.username, '--chemin', join(ssh.root, 'cli'), '--cle', keyFile]);
    expect(sftp.code, sftp.out).toBe(0);
    expect(sftp.out).toContain(ssh.hostKeySha256);

    const noSecret = await rempart(['add-s3', '--endpoint', s3.endpoint, '--region', 'fr-par', '--bucket', s3.bucket, '--cle-acces', s3.accessKeyId]);
    expect(noSecret.code).toBe(1);
    expect(noSecret.out).toContain('REMPART_S3_SECRET');
    const withSecret = await rempart(['add-s3', '--endpoint', s3.endpoint, '--region', 'fr-par', '--bucket', s3.bucket, '--cle-acces', s3.accessKeyId], { REMPART_S3_SECRET: 'secret-cli-tres-prive' });
    expect(withSecret.code, withSecret.out).toBe(0);

    const list = await rempart(['list']);
    expect(list.out).toContain('Disque externe');
    expect(list.out).toContain(`sftp://${ssh.username}@${ssh.host}:${ssh.port}`);
    expect(list.out).toContain(`bucket ${s3.bucket}`);
    expect(list.out).not.toContain('secret-cli-tres-prive');
    expect(list.out).not.toContain(ssh.privateKey.split('\n')[1]);

    const ids = [...list.out.matchAll(/^([0-9a-f-]{36}) /gm)].map((m) => m[1]!);
    expect(ids).toHaveLength(3);
    expect((await rempart(['test', ids[1]!])).out).toMatch(/Connexion réussie/);
    expect((await rempart(['remove', ids[0]!])).out).toMatch(/Destination retirée/);
    expect((await rempart(['remove', ids[0]!])).code).toBe(1);
    expect([...(await rempart(['list'])).out.matchAll(/^[0-9a-f-]{36} /gm)]).toHaveLength(2);
  });
});
