// What Rempart knows for itself, so those answers come from facts rather than declarations.
import type { App } from '../app.ts';
import type { Facts } from '../core/security/assessment/index.ts';
import { isRenewalDue, MIN_SCORE } from '../core/security/password-policy.ts';
import { verifyJournal } from '../journal/journal.ts';

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
  // The encrypted client file and the backups are capabilities still to come: until they
  // exist, those questions stay declarative rather than pretending to know.
  return facts;
}
