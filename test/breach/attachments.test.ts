// Evidence attached to an incident: encrypted with age on disk (the `age` tool opens it with
// the tenant's identity), its name sealed in the database, read back intact, journaled;
// refused to the accountant and across tenants; never written when invalid.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.ts';
import { OTHER_STRONG_PASSWORD, type Client } from '../helpers/http.ts';
import { addUser, expectError, freeze, journal, loginOk, newOwner, startEnv, stopEnv, type Env, type Owner } from '../routes/support.ts';
import { lostLaptop } from './fixtures.ts';
import { unlockWithRecoveryKey } from '../../src/accounts/team.ts';
import { tenantIdentity } from '../../src/clients/documents.ts';
import { ClientVault } from '../../src/clients/vault.ts';

const EVIDENCE = Buffer.from('Capture du message envoyé par erreur à lucienne.bertrand@exemple.fr — IBAN FR7630006000011234567890189\n');

async function raw(client: Client, path: string) {
  const res = await fetch(client.baseUrl + path, { headers: { cookie: client.cookieHeader() } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe.each(DIALECTS)('breach attachments (%s)', (dialect) => {
  let env: Env;
  let owner: Owner;
  let id: string;

  beforeAll(async () => {
    env = await startEnv(dialect);
    owner = await newOwner(env.url);
    id = (await owner.client.post('/api/breaches', lostLaptop(freeze(env.t)))).body.violation.id;
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('stores the file encrypted, lists it and gives it back intact', async () => {
    const res = await owner.client.post(`/api/breaches/${id}/attachments`, { filename: 'capture écran.txt', mime: 'text/plain', contentBase64: EVIDENCE.toString('base64') });
    expect(res.status, res.text).toBe(201);
    const piece = res.body.pieceJointe as { id: string; filename: string; size: number };
    expect(piece).toMatchObject({ filename: 'capture écran.txt', size: EVIDENCE.length });

    const list = await owner.client.get(`/api/breaches/${id}/attachments`);
    expect(list.body.piecesJointes.map((p: { id: string }) => p.id)).toEqual([piece.id]);

    const back = await raw(owner.client, `/api/breaches/${id}/attachments/${piece.id}`);
    expect(back.status).toBe(200);
    expect(back.bytes.equals(EVIDENCE)).toBe(true);
    expect(back.headers.get('content-disposition')).toContain("filename*=UTF-8''capture%20%C3%A9cran.txt");

    // On disk: an age file that does not contain the evidence, which the `age` tool opens.
    const folder = join(env.t.dataDir, 'documents', owner.tenantId, 'incidents');
    const stored = readFileSync(join(folder, `${piece.id}.age`));
    expect(stored.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(stored.includes(Buffer.from('lucienne'))).toBe(false);
    const events = await journal(owner.client);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['violation.piece_jointe_ajoutee', 'violation.piece_jointe_telechargee']));
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('opens with the standard age tool given the tenant identity', async () => {
    const res = await owner.client.post(`/api/breaches/${id}/attachments`, { filename: 'plainte.txt', mime: 'text/plain', contentBase64: EVIDENCE.toString('base64') });
    const pieceId = res.body.pieceJointe.id as string;
    // The identity is sealed with the data key: open it as the signed-in owner would.
    const sessionKey = await unlockWithRecoveryKey(env.t.app, owner.tenantId, owner.res.recoveryKey);
    const identity = await tenantIdentity(env.t.app, new ClientVault(owner.tenantId, sessionKey));
    const keyFile = join(env.t.dataDir, 'identity.txt');
    writeFileSync(keyFile, `${identity}\n`, { mode: 0o600 });
    const clear = execFileSync('age', ['-d', '-i', keyFile, join(env.t.dataDir, 'documents', owner.tenantId, 'incidents', `${pieceId}.age`)]);
    expect(clear.equals(EVIDENCE)).toBe(true);
  });

  it('refuses empty, oversized or malformed files, writing nothing', async () => {
    const before = (await owner.client.get(`/api/breaches/${id}/attachments`)).body.piecesJointes.length;
    expectError(await owner.client.post(`/api/breaches/${id}/attachments`, { filename: 'vide.txt', contentBase64: '' }), 400, 'DONNEES_INVALIDES', /vide/);
    expectError(await owner.client.post(`/api/breaches/${id}/attachments`, { filename: 'x.txt', contentBase64: '%%%' }), 400, 'DONNEES_INVALIDES', /base64/);
    expectError(await owner.client.post(`/api/breaches/${id}/attachments`, { filename: 'gros.bin', contentBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64') }), 400, 'PIECE_TROP_VOLUMINEUSE', /10 Mo/);
    expect((await owner.client.get(`/api/breaches/${id}/attachments`)).body.piecesJointes.length).toBe(before);
  });

  it('refuses the accountant a new file but lets them read; another tenant gets 404', async () => {
    const email = `compta-pj-${Date.now()}@exemple.fr`;
    await addUser(owner.client, 'accountant', email, OTHER_STRONG_PASSWORD, 'Comptable');
    const accountant = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    expectError(await accountant.post(`/api/breaches/${id}/attachments`, { filename: 'a.txt', contentBase64: 'YQ==' }), 403, 'ROLE_INSUFFISANT');
    const list = await accountant.get(`/api/breaches/${id}/attachments`);
    expect(list.status).toBe(200);

    const other = await newOwner(env.url);
    const pieceId = list.body.piecesJointes[0].id as string;
    expectError(await other.client.get(`/api/breaches/${id}/attachments`), 404, 'INTROUVABLE');
    expectError(await other.client.get(`/api/breaches/${id}/attachments/${pieceId}`), 404, 'INTROUVABLE');
    expectError(await other.client.post(`/api/breaches/${id}/attachments`, { filename: 'a.txt', contentBase64: 'YQ==' }), 404, 'INTROUVABLE');
    const otherBreach = (await other.client.post('/api/breaches', lostLaptop(new Date()))).body.violation.id as string;
    // Another tenant's attachment id under one's own incident: not found either.
    expectError(await other.client.get(`/api/breaches/${otherBreach}/attachments/${pieceId}`), 404, 'INTROUVABLE');
  });
});

