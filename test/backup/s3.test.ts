// The S3 destination against a real S3-compatible HTTP server (s3rver, see servers/s3.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ServiceException } from '@aws-sdk/client-s3';
import { S3Destination, s3Failure, type S3Config } from '../../src/backup/destinations/s3.ts';
import { startS3Server, type S3Server } from './servers/s3.ts';
import { freePort } from '../helpers/free-port.ts';
import { silentServer } from './servers/sshd.ts';
import { destinationContract } from './servers/contract.ts';
import { backupRoundTrip } from './servers/round-trip.ts';

let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
});

const config = (over: Partial<S3Config> = {}): S3Config => ({
  endpoint: s3.endpoint,
  region: 'fr-par',
  bucket: s3.bucket,
  prefix: 'rempart/instance-1',
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  ...over,
});

describe('S3 destination', () => {
  backupRoundTrip('s3', () => new S3Destination(config({ prefix: 'aller-retour' })));
  destinationContract('s3', () => new S3Destination(config()));

  it('keeps objects under the prefix and lists keys without it', async () => {
    const dest = new S3Destination(config({ prefix: '/autre/' }));
    const root = new S3Destination(config({ prefix: '' }));
    try {
      await dest.put('generations/a.age', Buffer.from('a'));
      expect(await dest.list('generations/')).toEqual([{ key: 'generations/a.age', size: 1 }]);
      expect((await root.list('autre/')).map((o) => o.key)).toEqual(['autre/generations/a.age']);
    } finally {
      await dest.close();
      await root.close();
    }
  });

  it('refuses an unknown access key in French', async () => {
    const dest = new S3Destination(config({ accessKeyId: 'INCONNU' }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_IDENTIFIANTS_REFUSES', message: expect.stringContaining('Identifiants refusés') });
    await expect(dest.put('x', Buffer.from('x'))).rejects.toMatchObject({ code: 'DESTINATION_IDENTIFIANTS_REFUSES' });
  });

  it('maps a wrong secret (SignatureDoesNotMatch, which s3rver does not check) and a full store', () => {
    const answer = (name: string, status: number) => new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status } });
    expect(s3Failure(answer('SignatureDoesNotMatch', 403))).toBe('credentials');
    expect(s3Failure(answer('NoSuchBucket', 404))).toBe('bucket_not_found');
    expect(s3Failure(answer('XMinioStorageFull', 507))).toBe('full');
    expect(s3Failure(answer('AccessDenied', 403))).toBe('permission');
  });

  it('says the bucket does not exist', async () => {
    const dest = new S3Destination(config({ bucket: 'pas-de-bucket' }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_BUCKET_INTROUVABLE', message: expect.stringContaining('bucket') });
    await expect(dest.put('x', Buffer.from('x'))).rejects.toMatchObject({ code: 'DESTINATION_BUCKET_INTROUVABLE' });
  });

  it('says « délai dépassé » when the endpoint never answers', async () => {
    const silent = await silentServer();
    try {
      const dest = new S3Destination(config({ endpoint: `http://127.0.0.1:${silent.port}` }), { timeoutMs: 300 });
      await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_DELAI_DEPASSE' });
    } finally {
      await silent.close();
    }
  });

  it('says the endpoint refuses the connection', async () => {
    const dest = new S3Destination(config({ endpoint: `http://127.0.0.1:${await freePort()}` }));
    await expect(dest.test()).rejects.toMatchObject({ code: 'DESTINATION_CONNEXION_REFUSEE', message: expect.stringContaining('Connexion refusée') });
  });
});
