// Shared helpers for the route and isolation suites (kept here: test/helpers belongs to others).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createTestApp, type Dialect, type TestApp } from '../helpers/app.ts';
import { Client, signedUpClient, startServer } from '../helpers/http.ts';
import { currentTotp } from '../../src/crypto/totp.ts';

export type Server = Awaited<ReturnType<typeof startServer>>;

export interface Env {
  t: TestApp;
  srv: Server;
  url: string;
}

/** One real app (SQLite file or fresh PostgreSQL database) and one real HTTP server. */
export async function startEnv(dialect: Dialect = 'sqlite'): Promise<Env> {
  const t = await createTestApp(dialect);
  const srv = await startServer(t.app);
  return { t, srv, url: srv.url };
}

export async function stopEnv(env: Env | undefined): Promise<void> {
  await env?.srv.close();
  await env?.t.cleanup();
}

/** Moves the app clock forward (freezing it first at the real time if it is not frozen yet). */
export function advance(t: TestApp, ms: number): Date {
  const base = t.clock.now ?? new Date();
  t.clock.now = new Date(base.getTime() + ms);
  return t.clock.now;
}

export function freeze(t: TestApp): Date {
  t.clock.now ??= new Date();
  return t.clock.now;
}

export type Owner = Awaited<ReturnType<typeof signedUpClient>> & {
  email: string;
  password: string;
  userId: string;
  tenantId: string;
};

export async function newOwner(url: string, overrides: Record<string, unknown> = {}): Promise<Owner> {
  const o = await signedUpClient(url, overrides);
  return { ...o, email: o.body.email, password: o.body.password, userId: o.res.user.id, tenantId: o.res.tenant.id };
}

/** Signs in on a fresh client (its own cookie jar). Returns the client and the answer. */
export async function login(url: string, email: string, password: string) {
  const client = new Client(url);
  const res = await client.post('/api/auth/login', { email, password });
  if (res.status === 200) await client.refreshCsrf();
  return { client, res };
}

export async function loginOk(url: string, email: string, password: string): Promise<Client> {
  const { client, res } = await login(url, email, password);
  expect(res.status, `login ${email}: ${res.text}`).toBe(200);
  expect(res.body.etape).toBe('termine');
  return client;
}

/** Adds a user through the API (owner client) and returns its id. */
export async function addUser(owner: Client, role: 'collaborator' | 'accountant', email: string, password: string, nom = 'Marie Curie') {
  const res = await owner.post('/api/users', { email, nom, role, password });
  expect(res.status, res.text).toBe(201);
  return res.body.user as { id: string; email: string; role: string };
}

export interface JournalEntry {
  seq: number;
  at: string;
  actor: string;
  actorId: string | null;
  action: string;
  actionLabel: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The whole journal of the owner's tenant, newest first, through the API. */
export async function journal(owner: Client): Promise<JournalEntry[]> {
  const res = await owner.get('/api/journal?limit=500');
  expect(res.status, res.text).toBe(200);
  return res.body.entries;
}

export async function journalActions(owner: Client): Promise<string[]> {
  return (await journal(owner)).map((e) => e.action);
}

/** Entries added since `before` (a previous journal() result). */
export async function journalSince(owner: Client, before: JournalEntry[]): Promise<JournalEntry[]> {
  const top = before[0]?.seq ?? 0;
  return (await journal(owner)).filter((e) => e.seq > top);
}

export function expectError(res: { status: number; body: any; text: string }, status: number, code: string, erreur?: RegExp) {
  expect(res.status, res.text).toBe(status);
  expect(res.body?.code, res.text).toBe(code);
  expect(typeof res.body?.erreur).toBe('string');
  if (erreur) expect(res.body.erreur).toMatch(erreur);
}

/** A 6-digit code that is valid for none of the steps the server accepts around `at`. */
export function wrongTotp(secret: string, at: Date): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => currentTotp(secret, new Date(at.getTime() + d))));
  for (let n = 123456; ; n = (n + 7919) % 1_000_000) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

export function outboxFiles(t: TestApp): string[] {
  const dir = join(t.dataDir, 'outbox');
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
}

/** The reset token of the newest outbox message addressed to `email`. */
export function outboxToken(t: TestApp, email: string): string {
  const messages = outboxFiles(t)
    .map((f) => readFileSync(join(t.dataDir, 'outbox', f), 'utf8'))
    .filter((m) => m.split('\r\n')[0] === `To: ${email.toLowerCase()}`);
  expect(messages.length, `no outbox message for ${email}`).toBeGreaterThan(0);
  const match = /[?&]jeton=([A-Za-z0-9_-]+)/.exec(messages.at(-1)!);
  expect(match, 'no jeton= in the reset e-mail').not.toBeNull();
  return match![1]!;
}

export async function countRows(t: TestApp, table: 'tenants' | 'users' | 'sessions' | 'journal'): Promise<number> {
  const row = await t.app.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function userRow(t: TestApp, tenantId: string, userId: string) {
  return t.app.repos.users(tenantId).get(userId);
}

export async function tenantRow(t: TestApp, tenantId: string) {
  return t.app.repos.tenants.get(tenantId);
}

/** The tenant row without the journal head (which moves with every journaled event). */
export async function tenantProfile(t: TestApp, tenantId: string) {
  const row = await t.app.repos.tenants.get(tenantId);
  if (!row) return row;
  const { journal_seq: _s, journal_head: _h, ...profile } = row;
  return profile;
}

/** Tenant body accepted by PUT /api/tenant. */
export function tenantBody(overrides: Record<string, unknown> = {}) {
  return {
    raisonSociale: 'Nouvelle Raison Sociale',
    siren: '732829320',
    activite: 'commerce',
    adresse: '1 rue Neuve, 75001 Paris',
    contactNom: 'Nouveau Contact',
    contactEmail: 'nouveau@contact.example',
    passwordRenewalDays: 120,
    ...overrides,
  };
}
