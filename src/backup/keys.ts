// The instance backup key and the offline recovery key.
// - The backup key (X25519) is generated on first use. Its recipient is stored in clear and its
//   identity sealed by the instance secret (system-key.ts), so scheduled runs, verification and
//   restore drills work unattended.
// - The recovery key is shown once, to be printed and kept on paper; only its recipient is
//   stored. It is what restores a backup after the data folder (and so the instance secret) is lost.
// Every object written to a destination is encrypted to both recipients.
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import type { App } from '../app.ts';
import { conflict } from '../core/errors.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';

const FILE = 'cle-sauvegarde.json';
const CONTEXT = { tenantId: 'instance', table: 'backup_key', column: 'identity' } as const;

const stored = z.object({
  format: z.literal(1),
  recipient: z.string().startsWith('age1'),
  identityEnc: z.string(),
  recoveryRecipient: z.string().startsWith('age1').nullable(),
  createdAt: z.string(),
  recoveryCreatedAt: z.string().nullable(),
});
type Stored = z.infer<typeof stored>;

export interface BackupKeys {
  recipient: string;
  identity: string;
  recoveryRecipient: string | null;
  /** Every backup object is encrypted to these. */
  recipients: string[];
  /** Keys the chunk names: equal content gives equal names without revealing the content. */
  nameKey: Buffer;
}

export function backupKeyPath(app: App): string {
  return join(app.config.dataDir, FILE);
}

async function load(app: App): Promise<Stored | null> {
  try {
    return stored.parse(JSON.parse(await readFile(backupKeyPath(app), 'utf8')));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function open(app: App, s: Stored): BackupKeys {
  const identity = app.keys.cipher.decrypt(CONTEXT, s.identityEnc);
  const recipients = [s.recipient, ...(s.recoveryRecipient ? [s.recoveryRecipient] : [])];
  // The recipients are part of the name key: adding a recovery key gives new names, so every
  // chunk is re-encrypted for it instead of reusing chunks it could not open.
  const nameKey = createHmac('sha256', identity).update(`rempart-backup-chunk-names\u001f${recipients.join(',')}`).digest();
  return { recipient: s.recipient, identity, recoveryRecipient: s.recoveryRecipient, recipients, nameKey };
}

/** The keys, creating the backup key on first use. */
export async function backupKeys(app: App): Promise<BackupKeys> {
  const existing = await load(app);
  if (existing) return open(app, existing);
  const identity = await generateX25519Identity();
  const s: Stored = {
    format: 1,
    recipient: await identityToRecipient(identity),
    identityEnc: app.keys.cipher.encrypt(CONTEXT, identity),
    recoveryRecipient: null,
    createdAt: app.now().toISOString(),
    recoveryCreatedAt: null,
  };
  await writeFileAtomic(backupKeyPath(app), JSON.stringify(s, null, 2) + '\n');
  return open(app, s);
}

export async function recoveryKeyInfo(app: App): Promise<{ recipient: string; recoveryRecipient: string | null; recoveryCreatedAt: string | null }> {
  await backupKeys(app);
  const s = (await load(app))!;
  return { recipient: s.recipient, recoveryRecipient: s.recoveryRecipient, recoveryCreatedAt: s.recoveryCreatedAt };
}

/**
 * Creates the offline recovery identity and returns it: the only time it exists outside the
 * user's paper copy. Refuses to replace an existing one unless asked (old backups stay
 * readable only with the old paper key).
 */
export async function createRecoveryIdentity(app: App, options: { replace?: boolean } = {}): Promise<{ identity: string; recipient: string }> {
  await backupKeys(app);
  const s = (await load(app))!;
  if (s.recoveryRecipient && !options.replace) {
    throw conflict('CLE_SECOURS_EXISTE', 'Une clé de secours existe déjà. Pour la remplacer (les anciennes sauvegardes resteront lisibles avec l’ancienne), ajoutez --remplacer.');
  }
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  await writeFileAtomic(backupKeyPath(app), JSON.stringify({ ...s, recoveryRecipient: recipient, recoveryCreatedAt: app.now().toISOString() }, null, 2) + '\n');
  return { identity, recipient };
}

/** The text to print and keep on paper, in the age identity file format. */
export function recoveryKeyText(identity: string, recipient: string, createdAt: Date): string {
  return [
    '# Rempart — clé de secours des sauvegardes (à imprimer et garder en lieu sûr)',
    `# créée le ${createdAt.toISOString().slice(0, 10)}`,
    `# clé publique : ${recipient}`,
    identity,
    '',
  ].join('\n');
}
