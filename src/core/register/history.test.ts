import { describe, expect, it } from 'vitest';
import { completeProcessing, NOW } from './fixtures.ts';
import { actionOf, describeEntry, diffProcessing, historyEntry, historyEntrySchema, stableStringify } from './history.ts';

const actor = { actorId: 'u1', actorLabel: 'Claire Durand', at: NOW };

describe('diffProcessing', () => {
  it('lists the changed fields with their French label, before and after', () => {
    const before = completeProcessing();
    const after = structuredClone(before);
    after.name = 'Clients';
    after.updatedAt = '2026-07-01T00:00:00.000Z';
    expect(diffProcessing(before, after)).toEqual([{ field: 'name', label: 'Nom du traitement', before: before.name, after: 'Clients' }]);
  });

  it('gives the items added to and removed from a list', () => {
    const before = completeProcessing();
    const after = structuredClone(before);
    after.securityMeasures = [...after.securityMeasures.slice(1), 'Coffre-fort numérique'];
    const [change] = diffProcessing(before, after);
    expect(change).toMatchObject({ field: 'securityMeasures', label: 'Mesures de sécurité', added: ['Coffre-fort numérique'], removed: [before.securityMeasures[0]] });
  });

  it('ignores key order and the timestamps', () => {
    const before = completeProcessing();
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const after = reverseKeys({ ...before, updatedAt: '2027-01-01T00:00:00.000Z' }) as typeof before;
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    expect(diffProcessing(before, after)).toEqual([]);
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
  });

  it('diffs creation and deletion against nothing', () => {
    const p = completeProcessing();
    expect(diffProcessing(null, p).map((c) => c.field)).toContain('purposes');
    expect(diffProcessing(p, null).every((c) => c.after === null)).toBe(true);
  });
});

describe('historyEntry', () => {
  it('records who changed what, and when', () => {
    const before = completeProcessing();
    const after = { ...structuredClone(before), retention: [] };
    const e = historyEntry({ before, after, ...actor });
    expect(e).toMatchObject({ processingId: before.id, at: NOW.toISOString(), actorId: 'u1', actorLabel: 'Claire Durand', action: 'modifie' });
    expect(historyEntrySchema.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(describeEntry(e!)).toBe('Modifié : Durées de conservation');
  });

  it('writes no entry when nothing changed', () => {
    const p = completeProcessing();
    expect(historyEntry({ before: p, after: structuredClone(p), ...actor })).toBeNull();
  });

  it('names creation, deletion, publication and return to draft', () => {
    const draft = completeProcessing();
    const published = { ...draft, status: 'publie' as const };
    expect(actionOf(null, draft)).toBe('cree');
    expect(actionOf(draft, null)).toBe('supprime');
    expect(actionOf(draft, published)).toBe('publie');
    expect(actionOf(published, draft)).toBe('depublie');
    expect(describeEntry(historyEntry({ before: draft, after: published, ...actor })!)).toBe('Traitement publié');
  });
});
