// The Art. 33/34 decision on a recorded incident, the user's documented departure from it,
// and the notifications actually sent to the CNIL.
import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import type { Actor } from '../accounts/team.ts';
import type { RequestMeta } from '../accounts/meta.ts';
import { BreachRuleError, decideBreach, deadlineFor, type BreachDecision, type DecisionOverride, type Incident } from '../core/breach/index.ts';
import { conflict, invalid } from '../core/errors.ts';
import type { Repositories } from '../db/repositories/index.ts';
import { appendJournal } from '../journal/journal.ts';
import { journalBase, requireWriter } from './access.ts';
import { completeIncident, type Draft } from './draft.ts';
import { loadBreach, refuseClosed, reload } from './service.ts';
import { openBreachVault, type BreachVault } from './vault.ts';

export function decide(incident: Incident, draft: Draft, override: DecisionOverride | undefined): BreachDecision {
  try {
    return decideBreach(incident, {
      measuresNeutraliseRisk: draft.measuresNeutraliseRisk || undefined,
      disproportionateEffort: draft.disproportionateEffort || undefined,
      override,
    });
  } catch (e) {
    if (e instanceof BreachRuleError) throw invalid(e.code, e.message);
    throw e;
  }
}

/** Stores a decision on the incident; the caller journals it in the same transaction. */
async function saveDecision(app: App, repos: Repositories, vault: BreachVault, row: { id: string; status: string }, decision: BreachDecision, actor: Actor) {
  const id = row.id;
  const now = app.now().toISOString();
  await repos.breaches(actor.tenantId).update(id, {
    decision_enc: vault.sealJson('decision_enc', id, decision),
    override_enc: decision.override ? vault.sealJson('override_enc', id, decision.override) : null,
    severity_band: decision.severity.band,
    cnil_notify: decision.cnil.notify ? 1 : 0,
    people_communicate: decision.people.communicate ? 1 : 0,
    decision_stale: 0,
    assessed_at: now,
    status: row.status === 'notified' ? 'notified' : 'assessed',
    updated_at: now,
  });
}

function decisionDetails(d: BreachDecision) {
  return { gravite: d.severity.band, notifierCnil: d.cnil.notify, informerPersonnes: d.people.communicate, derogation: d.override !== null };
}

/** Runs the rules on what is known; unknown answers count as the riskier ones. */
export async function assessBreach(app: App, actor: Actor, id: string, options: { dropOverride?: boolean | undefined }, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const { vault, open } = await loadBreach(app, actor, id, meta);
  refuseClosed(open.row);
  const incident = completeIncident(open.draft, app.now());
  // A documented choice survives a re-assessment after an edit, unless the user drops it.
  const decision = decide(incident, open.draft, options.dropOverride ? undefined : (open.override ?? undefined));
  await app.tx(async (repos) => {
    await saveDecision(app, repos, vault, open.row, decision, actor);
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.evaluee', recordType: 'violation', recordId: id, details: decisionDetails(decision) });
  });
  return reload(app, actor, id, meta);
}

/** For an incident created in the same transaction (the CLI records and assesses at once). */
export async function recordDecisionInTx(app: App, repos: Repositories, actor: Actor, id: string, decision: BreachDecision, meta: RequestMeta) {
  await saveDecision(app, repos, openBreachVault(actor), { id, status: 'draft' }, decision, actor);
  await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.evaluee', recordType: 'violation', recordId: id, details: decisionDetails(decision) });
}

export async function overrideDecision(app: App, actor: Actor, id: string, override: DecisionOverride, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const { vault, open } = await loadBreach(app, actor, id, meta);
  refuseClosed(open.row);
  if (open.decision === null) throw conflict('EVALUATION_REQUISE', 'Lancez d’abord l’évaluation : vous pourrez ensuite vous écarter de la recommandation en le justifiant.');
  const decision = decide(completeIncident(open.draft, app.now()), open.draft, override);
  await app.tx(async (repos) => {
    await saveDecision(app, repos, vault, open.row, decision, actor);
    await appendJournal(app, repos, {
      ...journalBase(actor, meta),
      action: 'violation.derogation',
      recordType: 'violation',
      recordId: id,
      details: { notifierCnil: override.notifyCnil ?? null, informerPersonnes: override.communicate ?? null },
    });
  });
  return reload(app, actor, id, meta);
}

export interface NotificationRecord {
  kind: 'initiale' | 'complementaire';
  notifiedAt: Date;
  lateReason?: string | null | undefined;
  reference?: string | null | undefined;
}

export const MIN_LATE_REASON = 10;

export async function recordNotification(app: App, actor: Actor, id: string, input: NotificationRecord, meta: RequestMeta) {
  await requireWriter(app, actor, meta);
  const { vault, open, notifications } = await loadBreach(app, actor, id, meta);
  const row = open.row;
  refuseClosed(row);
  if (row.assessed_at === null || row.aware_at === null) {
    throw conflict('EVALUATION_REQUISE', 'Évaluez d’abord l’incident : la notification reprend son évaluation.');
  }
  const now = app.now();
  const at = input.notifiedAt;
  if (at.getTime() > now.getTime()) throw invalid('DATE_FUTURE', 'La date de notification ne peut pas être dans le futur.');
  if (at.getTime() < new Date(row.aware_at).getTime()) {
    throw invalid('DATE_INCOHERENTE', 'La notification ne peut pas avoir été envoyée avant que vous ayez eu connaissance de la violation : vérifiez les dates.');
  }
  const initial = notifications.find((n) => n.kind === 'initiale');
  if (input.kind === 'initiale' && initial) {
    throw conflict('NOTIFICATION_INITIALE_EXISTANTE', 'La notification initiale est déjà enregistrée : enregistrez une notification complémentaire.');
  }
  if (input.kind === 'complementaire') {
    if (!initial) throw conflict('NOTIFICATION_INITIALE_MANQUANTE', 'Enregistrez d’abord la notification initiale à la CNIL.');
    if (at.getTime() < new Date(initial.notifiedAt).getTime()) {
      throw invalid('DATE_INCOHERENTE', 'Une notification complémentaire ne peut pas précéder la notification initiale.');
    }
  }
  // Art. 33(1): only the first notification is bound by the 72 hours.
  const late = input.kind === 'initiale' && at.getTime() > deadlineFor(new Date(row.aware_at)).getTime();
  const reason = input.lateReason?.trim() ?? '';
  if (late && reason.length < MIN_LATE_REASON) {
    throw invalid(
      'MOTIF_RETARD_REQUIS',
      `Cette notification a été envoyée après le délai de 72 heures : indiquez le motif du retard en quelques mots (au moins ${MIN_LATE_REASON} caractères, article 33.1 du RGPD).`,
    );
  }
  const notificationId = randomUUID();
  await app.tx(async (repos) => {
    const repo = repos.breaches(actor.tenantId);
    await repo.addNotification({
      id: notificationId,
      tenant_id: actor.tenantId,
      breach_id: id,
      kind: input.kind,
      notified_at: at.toISOString(),
      late: late ? 1 : 0,
      late_reason_enc: late || reason ? vault.sealNullable('breach_notifications', 'late_reason_enc', notificationId, reason) : null,
      reference_enc: vault.sealNullable('breach_notifications', 'reference_enc', notificationId, input.reference?.trim()),
      created_at: now.toISOString(),
      created_by: actor.userId,
    });
    await repo.update(id, { status: 'notified', updated_at: now.toISOString() });
    await appendJournal(app, repos, { ...journalBase(actor, meta), action: 'violation.notifiee', recordType: 'violation', recordId: id, details: { type: input.kind, retard: late } });
  });
  return reload(app, actor, id, meta);
}
