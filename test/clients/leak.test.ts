// A stolen database reveals no client: distinctive people are created, changed, searched,
// imported, given a document and found by a scan of a folder named after them (the inventory
// keeps paths) through the HTTP server, then the raw bytes of the SQLite
// file (after a checkpoint) and a real pg_dump of a PostgreSQL database are searched for
// anything readable about them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, defaultConfig, type App } from '../../src/app.ts';
import { startServer } from '../helpers/http.ts';
import { newOwner } from '../routes/support.ts';
import { b64, clientBody, importFile } from './support.ts';
import { startDebianPostgres } from './debian-postgres.ts';
import { untilDone } from '../scan/inventory-support.ts';

// The scanned folder: its path and its file's name hold the client's name (the needles).
const SCANNED = mkdtempSync(join(tmpdir(), 'rempart-leak-scan-'));
process.env.REMPART_SCAN_ROOTS = SCANNED;

const IBAN = 'FR76 3000 4028 3798 7654 3210 943';
const NEEDLES = [
  'Zéphyrine', 'zephyrine', 'Quintavalle', 'quintavalle brossard', 'zephyrine.quintal@exemple-fuite.fr', 'exemple-fuite',
  '0647829135', '647829135', '06 47 82 91 35', IBAN, IBAN.replace(/ /g, ''), '3798 7654', 'impasse des Hirondelles', 'Hirondelles',
  'Contrat Quintavalle', 'Quintavalle Conseil', 'Bartholomé', 'bartholome', 'Vandenbroucke', 'vandenbroucke@fuite.example',
  '0781234509', '781234509', 'allergique aux arachides', 'Lisieux-Plage',
];

/** Case-insensitive search of UTF-8 needles in raw bytes. */
function leaks(bytes: Buffer): string[] {
  const hay = bytes.toString('latin1').toLowerCase();
  return NEEDLES.filter((n) => hay.includes(Buffer.from(n, 'utf8').toString('latin1').toLowerCase()));
}

/** Every way personal data enters the file, through the real server. */
async function populate(app: App): Promise<string> {
  const srv = await startServer(app);
  try {
    const o = await newOwner(srv.url);
    const created = await o.client.post('/api/clients', clientBody({
      civilite: 'Mme', prenom: 'Zéphyrine', nom: 'Quintavalle-Brossard', company: 'Quintavalle Conseil',
      emails: ['Zephyrine.Quintal@exemple-fuite.fr'], phones: ['06 47 82 91 35'],
      address: { lignes: ['17 impasse des Hirondelles'], codePostal: '14800', ville: 'Lisieux-Plage', pays: 'France' },
      notes: `Virement sur ${IBAN}`,
    }));
    expect(created.status, created.text).toBe(201);
    const id = created.body.client.id as string;
    const body = { ...created.body.client, notes: `IBAN ${IBAN.replace(/ /g, '')} ; allergique aux arachides` };
    expect((await o.client.put(`/api/clients/${id}`, body)).status).toBe(200);
    for (const q of ['zephyrine.quintal@exemple-fuite.fr', '0647829135', 'Zéphyrine Quintavalle-Brossard', 'quint', 'vandenbroucke']) {
      expect((await o.client.get(`/api/clients?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
    const { job, res: imported } = await importFile(o.client, 'Nom;Prénom;Email;Portable\nVandenbroucke;Bartholomé;vandenbroucke@fuite.example;07 81 23 45 09\n');
    expect(job?.state, imported.text).toBe('termine');
    const doc = await o.client.post(`/api/clients/${id}/documents`, { kind: 'contrat', filename: 'Contrat Quintavalle.pdf', mime: 'application/pdf', contentBase64: b64(`%PDF Contrat Quintavalle ${IBAN}`) });
    expect(doc.status, doc.text).toBe(201);
    expect((await o.client.get(`/api/clients/${id}`)).body.client.notes).toContain('arachides');
    const folder = join(SCANNED, 'Suivi Zéphyrine Quintavalle');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Bilan Quintavalle-Brossard Lisieux-Plage.txt'), 'Écrire à zephyrine.quintal@exemple-fuite.fr\n');
    const scan = await o.client.post('/api/scans', { dossiers: [folder] });
    expect(scan.status, scan.text).toBe(202);
    const done = await untilDone(o.client, scan.body.id);
    expect(done.fichiers.elements.map((f: { chemin: string }) => f.chemin)).toEqual([join(folder, 'Bilan Quintavalle-Brossard Lisieux-Plage.txt')]);
    return o.body.raisonSociale as string;
  } finally {
    await srv.close();
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('no readable client data at rest', () => {
  afterAll(() => rmSync(SCANNED, { recursive: true, force: true }));
  it('SQLite: the raw file bytes after a checkpoint, and the documents folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rempart-leak-'));
    const app = await createApp({ ...defaultConfig({}), dataDir });
    try {
      const business = await populate(app);
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(app.store.db);
      const files = readdirSync(dataDir).filter((f) => f.startsWith('rempart.sqlite'));
      const bytes = Buffer.concat(files.map((f) => readFileSync(join(dataDir, f))));
      expect(bytes.length).toBeGreaterThan(64 * 1024);
      // The business name is stored in clear on purpose: proves the search sees the data.
      expect(bytes.includes(Buffer.from(business))).toBe(true);
      expect(leaks(bytes)).toEqual([]);
      const documents = filesUnder(join(dataDir, 'documents'));
      expect(documents).toHaveLength(1);
      for (const f of documents) expect(leaks(Buffer.concat([readFileSync(f), Buffer.from(f)]))).toEqual([]);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: a real pg_dump of the database', async () => {
    const server = await startDebianPostgres();
    const dataDir = mkdtempSync(join(tmpdir(), 'rempart-leak-pg-'));
    let app: App | undefined;
    try {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('CREATE DATABASE fuite');
      await admin.end();
      const url = server.url.replace(/\/postgres$/, '/fuite');
      app = await createApp({ ...defaultConfig({}), dataDir, databaseUrl: url });
      const business = await populate(app);
      await app.close();
      app = undefined;
      const dump = execFileSync(server.pgDump, ['--dbname', url, '--no-owner'], { maxBuffer: 256 * 1024 * 1024 });
      expect(dump.toString('utf8')).toMatch(/COPY public\.clients /);
      expect(dump.includes(Buffer.from(business))).toBe(true);
      expect(leaks(dump)).toEqual([]);
    } finally {
      await app?.close();
      server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
