import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { MIN_JUSTIFICATION } from '../../core/breach/index.ts';
import { assessBreach, overrideDecision, recordNotification } from '../../breach/assessment.ts';
import { addAttachment, downloadAttachment, listAttachments } from '../../breach/attachments.ts';
import { breachRegisterData } from '../../breach/register-data.ts';
import { cnilDocument } from '../../breach/cnil.ts';
import { sendAttachment } from '../attachment.ts';
import { parseDraftInput } from '../../breach/draft.ts';
import { ADDRESS_LINES, breachLetters } from '../../breach/letters.ts';
import { addTimelineEntry, closeBreach, createBreach, listBreaches, readBreach, reload, updateBreach } from '../../breach/service.ts';
import { LABELS } from '../../breach/view.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { email, parse, uuid } from '../validation.ts';

const params = z.object({ id: uuid });
const attachmentParams = z.object({ id: uuid, pieceId: uuid });
const MiB = 1024 * 1024;
const attachmentBody = z.object({
  filename: z.string({ error: 'nom du fichier attendu.' }).trim().min(1, { error: 'nom du fichier à renseigner.' }).max(255, { error: '255 caractères au maximum.' }),
  mime: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/, { error: 'type de fichier (MIME) invalide.' })
    .default('application/octet-stream'),
  contentBase64: z.string({ error: 'contenu du fichier (base64) attendu.' }).min(1, { error: 'fichier vide.' }).regex(/^[A-Za-z0-9+/=\s]*$/, { error: 'contenu en base64 attendu.' }),
});
const instant = (what: string) => z.iso.datetime({ offset: true, error: `${what} : date et heure attendues (ISO 8601).` }).transform((s) => new Date(s));

const overrideSchema = z
  .object({
    notifyCnil: z.boolean({ error: 'notifier la CNIL : oui ou non.' }).optional(),
    communicate: z.boolean({ error: 'informer les personnes : oui ou non.' }).optional(),
    justification: z
      .string({ error: 'justification attendue.' })
      .trim()
      .min(MIN_JUSTIFICATION, { error: `expliquez votre choix en au moins ${MIN_JUSTIFICATION} caractères : cette justification est conservée dans votre registre.` })
      .max(2000, { error: '2000 caractères au maximum.' }),
  })
  .refine((o) => o.notifyCnil !== undefined || o.communicate !== undefined, { error: 'indiquez ce que vous décidez : notifier ou non la CNIL, informer ou non les personnes.' });

const notificationSchema = z.object({
  kind: z.enum(['initiale', 'complementaire'], { error: 'type de notification : « initiale » ou « complementaire ».' }),
  notifiedAt: instant('Date de notification'),
  lateReason: z.string().trim().max(2000, { error: '2000 caractères au maximum.' }).nullish(),
  reference: z.string().trim().max(100, { error: '100 caractères au maximum.' }).nullish(),
});

const line = z.string().trim().max(200, { error: '200 caractères au maximum.' });
const recipientSchema = z.object({
  civilite: z
    .enum(['M.', 'Mme', ''], { error: 'civilité : « M. », « Mme » ou vide.' })
    .nullish()
    .transform((c) => (c === 'M.' || c === 'Mme' ? c : null)),
  nom: line.min(1, { error: 'nom à renseigner.' }),
  prenom: line.default(''),
  email: z.union([z.literal(''), email]).nullish().transform((e) => e || null),
  adresse: z
    .array(line)
    .max(ADDRESS_LINES, { error: `adresse : ${ADDRESS_LINES} lignes au maximum.` })
    .default([])
    .transform((a) => a.filter((l) => l !== '')),
});
const lettersSchema = z
  .object({
    recipients: z.array(recipientSchema).max(500, { error: '500 destinataires au maximum par envoi.' }).default([]),
    clientIds: z.array(uuid).max(1000, { error: '1000 clients au maximum par envoi.' }).default([]),
    format: z.enum(['pdf', 'csv', 'json'], { error: 'format : pdf, csv ou json.' }).default('pdf'),
  })
  .refine((b) => b.recipients.length + b.clientIds.length > 0, { error: 'Ajoutez au moins un destinataire.' });

type Doc = { kind: 'json'; body: unknown } | { kind: 'file'; body: string | Buffer; contentType: string; filename: string };

function sendDoc(reply: FastifyReply, doc: Doc) {
  if (doc.kind === 'json') return doc.body;
  return reply.type(doc.contentType).header('content-disposition', `attachment; filename="${doc.filename}"`).header('cache-control', 'no-store').send(doc.body);
}

export async function breachRoutes(server: FastifyInstance, app: App) {
  server.get('/api/breaches', async (request) => {
    const actor = await requireActor(app, request);
    return { ...(await listBreaches(app, actor)), libelles: LABELS };
  });

  server.post('/api/breaches', async (request, reply) => {
    const actor = await requireActor(app, request);
    const draft = parseDraftInput(request.body);
    const id = await createBreach(app, actor, draft, meta(request));
    return reply.status(201).send({ violation: await reload(app, actor, id, meta(request)) });
  });

  // The categories of data the register declares, per processing (the wizard's quick picks).
  server.get('/api/breaches/register-data', async (request) => {
    const actor = await requireActor(app, request);
    return breachRegisterData(app, actor);
  });

  server.get('/api/breaches/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    return { violation: await readBreach(app, actor, id, meta(request)), libelles: LABELS };
  });

  server.put('/api/breaches/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    return { violation: await updateBreach(app, actor, id, parseDraftInput(request.body), meta(request)) };
  });

  server.post('/api/breaches/:id/assess', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const body = parse(z.object({ dropOverride: z.boolean({ error: 'oui ou non attendu.' }).optional() }), request.body);
    return { violation: await assessBreach(app, actor, id, body, meta(request)) };
  });

  server.post('/api/breaches/:id/override', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    return { violation: await overrideDecision(app, actor, id, parse(overrideSchema, request.body), meta(request)) };
  });

  server.post('/api/breaches/:id/notifications', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const body = parse(notificationSchema, request.body);
    return reply.status(201).send({ violation: await recordNotification(app, actor, id, body, meta(request)) });
  });

  server.post('/api/breaches/:id/timeline', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const body = parse(z.object({ at: instant('Date'), action: z.string({ error: 'texte attendu.' }).trim().min(1, { error: 'décrivez ce qui a été fait.' }).max(2000, { error: '2000 caractères au maximum.' }) }), request.body);
    return reply.status(201).send({ violation: await addTimelineEntry(app, actor, id, body, meta(request)) });
  });

  server.post('/api/breaches/:id/close', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const body = parse(z.object({ closed: z.boolean({ error: 'oui ou non attendu.' }).default(true) }), request.body);
    return { violation: await closeBreach(app, actor, id, body.closed, meta(request)) };
  });

  server.get('/api/breaches/:id/cnil', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const { format } = parse(z.object({ format: z.enum(['txt', 'pdf', 'json'], { error: 'format : txt, pdf ou json.' }).default('txt') }), request.query);
    return sendDoc(reply, await cnilDocument(app, actor, id, format, meta(request)));
  });

  server.post('/api/breaches/:id/letters', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const body = parse(lettersSchema, request.body);
    return sendDoc(reply, await breachLetters(app, actor, id, body, meta(request)));
  });

  server.get('/api/breaches/:id/attachments', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    return { piecesJointes: await listAttachments(app, actor, id, meta(request)) };
  });

  server.post('/api/breaches/:id/attachments', { bodyLimit: 15 * MiB }, async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(params, request.params);
    const body = parse(attachmentBody, request.body);
    const piece = await addAttachment(app, actor, id, { filename: body.filename, mime: body.mime, content: Buffer.from(body.contentBase64, 'base64') }, meta(request));
    return reply.status(201).send({ pieceJointe: piece });
  });

  server.get('/api/breaches/:id/attachments/:pieceId', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id, pieceId } = parse(attachmentParams, request.params);
    const file = await downloadAttachment(app, actor, id, pieceId, meta(request));
    return sendAttachment(reply, file.filename, file.mime, file.body);
  });
}
