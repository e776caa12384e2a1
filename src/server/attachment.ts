import type { FastifyReply } from 'fastify';

/** Sends a file download; the name keeps its accents through RFC 5987's `filename*`. */
export function sendAttachment(reply: FastifyReply, filename: string, contentType: string, body: Buffer | string) {
  const ascii = filename.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'fichier';
  // RFC 5987 also reserves ' ( ) *, which encodeURIComponent leaves as they are.
  const utf8 = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return reply
    .type(contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`)
    .header('cache-control', 'no-store')
    .send(body);
}
