import type { FastifyInstance } from 'fastify';
import type { App } from '../../app.ts';

// Placeholder: filled by the capability that owns it.
export async function scanRoutes(_server: FastifyInstance, _app: App): Promise<void> {}
