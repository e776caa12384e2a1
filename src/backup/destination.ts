// A place where backups go: a local folder (external disk), an SFTP server, an S3 bucket.
// Objects are immutable blobs under '/'-separated keys. put() must be atomic: an object is
// either absent or complete (temporary name then rename, or a single S3 PUT).
import type { Readable } from 'node:stream';

export interface DestinationObject {
  key: string;
  size: number;
}

export interface PutOptions {
  /**
   * The object may reach the disk later, at the next flush(): a backup writes hundreds of
   * pieces, then flushes them all before writing the manifest that makes them part of a
   * generation (one fsync per piece, waited for one at a time, cost a third of the run).
   */
  flushLater?: boolean;
}

export interface Destination {
  readonly kind: 'local' | 'sftp' | 's3';
  /** A short French label for reports, e.g. « dossier /media/disque ». Never a secret. */
  readonly label: string;
  /** Connection test: throws a DomainError with a French message when it fails. */
  test(): Promise<void>;
  put(key: string, body: Buffer | Readable, size?: number, options?: PutOptions): Promise<void>;
  /** Makes every object put with `flushLater` durable (a local disk); absent where puts are durable at once. */
  flush?(): Promise<void>;
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  list(prefix: string): Promise<DestinationObject[]>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}
