// A destination's configuration (as typed in the UI or CLI, and as stored sealed) → Destination.
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { Destination } from '../destination.ts';
import { LocalDestination } from './local.ts';
import { S3Destination } from './s3.ts';
import { SftpDestination } from './sftp.ts';

z.config(z.locales.fr());

const trimmed = (max: number) => z.string().trim().min(1, { message: 'à renseigner.' }).max(max);
const optionalSecret = z
  .string()
  .max(16_384)
  .optional()
  .transform((s) => (s && s.trim() !== '' ? s : undefined));

export const localConfigSchema = z.object({
  kind: z.literal('local'),
  path: trimmed(1000).refine(isAbsolute, { message: 'indiquez un chemin absolu (par exemple /media/disque-externe/rempart).' }),
});

export const sftpConfigSchema = z
  .object({
    kind: z.literal('sftp'),
    host: trimmed(255).regex(/^[A-Za-z0-9.:\-[\]]+$/, { message: 'nom d’hôte ou adresse IP invalide.' }),
    port: z.coerce.number().int().min(1).max(65535).default(22),
    username: trimmed(100),
    password: optionalSecret,
    privateKey: optionalSecret.refine((k) => k === undefined || /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(k), { message: 'clé privée au format OpenSSH ou PEM attendue.' }),
    path: trimmed(1000),
    hostKeySha256: z
      .string()
      .regex(/^SHA256:[A-Za-z0-9+/]{43}$/, { message: 'empreinte attendue au format SHA256:… (ssh-keygen -lf).' })
      .optional(),
  })
  .refine((c) => c.password !== undefined || c.privateKey !== undefined, { message: 'indiquez un mot de passe ou une clé privée.', path: ['password'] });

export const s3ConfigSchema = z.object({
  kind: z.literal('s3'),
  endpoint: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((s) => (s ? s : undefined))
    .refine((s) => s === undefined || /^https?:\/\/[^/\s]+\/?$/.test(s), { message: 'adresse attendue sous la forme https://s3.exemple.fr.' }),
  region: trimmed(64),
  bucket: trimmed(63).regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'nom de bucket invalide (minuscules, chiffres, points et tirets).' }),
  prefix: z.string().trim().max(500).optional(),
  accessKeyId: trimmed(256),
  secretAccessKey: trimmed(1024),
  forcePathStyle: z.boolean().optional(),
});

export const destinationConfigSchema = z.discriminatedUnion('kind', [localConfigSchema, sftpConfigSchema, s3ConfigSchema], { message: 'type de destination inconnu (local, sftp ou s3).' });

export type DestinationConfig = z.infer<typeof destinationConfigSchema>;
export type SftpDestinationConfig = z.infer<typeof sftpConfigSchema>;

export function createDestination(config: DestinationConfig): Destination {
  switch (config.kind) {
    case 'local':
      return new LocalDestination(config.path);
    case 'sftp':
      return new SftpDestination(config);
    case 's3':
      return new S3Destination(config);
  }
}

/** The configuration with its secrets replaced by whether they are set: what the browser may see. */
export function maskConfig(config: DestinationConfig): Record<string, unknown> {
  switch (config.kind) {
    case 'local':
      return { kind: 'local', path: config.path };
    case 'sftp':
      return { kind: 'sftp', host: config.host, port: config.port, username: config.username, path: config.path, hostKeySha256: config.hostKeySha256 ?? null, password: config.password ? '••••••' : null, privateKey: config.privateKey ? '••••••' : null };
    case 's3':
      return { kind: 's3', endpoint: config.endpoint ?? null, region: config.region, bucket: config.bucket, prefix: config.prefix ?? '', accessKeyId: maskTail(config.accessKeyId), secretAccessKey: '••••••' };
  }
}

function maskTail(s: string): string {
  return s.length <= 4 ? '••••' : `••••${s.slice(-4)}`;
}
