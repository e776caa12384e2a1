// SFTP destination (a NAS, a rented server, a friend's machine): password or private-key login,
// the server's host key pinned at the first connection test, atomic writes by upload under a
// temporary name then rename (posix-rename@openssh.com, which replaces atomically).
import { createHash, randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import { PassThrough, pipeline, Transform, type Readable } from 'node:stream';
import type { SFTPWrapper } from 'ssh2';
import SftpClient from 'ssh2-sftp-client';
import { DomainError, invalid } from '../../core/errors.ts';
import type { Destination, DestinationObject } from '../destination.ts';
import { networkFailure, remoteError, type RemoteFailure } from './remote-errors.ts';

export interface SftpConfig {
  host: string;
  port: number;
  username: string;
  password?: string;
  privateKey?: string;
  /** Base folder on the server; created if missing. */
  path: string;
  /** `SHA256:…` as printed by `ssh-keygen -lf`; absent until the first connection test. */
  hostKeySha256?: string;
}

const TEMP_MARK = '.partiel-';
const READY_TIMEOUT_MS = 10_000;

/** The OpenSSH-style fingerprint of a raw host key blob. */
export function hostKeyFingerprint(key: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
}

export function sftpFailure(err: unknown, writing = false): RemoteFailure {
  const e = err as { code?: string | number; message?: string; level?: string };
  const text = String(e.message ?? '');
  if (e.level === 'client-authentication' || /authentication methods failed|All configured authentication/i.test(text)) return 'credentials';
  const net = networkFailure(err);
  if (net) return net;
  if (/No space|quota|disk full/i.test(text)) return 'full';
  // OpenSSH's server answers SSH_FX_FAILURE (4) to a write that hits ENOSPC.
  if (writing && (e.code === 4 || /\bFailure\b/.test(text))) return 'full';
  if (e.code === 'ENOENT' || e.code === 2 || e.code === 'ERR_BAD_PATH' || /No such file|Bad path|not a directory/i.test(text)) return 'path_not_found';
  if (e.code === 'EACCES' || e.code === 3 || /Permission denied/i.test(text)) return 'permission';
  return 'unknown';
}

const WRITE_PIECE = 32 * 1024;
const WRITES_IN_FLIGHT = 32;

/**
 * Writes a buffer with many SFTP write requests in flight (as `fastPut` does for files): one
 * request at a time would make every 32 KiB wait a network round trip, about 1 MB/s at 30 ms.
 */
async function writeBuffer(client: SftpClient, path: string, data: Buffer): Promise<void> {
  const sftp = (client as unknown as { sftp: SFTPWrapper }).sftp;
  const handle = await new Promise<Buffer>((resolve, reject) => sftp.open(path, 'w', { mode: 0o600 }, (err, h) => (err ? reject(err) : resolve(h))));
  let failure: unknown = null;
  try {
    let next = 0;
    const worker = async () => {
      while (next < data.length && !failure) {
        const at = next;
        next += WRITE_PIECE;
        const length = Math.min(WRITE_PIECE, data.length - at);
        await new Promise<void>((resolve, reject) => sftp.write(handle, data, at, length, at, (err) => (err ? reject(err) : resolve())));
      }
    };
    await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, () => worker().catch((err: unknown) => (failure ??= err))));
    if (failure) throw failure;
  } finally {
    await new Promise<void>((resolve) => sftp.close(handle, () => resolve()));
  }
}

export class SftpDestination implements Destination {
  readonly kind = 'sftp' as const;
  readonly label: string;
  /** The fingerprint seen at the last connection, so the caller can pin it. */
  observedHostKey: string | null = null;
  private client: SftpClient | null = null;
  private connecting: Promise<SftpClient> | null = null;
  private readonly madeDirs = new Map<string, Promise<void>>();
  private readonly base: string;

  constructor(
    private readonly config: SftpConfig,
    private readonly options: { timeoutMs?: number } = {},
  ) {
    this.label = `serveur SFTP ${config.host}:${config.port}`;
    this.base = config.path.replace(/\/+$/, '') || '.';
  }

  private fail(err: unknown, writing = false): DomainError {
    if (err instanceof DomainError) return err;
    return remoteError(sftpFailure(err, writing), this.label, err);
  }

  private remote(key: string): string {
    if (key.split('/').some((p) => p === '..' || p === '')) throw new Error(`clé d’objet invalide : ${key}`);
    return posix.join(this.base, key);
  }

  private async connection(): Promise<SftpClient> {
    if (this.client) return this.client;
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<SftpClient> {
    const client = new SftpClient('rempart-backup');
    let keyChanged = false;
    try {
      await client.connect({
        host: this.config.host,
        port: this.config.port,
        username: this.config.username,
        ...(this.config.password ? { password: this.config.password } : {}),
        ...(this.config.privateKey ? { privateKey: this.config.privateKey } : {}),
        readyTimeout: this.options.timeoutMs ?? READY_TIMEOUT_MS,
        // A long upload through a NAT or a home router must not lose an idle-looking connection.
        keepaliveInterval: 15_000,
        keepaliveCountMax: 4,
        // Keyboard-interactive prompts cannot be answered by a scheduled job.
        tryKeyboard: false,
        hostVerifier: (key: Buffer) => {
          this.observedHostKey = hostKeyFingerprint(key);
          keyChanged = !!this.config.hostKeySha256 && this.config.hostKeySha256 !== this.observedHostKey;
          return !keyChanged;
        },
      });
    } catch (err) {
      await client.end().catch(() => undefined);
      if (keyChanged) throw remoteError('host_key_changed', this.label, err);
      if (/passphrase|Cannot parse privateKey|Unsupported key format/i.test((err as Error).message ?? '')) {
        // An unattended job cannot type a passphrase: say so rather than « échec de l’échange ».
        throw invalid('SFTP_CLE_ILLISIBLE', 'Clé privée illisible ou protégée par une phrase de passe : utilisez une clé OpenSSH sans phrase de passe, réservée aux sauvegardes.');
      }
      throw this.fail(err);
    }
    // A dropped connection is reopened by the next call rather than failing every later one.
    client.on('close', () => {
      if (this.client === client) this.client = null;
    });
    this.client = client;
    return client;
  }

  /** mkdir -p, shared by concurrent uploads into the same new folder. */
  private mkdirp(dir: string): Promise<void> {
    let made = this.madeDirs.get(dir);
    if (!made) {
      made = (async () => {
        const client = await this.connection();
        if (await client.exists(dir)) return;
        try {
          await client.mkdir(dir, true);
        } catch (err) {
          // Created meanwhile by another client: fine.
          if ((await client.exists(dir)) !== 'd') throw err;
        }
      })();
      made.catch(() => this.madeDirs.delete(dir));
      this.madeDirs.set(dir, made);
    }
    return made;
  }

  async test(): Promise<void> {
    try {
      await this.mkdirp(this.base);
      // Writing, renaming and deleting a probe proves every operation a backup needs.
      const probe = `.test-rempart-${randomBytes(4).toString('hex')}`;
      await this.put(probe, Buffer.from('rempart\n'));
      await this.delete(probe);
    } catch (err) {
      throw this.fail(err, true);
    }
  }

  async put(key: string, body: Buffer | Readable, _size?: number): Promise<void> {
    const target = this.remote(key);
    const temp = `${target}${TEMP_MARK}${randomBytes(6).toString('hex')}`;
    try {
      await this.mkdirp(posix.dirname(target));
      const client = await this.connection();
      // ssh2-sftp-client can report success for a write the server refused (seen with a full
      // disk: a 1 MiB file for 3 MiB sent), so count what was sent and compare with what landed.
      let sent = 0;
      if (Buffer.isBuffer(body)) {
        sent = body.length;
        await writeBuffer(client, temp, body);
      } else {
        const counter = new Transform({
          transform(part: Buffer, _enc, done) {
            sent += part.length;
            done(null, part);
          },
        });
        pipeline(body, counter, () => undefined);
        await client.put(counter, temp);
      }
      if ((await client.stat(temp)).size !== sent) throw remoteError('full', this.label);
      try {
        await client.posixRename(temp, target);
      } catch (err) {
        // Servers without posix-rename: plain rename refuses an existing target, so remove it
        // first (only then: any other failure must not cost the existing object).
        if (!/not support|unsupported|extension/i.test((err as Error).message ?? '')) throw err;
        await client.delete(target, true);
        await client.rename(temp, target);
      }
    } catch (err) {
      await this.client?.delete(temp, true).catch(() => undefined);
      throw this.fail(err, true);
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.remote(key);
    try {
      const client = await this.connection();
      if (!(await client.exists(path))) throw remoteError('path_not_found', this.label);
      // The SFTP read stream closes its remote handle after the last byte; if the connection
      // drops at that moment the late close error would have no listener and crash the process.
      // Forward errors to the stream handed out (a no-op once it has ended and been read).
      const source = client.createReadStream(path) as unknown as Readable;
      const out = new PassThrough();
      source.on('error', (err) => out.destroy(err));
      source.pipe(out);
      return out;
    } catch (err) {
      throw this.fail(err);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await (await this.connection()).exists(this.remote(key))) === '-';
    } catch (err) {
      throw this.fail(err);
    }
  }

  async list(prefix: string): Promise<DestinationObject[]> {
    // Walk from the deepest folder named by the prefix, then filter on the rest of it.
    const dir = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const out: DestinationObject[] = [];
    try {
      const client = await this.connection();
      const start = dir ? this.remote(dir) : this.base;
      if (!(await client.exists(start))) return [];
      const walk = async (remoteDir: string, keyDir: string): Promise<void> => {
        for (const entry of await client.list(remoteDir)) {
          const key = keyDir ? `${keyDir}/${entry.name}` : entry.name;
          if (entry.type === 'd') await walk(posix.join(remoteDir, entry.name), key);
          else if (entry.type === '-' && !entry.name.includes(TEMP_MARK) && key.startsWith(prefix)) out.push({ key, size: entry.size });
        }
      };
      await walk(start, dir);
    } catch (err) {
      throw this.fail(err);
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async delete(key: string): Promise<void> {
    try {
      await (await this.connection()).delete(this.remote(key), true);
    } catch (err) {
      throw this.fail(err);
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
