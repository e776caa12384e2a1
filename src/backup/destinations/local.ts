// A local folder (typically an external disk). put() writes .tmp-<random> in the final folder,
// fsyncs it, then renames: an object is either absent or complete, even if the disk is
// unplugged mid-write. Backup pieces (put « flush later ») are renamed at once and fsynced in
// the background, two at a time, while the next ones are encrypted; flush() waits for them before
// the manifest that references them is written. Leftover .tmp- files are invisible to list()
// and removed by sweep().
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { invalid } from '../../core/errors.ts';
import type { Destination, DestinationObject, PutOptions } from '../destination.ts';
import { LOCKS_PREFIX } from '../../core/backup/lock.ts';
import { destinationError } from '../errors.ts';

const TMP = '.tmp-';

async function writeAll(h: FileHandle, body: Buffer): Promise<void> {
  for (let at = 0; at < body.length; ) at += (await h.write(body, at, body.length - at, at)).bytesWritten;
}
/** fsyncs running at once (each holds a thread of libuv's pool of four). */
const SYNC_PARALLEL = 2;
/** « Flush later » pieces open (being written, or waiting for their fsync) before put() waits: bounds open files on a slow disk. */
const SYNC_BACKLOG = 16;

export class LocalDestination implements Destination {
  readonly kind = 'local' as const;
  readonly label: string;
  readonly root: string;
  /** Written pieces whose fsync has not started, with their open handle. */
  private readonly toSync: FileHandle[] = [];
  private syncing = 0;
  /** « Flush later » puts writing their file. */
  private opened = 0;
  private syncError: unknown = null;
  private readonly syncIdle: (() => void)[] = [];
  /** Folders known to exist: a piece's folder is created once, not checked at every put. */
  private readonly folders = new Set<string>();

  constructor(root: string, label?: string) {
    this.root = resolve(root);
    this.label = label ?? `dossier ${this.root}`;
  }

  private path(key: string): string {
    if (key === '' || key.split('/').some((s) => s === '' || s === '.' || s === '..' || s.startsWith(TMP))) throw invalid('CLE_INVALIDE', `Nom d’objet invalide : ${key}`);
    return join(this.root, ...key.split('/'));
  }

  private async wrap<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw destinationError(err, this.label);
    }
  }

  async test(): Promise<void> {
    await this.wrap(async () => {
      const s = await stat(this.root);
      if (!s.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      const probe = join(this.root, `${TMP}test-${randomBytes(4).toString('hex')}`);
      const h = await open(probe, 'wx', 0o600);
      await h.writeFile('rempart');
      await h.sync();
      await h.close();
      await rm(probe, { force: true });
    });
  }

  async put(key: string, body: Buffer | Readable, _size?: number, options: PutOptions = {}): Promise<void> {
    const final = this.path(key);
    await this.wrap(async () => {
      const folder = dirname(final);
      if (!this.folders.has(folder)) {
        await stat(this.root); // an unplugged disk must fail, not be recreated as an empty folder
        await mkdir(folder, { recursive: true, mode: 0o700 });
        this.folders.add(folder); // if the disk goes, opening in this folder fails (ENOENT)
      }
      const tmp = join(folder, `${TMP}${randomBytes(6).toString('hex')}`);
      try {
        if (!Buffer.isBuffer(body)) await pipeline(body, createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true }));
        else if (options.flushLater) return await this.writeLater(tmp, final, body);
        else {
          const h = await open(tmp, 'wx', 0o600);
          try {
            await writeAll(h, body);
            await h.sync();
          } finally {
            await h.close();
          }
        }
        await rename(tmp, final);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    });
  }

  /** Writes and renames at once; the fsync comes later, in the background (see pumpSync). */
  private async writeLater(tmp: string, final: string, body: Buffer): Promise<void> {
    while (this.opened + this.toSync.length + this.syncing >= SYNC_BACKLOG) await this.whenSyncMoves();
    this.opened++;
    let h: FileHandle | null = null;
    try {
      h = await open(tmp, 'wx', 0o600);
      await writeAll(h, body);
      await rename(tmp, final);
    } catch (err) {
      await h?.close();
      this.opened--;
      this.moved(); // its place is free
      throw err;
    }
    this.opened--;
    this.toSync.push(h);
    this.pumpSync();
  }

  private pumpSync(): void {
    while (this.syncing < SYNC_PARALLEL && this.toSync.length > 0) {
      const h = this.toSync.shift()!;
      this.syncing++;
      void h
        .datasync()
        .catch((err: unknown) => {
          this.syncError ??= err;
        })
        .finally(() => h.close().catch(() => {}))
        .finally(() => {
          this.syncing--;
          this.pumpSync();
          this.moved();
        });
    }
  }

  private moved(): void {
    for (const wake of this.syncIdle.splice(0)) wake();
  }

  private whenSyncMoves(): Promise<void> {
    return new Promise((resolve) => this.syncIdle.push(resolve));
  }

  private async synced(): Promise<void> {
    while (this.syncing > 0 || this.toSync.length > 0) await this.whenSyncMoves();
  }

  /** Waits until every piece put with `flushLater` is on the disk; reports a failed fsync. */
  async flush(): Promise<void> {
    await this.synced();
    const err = this.syncError;
    this.syncError = null;
    if (err) throw destinationError(err, this.label);
  }

  async get(key: string): Promise<Readable> {
    const p = this.path(key);
    await this.wrap(() => stat(p));
    return createReadStream(p, { highWaterMark: 1024 * 1024 });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw destinationError(err, this.label);
    }
  }

  async list(prefix: string): Promise<DestinationObject[]> {
    return this.wrap(async () => {
      await stat(this.root);
      const out: DestinationObject[] = [];
      const walk = async (dir: string, rel: string) => {
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw err;
        }
        for (const e of entries) {
          if (e.name.startsWith(TMP)) continue;
          const key = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) {
            if (prefix.startsWith(key + '/') || key.startsWith(prefix) || prefix === '') await walk(join(dir, e.name), key);
          } else if (e.isFile() && key.startsWith(prefix)) {
            // another process may remove it between readdir and stat (a lock given up): it is gone, not the folder
            const size = await stat(join(dir, e.name)).then(
              (s) => s.size,
              (err: NodeJS.ErrnoException) => {
                if (err.code === 'ENOENT') return null;
                throw err;
              },
            );
            if (size !== null) out.push({ key, size });
          }
        }
      };
      await walk(this.root, '');
      return out.sort((a, b) => a.key.localeCompare(b.key));
    });
  }

  async delete(key: string): Promise<void> {
    await this.wrap(() => rm(this.path(key), { force: true }));
  }

  /**
   * Removes temporary files left by an interrupted write — not in `locks/`, where another run or a reader may be
   * writing its lock at this very moment (tmp, then rename): sweeping it there made that rename fail (ENOENT, read as
   * « Dossier introuvable »). A lock's leftover temporary file is never listed, and is tiny.
   */
  async sweep(): Promise<number> {
    let n = 0;
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const p = join(dir, e.name);
        if (e.name.startsWith(TMP)) {
          await rm(p, { force: true, recursive: true });
          n++;
        } else if (e.isDirectory() && !(dir === this.root && `${e.name}/` === LOCKS_PREFIX)) await walk(p);
      }
    };
    await walk(this.root);
    return n;
  }

  async close(): Promise<void> {
    await this.synced();
  }

  /** True when path is this destination's folder or inside it (it must not back itself up). */
  contains(path: string): boolean {
    const p = resolve(path);
    return p === this.root || p.startsWith(this.root + sep);
  }
}
