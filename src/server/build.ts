// Assembles the Fastify server: security headers, cookies, CSRF, rate limits, routes, the web UI.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { App } from '../app.ts';
import { errorHandler, sendError } from './errors.ts';
import { makeAuthHook } from './auth-hook.ts';
import { authRoutes } from './routes/auth.ts';
import { accountRoutes } from './routes/account.ts';
import { tenantRoutes } from './routes/tenant.ts';
import { journalRoutes } from './routes/journal.ts';
import { hygieneRoutes } from './routes/hygiene.ts';
import { breachRoutes } from './routes/breaches.ts';
import { clientRoutes } from './routes/clients.ts';
import { rightsRoutes } from './routes/rights.ts';
import { retentionRoutes } from './routes/retention.ts';
import { scanRoutes } from './routes/scans.ts';
import { registerRoutes } from './routes/register.ts';
import { backupRoutes } from './routes/backups.ts';
import { startRetentionJob, type RetentionJob } from '../retention/daily.ts';
import { startBackupSchedule, type BackupJob } from '../backup/schedule.ts';

export interface ServerOptions {
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web UI; defaults to dist/web. */
  webDir?: string;
  trustProxy?: boolean;
  https?: { key: Buffer; cert: Buffer } | null;
  /** Per-IP request budget per minute (tests and benchmarks raise it). */
  rateLimitMax?: number;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance;

  server.setErrorHandler(errorHandler(app));
  server.decorateRequest('auth', null);

  await server.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    hsts: options.https ? { maxAge: 15552000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  await server.register(cookie, { secret: app.keys.mac('cookie-signing', 'v1') });
  await server.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'rempart_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: 'auto' },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });
  await server.register(rateLimit, {
    max: options.rateLimitMax ?? 600,
    timeWindow: '1 minute',
    errorResponseBuilder: () => ({ statusCode: 429, code: 'TROP_DE_REQUETES', erreur: 'Trop de requêtes. Patientez un instant avant de réessayer.' }),
  });

  server.addHook('onRequest', makeAuthHook(app));
  server.addHook('onRequest', (request, reply, done) => {
    // Every state-changing request, whatever its path: the router decodes percent-escapes
    // (`/%61pi/tenant` reaches `/api/tenant`), so a raw-URL prefix test could be bypassed.
    if (!STATE_CHANGING.has(request.method)) return done();
    server.csrfProtection(request, reply, done);
  });

  server.get('/api/csrf', async (_request, reply) => ({ token: reply.generateCsrf() }));
  server.get('/api/health', async () => ({ ok: true }));
  await authRoutes(server, app);
  await accountRoutes(server, app);
  await tenantRoutes(server, app);
  await journalRoutes(server, app);
  await hygieneRoutes(server, app);
  await breachRoutes(server, app);
  await clientRoutes(server, app);
  await rightsRoutes(server, app);
  await retentionRoutes(server, app);
  await scanRoutes(server, app);
  await registerRoutes(server, app);
  await backupRoutes(server, app);

  // The daily retention check starts with the server (a pass at start, then every day) and
  // stops with it; it only counts what a purge would do, it never purges.
  let retentionJob: RetentionJob | null = null;
  let backupJob: BackupJob | null = null;
  server.addHook('onReady', async () => {
    retentionJob ??= startRetentionJob(app);
    backupJob ??= startBackupSchedule(app);
  });
  server.addHook('onClose', async () => {
    await retentionJob?.stop();
    await backupJob?.stop();
  });

  const webDir = resolve(options.webDir ?? join(process.cwd(), 'dist', 'web'));
  if (existsSync(join(webDir, 'index.html'))) {
    await server.register(fastifyStatic, { root: webDir, index: ['index.html'], wildcard: true });
  }
  server.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !existsSync(join(webDir, 'index.html'))) {
      return sendError(reply, 404, 'INTROUVABLE', request.url.startsWith('/api/') ? 'Route inconnue.' : 'Interface web non construite : lancez « npm start ».');
    }
    return reply.sendFile('index.html');
  });
  return server;
}
