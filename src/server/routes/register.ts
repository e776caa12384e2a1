// « Registre des traitements » and the documents generated from it (docs/api.md, Register).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { invalid } from '../../core/errors.ts';
import { documentKindSchema, type DocumentKind } from '../../core/register/documents/index.ts';
import { documentStatus, documentVersionRow, FILE_SLUGS, generateDocument, snapshotOf, versionDiff } from '../../register/documents.ts';
import { documentPdf, registerXlsx } from '../../register/files.ts';
import { REGISTER_LABELS } from '../../register/labels.ts';
import { dashboardActions, driftView, registerOverview, templatesView } from '../../register/overview.ts';
import { createProcessing, deleteProcessing, processingHistory, processingPatchSchema, readProcessing, setPublished, updateProcessing } from '../../register/processings.ts';
import { runSetup, setupInputSchema, setupState } from '../../register/setup.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse, uuid } from '../validation.ts';

const idParams = z.object({ id: uuid });
const kindParams = z.object({ kind: documentKindSchema });
const versionNumber = z.coerce.number({ error: 'numéro de version attendu.' }).int({ error: 'numéro de version entier attendu.' }).min(1, { error: 'numéro de version invalide.' }).max(1_000_000);
const versionParams = z.object({ kind: documentKindSchema, n: versionNumber });

const createSchema = z
  .object({
    templateId: z.string({ error: 'modèle : texte attendu.' }).trim().min(1).max(100).optional(),
    name: z.string({ error: 'nom : texte attendu.' }).trim().min(1, { error: 'nom : à remplir.' }).max(200, { error: 'nom : 200 caractères au maximum.' }).optional(),
  })
  .strict();

const formatSchema = z.object({
  format: z.enum(['md', 'html', 'pdf', 'xlsx'], { error: 'format : md, html, pdf ou xlsx.' }).default('html'),
  /** « 1 »: shown in the page (iframe) rather than downloaded. */
  apercu: z.enum(['0', '1']).default('0'),
});

const TYPES = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

// A generated page embeds no script and needs its inline style only; sandboxed so that even
// a renderer bug could not run code with the app's origin.
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

function sendFile(reply: FastifyReply, kind: DocumentKind, number: number, format: keyof typeof TYPES, body: string | Buffer, inline: boolean) {
  const filename = `${FILE_SLUGS[kind]}-v${number}.${format}`;
  reply.type(TYPES[format]).header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${filename}"`).header('cache-control', 'no-store');
  if (format === 'html') reply.header('content-security-policy', DOCUMENT_CSP).header('x-frame-options', 'SAMEORIGIN');
  return reply.send(body);
}

export async function registerRoutes(server: FastifyInstance, app: App): Promise<void> {
  server.get('/api/register', async (request) => registerOverview(app, await requireActor(app, request)));

  server.get('/api/register/templates', async (request) => ({ modeles: await templatesView(app, await requireActor(app, request)), libelles: REGISTER_LABELS }));

  server.get('/api/register/completeness', async (request) => {
    const { traitements, politique } = await registerOverview(app, await requireActor(app, request));
    return { traitements: traitements.map((t) => ({ id: t.id, status: t.status, ...t.completude })), politique };
  });

  server.get('/api/register/drift', async (request) => driftView(app, await requireActor(app, request)));

  server.get('/api/register/actions', async (request) => dashboardActions(app, await requireActor(app, request)));

  server.post('/api/register/processings', async (request, reply) => {
    const actor = await requireActor(app, request);
    const body = parse(createSchema, request.body);
    return reply.status(201).send({ traitement: await createProcessing(app, actor, body, meta(request)) });
  });

  server.get('/api/register/processings/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    return { traitement: await readProcessing(app, actor, id, meta(request)) };
  });

  server.put('/api/register/processings/:id', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const patch = parse(processingPatchSchema, request.body);
    return updateProcessing(app, actor, id, patch, meta(request));
  });

  server.delete('/api/register/processings/:id', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    await deleteProcessing(app, actor, id, meta(request));
    return reply.status(204).send();
  });

  server.post('/api/register/processings/:id/publish', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    const { publie } = parse(z.object({ publie: z.boolean({ error: 'publie : oui ou non.' }).default(true) }).strict(), request.body);
    return { traitement: await setPublished(app, actor, id, publie, meta(request)) };
  });

  server.get('/api/register/processings/:id/history', async (request) => {
    const actor = await requireActor(app, request);
    const { id } = parse(idParams, request.params);
    return { historique: await processingHistory(app, actor, id, meta(request)) };
  });

  server.get('/api/register/setup', async (request) => setupState(app, await requireActor(app, request)));

  server.post('/api/register/setup', async (request) => {
    const actor = await requireActor(app, request);
    const input = parse(setupInputSchema, request.body);
    return { resultat: await runSetup(app, actor, input, meta(request)), ...(await registerOverview(app, actor)) };
  });

  server.get('/api/register/documents/:kind', async (request) => {
    const actor = await requireActor(app, request);
    const { kind } = parse(kindParams, request.params);
    return documentStatus(app, actor, kind);
  });

  server.post('/api/register/documents/:kind', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { kind } = parse(kindParams, request.params);
    const result = await generateDocument(app, actor, kind, meta(request));
    return reply.status(result.nouvelle ? 201 : 200).send(result);
  });

  server.get('/api/register/documents/:kind/versions', async (request) => {
    const actor = await requireActor(app, request);
    const { kind } = parse(kindParams, request.params);
    return { versions: (await documentStatus(app, actor, kind)).versions };
  });

  server.get('/api/register/documents/:kind/versions/:n', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { kind, n } = parse(versionParams, request.params);
    const { format, apercu } = parse(formatSchema, request.query);
    const row = await documentVersionRow(app, actor, kind, n);
    const stamp = { number: n, date: new Date(row.created_at) };
    if (format === 'md') return sendFile(reply, kind, n, format, row.markdown, apercu === '1');
    if (format === 'html') return sendFile(reply, kind, n, format, row.html, apercu === '1');
    if (format === 'pdf') return sendFile(reply, kind, n, format, await documentPdf(kind, snapshotOf(row), stamp), false);
    if (kind !== 'registre') throw invalid('FORMAT_INDISPONIBLE', 'Le format XLSX n’existe que pour le registre des traitements.');
    return sendFile(reply, kind, n, format, await registerXlsx(snapshotOf(row), stamp), false);
  });

  server.get('/api/register/documents/:kind/versions/:n/diff', async (request) => {
    const actor = await requireActor(app, request);
    const { kind, n } = parse(versionParams, request.params);
    const { avec } = parse(z.object({ avec: versionNumber.optional() }), request.query);
    return versionDiff(app, actor, kind, n, avec);
  });
}
