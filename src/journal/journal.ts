// The access journal: every sign-in event and every read or change of personal data.
import type { Repositories } from '../db/repositories/index.ts';
import type { JournalRow } from '../db/repositories/journal.ts';
import { chainEntry, verifyChain, type ChainReport, type ChainedEntry } from '../core/journal/chain.ts';
import type { App } from '../app.ts';

export interface JournalEvent {
  tenantId: string;
  actorId: string | null;
  /** Role or "système"; names are resolved at display time, not copied into the journal. */
  actorLabel: string;
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  ip?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/** Must run inside the same transaction as the change it records. */
export async function appendJournal(app: App, repos: Repositories, event: JournalEvent): Promise<void> {
  const { seq, head } = await repos.journal.reserveNext(event.tenantId);
  const entry = chainEntry(
    {
      tenantId: event.tenantId,
      seq,
      at: app.now().toISOString(),
      actorId: event.actorId,
      actorLabel: event.actorLabel,
      action: event.action,
      recordType: event.recordType ?? null,
      recordId: event.recordId ?? null,
      ip: event.ip ?? null,
      details: JSON.stringify(event.details ?? {}),
    },
    head,
    (payload) => app.keys.journalMac(event.tenantId, payload),
  );
  await repos.journal.append(toRow(entry));
}

/** For events outside any other write (a failed login): its own small transaction. */
export async function recordEvent(app: App, event: JournalEvent): Promise<void> {
  await app.tx((repos) => appendJournal(app, repos, event));
}

export async function verifyJournal(app: App, tenantId: string): Promise<ChainReport> {
  const rows = await app.repos.journal.all(tenantId);
  const head = (await app.repos.journal.head(tenantId)) ?? { seq: 0, hash: '' };
  return verifyChain(rows.map(fromRow), head, tenantId, (p) => app.keys.journalMac(tenantId, p));
}

export function toRow(e: ChainedEntry): JournalRow {
  return {
    tenant_id: e.tenantId,
    seq: e.seq,
    at: e.at,
    actor_id: e.actorId,
    actor_label: e.actorLabel,
    action: e.action,
    record_type: e.recordType,
    record_id: e.recordId,
    ip: e.ip,
    details: e.details,
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

export function fromRow(r: JournalRow): ChainedEntry {
  return {
    tenantId: r.tenant_id,
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    ip: r.ip,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
