// The content of the CNIL notification (Art. 33(3)), ready to copy into the CNIL online form
// or to keep as a PDF. Rempart sends nothing itself: the user notifies, then records it.
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { buildNotification, renderNotificationText, type Business, type CnilNotification } from '../core/breach/index.ts';
import { conflict } from '../core/errors.ts';
import type { TenantRow } from '../db/repositories/tenants.ts';
import { renderPdf } from '../documents/pdf.ts';
import { recordEvent } from '../journal/journal.ts';
import { journalBase } from './access.ts';
import { completeIncident } from './draft.ts';
import { loadBreach } from './service.ts';

/** The business as the notification and the letters name it, from the « Entreprise » page. */
export function businessOf(tenant: TenantRow): Business {
  const adresse = (tenant.adresse ?? '')
    .split(/\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    // A SIREN is not a SIRET: it goes with the name rather than under the SIRET label.
    nom: tenant.siren ? `${tenant.raison_sociale} (SIREN ${tenant.siren})` : tenant.raison_sociale,
    adresse,
    contact: { nom: tenant.contact_nom, email: tenant.contact_email, dpo: false },
  };
}

/** The assessed incident with its decision; refuses when the decision no longer matches it. */
export async function assessedBreach(app: App, actor: Actor, id: string, meta: RequestMeta) {
  const loaded = await loadBreach(app, actor, id, meta);
  const { open } = loaded;
  if (open.decision === null) throw conflict('EVALUATION_REQUISE', 'Évaluez d’abord l’incident (étape « Évaluation ») : ce document en dépend.');
  if (Number(open.row.decision_stale) === 1) {
    throw conflict('EVALUATION_PERIMEE', 'Vous avez modifié l’incident depuis son évaluation : relancez l’évaluation pour mettre ce document à jour.');
  }
  const tenant = (await app.repos.tenants.get(actor.tenantId))!;
  return { ...loaded, decision: open.decision, incident: completeIncident(open.draft, app.now()), tenant, business: businessOf(tenant) };
}

export async function cnilNotification(app: App, actor: Actor, id: string, meta: RequestMeta): Promise<{ notification: CnilNotification; texte: string; raisonSociale: string }> {
  const b = await assessedBreach(app, actor, id, meta);
  const initial = b.notifications.find((n) => n.kind === 'initiale');
  const notification = buildNotification({
    business: b.business,
    incident: b.incident,
    decision: b.decision,
    now: app.now(),
    notifiedAt: initial ? new Date(initial.notifiedAt) : null,
    previousNotifications: b.notifications.length,
    lateReason: initial?.lateReason ?? b.open.draft.lateReason ?? undefined,
  });
  return { notification, texte: renderNotificationText(notification), raisonSociale: b.tenant.raison_sociale };
}

// Helvetica in PDFs has no glyph for the narrow no-break space that fr-FR numbers use.
const pdfSafe = (s: string): string => s.replace(/[\u202f\u2009]/g, ' ');

/** The text's sections (upper-case title line, then the body) as PDF sections. */
export function textSections(texte: string) {
  return texte
    .trimEnd()
    .split(/\n\n(?=[A-ZÀ-ÖØ-Þ’' ]+\n)/)
    .map((block) => {
      const [heading = '', ...lines] = block.split('\n');
      const title = heading.charAt(0) + heading.slice(1).toLowerCase();
      return { heading: pdfSafe(title), paragraphs: lines.filter((l) => l.trim() !== '').map((l) => pdfSafe(l.startsWith('- ') ? `•  ${l.slice(2)}` : l)), bullets: [] };
    });
}

export async function cnilDocument(app: App, actor: Actor, id: string, format: 'txt' | 'pdf' | 'json', meta: RequestMeta) {
  const { notification, texte, raisonSociale } = await cnilNotification(app, actor, id, meta);
  const now = app.now();
  await recordEvent(app, { ...journalBase(actor, meta), action: 'violation.export_cnil', recordType: 'violation', recordId: id, details: { format } });
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'json') return { kind: 'json' as const, body: { texte, notification } };
  if (format === 'txt') return { kind: 'file' as const, body: texte, contentType: 'text/plain; charset=utf-8', filename: `notification-cnil-${stamp}.txt` };
  const pdf = await renderPdf({
    title: 'Notification d’une violation de données personnelles',
    subtitle: pdfSafe(`${raisonSociale} — ${notification.phase.label}. Contenu à reporter dans le formulaire de notification en ligne de la CNIL (www.cnil.fr).`),
    sections: textSections(texte),
    footer: `Document préparé avec Rempart le ${now.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}. Conservez-le dans votre registre des violations (article 33.5 du RGPD).`,
    date: now,
  });
  return { kind: 'file' as const, body: pdf, contentType: 'application/pdf', filename: `notification-cnil-${stamp}.pdf` };
}
