// Checks Rempart can run on the user's own machine. Each says honestly whether it could
// really check ("verifie") or not ("non-verifiable"), rather than guessing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { platform } from 'node:os';

const run = promisify(execFile);

export type CheckOutcome = 'ok' | 'probleme' | 'non-verifiable';

export interface CheckResult {
  id: string;
  label: string;
  outcome: CheckOutcome;
  detail: string;
}

async function tryRun(cmd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run(cmd, args, { timeout: 15_000, maxBuffer: 4 * 1024 * 1024 });
    return stdout;
  } catch {
    return null;
  }
}

/** Linux: walks the block-device ancestry of the data folder's filesystem looking for dm-crypt. */
export async function diskEncryption(dataDir: string): Promise<CheckResult> {
  const label = 'Chiffrement du disque contenant les données';
  const os = platform();
  if (os === 'linux') {
    const source = (await tryRun('df', ['--output=source', dataDir]))?.split('\n')[1]?.trim();
    if (!source || !source.startsWith('/dev/')) {
      return { id: 'disque-chiffre', label, outcome: 'non-verifiable', detail: `Le dossier est sur « ${source ?? 'inconnu'} » (machine virtuelle, conteneur ou réseau) : chiffrement non vérifiable ici.` };
    }
    const tree = await tryRun('lsblk', ['-s', '-n', '-o', 'TYPE', source]);
    if (tree === null) return { id: 'disque-chiffre', label, outcome: 'non-verifiable', detail: 'La commande lsblk est indisponible.' };
    const encrypted = tree.split('\n').some((t) => t.trim() === 'crypt');
    return encrypted
      ? { id: 'disque-chiffre', label, outcome: 'ok', detail: `${source} est sur un volume chiffré (LUKS/dm-crypt).` }
      : { id: 'disque-chiffre', label, outcome: 'probleme', detail: `${source} n’est pas chiffré : activez le chiffrement du disque (LUKS) à la prochaine réinstallation.` };
  }
  if (os === 'darwin') {
    const out = await tryRun('fdesetup', ['status']);
    if (out === null) return { id: 'disque-chiffre', label, outcome: 'non-verifiable', detail: 'fdesetup indisponible.' };
    const on = /FileVault is On/i.test(out);
    return { id: 'disque-chiffre', label, outcome: on ? 'ok' : 'probleme', detail: on ? 'FileVault est activé.' : 'FileVault est désactivé : activez-le dans Réglages > Confidentialité et sécurité.' };
  }
  if (os === 'win32') {
    const out = await tryRun('manage-bde', ['-status', dataDir.slice(0, 2)]);
    if (out === null) return { id: 'disque-chiffre', label, outcome: 'non-verifiable', detail: 'manage-bde demande les droits administrateur : lancez la vérification en administrateur.' };
    const on = /Protection On|Protection activée/i.test(out);
    return { id: 'disque-chiffre', label, outcome: on ? 'ok' : 'probleme', detail: on ? 'BitLocker est activé.' : 'BitLocker est désactivé sur ce disque.' };
  }
  return { id: 'disque-chiffre', label, outcome: 'non-verifiable', detail: `Système ${os} non pris en charge.` };
}

/** Pending updates according to the machine's own package lists (no network access needed). */
export async function osUpdates(): Promise<CheckResult> {
  const label = 'Mises à jour du système';
  const os = platform();
  if (os === 'linux') {
    const out = await tryRun('apt-get', ['-s', '-o', 'Debug::NoLocking=1', 'upgrade']);
    if (out === null) return { id: 'mises-a-jour', label, outcome: 'non-verifiable', detail: 'Gestionnaire de paquets apt introuvable : vérification non disponible sur cette distribution.' };
    const pending = out.split('\n').filter((l) => l.startsWith('Inst ')).length;
    const security = out.split('\n').filter((l) => l.startsWith('Inst ') && /security/i.test(l)).length;
    return pending === 0
      ? { id: 'mises-a-jour', label, outcome: 'ok', detail: 'Aucune mise à jour en attente d’après les listes de paquets locales (pensez à les rafraîchir régulièrement).' }
      : { id: 'mises-a-jour', label, outcome: 'probleme', detail: `${pending} mise(s) à jour en attente, dont ${security} de sécurité : lancez « apt upgrade ».` };
  }
  if (os === 'darwin') {
    const out = await tryRun('softwareupdate', ['-l']);
    if (out === null) return { id: 'mises-a-jour', label, outcome: 'non-verifiable', detail: 'softwareupdate n’a pas répondu.' };
    const none = /No new software available/i.test(out);
    return { id: 'mises-a-jour', label, outcome: none ? 'ok' : 'probleme', detail: none ? 'macOS est à jour.' : 'Des mises à jour macOS sont disponibles.' };
  }
  return { id: 'mises-a-jour', label, outcome: 'non-verifiable', detail: 'Vérifiez Windows Update dans les paramètres : non vérifiable depuis Rempart.' };
}
