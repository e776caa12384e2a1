// The access pack's « Finalités et destinataires » from the register, and « Où vos coordonnées
// apparaissent » from a real web scan (real engine, real files, real HTTP server) on SQLite
// and PostgreSQL: exactly the files holding the client's e-mail or phone, matched by blind
// index, never a raw value in the database; a scan from the command line says it cannot tell.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { SETUP_ANSWERS } from '../register/support.ts';
import { pdfPages } from '../golden/register/pdf-text.ts';
import { recordScan } from '../../src/inventory/record.ts';
import { scanToList } from '../../src/scan/engine.ts';
import { move, newClient, newRequest } from './support.ts';
import { untilDone } from '../scan/inventory-support.ts';

const base = mkdtempSync(join(tmpdir(), 'rempart-acces-scan-'));
const allowed = join(base, 'partage');
process.env.REMPART_SCAN_ROOTS = allowed;
mkdirSync(join(allowed, 'Clients'), { recursive: true });
mkdirSync(join(allowed, 'Notes'), { recursive: true });
const contacts = join(allowed, 'Clients', 'contacts.csv');
const call = join(allowed, 'Notes', 'appel.txt');
const someoneElse = join(allowed, 'Clients', 'autre.csv');
writeFileSync(contacts, 'Nom;Email\nVasseur;Leonie.Vasseur@Pack-Fichiers.fr\n');
writeFileSync(call, 'Rappeler Mme Vasseur au 07 61 24 58 93 demain matin.\n');
writeFileSync(someoneElse, 'Nom;Email\nLemaire;bastien.lemaire@pack-fichiers.fr\n');
writeFileSync(join(allowed, 'Notes', 'vide.txt'), 'Rien à signaler.\n');
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Raw contact values of the files: none may reach the database. */
const RAW = ['leonie.vasseur', 'pack-fichiers', 'bastien.lemaire', '07 61 24 58 93', '0761245893', '33761245893'];
const rawIn = (haystack: string) => RAW.filter((v) => haystack.toLowerCase().includes(v));

describe.each(DIALECTS)('access pack: register and scanned files (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;
  let requestId: string;
  let clientId: string;
  const pack = async () => {
    const res = await owner.client.get(`/api/rights/${requestId}/pack?format=json`);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url, { activite: 'artisan_batiment' });
    clientId = await newClient(owner.client, { nom: 'Vasseur', prenom: 'Léonie', emails: ['leonie.vasseur@pack-fichiers.fr'], phones: ['07 61 24 58 93'], status: 'client' });
    requestId = (await newRequest(owner.client, { type: 'acces', receivedAt: '2026-01-15', clientId })).id;
    expect((await move(owner.client, requestId, { to: 'en_cours' })).status).toBe(200);
  });
  afterAll(async () => stopEnv(env));

  it('says when no scan was run, and takes the purposes from the activity while the register is empty', async () => {
    const p = await pack();
    expect(p.ouVosDonneesApparaissentAussi).toMatchObject({ disponible: false, analyse: null, fichiers: [], message: expect.stringMatching(/^Aucune analyse/) });
    expect(p.finalitesEtDestinataires).toMatchObject({ provenance: 'activite', traitements: [], transferts: [] });
  });

  it('takes the purposes, legal bases, recipients and retention from the published register', async () => {
    const setup = await owner.client.post('/api/register/setup', { reponses: SETUP_ANSWERS, coordonnees: {} });
    expect(setup.status, setup.text).toBe(200);
    const s = (await pack()).finalitesEtDestinataires;
    expect(s).toMatchObject({ provenance: 'registre', statutRegistre: 'publie', avertissement: expect.stringMatching(/traitements publiés du registre/) });
    expect(s.traitements).toContain('Gestion des clients et facturation');
    expect(s.traitements).not.toContain('Recrutement');
    expect(s.finalites).toContainEqual({ finalite: 'Émettre les factures et suivre les paiements', baseLegale: 'Obligation légale (art. 6.1.c RGPD)', traitement: 'Gestion des clients et facturation' });
    expect(s.destinataires.join(' ')).toMatch(/comptable/i);
    expect(s.conservation).toContainEqual(expect.objectContaining({ donnees: 'Factures et pièces comptables', duree: expect.stringMatching(/^10 ans/) }));
  });

  it('lists exactly the files of the latest web scan holding the client’s e-mail or phone, with no raw value stored', async () => {
    const start = await owner.client.post('/api/scans', { dossiers: [allowed] });
    expect(start.status, start.text).toBe(202);
    const done = await untilDone(owner.client, start.body.id);
    expect(done.analyse).toMatchObject({ statut: 'terminee', fichiers: 4 });

    const found = (await pack()).ouVosDonneesApparaissentAussi;
    expect(found).toMatchObject({ disponible: true, analyse: { id: start.body.id, origine: 'web', dossiers: [allowed] }, message: expect.stringMatching(/dans les 2 fichiers suivants/) });
    expect([...found.fichiers].sort((a: { chemin: string }, b: { chemin: string }) => a.chemin.localeCompare(b.chemin))).toEqual([
      { chemin: contacts, dossier: join(allowed, 'Clients'), contient: ['e-mail'] },
      { chemin: call, dossier: join(allowed, 'Notes'), contient: ['téléphone'] },
    ]);

    const pdf = await fetch(`${env.url}/api/rights/${requestId}/pack?format=pdf`, { headers: { cookie: owner.client.cookieHeader() } });
    expect(pdf.status).toBe(200);
    const text = (await pdfPages(Buffer.from(await pdf.arrayBuffer()))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Où vos coordonnées apparaissent dans les fichiers de l’entreprise');
    expect(text).toContain('contacts.csv (e-mail)');
    expect(text).not.toContain('autre.csv');
    expect(text).toContain('Obligation légale (art. 6.1.c RGPD)');

    const db = env.t.app.store.db;
    const hashes = await db.selectFrom('scan_file_hashes').selectAll().execute();
    expect(hashes.length).toBe(3);
    const rows = JSON.stringify([hashes, await db.selectFrom('scan_files').selectAll().execute(), await db.selectFrom('scans').selectAll().execute(), await db.selectFrom('journal').selectAll().execute()]);
    expect(rows).toContain(hashes[0]!.hash); // the search does see the stored rows
    expect(rawIn(rows)).toEqual([]);
    expect(rows).not.toContain('contacts.csv'); // paths are sealed too
    if (dialect === 'sqlite') {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
      const bytes = Buffer.concat(readdirSync(env.t.dataDir).filter((f) => f.startsWith('rempart.sqlite')).map((f) => readFileSync(join(env.t.dataDir, f)))).toString('latin1');
      expect(bytes).toContain(hashes[0]!.hash);
      expect(rawIn(bytes)).toEqual([]);
      expect(bytes).not.toContain('contacts.csv');
    }
  });

  it('shows another business nothing of this scan, even for a client with the same e-mail', async () => {
    const other = await newOwner(env.url);
    const id = await newClient(other.client, { nom: 'Vasseur', emails: ['leonie.vasseur@pack-fichiers.fr'], status: 'client' });
    const r = await newRequest(other.client, { type: 'acces', receivedAt: '2026-01-15', clientId: id });
    const res = await other.client.get(`/api/rights/${r.id}/pack?format=json`);
    expect(res.body.ouVosDonneesApparaissentAussi).toMatchObject({ disponible: false, analyse: null, fichiers: [] });
    const hashes = await env.t.app.store.db.selectFrom('scan_file_hashes').select('hash').where('tenant_id', '=', other.tenantId).execute();
    expect(hashes).toEqual([]);
  });

  it('lists, on erasure, the scanned files to clean by hand, without storing their paths', async () => {
    const r = await newRequest(owner.client, { type: 'effacement', receivedAt: '2026-01-20', clientId });
    const res = await owner.client.post(`/api/rights/${r.id}/erase`, { confirm: true });
    expect(res.status, res.text).toBe(200);
    expect(res.body.fichiersANettoyer.map((f: { chemin: string }) => f.chemin).sort()).toEqual([contacts, call].sort());
    expect(res.body.erasure.remarks.at(-1)).toMatch(/dans 2 fichiers : Rempart ne modifie pas ces fichiers, ils sont à nettoyer à la main/);
    const stored = await owner.client.get(`/api/rights/${r.id}`);
    expect(JSON.stringify(stored.body)).not.toContain('contacts.csv');
  });

  it('says so when the latest scan was recorded from the command line, without the index', async () => {
    const reports = await scanToList([allowed], { workers: 1 });
    await recordScan(env.t.app, owner.tenantId, [allowed], reports, new Date(Date.now() + 60_000).toISOString());
    const found = (await pack()).ouVosDonneesApparaissentAussi;
    expect(found).toMatchObject({ disponible: false, fichiers: [], analyse: { origine: 'cli' }, message: expect.stringMatching(/ligne de commande/) });
  });
});
