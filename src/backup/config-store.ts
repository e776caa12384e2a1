// Destinations stored in the database, their whole configuration sealed with the instance
// secret (AES-256-GCM, associated data = table + row id, so a sealed config cannot be moved to
// another row). The browser and the CLI listing only ever see maskConfig()'s view.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import { invalid, notFound } from '../core/errors.ts';
import type { BackupDestinationRow } from '../db/repositories/backups.ts';
import type { Destination } from './destination.ts';
import { createDestination, destinationConfigSchema, maskConfig, type DestinationConfig } from './destinations/factory.ts';
import { SftpDestination } from './destinations/sftp.ts';

const context = (rowId: string) => ({ tenantId: 'instance', table: 'backup_destinations', column: 'config', rowId });

export interface DestinationView {
  id: string;
  label: string;
  kind: DestinationConfig['kind'];
  enabled: boolean;
  config: Record<string, unknown>;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastGeneration: string | null;
  createdAt: string;
}

export function sealConfig(app: App, id: string, config: DestinationConfig): string {
  return app.keys.cipher.encrypt(context(id), JSON.stringify(config));
}

export function openConfig(app: App, row: Pick<BackupDestinationRow, 'id' | 'config_enc'>): DestinationConfig {
  return destinationConfigSchema.parse(JSON.parse(app.keys.cipher.decrypt(context(row.id), row.config_enc)));
}

export function destinationView(app: App, row: BackupDestinationRow): DestinationView {
  return {
    id: row.id,
    label: row.label,
    kind: row.kind,
    enabled: row.enabled === 1,
    config: maskConfig(openConfig(app, row)),
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastGeneration: row.last_generation,
    createdAt: row.created_at,
  };
}

/**
 * Runs the connection test; for SFTP, pins the host key seen on this first connection
 * (trust on first use, as `ssh` does) so a later change is refused.
 */
async function testAndPin(config: DestinationConfig): Promise<DestinationConfig> {
  const dest = createDestination(config);
  try {
    await dest.test();
    if (config.kind === 'sftp' && !config.hostKeySha256 && dest instanceof SftpDestination && dest.observedHostKey) {
      return { ...config, hostKeySha256: dest.observedHostKey };
    }
    return config;
  } finally {
    await dest.close();
  }
}

/** The typed configuration, or a French error naming the first wrong field. */
export function parseDestinationConfig(input: unknown): DestinationConfig {
  const result = destinationConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = first?.path.length ? `Champ « ${first.path.join('.')} » : ` : '';
  throw invalid('DONNEES_INVALIDES', `${field}${first?.message ?? 'configuration invalide'}`, {
    champs: result.error.issues.map((i) => ({ champ: i.path.join('.'), message: i.message })),
  });
}

/** Validates, tests the connection, then stores: nothing is saved if the test fails. */
export async function addDestination(app: App, input: { label?: string | null; config: unknown }): Promise<DestinationView> {
  const config = await testAndPin(parseDestinationConfig(input.config));
  const id = randomUUID();
  const at = app.now().toISOString();
  const label = input.label?.trim() || createDestination(config).label;
  await app.repos.backups.insertDestination({
    id,
    label,
    kind: config.kind,
    config_enc: sealConfig(app, id, config),
    enabled: 1,
    last_attempt_at: null,
    last_success_at: null,
    last_error: null,
    last_generation: null,
    created_at: at,
    updated_at: at,
  });
  return destinationView(app, (await app.repos.backups.destination(id))!);
}

async function row(app: App, id: string): Promise<BackupDestinationRow> {
  const r = await app.repos.backups.destination(id);
  if (!r) throw notFound('Destination de sauvegarde introuvable.');
  return r;
}

/** Tests a stored destination; pins the SFTP host key if it was not yet. */
export async function testStoredDestination(app: App, id: string): Promise<DestinationView> {
  const r = await row(app, id);
  const config = openConfig(app, r);
  const tested = await testAndPin(config);
  if (tested !== config) await app.repos.backups.updateConfig(id, sealConfig(app, id, tested), app.now().toISOString());
  return destinationView(app, await row(app, id));
}

export async function removeDestination(app: App, id: string): Promise<void> {
  if (!(await app.repos.backups.deleteDestination(id))) throw notFound('Destination de sauvegarde introuvable.');
}

export async function listDestinations(app: App): Promise<DestinationView[]> {
  return (await app.repos.backups.destinations()).map((r) => destinationView(app, r));
}

export interface ConfiguredDestination {
  id: string;
  label: string;
  destination: Destination;
}

/** The enabled destinations, ready to use (the caller closes them). */
export async function openDestinations(app: App, ids?: readonly string[]): Promise<ConfiguredDestination[]> {
  const rows = (await app.repos.backups.destinations()).filter((r) => r.enabled === 1 && (!ids || ids.includes(r.id)));
  return rows.map((r) => ({ id: r.id, label: r.label, destination: createDestination(openConfig(app, r)) }));
}
