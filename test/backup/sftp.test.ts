// The SFTP destination against a real OpenSSH server on loopback.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SftpDestination, sftpFailure, type SftpConfig } from '../../src/backup/destinations/sftp.ts';
import { freePort } from '../helpers/free-port.ts';
import { startSshServer, silentServer, type SshServer } from './servers/sshd.ts';
import { destinationContract } from './servers/contract.ts';
import { backupRoundTrip } from './servers/round-trip.ts';

function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'rempart-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmdirSync(probe);
  }
}

let ssh: SshServer;
beforeAll(async () => {
  ssh = await startSshServer();
});
afterAll(async () => {
  await ssh?.stop();
});

const config = (over: Partial<SftpConfig> = {}): SftpConfig => ({
  host: ssh.host,
  port: ssh.port,
  username: ssh.username,
  privateKey: ssh.privateKey,
  path: join(ssh.root, 'sauvegardes', 'rempart'),
  hostKeySha256: ssh.hostKeySha256,
  ...over,
});

describe('SFTP destination', () => {
  backupRoundTrip('sftp', () => new SftpDestination(config({ path: join(ssh.root, 'aller-retour') })));
  destinationContract('sftp', () => new SftpDestination(config()));

  it('creates the base folder and writes through the real server', async () => {
    const dest = new SftpDestination(config({ path: join(ssh.root, 'neuf', 'a', 'b') }));
    await dest.put('generations/g.age', Buffer.from('x'));
    await dest.close();
    expect(readdirSync(join(ssh.root, 'neuf', 'a', 'b', 'generations'))).toEqual(['g.age']);
  });

  it('records the host key on first connection, as ssh-keygen prints it', async () => {
    const dest = new SftpDestination(config({ hostKeySha256: undefined }));
    await dest.test();
    await dest.close();
    expect(dest.observedHostKey).toBe(ssh.hostKeySha256);
  });

  it('refuses a changed host key', async () => {
    const path = join(ssh.root, 'jamais-cree');
    const dest = new SftpDestination(config({ path, hostKeySha256: 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_CLE_HOTE_CHANGEE', message: expect.stringContaining('clé d’hôte') });
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a key the server does not know, and a wrong password', async () => {
    const byKey = new SftpDestination(config({ privateKey: ssh.wrongPrivateKey }));
    await expect(byKey.test()).rejects.toMatchObject({ code: 'DESTINATION_IDENTIFIANTS_REFUSES', message: expect.stringContaining('Identifiants refusés') });
    const byPassword = new SftpDestination(config({ privateKey: undefined, password: 'pas-le-bon' }));
    await expect(byPassword.test()).rejects.toMatchObject({ code: 'DESTINATION_IDENTIFIANTS_REFUSES' });
  });

  it('explains that a passphrase-protected key cannot be used unattended', async () => {
    const file = join(ssh.root, '..', 'cle-protegee');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'phrase secrète', '-f', file]);
    const dest = new SftpDestination(config({ privateKey: readFileSync(file, 'utf8') }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'SFTP_CLE_ILLISIBLE', message: expect.stringContaining('phrase de passe') });
  });

  it('says « délai dépassé » when the server never answers', async () => {
    const silent = await silentServer();
    try {
      const dest = new SftpDestination(config({ port: silent.port }), { timeoutMs: 300 });
      await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_DELAI_DEPASSE', message: expect.stringContaining('Délai dépassé') });
    } finally {
      await silent.close();
    }
  });

  it('says « connexion refusée » when nothing listens', async () => {
    const dest = new SftpDestination(config({ port: await freePort() }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_CONNEXION_REFUSEE', message: expect.stringContaining('Connexion refusée') });
  });

  it('says the path is missing when the base cannot be created', async () => {
    writeFileSync(join(ssh.root, 'un-fichier'), 'x');
    const dest = new SftpDestination(config({ path: join(ssh.root, 'un-fichier', 'dessous') }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_CHEMIN_INTROUVABLE', message: expect.stringContaining('Chemin introuvable') });
  });

  // A real full disk needs a small filesystem: a 1 MiB tmpfs when the tests run as root (CI
  // containers); elsewhere the mapping test below still covers the answer.
  it.skipIf(!canMountTmpfs())('says « espace insuffisant » when the server disk is full (real 1 MiB tmpfs)', async () => {
    const small = join(ssh.root, 'petit-disque');
    mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]);
    const dest = new SftpDestination(config({ path: small }));
    try {
      await expect(dest.put('chunks/gros', randomBytes(3 * 1024 * 1024))).rejects.toMatchObject({ code: 'DESTINATION_PLEINE', message: expect.stringContaining('Espace insuffisant') });
      expect(await dest.list('')).toEqual([]);
    } finally {
      await dest.close();
      execFileSync('umount', [small]);
    }
  });

  it('maps a write failure (SSH_FX_FAILURE, what OpenSSH answers to ENOSPC) to « espace insuffisant »', () => {
    expect(sftpFailure(Object.assign(new Error('put: Failure /x'), { code: 4 }), true)).toBe('full');
    expect(sftpFailure(new Error('write: No space left on device'))).toBe('full');
    expect(sftpFailure(Object.assign(new Error('put: Failure /x'), { code: 4 }), false)).toBe('unknown');
  });
});
