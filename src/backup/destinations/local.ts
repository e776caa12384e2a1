// A local folder (typically an external disk). put() writes .tmp-<random> in the final folder,
// fsyncs it, then renames: an object is either absent or complete, even if the disk is
// unplugged mid-write. Backup pieces are fsynced together by flush() before the manifest
// that references them is written. Leftover .tmp- files are invisible to list() and removed by sweep().
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { invalid } from '../../core/errors.ts';
import type { Destination, DestinationObject, PutOptions } from '../destination.ts';
import { destinationError } from '../errors.ts';

const TMP = '.tmp-';
const FLUSH_PARALLEL = 8;

export class LocalDestination implements Destination {
  readonly kind = 'local' as const;
  readonly label: string;
  readonly root: string;
  private readonly unsynced = new Set<string>();

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
      await stat(this.root); // an unplugged disk must fail, not be recreated as an empty folder
      await mkdir(dirname(final), { recursive: true, mode: 0o700 });
      const tmp = join(dirname(final), `${TMP}${randomBytes(6).toString('hex')}`);
      try {
        if (Buffer.isBuffer(body)) {
          const h = await open(tmp, 'wx', 0o600);
          try {
            await h.writeFile(body);
            if (!options.flushLater) await h.sync();
          } finally {
            await h.close();
          }
          if (options.flushLater) this.unsynced.add(final);
        } else {
          await pipeline(body, createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true }));
        }
        await rename(tmp, final);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    });
  }

  /** fsyncs the objects put with `flushLater`, several at a time (the kernel has written most already). */
  async flush(): Promise<void> {
    const paths = [...this.unsynced];
    this.unsynced.clear();
    await this.wrap(async () => {
      for (let i = 0; i < paths.length; i += FLUSH_PARALLEL) {
        await Promise.all(
          paths.slice(i, i + FLUSH_PARALLEL).map(async (p) => {
            const h = await open(p, 'r');
            try {
              await h.sync();
            } finally {
              await h.close();
            }
          }),
        );
      }
    });
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
            out.push({ key, size: (await stat(join(dir, e.name))).size });
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

  /** Removes temporary files left by an interrupted write. */
  async sweep(): Promise<number> {
    let n = 0;
    const walk = async (dir: string): Promise<void> => {
      for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const p = join(dir, e.name);
        if (e.name.startsWith(TMP)) {
          await rm(p, { force: true, recursive: true });
          n++;
        } else if (e.isDirectory()) await walk(p);
      }
    };
    await walk(this.root);
    return n;
  }

  async close(): Promise<void> {}

  /** True when path is this destination's folder or inside it (it must not back itself up). */
  contains(path: string): boolean {
    const p = resolve(path);
    return p === this.root || p.startsWith(this.root + sep);
  }
}
