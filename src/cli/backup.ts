// `rempart backup …`: run, list, verify and restore encrypted backups, show the keys.
// Exit code 0 when everything succeeded, 1 otherwise (a destination failed, a check failed,
// bad input). Progress goes to stderr, only on a terminal, so cron mails stay short.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { defaultConfig, type App } from '../app.ts';
import { DomainError, invalid, notFound } from '../core/errors.ts';
import { findGeneration } from '../core/backup/generation.ts';
import { formatBytes } from '../core/backup/restore-plan.ts';
import { manifestTotals } from '../core/backup/manifest.ts';
import { configuredDestinations } from '../backup/configured.ts';
import type { Destination } from '../backup/destination.ts';
import { LocalDestination } from '../backup/destinations/local.ts';
import { runDrill } from '../backup/drill.ts';
import { readLockDestination, type HeldLock } from '../backup/lock.ts';
import { backupKeys, createRecoveryIdentity, recoveryKeyInfo, recoveryKeyText } from '../backup/keys.ts';
import { listGenerations, readManifest } from '../backup/objects.ts';
import { restoreClientDocuments, restoreFull, type RestoreResult } from '../backup/restore.ts';
import { runBackup, type BackupProgress } from '../backup/run.ts';
import { recordBackupResult, retentionPolicy } from '../backup/runs.ts';
import { verifyGeneration } from '../backup/verify.ts';
import { destinationCommands } from './backup-destinations.ts';
import { guard as guardWith, withApp as withAppWith } from './with-app.ts';

const collect = (v: string, prev: string[]) => [...prev, v];

const PHASES: Record<BackupProgress['phase'], string> = { instantane: 'Instantané de la base', envoi: 'Envoi', verification: 'Vérification', nettoyage: 'Nettoyage des anciennes générations' };

function progress(p: BackupProgress): void {
  if (!process.stderr.isTTY) return;
  const pct = p.totalBytes > 0 ? ` ${Math.floor((100 * p.doneBytes) / p.totalBytes)} % (${formatBytes(p.doneBytes)} / ${formatBytes(p.totalBytes)})` : '';
  process.stderr.write(`\r\x1b[2K${PHASES[p.phase]}…${pct}`);
}

function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
}

// Errors clear the progress line first.
const withApp = (fn: Parameters<typeof withAppWith>[0]) => withAppWith(fn, endProgress);
const guard = (fn: () => Promise<void>) => guardWith(fn, endProgress);

async function destinationsFor(app: App | null, folders: string[], option = '--vers'): Promise<Destination[]> {
  const local = folders.map((f) => new LocalDestination(f));
  const configured = app && folders.length === 0 ? await configuredDestinations(app) : [];
  const all = [...configured, ...local];
  if (all.length === 0) throw invalid('AUCUNE_DESTINATION', `Aucune destination : configurez-en une (rempart backup destinations) ou indiquez un dossier avec ${option}.`);
  return all;
}

/** The identities from an age identity file (the printed recovery key typed back, or a key file). */
function identitiesFromFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw invalid('CLE_INTROUVABLE', `Fichier de clé introuvable ou illisible : ${path}`);
  }
  const ids = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^AGE-SECRET-KEY-1[0-9A-Z]+$/.test(l));
  if (ids.length === 0) throw invalid('CLE_INVALIDE', `Aucune clé AGE-SECRET-KEY-1… dans ${path}.`);
  return ids;
}

/** Without --cle the instance's own key is used, which needs the existing data folder. */
function instanceExists(): boolean {
  const dir = defaultConfig().dataDir;
  return existsSync(join(dir, 'rempart.key')) || Boolean(process.env.REMPART_SECRET);
}

async function withKeyAndSources(o: { cle?: string; depuis: string[] }, fn: (identities: string[], dests: Destination[]) => Promise<void>): Promise<void> {
  let identities: string[] | null = null;
  await guard(async () => {
    if (o.cle) identities = identitiesFromFile(o.cle);
    if (!instanceExists()) {
      if (!identities) throw invalid('CLE_MANQUANTE', 'Données de l’instance introuvables : indiquez votre clé de secours imprimée avec --cle <fichier> et le dossier des sauvegardes avec --depuis <dossier>.');
      if (o.depuis.length === 0) throw invalid('SOURCE_MANQUANTE', 'Indiquez le dossier qui contient les sauvegardes avec --depuis <dossier>.');
    }
  });
  if (process.exitCode) return;
  // With a key file and a folder, no instance is opened: nothing is created in a lost data folder.
  if (identities && o.depuis.length > 0) return guard(() => fn(identities!, o.depuis.map((d) => new LocalDestination(d))));
  return withApp(async (app) => fn(identities ?? [(await backupKeys(app)).identity], await destinationsFor(app, o.depuis, '--depuis')));
}

function printRestore(r: RestoreResult, dryRun: boolean, target: string): void {
  if (dryRun) {
    console.log(`Essai (rien n’est écrit) — la restauration dans ${target} écrirait :`);
    for (const l of r.plan.lines) console.log(`  ${l}`);
    return;
  }
  console.log(`Restauration terminée dans ${target} : ${r.written} fichier(s), ${formatBytes(r.plan.bytes)}, chaque morceau vérifié.`);
  for (const l of r.nextSteps) console.log(l);
}

function runCommand(): Command {
  return new Command('run')
    .description('faire une sauvegarde maintenant (pour cron ou un minuteur systemd), la vérifier et appliquer la rotation')
    .option('--vers <dossier>', 'sauvegarder dans ce dossier (disque externe) ; répétable ; remplace les destinations configurées', collect, [])
    .option('--sans-verification', 'ne pas relire les morceaux envoyés')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { vers: string[]; sansVerification?: boolean }) =>
      withApp(async (app) => {
        const dests = await destinationsFor(app, o.vers);
        const ac = new AbortController();
        const stop = () => ac.abort();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        try {
          const r = await runBackup(app, dests, { onProgress: progress, signal: ac.signal, verify: !o.sansVerification, retention: await retentionPolicy(app) });
          endProgress();
          // The dashboard's history: configured destinations only (not --vers folders).
          await recordBackupResult(app, dests, r, 'cli').catch((err: Error) => console.error(`⚠ Historique des sauvegardes non mis à jour : ${err.message}`));
          console.log(`Sauvegarde ${r.generationKey} : ${r.files} fichier(s), ${formatBytes(r.totalBytes)}.`);
          for (const d of r.destinations) {
            if (d.ok) {
              console.log(`  ✓ ${d.label} : ${formatBytes(d.uploadedBytes)} envoyé(s) (${d.uploadedChunks} morceau(x) nouveau(x), ${d.reusedChunks} déjà présent(s)), ${(d.durationMs / 1000).toFixed(1).replace('.', ',')} s.`);
              if (d.verify) console.log(`    ${d.verify.message}`);
              if (d.removedGenerations.length > 0 || d.removedChunks > 0) console.log(`    Rotation : ${d.removedGenerations.length} génération(s) et ${d.removedChunks} morceau(x) supprimé(s).`);
              if (d.cleanupNote) console.log(`    ⚠ ${d.cleanupNote}`);
            } else console.log(`  ✗ ${d.label} : ÉCHEC — ${d.error}`);
          }
          if (!r.ok) process.exitCode = 1;
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          await Promise.all(dests.map((d) => d.close()));
        }
      }),
    );
}

function listCommand(): Command {
  return new Command('list')
    .description('lister les générations de sauvegarde de chaque destination')
    .option('--vers <dossier>', 'lister ce dossier au lieu des destinations configurées ; répétable', collect, [])
    .option('--details', 'déchiffrer chaque manifeste pour afficher le nombre de fichiers et la taille')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { vers: string[]; details?: boolean }) =>
      withApp(async (app) => {
        const identity = o.details ? (await backupKeys(app)).identity : null;
        for (const d of await destinationsFor(app, o.vers)) {
          try {
            const gens = await listGenerations(d);
            console.log(`${d.label} : ${gens.length} génération(s)`);
            for (const g of gens) {
              let extra = '';
              if (identity) {
                const m = await readManifest(d, g.key, [identity]).catch((err: Error) => err);
                extra = m instanceof Error ? `  ⚠ ${m.message}` : `  ${manifestTotals(m).files} fichier(s), ${formatBytes(manifestTotals(m).bytes)}`;
              }
              console.log(`  ${g.key.replace('generations/', '').replace(/\.age$/, '')}${extra}`);
            }
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            console.log(`${d.label} : ✗ ${err.message}`);
            process.exitCode = 1;
          } finally {
            await d.close();
          }
        }
      }),
    );
}

function verifyCommand(): Command {
  return new Command('verify')
    .description('relire une génération sur chaque destination et contrôler chaque morceau (empreintes du manifeste)')
    .option('--vers <dossier>', 'vérifier ce dossier au lieu des destinations configurées ; répétable', collect, [])
    .option('--depuis <dossier>', 'synonyme de --vers', collect, [])
    .option('--generation <nom>', 'génération à vérifier (par défaut la plus récente)')
    .option('--cle <fichier>', 'fichier de clé age (clé de secours) si les données de l’instance sont perdues')
    .option('--exercice', 'exercice de restauration : restaurer dans un dossier temporaire et ouvrir la base')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { vers: string[]; depuis: string[]; generation?: string; cle?: string; exercice?: boolean }) =>
      withKeyAndSources({ cle: o.cle, depuis: [...o.vers, ...o.depuis] }, async (identities, dests) => {
        for (const d of dests) {
          let lock: HeldLock | null = null;
          try {
            // a run's clean-up (another process) must not delete what is being read
            lock = await readLockDestination(d, { onWait: console.error });
            const gens = await listGenerations(d);
            const g = o.generation ? findGeneration(gens, o.generation) : gens[0];
            if (!g) {
              console.log(`✗ ${d.label} : ${o.generation ? `génération « ${o.generation} » introuvable` : 'aucune sauvegarde'}.`);
              process.exitCode = 1;
              continue;
            }
            const report = o.exercice ? await runDrill(d, identities, g.key) : await verifyGeneration(d, g.key, identities);
            console.log(`${report.ok ? '✓' : '✗'} ${report.message}`);
            if ('problems' in report) for (const p of report.problems) console.log(`    ${p.object} : ${p.kind} (${p.detail})`);
            if (!report.ok) process.exitCode = 1;
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            console.log(`✗ ${d.label} : ${err.message}`);
            process.exitCode = 1;
          } finally {
            await lock?.release();
            await d.close();
          }
        }
      }),
    );
}

function restoreCommand(): Command {
  return new Command('restore')
    .description('restaurer une génération dans un NOUVEAU dossier de données (ou les documents d’un client)')
    .argument('<generation>', 'nom de la génération (voir « rempart backup list ») ou « derniere »')
    .requiredOption('--vers <nouveau-dossier>', 'dossier où restaurer (doit être vide)')
    .option('--depuis <dossier>', 'dossier contenant les sauvegardes (disque externe, copie du serveur distant)', collect, [])
    .option('--cle <fichier>', 'fichier de clé age : votre clé de secours imprimée (AGE-SECRET-KEY-1…)')
    .option('--essai', 'lister ce qui serait restauré, sans rien écrire')
    .option('--client <id>', 'ne restaurer que les documents de ce client')
    .option('--ecraser', 'accepter d’écrire dans un dossier qui contient déjà des fichiers (ceux de la sauvegarde sont remplacés)')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (generation: string, o: { vers: string; depuis: string[]; cle?: string; essai?: boolean; client?: string; ecraser?: boolean }) =>
      withKeyAndSources({ cle: o.cle, depuis: o.depuis }, async (identities, dests) => {
        const target = resolve(o.vers);
        if (!o.ecraser && instanceExists() && defaultConfig().dataDir === target) throw invalid('DOSSIER_ACTUEL', 'Refusé : c’est le dossier de données actuel. Restaurez dans un nouveau dossier.');
        let lock: HeldLock | null = null;
        try {
          // The first destination that answers and holds the generation (a disk may be unplugged).
          let found: { d: Destination; g: NonNullable<ReturnType<typeof findGeneration>> } | null = null;
          const misses: string[] = [];
          for (const d of dests) {
            // read-locked before listing: a run's clean-up (another process) keeps what is restored
            const held = await readLockDestination(d, { onWait: console.error }).catch((err: Error) => err);
            if (held instanceof Error) {
              misses.push(`${d.label} : ${held.message}`);
              continue;
            }
            lock = held;
            const g = findGeneration(await listGenerations(d).catch(() => []), generation);
            if (g) {
              found = { d, g };
              break;
            }
            await lock?.release();
            lock = null;
            misses.push(d.label);
          }
          if (!found) throw notFound(`Génération « ${generation} » introuvable (${misses.join(', ')}) : voir « rempart backup list ».`);
          const { d, g } = found;
          const opts = { dryRun: o.essai, force: o.ecraser };
          const r = o.client ? await restoreClientDocuments(d, g.key, identities, target, { clientId: o.client }, opts) : await restoreFull(d, g.key, identities, target, opts);
          printRestore(r, Boolean(o.essai), target);
        } finally {
          await lock?.release();
          for (const x of dests) await x.close();
        }
      }),
    );
}

function keyCommand(): Command {
  return new Command('key')
    .description('afficher la clé publique des sauvegardes ; --secours crée la clé de secours à imprimer')
    .option('--secours', 'créer la clé de secours hors ligne et l’afficher UNE SEULE FOIS')
    .option('--remplacer', 'remplacer une clé de secours existante')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { secours?: boolean; remplacer?: boolean }) =>
      withApp(async (app) => {
        if (o.secours) {
          const k = await createRecoveryIdentity(app, { replace: o.remplacer });
          // Only the key block (an age identity file: '#' comments + the key) goes to stdout,
          // so `rempart backup key --secours > cle-secours.txt` gives a file `age -d -i` reads.
          console.error('Clé de secours créée. Imprimez-la ou recopiez-la MAINTENANT et gardez-la hors de l’ordinateur :');
          console.error('elle ne sera plus jamais affichée, et c’est elle qui restaure vos sauvegardes si cet ordinateur est perdu.\n');
          process.stdout.write(recoveryKeyText(k.identity, k.recipient, app.now()));
          console.error('\nLes prochaines sauvegardes seront chiffrées aussi pour cette clé.');
          return;
        }
        const info = await recoveryKeyInfo(app);
        console.log(`Clé publique de sauvegarde de l’instance : ${info.recipient}`);
        console.log(
          info.recoveryRecipient
            ? `Clé de secours (publique) : ${info.recoveryRecipient}, créée le ${info.recoveryCreatedAt?.slice(0, 10)}.`
            : '⚠ Aucune clé de secours : créez-la avec « rempart backup key --secours » et imprimez-la.',
        );
      }),
    );
}

export function backupCommand(): Command {
  return new Command('backup')
    .description('sauvegardes chiffrées (age) : faire, lister, vérifier, restaurer')
    .helpOption('-h, --help', 'afficher l’aide')
    .helpCommand('help [commande]', 'afficher l’aide d’une commande')
    .addCommand(runCommand())
    .addCommand(listCommand())
    .addCommand(verifyCommand())
    .addCommand(restoreCommand())
    .addCommand(keyCommand())
    .addCommand(destinationCommands());
}
