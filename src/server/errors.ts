// One place maps every error to an HTTP status and a French message.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '../core/errors.ts';
import type { App } from '../app.ts';
import { recordEvent } from '../journal/journal.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  throttled: 429,
};

export function sendError(reply: FastifyReply, status: number, code: string, erreur: string, details?: Record<string, unknown>) {
  return reply.status(status).type('application/json; charset=utf-8').send({ erreur, code, ...(details ? { details } : {}) });
}

export function errorHandler(app: App) {
  return async (err: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const code = (err as FastifyError).code;
    if (code?.startsWith('FST_CSRF_') && request.auth) {
      // A forged request riding on a live session is a security event worth keeping.
      const user = await app.repos.users(request.auth.tenantId).get(request.auth.userId);
      await recordEvent(app, { tenantId: request.auth.tenantId, actorId: request.auth.userId, actorLabel: user?.role ?? 'anonymous', action: 'securite.csrf_refuse', ip: request.ip, details: { route: request.url.slice(0, 100) } });
    }
    return mapError(err, request, reply);
  };
}

function mapError(err: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof DomainError) return sendError(reply, STATUS[err.kind], err.code, err.message, err.details);
  const code = (err as FastifyError).code;
  const status = (err as FastifyError).statusCode;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, 413, 'REQUETE_TROP_VOLUMINEUSE', 'Requête trop volumineuse.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(reply, 400, 'JSON_INVALIDE', 'Le contenu envoyé n’est pas un JSON valide.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, 415, 'TYPE_NON_SUPPORTE', 'Type de contenu non accepté : envoyez du JSON.');
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return sendError(reply, 403, 'CSRF_INVALIDE', 'Jeton de sécurité (CSRF) invalide ou absent. Rechargez la page.');
  }
  if (status === 429) return sendError(reply, 429, 'TROP_DE_REQUETES', 'Trop de requêtes. Patientez un instant avant de réessayer.');
  if (status && status >= 400 && status < 500) return sendError(reply, status, 'REQUETE_INVALIDE', 'Requête invalide.');
  request.log.error(err);
  return sendError(reply, 500, 'ERREUR_INTERNE', 'Erreur interne du serveur. Rien n’a été modifié ; réessayez ou contactez l’assistance.');
}
