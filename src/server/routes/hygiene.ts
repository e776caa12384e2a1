import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { answerValueSchema } from '../../core/security/assessment/index.ts';
import { completeReview, loadAssessment, saveAnswers, updateAction } from '../../hygiene/assessment.ts';
import { awarenessKit } from '../../hygiene/kit.ts';
import { requireActor } from '../auth-hook.ts';
import { parse } from '../validation.ts';

const questionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'identifiant de question invalide.' }).max(60);

export async function hygieneRoutes(server: FastifyInstance, app: App) {
  server.get('/api/hygiene', async (request) => {
    const actor = await requireActor(app, request);
    return loadAssessment(app, actor.tenantId);
  });

  server.put('/api/hygiene/answers', async (request) => {
    const actor = await requireActor(app, request);
    const body = parse(z.object({ answers: z.record(questionId, answerValueSchema.nullable()) }), request.body);
    await saveAnswers(app, actor, body.answers);
    return loadAssessment(app, actor.tenantId);
  });

  server.patch('/api/hygiene/actions/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(z.object({ id: questionId }), request.params);
    const body = parse(
      z.object({
        status: z.enum(['a-faire', 'en-cours', 'fait', 'ignore'], { message: 'statut inconnu.' }).optional(),
        dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date attendue au format AAAA-MM-JJ.' }).optional(),
      }),
      request.body,
    );
    await updateAction(app, actor, id, body);
    return loadAssessment(app, actor.tenantId);
  });

  server.post('/api/hygiene/reviews', async (request, reply) => {
    const actor = await requireActor(app, request);
    return reply.status(201).send(await completeReview(app, actor));
  });

  server.get('/api/hygiene/kit', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { format } = parse(z.object({ format: z.enum(['html', 'md', 'pdf']).default('html') }), request.query);
    const file = await awarenessKit(app, actor.tenantId, format);
    // HTML is offered as a download so it never runs inside Rempart's own origin.
    return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  });
}
