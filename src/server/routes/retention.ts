// Retention periods (« durées de conservation »): the policy, the dry-run preview, the purge.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { policyView, savePolicy } from '../../retention/policy.ts';
import { retentionApply, retentionPreview } from '../../retention/service.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse } from '../validation.ts';

const count = z.number({ message: 'nombre attendu.' }).int({ message: 'nombre entier attendu.' }).min(0);

const applyBody = z.object({
  confirm: z.literal(true, { message: 'confirmez la purge (confirm: true) : elle est définitive.' }),
  // The counts of the preview the user read: the purge runs only if they still hold.
  expected: z.object({ supprimer: count, anonymiser: count }, { message: 'reprenez les nombres de l’aperçu (expected: { supprimer, anonymiser }).' }),
});

export async function retentionRoutes(server: FastifyInstance, app: App) {
  server.get('/api/retention/policy', async (request) => {
    const actor = await requireActor(app, request);
    return policyView(app, actor.tenantId);
  });

  server.put('/api/retention/policy', async (request) => {
    const actor = await requireActor(app, request);
    // Validated by the domain schema (bounds with their legal reasons), not here.
    return savePolicy(app, actor, request.body ?? {}, meta(request));
  });

  server.get('/api/retention/preview', async (request) => {
    const actor = await requireActor(app, request);
    return retentionPreview(app, actor, meta(request));
  });

  server.post('/api/retention/apply', async (request) => {
    const actor = await requireActor(app, request);
    const body = parse(applyBody, request.body);
    return { report: await retentionApply(app, actor, body.expected, meta(request)) };
  });
}
