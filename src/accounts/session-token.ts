// A session cookie carries a random token. The database keeps only its MAC (for lookup)
// and the data key sealed with a key derived from the token: a stolen database cannot
// open sessions, and a server restart does not sign anyone out.
import { randomBytes, randomUUID } from 'node:crypto';
import { open, seal } from '../crypto/aead.ts';
import { subKey } from '../crypto/derive.ts';
import type { App } from '../app.ts';
import type { SessionRow } from '../db/repositories/sessions.ts';
import type { Repositories } from '../db/repositories/index.ts';

export interface SessionAuth {
  sessionId: string;
  tenantId: string;
  userId: string;
  stage: 'totp' | 'active';
  /** Null when the user's access to the client file is pending. */
  dataKey: Buffer | null;
}

const TOTP_STAGE_MINUTES = 5;

export async function openSession(
  app: App,
  repos: Repositories,
  args: { tenantId: string; userId: string; dataKey: Buffer | null; stage: 'totp' | 'active'; ip: string; userAgent: string },
): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const now = app.now();
  const ttl = args.stage === 'totp' ? TOTP_STAGE_MINUTES * 60_000 : app.config.sessionIdleMinutes * 60_000;
  const sealed = args.dataKey ? seal(sealKey(token), args.dataKey, `session:${id}`).toString('base64') : '';
  await repos.sessions.insert({
    id,
    id_mac: app.keys.mac('session', token),
    tenant_id: args.tenantId,
    user_id: args.userId,
    stage: args.stage,
    sealed_data_key: sealed,
    ip: args.ip,
    user_agent: args.userAgent.slice(0, 300),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ttl).toISOString(),
  });
  return { token, id };
}

function sealKey(token: string): Buffer {
  return subKey(Buffer.from(token, 'base64url'), 'session-seal');
}

/** Resolves a cookie token; refreshes the idle deadline at most once a minute to spare writes. */
export async function resolveSession(app: App, token: string): Promise<SessionAuth | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await app.repos.sessions.byTokenMac(app.keys.mac('session', token));
  if (!row) return null;
  const now = app.now();
  if (new Date(row.expires_at) <= now) {
    await app.repos.sessions.deleteById(row.id);
    return null;
  }
  if (row.stage === 'active' && now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await app.repos.sessions.touch(row.id, now.toISOString(), nextExpiry(app, row, now));
  }
  let dataKey: Buffer | null = null;
  if (row.sealed_data_key) {
    try {
      dataKey = open(sealKey(token), Buffer.from(row.sealed_data_key, 'base64'), `session:${row.id}`);
    } catch {
      return null;
    }
  }
  return { sessionId: row.id, tenantId: row.tenant_id, userId: row.user_id, stage: row.stage, dataKey };
}

function nextExpiry(app: App, row: SessionRow, now: Date): string {
  const idle = now.getTime() + app.config.sessionIdleMinutes * 60_000;
  const max = new Date(row.created_at).getTime() + app.config.sessionMaxHours * 3_600_000;
  return new Date(Math.min(idle, max)).toISOString();
}
