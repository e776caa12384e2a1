// The encrypted client file: records, search, documents, import and export.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { sendAttachment } from '../attachment.ts';
import { makeClientInputSchema } from '../../core/clients/types.ts';
import { MULTI_IMPORT_FIELDS, SINGLE_IMPORT_FIELDS } from '../../core/clients/import-mapping.ts';
import { createClient, deleteClient, listClients, readClient, updateClient } from '../../clients/service.ts';
import { searchClients } from '../../clients/search.ts';
import { addDocument, deleteDocument, DOCUMENT_KINDS, downloadDocument } from '../../clients/documents.ts';
import { exportClients, EXPORT_FORMATS } from '../../clients/export.ts';
import { previewImport, startImport } from '../../clients/import/service.ts';
import { importJob, publicJob } from '../../clients/import/jobs.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse, uuid } from '../validation.ts';

const MiB = 1024 * 1024;
/** Base64 makes files a third larger: 15 MiB carries a 10 MiB document, 50 MiB a 37 MiB sheet. */
const DOCUMENT_BODY_LIMIT = 15 * MiB;
const IMPORT_BODY_LIMIT = 50 * MiB;

const base64 = z
  .string({ message: 'contenu du fichier (base64) attendu.' })
  .min(1, { message: 'fichier vide.' })
  .regex(/^[A-Za-z0-9+/=\s]*$/, { message: 'contenu en base64 attendu.' });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date attendue au format AAAA-MM-JJ.' });
const importField = z.enum([...SINGLE_IMPORT_FIELDS, ...MULTI_IMPORT_FIELDS], { message: 'champ inconnu.' });

const documentBody = z.object({
  kind: z.enum(DOCUMENT_KINDS, { message: 'type de document inconnu (devis, contrat, facture, rib ou autre).' }),
  filename: z.string().trim().min(1, { message: 'à renseigner.' }).max(255),
  mime: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/, { message: 'type de fichier (MIME) invalide.' })
    .default('application/octet-stream'),
  contentBase64: base64,
  documentDate: isoDay.nullish(),
});

const importBody = z.object({
  filename: z.string().max(255).nullish(),
  contentBase64: base64,
  mapping: z.array(z.object({ index: z.number().int().min(0), field: importField.nullable() })).max(500).optional(),
  ignoreDuplicates: z.boolean().default(false),
  defaults: z
    .object({
      status: z.enum(['prospect', 'client', 'ancien_client'], { message: 'statut inconnu.' }).optional(),
      source: z.string().trim().max(100).nullish(),
    })
    .optional(),
});

const idParams = z.object({ id: uuid });
const docParams = z.object({ id: uuid, docId: uuid });
const formatQuery = z.object({ format: z.enum(EXPORT_FORMATS, { message: 'format attendu : csv, xlsx ou json.' }).default('csv') });

/** An attachment, with an ASCII fallback and the real UTF-8 name (RFC 6266 / 5987). */
const attachment = sendAttachment;

function decode(contentBase64: string): Buffer {
  return Buffer.from(contentBase64, 'base64');
}

export async function clientRoutes(server: FastifyInstance, app: App) {
  server.get('/api/clients', async (request) => {
    const actor = await requireActor(app, request);
    const query = parse(z.object({ q: z.string().max(200).optional(), before: z.string().max(300).optional(), total: z.enum(['0', '1']).optional() }), request.query);
    if (query.q !== undefined && query.q.trim() !== '') return searchClients(app, actor, query.q, meta(request));
    // The total comes with the first page unless total=0 (it costs a count over the whole file).
    const withTotal = query.total === undefined ? query.before === undefined : query.total === '1';
    return listClients(app, actor, query.before, meta(request), withTotal);
  });

  server.post('/api/clients', async (request, reply) => {
    const actor = await requireActor(app, request);
    const client = parse(makeClientInputSchema(app.now()), request.body);
    return reply.status(201).send({ client: await createClient(app, actor, client, meta(request)) });
  });

  server.get('/api/clients/export', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { format } = parse(formatQuery, request.query);
    const file = await exportClients(app, actor, format, null, meta(request));
    return attachment(reply, file.filename, file.contentType, file.body);
  });

  server.post('/api/clients/import/preview', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    const actor = await requireActor(app, request);
    const body = parse(importBody, request.body);
    return previewImport(app, actor, decode(body.contentBase64), { mapping: body.mapping, defaults: body.defaults }, meta(request));
  });

  server.post('/api/clients/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
    const actor = await requireActor(app, request);
    const body = parse(importBody, request.body);
    const { stream } = parse(z.object({ stream: z.enum(['0', '1']).optional() }), request.query);
    const job = await startImport(app, actor, decode(body.contentBase64), { mapping: body.mapping, ignoreDuplicates: body.ignoreDuplicates, defaults: body.defaults }, meta(request));
    if (stream !== '1') return reply.status(202).send({ jobId: job.id, job: publicJob(job) });
    // Progress on the same response, one JSON line every half second: on SQLite the import's
    // transaction holds the only connection, so a separate polling request would wait for it.
    const out = new PassThrough();
    const line = () => out.write(`${JSON.stringify({ jobId: job.id, job: publicJob(job) })}\n`);
    line();
    const timer = setInterval(line, 500);
    void job.finished.then(() => {
      clearInterval(timer);
      line();
      out.end();
    });
    return reply.status(202).type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(out);
  });

  server.get('/api/clients/import/jobs/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    return publicJob(await importJob(app, actor, id, meta(request)));
  });

  server.get('/api/clients/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    return readClient(app, actor, id, meta(request));
  });

  server.put('/api/clients/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const client = parse(makeClientInputSchema(app.now()), request.body);
    return { client: await updateClient(app, actor, id, client, meta(request)) };
  });

  server.delete('/api/clients/:id', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    await deleteClient(app, actor, id, meta(request));
    return reply.status(204).send();
  });

  server.get('/api/clients/:id/export', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const { format } = parse(formatQuery, request.query);
    const file = await exportClients(app, actor, format, id, meta(request));
    return attachment(reply, file.filename, file.contentType, file.body);
  });

  server.post('/api/clients/:id/documents', { bodyLimit: DOCUMENT_BODY_LIMIT }, async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const body = parse(documentBody, request.body);
    const document = await addDocument(
      app,
      actor,
      id,
      { kind: body.kind, filename: body.filename, mime: body.mime, content: decode(body.contentBase64), documentDate: body.documentDate ?? null },
      meta(request),
    );
    return reply.status(201).send({ document });
  });

  server.get('/api/clients/:id/documents/:docId', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id, docId } = parse(docParams, request.params);
    const doc = await downloadDocument(app, actor, id, docId, meta(request));
    return attachment(reply, doc.filename, doc.mime, doc.body);
  });

  server.delete('/api/clients/:id/documents/:docId', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id, docId } = parse(docParams, request.params);
    await deleteDocument(app, actor, id, docId, meta(request));
    return reply.status(204).send();
  });
}
