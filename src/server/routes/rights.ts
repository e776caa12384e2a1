// Data-subject requests (« droits des personnes »): the register, transitions, access pack, erasure.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { isIsoDate } from '../../core/clients/calendar.ts';
import { REQUEST_CHANNELS, REQUEST_STATUSES, REQUEST_TYPES } from '../../core/rights/types.ts';
import { createRequest, listRequests, readRequest, transitionRequest, updateRequest } from '../../rights/service.ts';
import { buildAccessPack } from '../../rights/pack.ts';
import { accessPackPdf } from '../../rights/pack-pdf.ts';
import { eraseForRequest } from '../../rights/erasure.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse, uuid } from '../validation.ts';

const orNull = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au maximum.` })
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

const requester = z
  .object({ name: orNull(200), contact: orNull(300), message: orNull(5000) })
  .refine((r) => r.name !== null || r.contact !== null, { message: 'indiquez le nom ou le contact du demandeur.', path: ['name'] });

const details = {
  channel: z.enum(REQUEST_CHANNELS, { message: 'canal inconnu (email, courrier, telephone, sur_place ou formulaire).' }),
  aboutMarketing: z.boolean().default(false),
  clientId: uuid.nullish().transform((v) => v ?? null),
  requester,
  notes: orNull(5000),
};

const createBody = z.object({
  type: z.enum(REQUEST_TYPES, { message: 'type de demande inconnu (acces, rectification, effacement, opposition, limitation ou portabilite).' }),
  receivedAt: z.string().refine(isIsoDate, { message: 'date attendue au format AAAA-MM-JJ.' }),
  identityCheckRequired: z.boolean().optional(),
  ...details,
});

const transitionBody = z.object({
  to: z.enum(REQUEST_STATUSES, { message: 'statut inconnu.' }),
  reason: z.string().max(2000, { message: '2000 caractères au maximum.' }).optional(),
  identityVerified: z.boolean().optional(),
});

const eraseBody = z.object({
  confirm: z.literal(true, { message: 'confirmez l’effacement (confirm: true) : il est définitif.' }),
  ongoingContract: z.boolean().default(false),
  litigation: z.boolean().default(false),
});

const packQuery = z.object({
  format: z.enum(['pdf', 'json'], { message: 'format attendu : pdf ou json.' }).default('pdf'),
  files: z.enum(['1', 'true', '0', 'false'], { message: 'files attendu : 1 ou 0.' }).optional(),
});

const idParams = z.object({ id: uuid });

export async function rightsRoutes(server: FastifyInstance, app: App) {
  server.get('/api/rights', async (request) => {
    const actor = await requireActor(app, request);
    return listRequests(app, actor, meta(request));
  });

  server.post('/api/rights', async (request, reply) => {
    const actor = await requireActor(app, request);
    const body = parse(createBody, request.body);
    return reply.status(201).send({ request: await createRequest(app, actor, body, meta(request)) });
  });

  server.get('/api/rights/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    return readRequest(app, actor, id, meta(request));
  });

  server.put('/api/rights/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const body = parse(z.object(details), request.body);
    return { request: await updateRequest(app, actor, id, body, meta(request)) };
  });

  server.post('/api/rights/:id/transition', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const body = parse(transitionBody, request.body);
    return { request: await transitionRequest(app, actor, id, body, meta(request)) };
  });

  server.get('/api/rights/:id/pack', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const q = parse(packQuery, request.query);
    const files = q.format === 'json' && (q.files === '1' || q.files === 'true');
    const pack = await buildAccessPack(app, actor, id, { files, format: q.format }, meta(request));
    const stamp = pack.genereLe.slice(0, 10);
    reply.header('cache-control', 'no-store');
    if (q.format === 'json') {
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="dossier-acces-${stamp}.json"`)
        .send(JSON.stringify(pack, null, 2));
    }
    const pdf = await accessPackPdf(pack, app.now());
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="dossier-acces-${stamp}.pdf"`).send(pdf);
  });

  server.post('/api/rights/:id/erase', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const body = parse(eraseBody, request.body);
    return eraseForRequest(app, actor, id, { ongoingContract: body.ongoingContract, litigation: body.litigation }, meta(request));
  });
}
