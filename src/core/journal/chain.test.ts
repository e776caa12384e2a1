import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChainVerifier, chainEntry, GENESIS, verifyChain, type ChainedEntry } from './chain.ts';

const mac = (p: string) => createHmac('sha256', 'test-key').update(p).digest('hex');

function build(n: number, tenantId = 't1'): { entries: ChainedEntry[]; head: { seq: number; hash: string } } {
  const entries: ChainedEntry[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const e = chainEntry(
      { tenantId, seq, at: `2026-11-22T10:00:0${seq % 10}Z`, actorId: 'u1', actorLabel: 'owner', action: `action.${seq}`, recordType: 'user', recordId: `r${seq}`, ip: '127.0.0.1', details: '{}' },
      prev,
      mac,
    );
    entries.push(e);
    prev = e.hash;
  }
  return { entries, head: { seq: n, hash: prev } };
}

describe('journal hash chain', () => {
  it('verifies an intact chain, and an empty one', () => {
    const { entries, head } = build(5);
    expect(verifyChain(entries, head, 't1', mac)).toEqual({ ok: true, checked: 5, problems: [] });
    expect(verifyChain([], { seq: 0, hash: GENESIS }, 't1', mac).ok).toBe(true);
  });

  it('detects an altered field, whichever it is', () => {
    for (const field of ['at', 'actorId', 'action', 'recordId', 'ip', 'details'] as const) {
      const { entries, head } = build(5);
      entries[2] = { ...entries[2]!, [field]: 'falsifié' };
      const report = verifyChain(entries, head, 't1', mac);
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatchObject({ seq: 3, kind: 'altered' });
    }
  });

  it('detects a removed entry in the middle', () => {
    const { entries, head } = build(5);
    entries.splice(2, 1);
    const report = verifyChain(entries, head, 't1', mac);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind)).toContain('missing');
  });

  it('detects reordered entries even when seq numbers are swapped back', () => {
    const { entries, head } = build(5);
    const a = entries[1]!;
    const b = entries[2]!;
    entries[1] = { ...b, seq: 2 };
    entries[2] = { ...a, seq: 3 };
    const report = verifyChain(entries, head, 't1', mac);
    expect(report.ok).toBe(false);
  });

  it('detects the newest entries being removed (head mismatch)', () => {
    const { entries, head } = build(5);
    const report = verifyChain(entries.slice(0, 4), head, 't1', mac);
    expect(report.ok).toBe(false);
    expect(report.problems.at(-1)!.kind).toBe('truncated');
  });

  it('detects an entry recomputed without the key', () => {
    const { entries, head } = build(3);
    const forged = chainEntry({ ...entries[1]!, action: 'effacé' }, entries[0]!.hash, (p) => createHmac('sha256', 'wrong').update(p).digest('hex'));
    entries[1] = forged;
    expect(verifyChain(entries, head, 't1', mac).ok).toBe(false);
  });

  it('detects an entry of another tenant slipped in', () => {
    const { entries, head } = build(3);
    entries[1] = { ...entries[1]!, tenantId: 't2' };
    const report = verifyChain(entries, head, 't1', mac);
    expect(report.problems.map((p) => p.kind)).toContain('foreign');
  });

  it('gives the same report when the entries come a page at a time, wherever the pages split', () => {
    const intact = build(12);
    const removed = build(12);
    removed.entries.splice(6, 1);
    const altered = build(12);
    altered.entries[4] = { ...altered.entries[4]!, details: '{"falsifie":true}' };
    const cases = [intact, removed, altered, { entries: intact.entries.slice(0, 10), head: intact.head }];
    for (const { entries, head } of cases) {
      const whole = verifyChain(entries, head, 't1', mac);
      for (const size of [1, 5, 7, 12]) {
        const verifier = new ChainVerifier('t1', mac);
        for (let i = 0; i < entries.length; i += size) verifier.add(entries.slice(i, i + size));
        expect(verifier.last).toBe(entries.at(-1)!.seq);
        expect(verifier.finish(head)).toEqual(whole);
      }
    }
    expect(cases.map(({ entries, head }) => verifyChain(entries, head, 't1', mac).ok)).toEqual([true, false, false, false]);
  });
});
