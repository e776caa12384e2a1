import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app.ts';
import { signUp } from '../../accounts/signup.ts';
import { completeTotp, login, logout } from '../../accounts/login.ts';
import { changePassword, confirmPasswordReset, requestPasswordReset } from '../../accounts/password.ts';
import { publicTenant } from '../../accounts/team.ts';
import { publicUser } from '../../accounts/identity.ts';
import { notices } from '../../accounts/notices.ts';
import { assessPassword } from '../../core/security/password-policy.ts';
import { strictRateLimit } from '../rate-limits.ts';
import { clearSessionCookie, meta, requireActor, requirePendingTotp, setSessionCookie } from '../auth-hook.ts';
import { email, parse, password, tenantFields, text } from '../validation.ts';

const signupSchema = tenantFields.extend({
  nom: text(200),
  email,
  password,
});


export async function authRoutes(server: FastifyInstance, app: App) {
  server.post('/api/auth/signup', strictRateLimit(), async (request, reply) => {
    const input = parse(signupSchema, request.body);
    const result = await signUp(app, input, meta(request));
    setSessionCookie(request, reply, result.session!.token);
    const user = publicUser(app, (await app.repos.users(result.tenantId).get(result.userId))!);
    const tenant = publicTenant((await app.repos.tenants.get(result.tenantId))!);
    return reply.status(201).send({ user, tenant, recoveryKey: result.recoveryKey });
  });

  server.post('/api/auth/password-strength', async (request) => {
    const body = parse(z.object({ password: z.string().max(1000), userInputs: z.array(z.string().max(200)).max(10).optional() }), request.body);
    return assessPassword(body.password, body.userInputs ?? []);
  });

  server.post('/api/auth/login', strictRateLimit(), async (request, reply) => {
    const body = parse(z.object({ email, password }), request.body);
    const result = await login(app, body.email, body.password, meta(request));
    setSessionCookie(request, reply, result.token);
    if (result.etape === 'totp') return { etape: 'totp' };
    const user = publicUser(app, (await app.repos.users(result.tenantId).get(result.userId))!);
    return { etape: 'termine', user };
  });

  server.post('/api/auth/login/totp', strictRateLimit(), async (request) => {
    const auth = requirePendingTotp(request);
    const body = parse(z.object({ code: z.string().trim().min(6).max(20) }), request.body);
    await completeTotp(app, auth, body.code, meta(request));
    const user = publicUser(app, (await app.repos.users(auth.tenantId).get(auth.userId))!);
    return { etape: 'termine', user };
  });

  server.post('/api/auth/logout', async (request, reply) => {
    if (request.auth) await logout(app, request.auth, meta(request));
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  server.get('/api/auth/me', async (request) => {
    const actor = await requireActor(app, request);
    const row = (await app.repos.users(actor.tenantId).get(actor.userId))!;
    const tenant = (await app.repos.tenants.get(actor.tenantId))!;
    const user = publicUser(app, row);
    const n = await notices(app, tenant, row);
    const recoveryCodesLeft = await app.repos.credentials.countUnusedRecoveryCodes(actor.tenantId, actor.userId);
    return { user: { ...user, passwordRenewalDue: n.renewalDue, recoveryCodesLeft }, tenant: publicTenant(tenant), notices: n.list };
  });

  server.post('/api/auth/password', strictRateLimit(), async (request, reply) => {
    const actor = await requireActor(app, request);
    const body = parse(z.object({ currentPassword: password, newPassword: password }), request.body);
    await changePassword(app, actor, body.currentPassword, body.newPassword, meta(request));
    return reply.status(204).send();
  });

  server.post('/api/auth/reset/request', strictRateLimit(), async (request, reply) => {
    const body = parse(z.object({ email }), request.body);
    const token = await requestPasswordReset(app, body.email, meta(request));
    if (token) request.log.info({ outbox: true }, 'Lien de réinitialisation déposé dans le dossier outbox');
    return reply.status(202).send({ message: 'Si un compte existe pour cette adresse, un lien de réinitialisation a été envoyé.' });
  });

  server.post('/api/auth/reset/confirm', strictRateLimit(), async (request, reply) => {
    const body = parse(
      z.object({ token: z.string().trim().min(10).max(200), newPassword: password, recoveryKey: z.string().max(100).nullish() }),
      request.body,
    );
    await confirmPasswordReset(app, body, meta(request));
    return reply.status(204).send();
  });
}
