// Operator commands that work without the web UI.
import { Command } from 'commander';
import type { App } from '../app.ts';
import { signUp } from '../accounts/signup.ts';
import { addUser, unlockWithRecoveryKey } from '../accounts/team.ts';
import { resetTotpWithRecoveryKey } from '../accounts/two-factor.ts';
import { emailIndex } from '../accounts/identity.ts';
import { CLI_META } from '../accounts/meta.ts';
import { DomainError } from '../core/errors.ts';
import { ACTIVITES } from '../server/validation.ts';
import { withApp } from './with-app.ts';

async function findUser(app: App, email: string) {
  const user = await app.repos.authLookup.userByEmailIndex(emailIndex(app, email));
  if (!user) throw new DomainError('not_found', 'INTROUVABLE', `Aucun compte pour ${email}.`);
  return user;
}

export function adminCommand(): Command {
  const admin = new Command('admin')
    .description('administration : entreprises, utilisateurs, double authentification')
    .helpOption('-h, --help', 'afficher l’aide')
    .helpCommand('help [commande]', 'afficher l’aide d’une commande');

  admin
    .command('create-tenant')
    .description('créer une entreprise et son compte propriétaire (affiche la clé de récupération)')
    .requiredOption('--raison-sociale <nom>', 'raison sociale')
    .requiredOption('--email <email>', 'e-mail du propriétaire')
    .requiredOption('--nom <nom>', 'nom du propriétaire')
    .option('--activite <code>', `activité (${ACTIVITES.join(', ')})`, 'autre')
    .option('--siren <siren>', 'SIREN')
    .option('--password-env <VAR>', 'variable d’environnement contenant le mot de passe', 'REMPART_PASSWORD')
    .action((o) =>
      withApp(async (app) => {
        const password = process.env[o.passwordEnv];
        if (!password) throw new DomainError('invalid', 'MOT_DE_PASSE', `Définissez le mot de passe dans la variable ${o.passwordEnv}.`);
        if (!(ACTIVITES as readonly string[]).includes(o.activite)) throw new DomainError('invalid', 'ACTIVITE', `Activité inconnue : ${o.activite}.`);
        const r = await signUp(
          app,
          { raisonSociale: o.raisonSociale, siren: o.siren, activite: o.activite, contactNom: o.nom, contactEmail: o.email, nom: o.nom, email: o.email, password },
          CLI_META,
          { openSession: false },
        );
        console.log(`Entreprise créée (${r.tenantId}).`);
        console.log(`Clé de récupération, à noter et garder hors ligne : ${r.recoveryKey}`);
      }),
    );

  admin
    .command('create-user')
    .description('ajouter un collaborateur ou un comptable (preuve : clé de récupération de l’entreprise)')
    .requiredOption('--owner <email>', 'e-mail du propriétaire de l’entreprise')
    .requiredOption('--email <email>', 'e-mail du nouvel utilisateur')
    .requiredOption('--nom <nom>', 'nom du nouvel utilisateur')
    .option('--role <role>', 'collaborator ou accountant', 'collaborator')
    .option('--password-env <VAR>', 'variable contenant son mot de passe', 'REMPART_PASSWORD')
    .option('--recovery-key-env <VAR>', 'variable contenant la clé de récupération', 'REMPART_RECOVERY_KEY')
    .action((o) =>
      withApp(async (app) => {
        const owner = await findUser(app, o.owner);
        const dataKey = await unlockWithRecoveryKey(app, owner.tenant_id, process.env[o.recoveryKeyEnv] ?? '');
        const role = o.role === 'accountant' ? 'accountant' : o.role === 'collaborator' ? 'collaborator' : null;
        if (!role) throw new DomainError('invalid', 'ROLE', 'Rôle inconnu : collaborator ou accountant.');
        const password = process.env[o.passwordEnv] ?? '';
        const actor = { sessionId: 'cli', tenantId: owner.tenant_id, userId: owner.id, stage: 'active' as const, dataKey, role: 'owner' as const };
        const user = await addUser(app, actor, { email: o.email, nom: o.nom, role, password }, CLI_META);
        console.log(`Utilisateur ajouté : ${user.email} (${user.id}).`);
      }),
    );

  admin
    .command('reset-2fa')
    .description('désactiver la double authentification d’un compte (preuve : clé de récupération)')
    .requiredOption('--email <email>', 'e-mail du compte')
    .option('--recovery-key-env <VAR>', 'variable contenant la clé de récupération', 'REMPART_RECOVERY_KEY')
    .action((o) =>
      withApp(async (app) => {
        const user = await findUser(app, o.email);
        await unlockWithRecoveryKey(app, user.tenant_id, process.env[o.recoveryKeyEnv] ?? '');
        await resetTotpWithRecoveryKey(app, user, CLI_META);
        console.log('Double authentification désactivée. Réactivez-la dès la prochaine connexion.');
      }),
    );
  return admin;
}
