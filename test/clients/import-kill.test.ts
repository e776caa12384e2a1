// A server killed (SIGKILL, no clean-up) in the middle of an import leaves nothing written:
// the rows go in one transaction, so after a restart the file holds no client from it and
// the store is healthy. Real server processes, real SQLite file and real PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, DIALECTS } from '../helpers/app.ts';
import { freePort } from '../helpers/free-port.ts';
import { loginOk, newOwner } from '../routes/support.ts';
import { b64 } from './support.ts';


async function startProcess(dataDir: string, databaseUrl: string | undefined): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/rempart.js', 'serve', '--port', String(port)], {
    env: { ...process.env, REMPART_DATA: dataDir, DATABASE_URL: databaseUrl ?? '', REMPART_AUTH_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${stderr}`);
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe.each(DIALECTS)('an import killed half-way (%s)', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('leaves no client from the file, and the store works after the restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rempart-kill-'));
    const pgdb = dialect === 'postgres' ? await createPostgresDatabase() : null;
    cleanups.push(async () => {
      await pgdb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    let server = await startProcess(dataDir, pgdb?.url);
    cleanups.push(() => killed(server.child));
    const owner = await newOwner(server.url);
    const lines = ['Nom;Prénom;E-mail'];
    // Large enough that the writing spans several progress lines (one per half second) even now
    // that sealing starts during the check.
    for (let i = 0; i < 60_000; i++) lines.push(`Coupure${i};Paul;coupure${i}@exemple.fr`);
    // The progress comes on the import's own streamed response (on SQLite the transaction
    // holds the only connection, so a separate poll would wait for the commit).
    if (!owner.client.csrf) await owner.client.refreshCsrf();
    const res = await fetch(`${server.url}/api/clients/import?stream=1`, {
      method: 'POST',
      headers: { cookie: owner.client.cookieHeader(), 'x-csrf-token': owner.client.csrf!, 'content-type': 'application/json' },
      body: JSON.stringify({ contentBase64: b64(lines.join('\n')) }),
    });
    expect(res.status).toBe(202);

    // Kill as soon as some rows are written but not all.
    let seen = { state: 'en_cours', done: 0, total: 0 };
    const reader = res.body!.getReader();
    let buffered = '';
    while (seen.done === 0) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += Buffer.from(value).toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete.filter(Boolean)) seen = (JSON.parse(line) as { job: typeof seen }).job;
    }
    await killed(server.child);
    await reader.cancel().catch(() => {});
    expect(seen.state).toBe('en_cours');
    expect(seen.done).toBeGreaterThan(0);
    expect(seen.done).toBeLessThan(seen.total);

    if (dialect === 'sqlite') {
      const db = new SQLite(join(dataDir, 'rempart.sqlite'));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(0);
      db.close();
    }

    server = await startProcess(dataDir, pgdb?.url);
    const again = await loginOk(server.url, owner.email, owner.password);
    expect((await again.get('/api/clients?total=1')).body.total).toBe(0);
    const small = await again.post('/api/clients/import', { contentBase64: b64('Nom;E-mail\nAprès;apres@exemple.fr\n') });
    expect(small.status, small.text).toBe(202);
    for (let i = 0; i < 400; i++) {
      const job = (await again.get(`/api/clients/import/jobs/${small.body.jobId}`)).body;
      if (job.state !== 'en_cours') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect((await again.get('/api/clients?total=1')).body.total).toBe(1);
  }, 180_000);
});
