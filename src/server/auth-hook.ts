// Resolves the session cookie into request.auth; routes ask for what they need.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app.ts';
import { resolveSession, type SessionAuth } from '../accounts/session-token.ts';
import { unauthenticated } from '../core/errors.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';

export const SESSION_COOKIE = 'rempart_session';

declare module 'fastify' {
  interface FastifyRequest {
    auth: SessionAuth | null;
  }
}

export function sessionCookieOptions(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: request.protocol === 'https' };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
}

export function makeAuthHook(app: App) {
  return async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await resolveSession(app, token) : null;
  };
}

export function meta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}

const EXPIRED = () => unauthenticated('NON_CONNECTE', 'Vous n’êtes pas connecté ou votre session a expiré.');

/** A fully signed-in user (password and, when enabled, the second factor). */
export async function requireActor(app: App, request: FastifyRequest): Promise<Actor> {
  const auth = request.auth;
  if (!auth || auth.stage !== 'active') throw EXPIRED();
  const user = await app.repos.users(auth.tenantId).get(auth.userId);
  if (!user) throw EXPIRED();
  return { ...auth, role: user.role };
}

export function requirePendingTotp(request: FastifyRequest): SessionAuth {
  const auth = request.auth;
  if (!auth || auth.stage !== 'totp') throw unauthenticated('ETAPE_TOTP_EXPIREE', 'Étape de vérification expirée : reconnectez-vous avec votre mot de passe.');
  return auth;
}
