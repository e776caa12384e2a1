// `rempart breach`: records and assesses an incident from a JSON file, for automation
// (monitoring scripts, a ticketing tool). All or nothing: an invalid file writes nothing.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { App } from '../app.ts';
import { emailIndex } from '../accounts/identity.ts';
import { CLI_META } from '../accounts/meta.ts';
import { verifyPassword } from '../accounts/password-hash.ts';
import { unlockWithRecoveryKey, type Actor } from '../accounts/team.ts';
import { BAND_LABELS } from '../core/breach/index.ts';
import { formatDateTime } from '../core/breach/labels.ts';
import { DomainError, invalid, unauthenticated } from '../core/errors.ts';
import { kekFromPassword, unwrapDataKey } from '../crypto/keys.ts';
import { decide, recordDecisionInTx } from '../breach/assessment.ts';
import { completeIncident, parseDraftInput } from '../breach/draft.ts';
import { createBreach, reload } from '../breach/service.ts';
import { withApp } from './with-app.ts';

/** The owner's data key, from the password (like a sign-in) or from the recovery key. */
async function actorFor(app: App, email: string, env: NodeJS.ProcessEnv): Promise<Actor> {
  const user = await app.repos.authLookup.userByEmailIndex(emailIndex(app, email));
  if (!user) throw new DomainError('not_found', 'INTROUVABLE', `Aucun compte pour ${email}.`);
  const base = { sessionId: 'cli', tenantId: user.tenant_id, userId: user.id, stage: 'active' as const, role: user.role };
  if (env.REMPART_PASSWORD) {
    if (!(await verifyPassword(user.password_hash, env.REMPART_PASSWORD)) || !user.wrapped_data_key) {
      throw unauthenticated('IDENTIFIANTS_INCORRECTS', 'Mot de passe incorrect (variable REMPART_PASSWORD), ou accès aux données en attente de réactivation.');
    }
    const kek = await kekFromPassword(env.REMPART_PASSWORD, user.kek_salt);
    return { ...base, dataKey: unwrapDataKey(kek, user.wrapped_data_key, `user:${user.id}`) };
  }
  if (env.REMPART_RECOVERY_KEY) return { ...base, dataKey: await unlockWithRecoveryKey(app, user.tenant_id, env.REMPART_RECOVERY_KEY) };
  throw invalid('SECRET_MANQUANT', 'Définissez le mot de passe dans la variable REMPART_PASSWORD (ou la clé de récupération dans REMPART_RECOVERY_KEY).');
}

async function readIncidentFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw invalid('FICHIER_ILLISIBLE', `Impossible de lire le fichier ${path}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalid('JSON_INVALIDE', `Le fichier ${path} n’est pas un JSON valide (${(e as Error).message}).`);
  }
}

const yesNo = (b: boolean) => (b ? 'oui' : 'non');

type View = Awaited<ReturnType<typeof reload>>;

function printText(v: View): void {
  const d = v.decision!;
  const lines = [
    `Incident enregistré dans le registre des violations : ${v.id}${v.titre ? ` (${v.titre})` : ''}`,
    '',
    `Gravité : ${BAND_LABELS[d.severity.band]} (score ${d.severity.score.toLocaleString('fr-FR')}, méthode ENISA)`,
    '',
    `Notifier la CNIL : ${yesNo(d.cnil.notify)}`,
    ...d.cnil.reasons.map((r) => `  - ${r}`),
    '',
    `Informer les personnes concernées : ${yesNo(d.people.communicate)}`,
    ...d.people.reasons.map((r) => `  - ${r}`),
    '',
    `Délai de 72 heures : ${v.horloge.texte}${v.horloge.echeance ? ` (échéance : ${formatDateTime(new Date(v.horloge.echeance))})` : ''}`,
    ...(v.manquants.length > 0 ? ['', 'À compléter pour la CNIL :', ...v.manquants.map((m) => `  - ${m.label}`)] : []),
    '',
    d.register.reason,
  ];
  console.log(lines.join('\n'));
}

export function breachCommand(): Command {
  return new Command('breach')
    .description('enregistrer et évaluer une violation de données décrite dans un fichier JSON')
    .requiredOption('--file <fichier>', 'fichier JSON décrivant l’incident (mêmes champs que l’API /api/breaches)')
    .requiredOption('--email <email>', 'e-mail du compte (mot de passe dans REMPART_PASSWORD ou clé de récupération dans REMPART_RECOVERY_KEY)')
    .option('--format <format>', 'text ou json', 'text')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { file: string; email: string; format: string }) => {
      await withApp(async (app) => {
        if (o.format !== 'text' && o.format !== 'json') throw invalid('FORMAT', `Format inconnu : ${o.format} (text ou json).`);
        const actor = await actorFor(app, o.email, process.env);
        const draft = parseDraftInput(await readIncidentFile(o.file));
        // Everything is checked before anything is written.
        const decision = decide(completeIncident(draft, app.now()), draft, undefined);
        const id = await createBreach(app, actor, draft, CLI_META, (repos, breachId) => recordDecisionInTx(app, repos, actor, breachId, decision, CLI_META));
        const view = await reload(app, actor, id, CLI_META);
        if (o.format === 'json') console.log(JSON.stringify({ violation: view }, null, 2));
        else printText(view);
      });
    });
}
