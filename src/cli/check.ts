// `rempart check`: the measures Rempart can verify on this machine and in its own data.
import { Command } from 'commander';
import { createApp, defaultConfig } from '../app.ts';
import { emailIndex, publicUser } from '../accounts/identity.ts';
import { diskEncryption, osUpdates, type CheckResult } from '../hygiene/machine-checks.ts';
import { rempartFacts } from '../hygiene/facts.ts';

const SYMBOL = { ok: '✔ vérifié, conforme', probleme: '✘ vérifié, à corriger', 'non-verifiable': '? non vérifiable ici' } as const;

async function accountChecks(email: string | undefined): Promise<CheckResult[]> {
  const app = await createApp(defaultConfig());
  try {
    const owner = email ? await app.repos.authLookup.userByEmailIndex(emailIndex(app, email)) : undefined;
    if (!owner) {
      const why = email ? `aucun compte pour ${email}` : 'précisez le compte avec --email';
      return ['mot-de-passe', 'double-authentification', 'sauvegardes'].map((id) => ({ id, label: id, outcome: 'non-verifiable' as const, detail: why }));
    }
    const facts = await rempartFacts(app, owner.tenant_id);
    const users = await app.repos.users(owner.tenant_id).list();
    const mine = publicUser(app, owner);
    const outcome = (v: boolean | 'partial' | undefined) => (v === true ? 'ok' : v === undefined ? 'non-verifiable' : 'probleme');
    return [
      { id: 'mot-de-passe', label: 'Mot de passe Rempart robuste et à jour', outcome: outcome(facts['rempart.passwordRenewal']?.value === true && facts['rempart.strongPassword']?.value === true), detail: `${facts['rempart.strongPassword']!.detail} ${facts['rempart.passwordRenewal']!.detail}` },
      { id: 'double-authentification', label: `Double authentification (${users.length} compte(s) de ${mine.email})`, outcome: outcome(facts['rempart.2fa']?.value), detail: facts['rempart.2fa']!.detail },
      { id: 'journal', label: 'Journal des accès intègre', outcome: outcome(facts['rempart.accessJournal']?.value), detail: facts['rempart.accessJournal']!.detail },
      facts['rempart.recentBackup']
        ? { id: 'sauvegardes', label: 'Sauvegardes récentes (moins de 48 h)', outcome: outcome(facts['rempart.recentBackup'].value), detail: facts['rempart.recentBackup'].detail }
        : { id: 'sauvegardes', label: 'Sauvegardes récentes', outcome: 'non-verifiable', detail: 'Aucune destination de sauvegarde Rempart configurée (« rempart backup destinations ») : vérifiez vos autres sauvegardes vous-même.' },
    ];
  } finally {
    await app.close();
  }
}

export function checkCommand(): Command {
  return new Command('check')
    .description('vérifier les mesures de sécurité sur cette machine et dans Rempart')
    .option('--email <email>', 'compte Rempart à vérifier (2FA, mot de passe, journal)')
    .option('--format <format>', 'texte ou json', 'texte')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { email?: string; format: string }) => {
      const config = defaultConfig();
      const results = [await diskEncryption(config.dataDir), await osUpdates(), ...(await accountChecks(o.email))];
      if (o.format === 'json') {
        console.log(JSON.stringify({ verifieLe: new Date().toISOString(), resultats: results }, null, 2));
      } else {
        console.log('Vérifications de sécurité Rempart\n');
        for (const r of results) console.log(`${SYMBOL[r.outcome]}  ${r.label}\n    ${r.detail}\n`);
        const n = results.filter((r) => r.outcome === 'probleme').length;
        console.log(n ? `${n} point(s) à corriger.` : 'Aucun problème détecté parmi les points vérifiables.');
      }
      if (results.some((r) => r.outcome === 'probleme')) process.exitCode = 2;
    });
}
