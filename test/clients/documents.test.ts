// Documents attached to clients: age-encrypted on disk (readable by the standard `age` tool
// with the tenant identity), never in clear, decrypted for download, invoices drive the flag
// retention uses, roles and journal.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlockWithRecoveryKey } from '../../src/accounts/team.ts';
import { documentPath, tenantIdentity } from '../../src/clients/documents.ts';
import { ClientVault } from '../../src/clients/vault.ts';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { b64, createClient } from './support.ts';

const AGE = '/usr/bin/age';
const SECRET_TEXT = 'RIB de Mme Lefèvre : FR76 3000 6000 0112 3456 7890 189 — confidentiel';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

async function download(o: Owner, path: string) {
  const res = await fetch(o.client.baseUrl + path, { headers: { cookie: o.client.cookieHeader() } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('client documents', () => {
  let env: Env;
  let o: Owner;
  beforeAll(async () => {
    env = await startEnv('sqlite');
    o = await newOwner(env.url);
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('stores a document age-encrypted, downloads it decrypted, and the age CLI opens it', async () => {
    expect(existsSync(AGE), `${AGE} is missing: apt-get install -y age`).toBe(true);
    const c = await createClient(o.client);
    const res = await o.client.post(`/api/clients/${c.id}/documents`, { kind: 'rib', filename: 'RIB Amélie Lefèvre.txt', mime: 'text/plain', contentBase64: b64(SECRET_TEXT) });
    expect(res.status, res.text).toBe(201);
    const doc = res.body.document;
    expect(doc).toMatchObject({ kind: 'rib', filename: 'RIB Amélie Lefèvre.txt', mime: 'text/plain', size: Buffer.byteLength(SECRET_TEXT), documentDate: null });

    const path = documentPath(env.t.app, o.tenantId, doc.id);
    const onDisk = readFileSync(path);
    expect(onDisk.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    for (const file of filesUnder(join(env.t.dataDir, 'documents'))) {
      const bytes = readFileSync(file);
      for (const clear of ['FR76', 'Lefèvre', 'confidentiel', 'RIB Amélie']) expect(bytes.includes(Buffer.from(clear)), `${file} contains ${clear}`).toBe(false);
      expect(file).not.toMatch(/Amélie|RIB/);
    }

    const got = await download(o, `/api/clients/${c.id}/documents/${doc.id}`);
    expect(got.status).toBe(200);
    expect(got.bytes.toString('utf8')).toBe(SECRET_TEXT);
    expect(got.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="RIB Amelie Lefevre.txt"; filename*=UTF-8''${encodeURIComponent('RIB Amélie Lefèvre.txt')}`);

    // The standard tool, given the tenant identity (sealed in the database with the data key).
    const dataKey = await unlockWithRecoveryKey(env.t.app, o.tenantId, o.res.recoveryKey);
    const identity = await tenantIdentity(env.t.app, new ClientVault(o.tenantId, dataKey));
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    const row = await env.t.app.repos.clientDocuments(o.tenantId).ageKey();
    expect(row?.identity_enc).not.toContain('AGE-SECRET-KEY');
    const dir = mkdtempSync(join(tmpdir(), 'rempart-age-'));
    try {
      writeFileSync(join(dir, 'key.txt'), `${identity}\n`, { mode: 0o600 });
      const clear = execFileSync(AGE, ['-d', '-i', join(dir, 'key.txt'), path]);
      expect(clear.toString('utf8')).toBe(SECRET_TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const read = await o.client.get(`/api/clients/${c.id}`);
    expect(read.body.documents).toEqual([expect.objectContaining({ id: doc.id, filename: 'RIB Amélie Lefèvre.txt' })]);
    const actions = (await journal(o.client)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['client.document_ajoute', 'client.document_telecharge']));
    expect(JSON.stringify((await journal(o.client)).map((e) => e.details))).not.toMatch(/RIB|Amélie/);
  });

  it('sets and recomputes the invoice flag used by retention', async () => {
    const c = await createClient(o.client);
    const up = (kind: string, documentDate?: string) => o.client.post(`/api/clients/${c.id}/documents`, { kind, filename: `${kind}.pdf`, mime: 'application/pdf', contentBase64: b64(`%PDF ${kind}`), documentDate });
    expect((await up('devis', '2024-01-10')).status).toBe(201);
    expect((await o.client.get(`/api/clients/${c.id}`)).body.client).toMatchObject({ hasInvoices: false, lastInvoiceAt: null });
    const f1 = (await up('facture', '2023-06-30')).body.document;
    const f2 = (await up('facture', '2024-02-15')).body.document;
    expect((await o.client.get(`/api/clients/${c.id}`)).body.client).toMatchObject({ hasInvoices: true, lastInvoiceAt: '2024-02-15' });
    expect((await o.client.delete(`/api/clients/${c.id}/documents/${f2.id}`)).status).toBe(204);
    expect(existsSync(documentPath(env.t.app, o.tenantId, f2.id))).toBe(false);
    expect((await o.client.get(`/api/clients/${c.id}`)).body.client).toMatchObject({ hasInvoices: true, lastInvoiceAt: '2023-06-30' });
    expect((await o.client.delete(`/api/clients/${c.id}/documents/${f1.id}`)).status).toBe(204);
    expect((await o.client.get(`/api/clients/${c.id}`)).body.client).toMatchObject({ hasInvoices: false, lastInvoiceAt: null });
    expectError(await up('facture', '2999-01-01'), 400, 'DATE_FUTURE');
    expectError(await up('bon de commande'), 400, 'DONNEES_INVALIDES', /type de document inconnu/);
  });

  it('enforces sizes, roles, and removes the files with the client', async () => {
    const c = await createClient(o.client);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 65);
    expectError(await o.client.post(`/api/clients/${c.id}/documents`, { kind: 'autre', filename: 'gros.bin', mime: 'application/octet-stream', contentBase64: big.toString('base64') }), 400, 'DOCUMENT_TROP_VOLUMINEUX');
    const huge = 'A'.repeat(16 * 1024 * 1024);
    expectError(await o.client.post(`/api/clients/${c.id}/documents`, { kind: 'autre', filename: 'x', mime: 'text/plain', contentBase64: huge }), 413, 'REQUETE_TROP_VOLUMINEUSE');
    const doc = (await o.client.post(`/api/clients/${c.id}/documents`, { kind: 'contrat', filename: '../../etc/contrat.pdf', mime: 'application/pdf', contentBase64: b64('%PDF contrat') })).body.document;
    expect(doc.filename).toBe('contrat.pdf');

    const email = `compta-doc-${Date.now()}@exemple.fr`;
    await addUser(o.client, 'accountant', email, OTHER_STRONG_PASSWORD, 'Comptable');
    const accountant = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    const got = await fetch(`${env.url}/api/clients/${c.id}/documents/${doc.id}`, { headers: { cookie: accountant.cookieHeader() } });
    expect(got.status).toBe(200);
    expectError(await accountant.post(`/api/clients/${c.id}/documents`, { kind: 'autre', filename: 'x.txt', mime: 'text/plain', contentBase64: b64('x') }), 403, 'ROLE_INSUFFISANT');
    expectError(await accountant.delete(`/api/clients/${c.id}/documents/${doc.id}`), 403, 'ROLE_INSUFFISANT');

    const path = documentPath(env.t.app, o.tenantId, doc.id);
    expect(existsSync(path)).toBe(true);
    expect((await o.client.delete(`/api/clients/${c.id}`)).status).toBe(204);
    expect(existsSync(path)).toBe(false);
    expect(await env.t.app.repos.clientDocuments(o.tenantId).listFor(c.id)).toEqual([]);
    expectError(await o.client.get(`/api/clients/${c.id}/documents/${doc.id}`), 404, 'INTROUVABLE');
  });
});
