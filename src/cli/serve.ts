import { readFileSync } from 'node:fs';
import { createApp, defaultConfig } from '../app.ts';
import { buildServer } from '../server/build.ts';

export async function serve(opts: { port: string; host: string }): Promise<void> {
  const config = defaultConfig();
  const app = await createApp(config);
  const cert = process.env.REMPART_TLS_CERT;
  const key = process.env.REMPART_TLS_KEY;
  const https = cert && key ? { cert: readFileSync(cert), key: readFileSync(key) } : null;
  const server = await buildServer(app, {
    logger: { level: process.env.REMPART_LOG_LEVEL ?? 'warn' },
    trustProxy: process.env.REMPART_TRUST_PROXY === '1',
    https,
    rateLimitMax: process.env.REMPART_RATE_LIMIT ? Number(process.env.REMPART_RATE_LIMIT) : undefined,
  });
  const port = Number(opts.port);
  await server.listen({ port, host: opts.host });
  const where = app.store.dialect === 'sqlite' ? `SQLite dans ${config.dataDir}` : 'PostgreSQL';
  console.log(`Rempart est prêt sur ${https ? 'https' : 'http'}://${opts.host}:${port} (données : ${where}).`);
  const stop = async () => {
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
