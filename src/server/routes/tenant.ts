import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { addUser, listUsers, publicTenant, removeUser, setUserPassword, updateTenant } from '../../accounts/team.ts';
import { meta, requireActor } from '../auth-hook.ts';
import { email, parse, password, tenantFields, text, uuid } from '../validation.ts';

const tenantSchema = tenantFields.extend({
  passwordRenewalDays: z.number().int().min(0, { message: '0 (jamais) ou un nombre de jours.' }).max(730),
});

export async function tenantRoutes(server: FastifyInstance, app: App) {
  server.get('/api/tenant', async (request) => {
    const actor = await requireActor(app, request);
    return { tenant: publicTenant((await app.repos.tenants.get(actor.tenantId))!) };
  });

  server.put('/api/tenant', async (request) => {
    const actor = await requireActor(app, request);
    const b = parse(tenantSchema, request.body);
    const tenant = await updateTenant(
      app,
      actor,
      {
        raison_sociale: b.raisonSociale,
        siren: b.siren || null,
        activite: b.activite,
        adresse: b.adresse || null,
        contact_nom: b.contactNom,
        contact_email: b.contactEmail,
        password_renewal_days: b.passwordRenewalDays,
      },
      meta(request),
    );
    return { tenant };
  });

  server.get('/api/users', async (request) => {
    const actor = await requireActor(app, request);
    return { users: await listUsers(app, actor, meta(request)) };
  });

  server.post('/api/users', async (request, reply) => {
    const actor = await requireActor(app, request);
    const body = parse(z.object({ email, nom: text(200), role: z.enum(['collaborator', 'accountant'], { message: 'rôle inconnu.' }), password }), request.body);
    return reply.status(201).send({ user: await addUser(app, actor, body, meta(request)) });
  });

  server.put('/api/users/:id/password', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(z.object({ id: uuid }), request.params);
    const body = parse(z.object({ password }), request.body);
    await setUserPassword(app, actor, id, body.password, meta(request));
    return reply.status(204).send();
  });

  server.delete('/api/users/:id', async (request, reply) => {
    const actor = await requireActor(app, request);
    const { id } = parse(z.object({ id: uuid }), request.params);
    await removeUser(app, actor, id, meta(request));
    return reply.status(204).send();
  });
}
