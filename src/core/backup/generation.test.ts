import { describe, expect, it } from 'vitest';
import { findGeneration, generationKey, generationsIn, parseGenerationKey } from './generation.ts';

describe('generation names', () => {
  it('round-trips a date and id, without ":" (FAT disks)', () => {
    const key = generationKey(new Date('2026-12-01T01:02:03.456Z'), 'abcdef0123456789');
    expect(key).toBe('generations/2026-12-01T01-02-03Z-abcdef0123456789.age');
    expect(parseGenerationKey(key)).toEqual({ key, id: 'abcdef0123456789', createdAt: new Date('2026-12-01T01:02:03Z') });
  });

  it('ignores anything that is not a complete generation', () => {
    const a = generationKey(new Date('2026-12-01T01:00:00Z'), 'aaaaaaaa');
    const b = generationKey(new Date('2026-12-02T01:00:00Z'), 'bbbbbbbb');
    const listed = [a, 'generations/.tmp-123', 'generations/notes.txt', b, 'chunks/ab', 'generations/2026-13-45T01-00-00Z-cccccccc.age'];
    expect(generationsIn(listed).map((g) => g.key)).toEqual([b, a]);
    const all = generationsIn(listed);
    expect(findGeneration(all, 'derniere')?.key).toBe(b);
    expect(findGeneration(all, 'aaaaaaaa')?.key).toBe(a);
    expect(findGeneration(all, '2026-12-01T01-00-00Z-aaaaaaaa')?.key).toBe(a);
    expect(findGeneration(all, 'zzz')).toBeUndefined();
  });
});
