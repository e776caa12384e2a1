// Importing client files through the HTTP server: preview writes nothing, the import is all
// or nothing, duplicates are found (in the file and against stored clients by blind index),
// encodings and delimiters are detected, XLSX is read, formulas stay data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDirectoryLoop } from '../helpers/compound-files.ts';
import { DIALECTS } from '../helpers/app.ts';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import iconv from 'iconv-lite';
import { b64, createClient, importFile, preview, windows1252 } from './support.ts';

const count = async (o: Owner) => (await o.client.get('/api/clients?total=1')).body.total as number;

describe.each(DIALECTS)('client import (%s)', (dialect) => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv(dialect);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('previews a file without writing, then imports it with duplicates skipped', async () => {
    const o = await newOwner(env.url);
    await createClient(o.client, { nom: 'Existant', prenom: 'Paul', emails: ['paul@existant.fr'], phones: [] });
    const csv = [
      'Nom,Prénom,Email,Téléphone,Ville,Code postal',
      'Durand,Alice,alice@exemple.fr,06 11 22 33 44,Paris,75011',
      'Martin,Bob,bob@exemple.fr,,Lyon,69003',
      'Durand,Alice B.,ALICE@exemple.fr,,Paris,75011',
      'Existant,Paul,paul@existant.fr,,,',
    ].join('\n');
    const journalBefore = (await journal(o.client)).length;
    const p = await preview(o.client, csv);
    expect(p.status, p.text).toBe(200);
    expect(p.body).toMatchObject({ fichier: { format: 'csv', encodage: 'utf-8', separateur: ',' }, total: 4, valides: 4, invalides: 0 });
    expect(p.body.headers).toEqual(['Nom', 'Prénom', 'Email', 'Téléphone', 'Ville', 'Code postal']);
    expect(p.body.mapping.map((m: { field: string }) => m.field)).toEqual(['nom', 'prenom', 'emails', 'phones', 'ville', 'codePostal']);
    expect(p.body.doublons).toEqual({
      dansLeFichier: 1,
      existants: 1,
      lignes: [
        { ligne: 4, doublonDe: 2, par: 'email' },
        { ligne: 5, doublonDe: 'existant', par: 'email' },
      ],
    });
    expect(await count(o)).toBe(1);
    const afterPreview = await journal(o.client);
    expect(afterPreview.length).toBe(journalBefore + 2); // the preview, and the listing just above
    expect(afterPreview.map((e) => e.action)).toContain('clients.import_apercu');

    const { res, job } = await importFile(o.client, csv, { ignoreDuplicates: true });
    expect(res.status, res.text).toBe(202);
    expect(job).toMatchObject({ state: 'termine', progression: 100, result: { lignes: 4, importes: 2, doublonsIgnores: 2 } });
    expect(await count(o)).toBe(3);
    const alice = await o.client.get('/api/clients?q=alice@exemple.fr');
    expect(alice.body.clients).toHaveLength(1);
    expect(alice.body.clients[0]).toMatchObject({ nom: 'Durand', prenom: 'Alice', phones: ['+33611223344'], address: { ville: 'Paris', codePostal: '75011', pays: 'France' }, status: 'client' });
    const entry = (await journal(o.client)).find((e) => e.action === 'clients.import');
    expect(entry?.details).toMatchObject({ format: 'csv', lignes: 4, importes: 2, doublonsIgnores: 2 });
  });

  it('writes nothing when one row is invalid, and lists the errors in French', async () => {
    const o = await newOwner(env.url);
    const csv = 'Nom;Email;Date de création\nBon;bon@exemple.fr;01/02/2023\nMauvais;pas-une-adresse;01/02/2023\n;;\nFutur;futur@exemple.fr;01/02/2999\n';
    const p = await preview(o.client, csv);
    expect(p.body).toMatchObject({ total: 3, valides: 1, invalides: 2 });
    expect(p.body.erreurs).toEqual([
      { ligne: 3, messages: ['Ligne 3 : adresse e-mail invalide (« pas-une-adresse »)'] },
      { ligne: 5, messages: [expect.stringMatching(/^Ligne 5 : date de collecte dans le futur/)] },
    ]);
    const { res } = await importFile(o.client, csv);
    expectError(res, 400, 'IMPORT_INVALIDE', /2 lignes invalides : rien n’a été importé/);
    expect(res.body.details.erreurs).toHaveLength(2);
    expect(await count(o)).toBe(0);
    expect((await journal(o.client)).map((e) => e.action)).not.toContain('clients.import');
  });

  it('reads a Windows-1252 file with accents, and one with a BOM and tabs', async () => {
    const o = await newOwner(env.url);
    const latin = windows1252('Nom;Prénom;Ville;Notes\r\nLefèvre;Hélène;Orléans;Très à l’heure\r\n'.replace('’', "'"));
    const p = await preview(o.client, latin);
    expect(p.body.fichier).toMatchObject({ encodage: 'windows-1252', separateur: ';' });
    expect(p.body.apercu[0]).toEqual(['Lefèvre', 'Hélène', 'Orléans', "Très à l'heure"]);
    const { job } = await importFile(o.client, latin);
    expect(job.result.importes).toBe(1);
    expect((await o.client.get('/api/clients?q=helene lefevre')).body.clients[0]).toMatchObject({ nom: 'Lefèvre', prenom: 'Hélène', address: { ville: 'Orléans' } });

    // Excel for Mac's « CSV (Macintosh) »: Mac OS Roman
    const mac = iconv.encode('Nom;Prénom;Ville;Notes\r\nQuéré;Gaëlle;Bécon-lès-Bruyères;Très à l’heure, ça va\r\n', 'macintosh');
    const m = await preview(o.client, mac);
    expect(m.body.fichier).toMatchObject({ encodage: 'macintosh', separateur: ';' });
    expect(m.body.apercu[0]).toEqual(['Quéré', 'Gaëlle', 'Bécon-lès-Bruyères', 'Très à l’heure, ça va']);

    const tabbed = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Nom\tE-mail\nZoé\tzoe@exemple.fr\n', 'utf8')]);
    const t = await preview(o.client, tabbed);
    expect(t.body.fichier).toMatchObject({ encodage: 'utf-8', separateur: '\t' });
    expect(t.body.headers).toEqual(['Nom', 'E-mail']);
  });

  it('imports a « ; » export of an invoicing tool, with a chosen mapping', async () => {
    const o = await newOwner(env.url);
    // As exported by a French invoicing tool: quoted cells, a « ; » inside a quoted field,
    // a postcode that lost its zero, French dates, a column to leave out (SIRET).
    const csv = [
      '"Code client";"Raison sociale";"Nom du contact";"Prénom du contact";"Adresse";"CP";"Ville";"Téléphone";"E-mail";"SIRET";"Date de création";"Commentaire"',
      '"C001";"Boulangerie du Port";"Marchand";"Yves";"2 quai des Marins";"1000";"Bourg-en-Bresse";"04 74 00 00 01";"contact@boulangerie.fr";"73282932000074";"15/03/2021";"Livraison ; le mardi"',
      '"C002";"";"Roux";"Anaïs";"8, rue Haute";"13006";"Marseille";"+33 6 01 02 03 04";"anais.roux@exemple.fr";"";"02/11/2022";""',
    ].join('\r\n');
    const p = await preview(o.client, csv);
    expect(p.status, p.text).toBe(200);
    expect(p.body.fichier.separateur).toBe(';');
    const fields = p.body.mapping.map((m: { field: string | null }) => m.field);
    expect(fields).toEqual([null, 'societe', 'nom', 'prenom', 'adresse', 'codePostal', 'ville', 'phones', 'emails', null, 'collectedAt', 'notes']);
    expect(p.body.avertissements).toEqual([expect.stringMatching(/^Ligne 2 : code postal « 1000 » complété en « 01000 »/)]);
    // The user decides the « Commentaire » column is not to be imported.
    const mapping = p.body.mapping.map((m: { index: number; field: string | null }) => ({ index: m.index, field: m.index === 11 ? null : m.field }));
    const { job } = await importFile(o.client, csv, { mapping });
    expect(job.result.importes).toBe(2);
    const [c] = (await o.client.get('/api/clients?q=contact@boulangerie.fr')).body.clients;
    expect(c).toMatchObject({ company: 'Boulangerie du Port', nom: 'Marchand', prenom: 'Yves', collectedAt: '2021-03-15', notes: null, address: { codePostal: '01000', ville: 'Bourg-en-Bresse' }, phones: ['+33474000001'] });
    expectError(await preview(o.client, csv, { mapping: [{ index: 2, field: 'nom' }, { index: 3, field: 'nom' }] }), 400, 'CORRESPONDANCE_INVALIDE', /plusieurs colonnes/);
  });

  it('reads an XLSX workbook: dates, numbers, formulas as their shown value', async () => {
    const o = await newOwner(env.url);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Mes clients');
    ws.addRow(['Nom', 'Prénom', 'Portable', 'Email', 'Date de création', 'Notes']);
    ws.addRow(['Petit', 'Louis', 612345678, 'louis@exemple.fr', new Date(Date.UTC(2022, 4, 17)), { formula: 'A2&" (fidèle)"', result: 'Petit (fidèle)' }]);
    ws.addRow(['=HYPERLINK("http://evil.example","clic")', 'Eve', '', 'eve@exemple.fr', '', '']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await preview(o.client, bytes);
    expect(p.status, p.text).toBe(200);
    expect(p.body.fichier).toMatchObject({ format: 'xlsx', feuille: 'Mes clients' });
    expect(p.body.apercu[0]).toEqual(['Petit', 'Louis', '612345678', 'louis@exemple.fr', '2022-05-17', 'Petit (fidèle)']);
    const { job } = await importFile(o.client, bytes);
    expect(job.result.importes).toBe(2);
    expect((await o.client.get('/api/clients?q=louis@exemple.fr')).body.clients[0]).toMatchObject({ phones: ['+33612345678'], collectedAt: '2022-05-17', notes: 'Petit (fidèle)' });
    // A formula typed as text is stored as text, never evaluated.
    expect((await o.client.get('/api/clients?q=eve@exemple.fr')).body.clients[0].nom).toBe('=HYPERLINK("http://evil.example","clic")');
  });

  it('reads an Excel 97-2003 .xls workbook (first sheet with rows, dates, numbers) and explains a protected one', async () => {
    const o = await newOwner(env.url);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([]), 'Feuil1');
    const rows = [
      ['Nom', 'Prénom', 'Portable', 'Email', 'Date de création'],
      ['Lefèvre', 'Anaïs', 612345678, 'anais@exemple.fr', new Date(Date.UTC(2022, 4, 17))],
      ['=HYPERLINK("http://evil.example","clic")', 'Eve', '', 'eve.xls@exemple.fr', ''],
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Clients');
    const bytes = XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer;
    const p = await preview(o.client, bytes);
    expect(p.status, p.text).toBe(200);
    expect(p.body.fichier).toMatchObject({ format: 'xls', feuille: 'Clients' });
    expect(p.body.apercu[0]).toEqual(['Lefèvre', 'Anaïs', '612345678', 'anais@exemple.fr', '2022-05-17']);
    const { job } = await importFile(o.client, bytes);
    expect(job.result.importes).toBe(2);
    expect((await o.client.get('/api/clients?q=anais@exemple.fr')).body.clients[0]).toMatchObject({ nom: 'Lefèvre', prenom: 'Anaïs', phones: ['+33612345678'], collectedAt: '2022-05-17' });
    expect((await o.client.get('/api/clients?q=eve.xls@exemple.fr')).body.clients[0].nom).toBe('=HYPERLINK("http://evil.example","clic")');
    const protege = readFileSync(join(import.meta.dirname, '../scan/fixtures/protege.xls'));
    expectError(await preview(o.client, protege), 400, 'XLS_PROTEGE', /protégé par mot de passe/);
    // its directory made to loop (one link changed): cfb, which checked it first, aborted the server
    const looped = await preview(o.client, withDirectoryLoop(bytes));
    expect(looped.status, looped.text).toBe(200);
    expect(looped.body.apercu[0]).toEqual(['Lefèvre', 'Anaïs', '612345678', 'anais@exemple.fr', '2022-05-17']);
    expect(await count(o)).toBe(2);
  });

  it('refuses a zip bomb (.xlsx) before unpacking it, with a French error, and the server goes on', async () => {
    const o = await newOwner(env.url);
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(256 * 1024 * 1024).fill(32) }, { level: 1 });
    expectError(await preview(o.client, Buffer.from(bomb)), 400, 'CLASSEUR_TROP_GROS', /trop volumineux une fois décompressé \(plus de 300 Mo, ou 200 fois sa taille\)/);
    expect(await count(o)).toBe(0);
    expect((await o.client.get('/api/clients')).status).toBe(200);
  });

  it('reads an Apple Numbers spreadsheet, and explains one it cannot read', async () => {
    const o = await newOwner(env.url);
    const zahl = (await import('@e965/xlsx/dist/xlsx.zahl.mjs' as string)) as { default: string };
    const book = XLSX.utils.book_new();
    const rows = [
      ['Nom', 'Prénom', 'Email', 'Téléphone'],
      ['Garnier', 'Hélène', 'helene.numbers@exemple.fr', '06 12 34 56 78'],
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Clients');
    const bytes = XLSX.write(book, { bookType: 'numbers', type: 'buffer', numbers: zahl.default }) as Buffer;
    const p = await preview(o.client, bytes);
    expect(p.status, p.text).toBe(200);
    expect(p.body.fichier).toMatchObject({ format: 'numbers', feuille: 'Clients' });
    const { job } = await importFile(o.client, bytes);
    expect(job.result.importes).toBe(1);
    expect((await o.client.get('/api/clients?q=helene.numbers@exemple.fr')).body.clients[0]).toMatchObject({ nom: 'Garnier', prenom: 'Hélène', phones: ['+33612345678'] });
    // a damaged one (its parts cut short) is explained, not read as a .xlsx
    expectError(await preview(o.client, bytes.subarray(0, 4000)), 400, 'NUMBERS_ILLISIBLE', /Exporter vers > Excel/);
    expect(await count(o)).toBe(1);
  });

  it('keeps formulas of a CSV as data and explains a malformed CSV', async () => {
    const o = await newOwner(env.url);
    const { job } = await importFile(o.client, 'Nom,Email\n"=1+2",calc@exemple.fr\n"@SUM(A1)",at@exemple.fr\n');
    expect(job.result.importes).toBe(2);
    expect((await o.client.get('/api/clients?q=calc@exemple.fr')).body.clients[0].nom).toBe('=1+2');
    expectError(await preview(o.client, 'Nom,Email\n"Dupont,jean@exemple.fr\nMartin,m@exemple.fr\n'), 400, 'CSV_MALFORME', /guillemet \(".*ouvert à la ligne 2 n’est jamais refermé/);
    expectError(await preview(o.client, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])), 400, 'XLS_ILLISIBLE', /\.xls\) illisible/);
    expectError(await preview(o.client, '\n\n'), 400, 'FICHIER_VIDE');
  });

  it('imports through the worker threads when the file is large', async () => {
    const o = await newOwner(env.url);
    const lines = ['Nom;Prénom;E-mail;Téléphone'];
    for (let i = 0; i < 5200; i++) lines.push(`Nom${i};Prénom${i};grand${i}@exemple.fr;06 ${String(i).padStart(8, '0').replace(/(\d{2})(?=\d)/g, '$1 ')}`);
    const { job } = await importFile(o.client, lines.join('\n'));
    expect(job.result.importes).toBe(5200);
    expect(await count(o)).toBe(5200);
    const found = await o.client.get('/api/clients?q=06 00 00 51 99');
    expect(found.body.clients.map((c: { emails: string[] }) => c.emails[0])).toEqual(['grand5199@exemple.fr']);
    expect((await o.client.get('/api/clients?q=prénom4321')).body.total).toBe(1);
    // Newest first: the file order, last row on top.
    expect((await o.client.get('/api/clients')).body.clients[0].nom).toBe('Nom5199');
  }, 120_000);

  it('skips duplicates of a large file even in the rows sealed while it was checked, and refuses it whole for one bad last row', async () => {
    const o = await newOwner(env.url);
    await createClient(o.client, { nom: 'Déjà', prenom: 'Là', emails: ['grand17@exemple.fr'], phones: [] });
    const lines = ['Nom;Prénom;E-mail;Notes'];
    // 6 500 rows: the first chunks are sealed during the check. Row 42 repeats row 3; row
    // 17 is already stored; row 6 000 repeats row 5 999. With its notes the file weighs more
    // than 512 KB: it is read on a worker thread.
    for (let i = 0; i < 6500; i++) lines.push(`Nom${i};Prénom${i};grand${i === 42 ? 3 : i === 6000 ? 5999 : i}@exemple.fr;Client fidèle depuis 2019, à rappeler le matin plutôt que l’après-midi`);
    expect(Buffer.byteLength(lines.join('\n'))).toBeGreaterThan(512 * 1024);
    const bad = [...lines, 'Fin;Ligne;pas-une-adresse'];
    const refused = await importFile(o.client, bad.join('\n'));
    expectError(refused.res, 400, 'IMPORT_INVALIDE');
    expect(await count(o)).toBe(1);
    const { job } = await importFile(o.client, lines.join('\n'), { ignoreDuplicates: true });
    expect(job).toMatchObject({ state: 'termine', result: { lignes: 6500, importes: 6497, doublonsIgnores: 3 } });
    expect(await count(o)).toBe(6498);
    const names = async (q: string) => (await o.client.get(`/api/clients?q=${encodeURIComponent(q)}`)).body.clients.map((c: { nom: string }) => c.nom);
    expect(await names('grand3@exemple.fr')).toEqual(['Nom3']);
    expect(await names('grand17@exemple.fr')).toEqual(['Déjà']);
    expect(await names('grand5999@exemple.fr')).toEqual(['Nom5999']);
    expect(await names('grand6499@exemple.fr')).toEqual(['Nom6499']);
    expect((await o.client.get('/api/clients')).body.clients[0].nom).toBe('Nom6499');
  }, 120_000);

  it('streams the progress of an import on its own response', async () => {
    const o = await newOwner(env.url);
    if (!o.client.csrf) await o.client.refreshCsrf();
    const lines = ['Nom;Email'];
    for (let i = 0; i < 1500; i++) lines.push(`Flux${i};flux${i}@exemple.fr`);
    const res = await fetch(`${env.url}/api/clients/import?stream=1`, {
      method: 'POST',
      headers: { cookie: o.client.cookieHeader(), 'x-csrf-token': o.client.csrf!, 'content-type': 'application/json' },
      body: JSON.stringify({ contentBase64: Buffer.from(lines.join('\n')).toString('base64') }),
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const events = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { jobId: string; job: { state: string; done: number; total: number; result?: { importes: number } } });
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]!.job).toMatchObject({ state: 'en_cours', total: 1500 });
    expect(events.at(-1)!.job).toMatchObject({ state: 'termine', done: 1500, result: { importes: 1500 } });
    expect(await count(o)).toBe(1500);
  });

  it('refuses the accountant and unknown jobs', async () => {
    const o = await newOwner(env.url);
    const other = await newOwner(env.url);
    const { res } = await importFile(o.client, 'Nom\nSeul\n');
    expect(res.status).toBe(202);
    expectError(await other.client.get(`/api/clients/import/jobs/${res.body.jobId}`), 404, 'INTROUVABLE');
    expect((await journal(other.client)).find((e) => e.action === 'securite.acces_refuse')?.recordType).toBe('import');
    const email = `compta-import-${Date.now()}@exemple.fr`;
    await addUser(o.client, 'accountant', email, OTHER_STRONG_PASSWORD, 'Comptable');
    const accountant = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expectError(await accountant.post('/api/clients/import/preview', { contentBase64: b64('Nom\nX\n') }), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.post('/api/clients/import', { contentBase64: b64('Nom\nX\n') }), 403, 'ROLE_INSUFFISANT');
    expect(await count(o)).toBe(1);
  });
});
