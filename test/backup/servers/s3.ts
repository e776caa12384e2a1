// A real S3-compatible HTTP server for the tests: s3rver (npm), in-process on a free loopback
// port with its files in a temporary folder. It refuses an unknown access key id as AWS does,
// but does not verify Signature V4 itself (a wrong secret is accepted). MinIO would be closer to production but has no package reachable
// here (only npm and Debian apt are, and Debian does not ship MinIO).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error s3rver ships no type declarations.
import S3rver from 's3rver';
import { freePort } from '../../helpers/free-port.ts';

export interface S3Server {
  endpoint: string;
  bucket: string;
  /** s3rver's built-in account. */
  accessKeyId: string;
  secretAccessKey: string;
  /** Where s3rver keeps the objects (to corrupt or inspect them). */
  directory: string;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = 'rempart-sauvegardes'): Promise<S3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'rempart-s3rver-'));
  const port = await freePort();
  const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    directory,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
