// The dashboard notice fed by the daily retention check (counts only, never names).
import type { App } from '../app.ts';

export interface RetentionNotice {
  type: 'conservation';
  message: string;
  at: string;
}

export async function retentionNotices(app: App, tenantId: string): Promise<RetentionNotice[]> {
  const check = await app.repos.retention(tenantId).lastCheck();
  if (!check) return [];
  const n = Number(check.to_delete) + Number(check.to_anonymise);
  if (n === 0) return [];
  const fiches = n > 1 ? `${n} fiches` : '1 fiche';
  return [
    {
      type: 'conservation',
      at: check.checked_at,
      message: `${fiches} à supprimer ou anonymiser : leur durée de conservation est écoulée. Consultez l’aperçu (« Durées de conservation ») puis appliquez-le ; rien n’est supprimé sans votre accord.`,
    },
  ];
}
