// The access journal: every sign-in event and every read or change of personal data.
import type { Repositories } from '../db/repositories/index.ts';
import type { JournalRow } from '../db/repositories/journal.ts';
import { ChainVerifier, chainEntry, type ChainReport, type ChainedEntry } from '../core/journal/chain.ts';
import type { App } from '../app.ts';
import { pagesOf } from '../util/pages.ts';

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

/** Entries read, and checked, between two turns of the event loop. */
export const JOURNAL_PAGE = 5000;

/** The whole journal, oldest first, a page at a time with the event loop turning in between. */
export function journalPages(app: App, tenantId: string, afterSeq = 0): AsyncGenerator<JournalRow[]> {
  return pagesOf(JOURNAL_PAGE, (after?: number) => app.repos.journal.after(tenantId, after ?? afterSeq, JOURNAL_PAGE), (last) => Number(last.seq));
}

/**
 * Checks the chain a page at a time: a journal of 300 000 entries, read whole and checked in
 * one go, held the server 9.4 s and 470 MB. Entries appended while it was read are read too
 * (once), so that a busy journal is not reported cut short.
 */
export async function verifyJournal(app: App, tenantId: string): Promise<ChainReport> {
  const verifier = new ChainVerifier(tenantId, (p) => app.keys.journalMac(tenantId, p));
  for (let pass = 0; ; pass++) {
    for await (const rows of journalPages(app, tenantId, verifier.last)) verifier.add(rows.map(fromRow));
    const head = (await app.repos.journal.head(tenantId)) ?? { seq: 0, hash: '' };
    if (head.seq <= verifier.last || pass === 1) return verifier.finish(head);
  }
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
