// `rempart scan --enregistrer <email>`: keeps the result of a command-line scan in the
// business's inventory, as a web scan would, so that the register can compare it with what
// is declared. Like `rempart retention`, no data key is needed: only paths (sealed with the
// instance key, see db/repositories/scan-paths.ts) and counts are stored.
// Without the data key, no blind index of the e-mails and phones found is stored either: the
// access pack then says the latest scan cannot tell where a person's details appear.
import { createApp, defaultConfig, type App } from '../app.ts';
import { emailIndex } from '../accounts/identity.ts';
import { CLI_META } from '../accounts/meta.ts';
import { DomainError } from '../core/errors.ts';
import { recordScan } from '../inventory/record.ts';
import type { FileReport, ScanProgress } from '../scan/contract.ts';

async function owner(app: App, email: string) {
  const user = await app.repos.authLookup.userByEmailIndex(emailIndex(app, email));
  if (!user) throw new DomainError('not_found', 'INTROUVABLE', `Aucun compte pour ${email}.`);
  if (user.role !== 'owner') throw new DomainError('forbidden', 'ROLE_INSUFFISANT', 'Seul le propriétaire du compte peut enregistrer une analyse dans l’inventaire.');
  return user;
}

/** Saves the reports of a scan of `roots` for the account's business; returns the scan id. */
export async function saveScanForAccount(email: string, roots: string[], reports: FileReport[], app?: App, unread: ScanProgress['unread'] = {}, readImages = false): Promise<string> {
  const own = app ?? (await createApp(defaultConfig()));
  try {
    const user = await owner(own, email);
    return await recordScan(own, user.tenant_id, roots, reports, own.now().toISOString(), { actorId: user.id, actorLabel: user.role, ip: CLI_META.ip }, unread, readImages);
  } finally {
    if (!app) await own.close();
  }
}
