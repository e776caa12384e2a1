// The access journal: listing, integrity check against direct tampering in the database,
// exports, and owner-only access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/journal/actions.ts';
import { OTHER_STRONG_PASSWORD } from '../helpers/http.ts';
import { addUser, expectError, journal, journalSince, loginOk, newOwner, startEnv, stopEnv, tenantBody, type Env, type Owner } from './support.ts';

const FRENCH_LABELS = new Set<string>(Object.values(ACTIONS));

/** A fresh tenant with a handful of entries: seq 1 = compte.cree, then 4 more. */
async function tenantWithEntries(env: Env): Promise<Owner> {
  const owner = await newOwner(env.url);
  for (let i = 0; i < 3; i++) expect((await owner.client.get('/api/users')).status).toBe(200);
  expect((await owner.client.put('/api/tenant', tenantBody())).status).toBe(200);
  const entries = await journal(owner.client);
  expect(entries.map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
  return owner;
}

describe('access journal (sqlite)', () => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv('sqlite');
  });
  afterAll(async () => {
    await stopEnv(env);
  });

  it('lists entries newest first with French labels and names resolved, and pages with before=', async () => {
    const owner = await tenantWithEntries(env);
    const res = await owner.client.get('/api/journal');
    expect(res.status, res.text).toBe(200);
    expect(res.body.total).toBe(5);
    const entries = res.body.entries as { seq: number; action: string; actionLabel: string; actor: string; actorId: string; at: string }[];
    expect(entries.map((e) => e.action)).toEqual(['entreprise.modifiee', 'utilisateurs.lecture', 'utilisateurs.lecture', 'utilisateurs.lecture', 'compte.cree']);
    for (const e of entries) {
      expect(FRENCH_LABELS.has(e.actionLabel), e.actionLabel).toBe(true);
      expect(e.actionLabel).not.toBe(e.action);
      expect(e.actor).toBe('Jean Dupont (Propriétaire)');
      expect(e.actorId).toBe(owner.userId);
    }
    expect(entries[0]!.actionLabel).toBe('Informations de l’entreprise modifiées');
    expect(entries.at(-1)!.actionLabel).toBe('Compte et entreprise créés');
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);

    const page1 = await owner.client.get('/api/journal?limit=2');
    expect(page1.body.entries.map((e: { seq: number }) => e.seq)).toEqual([5, 4]);
    expect(page1.body.total).toBe(5);
    const page2 = await owner.client.get('/api/journal?limit=2&before=4');
    expect(page2.body.entries.map((e: { seq: number }) => e.seq)).toEqual([3, 2]);
    expectError(await owner.client.get('/api/journal?limit=0'), 400, 'DONNEES_INVALIDES', /limit/);
    expectError(await owner.client.get('/api/journal?limit=501'), 400, 'DONNEES_INVALIDES');
    expectError(await owner.client.get('/api/journal?before=abc'), 400, 'DONNEES_INVALIDES');
    // Reading the journal is not itself a write.
    expect((await owner.client.get('/api/journal')).body.total).toBe(5);
  });

  it('verifies an intact journal (ok:true) and journals the verification', async () => {
    const owner = await tenantWithEntries(env);
    const res = await owner.client.get('/api/journal/verify');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ ok: true, checked: 5, problems: [] });
    const [last] = await journal(owner.client);
    expect(last).toMatchObject({ seq: 6, action: 'journal.verifie', details: { integre: true, verifiees: 5 } });
    // Still intact with the verification entry appended.
    expect((await owner.client.get('/api/journal/verify')).body).toEqual({ ok: true, checked: 6, problems: [] });
  });

  type Tamper = { name: string; run: (env: Env, tenantId: string) => Promise<void>; expected: { seq: number; kind: string }[] };
  const TAMPERS: Tamper[] = [
    {
      name: 'an action rewritten',
      run: async (env, tenantId) => {
        await env.t.app.store.db.updateTable('journal').set({ action: 'connexion.reussie' }).where('tenant_id', '=', tenantId).where('seq', '=', 3).execute();
      },
      expected: [{ seq: 3, kind: 'altered' }],
    },
    {
      name: 'a middle row deleted',
      run: async (env, tenantId) => {
        await env.t.app.store.db.deleteFrom('journal').where('tenant_id', '=', tenantId).where('seq', '=', 3).execute();
      },
      // The gap is reported, and the next entry no longer follows its predecessor.
      expected: [
        { seq: 3, kind: 'missing' },
        { seq: 4, kind: 'reordered' },
      ],
    },
    {
      name: "two rows' seq swapped",
      run: async (env, tenantId) => {
        const db = env.t.app.store.db;
        const at = (seq: number) => db.updateTable('journal').where('tenant_id', '=', tenantId).where('seq', '=', seq);
        await at(2).set({ seq: 1000 }).execute();
        await at(3).set({ seq: 2 }).execute();
        await at(1000).set({ seq: 3 }).execute();
      },
      // The seq is covered by each entry's MAC, so both moved entries fail their MAC check,
      // and the entry after them no longer follows the one stored before it.
      expected: [
        { seq: 2, kind: 'altered' },
        { seq: 3, kind: 'altered' },
        { seq: 4, kind: 'reordered' },
      ],
    },
    {
      name: 'the last row deleted',
      run: async (env, tenantId) => {
        await env.t.app.store.db.deleteFrom('journal').where('tenant_id', '=', tenantId).where('seq', '=', 5).execute();
      },
      expected: [{ seq: 5, kind: 'truncated' }],
    },
  ];

  it.each(TAMPERS)('detects $name (ok:false with the right kind)', async ({ run, expected }) => {
    const owner = await tenantWithEntries(env);
    // Another tenant's journal stays intact whatever happens to this one.
    const bystander = await newOwner(env.url);
    await run(env, owner.tenantId);
    const res = await owner.client.get('/api/journal/verify');
    expect(res.status, res.text).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.problems.map((p: { seq: number; kind: string }) => ({ seq: p.seq, kind: p.kind }))).toEqual(expected);
    for (const p of res.body.problems) expect(p.message).toMatch(/^(Entrée|Entrées|Fin du journal)/);
    const [last] = await journal(owner.client);
    expect(last).toMatchObject({ action: 'journal.verifie', details: { integre: false } });
    // The damage is permanent: later entries do not heal the chain.
    expect((await owner.client.get('/api/journal/verify')).body.ok).toBe(false);
    expect((await bystander.client.get('/api/journal/verify')).body).toMatchObject({ ok: true, problems: [] });
  });

  it('exports the journal as CSV (header + one line per entry) and as JSON', async () => {
    const owner = await tenantWithEntries(env);
    const csv = await owner.client.get('/api/journal/export?format=csv');
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8$/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="journal-\d{4}-\d{2}-\d{2}\.csv"$/);
    const raw = await (await fetch(`${env.url}/api/journal/export`, { headers: { cookie: owner.client.cookieHeader() } })).arrayBuffer();
    expect([...new Uint8Array(raw).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM for spreadsheets
    const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines.at(-1)).toBe('');
    lines.pop();
    expect(lines[0]).toBe('numero;date;acteur;action;libelle;type;enregistrement;ip;details;empreinte_precedente;empreinte');
    // The export journals itself before reading, so it lists its own entry (seq 6).
    const body = lines.slice(1);
    expect(body.map((l) => Number(l.split(';')[0]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body[0]).toContain(';compte.cree;Compte et entreprise créés;');
    expect(body.at(-1)).toContain(';journal.exporte;');

    const json = await owner.client.get('/api/journal/export?format=json');
    expect(json.status, json.text).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.headers.get('content-disposition')).toMatch(/filename="journal-\d{4}-\d{2}-\d{2}\.json"/);
    expect(json.body.entreprise).toBe(owner.tenantId);
    const entries = json.body.entries as { seq: number; prevHash: string; hash: string; action: string; details: Record<string, unknown> }[];
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entries[0]!.prevHash).toBe('genesis');
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect(entries.at(-1)).toMatchObject({ action: 'journal.exporte', details: { format: 'json' } });
    expect((await journal(owner.client)).length).toBe(8);
    expectError(await owner.client.get('/api/journal/export?format=xml'), 400, 'DONNEES_INVALIDES');
  });

  it('neutralises spreadsheet formulas in the CSV export', async () => {
    const owner = await newOwner(env.url);
    const email = `formule-${Date.now()}@dupont.example`;
    await addUser(owner.client, 'collaborator', email, OTHER_STRONG_PASSWORD, '=HYPERLINK("http://evil.example","clic")');
    await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    const csv = await owner.client.get('/api/journal/export');
    const line = csv.text.split('\r\n').find((l) => l.includes(';connexion.reussie;'))!;
    expect(line).toContain(`;"'=HYPERLINK(""http://evil.example"",""clic"") (Collaborateur)";`);
    expect(csv.text).not.toMatch(/;=HYPERLINK/);
  });

  it('refuses the journal to a collaborator (403) and journals securite.role_refuse', async () => {
    const owner = await newOwner(env.url);
    const email = `collab-${Date.now()}@dupont.example`;
    const collab = await addUser(owner.client, 'collaborator', email, OTHER_STRONG_PASSWORD, 'Paul Collab');
    const client = await loginOk(env.url, email, OTHER_STRONG_PASSWORD);
    const before = await journal(owner.client);

    for (const path of ['/api/journal', '/api/journal/verify', '/api/journal/export?format=csv', '/api/journal/export?format=json']) {
      const res = await client.get(path);
      expectError(res, 403, 'ROLE_INSUFFISANT', /^Seul le propriétaire du compte peut faire cette action\.$/);
      expect(res.text).not.toContain(owner.userId);
    }
    const added = await journalSince(owner.client, before);
    expect(added.map((e) => e.action)).toEqual(Array(4).fill('securite.role_refuse'));
    for (const e of added) expect(e).toMatchObject({ actorId: collab.id, actor: 'Paul Collab (Collaborateur)', actionLabel: 'Action refusée : rôle insuffisant' });
    // The refused calls neither verified nor exported anything.
    expect(added.map((e) => e.action)).not.toContain('journal.exporte');
  });
});
