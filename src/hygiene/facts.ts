// What Rempart knows for itself, so those answers come from facts rather than declarations.
import type { App } from '../app.ts';
import type { Facts } from '../core/security/assessment/index.ts';
import { isRenewalDue, MIN_SCORE } from '../core/security/password-policy.ts';
import { verifyJournal } from '../journal/journal.ts';
import { backupStatus } from '../core/backup/status.ts';
import { destinationHistory } from '../backup/overview.ts';

export async function rempartFacts(app: App, tenantId: string): Promise<Facts> {
  const [users, tenant, journal] = await Promise.all([app.repos.users(tenantId).list(), app.repos.tenants.get(tenantId), verifyJournal(app, tenantId)]);
  const facts: Facts = {};
  const withTotp = users.filter((u) => u.totp_enabled === 1).length;
  facts['rempart.2fa'] = {
    value: withTotp === users.length ? true : withTotp === 0 ? false : 'partial',
    detail:
      users.length === 1
        ? `Double authentification ${withTotp ? 'activée' : 'désactivée'} sur votre compte.`
        : withTotp === users.length
          ? `Double authentification activée sur les ${users.length} comptes.`
          : withTotp === 0
            ? `Double authentification désactivée sur les ${users.length} comptes.`
            : `Double authentification activée sur ${withTotp} des ${users.length} comptes.`,
    settingsLink: '#/securite',
  };
  facts['rempart.strongPassword'] = {
    value: true,
    detail: `Rempart refuse tout mot de passe faible (score de robustesse ${MIN_SCORE}/4 minimum, dictionnaires français).`,
    settingsLink: '#/securite',
  };
  const days = tenant?.password_renewal_days ?? 0;
  const overdue = users.filter((u) => isRenewalDue(new Date(u.password_changed_at), days, app.now())).length;
  facts['rempart.passwordRenewal'] = {
    value: days === 0 ? false : overdue === 0 ? true : 'partial',
    detail: days === 0 ? 'Aucun rappel de renouvellement n’est configuré.' : overdue === 0 ? `Rappel de renouvellement tous les ${days} jours, à jour.` : `${overdue} mot(s) de passe à renouveler (rappel tous les ${days} jours).`,
    settingsLink: '#/entreprise',
  };
  facts['rempart.accessJournal'] = {
    value: journal.ok,
    detail: journal.ok
      ? `Journal des accès actif et intègre (${journal.checked} ${journal.checked > 1 ? 'entrées vérifiées' : 'entrée vérifiée'}).`
      : `Journal des accès altéré : ${journal.problems.length} ${journal.problems.length > 1 ? 'anomalies détectées' : 'anomalie détectée'}.`,
    settingsLink: '#/securite',
  };
  // Rempart's client file encrypts every personal field whatever the user does, so this is a fact.
  const clients = await app.repos.clients(tenantId).count();
  facts['rempart.encryptedClientFile'] = {
    value: true,
    detail: `Le fichier clients de Rempart chiffre chaque donnée personnelle (AES-256-GCM) ; ${clients} ${clients > 1 ? 'fiches' : 'fiche'} à ce jour. Gardez-y vos clients plutôt que dans un tableur.`,
    settingsLink: '#/clients',
  };
  // Rempart's own backups, when configured, answer « regular backups » from their real state
  // (a copy under 48 h on each destination). Without any, the user may back up another way:
  // the question stays declarative. Counts only: a shared host's destinations stay private.
  const history = destinationHistory(await app.repos.backups.destinations(), false);
  if (history.length > 0) {
    const status = backupStatus(history, app.now());
    const fresh = status.destinations.filter((d) => d.state === 'ok').length;
    const total = history.length;
    facts['rempart.recentBackup'] = {
      value: fresh === total ? true : fresh === 0 ? false : 'partial',
      detail:
        fresh === total
          ? `Sauvegardes chiffrées Rempart à jour (moins de 48 h) sur ${total > 1 ? `les ${total} destinations` : 'la destination configurée'}.`
          : `Sauvegardes chiffrées Rempart à jour sur ${fresh} destination(s) sur ${total} : les autres ont échoué ou datent de plus de 48 h.`,
      settingsLink: '#/sauvegardes',
    };
  }
  return facts;
}
