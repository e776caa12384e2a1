// What the dashboard tells a user about their own account.
import type { App } from '../app.ts';
import type { TenantRow } from '../db/repositories/tenants.ts';
import type { UserRow } from '../db/repositories/users.ts';
import { isRenewalDue } from '../core/security/password-policy.ts';
import { isReviewDue } from '../core/security/assessment/index.ts';
import { rightsNotices } from '../rights/notices.ts';
import { retentionNotices } from '../retention/notices.ts';

export interface Notice {
  type: 'renouvellement' | 'reinitialisation' | 'acces_en_attente' | 'verrouillage' | 'revue_securite' | 'droits_echeance' | 'droits_retard' | 'conservation';
  message: string;
  at: string;
}

const RECENT_DAYS = 30;

export async function notices(app: App, tenant: TenantRow, user: UserRow): Promise<{ renewalDue: boolean; list: Notice[] }> {
  const now = app.now();
  const list: Notice[] = [];
  const renewalDue = isRenewalDue(new Date(user.password_changed_at), tenant.password_renewal_days, now);
  if (renewalDue) {
    list.push({ type: 'renouvellement', at: now.toISOString(), message: `Votre mot de passe a plus de ${tenant.password_renewal_days} jours : pensez à le renouveler.` });
  }
  if (user.wrapped_data_key === null) {
    list.push({ type: 'acces_en_attente', at: now.toISOString(), message: 'Votre accès aux données chiffrées doit être réactivé par le propriétaire (nouveau mot de passe défini par lui).' });
  }
  const reviews = await app.repos.security(tenant.id).reviews();
  const last = reviews.at(-1)?.completed_at ?? null;
  const review = isReviewDue(last, now);
  if (review !== 'ok') {
    list.push({
      type: 'revue_securite',
      at: now.toISOString(),
      message: last
        ? review === 'due'
          ? 'Votre revue annuelle de sécurité est à faire : repassez l’auto-diagnostic « Hygiène de sécurité ».'
          : 'Votre revue annuelle de sécurité approche : prévoyez de repasser l’auto-diagnostic.'
        : 'Faites votre auto-diagnostic « Hygiène de sécurité » pour savoir où vous en êtes.',
    });
  }
  // Rights deadlines and expired records: counts only, from dates stored in clear.
  list.push(...(await rightsNotices(app, tenant.id)), ...(await retentionNotices(app, tenant.id)));
  if (user.role === 'owner') {
    // Resets and lockouts are shown to the owner so an unexpected one is noticed.
    const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
    const recent = await app.repos.journal.page(tenant.id, 200);
    for (const e of recent) {
      if (e.at < since) break;
      if (e.action === 'mot_de_passe.reinitialise') {
        list.push({ type: 'reinitialisation', at: e.at, message: `Un mot de passe a été réinitialisé par lien le ${new Date(e.at).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })} depuis l’adresse ${e.ip ?? 'inconnue'}. Si ce n’était pas vous, changez votre mot de passe et consultez le journal.` });
      }
      if (e.action === 'compte.verrouille') {
        list.push({ type: 'verrouillage', at: e.at, message: `Un compte a été verrouillé après plusieurs échecs de connexion le ${new Date(e.at).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}.` });
      }
    }
  }
  return { renewalDue, list };
}
