import type { App } from '../app.ts';
import { buildKit, renderKitHtml, renderKitMarkdown } from '../core/security/awareness-kit.ts';
import { renderPdf } from '../documents/pdf.ts';
import { loadAssessment } from './assessment.ts';

export async function awarenessKit(app: App, tenantId: string, format: 'html' | 'md' | 'pdf') {
  const [tenant, state] = await Promise.all([app.repos.tenants.get(tenantId), loadAssessment(app, tenantId)]);
  const now = app.now();
  const doc = buildKit({ raisonSociale: tenant!.raison_sociale, contactNom: tenant!.contact_nom, contactEmail: tenant!.contact_email, adresse: tenant!.adresse, answers: state.answers, generatedAt: now });
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'pdf') return { body: await renderPdf({ ...doc, date: now }), contentType: 'application/pdf', filename: `vos-donnees-${stamp}.pdf` };
  if (format === 'md') return { body: renderKitMarkdown(doc), contentType: 'text/markdown; charset=utf-8', filename: `vos-donnees-${stamp}.md` };
  return { body: renderKitHtml(doc), contentType: 'text/html; charset=utf-8', filename: `vos-donnees-${stamp}.html` };
}
