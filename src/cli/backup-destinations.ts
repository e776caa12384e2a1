// `rempart backup destinations …`: the destinations of the instance's backups, as on the web
// page (which a shared host's tenants cannot use). Secrets are never taken on the command line
// (shell history, `ps`): passwords and S3 secrets come from environment variables, private keys
// from a file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { App } from '../app.ts';
import { addDestination, listDestinations, removeDestination, testStoredDestination, type DestinationView } from '../backup/config-store.ts';
import { invalid } from '../core/errors.ts';
import { withApp } from './with-app.ts';

const SFTP_PASSWORD_ENV = 'REMPART_SFTP_MOT_DE_PASSE';
const S3_SECRET_ENV = 'REMPART_S3_SECRET';

function describeConfig(d: DestinationView): string {
  const c = d.config as Record<string, string | number | null>;
  if (d.kind === 'local') return `dossier ${c.path}`;
  if (d.kind === 'sftp') return `sftp://${c.username}@${c.host}:${c.port}${String(c.path).startsWith('/') ? '' : '/'}${c.path}  clé d’hôte ${c.hostKeySha256 ?? 'non enregistrée'}`;
  return `s3 ${c.endpoint ?? 'AWS'} bucket ${c.bucket}${c.prefix ? `/${c.prefix}` : ''} (région ${c.region}, clé ${c.accessKeyId})`;
}

function print(d: DestinationView): void {
  const last = d.lastSuccessAt ? `dernière réussite ${d.lastSuccessAt}` : 'aucune sauvegarde réussie';
  console.log(`${d.id}  ${d.label}`);
  console.log(`    ${describeConfig(d)}`);
  console.log(`    ${last}${d.lastError ? ` — dernier échec : ${d.lastError}` : ''}`);
}

async function added(app: App, label: string | undefined, config: Record<string, unknown>): Promise<void> {
  console.error('Test de la connexion…');
  const d = await addDestination(app, { label, config });
  console.log('Connexion réussie : destination ajoutée.');
  print(d);
}

export function destinationCommands(): Command {
  const cmd = new Command('destinations').description('gérer les destinations de sauvegarde (disque externe, SFTP, S3)');

  cmd
    .command('list')
    .description('lister les destinations (sans aucun secret)')
    .action(() =>
      withApp(async (app) => {
        const all = await listDestinations(app);
        if (all.length === 0) console.log('Aucune destination. Ajoutez-en une : rempart backup destinations add-local <dossier>');
        all.forEach(print);
      }),
    );

  cmd
    .command('add-local <dossier>')
    .description('ajouter un dossier local (par exemple un disque externe) ; la connexion est testée avant l’enregistrement')
    .option('--nom <libellé>', 'nom affiché, par exemple « Disque externe »')
    .action((dossier: string, o: { nom?: string }) => withApp((app) => added(app, o.nom, { kind: 'local', path: resolve(dossier) })));

  cmd
    .command('add-sftp')
    .description(`ajouter un serveur SFTP ; mot de passe dans la variable ${SFTP_PASSWORD_ENV} ou clé privée avec --cle ; la clé d’hôte vue au premier test est enregistrée`)
    .requiredOption('--hote <hôte>', 'nom ou adresse du serveur')
    .option('--port <port>', 'port SSH', '22')
    .requiredOption('--utilisateur <nom>', 'identifiant de connexion')
    .requiredOption('--chemin <dossier>', 'dossier sur le serveur (créé s’il manque)')
    .option('--cle <fichier>', 'fichier de clé privée (OpenSSH, sans phrase de passe)')
    .option('--empreinte <SHA256:…>', 'empreinte attendue de la clé d’hôte (ssh-keygen -lf), sinon celle vue au premier test')
    .option('--nom <libellé>', 'nom affiché')
    .action((o: { hote: string; port: string; utilisateur: string; chemin: string; cle?: string; empreinte?: string; nom?: string }) =>
      withApp(async (app) => {
        let privateKey: string | undefined;
        if (o.cle) {
          try {
            privateKey = readFileSync(o.cle, 'utf8');
          } catch {
            throw invalid('CLE_INTROUVABLE', `Fichier de clé introuvable ou illisible : ${o.cle}`);
          }
        }
        const password = process.env[SFTP_PASSWORD_ENV] || undefined;
        if (!privateKey && !password) throw invalid('SFTP_SANS_SECRET', `Indiquez une clé privée (--cle) ou le mot de passe dans la variable d’environnement ${SFTP_PASSWORD_ENV}.`);
        await added(app, o.nom, { kind: 'sftp', host: o.hote, port: o.port, username: o.utilisateur, path: o.chemin, privateKey, password, hostKeySha256: o.empreinte });
      }),
    );

  cmd
    .command('add-s3')
    .description(`ajouter un stockage compatible S3 ; la clé secrète est lue dans la variable ${S3_SECRET_ENV}`)
    .option('--endpoint <url>', 'adresse du service (absent pour AWS), par exemple https://s3.fr-par.scw.cloud')
    .requiredOption('--region <région>', 'région, par exemple fr-par')
    .requiredOption('--bucket <nom>', 'nom du bucket (il doit exister)')
    .option('--prefixe <préfixe>', 'dossier dans le bucket')
    .requiredOption('--cle-acces <id>', 'identifiant de la clé d’accès')
    .option('--nom <libellé>', 'nom affiché')
    .action((o: { endpoint?: string; region: string; bucket: string; prefixe?: string; cleAcces: string; nom?: string }) =>
      withApp(async (app) => {
        const secret = process.env[S3_SECRET_ENV];
        if (!secret) throw invalid('S3_SANS_SECRET', `Indiquez la clé secrète dans la variable d’environnement ${S3_SECRET_ENV}.`);
        await added(app, o.nom, { kind: 's3', endpoint: o.endpoint, region: o.region, bucket: o.bucket, prefix: o.prefixe, accessKeyId: o.cleAcces, secretAccessKey: secret });
      }),
    );

  cmd
    .command('test <id>')
    .description('tester la connexion à une destination enregistrée')
    .action((id: string) =>
      withApp(async (app) => {
        const d = await testStoredDestination(app, id);
        console.log(`Connexion réussie : ${d.label}.`);
      }),
    );

  cmd
    .command('remove <id>')
    .description('retirer une destination (les sauvegardes déjà écrites restent en place)')
    .action((id: string) =>
      withApp(async (app) => {
        await removeDestination(app, id);
        console.log('Destination retirée. Les sauvegardes déjà écrites sur place ne sont pas effacées.');
      }),
    );

  return cmd;
}
