// `rempart retention`: the retention preview and purge from the command line (for cron or an
// operator). No key is needed: dates and status are stored in clear, and anonymising blanks
// the sealed columns without reading them. So the listing shows ids, never names.
import { Command } from 'commander';
import type { App } from '../app.ts';
import { emailIndex } from '../accounts/identity.ts';
import { CLI_META } from '../accounts/meta.ts';
import { DomainError } from '../core/errors.ts';
import { CLIENT_STATUS_LABELS, type ClientStatus } from '../core/clients/types.ts';
import type { RetentionReport } from '../core/retention/expiry.ts';
import { formatMonths } from '../core/retention/policy.ts';
import { loadPolicy } from '../retention/policy.ts';
import { applyPurge, previewFile } from '../retention/purge.ts';
import { withApp } from './with-app.ts';

const ACTION = { supprimer: 'SUPPRIMER', anonymiser: 'ANONYMISER', garder: 'conserver' } as const;

async function owner(app: App, email: string) {
  const user = await app.repos.authLookup.userByEmailIndex(emailIndex(app, email));
  if (!user) throw new DomainError('not_found', 'INTROUVABLE', `Aucun compte pour ${email}.`);
  if (user.role !== 'owner') throw new DomainError('forbidden', 'ROLE_INSUFFISANT', 'Seul le propriétaire du compte peut consulter ou appliquer la purge.');
  return user;
}

async function printPreview(app: App, tenantId: string, report: RetentionReport): Promise<void> {
  const { policy, custom } = await loadPolicy(app.repos, tenantId);
  const rows = new Map((await app.repos.retention(tenantId).subjects()).map((r) => [r.id, r]));
  console.log(`Durées de conservation au ${report.date} (${custom ? 'politique de l’entreprise' : 'valeurs recommandées par la CNIL'}) :`);
  console.log(`  prospects ${formatMonths(policy.prospectMonths)}, anciens clients ${formatMonths(policy.clientAfterEndMonths)}, factures ${formatMonths(policy.accountingMonths)}\n`);
  for (const line of report.lines) {
    const r = rows.get(line.id);
    const dates = r
      ? [`collecte ${r.collected_at}`, r.last_contact_at && `dernier contact ${r.last_contact_at}`, r.relationship_ended_at && `fin ${r.relationship_ended_at}`, r.last_invoice_at && `dernière facture ${r.last_invoice_at}`]
          .filter(Boolean)
          .join(', ')
      : '';
    console.log(`${ACTION[line.action].padEnd(10)}  ${line.id}  ${CLIENT_STATUS_LABELS[line.status as ClientStatus]}  (${dates})`);
    console.log(`            ${line.reason}`);
    for (const w of line.warnings) console.log(`            ⚠ ${w}`);
  }
  const c = report.counts;
  console.log(`\n${report.total} fiche(s) : ${c.supprimer} à supprimer, ${c.anonymiser} à anonymiser, ${c.garder} à conserver${report.withWarnings ? ` (${report.withWarnings} à vérifier)` : ''}.`);
}

export function retentionCommand(): Command {
  return new Command('retention')
    .description('durées de conservation : aperçu (--dry-run) ou purge (--apply --yes) des fiches arrivées à échéance')
    .requiredOption('--email <email>', 'e-mail du propriétaire de l’entreprise')
    .option('--dry-run', 'afficher ce que la purge ferait, sans rien changer')
    .option('--apply', 'supprimer et anonymiser les fiches arrivées à échéance (avec --yes)')
    .option('--yes', 'confirmer la purge après l’aperçu')
    .helpOption('-h, --help', 'afficher l’aide')
    .action(async (o: { email: string; dryRun?: boolean; apply?: boolean; yes?: boolean }) => {
      await withApp(async (app) => {
        if (Boolean(o.dryRun) === Boolean(o.apply)) throw new DomainError('invalid', 'MODE', 'Choisissez --dry-run (aperçu) ou --apply (purge).');
        const user = await owner(app, o.email);
        const report = await previewFile(app, user.tenant_id, null);
        await printPreview(app, user.tenant_id, report);
        if (o.dryRun) return;
        const { supprimer, anonymiser } = report.counts;
        if (supprimer + anonymiser === 0) {
          console.log('Rien à supprimer ni à anonymiser.');
          return;
        }
        if (!o.yes) {
          console.error(`Rien n’a été changé : relancez avec --yes pour supprimer ${supprimer} fiche(s) et en anonymiser ${anonymiser}.`);
          process.exitCode = 1;
          return;
        }
        const done = await applyPurge(app, { tenantId: user.tenant_id, actorId: user.id, actorLabel: user.role, ip: CLI_META.ip }, { supprimer, anonymiser });
        console.log(`Purge appliquée : ${done.supprimees} fiche(s) supprimée(s), ${done.anonymisees} anonymisée(s), ${done.documentsSupprimes} document(s) supprimé(s). Inscrite au journal des accès.`);
      });
    });
}
