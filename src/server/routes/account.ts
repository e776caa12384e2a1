import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { disableTotp, enableTotp, regenerateRecoveryCodes, setupTotp } from '../../accounts/two-factor.ts';
import { recordEvent } from '../../journal/journal.ts';
import { notFound } from '../../core/errors.ts';
import { strictRateLimit } from '../rate-limits.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse, uuid } from '../validation.ts';

const codeBody = z.object({ code: z.string().trim().regex(/^\d{6}$/, { message: 'le code compte 6 chiffres.' }) });

/** 2FA and sessions of the signed-in user. */
export async function accountRoutes(server: FastifyInstance, app: App) {
  server.post('/api/2fa/setup', async (request) => setupTotp(app, await requireActor(app, request), meta(request)));

  server.post('/api/2fa/enable', strictRateLimit(), async (request) => {
    const actor = await requireActor(app, request);
    const { code } = parse(codeBody, request.body);
    return { recoveryCodes: await enableTotp(app, actor, code, meta(request)) };
  });

  server.post('/api/2fa/disable', strictRateLimit(), async (request, reply) => {
    const actor = await requireActor(app, request);
    const { code } = parse(codeBody, request.body);
    await disableTotp(app, actor, code, meta(request));
    return reply.status(204).send();
  });

  server.post('/api/2fa/recovery-codes', strictRateLimit(), async (request) => {
    const actor = await requireActor(app, request);
    const { code } = parse(codeBody, request.body);
    return { recoveryCodes: await regenerateRecoveryCodes(app, actor, code, meta(request)) };
  });

  server.get('/api/sessions', async (request) => {
    const actor = await requireActor(app, request);
    const rows = await app.repos.sessions.listForUser(actor.tenantId, actor.userId);
    return {
      sessions: rows.map((s) => ({ id: s.id, createdAt: s.created_at, lastSeenAt: s.last_seen_at, ip: s.ip, userAgent: s.user_agent, current: s.id === actor.sessionId })),
    };
  });

  server.delete('/api/sessions/:id', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(z.object({ id: uuid }), request.params);
    const removed = await app.repos.sessions.revokeForUser(actor.tenantId, actor.userId, id);
    await recordEvent(app, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      actorLabel: actor.role,
      action: removed ? 'session.revoquee' : 'securite.acces_refuse',
      recordType: 'session',
      recordId: id,
      ip: meta(request).ip,
    });
    if (!removed) throw notFound('Session introuvable.');
    return reply.status(204).send();
  });
}
