// Read-only views of the register: the list with completeness, the templates, the drift
// against the latest scan, and the dashboard's actions (what to fix, with where to fix it).
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import { checkProcessing } from '../core/register/completeness.ts';
import { computeDrift } from '../core/register/drift.ts';
import { DOCUMENT_TITLES } from '../core/register/documents/index.ts';
import { suggestTemplates, TEMPLATES } from '../core/register/templates.ts';
import { nextVersion } from '../core/register/versions.ts';
import { blockers, documentSource } from './documents.ts';
import { processingView } from './processings.ts';
import { loadRegister } from './store.ts';

export async function registerOverview(app: App, actor: Actor) {
  const { register } = await loadRegister(app, actor);
  const setup = await app.repos.register(actor.tenantId).getSetup();
  const politique = blockers('politique', register, await documentSource(app, actor, 'politique'));
  return {
    responsable: register.controller,
    traitements: register.processings.map(processingView),
    politique: { publishable: politique.publishable, missing: politique.missing, items: politique.items ?? [] },
    assistantTermineLe: setup?.completed_at ?? null,
  };
}

export async function templatesView(app: App, actor: Actor) {
  const tenant = await app.repos.tenants.get(actor.tenantId);
  const suggested = new Set(suggestTemplates(tenant?.activite ?? 'autre').map((t) => t.id));
  return TEMPLATES.map((t) => ({ id: t.id, label: t.label, description: t.description, group: t.group, suggere: suggested.has(t.id) }));
}

export async function driftView(app: App, actor: Actor) {
  const scan = await app.repos.scans(actor.tenantId).latestSummary();
  if (!scan) return { analyse: null, actions: [] };
  const { register } = await loadRegister(app, actor);
  return { analyse: { id: scan.id, date: scan.scannedAt, fichiers: scan.files.length }, actions: computeDrift(register, scan, app.now()) };
}

export interface DashboardAction {
  id: string;
  niveau: 'haute' | 'moyenne' | 'info';
  titre: string;
  detail: string;
  /** In-app link (hash route) where the action is done. */
  lien: string;
  libelleLien: string;
}

/** The register's card on the dashboard: empty register → invite to the set-up; else what to do. */
export async function dashboardActions(app: App, actor: Actor) {
  const { register } = await loadRegister(app, actor);
  if (register.processings.length === 0) return { vide: true, traitements: 0, publies: 0, actions: [] as DashboardAction[] };
  const actions: DashboardAction[] = [];

  const drift = await driftView(app, actor);
  for (const d of drift.actions) {
    if (d.severity === 'info') continue;
    actions.push({ id: d.id, niveau: d.severity, titre: d.title, detail: `${d.message} ${d.suggestion}`, lien: d.processingId ? `/registre?traitement=${d.processingId}` : '/registre', libelleLien: 'Ouvrir le registre' });
  }
  for (const p of register.processings) {
    if (p.status === 'publie') continue;
    const c = checkProcessing(p);
    actions.push({
      id: `brouillon:${p.id}`,
      niveau: 'moyenne',
      titre: `« ${p.name} » est en brouillon`,
      detail: c.publishable ? 'Ce traitement est complet : relisez-le et publiez-le.' : `Il manque : ${c.missing.map((m) => m.message).join(' ')}`,
      lien: `/registre?traitement=${p.id}`,
      libelleLien: 'Compléter le traitement',
    });
  }
  const source = await documentSource(app, actor, 'politique');
  const latest = await app.repos.register(actor.tenantId).latestDocumentVersion('politique');
  const check = blockers('politique', register, source);
  if (check.publishable) {
    const previous = latest ? { kind: 'politique' as const, number: Number(latest.number), createdAt: latest.created_at, contentHash: latest.content_hash, markdown: latest.markdown } : null;
    const { created } = nextVersion({ kind: 'politique', register: source.register, previous, now: app.now() });
    if (created) {
      actions.push({
        id: 'politique:a-generer',
        niveau: latest ? 'haute' : 'moyenne',
        titre: latest ? `Votre ${DOCUMENT_TITLES.politique.toLowerCase()} n’est plus à jour` : `Générez votre ${DOCUMENT_TITLES.politique.toLowerCase()}`,
        detail: latest ? 'Le registre a changé depuis la dernière version : générez-en une nouvelle et remplacez celle de votre site.' : 'Votre registre est prêt : la politique de votre site peut être générée.',
        lien: '/politique',
        libelleLien: 'Ouvrir la politique de confidentialité',
      });
    }
  }
  const order = { haute: 0, moyenne: 1, info: 2 } as const;
  actions.sort((a, b) => order[a.niveau] - order[b.niveau]);
  return { vide: false, traitements: register.processings.length, publies: register.processings.filter((p) => p.status === 'publie').length, actions };
}
