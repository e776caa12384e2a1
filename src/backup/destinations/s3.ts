// S3-compatible destination (AWS, Scaleway, OVH, Backblaze B2, MinIO, Garage…). A PutObject is
// atomic on S3: an interrupted upload leaves no object, so no temporary name is needed.
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { DomainError } from '../../core/errors.ts';
import type { Destination, DestinationObject } from '../destination.ts';
import { networkFailure, remoteError, type RemoteFailure } from './remote-errors.ts';

export interface S3Config {
  /** Absent for AWS itself; e.g. https://s3.fr-par.scw.cloud for others. */
  endpoint?: string;
  region: string;
  bucket: string;
  prefix?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (endpoint/bucket/key): what most self-hosted servers expect. */
  forcePathStyle?: boolean;
}

export function s3Failure(err: unknown): RemoteFailure {
  const name = (err as { name?: string; Code?: string }).name ?? '';
  const status = err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined;
  if (name === 'NoSuchBucket') return 'bucket_not_found';
  if (['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'InvalidToken', 'ExpiredToken', 'AuthorizationHeaderMalformed'].includes(name)) return 'credentials';
  if (['EntityTooLarge', 'QuotaExceeded', 'XMinioStorageFull', 'InsufficientStorage'].includes(name) || status === 507) return 'full';
  if (name === 'AccessDenied' || status === 403) return 'permission';
  // HEAD answers carry no body, hence no error name: only the status tells.
  if (status === 404) return 'bucket_not_found';
  return networkFailure(err) ?? 'unknown';
}

async function toBuffer(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.isBuffer(part) ? part : Buffer.from(part));
  return Buffer.concat(parts);
}

export class S3Destination implements Destination {
  readonly kind = 's3' as const;
  readonly label: string;
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(
    private readonly config: S3Config,
    options: { timeoutMs?: number } = {},
  ) {
    // Rempart supports Node 20 and pins this SDK; the SDK's notice about its future versions
    // would otherwise land in every cron mail of `rempart backup run`.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const host = config.endpoint ? new URL(config.endpoint).host : `s3.${config.region}.amazonaws.com`;
    this.label = `bucket S3 « ${config.bucket} » (${host})`;
    this.prefix = (config.prefix ?? '').replace(/^\/+|\/+$/g, '');
    if (this.prefix) this.prefix += '/';
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle ?? !!config.endpoint,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Many S3-compatible servers reject the SDK's default trailing CRC checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 2,
      // Without these a silent endpoint would hang a scheduled run for ever: the SDK only warns
      // on requestTimeout unless told to throw. socketTimeout = no byte for that long.
      requestHandler: {
        connectionTimeout: options.timeoutMs ?? 10_000,
        socketTimeout: options.timeoutMs ?? 60_000,
        requestTimeout: 10 * 60_000,
        throwOnRequestTimeout: true,
      },
    });
  }

  private fail(err: unknown): DomainError {
    if (err instanceof DomainError) return err;
    return remoteError(s3Failure(err), this.label, err);
  }

  private objectKey(key: string): string {
    if (key.split('/').some((p) => p === '..' || p === '')) throw new Error(`clé d’objet invalide : ${key}`);
    return this.prefix + key;
  }

  async test(): Promise<void> {
    try {
      // A probe write rather than HeadBucket: HEAD answers carry no error name, so a refused
      // key and a missing right would look the same.
      const probe = `.test-rempart-${Date.now().toString(36)}`;
      await this.put(probe, Buffer.from('rempart\n'));
      await this.delete(probe);
    } catch (err) {
      throw this.fail(err);
    }
  }

  async put(key: string, body: Buffer | Readable, size?: number): Promise<void> {
    // Without a known length the SDK would need a multipart upload (lib-storage, not installed):
    // buffer instead, which is fine since chunks are at most a few MiB.
    const payload = Buffer.isBuffer(body) || size !== undefined ? body : await toBuffer(body);
    const length = Buffer.isBuffer(payload) ? payload.length : size;
    // The SDK does not abort the request when the body stream fails: do it, so the server sees
    // a cut request (and stores nothing) instead of waiting for bytes that never come.
    const abort = new AbortController();
    let streamError: unknown = null;
    if (!Buffer.isBuffer(payload)) {
      payload.once('error', (err) => {
        streamError = err;
        abort.abort(err);
      });
    }
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key), Body: payload, ContentLength: length }), { abortSignal: abort.signal });
    } catch (err) {
      if (streamError) throw streamError;
      throw this.fail(err);
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return res.Body as Readable;
    } catch (err) {
      if ((err as { name?: string }).name === 'NoSuchKey') throw remoteError('path_not_found', this.label, err);
      throw this.fail(err);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (err) {
      const status = err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined;
      if (status === 404 || (err as { name?: string }).name === 'NotFound') return false;
      throw this.fail(err);
    }
  }

  async list(prefix: string): Promise<DestinationObject[]> {
    const out: DestinationObject[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: this.prefix + prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
          if (o.Key) out.push({ key: o.Key.slice(this.prefix.length), size: o.Size ?? 0 });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      throw this.fail(err);
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
    } catch (err) {
      throw this.fail(err);
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
