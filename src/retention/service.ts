// Retention through the API: the preview a signed-in user reads (names decrypted with the
// session key) and the purge the owner applies after reading it.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { requireOwner } from '../accounts/team.ts';
import { CLIENT_STATUS_LABELS, type ClientStatus } from '../core/clients/types.ts';
import { recordEvent } from '../journal/journal.ts';
import { journalBase, openVault } from '../clients/access.ts';
import { loadPolicy } from './policy.ts';
import { applyPurge, previewFile, type ExpectedCounts } from './purge.ts';

const ACTION_LABELS = { garder: 'Conserver', anonymiser: 'Anonymiser', supprimer: 'Supprimer' } as const;

export async function retentionPreview(app: App, actor: Actor, meta: RequestMeta) {
  const vault = openVault(actor);
  const report = await previewFile(app, actor.tenantId, vault);
  const { policy, custom } = await loadPolicy(app.repos, actor.tenantId);
  // The preview shows names: a read of the whole file, journaled with counts only.
  await recordEvent(app, { ...journalBase(actor, meta), action: 'retention.apercu', recordType: 'retention', details: { ...report.counts } });
  return {
    policy,
    customPolicy: custom,
    report: {
      ...report,
      lines: report.lines.map((l) => ({ ...l, statusLabel: CLIENT_STATUS_LABELS[l.status as ClientStatus], actionLabel: ACTION_LABELS[l.action] })),
    },
    // What POST /api/retention/apply expects back, so the purge matches what was shown.
    expected: { supprimer: report.counts.supprimer, anonymiser: report.counts.anonymiser },
  };
}

export async function retentionApply(app: App, actor: Actor, expected: ExpectedCounts, meta: RequestMeta) {
  await requireOwner(app, actor, meta);
  return applyPurge(app, { ...journalBase(actor, meta) }, expected);
}
