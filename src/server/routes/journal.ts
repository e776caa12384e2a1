import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { requireOwner } from '../../accounts/team.ts';
import { exportJournal, journalPage } from '../../journal/read.ts';
import { recordEvent, verifyJournal } from '../../journal/journal.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse } from '../validation.ts';

export async function journalRoutes(server: FastifyInstance, app: App) {
  server.get('/api/journal', async (request) => {
    const actor = await requireActor(app, request);
    await requireOwner(app, actor, meta(request));
    const q = parse(z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), before: z.coerce.number().int().min(1).optional() }), request.query);
    return journalPage(app, actor.tenantId, q.limit, q.before);
  });

  server.get('/api/journal/verify', async (request) => {
    const actor = await requireActor(app, request);
    await requireOwner(app, actor, meta(request));
    const report = await verifyJournal(app, actor.tenantId);
    await recordEvent(app, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'journal.verifie', ip: meta(request).ip, details: { integre: report.ok, verifiees: report.checked } });
    return report;
  });

  server.get('/api/journal/export', async (request, reply) => {
    const actor = await requireActor(app, request);
    await requireOwner(app, actor, meta(request));
    const q = parse(z.object({ format: z.enum(['csv', 'json']).default('csv') }), request.query);
    await recordEvent(app, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action: 'journal.exporte', ip: meta(request).ip, details: { format: q.format } });
    const file = await exportJournal(app, actor.tenantId, q.format);
    return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  });
}
