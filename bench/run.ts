// Benchmarks for the foundation: sign-in latency (argon2id, 19 MiB, t=2) and requests/s
// of authenticated read routes. The server runs in its own process, as in production.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ARGON2_PARAMS } from '../src/crypto/keys.ts';

const PORT = 3900 + Math.floor(Math.random() * 50);
const BASE = `http://127.0.0.1:${PORT}`;
const LOGINS = Number(process.env.BENCH_LOGINS ?? 60);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('le serveur ne démarre pas');
}

const cookies = new Map<string, string>();
function keep(res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

async function post(path: string, body: unknown, csrf: string) {
  const res = await fetch(BASE + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: cookieHeader() }, body: JSON.stringify(body) });
  keep(res);
  return res;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'rempart-bench-'));
  const server = spawn(process.execPath, ['bin/rempart.js', 'serve', '--port', String(PORT)], {
    env: { ...process.env, REMPART_DATA: dataDir, REMPART_RATE_LIMIT: '100000000', REMPART_AUTH_RATE_LIMIT: '100000000', REMPART_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer();
    const csrfRes = await fetch(`${BASE}/api/csrf`);
    keep(csrfRes);
    const { token } = (await csrfRes.json()) as { token: string };
    const account = { email: 'bench@exemple.fr', password: 'cheval-agrafe-batterie-correct' };
    const signup = await post('/api/auth/signup', { raisonSociale: 'Bench SARL', activite: 'autre', contactNom: 'Banc Essai', contactEmail: 'rgpd@exemple.fr', nom: 'Banc Essai', ...account }, token);
    if (signup.status !== 201) throw new Error(`inscription : ${signup.status} ${await signup.text()}`);

    // Warm-up, then sequential sign-ins: what one person waits for after clicking.
    for (let i = 0; i < 3; i++) await post('/api/auth/login', account, token);
    const times: number[] = [];
    for (let i = 0; i < LOGINS; i++) {
      const t0 = performance.now();
      const res = await post('/api/auth/login', account, token);
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`connexion : ${res.status}`);
    }
    times.sort((a, b) => a - b);

    const results: Record<string, unknown> = {
      machine: `${cpus().length} cœurs, Node ${process.version}, SQLite`,
      argon2id: `m=${ARGON2_PARAMS.memoryCost} KiB (${(ARGON2_PARAMS.memoryCost / 1024).toFixed(1)} MiB), t=${ARGON2_PARAMS.timeCost}, p=${ARGON2_PARAMS.parallelism}`,
      'connexion p50 (ms)': percentile(times, 50).toFixed(1),
      'connexion p95 (ms)': percentile(times, 95).toFixed(1),
      'connexions mesurées': LOGINS,
    };

    for (const path of ['/api/tenant', '/api/auth/me']) {
      const r = await autocannon({ url: BASE + path, connections: 16, duration: DURATION, headers: { cookie: cookieHeader() } });
      if (r.non2xx > 0) throw new Error(`${path} : ${r.non2xx} réponses non-2xx`);
      results[`GET ${path} req/s (moyenne)`] = Math.round(r.requests.average);
      results[`GET ${path} latence p50/p99 (ms)`] = `${r.latency.p50}/${r.latency.p99}`;
    }
    console.log('\nRempart — banc d’essai de la fondation');
    for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(38)} ${v}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
