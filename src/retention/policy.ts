// A tenant's retention policy: the CNIL defaults until the owner changes them.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { requireOwner } from '../accounts/team.ts';
import { invalid } from '../core/errors.ts';
import { DEFAULT_RETENTION_POLICY, RETENTION_BOUNDS, validateRetentionPolicy, type RetentionPolicy } from '../core/retention/policy.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { appendJournal } from '../journal/journal.ts';
import { journalBase } from '../clients/access.ts';

/** A stored policy that no longer validates (bounds tightened since) falls back to the defaults. */
export async function loadPolicy(repos: Repositories, tenantId: string): Promise<{ policy: RetentionPolicy; custom: boolean }> {
  const stored = await repos.retention(tenantId).policy();
  if (stored === undefined) return { policy: { ...DEFAULT_RETENTION_POLICY }, custom: false };
  const checked = validateRetentionPolicy(JSON.parse(stored) as unknown);
  return checked.ok ? { policy: checked.policy, custom: true } : { policy: { ...DEFAULT_RETENTION_POLICY }, custom: false };
}

export async function policyView(app: App, tenantId: string) {
  const { policy, custom } = await loadPolicy(app.repos, tenantId);
  return { policy, custom, defaults: DEFAULT_RETENTION_POLICY, bounds: RETENTION_BOUNDS };
}

export async function savePolicy(app: App, actor: Actor, input: unknown, meta: RequestMeta) {
  await requireOwner(app, actor, meta);
  const checked = validateRetentionPolicy(input);
  if (!checked.ok) throw invalid('POLITIQUE_INVALIDE', checked.errors.join(' '), { erreurs: checked.errors });
  const { policy } = checked;
  await app.tx(async (repos) => {
    await repos.retention(actor.tenantId).savePolicy(JSON.stringify(policy), app.now().toISOString());
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'retention.politique_modifiee', recordType: 'retention', details: { ...policy } });
  });
  return policyView(app, actor.tenantId);
}
