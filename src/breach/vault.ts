// Breach rows ↔ what the services use. Free text may name people (« mail envoyé à M. Dupont »),
// so the draft, the title, the decision (it quotes the user's justifications), the override,
// late reasons and timeline entries are sealed with the tenant data key, bound to tenant +
// table + column + row id.
import { FieldCipher } from '../crypto/field.ts';
import type { BreachDecision, DecisionOverride } from '../core/breach/index.ts';
import type { BreachNotificationRow, BreachRow, BreachTimelineRow } from '../db/repositories/breaches.ts';
import { forbidden } from '../core/errors.ts';
import type { Actor } from '../accounts/team.ts';
import { readStoredDraft, type Draft } from './draft.ts';

export interface OpenBreach {
  row: BreachRow;
  titre: string;
  draft: Draft;
  decision: BreachDecision | null;
  override: DecisionOverride | null;
}

export interface OpenNotification {
  id: string;
  kind: 'initiale' | 'complementaire';
  notifiedAt: string;
  late: boolean;
  lateReason: string | null;
  reference: string | null;
  createdAt: string;
}

export interface OpenTimelineEntry {
  id: string;
  at: string;
  action: string;
  createdAt: string;
}

export class BreachVault {
  private readonly cipher: FieldCipher;

  constructor(
    readonly tenantId: string,
    dataKey: Uint8Array,
  ) {
    this.cipher = new FieldCipher(dataKey);
  }

  seal(table: string, column: string, rowId: string, value: string): string {
    return this.cipher.encrypt({ tenantId: this.tenantId, table, column, rowId }, value);
  }

  sealNullable(table: string, column: string, rowId: string, value: string | null | undefined): string | null {
    return value === null || value === undefined || value === '' ? null : this.seal(table, column, rowId, value);
  }

  private open(table: string, column: string, rowId: string, stored: string): string {
    return this.cipher.decrypt({ tenantId: this.tenantId, table, column, rowId }, stored);
  }

  private openNullable(table: string, column: string, rowId: string, stored: string | null): string | null {
    return stored === null ? null : this.open(table, column, rowId, stored);
  }

  sealJson(column: 'draft_enc' | 'decision_enc' | 'override_enc', rowId: string, value: unknown): string {
    return this.seal('breaches', column, rowId, JSON.stringify(value));
  }

  openBreach(row: BreachRow): OpenBreach {
    if (row.tenant_id !== this.tenantId) throw new Error('tenant mismatch');
    const json = <T>(column: 'decision_enc' | 'override_enc', stored: string | null): T | null => {
      const text = this.openNullable('breaches', column, row.id, stored);
      return text === null ? null : (JSON.parse(text) as T);
    };
    return {
      row,
      titre: this.openNullable('breaches', 'title_enc', row.id, row.title_enc) ?? '',
      draft: readStoredDraft(this.open('breaches', 'draft_enc', row.id, row.draft_enc)),
      decision: json<BreachDecision>('decision_enc', row.decision_enc),
      override: json<DecisionOverride>('override_enc', row.override_enc),
    };
  }

  openTitle(row: BreachRow): string {
    return this.openNullable('breaches', 'title_enc', row.id, row.title_enc) ?? '';
  }

  openNotification(n: BreachNotificationRow): OpenNotification {
    return {
      id: n.id,
      kind: n.kind,
      notifiedAt: n.notified_at,
      late: Number(n.late) === 1,
      lateReason: this.openNullable('breach_notifications', 'late_reason_enc', n.id, n.late_reason_enc),
      reference: this.openNullable('breach_notifications', 'reference_enc', n.id, n.reference_enc),
      createdAt: n.created_at,
    };
  }

  openTimeline(t: BreachTimelineRow): OpenTimelineEntry {
    return { id: t.id, at: t.at, action: this.open('breach_timeline', 'action_enc', t.id, t.action_enc), createdAt: t.created_at };
  }
}

/** The register opens only with the session's data key. */
export function openBreachVault(actor: Pick<Actor, 'tenantId' | 'dataKey'>): BreachVault {
  if (!actor.dataKey) throw forbidden('ACCES_EN_ATTENTE', 'Votre accès aux données chiffrées attend d’être réactivé par le propriétaire du compte.');
  return new BreachVault(actor.tenantId, actor.dataKey);
}
