// Inventory: scans of server-side folders started from the web interface, their progress,
// results and history (see src/inventory).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { cancelScan, listScans, readScan, scanRoots, startScan } from '../../inventory/service.ts';
import { stopAllScans } from '../../inventory/jobs.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse, uuid } from '../validation.ts';

const startBody = z.strictObject(
  {
    dossiers: z
      .array(z.string().trim().min(1, { message: 'indiquez un dossier.' }).max(4096, { message: 'chemin trop long.' }), { message: 'liste de dossiers attendue.' })
      .min(1, { message: 'indiquez au moins un dossier.' })
      .max(20, { message: '20 dossiers au maximum par analyse.' }),
    /** Read the text of images and scans too (slower). */
    images: z.boolean({ message: 'images : vrai ou faux attendu.' }).default(false),
  },
);

const idParams = z.object({ id: uuid });

const pageQuery = z.object({
  page: z.coerce.number({ message: 'numéro de page attendu.' }).int().min(1).max(1_000_000).default(1),
  parPage: z.coerce.number({ message: 'nombre attendu.' }).int().min(1).max(500, { message: '500 fichiers par page au maximum.' }).default(50),
  erreurs: z.enum(['0', '1'], { message: 'erreurs=0 ou erreurs=1.' }).default('0'),
});

export async function scanRoutes(server: FastifyInstance, app: App): Promise<void> {
  // A scan still running when the server stops is cancelled, its end written before the store closes.
  server.addHook('onClose', async () => stopAllScans(app));

  server.get('/api/scans/roots', async (request) => {
    await requireActor(app, request);
    return scanRoots();
  });

  server.get('/api/scans', async (request) => {
    const actor = await requireActor(app, request);
    return listScans(app, actor);
  });

  server.post('/api/scans', async (request, reply) => {
    const actor = await requireActor(app, request);
    const body = parse(startBody, request.body);
    const analyse = await startScan(app, actor, body.dossiers, meta(request), { readImages: body.images });
    return reply.status(202).send({ id: analyse.id, analyse });
  });

  server.get('/api/scans/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const q = parse(pageQuery, request.query);
    return readScan(app, actor, id, { page: q.page, parPage: q.parPage, erreurs: q.erreurs === '1' }, meta(request));
  });

  server.post('/api/scans/:id/cancel', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    return { analyse: await cancelScan(app, actor, id, meta(request)) };
  });
}
