// Dashboard reminders for rights requests: computed from dates in clear, without any key.
import type { App } from '../app.ts';
import { deadlineStatus } from '../core/rights/deadlines.ts';
import type { RequestStatus } from '../core/rights/types.ts';

export interface RightsNotice {
  type: 'droits_echeance' | 'droits_retard';
  message: string;
  at: string;
}

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export async function rightsNotices(app: App, tenantId: string): Promise<RightsNotice[]> {
  const now = app.now();
  const open = await app.repos.rights(tenantId).open();
  let soon = 0;
  let late = 0;
  for (const r of open) {
    const s = deadlineStatus({ status: r.status as RequestStatus, receivedAt: r.received_on, extendedAt: r.extended_on, answeredAt: r.answered_on }, now);
    if (s.status === 'depassee') late++;
    else if (s.status === 'bientot') soon++;
  }
  const at = now.toISOString();
  const out: RightsNotice[] = [];
  if (late > 0) {
    out.push({ type: 'droits_retard', at, message: `${late} ${plural(late, 'demande', 'demandes')} d’exercice des droits ${plural(late, 'a dépassé', 'ont dépassé')} le délai de réponse : répondez sans attendre (« Droits des personnes »).` });
  }
  if (soon > 0) {
    out.push({ type: 'droits_echeance', at, message: `${soon} ${plural(soon, 'demande', 'demandes')} d’exercice des droits ${plural(soon, 'arrive', 'arrivent')} à échéance dans les 7 jours (« Droits des personnes »).` });
  }
  return out;
}
