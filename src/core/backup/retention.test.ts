import { describe, expect, it } from 'vitest';
import { applyRetention, isoWeek } from './retention.ts';

const gen = (iso: string) => ({ key: `generations/${iso}`, createdAt: new Date(iso) });

describe('retention of generations', () => {
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday: already 2025's first week
    expect(isoWeek('2026-12-01')).toBe('2026-W49');
  });

  it('keeps one generation per day for 7 days, the newest of each day', () => {
    const gens = [];
    for (let d = 1; d <= 10; d++) {
      gens.push(gen(`2026-11-${String(d).padStart(2, '0')}T01:00:00Z`));
      gens.push(gen(`2026-11-${String(d).padStart(2, '0')}T15:00:00Z`));
    }
    const r = applyRetention(gens, { daily: 7, weekly: 0, monthly: 0 });
    expect(r.keep.map((g) => g.key)).toEqual([10, 9, 8, 7, 6, 5, 4].map((d) => `generations/2026-11-${String(d).padStart(2, '0')}T15:00:00Z`));
    expect(r.remove).toHaveLength(13);
  });

  it('applies 7 daily, 4 weekly and 12 monthly generations over a year of daily backups', () => {
    const gens = [];
    for (let i = 0; i < 400; i++) gens.push(gen(new Date(Date.UTC(2025, 10, 1) + i * 86_400_000 + 3_600_000).toISOString()));
    const r = applyRetention(gens);
    const newest = gens.at(-1)!;
    expect(r.keep[0]).toBe(newest);
    expect(r.reasons.get(newest.key)).toEqual(['la plus récente', 'quotidienne', 'hebdomadaire', 'mensuelle']);
    const daily = r.keep.filter((g) => r.reasons.get(g.key)!.includes('quotidienne'));
    expect(daily).toHaveLength(7);
    expect(r.keep.filter((g) => r.reasons.get(g.key)!.includes('hebdomadaire'))).toHaveLength(4);
    const monthly = r.keep.filter((g) => r.reasons.get(g.key)!.includes('mensuelle'));
    expect(monthly).toHaveLength(12);
    // The monthly ones are each month's last backup (Paris calendar).
    expect(monthly[1]!.createdAt.toISOString().slice(0, 10)).toBe('2026-11-30');
    // 7 days + 4 weeks overlap on the last week: at most 7 + 3 + 11 distinct generations.
    expect(r.keep.length).toBeLessThanOrEqual(21);
    expect(r.keep.length + r.remove.length).toBe(400);
  });

  it('counts days on the Paris calendar', () => {
    // 23:30 UTC on 1 Dec is already 2 Dec in Paris: same Paris day as the morning after.
    const r = applyRetention([gen('2026-12-01T23:30:00Z'), gen('2026-12-02T07:00:00Z')], { daily: 7, weekly: 0, monthly: 0 });
    expect(r.keep.map((g) => g.key)).toEqual(['generations/2026-12-02T07:00:00Z']);
  });

  it('always keeps the newest generation, even with a zero policy', () => {
    const r = applyRetention([gen('2026-12-01T01:00:00Z'), gen('2026-11-01T01:00:00Z')], { daily: 0, weekly: 0, monthly: 0 });
    expect(r.keep.map((g) => g.key)).toEqual(['generations/2026-12-01T01:00:00Z']);
  });
});
