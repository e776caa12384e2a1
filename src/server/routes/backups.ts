// Backups of the whole instance: destinations (local folder, SFTP, S3), runs, drills, schedule,
// paper recovery key. Managed from the web only by the owner of a single-tenant instance (the
// self-hosted micro-entrepreneur); on a shared host the administrator uses `rempart backup …`
// and the tenants' owners see the status read-only.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import type { Actor } from '../../accounts/team.ts';
import { requireOwner } from '../../accounts/team.ts';
import { addDestination, removeDestination, testStoredDestination } from '../../backup/config-store.ts';
import { createRecoveryIdentity, recoveryKeyText } from '../../backup/keys.ts';
import { backupOverview, runView } from '../../backup/overview.ts';
import { startRun } from '../../backup/runs.ts';
import { saveScheduleSettings } from '../../backup/schedule.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { recordEvent } from '../../journal/journal.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { parse, uuid } from '../validation.ts';

const params = z.object({ id: uuid });
const addBody = z.object({
  label: z.string().trim().max(100, { error: '100 caractères au maximum.' }).nullish(),
  // Checked in detail by the destination schemas (factory.ts).
  config: z.object({ kind: z.string() }, { error: 'configuration de la destination attendue.' }).loose(),
});
const runBody = z.object({ destinations: z.array(uuid).max(20).optional() });
const count = (max: number) => z.number({ error: 'nombre attendu.' }).int({ error: 'nombre entier attendu.' }).min(0).max(max);
const settingsBody = z
  .object({
    scheduleEnabled: z.boolean({ error: 'oui ou non attendu.' }),
    scheduleHour: count(23),
    keepDaily: count(365),
    keepWeekly: count(260),
    keepMonthly: count(240),
  })
  .refine((s) => s.keepDaily + s.keepWeekly + s.keepMonthly > 0, { error: 'gardez au moins une génération.' });
const recoveryBody = z.object({ remplacer: z.boolean().optional() });

async function tenantCount(app: App): Promise<number> {
  const r = await app.store.db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function canManage(app: App, actor: Actor): Promise<boolean> {
  return actor.role === 'owner' && (await tenantCount(app)) === 1;
}

/** Owners only; management also needs the instance to have a single tenant. */
async function owner(app: App, request: FastifyRequest): Promise<Actor> {
  const actor = await requireActor(app, request);
  await requireOwner(app, actor, meta(request));
  return actor;
}

async function manager(app: App, request: FastifyRequest): Promise<Actor> {
  const actor = await owner(app, request);
  if (!(await canManage(app, actor))) {
    throw forbidden('SAUVEGARDES_ADMINISTRATEUR', 'Les sauvegardes de ce serveur partagé sont gérées par son administrateur (commande « rempart backup ») : vous pouvez seulement consulter leur état.');
  }
  return actor;
}

function journal(app: App, actor: Actor, request: FastifyRequest, action: string, details: Record<string, string | number | boolean | null> = {}) {
  return recordEvent(app, { tenantId: actor.tenantId, actorId: actor.userId, actorLabel: actor.role, action, ip: request.ip, details });
}

export async function backupRoutes(server: FastifyInstance, app: App): Promise<void> {
  server.get('/api/backups', async (request) => {
    const actor = await owner(app, request);
    return backupOverview(app, await canManage(app, actor));
  });

  server.post('/api/backups/destinations', async (request, reply) => {
    const actor = await manager(app, request);
    const body = parse(addBody, request.body);
    const view = await addDestination(app, { label: body.label, config: body.config });
    await journal(app, actor, request, 'sauvegarde.destination_ajoutee', { type: view.kind });
    return reply.status(201).send({ destination: view });
  });

  server.post('/api/backups/destinations/:id/test', async (request) => {
    await manager(app, request);
    const { id } = parse(params, request.params);
    return { destination: await testStoredDestination(app, id), ok: true };
  });

  server.delete('/api/backups/destinations/:id', async (request, reply) => {
    const actor = await manager(app, request);
    const { id } = parse(params, request.params);
    await removeDestination(app, id);
    await journal(app, actor, request, 'sauvegarde.destination_supprimee');
    return reply.status(204).send();
  });

  server.post('/api/backups/run', async (request, reply) => {
    const actor = await manager(app, request);
    const body = parse(runBody, request.body);
    const { runId } = await startRun(app, 'sauvegarde', 'manuel', body.destinations);
    await journal(app, actor, request, 'sauvegarde.lancee');
    return reply.status(202).send({ runId });
  });

  server.post('/api/backups/drill', async (request, reply) => {
    const actor = await manager(app, request);
    const { runId } = await startRun(app, 'exercice', 'manuel');
    await journal(app, actor, request, 'sauvegarde.exercice_lance');
    return reply.status(202).send({ runId });
  });

  server.get('/api/backups/runs/:id', async (request) => {
    await manager(app, request);
    const { id } = parse(params, request.params);
    const row = await app.repos.backups.run(id);
    if (!row) throw notFound('Sauvegarde introuvable.');
    return { run: runView(row, true) };
  });

  server.put('/api/backups/settings', async (request) => {
    const actor = await manager(app, request);
    const body = parse(settingsBody, request.body);
    await saveScheduleSettings(app, body);
    await journal(app, actor, request, 'sauvegarde.reglages_modifies', { heure: body.scheduleHour, active: body.scheduleEnabled });
    return { settings: body };
  });

  // The paper key: its secret half is in this answer and nowhere else, ever.
  server.post('/api/backups/recovery-key', async (request, reply) => {
    const actor = await manager(app, request);
    const body = parse(recoveryBody, request.body);
    const { identity, recipient } = await createRecoveryIdentity(app, { replace: body.remplacer });
    await journal(app, actor, request, 'sauvegarde.cle_secours_creee', { remplacement: !!body.remplacer });
    reply.header('cache-control', 'no-store');
    return { recipient, text: recoveryKeyText(identity, recipient, app.now()) };
  });
}
